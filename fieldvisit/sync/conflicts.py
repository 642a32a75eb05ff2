"""Conflicts for the office: list the open ones, resolve one (a resolution is an operation).

Conflict rows are derived by the merge (both values, who, when); this module
only presents them with names and labels and records the office's choice as a
``resolve`` operation, which syncs like any other edit and settles the conflict
on every replica that receives it. The one API for the sync page, the office
reports workspace and both CLIs (``sync conflicts``, ``office resolve``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import validation
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.store import oplog
from fieldvisit.store.chunked import chunked
from fieldvisit.store.merge import MUTABLE, hlc_time
from fieldvisit.store.models import Conflict, Device, Household, Member, Need, Operation


@dataclass(frozen=True)
class Contender:
    """One side of a conflict: which operation, which device, when, what value."""

    number: int
    op_id: str
    device_id: str
    device_name: str
    time: datetime  # UTC, from the operation's clock
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
    detected_at: datetime  # UTC

    @property
    def label(self) -> str:
        """What the row is, for a list: the household's name, else a short id."""
        return self.household_name or self.row_id[:8]


def _label(entity: str, field: str) -> str:
    """The field as office staff call it."""
    labels = {
        "*": translate("Conflicts", "deleted while edited"),
        "address": translate("Conflicts", "Address"),
        "district": translate("Conflicts", "District"),
        "workplace": translate("Conflicts", "Workplace"),
        "category": translate("Conflicts", "Category"),
        "causes": translate("Conflicts", "Hardship causes"),
        "monthly_income_fen": translate("Conflicts", "Monthly income (fen)"),
        "family_size": translate("Conflicts", "Family size"),
        "status": translate("Conflicts", "Status"),
        "left_hardship_on": translate("Conflicts", "Left hardship on"),
        "team_id": translate("Conflicts", "Team"),
        "register_no": translate("Conflicts", "Register number"),
        "owner": translate("Conflicts", "Owner"),
        "due_on": translate("Conflicts", "Due"),
        "description": translate("Conflicts", "Description"),
    }
    return labels.get(field) or validation.field_label(field)


def _households_of(session: Session, found: list[Conflict]) -> dict[tuple[str, str], str]:
    """(entity, row id) -> household id, for households and the rows that belong to one."""
    out = {("household", c.row_id): c.row_id for c in found if c.entity == "household"}
    for entity, model in (("member", Member), ("need", Need)):
        ids = [c.row_id for c in found if c.entity == entity]
        for chunk in chunked(ids):
            for rid, hid in session.execute(
                select(model.id, model.household_id).where(model.id.in_(chunk))
            ):
                out[(entity, rid)] = hid
    return out


def _names(session: Session, hids: set[str]) -> dict[str, str]:
    ids = sorted(hids)
    out: dict[str, str] = {}
    for chunk in chunked(ids):
        for hid, name in session.execute(
            select(Household.id, Household.name).where(Household.id.in_(chunk))
        ):
            out[hid] = name
    return out


def _view(c: Conflict, names: dict[str, str], hid: str | None, hname: str | None) -> ConflictView:
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
        detected_at=hlc_time(c.detected_at),
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
    owners = _households_of(session, list(rows))
    hnames = _names(session, set(owners.values()))
    out = []
    for c in rows:
        hid = owners.get((c.entity, c.row_id))
        out.append(_view(c, names, hid, hnames.get(hid) if hid else None))
    return out


def _team_of(session: Session, entity: str, row_id: str) -> str | None:
    """The team the row's operations travel under, so the resolution reaches the same replicas."""
    return session.execute(
        select(Operation.team_id)
        .where(Operation.entity == entity, Operation.row_id == row_id)
        .order_by(Operation.sort_key.desc())
        .limit(1)
    ).scalar_one_or_none()


# Checks for a value typed by hand (same rules as the forms); they also normalise it.
_CHECKS = {"phone": validation.phone, "id_number": validation.id_number, "name": validation.name}


def resolve(
    session: Session, conflict_id: str, *, take: str | None = None, value: object = None
) -> object:
    """Settle a conflict by taking one contender (number or op id) or giving a value.

    For a delete-versus-edit conflict the value is ``"restore"`` (keep the row)
    or ``"delete"`` (keep it deleted); taking a contender means what it did.
    A typed phone, ID number or name of a household or member is checked like
    the forms check it (a bad one raises ``ValidationError``). Returns the value
    recorded."""
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
    if c.field == "*" and value == "deleted":  # the contender's own word, as the office CLI took it
        value = "delete"
    if c.field == "*" and value not in ("restore", "delete"):
        raise FieldVisitError(
            translate("Conflicts", "For a deleted-while-edited conflict choose restore or delete.")
        )
    if c.entity not in MUTABLE:
        raise FieldVisitError(translate("Conflicts", "This conflict cannot be resolved here."))
    if (
        take is None
        and c.entity in ("household", "member")
        and c.field in _CHECKS
        and isinstance(value, str)
    ):
        value = _CHECKS[c.field](value)
    oplog.record(
        session,
        c.entity,
        c.row_id,
        "resolve",
        {"conflict_id": c.id, "field": c.field, "value": value},
        _team_of(session, c.entity, c.row_id),
    )
    return value


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
