"""A payment (or a unit's distribution) voided on two laptops before they meet is taken
back once, on every replica, whatever the arrival order; the second void is a finding for
the office."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date

import pytest
from alembic import command
from sqlalchemy import func, select

from fieldvisit import campaigns, integrity, payments
from fieldvisit.households import edit
from fieldvisit.reports import payment_checks
from fieldvisit.store import migrate
from fieldvisit.store.merge import Op, apply_batch
from fieldvisit.store.models import Distribution, DuplicateVoid, Payment
from fieldvisit.store.replica import Replica
from fieldvisit.units import distributions as dist
from fieldvisit.units import registry as units
from tests.helpers import all_ops, canonical, deliver


def _paid(r: Replica) -> tuple[str, str]:
    with r.session() as s:
        hid = edit.create_household(s, edit.HouseholdInput(name="刘小山"))
        camp = campaigns.create_campaign(
            s, campaigns.CampaignInput(name="送温暖", budget_fen=10**7)
        )
        pid = payments.record_payment(
            s,
            household_id=hid,
            campaign_id=camp,
            paid_on=date(2026, 1, 20),
            data=payments.PaymentInput(
                cash_fen=800_00,
                goods=[payments.GoodsLine("大米", "袋", 2, 50_00)],
                recipient_name="刘小山",
            ),
        )
    return hid, pid


def _voided_on(reps: list[Replica], pid: str) -> list[Op]:
    """Each replica voids the payment without having seen the others' voids."""
    out = []
    for r in reps:
        with r.session() as s:
            payments.void_payment(s, pid, f"{r.settings['device_name']} 作废")
        out += [o for o in all_ops(r) if o.device_id == r.device_id and o.kind == "append"]
    return out


def _ledger(r: Replica) -> tuple[object, ...]:
    d = canonical(r)
    return d["payment"], d["void_duplicate"], d["receipt_event"], d["household"]


def _net(r: Replica, hid: str) -> tuple[int, int, int]:
    with r.reader() as s:
        cash = payments.household_total_fen(s, hid)
        reversals = s.execute(
            select(func.count()).select_from(Payment).where(Payment.reverses_id.is_not(None))
        ).scalar()
        dups = s.execute(select(func.count()).select_from(DuplicateVoid)).scalar()
        assert integrity.tally_problems(s) == []
        assert integrity.run(s) == []
    return int(cash), int(reversals or 0), int(dups or 0)


def test_two_voids_take_the_payment_back_once_in_any_order(
    make_replica: Callable[..., Replica],
) -> None:
    a, b, c = make_replica("A"), make_replica("B"), make_replica("C")
    hid, pid = _paid(a)
    for r in (b, c):
        deliver(all_ops(a), r)
    base = all_ops(a)
    _voided_on([a, b, c], pid)
    ops = {o.op_id: o for r in (a, b, c) for o in all_ops(r)}
    extra = [o for o in ops.values() if o.op_id not in {x.op_id for x in base}]
    reversals = sorted((o for o in extra if o.entity == "payment"), key=lambda o: o.sort_key)
    assert len(reversals) == 3
    dumps = []
    events = [o for o in extra if o.entity != "payment"]
    for perm in itertools.permutations(reversals):
        fresh = make_replica("REF")
        deliver(base + list(perm) + events, fresh)
        assert _net(fresh, hid) == (0, 1, 2)
        dumps.append(_ledger(fresh))
        fresh.close()
    assert all(d == dumps[0] for d in dumps)
    with_bulk = make_replica("BULK")
    with with_bulk.session() as s:
        apply_batch(s, base + list(reversed(extra)))
    assert _ledger(with_bulk) == dumps[0]
    with with_bulk.reader() as s:
        standing = s.execute(select(Payment.id).where(Payment.reverses_id == pid)).scalar()
        winners = set(s.execute(select(DuplicateVoid.winner_id)).scalars())
    assert standing == reversals[0].row_id and winners == {standing}


def test_second_void_is_a_finding_that_says_who_tried(
    make_replica: Callable[..., Replica],
) -> None:
    a, b = make_replica("A"), make_replica("B")
    hid, pid = _paid(a)
    deliver(all_ops(a), b)
    _voided_on([a, b], pid)
    deliver(all_ops(b), a)
    with a.reader() as s:
        found = [f for f in payment_checks.payment_findings(s) if f.kind == "double_void"]
    assert len(found) == 1
    (f,) = found
    assert f.household == "刘小山" and f.amount_fen == 800_00
    assert {p.device for p in f.payments} == {"A", "B"}
    assert all(p.paid_on is not None and p.cash_fen == -800_00 for p in f.payments)
    assert payment_checks.kind_label("double_void")
    with a.session() as s:
        payment_checks.accept_finding(s, f.key, "已核对，第二次作废未生效")
    with a.reader() as s:
        assert not [x for x in payment_checks.payment_findings(s) if x.kind == "double_void"]
    assert _net(a, hid) == (0, 1, 1)


