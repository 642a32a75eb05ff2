"""Drafts of visits being entered, kept so a crash or a flat battery loses nothing.

A draft is local working state, not business data: it lives in the encrypted
``draft`` table (never a plaintext file) and is not an operation, so it never
syncs. The visit wizard saves its draft as the user goes and deletes it when
the visit is saved; at start-up unfinished drafts are offered for resume.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fieldvisit.store.base import utcnow
from fieldvisit.store.models import Draft, Household


@dataclass(frozen=True)
class DraftInfo:
    id: str
    kind: str
    household_id: str | None
    household_name: str
    updated_at: datetime


def save(
    session: Session,
    data: dict[str, Any],
    *,
    kind: str = "visit",
    household_id: str | None = None,
    draft_id: str | None = None,
) -> str:
    """Create or replace a draft; returns its id."""
    did = draft_id or str(uuid.uuid4())
    row = session.get(Draft, did)
    if row is None:
        session.add(
            Draft(id=did, kind=kind, household_id=household_id, data=data, updated_at=utcnow())
        )
    else:
        row.data = dict(data)
        row.household_id = household_id
        row.updated_at = utcnow()
    return did


def load(session: Session, draft_id: str) -> dict[str, Any] | None:
    row = session.get(Draft, draft_id)
    return dict(row.data) if row is not None else None


def remove(session: Session, draft_id: str) -> None:
    session.execute(delete(Draft).where(Draft.id == draft_id))


def pending(session: Session, kind: str = "visit") -> list[DraftInfo]:
    rows = session.execute(
        select(Draft, Household.name)
        .outerjoin(Household, Household.id == Draft.household_id)
        .where(Draft.kind == kind)
        .order_by(Draft.updated_at.desc())
    ).all()
    return [DraftInfo(d.id, d.kind, d.household_id, name or "", d.updated_at) for d, name in rows]
