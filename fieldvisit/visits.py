"""Recording a visit: observations, photos, money and goods, needs — one transaction.

``record_visit`` is what the visit wizard's Save and the CLI call; a failure
anywhere (a bad amount, a full disk) leaves no partial visit behind because
the caller's unit of work rolls back as a whole.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import campaigns, payments, photos
from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError
from fieldvisit.households.edit import get as get_household
from fieldvisit.i18n import translate
from fieldvisit.needs import NeedInput, create_need
from fieldvisit.store import oplog
from fieldvisit.store.models import Visit

#: The conditions checklist (观察项) every visit form offers.
OBSERVATIONS = ("health", "housing", "income", "employment", "schooling", "elderly_care")


@dataclass
class VisitInput:
    household_id: str
    visited_on: date
    campaign_id: str | None = None
    visitors: str | None = None
    observations: dict[str, str] = field(default_factory=dict)
    notes: str | None = None
    photos: list[bytes] = field(default_factory=list)
    payment: payments.PaymentInput | None = None
    needs: list[NeedInput] = field(default_factory=list)


@dataclass(frozen=True)
class VisitResult:
    visit_id: str
    payment_id: str | None
    receipt_no: str | None
    need_ids: tuple[str, ...]


def record_visit(session: Session, data: VisitInput) -> VisitResult:
    hh = get_household(session, data.household_id)
    if hh.archived:
        raise FieldVisitError(
            translate("Visits", "This household is archived; it cannot be visited.")
        )
    visited_on = v.a_date(data.visited_on, "date", allow_future=False)
    assert visited_on is not None
    unknown = set(data.observations) - set(OBSERVATIONS)
    if unknown:
        raise v.fail(
            "observations",
            translate("Visits", "unknown item %1").replace("%1", ", ".join(sorted(unknown))),
        )
    observations = {k: v.text_field(val, k, max_len=500) for k, val in data.observations.items()}
    cap = None
    if data.campaign_id:
        cap = campaigns.get(session, data.campaign_id).cap_fen
    team = hh.team_id
    vid = str(uuid.uuid4())
    fields: dict[str, Any] = {
        "household_id": hh.id,
        "campaign_id": data.campaign_id,
        "team_id": team,
        "device_id": oplog.writer_of(session).device_id,
        "visited_on": visited_on,
        "visitors": v.text_field(data.visitors, "visitors", max_len=200),
        "observations": {k: val for k, val in observations.items() if val},
        "notes": v.note(data.notes),
    }
    oplog.create(session, "visit", vid, fields, team_id=team)
    for raw in data.photos:
        jpeg, w, h = photos.downscale(raw)
        oplog.create(
            session,
            "photo",
            str(uuid.uuid4()),
            {"visit_id": vid, "mime": "image/jpeg", "width": w, "height": h, "data": jpeg},
            team_id=team,
        )
    pid = receipt = None
    if data.payment is not None:
        pid = payments.record_payment(
            session,
            household_id=hh.id,
            campaign_id=data.campaign_id,
            paid_on=visited_on,
            data=data.payment,
            visit_id=vid,
            team_id=team,
            cap_fen=cap,
        )
        receipt = session.execute(
            select(payments.Payment.receipt_no).where(payments.Payment.id == pid)
        ).scalar()
    need_ids = tuple(create_need(session, hh.id, n, visit_id=vid, team_id=team) for n in data.needs)
    return VisitResult(vid, pid, receipt, need_ids)


def visits_of(session: Session, household_id: str) -> list[Visit]:
    return list(
        session.execute(
            select(Visit)
            .where(Visit.household_id == household_id)
            .order_by(Visit.visited_on.desc())
        ).scalars()
    )
