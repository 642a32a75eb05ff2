"""The merge: same operations, any order -> same rows; concurrent edits -> conflicts."""

from __future__ import annotations

import itertools
import random
from datetime import date

import pytest
from sqlalchemy import select

from fieldvisit import payments, visits
from fieldvisit.households import edit
from fieldvisit.needs import NeedInput, create_need, reopen, transition
from fieldvisit.store import oplog
from fieldvisit.store.models import Conflict, Household, Need, NeedEvent, Operation, Payment, Visit
from tests.helpers import all_ops, canonical, deliver


def _household(r, name="刘小山", phone="13800138000"):
    with r.session() as s:
        return edit.create_household(
            s, edit.HouseholdInput(name=name, id_number="11010519800101018X", phone=phone)
        )


def test_every_write_appends_an_operation_with_old_and_new_values(replica):
    hid = _household(replica)
    with replica.session() as s:
        edit.update_household(s, hid, {"phone": "13900139000", "address": "清波街道1号"})
    with replica.reader() as s:
        ops = (
            s.execute(select(Operation).where(Operation.row_id == hid).order_by(Operation.seq))
            .scalars()
            .all()
        )
    assert [o.kind for o in ops] == ["create", "update"]
    assert ops[1].payload["fields"] == {
        "phone": ["13800138000", "13900139000"],
        "address": [None, "清波街道1号"],
    }
    assert ops[1].payload["base"] == ops[0].sort_key
    assert ops[1].seq == ops[0].seq + 1 and ops[1].hlc > ops[0].hlc


def test_rolled_back_unit_leaves_no_gap_in_device_sequence(replica):
    _household(replica)
    try:
        with replica.session() as s:
            edit.create_household(s, edit.HouseholdInput(name="王芳"))
            raise RuntimeError("crash mid-unit")
    except RuntimeError:
        pass
    _household(replica, name="李四")
    with replica.reader() as s:
        seqs = (
            s.execute(
                select(Operation.seq)
                .where(Operation.device_id == replica.device_id)
                .order_by(Operation.seq)
            )
            .scalars()
            .all()
        )
    assert seqs == list(range(1, len(seqs) + 1))


def test_concurrent_edits_of_one_field_become_one_conflict_on_every_replica(make_replica):
    a, b, c = make_replica("A"), make_replica("B"), make_replica("C")
    hid = _household(a)
    deliver(all_ops(a), b)
    deliver(all_ops(a), c)
    with a.session() as s:
        edit.update_household(s, hid, {"phone": "13911111111"})
    with b.session() as s:
        edit.update_household(s, hid, {"phone": "13922222222", "address": "新地址"})
    ops = all_ops(a) + all_ops(b) + all_ops(c)
    # Deliver in different orders to each replica.
    deliver(list(reversed(ops)), a)
    deliver(ops, b)
    rng = random.Random(7)
    shuffled = ops[:]
    rng.shuffle(shuffled)
    deliver(shuffled, c)
    dumps = [canonical(r) for r in (a, b, c)]
    assert dumps[0] == dumps[1] == dumps[2]
    with c.reader() as s:
        conflicts = s.execute(select(Conflict)).scalars().all()
        hh = s.get(Household, hid)
    assert len(conflicts) == 1
    (conflict,) = conflicts
    assert conflict.field == "phone" and conflict.base_value == "13800138000"
    assert {v["value"] for v in conflict.values} == {"13911111111", "13922222222"}
    assert hh.address == "新地址"  # the uncontested field merged normally


def test_same_value_from_two_devices_is_not_a_conflict(make_replica):
    a, b = make_replica("A"), make_replica("B")
    hid = _household(a)
    deliver(all_ops(a), b)
    for r in (a, b):
        with r.session() as s:
            edit.update_household(s, hid, {"phone": "13911111111"})
    deliver(all_ops(b), a)
    with a.reader() as s:
        assert s.execute(select(Conflict)).first() is None


def test_resolution_is_an_operation_that_converges(make_replica):
    a, b = make_replica("A"), make_replica("B")
    hid = _household(a)
    deliver(all_ops(a), b)
    with a.session() as s:
        edit.update_household(s, hid, {"phone": "13911111111"})
    with b.session() as s:
        edit.update_household(s, hid, {"phone": "13922222222"})
    deliver(all_ops(b), a)
    with a.session() as s:
        (conflict,) = s.execute(select(Conflict)).scalars().all()
        oplog.record(
            s,
            "household",
            hid,
            "resolve",
            {"conflict_id": conflict.id, "field": "phone", "value": "13922222222"},
        )
    deliver(all_ops(a), b)
    assert canonical(a) == canonical(b)
    with b.reader() as s:
        (conflict,) = s.execute(select(Conflict)).scalars().all()
        assert conflict.status == "resolved"
        assert s.get(Household, hid).phone == "13922222222"


