"""Paid twice and paid above the standard, as the payment checks find them, equal the
same findings computed payment by payment: after voids, payments moved above their
standard, households re-categorised and a second payment to some households."""

from __future__ import annotations

import random
from collections import defaultdict

from sqlalchemy import select, text

from fieldvisit import demo
from fieldvisit.reports import payment_checks
from fieldvisit.store.models import Campaign, Household, Payment


def _by_definition(s, campaign_id: str | None) -> tuple[dict, set]:
    payments = list(s.scalars(select(Payment)))
    voided = {p.reverses_id for p in payments if p.reverses_id}
    live = [p for p in payments if not p.reverses_id and p.id not in voided]
    live = [p for p in live if p.campaign_id and campaign_id in (None, p.campaign_id)]
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for p in live:
        groups[(p.campaign_id, p.household_id)].append(p.id)
    twice = {k: sorted(v) for k, v in groups.items() if len(v) > 1}
    standards = {c.id: c.standards or {} for c in s.scalars(select(Campaign))}
    category = dict(s.execute(select(Household.id, Household.category)).all())
    above = set()
    for p in live:
        std = standards[p.campaign_id]
        limit = std.get(category.get(p.household_id) or "", std.get("*"))
        if limit and p.cash_fen > int(limit):
            above.add(p.id)
    return twice, above


def test_paid_twice_and_above_the_standard_are_found_as_defined(make_replica) -> None:
    office = make_replica("OFFICE", team="办公室", role="office")
    demo.generate(office, 60, seed=9)
    rng = random.Random(3)
    with office.reader() as s:
        pids = list(s.scalars(select(Payment.id).where(Payment.reverses_id.is_(None))))
    with office.session() as s:
        # above the standard (and just at it), some then voided; a second payment to others
        for pid in rng.sample(pids, 12):
            s.execute(
                text("UPDATE payment SET cash_fen = cash_fen + :d WHERE id = :id"),
                {"d": rng.choice((1, 0, 50_000)), "id": pid},
            )
        for pid in rng.sample(pids[1:], 10):
            payment_checks.void_payment(s, pid, "错录")
        thrice = pids[0]  # paid three times, one of them voided: still paid twice
        for pid, copy in [(p, "-2") for p in rng.sample(pids[1:], 6)] + [
            (thrice, "-2"),
            (thrice, "-3"),
        ]:
            s.execute(
                text(
                    "INSERT INTO payment (id, visit_id, household_id, orig_household_id, "
                    "campaign_id, team_id, device_id, paid_on, cash_fen, goods, goods_value_fen, "
                    "sign_mode, created_at) SELECT id || :copy, visit_id, household_id, "
                    "orig_household_id, campaign_id, team_id, device_id, paid_on, cash_fen, "
                    "goods, goods_value_fen, sign_mode, created_at FROM payment WHERE id = :id"
                ),
                {"id": pid, "copy": copy},
            )
        payment_checks.void_payment(s, thrice, "错录")
        # households re-categorised after they were paid: their payments take the standard
        # of the new category (or of none, "*")
        hids = list(s.scalars(select(Household.id).order_by(Household.id)))
        for hid in rng.sample(hids, 20):
            s.execute(
                text("UPDATE household SET category = :c WHERE id = :id"),
                {"c": rng.choice(("困难职工", "农民工", "", None)), "id": hid},
            )
        # one campaign with a standard for one category only: the others have none
        first = s.scalars(select(Campaign.id).order_by(Campaign.id)).first()
        s.execute(
            text("UPDATE campaign SET standards = :std WHERE id = :id"),
            {"std": '{"困难职工": 20000}', "id": first},
        )
    with office.reader() as s:
        camps = sorted(set(s.scalars(select(Payment.campaign_id).distinct())) - {None})
        for campaign_id in (None, *camps):
            found = payment_checks.payment_findings(s, campaign_id, include_decided=True)
            twice = {
                (f.campaign_id, f.household_id): sorted(p.id for p in f.payments)
                for f in found
                if f.kind == "double"
            }
            above = {f.payments[0].id for f in found if f.kind == "over_standard"}
            assert (twice, above) == _by_definition(s, campaign_id), campaign_id
        everywhere = _by_definition(s, None)
        assert everywhere[0] and everywhere[1]  # both kinds were made
