"""A household moved to another team takes its whole history with it."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from sqlalchemy import func, select

from fieldvisit.errors import FieldVisitError
from fieldvisit.households import edit
from fieldvisit.needs import NeedInput, create_need
from fieldvisit.payments import PaymentInput, record_payment
from fieldvisit.store.models import Household, Need, Payment, ReceiptEvent, Visit
from fieldvisit.store.replica import Replica
from fieldvisit.sync import client
from fieldvisit.visits import VisitInput, record_visit
from tests.sync.util import household, hub_ops


def _paid(r: Replica, hid: str) -> int:
    with r.reader() as s:
        return int(
            s.execute(
                select(func.coalesce(func.sum(Payment.cash_fen), 0)).where(
                    Payment.household_id == hid
                )
            ).scalar()
            or 0
        )


def _team(r: Replica, hid: str) -> str | None:
    with r.reader() as s:
        h = s.get(Household, hid)
        return h.team_id if h else None


def _work_on(r: Replica, hid: str, fen: int) -> None:
    with r.session() as s:
        record_payment(
            s,
            household_id=hid,
            campaign_id=None,
            paid_on=date(2025, 1, 20),
            data=PaymentInput(cash_fen=fen, recipient_name="户主"),
            team_id=r.team_id,
        )
        create_need(s, hid, NeedInput(category="就医", description="转诊"), team_id=r.team_id)


def test_a_moved_household_brings_its_history_to_the_new_team(enrolled, hub_url):
    a = enrolled("A1", team="第一走访组")
    b = enrolled("B1", team="第二走访组")
    office = enrolled("OFFICE", team="办公室", office=True)
    hid = household(a, "搬家户")
    _work_on(a, hid, 80000)
    with a.session() as s:
        edit.update_household(s, hid, {"address": "旧址 1 号"})
    client.sync(a)
    for _ in range(3):  # team 2's cursor moves well past the household's positions
        household(b, "二组户")
        client.sync(b)
    assert _team(b, hid) is None
    client.sync(office)
    with office.session() as s:
        edit.update_household(s, hid, {"team_id": b.team_id})
    client.sync(office)
    client.sync(b)
    # The whole history arrived: the household, its payment, receipt and need.
    assert _team(b, hid) == b.team_id
    assert _paid(b, hid) == 80000
    with b.reader() as s:
        assert s.execute(select(func.count()).select_from(ReceiptEvent)).scalar() == 1
        assert s.execute(select(func.count()).where(Need.household_id == hid)).scalar() == 1
        assert s.get(Household, hid).address == "旧址 1 号"  # type: ignore[union-attr]
    # New work by team 2 reaches the office, not team 1; team 1 sees the move.
    _work_on(b, hid, 20000)
    client.sync(b)
    client.sync(a)
    client.sync(office)
    assert _paid(office, hid) == 100000
    assert _team(a, hid) == b.team_id
    assert _paid(a, hid) == 80000
    # A second sync delivers nothing again.
    assert client.sync(b).pulled == 0


def _move(office, hid: str, team: str) -> None:  # type: ignore[no-untyped-def]
    """Only an office moves a household between teams (the rules table, sync/authz.py)."""
    client.sync(office)
    with office.session() as s:
        edit.update_household(s, hid, {"team_id": team})
    client.sync(office)


def test_a_field_laptop_cannot_hand_its_household_to_another_team(enrolled, hub_url):
    a = enrolled("A1", team="第一走访组")
    b = enrolled("B1", team="第二走访组")
    hid = household(a, "想转走的户")
    with a.session() as s, pytest.raises(FieldVisitError, match="office"):
        edit.update_household(s, hid, {"team_id": b.team_id})


def test_a_household_moved_back_and_forth_and_its_visits(enrolled, hub_url):
    a = enrolled("A1", team="第一走访组")
    b = enrolled("B1", team="第二走访组")
    office = enrolled("OFFICE", team="办公室", office=True)
    hid = household(a, "来回户")
    with a.session() as s:
        record_visit(s, VisitInput(household_id=hid, visited_on=date(2025, 1, 10), notes="第一次"))
    client.sync(a)
    client.sync(b)
    _move(office, hid, b.team_id)
    client.sync(a)
    client.sync(b)
    assert _team(b, hid) == b.team_id
    with b.reader() as s:
        assert s.execute(select(func.count()).where(Visit.household_id == hid)).scalar() == 1
    _work_on(b, hid, 5000)
    client.sync(b)
    _move(office, hid, a.team_id)
    client.sync(a)
    assert _team(a, hid) == a.team_id
    assert _paid(a, hid) == 5000


def test_the_hub_records_the_household_of_each_operation(enrolled, hub_url):
    a = enrolled("A1")
    hid = household(a, "记账户")
    _work_on(a, hid, 100)
    client.sync(a)
    with psycopg.connect(hub_url) as c:
        rows = c.execute(
            "SELECT entity, household_id FROM fv_ops WHERE entity IN"
            " ('household', 'payment', 'receipt_event', 'need')"
        ).fetchall()
    assert rows and all(h == hid for _e, h in rows)


def test_upgrading_a_hub_fills_in_households_and_their_teams(pg_database):
    """A hub made before team moves learns where its existing operations belong."""
    import json

    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from fieldvisit.sync import hubschema

    engine = create_engine(hubschema.sqla_url(pg_database), poolclass=NullPool)
    with engine.begin() as conn:
        cfg = hubschema._config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    rows = [
        ("o1", "household", "h1", "create", {"fields": {"name": "甲", "team_id": "t1"}}, "t1"),
        ("o2", "household", "h1", "update", {"fields": {"team_id": ["t1", "t2"]}}, "t1"),
        ("o3", "payment", "p1", "append", {"fields": {"household_id": "h1"}}, "t1"),
        ("o4", "receipt_event", "r1", "append", {"fields": {"payment_id": "p1"}}, "t1"),
    ]
    with psycopg.connect(pg_database) as c:
        for i, (op_id, entity, row_id, kind, payload, team) in enumerate(rows, start=1):
            c.execute(
                "INSERT INTO fv_ops (op_id, device_id, seq, hlc, entity, row_id, kind, payload,"
                " team_id, pushed_by, pos) VALUES (%s, 'd', %s, %s, %s, %s, %s, %s, %s, 'd', 0)",
                (op_id, i, f"{i:018d}", entity, row_id, kind, json.dumps(payload), team),
            )
    hubschema.upgrade(pg_database)
    with psycopg.connect(pg_database) as c:
        got = dict(c.execute("SELECT op_id, household_id FROM fv_ops").fetchall())
        teams = c.execute("SELECT household_id, team_id FROM fv_household_team").fetchall()
    assert got == {"o1": "h1", "o2": "h1", "o3": "h1", "o4": "h1"}
    assert teams == [("h1", "t2")]


def test_a_moved_household_brings_the_households_merged_into_it(enrolled, hub_url):
    a = enrolled("A1", team="第一走访组")
    b = enrolled("B1", team="第二走访组")
    office = enrolled("OFFICE", team="办公室", office=True)
    loser, survivor = household(a, "重复户"), household(a, "正式户")
    _work_on(a, loser, 30000)
    with a.session() as s:
        edit.merge_households(s, loser, survivor)
    client.sync(a)
    client.sync(b)
    _move(office, survivor, b.team_id)
    client.sync(b)
    assert _paid(b, survivor) == 30000  # the merged household's payment came along
    with b.reader() as s:
        merged = s.get(Household, loser)
        assert merged is not None and merged.merged_into == survivor


def test_a_return_bundle_brings_a_moved_households_history_once(enrolled, hub_url, tmp_path):
    """A laptop of the new team that only meets the office by USB gets the history too."""
    from fieldvisit.sync import bundle

    a = enrolled("A1", team="第一走访组")
    office = enrolled("OFFICE", team="办公室", office=True)
    b = enrolled("B1", team="第二走访组")
    client.sync(office)
    hid = household(a, "搬家户")
    _work_on(a, hid, 80000)
    client.sync(a)
    client.sync(office)
    first = tmp_path / "first.fvb"
    bundle.export_bundle(office, first, for_device=b.device_id)
    bundle.import_bundle(b, first)
    assert _team(b, hid) is None
    with office.session() as s:
        edit.update_household(s, hid, {"team_id": b.team_id})
    second = tmp_path / "second.fvb"
    bundle.export_bundle(office, second, for_device=b.device_id)
    bundle.import_bundle(b, second)
    assert _team(b, hid) == b.team_id and _paid(b, hid) == 80000
    third = tmp_path / "third.fvb"
    assert bundle.export_bundle(office, third, for_device=b.device_id).operations == 0


def test_another_teams_laptop_cannot_pull_a_household_into_its_team(enrolled, hub_url):
    """An insider on team 2 who knows a team-1 household's id edits its team, or merges
    it into one of its own, with its own hub login: the history stays with team 1."""
    import uuid

    from fieldvisit.store.merge import Op
    from tests.sync.util import device_conn

    a = enrolled("A1", team="第一走访组")
    b = enrolled("B1", team="第二走访组")
    hid, other = household(a, "一组户"), household(a, "一组户乙")
    _work_on(a, hid, 80000)
    _work_on(a, other, 10000)
    client.sync(a)
    own = household(b, "二组户")
    client.sync(b)
    forged = [
        Op(str(uuid.uuid4()), b.device_id, 100, "9" * 18, "household", hid, "update",
           {"fields": {"team_id": [a.team_id, b.team_id]}, "base": ""}, b.team_id),
        Op(str(uuid.uuid4()), b.device_id, 101, "9" * 18, "household", other, "merge",
           {"base": "", "into": own}, b.team_id),
    ]  # fmt: skip
    with device_conn(b) as c:
        c.autocommit = True
        # The team edit is refused outright (only an office moves a household) ...
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="payload_team"):
            c.execute(client.PUSH, (b.device_id, client._batch_json(forged[:1])))
        # ... and a merge into its own household, which the rules cannot judge without
        # the hub's state, moves no history: the hub follows the household's own team.
        c.execute(client.PUSH, (b.device_id, client._batch_json(forged[1:])))
        seen = {r[0] for r in c.execute("SELECT row_id FROM fv_ops").fetchall()}
        assert c.execute("SELECT count(*) FROM fv_team_backfill").fetchone() == (0,)
    payments = {o["row_id"] for o in hub_ops(hub_url) if o["entity"] == "payment"}
    assert not (payments & seen), "team 2 reads team 1's payments"
    client.sync(b)
    assert _paid(b, hid) == 0 and _paid(b, other) == 0
