"""Writing households and members; every write is an operation (change capture)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.store import oplog
from fieldvisit.store.models import Household, Member, Operation

CATEGORIES = ("困难职工", "困难党员", "劳动模范", "农民工", "一线职工", "坚守岗位职工", "其他")
CAUSES = (
    "患重病",
    "工伤/职业病致残",
    "下岗失业",
    "因公牺牲遗属",
    "遭受灾害",
    "突发意外",
    "子女就学",
    "单亲家庭",
    "残疾",
    "其他",
)
EDITABLE = (
    "register_no",
    "name",
    "id_number",
    "gender",
    "birth_date",
    "phone",
    "address",
    "district",
    "workplace",
    "category",
    "causes",
    "monthly_income_fen",
    "family_size",
    "status",
    "left_hardship_on",
    "notes",
    "team_id",
)


@dataclass
class HouseholdInput:
    """What a form or an import row gives; ``clean()`` validates and normalises it."""

    name: str
    id_number: str | None = None
    register_no: str | None = None
    phone: str | None = None
    address: str | None = None
    district: str | None = None
    workplace: str | None = None
    category: str | None = None
    causes: list[str] = field(default_factory=list)
    monthly_income_fen: int | None = None
    family_size: int | None = None
    notes: str | None = None
    team_id: str | None = None
    status: str = "needy"
    left_hardship_on: date | None = None

    def clean(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": v.name(self.name),
            "id_number": v.id_number(self.id_number),
            "register_no": v.text_field(self.register_no, "register_no", max_len=40),
            "phone": v.phone(self.phone),
            "address": v.text_field(self.address, "address", max_len=300),
            "district": v.text_field(self.district, "district", max_len=100),
            "workplace": v.text_field(self.workplace, "workplace", max_len=200),
            "category": v.text_field(self.category, "category", max_len=40),
            "causes": [
                c for c in (v.text_field(c, "causes", max_len=40) for c in self.causes) if c
            ],
            "monthly_income_fen": None
            if self.monthly_income_fen is None
            else v.check_fen(self.monthly_income_fen, "income"),
            "family_size": self.family_size,
            "notes": v.note(self.notes),
            "status": self.status if self.status in ("needy", "left_hardship") else "needy",
            "left_hardship_on": self.left_hardship_on,
        }
        if self.family_size is not None and not 0 < self.family_size < 50:
            raise v.fail("family_size", translate("Households", "must be between 1 and 49"))
        if out["id_number"]:
            out["birth_date"] = v.birth_date_from_id(out["id_number"])
            out["gender"] = v.gender_from_id(out["id_number"])
        if self.team_id:
            out["team_id"] = self.team_id
        return out


def create_household(
    session: Session,
    data: HouseholdInput,
    *,
    team_id: str | None = None,
    household_id: str | None = None,
) -> str:
    fields = data.clean()
    fields.setdefault("team_id", team_id or _default_team(session))
    hid = household_id or str(uuid.uuid4())
    oplog.create(session, "household", hid, fields, team_id=fields["team_id"])
    return hid


def _default_team(session: Session) -> str | None:
    from fieldvisit.store.models import Setting

    row = session.get(Setting, "team_id")
    return str(row.value) if row else None


def update_household(session: Session, household_id: str, changes: dict[str, Any]) -> bool:
    """Edit some fields; validates each one given. Returns False when nothing changed."""
    hh = get(session, household_id)
    if hh.archived:
        raise FieldVisitError(
            translate("Households", "This household is archived; restore it before editing.")
        )
    current = {k: getattr(hh, k) for k in EDITABLE}
    merged = HouseholdInput(
        **{
            k: changes.get(k, current[k])
            for k in (
                "name",
                "id_number",
                "register_no",
                "phone",
                "address",
                "district",
                "workplace",
                "category",
                "monthly_income_fen",
                "family_size",
                "notes",
                "team_id",
                "status",
                "left_hardship_on",
            )
        },
        causes=changes.get("causes", current["causes"]) or [],
    )
    clean = merged.clean()
    wanted = {k: clean[k] for k in changes if k in clean}
    for k in changes:
        if k not in EDITABLE:
            raise FieldVisitError(
                translate("Households", "The field %1 cannot be edited.").replace("%1", k)
            )
    return oplog.update(session, "household", household_id, wanted, team_id=hh.team_id) is not None


def archive_household(session: Session, household_id: str) -> None:
    hh = get(session, household_id)
    if not hh.archived:
        oplog.tombstone(session, "household", household_id, team_id=hh.team_id)


def restore_household(session: Session, household_id: str) -> None:
    hh = get(session, household_id)
    if hh.merged_into:
        raise FieldVisitError(
            translate(
                "Households",
                "A merged household cannot be restored; its records "
                "now belong to the household it was merged into.",
            )
        )
    if hh.archived:
        oplog.restore(session, "household", household_id, team_id=hh.team_id)


def ids_differ(a: Household, b: Household) -> bool:
    """Both households carry an ID number and the numbers are not the same person's."""
    return bool(a.id_number and b.id_number and a.id_number != b.id_number)


