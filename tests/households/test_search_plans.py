"""Every search plan returns exactly the ids, in exactly the order, of the plain one.

The planned search (prefix probe, name-index walk for broad queries) must be a
pure speed-up: the same set, ordered by (name, id), as sorting all matches.
"""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from fieldvisit import demo
from fieldvisit.households import edit, search
from fieldvisit.households.search import Filters, ordered_ids, query
from fieldvisit.store.models import Household
from fieldvisit.store.replica import Replica
from fieldvisit.text import pinyin_keys


def _reference(s: object, q: str, show_all: bool) -> list[str]:
    """All matches sorted by (name, id), through the generic path (no plan)."""
    stmt = query(q, Filters(include_archived=show_all)).order_by(Household.name, Household.id)
    return list(s.execute(stmt).scalars())  # type: ignore[attr-defined]


def _queries(names: list[str]) -> list[str]:
    rng = random.Random(5)
    out: set[str] = {"w", "l", "zh", "x", "a", "j", "王", "李", "刘", "劉", "秀", "英", "JD"}
    for name in rng.sample(names, 40):
        full, initials = pinyin_keys(name)
        out |= {name[0], name[-1], name[-2:], name, full, full[:2], initials, initials[:1]}
    return sorted(q for q in out if q)


@pytest.fixture
def register(replica: Replica) -> Replica:
    demo.generate(replica, 300, seed=11)
    with replica.session() as s:
        # Twins (same name, order by id), an archived one, names not starting with
        # their surname's character, and a register number that looks like a name.
        for name, reg in [("王秀英", None), ("王秀英", None), ("李王", None), ("wang", "WANG1")]:
            edit.create_household(s, edit.HouseholdInput(name=name, register_no=reg))
        gone = edit.create_household(s, edit.HouseholdInput(name="王一"))
        edit.archive_household(s, gone)
    return replica


@pytest.mark.parametrize("walk_from", [1, 25, 10**9])
@pytest.mark.parametrize("show_all", [False, True])
def test_planned_first_page_equals_sorting_every_match(
    register: Replica, monkeypatch: pytest.MonkeyPatch, walk_from: int, show_all: bool
) -> None:
    monkeypatch.setattr(search, "WALK_FROM", walk_from)
    with register.reader() as s:
        names = list(s.execute(select(Household.name)).scalars())
        for q in _queries(names):
            ref = _reference(s, q, show_all)
            for limit in (1, 7, 50):
                got = ordered_ids(s, q, limit=limit, filters=Filters(include_archived=show_all))
                assert got == ref[:limit], (q, limit)
            assert ordered_ids(s, q, filters=Filters(include_archived=show_all)) == ref, q
