"""A replica made alone joins a hub later, keeping its data; another laptop receives it."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldvisit import needs, payments, visits
from fieldvisit.errors import FieldVisitError
from fieldvisit.households import edit
from fieldvisit.store.models import Household, Need, Operation, Payment, Setting
from fieldvisit.sync import client, enrol, hub


def _file(hub_url: str, tmp_path: Path, device: str, team: str = "第一走访组") -> tuple[Path, str]:
    e = hub.enroll(hub_url, device=device, team=team)
    code = enrol.new_code()
    f = tmp_path / f"{device}-{uuid.uuid4().hex[:6]}.fvenrol"
    enrol.seal(e.data, f, code)
    return f, code


def _standalone(make_replica, team: str = "西湖走访组"):
    r = make_replica("随便起的名字", team=team)
    with r.session() as s:
        hid = edit.create_household(
            s, edit.HouseholdInput(name="刘小山", phone="13800138000", district="西湖区")
        )
        pid = visits.record_visit(
            s,
            visits.VisitInput(
                household_id=hid,
                visited_on=date.today(),
                payment=payments.PaymentInput(cash_fen=50_000),
                needs=[needs.NeedInput("医疗救助", "住院费用报销", owner="李干事")],
            ),
        ).payment_id
    return r, hid, pid


def test_a_standalone_replica_joins_keeps_its_data_and_syncs_it(
    hub_url, tmp_path, make_replica, enrolled
):
    alone, hid, pid = _standalone(make_replica)
    old_dev = alone.device_id
    with alone.reader() as s:
        before = s.execute(select(func.count()).select_from(Operation)).scalar()
    f, code = _file(hub_url, tmp_path, "HZ07")
    enrol.join_hub(alone, f, code)
    assert alone.device_id != old_dev and enrol.is_enrolled(alone)
    assert alone.settings["device_name"] == "HZ07" and alone.settings["team_name"] == "第一走访组"
    with alone.reader() as s:
        seqs = (
            s.execute(
                select(Operation.seq)
                .where(Operation.device_id == alone.device_id)
                .order_by(Operation.seq)
            )
            .scalars()
            .all()
        )
        assert seqs == list(range(1, before + 1))  # every change re-issued, dense
        assert s.execute(select(Operation).where(Operation.device_id == old_dev)).first() is None
        hh = s.get(Household, hid)
        assert hh is not None and hh.team_id == alone.team_id
        pay = s.get(Payment, pid)
        assert pay is not None and pay.device_id == alone.device_id and pay.cash_fen == 50_000
        assert s.get(Setting, "joined_from_device").value == old_dev  # type: ignore[union-attr]
    with alone.session() as s:  # it keeps working under its new identity
        edit.update_household(s, hid, {"phone": "13911111111"})
    report = client.sync(alone)
    assert report.pushed == before + 1
    other = enrolled("HZ08")
    client.sync(other)
    with other.reader() as s:
        got = s.get(Household, hid)
        assert got is not None and got.phone == "13911111111"
        assert s.get(Payment, pid).cash_fen == 50_000  # type: ignore[union-attr]
        assert s.execute(select(Need.description)).scalars().all() == ["住院费用报销"]


def test_joining_through_the_enrol_command_path_keeps_data(hub_url, tmp_path, make_replica):
    alone, hid, _pid = _standalone(make_replica)
    base = alone.base
    alone.close()
    f, code = _file(hub_url, tmp_path, "HZ09")
    r = enrol.enrol_from_file(base, f, code)
    try:
        with r.reader() as s:
            assert s.get(Household, hid) is not None
        assert client.sync(r).pushed > 0
    finally:
        r.close()


def test_an_enrolled_replica_cannot_take_another_devices_file(hub_url, tmp_path, enrolled):
    r = enrolled("HZ10")
    f, code = _file(hub_url, tmp_path, "HZ11")
    with pytest.raises(FieldVisitError, match="another device"):
        enrol.join_hub(r, f, code)
    with pytest.raises(FieldVisitError, match="code does not match"):
        enrol.join_hub(r, f, "AAAA-BBBB-CCCC")
