"""The bulk fold's SQL against the fold's own conversions: a date written as the column
stores it is stored without calling Python; a default written into a trigger reads back
as the parameter it replaces."""

from __future__ import annotations

import json
from typing import Any

import pytest

from fieldvisit.store import bulk

#: What a date field of a payload may hold: canonical dates, forms Python's
#: ``date.fromisoformat`` reads but SQLite's ``date()`` writes differently, days SQLite
#: rolls over, a year Python refuses, and things that are not dates at all.
VALUES: list[Any] = [
    "2024-02-29",
    "1960-05-01",
    "0001-01-01",
    "9999-12-31",
    "20240229",
    "2024-W09-4",
    "2024-02-29T00:00",
    " 2024-02-29",
    "2024-02-29 ",
    "0000-01-01",
    "2023-02-30",
    "2023-02-31",
    "2024-13-01",
    "２０２４-02-29",
    "",
    None,
    20240229,
    2460000.5,
    True,
    [],
    {"y": 2024},
]

FIELD = "$.fields.visited_on"


def _select(conn: Any, expr: str, payload: str) -> Any:
    return conn.exec_driver_sql(
        f"SELECT {expr}, typeof({expr}) FROM (SELECT ? AS payload) o", (payload,)
    ).one()


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_a_date_comes_out_of_sql_as_the_folds_conversion_makes_it(make_replica, value):
    r = make_replica()
    with r.session() as s:
        conn = bulk._raw(s)
        bulk._FactSql.functions(conn)
        exact = f"fv_exact('visit.visited_on', 'date', o.payload -> '{FIELD}')"
        fast = bulk._FactSql.iso_date(f"o.payload ->> '{FIELD}'", exact)
        payload = json.dumps({"fields": {"visited_on": value}})
        try:
            want = _select(conn, exact, payload)
        except Exception as refused:  # the fold refuses it: so must the fast path
            with pytest.raises(type(refused)):
                _select(conn, fast, payload)
            return
        assert tuple(_select(conn, fast, payload)) == tuple(want)


def test_the_fold_of_visits_reads_their_dates_in_sql(make_replica):
    """The visit statement uses the fast path (a refactor that lost it would go back to
    a Python call per row without any test noticing otherwise)."""
    r = make_replica()
    with r.session() as s:
        conn = bulk._raw(s)
        from fieldvisit.store.models import Visit

        sql, _params = bulk._FactSql(conn, "visit", Visit, "NOT INDEXED").statement()
    assert "date(o.payload ->> '$.fields.visited_on')" in sql
    assert "fv_exact('visit.visited_on'" in sql  # what is not canonical still goes to Python


@pytest.mark.parametrize("value", ["signature", "it's", "", "[]", 0, -7, True, None, b"\x00\xff"])
def test_a_default_written_into_a_trigger_reads_back_as_the_parameter_it_replaces(
    make_replica, value
):
    """The fact tables' shared read writes their columns' defaults into triggers."""
    r = make_replica()
    with r.session() as s:
        conn = bulk._raw(s)
        as_literal = conn.exec_driver_sql(f"SELECT {bulk._literal(value)}").scalar()
        as_parameter = conn.exec_driver_sql("SELECT ?", (value,)).scalar()
    assert as_literal == as_parameter
    assert type(as_literal) is type(as_parameter)