def test_delete_versus_edit_is_a_conflict_and_restore_is_explicit(make_replica):
    a, b = make_replica("A"), make_replica("B")
    hid = _household(a)
    deliver(all_ops(a), b)
    with a.session() as s:
        edit.archive_household(s, hid)
    with b.session() as s:
        edit.update_household(s, hid, {"phone": "13933333333"})
    deliver(all_ops(a), b)
    deliver(all_ops(b), a)
    assert canonical(a) == canonical(b)
    with a.reader() as s:
        hh = s.get(Household, hid)
        kinds = [c.kind for c in s.execute(select(Conflict)).scalars()]
    assert hh.archived and kinds == ["delete_edit"]
    with a.session() as s:
        edit.restore_household(s, hid)
    with a.reader() as s:
        assert not s.get(Household, hid).archived


def test_payments_are_append_only_and_void_is_a_reversal(replica):
    hid = _household(replica)
    with replica.session() as s:
        res = visits.record_visit(
            s,
            visits.VisitInput(
                household_id=hid,
                visited_on=date.today(),
                payment=payments.PaymentInput(cash_fen=120_000),
            ),
        )
    with replica.session() as s:
        payments.void_payment(s, res.payment_id, "金额填错")
    with replica.reader() as s:
        rows = s.execute(select(Payment).order_by(Payment.created_at)).scalars().all()
        assert [p.cash_fen for p in rows] == [120_000, -120_000]
        assert rows[1].reverses_id == res.payment_id
        assert payments.household_total_fen(s, hid) == 0
    with replica.session() as s:
        try:
            payments.void_payment(s, res.payment_id, "again")
        except Exception as exc:
            assert "already voided" in str(exc)
        else:
            raise AssertionError("voiding twice must fail")


def test_merge_repoints_visits_payments_and_needs_in_any_order(make_replica):
    a, b = make_replica("A"), make_replica("B")
    keep = _household(a, name="张三")
    dup = _household(a, name="张叁")
    deliver(all_ops(a), b)
    with b.session() as s:  # B pays the duplicate, not knowing of the merge
        visits.record_visit(
            s,
            visits.VisitInput(
                household_id=dup,
                visited_on=date.today(),
                payment=payments.PaymentInput(cash_fen=50_000),
                needs=[NeedInput("医疗救助", "转诊")],
            ),
        )
    with a.session() as s:
        edit.merge_households(s, dup, keep)
    deliver(all_ops(b), a)
    deliver(all_ops(a), b)
    assert canonical(a) == canonical(b)
    with a.reader() as s:
        assert {p.household_id for p in s.execute(select(Payment)).scalars()} == {keep}
        assert {v.household_id for v in s.execute(select(Visit)).scalars()} == {keep}
        assert {n.household_id for n in s.execute(select(Need)).scalars()} == {keep}
        loser = s.get(Household, dup)
        assert loser.archived and loser.merged_into == keep


def test_needs_move_forward_and_reopen_is_explicit(replica):
    hid = _household(replica)
    with replica.session() as s:
        nid = create_need(s, hid, NeedInput("就业帮扶", "希望介绍工作"))
    with replica.session() as s:
        transition(s, nid, "in_progress", "已联系")
        transition(s, nid, "resolved", "已落实")
    with replica.session() as s:
        try:
            transition(s, nid, "open")
        except Exception:
            pass
        else:
            raise AssertionError("going back without reopen must fail")
        reopen(s, nid, "家属反映仍未落实")
    with replica.reader() as s:
        assert s.get(Need, nid).status == "open"
        events = (
            s.execute(select(NeedEvent).where(NeedEvent.need_id == nid).order_by(NeedEvent.at))
            .scalars()
            .all()
        )
        assert [(e.from_status, e.to_status) for e in events] == [
            (None, "open"),
            ("open", "in_progress"),
            ("in_progress", "resolved"),
            ("resolved", "open"),
        ]


def test_every_delivery_order_of_a_small_history_converges(make_replica):
    """All 24 orders of four concurrent operations give the same rows and conflicts."""
    a, b = make_replica("A"), make_replica("B")
    hid = _household(a)
    deliver(all_ops(a), b)
    base = {o.op_id for o in all_ops(a)} | {o.op_id for o in all_ops(b)}
    with a.session() as s:
        edit.update_household(s, hid, {"phone": "13911111111"})
        edit.update_household(s, hid, {"address": "甲"})
    with b.session() as s:
        edit.update_household(s, hid, {"phone": "13922222222"})
        edit.archive_household(s, hid)
    new = [o for o in all_ops(a) + all_ops(b) if o.op_id not in base]
    prior = [o for o in all_ops(a) + all_ops(b) if o.op_id in base]
    assert len(new) == 4
    results = set()
    for perm in itertools.permutations(new):
        target = make_replica("X")
        deliver(prior + list(perm), target)
        dump = canonical(target)
        dump.pop("team"), dump.pop("device")
        results.add(repr(dump))
        target.close()
    assert len(results) == 1


