"""Search by every kind of key, with a stable order."""

from __future__ import annotations

import pytest

from fieldvisit.households import edit
from fieldvisit.households.search import Filters, fts_query, ordered_ids, search
from fieldvisit.store.replica import Replica
from tests.importing.builders import make_id

PEOPLE = [
    ("刘小山", make_id("330106", "19800101", "111"), "13812345678", "JD0001"),
    ("劉大海", make_id("330106", "19810202", "222"), "13900001111", "JD0002"),
    ("王小山", make_id("330105", "19700303", "333"), "0571-87654321", "HZ-77"),
    ("曾明", make_id("330105", "19650404", "444"), None, None),
    ("欧阳娜娜", make_id("330108", "19900505", "556"), "15011112222", "JD0100"),
]


@pytest.fixture
def people(replica: Replica) -> dict[str, str]:
    ids = {}
    with replica.session() as s:
        for name, idn, phone, reg in PEOPLE:
            ids[name] = edit.create_household(
                s, edit.HouseholdInput(name=name, id_number=idn, phone=phone, register_no=reg)
            )
    return ids


def names(r: Replica, q: str, **kw: object) -> list[str]:
    with r.reader() as s:
        return [h.name for h in search(s, q, **kw)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("刘", ["刘小山", "劉大海"]),  # Simplified finds Traditional too
        ("劉", ["刘小山", "劉大海"]),  # and the other way round
        ("小山", ["刘小山", "王小山"]),
        ("山", ["刘小山", "王小山"]),
        ("阳娜", ["欧阳娜娜"]),
        ("lxs", ["刘小山"]),
        ("LXS", ["刘小山"]),
        ("liuxiaoshan", ["刘小山"]),
        ("xiaoshan", ["刘小山", "王小山"]),
        ("xs", ["刘小山", "王小山"]),
        ("liu", ["刘小山", "劉大海"]),
        ("刘 山", ["刘小山"]),
        ("nobody", []),
    ],
)
def test_name_pinyin_and_script(
    replica: Replica, people: dict[str, str], query: str, expected: list[str]
) -> None:
    assert sorted(names(replica, query)) == sorted(expected)


def test_id_suffix_phone_and_register(replica: Replica, people: dict[str, str]) -> None:
    liu_id = PEOPLE[0][1]
    assert names(replica, liu_id[-4:]) == ["刘小山"]
    assert names(replica, liu_id[-6:].lower()) == ["刘小山"]
    assert names(replica, liu_id) == ["刘小山"]
    assert names(replica, "5678") == ["刘小山"]  # phone's last digits
    assert names(replica, "87654321") == ["王小山"]  # landline
    assert names(replica, "JD0002") == ["劉大海"]
    assert sorted(names(replica, "JD00")) == ["刘小山", "劉大海"]
    assert names(replica, "hz-77") == []  # register numbers are matched as written
    assert names(replica, "HZ-77") == ["王小山"]


def test_order_is_stable_and_archived_hidden(replica: Replica, people: dict[str, str]) -> None:
    with replica.session() as s:
        twin = edit.create_household(s, edit.HouseholdInput(name="刘小山"))
    with replica.reader() as s:
        first = ordered_ids(s, "刘")
        assert first == ordered_ids(s, "刘")
        assert first.index(people["刘小山"]) < first.index(twin) or people["刘小山"] > twin
    with replica.session() as s:
        edit.archive_household(s, twin)
    assert names(replica, "刘小山") == ["刘小山"]
    assert sorted(names(replica, "刘小山", filters=Filters(include_archived=True))) == [
        "刘小山",
        "刘小山",
    ]


def test_renamed_household_is_found_by_its_new_name(
    replica: Replica, people: dict[str, str]
) -> None:
    with replica.session() as s:
        edit.update_household(s, people["曾明"], {"name": "张明"})
    assert names(replica, "zm") == ["张明"]
    assert names(replica, "曾") == []


def test_query_punctuation_is_harmless() -> None:
    assert fts_query('刘"*') == '"刘"*'
    assert fts_query("-- ()") is None


def test_filters_take_the_joined_path_and_agree(replica: Replica, people: dict[str, str]) -> None:
    with replica.session() as s:
        edit.update_household(s, people["刘小山"], {"district": "西湖区"})
        edit.update_household(s, people["王小山"], {"district": "西湖区"})
        edit.update_household(s, people["劉大海"], {"district": "上城区"})
    with replica.reader() as s:
        assert ordered_ids(s, "小山", filters=Filters(district="西湖区")) == ordered_ids(s, "小山")
        assert ordered_ids(s, "刘", filters=Filters(district="上城区")) == [people["劉大海"]]
        assert ordered_ids(s, "", limit=2) == [people[n] for n in sorted(people)[:2]]


@pytest.mark.parametrize(
    ("name", "queries"),
    [
        ("张\U00020bb7笑", ["zhangjixiao", "jixiao", "zjx", "\U00020bb7", "张\U00020bb7"]),
        ("王\u4dae", ["wangyan", "wy"]),  # Extension A, pypinyin knows it
        ("李\U0002a6a5", ["li"]),  # Extension B without a reading: the rest still found
    ],
)
def test_rare_characters_are_found_by_pinyin(
    replica: Replica, name: str, queries: list[str]
) -> None:
    """𠮷 (U+20BB7, a variant of 吉) is not in pypinyin's table: its name is still
    found by "zhangjixiao", as the family spells it."""
    with replica.session() as s:
        hid = edit.create_household(s, edit.HouseholdInput(name=name))
    with replica.reader() as s:
        for q in queries:
            assert hid in [h.id for h in search(s, q)], q
