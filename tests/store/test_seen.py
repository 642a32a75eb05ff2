"""Delete versus edit, and three-way field decisions, by what the writer had seen
(its seen-set), never by clock order."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from fieldvisit.households import edit
from fieldvisit.store.merge import Op
from fieldvisit.store.models import Conflict, Household
from fieldvisit.store.replica import Replica
from tests.helpers import all_ops, canonical, deliver

T0 = 4_102_444_800_000  # ahead of any real clock, so the tests set the order


def _pair(make_replica: Callable[..., Replica]) -> tuple[Replica, Replica, str]:
    """Two laptops holding the same household; the clocks are set by each test."""
    clocks = {"A": T0, "B": T0}

    def wall(name: str) -> Callable[[], int]:
        return lambda: clocks[name]

    a = make_replica("A", wall=wall("A"))
    b = make_replica("B", wall=wall("B"))
    a.clocks = clocks  # type: ignore[attr-defined]
    with a.session() as s:
        hid = edit.create_household(s, edit.HouseholdInput(name="刘小山", address="旧址"))
    deliver(all_ops(a), b)
    return a, b, hid


def _meet(*reps: Replica) -> None:
    ops = [o for r in reps for o in all_ops(r)]
    for r in reps:
        deliver(ops, r)
        deliver(list(reversed(ops)), r)
    assert all(canonical(r) == canonical(reps[0]) for r in reps)


def _delete_edit(r: Replica, hid: str) -> list[Conflict]:
    with r.reader() as s:
        return list(
            s.execute(
                select(Conflict).where(Conflict.row_id == hid, Conflict.kind == "delete_edit")
            ).scalars()
        )


def test_archive_beats_no_edit_it_never_saw_even_when_its_own_last_edit_is_later(
    make_replica: Callable[..., Replica],
) -> None:
    """B edits at t+1; A, not having seen it, edits at t+2 and archives at t+3. The
    archive's base (A's own edit) is later than B's edit, yet it never saw it."""
    a, b, hid = _pair(make_replica)
    clocks = a.clocks  # type: ignore[attr-defined]
    clocks["B"] = T0 + 1000
    with b.session() as s:
        edit.update_household(s, hid, {"phone": "13911111111"})
    clocks["A"] = T0 + 2000
    with a.session() as s:
        edit.update_household(s, hid, {"notes": "搬家了"})
    clocks["A"] = T0 + 3000
    with a.session() as s:
        edit.archive_household(s, hid)
    _meet(a, b)
    (c,) = _delete_edit(a, hid)
    assert "deleted" in [v["value"] for v in c.values]
    (b_edit,) = [o for o in all_ops(b) if o.kind == "update" and o.device_id == b.device_id]
    assert b_edit.op_id in {v["op_id"] for v in c.values}


def test_edit_that_never_saw_the_archive_is_a_conflict_whatever_its_base(
    make_replica: Callable[..., Replica],
) -> None:
    """The other direction: B's clock runs fast, so its own earlier edit (B's base) is
    stamped after A's archive; B's second edit still never saw the archive."""
    a, b, hid = _pair(make_replica)
    clocks = a.clocks  # type: ignore[attr-defined]
    clocks["B"] = T0 + 5 * 86_400_000
    with b.session() as s:
        edit.update_household(s, hid, {"phone": "13911111111"})
    clocks["A"] = T0 + 1000
    with a.session() as s:
        edit.archive_household(s, hid)
    with b.session() as s:
        edit.update_household(s, hid, {"notes": "还住这里"})
    _meet(a, b)
    last = max((o for o in all_ops(b) if o.device_id == b.device_id), key=lambda o: o.seq)
    involved = {v["op_id"] for c in _delete_edit(a, hid) for v in c.values}
    assert last.op_id in involved, "an edit that never saw the archive folded silently"


def test_edit_made_after_seeing_the_restore_is_no_conflict(
    make_replica: Callable[..., Replica],
) -> None:
    a, b, hid = _pair(make_replica)
    with a.session() as s:
        edit.archive_household(s, hid)
    with a.session() as s:
        edit.restore_household(s, hid)
    deliver(all_ops(a), b)
    with b.session() as s:
        edit.update_household(s, hid, {"notes": "复查"})
    with b.session() as s:
        edit.archive_household(s, hid)
    _meet(a, b)
    assert _delete_edit(a, hid) == []


def test_an_edit_that_had_not_seen_the_value_it_overwrites_is_a_conflict(
    make_replica: Callable[..., Replica],
) -> None:
    """A sets X -> Y -> X; B, having seen none of it, sets X -> Z. Values alone say B
    edited from the current value; the seen-set says B never saw A's edits."""
    a, b, hid = _pair(make_replica)
    with a.session() as s:
        edit.update_household(s, hid, {"address": "新址"})
    with a.session() as s:
        edit.update_household(s, hid, {"address": "旧址"})
    a.clocks["B"] = T0 + 1000  # type: ignore[attr-defined]
    with b.session() as s:
        edit.update_household(s, hid, {"address": "第三处"})
    _meet(a, b)
    with a.reader() as s:
        fields = {c.field for c in s.execute(select(Conflict)).scalars()}
        assert fields == {"address"}
        assert s.get(Household, hid).address == "旧址"  # type: ignore[union-attr]


def test_operations_without_a_seen_set_keep_the_base_key_rule(
    make_replica: Callable[..., Replica],
) -> None:
    """Old operations (no seen-set) fold as before: an archive decides by its base key."""
    a, b, hid = _pair(make_replica)
    with b.session() as s:
        edit.update_household(s, hid, {"phone": "13911111111"})
    with a.session() as s:
        edit.archive_household(s, hid)

    def strip(o: Op) -> Op:
        p = {k: v for k, v in o.payload.items() if k != "seen"}
        return Op(o.op_id, o.device_id, o.seq, o.hlc, o.entity, o.row_id, o.kind, p, o.team_id)

    old = [strip(o) for o in all_ops(a) + all_ops(b)]
    c = make_replica("C")
    deliver(old, c)
    assert _delete_edit(c, hid)  # edit sorted after the archive's base: still a conflict
    with c.reader() as s:
        assert s.get(Household, hid).archived  # type: ignore[union-attr]
