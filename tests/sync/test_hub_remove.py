"""``hub remove``: a hub goes with its roles, only when asked twice, and only a hub."""

from __future__ import annotations

import json

import psycopg
import pytest

from fieldvisit import i18n
from fieldvisit.sync import hub
from tests.sync.util import run


def _admin(url: str) -> str:
    return url.rsplit("/", 1)[0] + "/postgres"


def _exists(url: str, database: str, roles: list[str]) -> tuple[bool, list[str]]:
    with psycopg.connect(_admin(url)) as c:
        db = c.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,)).fetchone()
        left = [
            str(r[0])
            for r in c.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", (roles,))
        ]
    return db is not None, sorted(left)


def test_remove_says_what_it_would_drop_then_drops_the_database_and_every_role(
    hub_url, tmp_path, capsys
):
    for device in ("HZ01", "HZ02"):
        hub.enroll(hub_url, device=device, team="第一走访组")
    database = psycopg.conninfo.conninfo_to_dict(hub_url)["dbname"]

    code, out, _ = run(capsys, "hub", "remove", hub_url, "--json")
    plan = json.loads(out)
    assert code == 1 and plan["removed"] is False and plan["database"] == database
    roles = sorted(plan["roles"])
    assert len(roles) == 3  # two devices and the organisation's group
    assert _exists(hub_url, database, roles) == (True, roles)  # nothing dropped yet

    open_session = psycopg.connect(hub_url)  # someone still connected to the hub
    try:
        code, out, err = run(capsys, "hub", "remove", hub_url, "--yes", "--json")
        assert code == 0, err
        with pytest.raises(psycopg.OperationalError):  # ended, not waited for
            open_session.execute("SELECT 1")
    finally:
        open_session.close()
    done = json.loads(out)
    assert done["removed"] is True and sorted(done["roles"]) == roles
    assert _exists(hub_url, database, roles) == (False, [])


def test_remove_in_words_without_yes(hub_url, capsys):
    try:
        code, out, _ = run(capsys, "--lang", "zh_CN", "hub", "remove", hub_url)
    finally:
        i18n.install("en")  # --lang stays installed for the worker's later tests
    assert code == 1 and "--yes" in out and "没有删除" in out


def test_remove_refuses_a_database_that_is_not_a_hub(pg_database, capsys):
    with psycopg.connect(pg_database) as c:
        c.execute("CREATE TABLE payroll (id int)")
    code, _, err = run(capsys, "hub", "remove", pg_database, "--yes")
    assert code == 2 and "not a fieldvisit hub" in err
    with psycopg.connect(pg_database) as c:
        assert c.execute("SELECT to_regclass('payroll') IS NOT NULL").fetchone() == (True,)
