"""A hub made by the previous version upgrades through ``hub init``: device roles lose INSERT on
the log and gain their timeouts; the rules table is loaded; the device pushes through fv_push."""

from __future__ import annotations

import json
import secrets
import uuid

import psycopg
from alembic import command
from psycopg import sql
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from fieldvisit.sync import client, hub, hubschema


def _old_hub(url: str) -> tuple[str, str, str]:
    """Schema 0001 with the grants and one device role as the previous version made them."""
    engine = create_engine(hubschema.sqla_url(url), poolclass=NullPool)
    with engine.begin() as conn:
        cfg = hubschema._config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    group, role, password = (
        f"fvg_{secrets.token_hex(8)}",
        f"fvd_{secrets.token_hex(8)}",
        secrets.token_urlsafe(12),
    )
    with psycopg.connect(url) as c:
        c.execute(
            "INSERT INTO fv_org (id, name, bundle_key, receipt_key, group_role)"
            " VALUES (%s, 'old', %s, %s, %s)",
            (str(uuid.uuid4()), b"k" * 32, b"r" * 32, group),
        )
        c.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))
        c.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(role), sql.Literal(password), sql.Identifier(group)
            )
        )
        c.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(sql.Identifier(group)))
        c.execute(sql.SQL("GRANT SELECT, INSERT ON fv_ops TO {}").format(sql.Identifier(group)))
        c.execute(
            sql.SQL("GRANT USAGE ON SEQUENCE fv_ops_pos_seq TO {}").format(sql.Identifier(group))
        )
        c.execute("INSERT INTO fv_team (id, name) VALUES ('t1', '一组')")
        c.execute(
            "INSERT INTO fv_device (id, name, team_id, role, db_role, public_key)"
            " VALUES ('d1', 'OLD1', 't1', 'field', %s, %s)",
            (role, b"p" * 32),
        )
    return group, role, password


def test_an_old_hub_upgrades_and_its_device_roles_change(pg_database):
    group, role, password = _old_hub(pg_database)
    rep = hub.init(pg_database)
    assert (rep.before, rep.after) == ("0001", hubschema.head())
    with psycopg.connect(pg_database) as c:
        assert c.execute(
            "SELECT has_table_privilege(%s, 'fv_ops', 'INSERT')", (group,)
        ).fetchone() == (False,)
        # snapshots (0004): devices read them, only the administrator writes
        for table in ("fv_snapshot", "fv_snapshot_part"):
            assert c.execute(
                "SELECT has_table_privilege(%s, %s, 'SELECT'),"
                " has_table_privilege(%s, %s, 'INSERT')",
                (group, table, group, table),
            ).fetchone() == (True, False)
        config = c.execute("SELECT rolconfig FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        assert config is not None
        assert {x.split("=")[0] for x in config[0]} == set(hub.DEVICE_ROLE_SETTINGS)
        assert c.execute("SELECT count(*) FROM fv_rules").fetchone()[0] > 10  # type: ignore[index]
    params = psycopg.conninfo.conninfo_to_dict(pg_database)
    params.update(user=role, password=password)
    op = {
        "op_id": str(uuid.uuid4()),
        "device_id": "d1",
        "seq": 1,
        "hlc": "0000000000000000000",
        "entity": "household",
        "row_id": "h1",
        "kind": "create",
        "payload": {"fields": {"name": "甲", "team_id": "t1"}},
        "team_id": "t1",
    }
    with psycopg.connect(**params) as c:
        assert c.execute(client.PUSH, ("d1", json.dumps([op]))).fetchone() == (1, 1)
