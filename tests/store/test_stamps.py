"""Clock stamps order correctly forever: no counter that outgrows its width, old
stamps widened on arrival and in the stored replica (migration 0006)."""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from sqlalchemy import select

from fieldvisit.households import edit
from fieldvisit.store import migrate, oplog
from fieldvisit.store.hlc import MAX_COUNTER, Clock, Timestamp, normalise, normalise_key
from fieldvisit.store.merge import Op
from fieldvisit.store.models import Conflict, Household, Operation
from fieldvisit.store.replica import Replica
from tests.helpers import all_ops, canonical, deliver

FAST = 4_102_444_800_000  # a laptop clock in 2100


def test_counter_past_99999_still_sorts_after_its_predecessor() -> None:
    ms = 1_767_225_600_000
    stamps = [Timestamp(ms, c).encode() for c in (9, 99_999, 100_000, 1_000_000, MAX_COUNTER)]
    assert stamps == sorted(stamps) and len({len(s) for s in stamps}) == 1


def test_a_full_counter_carries_into_the_next_millisecond() -> None:
    clock = Clock(Timestamp(FAST, MAX_COUNTER - 1), wall=lambda: 0)
    a, b, c = clock.now(), clock.now(), clock.now()
    assert (a, b, c) == (
        Timestamp(FAST, MAX_COUNTER),
        Timestamp(FAST + 1, 0),
        Timestamp(FAST + 1, 1),
    )
    assert a.encode() < b.encode() < c.encode()
    clock.observe(Timestamp(FAST + 1, MAX_COUNTER))
    assert clock.last == Timestamp(FAST + 2, 0)


def test_old_stamps_are_widened_when_an_operation_is_built() -> None:
    old = "1767225600000" + "99999"
    overflowed = "1767225600000" + "100000"  # what the 5-digit format wrote past 99,999
    assert normalise(old) < normalise(overflowed)
    assert normalise_key(f"{overflowed}|dev|0000000007") == (
        f"{normalise(overflowed)}|dev|0000000007"
    )
    assert normalise_key("") == ""
    op = Op("o", "dev", 7, overflowed, "household", "h", "update", {"base": f"{old}|d|0000000001"})
    assert op.hlc == "1767225600000" + "0000100000"
    assert op.payload["base"] == "1767225600000" + "0000099999|d|0000000001"
    assert op.sort_key > Op("p", "dev", 6, old, "household", "h", "create", {}).sort_key


def test_edit_after_100000_operations_on_a_fast_clock_is_not_dropped(
    make_replica: Callable[..., Replica],
) -> None:
    """A replica that once saw a stamp from a clock far ahead keeps counting on it; the
    create at counter 99,999 and the edit at 100,000 must fold in that order."""
    a = make_replica("HZ01", wall=lambda: 1_767_225_600_000)
    with a.session() as s:
        a.writer.clock.last = Timestamp(FAST, 99_998)
        hid = edit.create_household(s, edit.HouseholdInput(name="刘小山", address="旧址"))
    with a.session() as s:
        oplog.update(s, "household", hid, {"address": "新址"})
    ops = all_ops(a)
    assert [o.kind for o in ops if o.row_id == hid] == ["create", "update"]
    with a.reader() as s:
        assert s.get(Household, hid).address == "新址"  # type: ignore[union-attr]
    b = make_replica("HZ02")
    deliver(list(reversed(ops)), b)
    with b.reader() as s:
        assert s.get(Household, hid).address == "新址"  # type: ignore[union-attr]


def _to_old_format(r: Replica) -> None:
    """Rewrite a replica as the 5-digit-counter program stored it, at schema 0004."""

    def old(stamp: str) -> str:
        ts = Timestamp.decode(stamp)
        return f"{ts.ms:013d}{ts.counter:05d}"

    def old_key(key: str) -> str:
        if not key:
            return key
        stamp, _, rest = key.partition("|")
        return old(stamp) + "|" + rest

    with r.engine.begin() as conn:
        ops = conn.exec_driver_sql("SELECT op_id, hlc, sort_key, payload FROM operation").all()
        import json

        for op_id, hlc, key, payload in ops:
            p = json.loads(payload)
            if p.get("base"):
                p["base"] = old_key(p["base"])
            conn.exec_driver_sql(
                "UPDATE operation SET hlc = ?, sort_key = ?, payload = ? WHERE op_id = ?",
                (old(hlc), old_key(key), json.dumps(p), op_id),
            )
        for hid, head in conn.exec_driver_sql("SELECT id, head_key FROM household").all():
            conn.exec_driver_sql(
                "UPDATE household SET head_key = ? WHERE id = ?", (old_key(head), hid)
            )
        for cid, det, vals in conn.exec_driver_sql(
            'SELECT id, detected_at, "values" FROM conflict'
        ).all():
            v = json.loads(vals)
            for x in v:
                x["hlc"] = old(x["hlc"])
            conn.exec_driver_sql(
                'UPDATE conflict SET detected_at = ?, "values" = ? WHERE id = ?',
                (old(det), json.dumps(v), cid),
            )
        command.downgrade(migrate._config(conn), "0004")
        conn.exec_driver_sql("PRAGMA user_version = 4")


def test_migration_0006_widens_stored_stamps_and_folds_identically(
    make_replica: Callable[..., Replica],
) -> None:
    a = make_replica("HZ01")
    b = make_replica("HZ02")
    with a.session() as s:
        hid = edit.create_household(s, edit.HouseholdInput(name="刘小山", address="旧址"))
    deliver(all_ops(a), b)
    with a.session() as s:
        oplog.update(s, "household", hid, {"address": "甲"})
    with b.session() as s:
        oplog.update(s, "household", hid, {"address": "乙"})
    deliver(all_ops(b), a)
    with a.reader() as s:
        assert s.execute(select(Conflict)).scalars().all()
    want = canonical(a)
    ops = all_ops(a)
    base = a.base
    _to_old_format(a)
    with a.engine.connect() as conn:
        assert len(conn.exec_driver_sql("SELECT hlc FROM operation").scalar() or "") == 18
    a.close()
    with Replica.open(base) as again:
        assert canonical(again) == want
        with again.reader() as s:
            keys = list(s.execute(select(Operation.sort_key)).scalars())
            assert all(len(k.partition("|")[0]) == 23 for k in keys)
        assert all_ops(again) == ops
        # still folds as a fresh replica fed the same operations
        with again.session() as s:
            oplog.update(s, "household", hid, {"notes": "复查"})
        fresh = make_replica("REF")
        deliver(all_ops(again), fresh)
        got = canonical(again)
        ref = canonical(fresh)
        assert got["household"] == ref["household"] and got["conflict"] == ref["conflict"]
