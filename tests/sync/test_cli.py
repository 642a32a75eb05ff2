"""The command line end to end: hub init, enrol, sync, conflicts, bundles, revoke."""

from __future__ import annotations

import json

from fieldvisit.households import edit
from fieldvisit.store.replica import Replica
from tests.sync.util import run


def test_the_whole_path_from_the_command_line(hub_url, tmp_path, capsys):
    assert run(capsys, "hub", "init", hub_url)[0] == 0
    laptops = {}
    for name, team, extra in (
        ("HZ01", "第一走访组", []),
        ("HZ02", "第一走访组", []),
        ("OFFICE", "办公室", ["--office"]),
    ):
        code, out, _ = run(
            capsys,
            "hub",
            "enroll",
            hub_url,
            "--device",
            name,
            "--team",
            team,
            "--out",
            str(tmp_path / f"{name}.fvenrol"),
            "--json",
            *extra,
        )
        assert code == 0
        data = json.loads(out)
        d = tmp_path / name
        assert (
            run(capsys, "--data-dir", str(d), "enroll", data["file"], "--code", "WRONG-CODE")[0]
            == 2
        )
        assert (
            run(capsys, "--data-dir", str(d), "enroll", data["file"], "--code", data["code"])[0]
            == 0
        )
        laptops[name] = d
    with Replica.open(laptops["HZ01"]) as r, r.session() as s:
        hid = edit.create_household(s, edit.HouseholdInput(name="刘小山", address="旧址"))
    code, out, _ = run(capsys, "--data-dir", str(laptops["HZ01"]), "sync", "--json")
    assert code == 0 and json.loads(out)["pushed"] > 0
    run(capsys, "--data-dir", str(laptops["HZ02"]), "sync")
    for name, addr in (("HZ01", "甲址"), ("HZ02", "乙址")):
        with Replica.open(laptops[name]) as r, r.session() as s:
            edit.update_household(s, hid, {"address": addr})
    run(capsys, "--data-dir", str(laptops["HZ01"]), "sync")
    code, out, _ = run(capsys, "--data-dir", str(laptops["HZ02"]), "sync", "--json")
    assert json.loads(out)["conflicts"] == 1
    code, out, _ = run(capsys, "--data-dir", str(laptops["HZ02"]), "conflicts", "list", "--json")
    (conflict,) = json.loads(out)
    assert conflict["field"] == "address"
    assert (
        run(
            capsys,
            "--data-dir",
            str(laptops["HZ02"]),
            "conflicts",
            "resolve",
            conflict["id"][:8],
            "--take",
            "1",
            "--value",
            "x",
        )[0]
        == 2
    )  # one or the other
    assert (
        run(
            capsys,
            "--data-dir",
            str(laptops["HZ02"]),
            "conflicts",
            "resolve",
            conflict["id"][:8],
            "--value",
            "丙址",
        )[0]
        == 0
    )
    # A bundle to the office, imported twice.
    run(capsys, "--data-dir", str(laptops["OFFICE"]), "sync")
    with Replica.open(laptops["HZ02"]) as r, r.session() as s:
        edit.update_household(s, hid, {"notes": "U盘带回"})
    f = tmp_path / "hz02.fvb"
    assert run(capsys, "--data-dir", str(laptops["HZ02"]), "bundle", "export", str(f))[0] == 0
    code, out, _ = run(
        capsys, "--data-dir", str(laptops["OFFICE"]), "bundle", "import", str(f), "--json"
    )
    first = json.loads(out)
    code, out, _ = run(
        capsys, "--data-dir", str(laptops["OFFICE"]), "bundle", "import", str(f), "--json"
    )
    assert first["applied"] > 0 and json.loads(out)["applied"] == 0
    # Revoke: the laptop is refused with one clear line.
    assert run(capsys, "hub", "revoke", "HZ02", "--url", hub_url)[0] == 0
    code, _, err = run(capsys, "--data-dir", str(laptops["HZ02"]), "sync")
    assert code == 2 and "revoked" in err and "Traceback" not in err
    code, out, _ = run(capsys, "hub", "devices", hub_url, "--json")
    assert {d["name"]: d["revoked"] for d in json.loads(out)}["HZ02"] is True


def test_sync_on_a_local_only_replica_says_it_is_not_enrolled(tmp_path, capsys):
    d = str(tmp_path / "r")
    assert run(capsys, "--data-dir", d, "init", "--device", "HZ09", "--team", "一组")[0] == 0
    code, _, err = run(capsys, "--data-dir", d, "sync")
    assert code == 2 and "not enrolled" in err


def test_hub_init_refuses_a_database_that_is_not_ours(pg_database, capsys):
    import psycopg

    with psycopg.connect(pg_database) as c:
        c.execute("CREATE TABLE payroll (id int)")
    code, _, err = run(capsys, "hub", "init", pg_database)
    assert code == 2 and "payroll" in err