@pytest.mark.parametrize("with_cycle", [False, True], ids=["two-targets", "cycle"])
def test_concurrent_merges_of_one_household_converge_in_every_order(make_replica, with_cycle):
    """A merges L into S while B merges L into T (and C merges S into L, a cycle):
    whatever the arrival order, every row ends up attached to the same survivor."""
    a, b, c = make_replica("A"), make_replica("B"), make_replica("C")
    left = _household(a, name="张三")
    s_id = _household(a, name="张叁")
    t_id = _household(a, name="張三")
    for r in (b, c):
        deliver(all_ops(a), r)
    with a.session() as s:
        visits.record_visit(
            s,
            visits.VisitInput(
                household_id=left,
                visited_on=date.today(),
                payment=payments.PaymentInput(cash_fen=10_000),
                needs=[NeedInput("医疗救助", "转诊")],
            ),
        )
        edit.add_member(s, left, edit.MemberInput(name="张小", relation="子"))
    prior = {o.op_id for o in all_ops(a)}
    for r in (b, c):
        deliver(all_ops(a), r)
    with a.session() as s:
        edit.merge_households(s, left, s_id)
    with b.session() as s:
        edit.merge_households(s, left, t_id)
    if with_cycle:
        with c.session() as s:
            edit.merge_households(s, s_id, left)
    base = [o for o in all_ops(a) if o.op_id in prior]
    new = [o for r in (a, b, c) for o in all_ops(r) if o.op_id not in prior and o.kind == "merge"]
    assert len(new) == (3 if with_cycle else 2)
    results = set()
    for perm in itertools.permutations(new):
        target = make_replica("X")
        deliver(base + list(perm), target)
        dump = canonical(target)
        dump.pop("team"), dump.pop("device")
        results.add(repr(dump))
        with target.reader() as s:
            homes = {p.household_id for p in s.execute(select(Payment)).scalars()}
            homes |= {n.household_id for n in s.execute(select(Need)).scalars()}
            live = {
                h.id
                for h in s.execute(select(Household).where(Household.archived.is_(False))).scalars()
            }
        assert len(homes) == 1 and homes <= live | {left, s_id}
        target.close()
    assert len(results) == 1


def test_a_merged_household_cannot_be_restored(replica):
    keep, dup = _household(replica, name="李四"), _household(replica, name="李肆")
    with replica.session() as s:
        edit.merge_households(s, dup, keep)
    with replica.session() as s:
        try:
            edit.restore_household(s, dup)
        except Exception as exc:
            assert "merged" in str(exc)
        else:
            raise AssertionError("restoring a merged household must be refused")


def test_apply_batch_gives_the_same_rows_as_apply_one_by_one(make_replica):
    """The bulk path used by imports, demo data and sync must fold exactly like apply,
    including rows recorded against a household that was merged away."""
    from fieldvisit.store.merge import apply_batch

    a = make_replica("A")
    keep = _household(a, name="王五")
    dup = _household(a, name="王伍")
    with a.session() as s:
        edit.add_member(s, dup, edit.MemberInput(name="王小", relation="子"))
        edit.merge_households(s, dup, keep)
    with a.session() as s:
        visits.record_visit(
            s,
            visits.VisitInput(
                household_id=keep,
                visited_on=date.today(),
                payment=payments.PaymentInput(cash_fen=30_000),
                needs=[NeedInput("就业帮扶", "介绍工作")],
            ),
        )
        nid = create_need(s, dup, NeedInput("医疗救助", "转诊"))
        edit.add_member(s, dup, edit.MemberInput(name="王二", relation="女"))
        edit.update_household(s, keep, {"phone": "13955555555"})
    with a.session() as s:
        transition(s, nid, "in_progress")
    ops = all_ops(a)
    one, many = make_replica("X"), make_replica("Y")
    deliver(ops, one)
    with many.session() as s:
        apply_batch(s, ops)
    dumps = [canonical(r) for r in (one, many)]
    for d in dumps:  # each target also holds its own team/device creation ops
        d.pop("device"), d.pop("team")
    assert dumps[0] == dumps[1]
    with many.reader() as s:
        need = s.get(Need, nid)
        assert need.household_id == keep and need.orig_household_id == dup
