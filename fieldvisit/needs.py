"""Needs (诉求/心愿): follow-up items that move open -> in progress -> resolved/closed."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.store import oplog
from fieldvisit.store.merge import NEED_FORWARD
from fieldvisit.store.models import Need

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
    oplog.record(
        session,
        "need",
        need_id,
        "transition",
        {"from": need.status, "to": to, "note": v.note(note)},
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
