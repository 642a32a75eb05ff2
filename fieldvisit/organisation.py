"""The organisation's name (发放单位), printed on every receipt, kept as one synced row.

It starts as the name given when the replica was made (or the hub's name at
enrolment, a setting). An office device can rename it; the rename is an
operation on the one global ``organisation`` row (a fixed id), so it reaches
every laptop and concurrent renames become a conflict for the office like any
other field. Field devices may not rename it (also a rule of the sync trust
table: entity ``organisation`` is office-only).
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.store import oplog
from fieldvisit.store.models import Organisation, Setting

#: The one row every replica shares.
ROW_ID = str(uuid.uuid5(uuid.UUID("4c8e1f0a-2b7d-4a55-9e36-1d0f7b9a3c21"), "organisation"))


def name(session: Session) -> str:
    """What receipts print: the synced name, else the name given at set-up."""
    row = session.get(Organisation, ROW_ID)
    if row is not None and row.name:
        return row.name
    for key in ("organisation", "org_name"):
        s = session.get(Setting, key)
        if s is not None and s.value:
            return str(s.value)
    return ""


def may_rename(session: Session) -> bool:
    role = session.get(Setting, "role")
    return role is not None and role.value == "office"


def rename(session: Session, new_name: str) -> bool:
    """Rename the organisation (office devices only); False when nothing changed."""
    if not may_rename(session):
        raise FieldVisitError(
            translate(
                "Organisation",
                "Only an office device can change the organisation name printed on receipts.",
            )
        )
    clean = v.text_field(new_name, "organisation", max_len=200, required=True)
    row = session.get(Organisation, ROW_ID)
    if row is None:
        oplog.create(session, "organisation", ROW_ID, {"name": clean})
        return True
    return oplog.update(session, "organisation", ROW_ID, {"name": clean}) is not None
