"""Small helpers for the sync tests: raw device connections and quick data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest

from fieldvisit.cli import main
from fieldvisit.households import edit
from fieldvisit.store.replica import Replica
from fieldvisit.sync import client


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The command line with ``argv``: its exit code, standard output and error."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def device_conn(r: Replica, **kw: Any) -> psycopg.Connection:
    """A raw connection to the hub with this replica's own device role, in transaction
    mode as an attacker with psql would use it (the client itself runs in autocommit)."""
    if kw:
        return psycopg.connect(
            **r.settings["hub_conninfo"], password=r.settings["hub_password"], **kw
        )
    conn = client.connect(r)
    conn.autocommit = False
    return conn


def household(r: Replica, name: str = "刘小山", **fields: Any) -> str:
    with r.session() as s:
        return edit.create_household(s, edit.HouseholdInput(name=name, **fields))


def backend_pid(admin_url: str, r: Replica) -> list[int]:
    role = r.settings["hub_conninfo"]["user"]
    with psycopg.connect(admin_url, autocommit=True) as c:
        return [
            row[0]
            for row in c.execute(
                "SELECT pid FROM pg_stat_activity WHERE usename = %s", (role,)
            ).fetchall()
        ]


def kill_backends(admin_url: str, r: Replica) -> None:
    role = r.settings["hub_conninfo"]["user"]
    with psycopg.connect(admin_url, autocommit=True) as c:
        c.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (role,)
        )


def hub_ops(admin_url: str) -> list[dict[str, Any]]:
    with psycopg.connect(admin_url) as c:
        cur = c.execute(
            "SELECT op_id, device_id, seq, hlc, entity, row_id, kind, payload, team_id"
            " FROM fv_ops ORDER BY pos"
        )
        cols = [d.name for d in cur.description or []]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def sync_in_chinese(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """What ``fieldvisit --lang zh_CN sync`` prints for the replica in ``data_dir``; the
    tests' language is English again afterwards."""
    from fieldvisit import i18n
    from fieldvisit.cli import main

    capsys.readouterr()
    try:
        assert main(["--lang", "zh_CN", "--data-dir", str(data_dir), "sync"]) == 0
    finally:
        i18n.install("en")
    return capsys.readouterr().out