def merge_households(
    session: Session, loser_id: str, survivor_id: str, reason: str | None = None
) -> str:
    """The same family registered twice: keep ``survivor_id``; visits, payments and needs follow.

    Two different ID numbers are two people unless the office says why not, so
    such a merge needs a reason; the reason travels on the merge operation.
    Returns the merge operation's id (what :func:`unmerge_household` undoes).
    """
    if loser_id == survivor_id:
        raise FieldVisitError(translate("Households", "A household cannot be merged into itself."))
    loser, survivor = get(session, loser_id), get(session, survivor_id)
    if survivor.archived:
        raise FieldVisitError(translate("Households", "The household to keep is archived."))
    if loser.archived:
        raise FieldVisitError(
            translate("Households", "That household is already archived or merged.")
        )
    why = v.note(reason)
    if ids_differ(loser, survivor) and not why:
        raise FieldVisitError(
            translate(
                "Households",
                "The two households have different ID numbers; say why they are one family.",
            )
        )
    extra: dict[str, Any] = {"into": survivor_id}
    if why:
        extra["reason"] = why
    op = oplog.tombstone(
        session, "household", loser_id, kind="merge", team_id=loser.team_id, **extra
    )
    return op.op_id


def merge_in_effect(session: Session, household_id: str) -> Operation | None:
    """The merge operation that made this household a tombstone (the latest merge)."""
    hh = get(session, household_id)
    if not hh.merged_into:
        return None
    return (
        session.execute(
            select(Operation)
            .where(
                Operation.entity == "household",
                Operation.row_id == household_id,
                Operation.kind == "merge",
            )
            .order_by(Operation.sort_key.desc())
            .limit(1)
        )
        .scalars()
        .first()
    )


def unmerge_household(session: Session, household_id: str, reason: str | None = None) -> str:
    """Undo the merge of ``household_id``: it is live again and its own visits,
    payments, needs and members point back at it. An operation like any other."""
    hh = get(session, household_id)
    merge = merge_in_effect(session, household_id)
    if merge is None:
        raise FieldVisitError(translate("Households", "This household is not merged."))
    payload: dict[str, Any] = {"merge_op": merge.op_id, "base": hh.head_key}
    why = v.note(reason)
    if why:
        payload["reason"] = why
    op = oplog.record(session, "household", household_id, "unmerge", payload, team_id=hh.team_id)
    return op.op_id


def get(session: Session, household_id: str) -> Household:
    hh = session.get(Household, household_id)
    if hh is None:
        raise FieldVisitError(
            translate("Households", "No such household: %1").replace("%1", household_id)
        )
    return hh


def find_by_id_number(session: Session, number: str) -> Household | None:
    return (
        session.execute(
            select(Household).where(Household.id_number == number, Household.archived.is_(False))
        )
        .scalars()
        .first()
    )


@dataclass
class MemberInput:
    name: str
    relation: str | None = None
    id_number: str | None = None
    health: str | None = None
    schooling: str | None = None

    def clean(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": v.name(self.name),
            "relation": v.text_field(self.relation, "relation", max_len=20),
            "id_number": v.id_number(self.id_number),
            "health": v.text_field(self.health, "health", max_len=200),
            "schooling": v.text_field(self.schooling, "schooling", max_len=200),
        }
        if out["id_number"]:
            out["birth_date"] = v.birth_date_from_id(out["id_number"])
        return out


def add_member(session: Session, household_id: str, data: MemberInput) -> str:
    hh = get(session, household_id)
    mid = str(uuid.uuid4())
    oplog.create(
        session, "member", mid, {"household_id": household_id, **data.clean()}, team_id=hh.team_id
    )
    return mid


def members(session: Session, household_id: str) -> list[Member]:
    return list(
        session.execute(
            select(Member).where(Member.household_id == household_id, Member.archived.is_(False))
        ).scalars()
    )
