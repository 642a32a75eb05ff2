"""Unmerge: the operation that undoes a household merge folds like every other one.

The loser is live again, ``merged_into`` is cleared, and the visits, payments,
needs and members recorded against it point back at it -- whatever order the
operations arrive in, on every replica, through ``apply`` and ``apply_batch``.
"""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from sqlalchemy import select

from fieldvisit import payments, visits
from fieldvisit.errors import FieldVisitError
from fieldvisit.households import edit
from fieldvisit.needs import NeedInput
from fieldvisit.reports import duplicates
from fieldvisit.store.merge import apply_batch
from fieldvisit.store.models import Household, Member, Need, Operation, Payment, Visit
from fieldvisit.validation import id_check_char
from tests.helpers import all_ops, canonical, deliver


def _hh(r, name, id_number=None, phone="13800138000"):
    with r.session() as s:
        return edit.create_household(
            s, edit.HouseholdInput(name=name, id_number=id_number, phone=phone)
        )


def _visit(r, hid, cash=30_000):
    with r.session() as s:
        visits.record_visit(
            s,
            visits.VisitInput(
                household_id=hid,
                visited_on=date.today(),
                payment=payments.PaymentInput(cash_fen=cash),
                needs=[NeedInput("医疗救助", "转诊")],
            ),
        )


def _strip(d):
    d.pop("device"), d.pop("team")
    return d


@pytest.fixture
def scene(make_replica):
    """A merges dup into keep; B (offline) records a visit and a member on dup;
    then A undoes the merge. Returns (a, b, keep, dup, ops before, merge op, unmerge op)."""
    a, b = make_replica("A"), make_replica("B")
    keep = _hh(a, "张三")
    dup = _hh(a, "张叁")
    _visit(a, dup)
    with a.session() as s:
        edit.add_member(s, dup, edit.MemberInput(name="张小", relation="子"))
    deliver(all_ops(a), b)
    _visit(b, dup, cash=20_000)  # B does not know of the merge yet
    with a.session() as s:
        merge_op = edit.merge_households(s, dup, keep)
    with a.reader() as s:
        assert s.get(Household, dup).merged_into == keep
        assert {v.household_id for v in s.execute(select(Visit)).scalars()} == {keep}
    with a.session() as s:
        unmerge_op = edit.unmerge_household(s, dup, "两户不是同一家")
    return a, b, keep, dup, merge_op, unmerge_op


def test_unmerge_makes_the_loser_live_and_its_rows_point_back(scene):
    a, b, _keep, dup, _m, _u = scene
    with a.reader() as s:
        loser = s.get(Household, dup)
        assert not loser.archived and loser.merged_into is None
        for model in (Visit, Payment, Need, Member):
            assert {r.household_id for r in s.execute(select(model)).scalars()} == {dup}
        op = s.execute(select(Operation).where(Operation.kind == "unmerge")).scalar_one()
        assert op.payload["reason"] == "两户不是同一家"
    # B's payment, made on dup before it heard of either, arrives after both.
    deliver(all_ops(b), a)
    with a.reader() as s:
        assert {p.household_id for p in s.execute(select(Payment)).scalars()} == {dup}


def test_unmerge_folds_the_same_in_every_arrival_order(scene, make_replica):
    a, b, _keep, dup, merge_op, unmerge_op = scene
    ops = {o.op_id: o for o in all_ops(a) + all_ops(b)}
    late = [ops[merge_op], ops[unmerge_op]]
    b_visit = [o for o in all_ops(b) if o.device_id == b.device_id and o.entity != "device"]
    base = [o for o in ops.values() if o not in late and o not in b_visit]
    dumps = []
    for order in itertools.permutations([*late, *b_visit[-3:]]):
        r = make_replica("X")
        deliver(base, r)
        deliver(list(order), r)
        deliver(list(ops.values()), r)  # whatever was left out above; duplicates are skipped
        dumps.append(_strip(canonical(r)))
        r.close()
        if len(dumps) >= 12:
            break
    # The unmerge arriving before its merge, and the merge after B's visit, end the same.
    assert all(d == dumps[0] for d in dumps)
    with a.reader() as s:
        assert not s.get(Household, dup).archived


