"""The unit registry: create, edit, archive, merge, find — every write an operation."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from fieldvisit import text as textkeys
from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.store import oplog
from fieldvisit.store.merge import effective_unit as effective_unit
from fieldvisit.store.models import Operation, Setting, Unit

KINDS = ("企业", "窗口单位", "医院", "防控点", "工地/车间", "职工之家", "其他")
EDITABLE = (
    "code",
    "name",
    "kind",
    "address",
    "district",
    "contact_name",
    "contact_phone",
    "workers",
    "notes",
    "team_id",
)
MAX_WORKERS = 1_000_000


@dataclass
class UnitInput:
    name: str
    kind: str = "企业"
    code: str | None = None
    address: str | None = None
    district: str | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    workers: int | None = None
    notes: str | None = None
    team_id: str | None = None

    def clean(self) -> dict[str, Any]:
        kind = v.text_field(self.kind, "kind", max_len=20) or "其他"
        if kind not in KINDS:
            raise v.fail(
                "kind",
                translate("Units", "must be one of: %1").replace("%1", "、".join(KINDS)),
            )
        if self.workers is not None and not 0 <= self.workers <= MAX_WORKERS:
            raise v.fail("workers", translate("Units", "is not a plausible number of workers"))
        out: dict[str, Any] = {
            "name": v.text_field(self.name, "name", max_len=100, required=True),
            "kind": kind,
            "code": v.text_field(self.code, "code", max_len=40),
            "address": v.text_field(self.address, "address", max_len=300),
            "district": v.text_field(self.district, "district", max_len=100),
            "contact_name": v.text_field(self.contact_name, "contact_name", max_len=50),
            "contact_phone": v.phone(self.contact_phone, "contact_phone"),
            "workers": self.workers,
            "notes": v.note(self.notes),
        }
        if self.team_id is not None:
            out["team_id"] = self.team_id
        return out


def _default_team(session: Session) -> str | None:
    row = session.get(Setting, "team_id")
    return str(row.value) if row else None


def create_unit(session: Session, data: UnitInput, *, unit_id: str | None = None) -> str:
    fields = data.clean()
    fields.setdefault("team_id", _default_team(session))
    uid = unit_id or str(uuid.uuid4())
    oplog.create(session, "unit", uid, fields, team_id=fields["team_id"])
    return uid


def get(session: Session, unit_id: str) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise FieldVisitError(translate("Units", "No such unit: %1").replace("%1", unit_id))
    return unit


def update_unit(session: Session, unit_id: str, changes: dict[str, Any]) -> bool:
    """Edit some fields (validated like a new unit). False when nothing changed."""
    unit = get(session, unit_id)
    if unit.archived:
        raise FieldVisitError(
            translate("Units", "This unit is archived; restore it before editing.")
        )
    for k in changes:
        if k not in EDITABLE:
            raise FieldVisitError(
                translate("Units", "The field %1 cannot be edited.").replace("%1", k)
            )
    merged = UnitInput(**{k: changes.get(k, getattr(unit, k)) for k in EDITABLE})
    clean = merged.clean()
    wanted = {k: clean[k] for k in changes}
    return oplog.update(session, "unit", unit_id, wanted, team_id=unit.team_id) is not None


def archive_unit(session: Session, unit_id: str) -> None:
    unit = get(session, unit_id)
    if not unit.archived:
        oplog.tombstone(session, "unit", unit_id, team_id=unit.team_id)


def restore_unit(session: Session, unit_id: str) -> None:
    unit = get(session, unit_id)
    if unit.merged_into:
        raise FieldVisitError(translate("Units", "A merged unit cannot be restored."))
    if unit.archived:
        oplog.restore(session, "unit", unit_id, team_id=unit.team_id)


def merge_units(
    session: Session, loser_id: str, survivor_id: str, reason: str | None = None
) -> str:
    """The same unit registered twice: the loser becomes a tombstone pointing at the
    survivor, and its visits, distributions and wishes follow (the merge re-points them).

    An office decision (the rules refuse it from a field laptop). Returns the merge
    operation's id, which :func:`unmerge_unit` names."""
    if loser_id == survivor_id:
        raise FieldVisitError(translate("Units", "A unit cannot be merged into itself."))
    loser, survivor = get(session, loser_id), get(session, survivor_id)
    if survivor.archived or loser.archived:
        raise FieldVisitError(translate("Units", "Both units must be live to be merged."))
    extra: dict[str, Any] = {"into": survivor_id}
    why = v.note(reason)
    if why:
        extra["reason"] = why
    op = oplog.tombstone(session, "unit", loser_id, kind="merge", team_id=loser.team_id, **extra)
    return op.op_id


def merge_in_effect(session: Session, unit_id: str) -> Operation | None:
    """The merge operation that made this unit a tombstone (the latest merge)."""
    unit = get(session, unit_id)
    if not unit.merged_into:
        return None
    return (
        session.execute(
            select(Operation)
            .where(
                Operation.entity == "unit", Operation.row_id == unit_id, Operation.kind == "merge"
            )
            .order_by(Operation.sort_key.desc())
        )
        .scalars()
        .first()
    )


def unmerge_unit(session: Session, unit_id: str, reason: str | None = None) -> str:
    """Undo the merge of ``unit_id``: it is live again and its own visits,
    distributions and wishes point back at it."""
    unit = get(session, unit_id)
    merge = merge_in_effect(session, unit_id)
    if merge is None:
        raise FieldVisitError(translate("Units", "This unit is not merged."))
    payload: dict[str, Any] = {"merge_op": merge.op_id, "base": unit.head_key}
    why = v.note(reason)
    if why:
        payload["reason"] = why
    return oplog.record(session, "unit", unit_id, "unmerge", payload, team_id=unit.team_id).op_id


def find(session: Session, ref: str) -> Unit:
    """A unit by id, code or exact name (what a clerk types on the command line)."""
    ref = ref.strip()
    rows = list(
        session.execute(
            select(Unit).where(
                Unit.archived.is_(False), or_(Unit.id == ref, Unit.code == ref, Unit.name == ref)
            )
        ).scalars()
    )
    if len(rows) == 1:
        return rows[0]
    if not rows:
        raise FieldVisitError(translate("Units", "No unit matches %1.").replace("%1", ref))
    raise FieldVisitError(
        translate("Units", "%1 matches several units; use the unit code.").replace("%1", ref)
    )


def search(session: Session, text: str, limit: int = 200) -> list[Unit]:
    """Names in simplified or traditional characters, pinyin, initials, or the code.

    Units number in the hundreds per county, so a LIKE over the name's search tokens
    (the same tokens households use) is plenty."""
    stmt = select(Unit).where(Unit.archived.is_(False))
    for term in textkeys.search_terms(text):
        esc = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(
            or_(
                Unit.name_key.like(f"{esc}%", escape="\\"),
                Unit.name_key.like(f"% {esc}%", escape="\\"),
                Unit.code.like(f"%{esc}%", escape="\\"),
            )
        )
    return list(session.execute(stmt.order_by(Unit.name, Unit.id).limit(limit)).scalars())
