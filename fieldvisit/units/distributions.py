"""A visit to a unit and what was handed over for its workers (集体发放) — one transaction.

The same money rules as a household payment: integer fen within what a receipt can
carry, a receipt number from this device's continuous counter, an append-only ledger
where a void is a reversal. Who signed: the unit's representative for all, or a roster
of named workers whose lines must add up to the distribution.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import campaigns
from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.payments import GoodsLine, next_receipt_no, reversed_goods
from fieldvisit.store import oplog
from fieldvisit.store.models import Distribution, RosterEntry
from fieldvisit.units.registry import effective_unit
from fieldvisit.units.registry import get as get_unit

SIGN_MODES = ("representative", "roster")
MAX_PACKAGES = 1_000_000


@dataclass
class RosterLine:
    worker_name: str
    id_tail: str | None = None
    cash_fen: int = 0
    packages: int = 0
    signed: bool = True


@dataclass
class DistributionInput:
    cash_fen: int = 0
    goods: list[GoodsLine] = field(default_factory=list)
    packages: int = 0
    workers_reached: int = 0
    sign_mode: str = "representative"
    representative_name: str | None = None
    representative_post: str | None = None
    signature_png: bytes | None = None
    roster: list[RosterLine] = field(default_factory=list)


@dataclass
class UnitVisitInput:
    unit_id: str
    visited_on: date
    campaign_id: str | None = None
    visitors: str | None = None
    notes: str | None = None
    distribution: DistributionInput | None = None
    #: why the user went on despite the warnings of :func:`warnings_for`
    reason: str | None = None


@dataclass(frozen=True)
class Warning:
    code: str  # second_distribution | outside_campaign
    message: str


@dataclass(frozen=True)
class UnitVisitResult:
    visit_id: str
    distribution_id: str | None
    receipt_no: str | None


def _earlier(session: Session, unit_id: str, campaign_id: str) -> list[Distribution]:
    """Live (not reversed) distributions to this unit in this campaign."""
    rows = list(
        session.execute(
            select(Distribution).where(
                Distribution.unit_id == unit_id, Distribution.campaign_id == campaign_id
            )
        ).scalars()
    )
    reversed_ids = {r.reverses_id for r in rows if r.reverses_id}
    return [r for r in rows if not r.reverses_id and r.id not in reversed_ids]


def warnings_for(session: Session, data: UnitVisitInput) -> list[Warning]:
    """What must be confirmed with a reason before money changes hands."""
    out: list[Warning] = []
    if data.campaign_id is None:
        return out
    camp = campaigns.get(session, data.campaign_id)
    if data.distribution is not None:
        for d in _earlier(session, effective_unit(session, data.unit_id), camp.id):
            out.append(
                Warning(
                    "second_distribution",
                    translate(
                        "Units",
                        "This unit already received ¥%1 in this campaign on %2 (receipt %3).",
                    )
                    .replace("%1", f"{d.cash_fen / 100:,.2f}")
                    .replace("%2", d.paid_on.isoformat())
                    .replace("%3", d.receipt_no or "—"),
                )
            )
    if (camp.starts_on and data.visited_on < camp.starts_on) or (
        camp.ends_on and data.visited_on > camp.ends_on
    ):
        out.append(
            Warning(
                "outside_campaign",
                translate("Units", "The date %1 is outside the campaign period %2 – %3.")
                .replace("%1", data.visited_on.isoformat())
                .replace("%2", camp.starts_on.isoformat() if camp.starts_on else "…")
                .replace("%3", camp.ends_on.isoformat() if camp.ends_on else "…"),
            )
        )
    return out


def _clean_distribution(d: DistributionInput, workers: int | None) -> dict[str, Any]:
    goods = [g.clean() for g in d.goods]
    cash = v.check_fen(d.cash_fen, "cash")
    if cash == 0 and not goods:
        raise v.fail("amount", translate("Units", "a distribution needs cash or goods"))
    if not 0 <= d.packages <= MAX_PACKAGES:
        raise v.fail("packages", translate("Units", "is not a plausible number of packages"))
    if d.workers_reached < 1:
        raise v.fail("workers_reached", translate("Units", "say how many workers it reached"))
    if workers is not None and workers > 0 and d.workers_reached > workers:
        raise v.fail(
            "workers_reached",
            translate("Units", "is more than the unit's %1 workers").replace("%1", str(workers)),
        )
    if d.sign_mode not in SIGN_MODES:
        raise v.fail("sign_mode", translate("Units", "must be representative or roster"))
    rep = v.text_field(d.representative_name, "representative_name", max_len=50)
    if d.sign_mode == "representative" and not rep:
        raise v.fail(
            "representative_name",
            translate("Units", "the unit's representative must sign for the unit"),
        )
    if d.sign_mode == "roster":
        if not d.roster:
            raise v.fail("roster", translate("Units", "a roster needs at least one worker"))
        if sum(r.cash_fen for r in d.roster) != cash:
            raise v.fail(
                "roster", translate("Units", "the roster's cash does not add up to the total")
            )
        if sum(r.packages for r in d.roster) != d.packages:
            raise v.fail(
                "roster",
                translate("Units", "the roster's packages do not add up to the total"),
            )
        if len(d.roster) != d.workers_reached:
            raise v.fail(
                "roster",
                translate("Units", "the roster lists a different number of workers than reached"),
            )
    return {
        "cash_fen": cash,
        "goods": goods,
        "goods_value_fen": v.check_fen(sum(g["value_fen"] for g in goods), "amount"),
        "packages": d.packages,
        "workers_reached": d.workers_reached,
        "sign_mode": d.sign_mode,
        "representative_name": rep,
        "representative_post": v.text_field(
            d.representative_post, "representative_post", max_len=50
        ),
        "signature_png": d.signature_png,
    }


def record_unit_visit(session: Session, data: UnitVisitInput) -> UnitVisitResult:
    """Save the visit, the distribution and its roster, or nothing (one unit of work).

    Warnings (:func:`warnings_for`) need a reason; the reason is kept on the distribution."""
    unit = get_unit(session, data.unit_id)
    if unit.archived:
        raise FieldVisitError(translate("Units", "This unit is archived; it cannot be visited."))
    visited_on = v.a_date(data.visited_on, "date", allow_future=False)
    assert visited_on is not None
    visitors = v.text_field(data.visitors, "visitors", max_len=200)
    if not visitors:
        raise v.fail("visitors", translate("Units", "name at least one visitor (经办人)"))
    reason = v.text_field(data.reason, "reason", max_len=300)
    found = warnings_for(session, data)
    if found and not reason:
        raise FieldVisitError(
            "\n".join(w.message for w in found)
            + "\n"
            + translate("Units", "Give a reason to go on.")
        )
    team = unit.team_id
    device = oplog.writer_of(session).device_id
    vid = str(uuid.uuid4())
    oplog.create(
        session,
        "unit_visit",
        vid,
        {
            "unit_id": unit.id,
            "campaign_id": data.campaign_id,
            "team_id": team,
            "device_id": device,
            "visited_on": visited_on,
            "visitors": visitors,
            "notes": v.note(data.notes),
        },
        team_id=team,
    )
    did = receipt = None
    if data.distribution is not None:
        fields = _clean_distribution(data.distribution, unit.workers)
        did = str(uuid.uuid4())
        receipt = next_receipt_no(session, visited_on)
        fields.update(
            unit_id=unit.id,
            visit_id=vid,
            campaign_id=data.campaign_id,
            team_id=team,
            device_id=device,
            paid_on=visited_on,
            visitors=visitors,
            receipt_no=receipt,
            override_reason=reason if found else None,
        )
        oplog.create(session, "distribution", did, fields, team_id=team)
        for i, line in enumerate(data.distribution.roster, start=1):
            oplog.create(
                session,
                "roster_entry",
                str(uuid.uuid4()),
                {
                    "distribution_id": did,
                    "line_no": i,
                    "worker_name": v.name(line.worker_name, "worker_name"),
                    "id_tail": v.text_field(line.id_tail, "id_tail", max_len=6),
                    "cash_fen": v.check_fen(line.cash_fen, "cash"),
                    "packages": line.packages,
                    "signed": line.signed,
                },
                team_id=team,
            )
        oplog.create(
            session,
            "receipt_event",
            str(uuid.uuid4()),
            {"receipt_no": receipt, "payment_id": did, "device_id": device, "kind": "issue"},
            team_id=team,
        )
    return UnitVisitResult(vid, did, receipt)


def void_distribution(session: Session, distribution_id: str, reason: str) -> str:
    """作废: a reversal row that negates cash, goods, packages and reach."""
    original = session.get(Distribution, distribution_id)
    if original is None:
        raise FieldVisitError(
            translate("Units", "No such distribution: %1").replace("%1", distribution_id)
        )
    if original.reverses_id:
        raise FieldVisitError(translate("Units", "A reversal cannot itself be voided."))
    if session.execute(
        select(Distribution.id).where(Distribution.reverses_id == distribution_id)
    ).first():
        raise FieldVisitError(translate("Units", "This distribution is already voided."))
    why = v.text_field(reason, "reason", max_len=300, required=True)
    rid = str(uuid.uuid4())
    device = oplog.writer_of(session).device_id
    oplog.create(
        session,
        "distribution",
        rid,
        {
            # the unit it was recorded against, like the original: a merge moves both alike
            "unit_id": original.orig_unit_id or original.unit_id,
            "visit_id": original.visit_id,
            "campaign_id": original.campaign_id,
            "team_id": original.team_id,
            "device_id": device,
            "paid_on": date.today(),
            "cash_fen": -original.cash_fen,
            "goods": reversed_goods(original.goods),
            "goods_value_fen": -original.goods_value_fen,
            "packages": -original.packages,
            "workers_reached": -original.workers_reached,
            "sign_mode": original.sign_mode,
            "receipt_no": original.receipt_no,
            "reverses_id": distribution_id,
            "reason": why,
        },
        team_id=original.team_id,
    )
    if original.receipt_no:
        oplog.create(
            session,
            "receipt_event",
            str(uuid.uuid4()),
            {
                "receipt_no": original.receipt_no,
                "payment_id": distribution_id,
                "device_id": device,
                "kind": "void",
                "reason": why,
            },
            team_id=original.team_id,
        )
    return rid


def distributions_of(session: Session, unit_id: str) -> list[Distribution]:
    return list(
        session.execute(
            select(Distribution)
            .where(Distribution.unit_id == unit_id)
            .order_by(Distribution.paid_on, Distribution.id)
        ).scalars()
    )


def roster_of(session: Session, distribution_id: str) -> list[RosterEntry]:
    return list(
        session.execute(
            select(RosterEntry)
            .where(RosterEntry.distribution_id == distribution_id)
            .order_by(RosterEntry.line_no)
        ).scalars()
    )
