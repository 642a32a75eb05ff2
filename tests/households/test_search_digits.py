"""Digit queries (ID tail, phone tail, register number) read their page from indexes.

A digit query is a prefix range on ``id_rev``, ``phone_rev`` or ``register_no``.
Its first page must be exactly the first rows of sorting every match by (name,
id), whichever plan answers it (the digit indexes, or a walk of the name index
for a broad query), and the page must come from the indexes of migration 0017
without reading each match's household row: that read cost 30-1800 ms at
200,000 households ("2X", "0", the first digits of a register number).
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from sqlalchemy import event, select, text

from fieldvisit import demo
from fieldvisit.households import edit, search
from fieldvisit.households.search import Filters, ordered_ids, query
from fieldvisit.store.models import Household
from fieldvisit.store.replica import Replica


def _reference(s: Any, q: str, f: Filters) -> list[str]:
    """All matches sorted by (name, id), through the generic path (no plan)."""
    return list(s.execute(query(q, f).order_by(Household.name, Household.id)).scalars())


@pytest.fixture
def register(replica: Replica) -> Replica:
    demo.generate(replica, 300, seed=13)
    with replica.session() as s:
        # One household whose ID tail and phone tail are the same digits (found by
        # two ranges, listed once), twins, and an archived one.
        both = edit.create_household(
            s, edit.HouseholdInput(name="王双", phone="13800004321", register_no="4321")
        )
        for name in ("李同", "李同"):
            edit.create_household(s, edit.HouseholdInput(name=name, phone="13900004321"))
        gone = edit.create_household(s, edit.HouseholdInput(name="赵走", phone="13700004321"))
        edit.archive_household(s, gone)
        assert both
    return replica


def _digit_queries(s: Any) -> list[str]:
    rows = s.execute(select(Household.id_number, Household.phone, Household.register_no)).all()
    rng = random.Random(7)
    out = {"0", "1", "2", "9", "X", "12", "2X", "138", "4321", "0000", "99999999"}
    for idn, phone, reg in rng.sample(rows, 30):
        for value in (idn, phone):
            if value:
                out |= {value[-1:], value[-4:], value[-6:], value[-8:]}
        if reg:
            out |= {reg[:1], reg[:3], reg[:6], reg}
    return sorted(q for q in out if search._DIGITS.match(q.upper()))


@pytest.mark.parametrize(
    ("walk_at", "probe"), [(search.WALK_AT, search.PROBE), (1, 1), (40, 1), (search.WALK_AT, 9)]
)
def test_digit_pages_equal_sorting_every_match(
    register: Replica, walk_at: int, probe: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every plan (collect and sort, walk the name index, a one-character query's
    bounded walk whether it finds the page or gives up) gives the same pages."""
    monkeypatch.setattr(search, "WALK_AT", walk_at)
    monkeypatch.setattr(search, "PROBE", probe)
    with register.reader() as s:
        team = s.execute(select(Household.team_id).where(Household.team_id.is_not(None))).scalar()
        for f in (Filters(), Filters(include_archived=True), Filters(team_id=team)):
            for q in _digit_queries(s):
                ref = _reference(s, q, f)
                assert ordered_ids(s, q, filters=f) == ref, (q, f)
                for limit in (1, 7, 50, 1000):
                    assert ordered_ids(s, q, limit=limit, filters=f) == ref[:limit], (q, f, limit)


def test_a_household_found_by_two_ranges_is_listed_once(register: Replica) -> None:
    with register.reader() as s:
        got = ordered_ids(s, "4321", limit=50)
        names = [s.get(Household, i).name for i in got]  # type: ignore[union-attr]
    assert len(got) == len(set(got))
    assert names.count("王双") == 1 and names.count("李同") == 2 and "赵走" not in names


def _statements(replica: Replica, q: str, limit: int | None) -> list[tuple[str, Any]]:
    """Every query the search runs for ``q``, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, *_a: Any) -> None:
        if statement.startswith("SELECT"):
            seen.append((statement, params))

    event.listen(replica.engine, "before_cursor_execute", record)
    try:
        with replica.reader() as s:
            ordered_ids(s, q, limit=limit)
    finally:
        event.remove(replica.engine, "before_cursor_execute", record)
    return seen


def _plans(replica: Replica, q: str, limit: int | None) -> list[str]:
    """The query plan of every query the search runs for ``q``."""
    statements = _statements(replica, q, limit)
    with replica.reader() as s:
        return [
            " | ".join(
                r[3] for r in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
            )
            for sql, params in statements
        ]


@pytest.mark.parametrize("limit", [400, None])
def test_a_digit_page_reads_only_the_digit_indexes(register: Replica, limit: int | None) -> None:
    """Each range is a search of its covering index; no household row is read, so
    no match costs a read of its wide row."""
    plans = _plans(register, "2X", limit)
    page = plans[-1]
    for index in (
        "ix_household_id_rev_name",
        "ix_household_phone_rev_name",
        "ix_household_register_no_name",
    ):
        assert f"SEARCH household USING COVERING INDEX {index}" in page, page
    assert "INTEGER PRIMARY KEY" not in page and "SCAN household" not in page, page


def test_a_broad_digit_query_walks_the_name_index(
    register: Replica, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One digit matches a large share: the page is found walking names in order,
    with no sort of every match."""
    monkeypatch.setattr(search, "WALK_AT", 20)
    page = _plans(register, "1", 400)[-1]
    assert "ix_household_name_id" in page and "TEMP B-TREE" not in page, page


def test_migration_replaces_the_single_column_indexes(replica: Replica) -> None:
    with replica.reader() as s:
        names = set(
            s.execute(text("SELECT name FROM sqlite_master WHERE tbl_name = 'household'")).scalars()
        )
    assert {
        "ix_household_id_rev_name",
        "ix_household_phone_rev_name",
        "ix_household_register_no_name",
    } <= names
    assert not names & {"ix_household_id_rev", "ix_household_phone_rev", "ix_household_register_no"}


def test_one_digit_is_one_walk_of_the_names(
    register: Replica, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One digit matches a large share of households: its page is read walking the
    names, with no count of its matches first (thousands of index entries at
    200,000 households)."""
    monkeypatch.setattr(search, "PROBE", 250)  # fewer than the register's households
    statements = _statements(register, "1", 7)
    assert len(statements) == 1 and "count(" not in statements[0][0], statements
    with register.reader() as s:
        page = ordered_ids(s, "1", limit=7)
    assert page == _reference_page(register, "1", 7)


def test_one_digit_rare_in_the_register_falls_back_to_the_count(
    replica: Replica, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A register where almost no ID or phone ends in the digit: the bounded walk
    gives up, and the digit indexes give the page."""
    monkeypatch.setattr(search, "PROBE", 20)
    with replica.session() as s:
        for i in range(40):
            edit.create_household(s, edit.HouseholdInput(name=f"甲{i:02d}"))
        edit.create_household(s, edit.HouseholdInput(name="乙末", phone="13800000007"))
    statements = _statements(replica, "7", 10)
    assert any("count(" in sql for sql, _p in statements), statements
    with replica.reader() as s:
        page = ordered_ids(s, "7", limit=10)
        assert [s.get(Household, i).name for i in page] == ["乙末"]  # type: ignore[union-attr]


def _reference_page(replica: Replica, q: str, limit: int) -> list[str]:
    with replica.reader() as s:
        return _reference(s, q, Filters())[:limit]
