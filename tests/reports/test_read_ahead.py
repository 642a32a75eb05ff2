"""Reading ahead: another pooled connection warms the OS cache, changes nothing, and stops."""

from __future__ import annotations

import contextlib
import threading
import time
from typing import Any

import pytest

from fieldvisit import reports
from fieldvisit.reports import common, duplicates, needs_ledger, payment_checks
from fieldvisit.store.replica import Replica
from tests.reports.conftest import TODAY

# The reading thread ends quietly when it is interrupted (no exception left unhandled).
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")

#: Runs for minutes unless interrupted (10^9 rows).
ENDLESS = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 1000000000) "
    "SELECT count(*) FROM c"
)


def _reading() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "fieldvisit-read-ahead"]


def _caches(r: Replica) -> list[int]:
    conns = [r.engine.connect() for _ in range(r.engine.pool.size())]  # type: ignore[attr-defined]
    try:
        return [int(c.exec_driver_sql("PRAGMA cache_size").scalar_one()) for c in conns]
    finally:
        for c in conns:
            c.close()


def test_leaving_the_block_stops_the_reading_and_hands_the_connection_back(replica: Replica):
    before = _caches(replica)
    with replica.reader() as s:
        s.connection()  # the session's own connection is checked out
        started = time.monotonic()
        with common.read_ahead(s, ENDLESS, ENDLESS):
            deadline = time.monotonic() + 10
            while replica.engine.pool.checkedout() < 2 and time.monotonic() < deadline:  # type: ignore[attr-defined]
                time.sleep(0.01)
            assert replica.engine.pool.checkedout() == 2  # type: ignore[attr-defined]
            assert _reading()
            time.sleep(1)  # past its few statements of set-up: into the endless one
            # the session reads on, on its own connection, while the other one works
            assert s.connection().exec_driver_sql("SELECT 41 + 1").scalar_one() == 42
        assert not _reading()
        assert time.monotonic() - started < 30  # interrupted, not run to its end (minutes)
    assert replica.engine.pool.checkedout() == 0  # type: ignore[attr-defined]
    # its page cache is the pool's again (it was kept small while it read ahead)
    assert _caches(replica) == before


def test_nothing_is_read_ahead_without_a_spare_connection(replica: Replica):
    size = replica.engine.pool.size()  # type: ignore[attr-defined]
    taken = [replica.engine.connect() for _ in range(size - 1)]
    try:
        with replica.reader() as s:
            s.connection()
            with common.read_ahead(s, ENDLESS):
                assert not _reading()  # no overflow connection is opened for it
                assert replica.engine.pool.overflow() <= 0  # type: ignore[attr-defined]
    finally:
        for c in taken:
            c.close()


def _spy_on_read_ahead(monkeypatch: pytest.MonkeyPatch, module: Any) -> list[tuple[Any, ...]]:
    """Each call's statements of ``module``'s read_ahead, which still reads ahead."""
    seen: list[tuple[Any, ...]] = []
    real = common.read_ahead

    def spy(session: Any, *statements: Any) -> Any:
        seen.append(statements)
        return real(session, *statements)

    monkeypatch.setattr(module, "read_ahead", spy)
    return seen


@pytest.mark.parametrize(
    ("kind", "module", "expected"),
    [
        ("duplicates", duplicates, duplicates._ALL_BRIEFS),  # every pair's households
        ("payments-check", payment_checks, None),  # see the test below
        ("needs", needs_ledger, (needs_ledger._ACTIVE_DUE, common.ALL_BRIEFS)),
    ],
)
def test_a_report_reads_ahead_what_it_then_reads_at_random_and_finds_the_same(
    world, monkeypatch, kind, module, expected
):
    with monkeypatch.context() as m:
        m.setattr(module, "read_ahead", lambda session, *statements: contextlib.nullcontext())
        with world.office.reader() as s:
            without = reports.build(s, kind, today=TODAY)
    seen = _spy_on_read_ahead(monkeypatch, module)
    with world.office.reader() as s:
        ahead = reports.build(s, kind, today=TODAY)
    assert seen == [expected] if expected is not None else len(seen) == 1
    assert [t.rows for t in ahead.tables] == [t.rows for t in without.tables]
    assert any(t.rows for t in ahead.tables)


@pytest.mark.parametrize(
    "statement",
    [duplicates._ALL_BRIEFS[0], common.ALL_BRIEFS, needs_ledger._ACTIVE_DUE],
)
def test_what_is_read_ahead_is_the_index_it_names(world, statement):
    """The reading thread swallows errors (it only warms a cache): an index renamed or
    dropped would make it read nothing, silently. Here each statement runs in the open
    and reads the index it names, not the table or a smaller index."""
    named = statement.split("INDEXED BY ")[1].split()[0]
    with world.office.reader() as s:
        conn = s.connection()
        plan = [str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement)]
        assert int(conn.exec_driver_sql(statement).scalar_one()) > 0
    assert any(f"INDEX {named}" in step for step in plan), plan


def test_the_duplicates_cards_are_read_ahead_while_the_briefs_are_made(world, monkeypatch):
    """The cards read ahead are what ``_briefs`` reads: a read-ahead ended before it
    (as it was) had barely started, and a cold report waited on the disk for them."""
    events: list[str] = []
    real = common.read_ahead

    @contextlib.contextmanager
    def spy(session, *statements):
        with real(session, *statements):
            events.append("reading")
            yield
            events.append("stopped")

    real_briefs = duplicates._briefs

    def briefs(session, ids):
        events.append("briefs")
        return real_briefs(session, ids)

    monkeypatch.setattr(duplicates, "read_ahead", spy)
    monkeypatch.setattr(duplicates, "_briefs", briefs)
    with world.office.reader() as s:
        assert reports.build(s, "duplicates", today=TODAY).tables[0].rows
    assert events == ["reading", "briefs", "stopped"]


def test_the_payments_check_reads_ahead_the_payments_above_their_standard_it_then_reads(
    world, monkeypatch
):
    """First what the stage after the double payments reads at random (the payments
    above their standard: the very statements, with their parameters, that the report
    then runs), then the households' names for the findings."""
    ran: list[tuple[str, dict[str, object]]] = []
    real_rows = payment_checks.rows

    def rows(session, sql, **params):
        ran.append((sql, params))
        return real_rows(session, sql, **params)

    monkeypatch.setattr(payment_checks, "rows", rows)
    seen = _spy_on_read_ahead(monkeypatch, payment_checks)
    with world.office.reader() as s:
        found = payment_checks.payment_findings(s)
    assert any(f.kind == "over_standard" for f in found)
    [statements] = seen
    *above, briefs = statements
    assert briefs == common.ALL_BRIEFS
    assert above and all(isinstance(a, tuple) and a[0].startswith("WITH lim(") for a in above)
    assert [a for a in ran if a[0].startswith("WITH lim(")] == above
