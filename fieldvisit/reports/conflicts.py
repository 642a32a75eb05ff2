"""The conflicts inbox: concurrent edits the merge refused to settle by itself.

The merge records a ``conflict`` row (both values, the operation, device and
time of each) whenever two edits start from the same value, or an edit meets a
delete. The office sees them side by side and settles each with a *resolve*
operation, which every replica folds the same way, so the answer travels like
any other change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.reports.common import device_names, local_time
from fieldvisit.reports.table import Column, Table
from fieldvisit.store import oplog
from fieldvisit.store.merge import MUTABLE, hlc_time
from fieldvisit.store.models import Conflict, Household


@dataclass(frozen=True)
class Contender:
    device_id: str
    device: str  # device name, or its id when unknown here
    at: datetime  # local time of the edit
    value: Any


@dataclass(frozen=True)
class ConflictItem:
    id: str
    entity: str
    row_id: str
    label: str  # what the row is, e.g. the household's name
    field: str
    kind: str  # field | delete_edit
    base_value: Any
    contenders: tuple[Contender, ...]
    detected_at: datetime


def open_conflicts(session: Session) -> list[ConflictItem]:
    """Every open conflict, oldest first."""
    names = device_names(session)
    found = list(
        session.execute(
            select(Conflict).where(Conflict.status == "open").order_by(Conflict.detected_at)
        ).scalars()
    )
    hh_ids = [c.row_id for c in found if c.entity == "household"]
    labels: dict[str, str] = {}
    for i in range(0, len(hh_ids), 500):
        labels.update(
            session.execute(
                select(Household.id, Household.name).where(Household.id.in_(hh_ids[i : i + 500]))
            ).all()
        )
    out = []
    for c in found:
        contenders = tuple(
            Contender(
                device_id=val["device_id"],
                device=names.get(val["device_id"], val["device_id"][:8]),
                at=local_time(hlc_time(val["hlc"])) or datetime.min,
                value=val["value"],
            )
            for val in c.values
        )
        out.append(
            ConflictItem(
                id=c.id,
                entity=c.entity,
                row_id=c.row_id,
                label=labels.get(c.row_id, c.row_id[:8]),
                field=c.field,
                kind=c.kind,
                base_value=c.base_value,
                contenders=contenders,
                detected_at=local_time(hlc_time(c.detected_at)) or datetime.min,
            )
        )
    return out


#: Checks for a value typed by hand, per household field (same rules as the forms).
_CHECKS = {"phone": v.phone, "id_number": v.id_number, "name": v.name}


def resolve_conflict(session: Session, conflict_id: str, value: Any) -> None:
    """Settle a conflict with one of its values or a new one; recorded as a *resolve* op.

    For a delete-versus-edit conflict ``value`` is ``"restore"`` (keep the row
    and its edits) or ``"deleted"`` (leave it archived).
    """
    c = session.get(Conflict, conflict_id)
    if c is None:
        raise FieldVisitError(
            translate("Reports", "No such conflict: %1").replace("%1", conflict_id)
        )
    if c.status != "open":
        raise FieldVisitError(translate("Reports", "This conflict is already resolved."))
    if c.field == "*":
        if value not in ("restore", "deleted"):
            raise FieldVisitError(
                translate("Reports", "Choose to restore the record or to leave it deleted.")
            )
    elif c.entity == "household" and c.field in _CHECKS and isinstance(value, str):
        value = _CHECKS[c.field](value)
    model = MUTABLE[c.entity]
    row = session.get(model, c.row_id)
    team_id = getattr(row, "team_id", None) if row is not None else None
    oplog.record(
        session,
        c.entity,
        c.row_id,
        "resolve",
        {"conflict_id": c.id, "field": c.field, "value": value},
        team_id=team_id,
    )


def field_label(field: str) -> str:
    """The field as office staff call it."""
    labels = {
        "*": translate("Reports", "whole record (deleted on one side, edited on the other)"),
        "name": translate("Reports", "Name"),
        "id_number": translate("Reports", "ID number"),
        "phone": translate("Reports", "Phone"),
        "address": translate("Reports", "Address"),
        "district": translate("Reports", "District"),
        "workplace": translate("Reports", "Workplace"),
        "category": translate("Reports", "Category"),
        "causes": translate("Reports", "Hardship causes"),
        "monthly_income_fen": translate("Reports", "Monthly income (fen)"),
        "family_size": translate("Reports", "Family size"),
        "status": translate("Reports", "Status"),
        "left_hardship_on": translate("Reports", "Left hardship on"),
        "notes": translate("Reports", "Notes"),
        "team_id": translate("Reports", "Team"),
        "register_no": translate("Reports", "Register number"),
        "owner": translate("Reports", "Owner"),
        "due_on": translate("Reports", "Due"),
        "description": translate("Reports", "Description"),
    }
    return labels.get(field, field)


def conflicts_table(items: list[ConflictItem]) -> Table:
    rows = []
    for c in items:
        a = c.contenders[0] if c.contenders else None
        b = c.contenders[1] if len(c.contenders) > 1 else None
        rows.append(
            (
                c.label,
                field_label(c.field),
                _show(c.base_value),
                _show(a.value) if a else "",
                f"{a.device} {a.at:%Y-%m-%d %H:%M}" if a else "",
                _show(b.value) if b else "",
                f"{b.device} {b.at:%Y-%m-%d %H:%M}" if b else "",
                c.id,
            )
        )
    return Table(
        name=translate("Reports", "Conflicts"),
        title=translate("Reports", "Conflicting edits to settle"),
        columns=[
            Column("label", translate("Reports", "Record")),
            Column("field", translate("Reports", "Field")),
            Column("base", translate("Reports", "Value before")),
            Column("a", translate("Reports", "First value")),
            Column("a_who", translate("Reports", "Edited by / when")),
            Column("b", translate("Reports", "Second value")),
            Column("b_who", translate("Reports", "Edited by / when")),
            Column("id", translate("Reports", "Conflict id"), printed=False),
        ],
        rows=rows,
        note=translate("Reports", "%1 open conflicts").replace("%1", str(len(items))),
    )


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return "; ".join(f"{k}={val}" for k, val in value.items())
    if isinstance(value, list):
        return "、".join(map(str, value))
    return str(value)
