"""Opposite merges (A into B on one laptop, B into A on another) converge in any order."""

from __future__ import annotations

import random
from datetime import date

from fieldvisit.households import edit
from fieldvisit.payments import PaymentInput, record_payment
from tests.helpers import all_ops, canonical, deliver


def _pay(r, hid, fen):
    with r.session() as s:
        record_payment(
            s,
            household_id=hid,
            campaign_id=None,
            paid_on=date(2025, 1, 20),
            data=PaymentInput(cash_fen=fen, recipient_name="x"),
            team_id=r.team_id,
        )


def test_opposite_merges_converge(make_replica):
    a, b = make_replica("A"), make_replica("B")
    with a.session() as s:
        h1 = edit.create_household(s, edit.HouseholdInput(name="甲"))
        h2 = edit.create_household(s, edit.HouseholdInput(name="乙"))
    deliver(all_ops(a), b)
    for r, hid, fen in ((a, h1, 100), (a, h2, 200), (b, h1, 300), (b, h2, 400)):
        _pay(r, hid, fen)
    with a.session() as s:
        edit.merge_households(s, h1, h2)
    with b.session() as s:
        edit.merge_households(s, h2, h1)
    _pay(a, h2, 500)
    _pay(b, h1, 600)
    ops = list({o.op_id: o for o in all_ops(a) + all_ops(b)}.values())
    dumps = []
    rng = random.Random(1)
    for i in range(8):
        r = make_replica(f"R{i}")
        order = ops[:]
        rng.shuffle(order)
        deliver(order, r)
        d = canonical(r)
        d["team"] = [t for t in d["team"] if t["id"] != r.team_id]
        d["device"] = [x for x in d["device"] if x["id"] != r.device_id]
        dumps.append(d)
    for d in dumps[1:]:
        assert d["payment"] == dumps[0]["payment"]
        assert d == dumps[0]


def test_one_household_merged_into_two_survivors_converges(make_replica):
    """Two laptops merge the same duplicate into different households: its payments and
    visits end on the same survivor whatever order the merges and payments arrive in."""
    a, b = make_replica("A"), make_replica("B")
    with a.session() as s:
        dup = edit.create_household(s, edit.HouseholdInput(name="甲"))
        keep_a = edit.create_household(s, edit.HouseholdInput(name="乙"))
        keep_b = edit.create_household(s, edit.HouseholdInput(name="丙"))
    deliver(all_ops(a), b)
    _pay(a, dup, 100)
    _pay(b, dup, 300)
    with a.session() as s:
        edit.merge_households(s, dup, keep_a)
    with b.session() as s:
        edit.merge_households(s, dup, keep_b)
    ops = list({o.op_id: o for o in all_ops(a) + all_ops(b)}.values())
    payments = []
    rng = random.Random(2)
    for i in range(8):
        r = make_replica(f"R{i}")
        order = ops[:]
        rng.shuffle(order)
        deliver(order, r)
        payments.append(canonical(r)["payment"])
    assert all(p == payments[0] for p in payments)