def test_two_replicas_converge_after_unmerge(scene):
    a, b, _keep, dup, _m, _u = scene
    deliver(all_ops(a), b)
    deliver(all_ops(b), a)
    assert _strip(canonical(a)) == _strip(canonical(b))
    with b.reader() as s:
        assert s.get(Household, dup).merged_into is None
        assert {p.household_id for p in s.execute(select(Payment)).scalars()} == {dup}


def test_apply_batch_folds_unmerge_like_apply(scene, make_replica):
    a, b, _keep, _dup, _m, _u = scene
    ops = sorted(all_ops(a) + all_ops(b), key=lambda o: o.sort_key)
    one, many = make_replica("X"), make_replica("Y")
    deliver(ops, one)
    with many.session() as s:
        apply_batch(s, ops)
    assert _strip(canonical(one)) == _strip(canonical(many))


def test_an_unmerge_of_an_older_merge_leaves_a_later_merge_standing(make_replica):
    """Office 1 undoes merge 1 while office 2, not having seen that, merges again into T."""
    a, b = make_replica("A"), make_replica("B")
    keep, other, dup = _hh(a, "张三"), _hh(a, "张叁"), _hh(a, "张山")
    with a.session() as s:
        first = edit.merge_households(s, dup, keep)
    deliver(all_ops(a), b)
    with a.session() as s:
        edit.unmerge_household(s, dup)
    with b.session() as s:  # B restores nothing, it re-merges the loser elsewhere
        edit.unmerge_household(s, dup)
        edit.merge_households(s, dup, other)
    deliver(all_ops(a), b)
    deliver(all_ops(b), a)
    assert _strip(canonical(a)) == _strip(canonical(b))
    with a.reader() as s:
        hh = s.get(Household, dup)
        assert hh.merged_into == other and hh.archived
        ops = s.execute(select(Operation).where(Operation.kind == "unmerge")).scalars().all()
        assert {o.payload["merge_op"] for o in ops} == {first}


def test_unmerge_of_a_deleted_then_merged_household_keeps_the_delete(replica):
    keep, dup = _hh(replica, "张三"), _hh(replica, "张叁")
    with replica.session() as s:
        edit.merge_households(s, dup, keep)
        edit.unmerge_household(s, dup)
        edit.archive_household(s, dup)
        edit.restore_household(s, dup)
    with replica.reader() as s:
        assert not s.get(Household, dup).archived


def test_unmerge_needs_a_merged_household(replica):
    hid = _hh(replica, "张三")
    with replica.session() as s, pytest.raises(FieldVisitError):
        edit.unmerge_household(s, hid)


def test_different_id_numbers_need_a_reason_recorded_on_the_merge(replica):
    keep = _hh(replica, "刘小山", id_number="11010519800101018X")
    dup = _hh(replica, "刘小山", id_number="11010519800101002" + id_check_char("11010519800101002"))
    with replica.session() as s, pytest.raises(FieldVisitError, match="ID"):
        duplicates.merge_pair(s, dup, keep)
    with replica.session() as s:
        preview = duplicates.merge_preview(s, dup, keep)
        assert preview.ids_differ and "id_number_masked" in preview.differs
        assert preview.keep.id == keep and preview.merge.needs == 0
        duplicates.merge_pair(s, dup, keep, "身份证录入错误，户籍核实为同一人")
    with replica.reader() as s:
        merges = duplicates.recent_merges(s)
        assert [(m.household_id, m.into_id) for m in merges] == [(dup, keep)]
        assert merges[0].reason == "身份证录入错误，户籍核实为同一人"
        assert "********" in merges[0].id_number_masked