# ---------------------------------------------------------------- a unit's distribution


def _distributed(r: Replica) -> tuple[str, str]:
    with r.session() as s:
        uid = units.create_unit(s, units.UnitInput(name="人民医院", kind="医院"))
        res = dist.record_unit_visit(
            s,
            dist.UnitVisitInput(
                unit_id=uid,
                visited_on=date(2026, 1, 20),
                visitors="李工会",
                distribution=dist.DistributionInput(
                    cash_fen=3_000_00, packages=20, workers_reached=23, representative_name="王主任"
                ),
            ),
        )
    assert res.distribution_id is not None
    return uid, res.distribution_id


def _distribution_voided_on(reps: list[Replica], did: str) -> None:
    for r in reps:
        with r.session() as s:
            dist.void_distribution(s, did, f"{r.settings['device_name']} 作废")


def _unit_net(r: Replica, uid: str) -> tuple[int, int, int, int]:
    with r.reader() as s:
        rows = list(s.execute(select(Distribution).where(Distribution.unit_id == uid)).scalars())
        dups = s.execute(
            select(func.count()).where(DuplicateVoid.entity == "distribution")
        ).scalar()
    return (
        sum(d.cash_fen for d in rows),
        sum(d.workers_reached for d in rows),
        sum(1 for d in rows if d.reverses_id),
        int(dups or 0),
    )


def test_a_distribution_voided_on_three_laptops_is_taken_back_once_in_any_order(
    make_replica: Callable[..., Replica],
) -> None:
    a, b, c = make_replica("A"), make_replica("B"), make_replica("C")
    uid, did = _distributed(a)
    for r in (b, c):
        deliver(all_ops(a), r)
    base = all_ops(a)
    _distribution_voided_on([a, b, c], did)
    ops = {o.op_id: o for r in (a, b, c) for o in all_ops(r)}
    extra = [o for o in ops.values() if o.op_id not in {x.op_id for x in base}]
    reversals = sorted((o for o in extra if o.entity == "distribution"), key=lambda o: o.sort_key)
    assert len(reversals) == 3
    events = [o for o in extra if o.entity != "distribution"]
    dumps = []
    for perm in itertools.permutations(reversals):
        fresh = make_replica("REF")
        deliver(base + list(perm) + events, fresh)
        assert _unit_net(fresh, uid) == (0, 0, 1, 2)  # money and reach back once, 2 findings
        d = canonical(fresh)
        dumps.append((d["distribution"], d["void_duplicate"]))
        fresh.close()
    assert all(d == dumps[0] for d in dumps)
    with_bulk = make_replica("BULK")
    with with_bulk.session() as s:
        apply_batch(s, base + list(reversed(extra)))
    d = canonical(with_bulk)
    assert (d["distribution"], d["void_duplicate"]) == dumps[0]


def test_a_second_distribution_void_is_a_finding_naming_the_unit(
    make_replica: Callable[..., Replica],
) -> None:
    a, b = make_replica("A"), make_replica("B")
    uid, did = _distributed(a)
    deliver(all_ops(a), b)
    _distribution_voided_on([a, b], did)
    deliver(all_ops(b), a)
    with a.reader() as s:
        found = [f for f in payment_checks.payment_findings(s) if f.kind == "double_void"]
    assert len(found) == 1
    (f,) = found
    assert f.household == "人民医院" and f.amount_fen == 3_000_00
    assert {p.device for p in f.payments} == {"A", "B"}
    assert _unit_net(a, uid) == (0, 0, 1, 1)


#: What each ledger's double-void migration starts from: how an entry is made and voided
#: on two laptops, its net, the revision before the fix, and the net once it is fixed.
BEFORE_THE_FIX = {
    "payment (0006)": ("payment", _paid, _voided_on, _net, "0004", (0, 1, 1)),
    "distribution (0015)": (
        "distribution",
        _distributed,
        _distribution_voided_on,
        _unit_net,
        "0014",
        (0, 0, 1, 1),
    ),
}


@pytest.mark.parametrize("case", list(BEFORE_THE_FIX))
def test_the_migration_takes_back_an_entry_reversed_twice(
    make_replica: Callable[..., Replica], case: str
) -> None:
    table, made, voided, net, before, fixed = BEFORE_THE_FIX[case]
    a, b = make_replica("A"), make_replica("B")
    owner, entry = made(a)
    deliver(all_ops(a), b)
    voided([a, b], entry)
    deliver(all_ops(b), a)
    want = canonical(a)
    with a.engine.begin() as conn:  # what the program before the fix had folded
        command.downgrade(migrate._config(conn), before)
        conn.exec_driver_sql(f"PRAGMA user_version = {int(before)}")
        twice = conn.exec_driver_sql(
            f"SELECT count(*) FROM {table} WHERE reverses_id IS NOT NULL"
        ).scalar()
        assert twice == 2
    base = a.base
    a.close()
    with Replica.open(base) as again:
        assert canonical(again) == want
        assert net(again, owner) == fixed
