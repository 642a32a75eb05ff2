"""Conflicts for the office: list the open ones, resolve one (a resolution is an operation).

Conflict rows are derived by the merge (both values, who, when); this module
only presents them with names and labels and records the office's choice as a
``resolve`` operation, which syncs like any other edit and settles the conflict
on every replica that receives it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.store import oplog
from fieldvisit.store.merge import MUTABLE, hlc_time
from fieldvisit.store.models import Conflict, Device, Household, Member, Need, Operation
from fieldvisit.validation import field_label


@dataclass(frozen=True)
class Contender:
    """One side of a conflict: which operation, which device, when, what value."""

    number: int
    op_id: str
    device_id: str
    device_name: str
    time: datetime
    value: Any


@dataclass(frozen=True)
class ConflictView:
    id: str
    entity: str
    row_id: str
    household_id: str | None
    household_name: str | None
    kind: str  # field | delete_edit
    field: str
    field_label: str
    base_value: Any
    contenders: tuple[Contender, ...]


def _label(entity: str, field: str) -> str:
    if field == "*":
        return translate("Conflicts", "deleted while edited")
    return field_label(field)


def _household_of(session: Session, entity: str, row_id: str) -> str | None:
    if entity == "household":
        return row_id
    model = {"member": Member, "need": Need}.get(entity)
    if model is None:
        return None
    return session.execute(
        select(model.household_id).where(model.id == row_id)  # type: ignore[attr-defined]
    ).scalar_one_or_none()


def _view(session: Session, c: Conflict, names: dict[str, str]) -> ConflictView:
    hid = _household_of(session, c.entity, c.row_id)
    hname = (
        session.execute(select(Household.name).where(Household.id == hid)).scalar_one_or_none()
        if hid
        else None
    )
    contenders = tuple(
        Contender(
            number=i,
            op_id=v["op_id"],
            device_id=v["device_id"],
            device_name=names.get(v["device_id"], v["device_id"][:8]),
            time=hlc_time(v["hlc"]),
            value=v["value"],
        )
        for i, v in enumerate(c.values, start=1)
    )
    return ConflictView(
        id=c.id,
        entity=c.entity,
        row_id=c.row_id,
        household_id=hid,
        household_name=hname,
        kind=c.kind,
        field=c.field,
        field_label=_label(c.entity, c.field),
        base_value=c.base_value,
        contenders=contenders,
    )


def list_open(session: Session) -> list[ConflictView]:
    """Open conflicts, oldest first, ready to show."""
    names = {r[0]: r[1] for r in session.execute(select(Device.id, Device.name))}
    rows = (
        session.execute(
            select(Conflict)
            .where(Conflict.status == "open")
            .order_by(Conflict.detected_at, Conflict.id)
        )
        .scalars()
        .all()
    )
    return [_view(session, c, names) for c in rows]


def _team_of(session: Session, entity: str, row_id: str) -> str | None:
    """The team the row's operations travel under, so the resolution reaches the same replicas."""
    return session.execute(
        select(Operation.team_id)
        .where(Operation.entity == entity, Operation.row_id == row_id)
        .order_by(Operation.sort_key.desc())
        .limit(1)
    ).scalar_one_or_none()


def resolve(
    session: Session, conflict_id: str, *, take: str | None = None, value: object = None
) -> None:
    """Settle a conflict by taking one contender (number or op id) or giving a value.

    For a delete-versus-edit conflict the value is ``"restore"`` (keep the row)
    or ``"delete"`` (keep it deleted); taking a contender means what it did."""
    c = session.get(Conflict, conflict_id)
    if c is None:
        matches = (
            session.execute(select(Conflict).where(Conflict.id.startswith(conflict_id)))
            .scalars()
            .all()
        )
        c = matches[0] if len(matches) == 1 else None
    if c is None:
        raise FieldVisitError(translate("Conflicts", "No conflict %1.").replace("%1", conflict_id))
    if c.status != "open":
        raise FieldVisitError(translate("Conflicts", "This conflict is already resolved."))
    if (take is None) == (value is None):
        raise FieldVisitError(
            translate("Conflicts", "Give either a contender to take or a value, not both.")
        )
    if take is not None:
        chosen = None
        for i, v in enumerate(c.values, start=1):
            if take in (str(i), v["op_id"]) or (len(take) >= 6 and v["op_id"].startswith(take)):
                chosen = v
        if chosen is None:
            raise FieldVisitError(
                translate("Conflicts", "This conflict has no contender %1.").replace("%1", take)
            )
        value = chosen["value"]
        if c.field == "*":
            value = "delete" if value == "deleted" else "restore"
    if c.field == "*" and value not in ("restore", "delete"):
        raise FieldVisitError(
            translate("Conflicts", "For a deleted-while-edited conflict choose restore or delete.")
        )
    if c.entity not in MUTABLE:
        raise FieldVisitError(translate("Conflicts", "This conflict cannot be resolved here."))
    oplog.record(
        session,
        c.entity,
        c.row_id,
        "resolve",
        {"conflict_id": c.id, "field": c.field, "value": value},
        _team_of(session, c.entity, c.row_id),
    )


def coerce_value(session: Session, conflict_id: str, text: str) -> object:
    """A value typed on the command line, converted to the field's type."""
    import json

    from sqlalchemy import JSON, Boolean, Integer

    c = session.get(Conflict, conflict_id)
    if c is None or c.field == "*" or c.entity not in MUTABLE:
        return text
    column = MUTABLE[c.entity].__table__.columns.get(c.field)  # type: ignore[attr-defined]
    if column is None:
        return text
    try:
        if isinstance(column.type, Boolean):
            return text.strip().lower() in ("1", "true", "yes", "是")
        if isinstance(column.type, Integer):
            return int(text)
        if isinstance(column.type, JSON):
            return json.loads(text)
    except ValueError as exc:
        raise FieldVisitError(
            translate("Conflicts", "%1 is not a valid value for this field.").replace("%1", text)
        ) from exc
    return text
