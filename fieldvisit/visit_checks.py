"""The checks before money changes hands, and who may confirm receiving it.

One table (``RULES``) says what each check does: a *warning* lets the user go
on only with a reason (recorded on the payment as ``override_reason`` and shown
in the office's payment findings); a *refusal* stops the save. The wizard shows
the same messages on the page that holds the field; the CLI (``fieldvisit visit
record``) exits 2 with them. Both save through :func:`record`, so a check cannot
be skipped by choosing the other door.

The checks are plain functions over :class:`Facts`, read once from the replica
(:func:`load_facts`), so the wizard reads them on the worker and re-checks on
every keystroke without touching the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import campaigns, visits
from fieldvisit.errors import FieldVisitError
from fieldvisit.households.edit import get as get_household
from fieldvisit.i18n import translate
from fieldvisit.store.models import Campaign, Device, Payment, Team
from fieldvisit.text import normalize

WARNING = "warning"
REFUSED = "refused"


@dataclass(frozen=True)
class Rule:
    level: str  # WARNING (go on with a reason) | REFUSED
    page: str  # the wizard page that shows it: conditions | money | recipient
    field: str  # the field the message is about


#: What each check does; the messages are made by the check functions below.
RULES: dict[str, Rule] = {
    "paid_before": Rule(WARNING, "money", "cash"),
    "over_standard": Rule(WARNING, "money", "cash"),
    "over_cap": Rule(WARNING, "money", "cash"),
    "outside_period": Rule(WARNING, "money", "date"),
    "future_date": Rule(REFUSED, "conditions", "date"),
    "no_visitor": Rule(REFUSED, "conditions", "visitors"),
    "no_signature": Rule(REFUSED, "recipient", "sign_mode"),
    "absent_unconfirmed": Rule(REFUSED, "recipient", "witness"),
    "proxy_incomplete": Rule(REFUSED, "recipient", "proxy_name"),
}


@dataclass(frozen=True)
class PriorPayment:
    """A live (not voided) payment this replica holds for the household."""

    campaign_id: str | None
    paid_on: date
    cash_fen: int
    goods_value_fen: int
    receipt_no: str
    visitors: str
    team: str
    device: str


@dataclass(frozen=True)
class CampaignFacts:
    id: str
    name: str
    starts_on: date | None
    ends_on: date | None
    standard_fen: int
    cap_fen: int | None


@dataclass
class Facts:
    """What the checks need to know about one household, read once."""

    household_id: str
    category: str
    prior: list[PriorPayment] = field(default_factory=list)
    campaigns: dict[str, CampaignFacts] = field(default_factory=dict)


@dataclass(frozen=True)
class Check:
    kind: str
    message: str

    @property
    def rule(self) -> Rule:
        return RULES[self.kind]

    @property
    def needs_reason(self) -> bool:
        return self.rule.level == WARNING


def load_facts(session: Session, household_id: str) -> Facts:
    hh = get_household(session, household_id)
    voided = select(Payment.reverses_id).where(Payment.reverses_id.is_not(None))
    teams = {i: n for i, n in session.execute(select(Team.id, Team.name)).all()}
    devices = {i: n for i, n in session.execute(select(Device.id, Device.name)).all()}
    prior = [
        PriorPayment(
            p.campaign_id,
            p.paid_on,
            int(p.cash_fen),
            int(p.goods_value_fen),
            p.receipt_no or "",
            p.visitors or "",
            teams.get(p.team_id or "", "") or "",
            devices.get(p.device_id, "") or p.device_id[:8],
        )
        for p in session.execute(
            select(Payment)
            .where(
                Payment.household_id == hh.id,
                Payment.reverses_id.is_(None),
                Payment.id.not_in(voided),
            )
            .order_by(Payment.paid_on, Payment.created_at)
        ).scalars()
    ]
    camps = {
        c.id: CampaignFacts(
            c.id,
            c.name,
            c.starts_on,
            c.ends_on,
            campaigns.standard_for(c, hh.category),
            c.cap_fen,
        )
        for c in session.execute(select(Campaign)).scalars()
    }
    return Facts(hh.id, hh.category or "", prior, camps)


def _yuan(fen: int) -> str:
    return f"¥{fen / 100:,.2f}"


def _who(p: PriorPayment) -> str:
    parts = [x for x in (p.visitors, p.team, p.device) if x]
    return " / ".join(parts) or "—"


def money_checks(
    facts: Facts,
    *,
    campaign_id: str | None,
    paid_on: date,
    cash_fen: int,
) -> list[Check]:
    """The warnings on the money page."""
    out: list[Check] = []
    camp = facts.campaigns.get(campaign_id or "")
    if camp is None:
        return out
    for p in facts.prior:
        if p.campaign_id == camp.id:
            out.append(
                Check(
                    "paid_before",
                    translate(
                        "VisitChecks",
                        "Already paid in this campaign: %1, cash %2 and goods %3, receipt %4, by %5.",
                    )
                    .replace("%1", p.paid_on.isoformat())
                    .replace("%2", _yuan(p.cash_fen))
                    .replace("%3", _yuan(p.goods_value_fen))
                    .replace("%4", p.receipt_no or "—")
                    .replace("%5", _who(p)),
                )
            )
    if camp.standard_fen > 0 and cash_fen > camp.standard_fen:
        out.append(
            Check(
                "over_standard",
                translate("VisitChecks", "Cash %1 is above the campaign's standard of %2 for %3.")
                .replace("%1", _yuan(cash_fen))
                .replace("%2", _yuan(camp.standard_fen))
                .replace("%3", facts.category or translate("VisitChecks", "this household")),
            )
        )
    if camp.cap_fen is not None and cash_fen > camp.cap_fen:
        out.append(
            Check(
                "over_cap",
                translate("VisitChecks", "Cash %1 is above the campaign's cap of %2.")
                .replace("%1", _yuan(cash_fen))
                .replace("%2", _yuan(camp.cap_fen)),
            )
        )
    before = camp.starts_on is not None and paid_on < camp.starts_on
    after = camp.ends_on is not None and paid_on > camp.ends_on
    if before or after:
        out.append(
            Check(
                "outside_period",
                translate("VisitChecks", "The date %1 is outside the campaign period %2 to %3.")
                .replace("%1", paid_on.isoformat())
                .replace("%2", camp.starts_on.isoformat() if camp.starts_on else "…")
                .replace("%3", camp.ends_on.isoformat() if camp.ends_on else "…"),
            )
        )
    return out


def date_checks(day: date, today: date | None = None) -> list[Check]:
    """A visit or payment cannot be dated ahead (a back-dated one is a warning above)."""
    if day <= (today or date.today()):
        return []
    return [
        Check(
            "future_date",
            translate("VisitChecks", "The date %1 is in the future.").replace(
                "%1", day.isoformat()
            ),
        )
    ]


def visitor_checks(visitors: str | None) -> list[Check]:
    """At least one visitor (经办人) on every visit: the receipt names them."""
    if normalize(visitors or "").strip(" 、,，;；"):
        return []
    return [
        Check(
            "no_visitor",
            translate("VisitChecks", "Name at least one visitor (the person handing over)."),
        )
    ]


def recipient_checks(
    *,
    sign_mode: str,
    has_signature: bool,
    proxy_name: str | None,
    proxy_relation: str | None,
    witness: str | None,
) -> list[Check]:
    """Signed, fingerprint, or absent; absent needs a proxy (name and relation) or a witness."""
    proxy = normalize(proxy_name or "").strip()
    relation = normalize(proxy_relation or "").strip()
    out: list[Check] = []
    if sign_mode == "signature" and not has_signature:
        out.append(
            Check(
                "no_signature",
                translate(
                    "VisitChecks", "Ask the recipient to sign, or choose fingerprint or absent."
                ),
            )
        )
    if bool(proxy) != bool(relation):
        out.append(
            Check(
                "proxy_incomplete",
                translate(
                    "VisitChecks", "Give the proxy collector's name and how they are related."
                ),
            )
        )
    if sign_mode == "absent" and not (proxy and relation) and not normalize(witness or "").strip():
        out.append(
            Check(
                "absent_unconfirmed",
                translate(
                    "VisitChecks",
                    "The recipient is absent: name a proxy collector (name and relation) or a witness.",
                ),
            )
        )
    return out


def visit_checks(
    facts: Facts,
    data: visits.VisitInput,
    today: date | None = None,
    *,
    signed_on_paper: bool = False,
) -> list[Check]:
    """Every check for one visit, in page order. ``signed_on_paper``: a form entered
    afterwards (补录) whose signature is on the paper, not drawn."""
    out = visitor_checks(data.visitors) + date_checks(data.visited_on, today)
    pay = data.payment
    if pay is None:
        return out
    out += money_checks(
        facts, campaign_id=data.campaign_id, paid_on=data.visited_on, cash_fen=pay.cash_fen
    )
    out += recipient_checks(
        sign_mode=pay.sign_mode,
        has_signature=signed_on_paper or bool(pay.signature_png),
        proxy_name=pay.proxy_name,
        proxy_relation=pay.proxy_relation,
        witness=pay.witness,
    )
    return out


def blocking(checks: list[Check], reason: str | None) -> list[Check]:
    """The checks that stop a save: refusals, and warnings while no reason is given."""
    given = bool(normalize(reason or "").strip())
    return [c for c in checks if not c.needs_reason or not given]


class CheckFailed(FieldVisitError):
    """A save stopped by the checks; ``checks`` are what the wizard shows, ``field`` and
    ``page`` where the first of them belongs."""

    def __init__(self, checks: list[Check]) -> None:
        self.checks = checks
        self.field = checks[0].rule.field
        self.page = checks[0].rule.page
        text = " ".join(c.message for c in checks)
        if any(c.needs_reason for c in checks):
            text += " " + translate("VisitChecks", "Give a reason to go on.")
        super().__init__(text)


def record(
    session: Session,
    data: visits.VisitInput,
    today: date | None = None,
    *,
    signed_on_paper: bool = False,
) -> visits.VisitResult:
    """Check, then save the visit as one unit of work (what the wizard and the CLI call)."""
    facts = load_facts(session, data.household_id)
    reason = data.payment.override_reason if data.payment else None
    stop = blocking(visit_checks(facts, data, today, signed_on_paper=signed_on_paper), reason)
    if stop:
        raise CheckFailed(stop)
    return visits.record_visit(session, data)


def summary(checks: list[Check]) -> list[dict[str, Any]]:
    """Checks as plain data (``--json``)."""
    return [{"kind": c.kind, "level": c.rule.level, "message": c.message} for c in checks]
