"""A device role can do what a device needs and nothing else."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from psycopg import errors

from fieldvisit.payments import PaymentInput, record_payment
from fieldvisit.sync import client, hub
from tests.sync.util import device_conn, household


@pytest.fixture
def two_teams(enrolled, hub_url):
    a = enrolled("A1", team="第一走访组")
    b = enrolled("B1", team="第二走访组")
    ha = household(a, "张一")
    hb = household(b, "李二")
    with b.session() as s:
        record_payment(
            s,
            household_id=hb,
            campaign_id=None,
            paid_on=date(2025, 1, 20),
            data=PaymentInput(cash_fen=50000, recipient_name="李二"),
            team_id=b.team_id,
        )
    client.sync(a)
    client.sync(b)
    return a, b, ha, hb


def test_a_device_reads_only_its_team_and_global_operations(two_teams):
    a, b, ha, hb = two_teams
    with device_conn(a) as c:
        rows = c.execute("SELECT row_id, team_id FROM fv_ops").fetchall()
        assert ha in {r[0] for r in rows}
        assert hb not in {r[0] for r in rows}
        assert {r[1] for r in rows} <= {a.team_id, None}
        # Even asked for by id, another team's payment does not exist for it.
        assert c.execute(
            "SELECT count(*) FROM fv_ops WHERE team_id = %s", (b.team_id,)
        ).fetchone() == (0,)


def test_an_office_device_reads_every_team(two_teams, enrolled):
    _a, _b, ha, hb = two_teams
    o = enrolled("OFFICE", team="办公室", office=True)
    client.sync(o)
    with device_conn(o) as c:
        ids = {r[0] for r in c.execute("SELECT row_id FROM fv_ops").fetchall()}
    assert {ha, hb} <= ids


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE fv_ops SET payload = '{\"fields\": {\"cash_fen\": 1}}' WHERE entity = 'payment'",
        "DELETE FROM fv_ops WHERE entity = 'payment'",
        "UPDATE fv_device SET revoked = false",
        "DELETE FROM fv_device",
        "SELECT bundle_key FROM fv_org",
        "SELECT db_role FROM fv_device",
        "TRUNCATE fv_ops",
        "CREATE TABLE evil (x int)",
    ],
)
def test_a_device_cannot_change_or_erase_anything(two_teams, statement):
    _a, b, *_ = two_teams
    with device_conn(b) as c, pytest.raises(errors.InsufficientPrivilege):
        c.execute(statement)


def test_a_device_cannot_push_in_another_devices_name(two_teams):
    a, b, *_ = two_teams
    with device_conn(a) as c, pytest.raises(errors.InsufficientPrivilege):
        c.execute(
            "INSERT INTO fv_ops (op_id, device_id, seq, hlc, entity, row_id, kind, payload,"
            " team_id, pushed_by) VALUES ('forged', %s, 999, '000000000000000000', 'payment',"
            " 'x', 'append', '{}', %s, %s)",
            (b.device_id, b.team_id, a.device_id),
        )
    with device_conn(a) as c, pytest.raises(errors.InsufficientPrivilege):
        # Nor claim the relay of someone else, nor ask another device's head.
        c.execute(
            "INSERT INTO fv_ops (op_id, device_id, seq, hlc, entity, row_id, kind, payload,"
            " team_id, pushed_by) VALUES ('forged2', %s, 999, '000000000000000000', 'payment',"
            " 'x', 'append', '{}', %s, %s)",
            (a.device_id, a.team_id, b.device_id),
        )
    with device_conn(a) as c, pytest.raises(errors.InsufficientPrivilege):
        c.execute("SELECT fv_head(%s)", (b.device_id,))


def test_a_revoked_enrolment_cannot_call_the_hub(two_teams, hub_url):
    a, b, *_ = two_teams
    live = device_conn(b)
    hub.revoke(hub_url, "B1")
    with pytest.raises(psycopg.OperationalError):
        live.execute("SELECT 1")  # its open session was ended
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        device_conn(b, connect_timeout=5)
    with pytest.raises(client.HubUnreachable, match="revoked"):
        client.sync(b)
    # The others carry on.
    assert client.sync(a).pushed == 0
