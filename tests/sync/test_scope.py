"""Bundles keep scope; ``hub init`` leaves databases that are not the hub's alone; demo data on
an enrolled field laptop stays in its own team."""

from __future__ import annotations

import uuid
from datetime import date

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import func, select

from fieldvisit import campaigns, demo
from fieldvisit.errors import FieldVisitError
from fieldvisit.store.models import Campaign, Household, Operation
from fieldvisit.sync import bundle, client, hub, hubschema
from tests.sync.util import household, hub_ops


def test_a_field_laptop_refuses_another_teams_bundle(enrolled, tmp_path):
    a = enrolled("A1", team="第一走访组")
    b = enrolled("B1", team="第二走访组")
    client.sync(b)
    client.sync(a)  # A knows B's key
    hb = household(b, "李二", notes="心脏病，住院")
    f = tmp_path / "b.fvb"
    bundle.export_bundle(b, f)
    with pytest.raises(FieldVisitError, match="another team"):
        bundle.import_bundle(a, f)
    with a.reader() as s:
        assert s.get(Household, hb) is None
        assert (
            s.execute(
                select(func.count()).select_from(Operation).where(Operation.team_id == b.team_id)
            ).scalar()
            == 0
        )


def test_a_teammates_bundle_is_taken(enrolled, tmp_path):
    a = enrolled("A1", team="第一走访组")
    a2 = enrolled("A2", team="第一走访组")
    client.sync(a2)
    client.sync(a)
    h = household(a2, "张三")
    f = tmp_path / "a2.fvb"
    bundle.export_bundle(a2, f)
    assert bundle.import_bundle(a, f).applied > 0
    with a.reader() as s:
        assert s.get(Household, h) is not None


def test_a_return_bundle_is_for_the_laptop_named_in_it(enrolled, tmp_path):
    a = enrolled("A1", team="第一走访组")
    a2 = enrolled("A2", team="第一走访组")
    o = enrolled("OFFICE", team="办公室", office=True)
    for r in (a, a2, o, a, a2):
        client.sync(r)
    household(o, "王五", team_id=a.team_id)
    f = tmp_path / "for-a.fvb"
    bundle.export_bundle(o, f, for_device=a.device_id)
    with pytest.raises(FieldVisitError, match="another laptop"):
        bundle.import_bundle(a2, f)
    assert bundle.import_bundle(a, f).applied > 0


def test_a_usb_only_laptop_learns_later_devices_from_the_offices_bundle(enrolled, tmp_path):
    """The rules need the author's registry entry; a laptop that never syncs gets it from
    the office's signed return bundle instead of quarantining the newcomer's work."""
    o = enrolled("OFFICE", team="办公室", office=True)
    a = enrolled("A1", team="第一走访组")
    late = enrolled("A9", team="第一走访组")  # enrolled after A1: A1 does not know it
    h = household(late, "新来户")
    client.sync(late)
    client.sync(o)
    assert late.device_id not in a.settings["device_keys"]
    f = tmp_path / "for-a.fvb"
    bundle.export_bundle(o, f, for_device=a.device_id)
    bundle.import_bundle(a, f)
    assert late.device_id in a.settings["device_keys"]
    with a.reader() as s:
        assert s.get(Household, h) is not None


@pytest.mark.parametrize("db", ["postgres", "template1"])
def test_hub_init_refuses_the_clusters_own_databases(pg_database, db):
    url = pg_database.rsplit("/", 1)[0] + "/" + db
    with psycopg.connect(url) as c:
        acl = c.execute("SELECT datacl FROM pg_database WHERE datname = %s", (db,)).fetchone()
    with pytest.raises(FieldVisitError, match="PostgreSQL's own"):
        hub.init(url, "x")
    with psycopg.connect(url) as c:
        assert (
            c.execute("SELECT datacl FROM pg_database WHERE datname = %s", (db,)).fetchone() == acl
        )
        assert c.execute("SELECT to_regclass('public.fv_ops')").fetchone() == (None,)


def test_hub_init_refuses_a_database_with_tables_of_its_own(pg_database):
    with psycopg.connect(pg_database) as c:
        c.execute("CREATE SCHEMA app")
        c.execute("CREATE TABLE app.accounts (id int)")
        acl = c.execute(
            "SELECT datacl FROM pg_database WHERE datname = current_database()"
        ).fetchone()
    with pytest.raises(FieldVisitError, match=r"not a fieldvisit hub|another role"):
        hub.init(pg_database, "x")
    with psycopg.connect(pg_database) as c:
        assert (
            c.execute(
                "SELECT datacl FROM pg_database WHERE datname = current_database()"
            ).fetchone()
            == acl
        )
        assert hubschema.current(c) is None


def test_hub_init_refuses_a_hub_database_holding_another_roles_table(hub_url):
    role = f"fv_test_other_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(hub_url, autocommit=True) as c:
        c.execute(sql.SQL("CREATE ROLE {}").format(sql.Identifier(role)))
        try:
            c.execute("CREATE TABLE squatter (id int)")
            c.execute(sql.SQL("ALTER TABLE squatter OWNER TO {}").format(sql.Identifier(role)))
            with pytest.raises(FieldVisitError, match="another role"):
                hub.init(hub_url, "x")
        finally:
            c.execute("DROP TABLE IF EXISTS squatter")
            c.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def test_demo_on_an_enrolled_field_laptop_stays_in_its_team(enrolled, hub_url):
    a = enrolled("A1", team="第一走访组")
    o = enrolled("OFFICE", team="办公室", office=True)
    with pytest.raises(FieldVisitError, match="no campaign"):
        demo.generate(a, 20)
    with o.session() as s:
        campaigns.create_campaign(
            s,
            campaigns.CampaignInput(
                name="双节送温暖",
                starts_on=date(2025, 1, 1),
                ends_on=date(2025, 2, 28),
                budget_fen=10_000_000,
                standards={"*": 80_000},
            ),
        )
    client.sync(o)
    client.sync(a)
    summary = demo.generate(a, 40)
    assert summary.households == 40
    with a.reader() as s:
        teams = set(s.execute(select(Household.team_id)).scalars())
        assert teams == {a.team_id}
        assert s.execute(select(func.count()).select_from(Campaign)).scalar() == 1
    report = client.sync(a)  # the hub takes all of it
    assert report.pushed > 40
    assert {r["team_id"] for r in hub_ops(hub_url) if r["device_id"] == a.device_id} <= {
        a.team_id,
        None,
    }
