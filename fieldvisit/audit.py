"""The access log for sensitive data (PIPL): who saw a full ID number, and when.

Changes are already on record in the operation log; *looking* is not, so the
profile screen's "Show" calls :func:`reveal_id_number`, which writes an
``AuditEntry`` in the same unit of work that reads the number. The log is local
to this replica (an access record, not business data, so not an operation).
"""

from __future__ import annotations

import getpass
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.store.base import utcnow
from fieldvisit.store.models import AuditEntry, Household, Member, Setting


def _device_id(session: Session) -> str:
    row = session.get(Setting, "device_id")
    return str(row.value) if row else ""


def _user() -> str | None:
    try:
        return getpass.getuser()[:100]
    except Exception:  # no login name (service accounts, some containers)
        return None


def log_view(
    session: Session, entity: str, row_id: str, action: str, detail: str | None = None
) -> None:
    session.add(
        AuditEntry(
            id=str(uuid.uuid4()),
            at=utcnow(),
            device_id=_device_id(session),
            user=_user(),
            action=action,
            entity=entity,
            row_id=row_id,
            detail=detail,
        )
    )


def reveal_id_number(session: Session, entity: str, row_id: str) -> str:
    """The full ID number of a household or member; the view is logged first."""
    row: Household | Member | None = None
    if entity == "household":
        row = session.get(Household, row_id)
    elif entity == "member":
        row = session.get(Member, row_id)
    if row is None:
        raise FieldVisitError(translate("Audit", "No such record: %1").replace("%1", row_id))
    log_view(session, entity, row_id, "view_id_number")
    return row.id_number or ""


def entries(session: Session, row_id: str | None = None, limit: int = 200) -> list[AuditEntry]:
    stmt = select(AuditEntry).order_by(AuditEntry.at.desc()).limit(limit)
    if row_id:
        stmt = stmt.where(AuditEntry.row_id == row_id)
    return list(session.execute(stmt).scalars())
