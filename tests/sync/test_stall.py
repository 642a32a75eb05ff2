"""No device can stall the hub: numbering takes no lock a device can hold for long."""

from __future__ import annotations

import time

import psycopg
from psycopg import sql

from fieldvisit.sync import client, hub
from tests.sync.util import backend_pid, device_conn, household, hub_ops


def _no_timeouts(c: psycopg.Connection) -> None:
    for key in ("lock_timeout", "statement_timeout", "idle_in_transaction_session_timeout"):
        c.execute(sql.SQL("SET {} = 0").format(sql.Identifier(key)))


def test_open_pushes_and_advisory_locks_do_not_stall_another_laptops_sync(enrolled, hub_url):
    a, b, c = enrolled("A"), enrolled("B"), enrolled("C")
    o = enrolled("OFFICE", team="办公室", office=True)
    for r in (a, b, c, o):
        client.sync(r)
    # A pushes and then sits in the open transaction, its own timeouts switched off.
    household(a, "甲")
    ca = device_conn(a)
    _no_timeouts(ca)
    ca.commit()
    ca.execute(client.PUSH, (a.device_id, client._batch_json(client.outbox_of(a))))
    # B holds every advisory lock it cares to, the old numbering key among them.
    cb = device_conn(b)
    cb.autocommit = True
    _no_timeouts(cb)
    cb.execute("SELECT pg_advisory_lock(746801625, 1)")
    cb.execute("SELECT pg_advisory_lock(746801625, k) FROM generate_series(2, 300) k")
    cb.execute("SELECT pg_advisory_lock(k) FROM generate_series(1, 1000) k")
    # The office holds C's device row (fv_head locks it) in an open transaction.
    co = device_conn(o)
    _no_timeouts(co)
    co.commit()
    co.execute("SELECT fv_head(%s)", (c.device_id,))
    for i in range(30):
        household(c, f"丙{i}")
    started = time.perf_counter()
    report = client.sync(c)
    took = time.perf_counter() - started
    print(f"sync under contention: {took:.2f} s")
    assert took < 10, took
    assert report.pushed == 30
    names = {o_["payload"]["fields"].get("name") for o_ in hub_ops(hub_url)}
    assert {f"丙{i}" for i in range(30)} <= names
    # The idle holders were ended; the advisory-lock holder, which held nothing the hub
    # needs, was left alone.
    assert backend_pid(hub_url, a) == []
    assert backend_pid(hub_url, o) == []
    assert cb.execute("SELECT 1").fetchone() == (1,)
    cb.close()
    # A's push never committed: A simply sends it again at its next sync.
    assert client.sync(a).pushed == 1


def test_device_roles_carry_timeouts(enrolled, hub_url):
    a = enrolled("A")
    with device_conn(a) as c:
        got = {
            k: c.execute(sql.SQL("SHOW {}").format(sql.Identifier(k))).fetchone()[0]  # type: ignore[index]
            for k in ("lock_timeout", "statement_timeout", "idle_in_transaction_session_timeout")
        }
    assert got == {
        "lock_timeout": "5s",
        "statement_timeout": "2min",
        "idle_in_transaction_session_timeout": "15s",
    }


def test_a_device_that_changes_its_own_password_is_refused_and_reported(enrolled, hub_url):
    a, b = enrolled("A"), enrolled("B")
    client.sync(a)
    assert not any("changed its own hub password" in p for p in hub.check(hub_url).problems)
    with device_conn(a) as c:
        c.execute("ALTER ROLE CURRENT_USER PASSWORD 'mine-now'")  # PostgreSQL allows this
        c.commit()
    params = dict(a.settings["hub_conninfo"])
    household(a, "甲")
    with psycopg.connect(**params, password="mine-now") as c:
        assert c.execute("SELECT fv_my_device()").fetchone() == (None,)
        assert c.execute("SELECT count(*) FROM fv_ops").fetchone() == (0,)
        try:
            c.execute(client.PUSH, (a.device_id, client._batch_json(client.outbox_of(a))))
        except psycopg.errors.InsufficientPrivilege as exc:
            assert exc.diag.message_detail == "password_changed"
        else:
            raise AssertionError("a device with a changed password pushed")
    found = hub.check(hub_url)
    assert any("A changed its own hub password" in p for p in found.problems)
    assert any(line.startswith("host     all") and "reject" in line for line in found.hba)
    assert client.sync(b).pushed >= 0  # the others carry on


def test_hub_check_cli_prints_the_pg_hba_lines(enrolled, hub_url, capsys):
    from fieldvisit.cli import main

    enrolled("A")
    code = main(["hub", "check", hub_url])
    out = capsys.readouterr().out
    assert "pg_hba.conf" in out and "+fvg_" in out and "reject" in out
    # This test server lets every role connect to its postgres database: said so.
    assert code == 1 and "postgres" in out
