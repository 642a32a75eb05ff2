"""Needs (诉求/心愿): follow-up items that move open -> in progress -> resolved/closed.

Settling a need (resolved or closed) says how it was settled: the note is
required, like the reason of a reopen, so the ledger shows what was done.
Settled needs stay findable through :func:`search_needs`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.store import oplog
from fieldvisit.store.chunked import chunked
from fieldvisit.store.merge import NEED_FORWARD
from fieldvisit.store.models import Household, Need, NeedEvent, Visit
from fieldvisit.text import normalize

CATEGORIES = (
    "医疗救助",
    "子女就学",
    "就业帮扶",
    "欠薪维权",
    "住房改善",
    "法律援助",
    "生活救助",
    "其他",
)
STATUSES = ("open", "in_progress", "resolved", "closed")
#: Moving to these states needs a note saying how the need was settled.
NOTE_REQUIRED = frozenset({"resolved", "closed"})


@dataclass
class NeedInput:
    category: str
    description: str
    owner: str | None = None
    due_on: date | None = None

    def clean(self) -> dict[str, Any]:
        return {
            "category": v.text_field(self.category, "category", max_len=40, required=True),
            "description": v.note(self.description, "description")
            or _raise(v.fail("description", translate("Needs", "is required"))),
            "owner": v.text_field(self.owner, "owner", max_len=100),
            "due_on": self.due_on,
            "status": "open",
        }


def _raise(exc: Exception) -> Any:
    raise exc


def create_need(
    session: Session,
    household_id: str,
    data: NeedInput,
    *,
    visit_id: str | None = None,
    team_id: str | None = None,
) -> str:
    nid = str(uuid.uuid4())
    oplog.create(
        session,
        "need",
        nid,
        {"household_id": household_id, "visit_id": visit_id, "team_id": team_id, **data.clean()},
        team_id=team_id,
    )
    return nid


def get(session: Session, need_id: str) -> Need:
    need = session.get(Need, need_id)
    if need is None:
        raise FieldVisitError(translate("Needs", "No such need: %1").replace("%1", need_id))
    return need


def transition(session: Session, need_id: str, to: str, note: str | None = None) -> None:
    """Move a need forward; going back is only possible through :func:`reopen`."""
    need = get(session, need_id)
    if to not in NEED_FORWARD.get(need.status, set()):
        raise FieldVisitError(
            translate("Needs", "A need cannot go from %1 to %2.")
            .replace("%1", need.status)
            .replace("%2", to)
        )
    why = v.note(note)
    if to in NOTE_REQUIRED and not why:
        raise v.fail("notes", translate("Needs", "say how the need was settled"))
    oplog.record(
        session,
        "need",
        need_id,
        "transition",
        {"from": need.status, "to": to, "note": why},
        team_id=need.team_id,
    )


def reopen(session: Session, need_id: str, note: str) -> None:
    need = get(session, need_id)
    if need.status not in ("resolved", "closed"):
        raise FieldVisitError(translate("Needs", "Only a resolved or closed need can be reopened."))
    why = v.note(note) or _raise(
        v.fail("notes", translate("Needs", "say why the need is reopened"))
    )
    oplog.record(
        session, "need", need_id, "reopen", {"from": need.status, "note": why}, team_id=need.team_id
    )


def open_needs(session: Session, team_id: str | None = None) -> list[Need]:
    stmt = select(Need).where(Need.status.in_(("open", "in_progress")), Need.archived.is_(False))
    if team_id:
        stmt = stmt.where(Need.team_id == team_id)
    return list(session.execute(stmt.order_by(Need.due_on)).scalars())


# ---------------------------------------------------------------- finding needs

#: Status filter values: one status, the active ones (the default), or all.
STATUS_FILTERS = ("active", "all", *STATUSES)
#: Due filter values.
DUE_FILTERS = ("any", "overdue", "week", "none")


@dataclass(frozen=True)
class NeedFilter:
    """What the needs screen and ``fieldvisit need list`` filter by; applied in SQL."""

    text: str = ""  # description, category, owner or household name (also pinyin)
    status: str = "active"
    owner: str | None = None  # exact owner; "" = needs with no owner
    due: str = "any"
    campaign_id: str | None = None  # needs recorded at a visit of this campaign
    team_id: str | None = None
    household_id: str | None = None


@dataclass(frozen=True)
class NeedRow:
    id: str
    household_id: str
    household: str
    category: str
    description: str
    owner: str
    due_on: date | None
    status: str
    overdue: bool
    note: str  # the note of the latest status change (how it was settled)


def _week(today: date) -> tuple[date, date]:
    start = today - timedelta(days=today.weekday())
    return start, start + timedelta(days=6)


def search_needs(
    session: Session, f: NeedFilter, *, today: date | None = None, limit: int | None = 2000
) -> list[NeedRow]:
    """Live needs matching ``f``, soonest due first (no due date last), then by household."""
    today = today or date.today()
    active = Need.status.in_(("open", "in_progress"))
    stmt = (
        select(Need, Household.name)
        .join(Household, Household.id == Need.household_id, isouter=True)
        .where(Need.archived.is_(False))
    )
    if f.status == "active":
        stmt = stmt.where(active)
    elif f.status in STATUSES:
        stmt = stmt.where(Need.status == f.status)
    elif f.status != "all":
        raise FieldVisitError(translate("Needs", "Unknown status: %1").replace("%1", f.status))
    if f.team_id:
        stmt = stmt.where(Need.team_id == f.team_id)
    if f.household_id:
        stmt = stmt.where(Need.household_id == f.household_id)
    if f.owner is not None:
        stmt = stmt.where(
            or_(Need.owner.is_(None), Need.owner == "") if f.owner == "" else Need.owner == f.owner
        )
    if f.due == "overdue":
        stmt = stmt.where(active, Need.due_on < today)
    elif f.due == "week":
        start, end = _week(today)
        stmt = stmt.where(Need.due_on >= start, Need.due_on <= end)
    elif f.due == "none":
        stmt = stmt.where(Need.due_on.is_(None))
    elif f.due != "any":
        raise FieldVisitError(translate("Needs", "Unknown due filter: %1").replace("%1", f.due))
    if f.campaign_id:
        stmt = stmt.where(
            Need.visit_id.in_(select(Visit.id).where(Visit.campaign_id == f.campaign_id))
        )
    text = f.text.strip()
    if text:
        like = f"%{_escape(text)}%"
        key = f"%{_escape(normalize(text).replace(' ', '').lower())}%"
        stmt = stmt.where(
            or_(
                Need.description.like(like, escape="\\"),
                Need.category.like(like, escape="\\"),
                Need.owner.like(like, escape="\\"),
                Household.name.like(like, escape="\\"),
                Household.name_key.like(key, escape="\\"),
            )
        )
    stmt = stmt.order_by(Need.due_on.is_(None), Need.due_on, Household.name, Need.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    found = session.execute(stmt).all()
    notes = _last_notes(session, [n.id for n, _name in found])
    return [
        NeedRow(
            id=n.id,
            household_id=n.household_id,
            household=name or "",
            category=n.category,
            description=n.description,
            owner=n.owner or "",
            due_on=n.due_on,
            status=n.status,
            overdue=bool(n.due_on and n.due_on < today and n.status in ("open", "in_progress")),
            note=notes.get(n.id, ""),
        )
        for n, name in found
    ]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _last_notes(session: Session, ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in chunked(ids):
        for need_id, note in session.execute(
            select(NeedEvent.need_id, NeedEvent.note)
            .where(NeedEvent.need_id.in_(chunk), NeedEvent.applied.is_(True))
            .order_by(NeedEvent.at, NeedEvent.id)
        ):
            if note:
                out[need_id] = note
    return out


def owners(session: Session, team_id: str | None = None) -> list[str]:
    """Owners named on live needs, for the owner filter."""
    stmt = select(Need.owner).where(
        Need.archived.is_(False), Need.owner.is_not(None), Need.owner != ""
    )
    if team_id:
        stmt = stmt.where(Need.team_id == team_id)
    return [o for o in session.execute(stmt.distinct().order_by(Need.owner)).scalars() if o]
