"""The running totals the payment checks read (payment_tally, goods_tally) always equal the
ledger: after merges, voids and goods, in any delivery order, bulk or one by one."""

from __future__ import annotations

import random

from sqlalchemy import text

from fieldvisit import integrity, payments, visits
from fieldvisit.reports import duplicates, payment_checks
from fieldvisit.store.merge import apply_batch
from tests.helpers import all_ops, deliver
from tests.reports.conftest import TODAY, World


def _tallies(r) -> tuple[set[tuple], set[tuple]]:
    with r.reader() as s:
        live = {
            tuple(x)
            for x in s.execute(
                text("SELECT campaign_id, household_id, live FROM payment_tally WHERE live != 0")
            )
        }
        goods = {tuple(x) for x in s.execute(text("SELECT * FROM goods_tally ORDER BY 1, 2"))}
    return live, goods


def _busy_history(world: World) -> None:
    with world.b.session() as s:  # team 2 pays its copy of 张晓明 two warmth packs
        visits.record_visit(
            s,
            visits.VisitInput(
                household_id=world.zhang_b,
                visited_on=TODAY,
                campaign_id=world.campaign,
                payment=payments.PaymentInput(
                    cash_fen=30_000, goods=[payments.GoodsLine("温暖包", "个", 2, 20_000)]
                ),
            ),
        )
    world.sync_all()
    with world.office.session() as s:
        duplicates.merge_pair(s, world.zhang_b, world.zhang_a)  # re-points team 2's payment
        payment_checks.void_payment(s, world.pay_b, "重复发放")  # reverses cash and goods
    world.sync_all()


def test_totals_follow_merges_voids_and_goods(world: World) -> None:
    _busy_history(world)
    live, goods = _tallies(world.office)
    assert (world.campaign, world.liu, 1) in live  # paid twice, one voided
    assert (world.campaign, world.zhang_a, 2) in live  # both copies' payments, after the merge
    assert not any(hid == world.zhang_b for _c, hid, _n in live)
    assert goods == {(world.campaign, "温暖包", 3, 60_000)}  # 1 + 2 given, 1 taken back
    for r in (world.office, world.a, world.b):
        with r.reader() as s:
            assert integrity.tally_problems(s) == []
        assert _tallies(r) == (live, goods)


def test_any_delivery_order_gives_the_same_totals(world: World, make_replica) -> None:
    _busy_history(world)
    want = _tallies(world.office)
    ops = all_ops(world.office)
    rng = random.Random(11)
    for attempt in range(4):
        shuffled = ops[:]
        rng.shuffle(shuffled)
        fresh = make_replica(f"OFF{attempt}", team="办公室", role="office")
        if attempt % 2:
            with fresh.session() as s:
                apply_batch(s, shuffled + shuffled[:7])  # duplicates too
        else:
            deliver(shuffled, fresh)
        assert _tallies(fresh) == want
        with fresh.reader() as s:
            assert integrity.tally_problems(s) == []


def test_check_reports_totals_that_drifted(world: World) -> None:
    with world.office.session() as s:
        s.execute(text("UPDATE goods_tally SET quantity = quantity + 5"))
        s.execute(text("DELETE FROM payment_tally WHERE household_id = :h"), {"h": world.liu})
    with world.office.reader() as s:
        problems = integrity.tally_problems(s)
    assert [p.check for p in problems] == ["tally", "tally"]
    assert "payment_tally" in problems[0].message and "goods_tally" in problems[1].message
