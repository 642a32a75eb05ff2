"""Conflicts reach the office with names and labels; a resolution syncs to everyone."""

from __future__ import annotations

import pytest

from fieldvisit.errors import FieldVisitError
from fieldvisit.households import edit
from fieldvisit.store.models import Conflict, Household
from fieldvisit.sync import client
from fieldvisit.sync.conflicts import list_open, resolve
from tests.helpers import canonical
from tests.sync.util import household


@pytest.fixture
def clash(enrolled):
    a, b = enrolled("HZ01"), enrolled("HZ02")
    o = enrolled("OFFICE", team="办公室", office=True)
    hid = household(a, "刘小山", address="旧地址")
    for r in (a, b, o):
        client.sync(r)
    with a.session() as s:
        edit.update_household(s, hid, {"address": "甲地址"})
    with b.session() as s:
        edit.update_household(s, hid, {"address": "乙地址"})
    client.sync(a)
    rep = client.sync(b)
    assert rep.conflicts == 1
    client.sync(o)
    return a, b, o, hid


def test_the_office_sees_both_values_who_and_when(clash):
    _a, _b, o, _hid = clash
    with o.reader() as s:
        (v,) = list_open(s)
    assert v.household_name == "刘小山" and v.field == "address" and v.base_value == "旧地址"
    assert {c.value for c in v.contenders} == {"甲地址", "乙地址"}
    assert {c.device_name for c in v.contenders} == {"HZ01", "HZ02"}
    assert [c.number for c in v.contenders] == [1, 2]


def test_a_resolution_is_an_operation_that_settles_it_everywhere(clash):
    a, b, o, hid = clash
    with o.reader() as s:
        (v,) = list_open(s)
    pick = next(c for c in v.contenders if c.value == "乙地址")
    with o.session() as s:
        resolve(s, v.id, take=str(pick.number))
    for r in (o, a, b, o):
        client.sync(r)
    for r in (a, b, o):
        with r.reader() as s:
            assert s.get(Household, hid).address == "乙地址"
            assert s.query(Conflict).filter_by(status="open").count() == 0
    assert canonical(a) == canonical(b)


def test_a_value_of_ones_own_and_bad_choices(clash):
    _a, _b, o, hid = clash
    with o.reader() as s:
        (v,) = list_open(s)
    with pytest.raises(FieldVisitError), o.session() as s:
        resolve(s, v.id, take="3")
    with pytest.raises(FieldVisitError), o.session() as s:
        resolve(s, "nope")
    with o.session() as s:
        resolve(s, v.id[:8], value="丙地址")
    with o.reader() as s:
        assert s.get(Household, hid).address == "丙地址"
    with pytest.raises(FieldVisitError, match="already resolved"), o.session() as s:
        resolve(s, v.id, value="丁")


def test_delete_versus_edit_can_be_restored(enrolled):
    a, b = enrolled("HZ01"), enrolled("HZ02")
    hid = household(a, "王芳")
    client.sync(a)
    client.sync(b)
    with a.session() as s:
        edit.archive_household(s, hid)
    with b.session() as s:
        edit.update_household(s, hid, {"notes": "仍需走访"})
    client.sync(a)
    client.sync(b)
    with b.reader() as s:
        (v,) = [x for x in list_open(s) if x.field == "*"]
    edited = next(c for c in v.contenders if c.value != "deleted")
    with b.session() as s:
        resolve(s, v.id, take=edited.op_id)
    client.sync(b)
    client.sync(a)
    for r in (a, b):
        with r.reader() as s:
            assert not s.get(Household, hid).archived


def test_delete_versus_edit_can_be_left_deleted_by_value(enrolled):
    a, b = enrolled("HZ01"), enrolled("HZ02")
    hid = household(a, "赵敏")
    client.sync(a)
    client.sync(b)
    with a.session() as s:
        edit.archive_household(s, hid)
    with b.session() as s:
        edit.update_household(s, hid, {"notes": "已搬走"})
    client.sync(a)
    client.sync(b)
    with b.reader() as s:
        (v,) = [x for x in list_open(s) if x.field == "*"]
    with pytest.raises(FieldVisitError), b.session() as s:
        resolve(s, v.id, value="maybe")
    with b.session() as s:
        assert resolve(s, v.id, value="deleted") == "delete"
    with b.reader() as s:
        assert s.get(Household, hid).archived and list_open(s) == []
