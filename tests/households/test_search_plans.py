"""A page of search results is exactly the first rows of sorting every match.

The first page of a name query comes from the name-ordered index
``household_order`` (migration 0014) and must be a pure speed-up: the same
set, ordered by (name, id), as sorting all matches, also after the triggers
have kept that index through renames, archiving and deletes.
"""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select, text

from fieldvisit import demo
from fieldvisit.households import edit
from fieldvisit.households.search import Filters, ordered_ids, query
from fieldvisit.store.models import Household
from fieldvisit.store.replica import Replica
from fieldvisit.text import pinyin_keys


def _reference(s: object, q: str, show_all: bool, f: Filters | None = None) -> list[str]:
    """All matches sorted by (name, id), through the generic path (no plan)."""
    f = f or Filters(include_archived=show_all)
    stmt = query(q, f).order_by(Household.name, Household.id)
    return list(s.execute(stmt).scalars())  # type: ignore[attr-defined]


def _queries(names: list[str]) -> list[str]:
    rng = random.Random(5)
    out: set[str] = {"w", "l", "zh", "x", "a", "j", "王", "李", "刘", "劉", "秀", "英", "JD", "𠮷"}
    out |= {"ji", "jia", "tian", "ye"}
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
        # Rare characters beyond 16 bits (their bucket is clamped) and one-character names.
        made = [
            edit.create_household(s, edit.HouseholdInput(name=name, register_no=reg))
            for name, reg in [
                ("王秀英", None),
                ("王秀英", None),
                ("王秀", None),
                ("王", None),
                ("李王", None),
                ("wang", "WANG1"),
                ("𠮷野家", None),
                ("𠮷田", None),
                ("吉𠮷田", None),
                ("王𪚥", None),
                ("王𪚥一", None),
            ]
        ]
        gone = edit.create_household(s, edit.HouseholdInput(name="王一"))
        edit.archive_household(s, gone)
        back = edit.create_household(s, edit.HouseholdInput(name="王二"))
        edit.archive_household(s, back)
        edit.restore_household(s, back)
        edit.update_household(s, made[0], {"name": "黄秀英"})  # moves to another bucket
        edit.update_household(s, made[4], {"name": "李王王"})
    return replica


@pytest.mark.parametrize("show_all", [False, True])
def test_first_page_equals_sorting_every_match(register: Replica, show_all: bool) -> None:
    with register.reader() as s:
        names = list(s.execute(select(Household.name)).scalars())
        for q in _queries(names):
            ref = _reference(s, q, show_all)
            for limit in (1, 2, 7, 50, 1000):
                got = ordered_ids(s, q, limit=limit, filters=Filters(include_archived=show_all))
                assert got == ref[:limit], (q, limit)
            assert ordered_ids(s, q, filters=Filters(include_archived=show_all)) == ref, q


def test_first_page_with_filters_equals_sorting_every_match(register: Replica) -> None:
    with register.reader() as s:
        one = s.execute(select(Household).where(Household.district.is_not(None))).scalars().first()
        assert one is not None and one.team_id and one.category
        cause = (one.causes or ["x"])[0]
        names = list(s.execute(select(Household.name)).scalars())
        for f in (
            Filters(team_id=one.team_id),
            Filters(team_id="no such team"),
            Filters(district=one.district, include_archived=True),
            Filters(category=one.category, cause=cause),
        ):
            for q in _queries(names):
                ref = _reference(s, q, False, f)
                for limit in (1, 7, 50):
                    assert ordered_ids(s, q, limit=limit, filters=f) == ref[:limit], (q, f)


def _bucket(name: str) -> int:
    """The bucket a name belongs to, restated: first two code points, 16 bits each."""
    c1, c2 = ([ord(ch) for ch in name[:2]] + [0, 0])[:2]
    if c1 >= 65535:
        return 65535 * 65536
    return c1 * 65536 + min(c2, 65535)


def test_rank_index_follows_every_household_row(register: Replica) -> None:
    """One rank row per household with its current name and archived flag, in the
    bucket of that name; deleting a household removes its rank and its tokens."""
    with register.reader() as s:
        have = {
            r[0]: (r[1], bool(r[2]))
            for r in s.execute(select(Household.id, Household.name, Household.archived))
        }
        ranks = s.execute(text("SELECT rank, hid, name, archived FROM household_rank")).all()
    assert {hid: (name, bool(a)) for _, hid, name, a in ranks} == have
    assert len(ranks) == len(have)
    for rank, _, name, _ in ranks:
        assert rank // 2**31 == _bucket(name), name
    with register.session() as s:
        hid = s.execute(select(Household.id).where(Household.name == "王秀")).scalar_one()
        s.execute(text("DELETE FROM household WHERE id = :id"), {"id": hid})
    with register.reader() as s:
        assert not s.execute(
            text("SELECT 1 FROM household_rank WHERE hid = :id"), {"id": hid}
        ).all()
        assert hid not in ordered_ids(s, "王秀", limit=50)
        left = s.execute(
            text("SELECT count(*) FROM household_order WHERE household_order MATCH '\"wangxiu\"*'")
        ).scalar_one()
        assert left == len(_reference(s, "wangxiu", True))
