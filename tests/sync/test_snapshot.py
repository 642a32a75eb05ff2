"""A first sync from the hub's snapshot (sync/snapshot.py) gives exactly what folding the
log gives, and a snapshot that does not check out changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import func, select

from fieldvisit import backup, demo
from fieldvisit.households import edit
from fieldvisit.store import merge, migrate
from fieldvisit.store.models import Base, Household, Operation, Quarantined
from fieldvisit.store.replica import Replica, team_id_for
from fieldvisit.sync import bundle, client, snapshot
from tests.helpers import canonical
from tests.sync.test_bulk_load import ONE_BY_ONE, _in_team, _mixed_log, _push_only, _same, _sync
from tests.sync.util import device_conn, household, kill_backends, sync_in_chinese

TEAM = "第一走访组"


def _make(hub_url: str, tmp_path: Path, team: str = TEAM, office: bool = False) -> snapshot.Made:
    folder = tmp_path / f"snapshot-{'office' if office else team}"
    return snapshot.make(hub_url, team=team, office=office, folder=folder)


def _pair(enrolled: Any, monkeypatch: pytest.MonkeyPatch, name: str, **kw: Any) -> tuple[Any, Any]:
    """A laptop that takes the snapshot and one that folds the log operation by operation."""
    taken = enrolled(name + "S", **kw)
    folded = enrolled(name + "F", **kw)
    _push_only(taken)  # both pull the very same log
    _push_only(folded)
    report = client.sync(taken)
    _sync(folded, monkeypatch, bulk_min=ONE_BY_ONE, batch=client.PULL_BATCH)
    return taken, folded, report


@pytest.mark.parametrize(("team", "office"), [(TEAM, False), ("办公室", True)])
def test_a_replica_loaded_from_a_snapshot_equals_one_folded_from_the_log(
    enrolled, hub_url, tmp_path, monkeypatch, team, office
):
    office_r, a, _c = _mixed_log(enrolled)
    made = _make(hub_url, tmp_path, team, office)
    assert made.ops > 50 and made.size > 0
    # the tail: work pushed after the snapshot was made comes by the log
    with a.session() as s:
        hid = _in_team(a, a.team_id)[0]
        edit.update_household(s, hid, {"name": "司马相如"})
    client.sync(a)
    client.sync(office_r)
    taken, folded, report = _pair(enrolled, monkeypatch, "NEW", team=team, office=office)
    assert report.snapshot == made.pos
    _same(taken, folded)
    # and it goes on like any replica: its own edit goes out, others' come in
    with taken.session() as s:
        edit.update_household(s, hid, {"address": "新桥街道 1 号"})
    client.sync(taken)
    for r in (a, folded):
        client.sync(r)
    with folded.reader() as s:
        assert s.get(Household, hid).address == "新桥街道 1 号"
    with a.session() as s:
        edit.update_household(s, hid, {"phone": "13700000007"})
    client.sync(a)
    for r in (taken, folded):
        client.sync(r)
    _same(taken, folded)


def test_a_laptops_own_work_before_its_first_sync_is_kept(enrolled, hub_url, tmp_path):
    office = enrolled("OFFICE", team="办公室", office=True)
    demo.generate(office, 20, seed=5)
    client.sync(office)
    _make(hub_url, tmp_path)
    new = enrolled("NEW")
    device = new.device_id
    with new.session() as s:
        own = edit.create_household(s, edit.HouseholdInput(name="本机新户"))
    report = client.sync(new)
    assert report.snapshot is not None
    assert new.device_id == device and report.incarnated is None  # not taken for a copy
    with new.reader() as s:
        assert s.get(Household, own).name == "本机新户"
        assert s.execute(select(Household).where(Household.id != own)).first() is not None
    with new.session() as s:  # numbering goes on after its own operations
        edit.update_household(s, own, {"phone": "13600000006"})
    assert client.sync(new).pushed == 1
    client.sync(office)
    with office.reader() as s:
        assert s.get(Household, own).phone == "13600000006"


def test_a_replica_that_has_pulled_already_does_not_take_a_snapshot(enrolled, hub_url, tmp_path):
    office = enrolled("OFFICE", team="办公室", office=True)
    old = enrolled("OLD")
    client.sync(old)
    demo.generate(office, 10, seed=1)
    client.sync(office)
    _make(hub_url, tmp_path)
    assert client.sync(old).snapshot is None


def _offer(hub_url: str) -> tuple[int, str]:
    with psycopg.connect(hub_url) as c:
        row = c.execute("SELECT id, sha256 FROM fv_snapshot").fetchone()
        assert row is not None
        return int(row[0]), str(row[1])


@pytest.mark.parametrize(
    "spoil",
    [
        # a byte of the file changed in the hub
        "UPDATE fv_snapshot_part SET data = overlay(data placing '\\x00'::bytea from 5000)"
        " WHERE n = 0",
        # a part missing
        "DELETE FROM fv_snapshot_part WHERE n = (SELECT max(n) FROM fv_snapshot_part)",
        # made by another version of the program
        "UPDATE fv_snapshot SET schema = schema + 1",
        # says it folded other operations than the log shows this laptop
        "UPDATE fv_snapshot SET digest = md5('x')",
        "UPDATE fv_snapshot SET ops = ops - 1",
    ],
)
def test_a_snapshot_that_does_not_check_out_is_left_and_the_log_folded(
    enrolled, hub_url, tmp_path, monkeypatch, spoil
):
    office = enrolled("OFFICE", team="办公室", office=True)
    demo.generate(office, 20, seed=2)
    client.sync(office)
    _make(hub_url, tmp_path)
    with psycopg.connect(hub_url) as c:
        c.execute(spoil)
    taken, folded, report = _pair(enrolled, monkeypatch, "NEW")
    assert report.snapshot is None
    _same(taken, folded)
    assert not list(taken.base.glob("snapshot.*"))


def test_a_household_moved_into_the_team_after_the_snapshot_is_not_missed(
    enrolled, hub_url, tmp_path, monkeypatch
):
    """Its history lies below the snapshot's position but was not the team's when the
    snapshot was made: the laptop sees more than the snapshot folded and folds the log."""
    office = enrolled("OFFICE", team="办公室", office=True)
    demo.generate(office, 20, seed=4)
    client.sync(office)
    _make(hub_url, tmp_path)
    team2 = _in_team(office, team_id_for("第二走访组"))
    assert team2
    moved = team2[0]
    with office.session() as s:
        edit.update_household(s, moved, {"team_id": team_id_for(TEAM)})
    client.sync(office)
    taken, folded, report = _pair(enrolled, monkeypatch, "NEW")
    assert report.snapshot is None
    assert moved in _in_team(taken, taken.team_id)
    _same(taken, folded)


def test_devices_read_only_their_own_scopes_snapshot_and_write_none(enrolled, hub_url, tmp_path):
    """The attacker: a laptop and its passphrase, so its hub login."""
    office = enrolled("OFFICE", team="办公室", office=True)
    demo.generate(office, 10, seed=6)
    client.sync(office)
    _make(hub_url, tmp_path)  # team 1
    _make(hub_url, tmp_path, "第二走访组")
    _make(hub_url, tmp_path, "办公室", office=True)
    with psycopg.connect(hub_url) as c:
        scopes = {
            (o, t): sid for sid, o, t in c.execute("SELECT id, office, team_id FROM fv_snapshot")
        }
    assert len(scopes) == 3
    mine = enrolled("A1", team=TEAM)
    with device_conn(mine) as c:
        seen = c.execute("SELECT office, team_id FROM fv_snapshot").fetchall()
        assert seen == [(False, mine.team_id)]
        others = [sid for (o, t), sid in scopes.items() if o or t != mine.team_id]
        got = c.execute(
            "SELECT count(*) FROM fv_snapshot_part WHERE snapshot_id = ANY(%s)", (others,)
        ).fetchone()
        assert got == (0,)
    for stmt in (
        "INSERT INTO fv_snapshot (office, team_id, pos, ops, digest, schema, sha256, size,"
        " file_key) SELECT office, team_id, pos + 1, ops, digest, schema, sha256, size, file_key"
        " FROM fv_snapshot",
        "UPDATE fv_snapshot SET digest = digest",
        "UPDATE fv_snapshot_part SET data = data",
        "DELETE FROM fv_snapshot_part",
        "INSERT INTO fv_snapshot_part SELECT snapshot_id, n + 1000, data FROM fv_snapshot_part",
    ):
        with device_conn(mine) as c, pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute(stmt)
    off = enrolled("OFFICE2", team="办公室", office=True)
    with device_conn(off) as c:
        assert c.execute("SELECT office FROM fv_snapshot").fetchall() == [(True,)]


def test_a_download_cut_off_changes_nothing_and_the_next_sync_takes_it(
    enrolled, hub_url, tmp_path, monkeypatch
):
    office = enrolled("OFFICE", team="办公室", office=True)
    demo.generate(office, 20, seed=8)
    client.sync(office)
    made = _make(hub_url, tmp_path)
    new = enrolled("NEW")
    with new.reader() as s:
        before = s.execute(select(Operation.op_id).order_by(Operation.op_id)).scalars().all()

    def cut(stage: str, done: int, total: int) -> None:
        if stage == "snapshot":
            kill_backends(hub_url, new)

    with pytest.raises(client.HubUnreachable):
        client.sync(new, progress=cut)
    with new.reader() as s:
        after = s.execute(select(Operation.op_id).order_by(Operation.op_id)).scalars().all()
        assert s.execute(select(Household)).first() is None
    assert after == before
    assert not new.settings.get(client.CURSOR_KEY)
    assert not list(new.base.glob("snapshot.*"))
    assert client.sync(new).snapshot == made.pos
    with new.reader() as s:
        assert s.execute(select(Household)).first() is not None


def test_every_table_is_either_the_laptops_own_or_folded_from_the_log():
    """A new table must say whether a snapshot carries it (folded from the log, so the
    producer's copy stands) or the laptop keeps its own (snapshot.LOCAL)."""
    from fieldvisit.store import bulk

    folded = {m.__table__.name for m in (*merge.MUTABLE.values(), *merge.APPEND_ONLY.values())}
    folded |= {m.__table__.name for m in bulk.DERIVED} | {"operation", "quarantine"}
    local = set(snapshot.LOCAL)
    assert not folded & local
    assert set(Base.metadata.tables) == folded | local
    assert migrate.LATEST  # the schema a snapshot must match


def test_the_administrator_makes_snapshots_from_the_command_line(
    enrolled, hub_url, tmp_path, capsys
):
    import json

    from fieldvisit.cli import main

    office = enrolled("OFFICE", team="办公室", office=True)
    demo.generate(office, 10, seed=9)
    client.sync(office)
    admin = tmp_path / "admin"
    for _ in range(2):  # again: the same snapshot device syncs on, the older copy goes
        assert main(["--data-dir", str(admin), "hub", "snapshot", hub_url, "--team", TEAM]) == 0
        capsys.readouterr()
    code = main(["--data-dir", str(admin), "hub", "snapshot", hub_url, "--team", TEAM, "--json"])
    got = json.loads(capsys.readouterr().out)
    assert code == 0 and got["ops"] > 0 and Path(got["folder"]).parent.parent == admin
    with psycopg.connect(hub_url) as c:
        assert c.execute("SELECT count(*) FROM fv_snapshot").fetchone() == (1,)
        makers = c.execute("SELECT count(*) FROM fv_device WHERE name LIKE 'snapshot %'")
        assert makers.fetchone() == (1,)
    new = enrolled("NEW")
    assert client.sync(new).snapshot == got["pos"]


def test_one_nightly_command_keeps_every_scope_that_needs_one_stored(
    enrolled, hub_url, tmp_path, capsys, monkeypatch
):
    """``hub snapshot --all``: the scopes ``hub check`` would name, and those that have a
    snapshot already, each made again; a small team without one is left alone. One
    cron line, so a team that gets big later is not forgotten."""
    import json

    from fieldvisit.cli import main
    from fieldvisit.sync import hub

    office = enrolled("OFFICE", team="办公室", office=True)
    demo.generate(office, 30, seed=6)
    client.sync(office)
    enrolled("HZ01")
    enrolled("HZ02", team="第二走访组")
    with psycopg.connect(hub_url) as c:
        counted = c.execute("SELECT team_id, count(*) FROM fv_ops GROUP BY team_id").fetchall()
    per_team = dict(counted)
    first = per_team[team_id_for(TEAM)] + per_team.get(None, 0)
    second = per_team[team_id_for("第二走访组")] + per_team.get(None, 0)
    assert first != second
    # the bigger of the two teams (and the offices) are big enough, the other is not
    big, small = (TEAM, "第二走访组") if first > second else ("第二走访组", TEAM)
    monkeypatch.setattr(hub, "SNAPSHOT_WORTH", max(first, second), raising=False)
    admin = tmp_path / "admin"
    assert main(["--data-dir", str(admin), "hub", "snapshot", hub_url, "--all", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert sorted((m["scope"], m["office"]) for m in made) == sorted(
        [(big, False), ("办公室", True)]
    )
    assert all(m["ops"] > 0 for m in made)
    assert not [p for p in hub.check(hub_url).problems if "no snapshot" in p]
    with psycopg.connect(hub_url) as c:
        kept = c.execute(
            "SELECT s.office, t.name FROM fv_snapshot s LEFT JOIN fv_team t ON t.id = s.team_id"
        ).fetchall()
    assert sorted(kept, key=str) == sorted([(True, None), (False, big)], key=str)
    # a snapshot kept is made again even when its scope is small now; the small team waits
    monkeypatch.setattr(hub, "SNAPSHOT_WORTH", 10**9)
    assert main(["--data-dir", str(admin), "hub", "snapshot", hub_url, "--all"]) == 0
    out = capsys.readouterr().out
    assert big in out and small not in out
    with psycopg.connect(hub_url) as c:
        again = c.execute("SELECT count(*) FROM fv_snapshot").fetchone()
        makers = c.execute("SELECT count(*) FROM fv_device WHERE name LIKE 'snapshot %'")
        assert again == (2,) and makers.fetchone() == (2,)  # the same producers sync on
    # neither a team nor --all: a clear refusal, nothing made
    assert main(["--data-dir", str(admin), "hub", "snapshot", hub_url]) == 2
    assert "--all" in capsys.readouterr().err
    assert main(["--data-dir", str(admin), "hub", "snapshot", hub_url, "--all", "--office"]) == 2
    assert "--office" in capsys.readouterr().err
    with psycopg.connect(hub_url) as c:
        assert c.execute("SELECT count(*) FROM fv_snapshot").fetchone() == (2,)
    # one scope failing (the hub gone half-way) does not stop the others; cron sees it
    from fieldvisit.errors import FieldVisitError

    real_make = snapshot.make

    def offices_fail(url: str, **kw: Any) -> snapshot.Made:
        if kw["office"]:
            raise FieldVisitError("the hub closed the connection")
        return real_make(url, **kw)

    monkeypatch.setattr(snapshot, "make", offices_fail)
    with psycopg.connect(hub_url) as c:
        before = c.execute("SELECT office, pos, made_at FROM fv_snapshot ORDER BY 1").fetchall()
    client.sync(office)  # something new for the team's snapshot to cover
    assert main(["--data-dir", str(admin), "hub", "snapshot", hub_url, "--all"]) == 1
    out = capsys.readouterr().out
    assert "the hub closed the connection" in out and big in out
    assert main(["--data-dir", str(admin), "hub", "snapshot", hub_url, "--all", "--json"]) == 1
    told = {m["office"]: m for m in json.loads(capsys.readouterr().out)}
    assert told[True]["error"] == "the hub closed the connection" and told[False]["ops"] > 0
    with psycopg.connect(hub_url) as c:
        after = c.execute("SELECT office, pos, made_at FROM fv_snapshot ORDER BY 1").fetchall()
    assert after[1] == before[1]  # the offices' snapshot is the one it was
    assert after[0][2] > before[0][2]  # the team's was made again


def test_all_on_a_small_hub_makes_nothing_and_says_so(enrolled, hub_url, tmp_path, capsys):
    """A hub whose logs are all small (the offices' and a team's, far below
    ``hub.SNAPSHOT_WORTH``) and which keeps no snapshot: nothing is made, no producer
    device is enrolled, and the administrator reads why."""
    import json

    from fieldvisit.cli import main

    office = enrolled("OFFICE", team="办公室", office=True)
    demo.generate(office, 5, seed=2)
    client.sync(office)
    enrolled("HZ01")
    admin = tmp_path / "admin"
    assert main(["--data-dir", str(admin), "hub", "snapshot", hub_url, "--all"]) == 0
    assert "No scope needs a snapshot yet" in capsys.readouterr().out
    assert main(["--data-dir", str(admin), "hub", "snapshot", hub_url, "--all", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    with psycopg.connect(hub_url) as c:
        assert c.execute("SELECT count(*) FROM fv_snapshot").fetchone() == (0,)
        makers = c.execute("SELECT count(*) FROM fv_device WHERE name LIKE 'snapshot %'")
        assert makers.fetchone() == (0,)


@pytest.mark.parametrize("busy", ["alone", "open", "reading"])
def test_the_replica_stays_in_wal_mode_whether_or_not_another_connection_reads_it(
    enrolled, hub_url, tmp_path, monkeypatch, busy
):
    """The copy needs the replica to itself (nothing may write it meanwhile): alone, it
    goes in through a rollback journal; with another connection open (idle or in the
    middle of a read) the laptop folds the log instead. Either way the replica is whole,
    in WAL mode, and opens again with its own key."""
    monkeypatch.setattr(snapshot, "LOCK_WAIT_MS", 300)
    office = enrolled("OFFICE", team="办公室", office=True)
    demo.generate(office, 10, seed=10)
    client.sync(office)
    made = _make(hub_url, tmp_path)
    new = enrolled("NEW")
    other = new.engine.connect() if busy != "alone" else None
    try:
        if other is not None:
            other.exec_driver_sql("SELECT count(*) FROM setting").all()
            if busy == "open":
                other.commit()
        got = client.sync(new).snapshot
        assert got == (made.pos if busy == "alone" else None)
    finally:
        if other is not None:
            other.close()
    with new.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    with new.reader() as s:
        assert s.execute(select(Household)).first() is not None


def test_a_download_cancelled_half_way_leaves_the_replica_fresh_and_the_next_takes_it(
    enrolled, hub_url, tmp_path, monkeypatch
):
    office = enrolled("OFFICE", team="办公室", office=True)
    demo.generate(office, 10, seed=11)
    client.sync(office)
    monkeypatch.setattr(snapshot, "PART", 64 * 1024)  # parts enough to stop between
    made = _make(hub_url, tmp_path)
    with psycopg.connect(hub_url) as c:
        assert c.execute("SELECT count(*) > 3 FROM fv_snapshot_part").fetchone() == (True,)
    new = enrolled("NEW")
    seen: list[str] = []

    def progress(stage: str, done: int, total: int) -> None:
        seen.append(stage)

    report = client.sync(new, progress=progress, cancelled=lambda: "snapshot" in seen)
    assert report.cancelled and report.snapshot is None and report.pulled == 0
    assert not new.settings.get(client.CURSOR_KEY)
    assert not list(new.base.glob("snapshot.*"))
    assert client.sync(new).snapshot == made.pos
    # it opens again with its own key, as it is
    base = new.base
    new.close()
    again = Replica.open(base)
    try:
        with again.reader() as s:
            held = s.execute(select(func.count()).select_from(Operation)).scalar()
        assert held is not None and held >= made.ops
        assert again.settings[client.CURSOR_KEY] >= made.pos
    finally:
        again.close()


def test_no_room_for_the_download_folds_the_log_instead(enrolled, hub_url, tmp_path, monkeypatch):
    office = enrolled("OFFICE", team="办公室", office=True)
    demo.generate(office, 10, seed=12)
    client.sync(office)
    _make(hub_url, tmp_path)
    real_open = Path.open

    def full_disk(self: Path, *a: Any, **kw: Any) -> Any:
        if self.name == "snapshot.download":
            raise OSError(28, "No space left on device")
        return real_open(self, *a, **kw)

    monkeypatch.setattr(Path, "open", full_disk)
    taken, folded, report = _pair(enrolled, monkeypatch, "NEW")
    assert report.snapshot is None
    _same(taken, folded)


def test_hub_check_names_snapshots_new_laptops_would_ignore_or_gain_little_from(
    enrolled, hub_url, tmp_path
):
    from fieldvisit.sync import hub

    office = enrolled("OFFICE", team="办公室", office=True)
    client.sync(office)
    _make(hub_url, tmp_path)
    _make(hub_url, tmp_path, "办公室", office=True)
    assert not [p for p in hub.check(hub_url).problems if "snapshot" in p]
    with psycopg.connect(hub_url) as c:
        c.execute("UPDATE fv_snapshot SET schema = schema - 1 WHERE NOT office")
        c.execute("UPDATE fv_snapshot SET made_at = now() - interval '9 days' WHERE office")
    found = [p for p in hub.check(hub_url).problems if "snapshot" in p]
    assert len(found) == 2
    assert TEAM in found[0] and "another version" in found[0]
    assert "the offices" in found[1] and "9 days old" in found[1]


def test_hub_check_names_scopes_whose_new_laptops_would_fold_the_whole_log(
    enrolled, hub_url, tmp_path, monkeypatch
):
    """Without a snapshot a new laptop takes its scope's log as a bulk load (a minute at
    100,000 households): the administrator learns which scopes are big enough for that,
    and a scope with a snapshot, or too small to matter, is not named."""
    from fieldvisit.sync import hub

    office = enrolled("OFFICE", team="办公室", office=True)
    demo.generate(office, 40, seed=3)  # three teams' households, campaigns for all
    client.sync(office)
    enrolled("HZ01")  # the hub knows a team by its laptops
    with psycopg.connect(hub_url) as c:
        counted = c.execute("SELECT team_id, count(*) FROM fv_ops GROUP BY team_id").fetchall()
        per_team = dict(counted)
        everything = sum(per_team.values())
        shared = per_team.get(None, 0)
        first = per_team[team_id_for(TEAM)]

    def named() -> list[str]:
        return [p for p in hub.check(hub_url).problems if "no snapshot" in p]

    # the first team just reaches it
    monkeypatch.setattr(hub, "SNAPSHOT_WORTH", first + shared, raising=False)
    found = named()
    assert any(TEAM in p and str(first + shared) in p for p in found), found
    assert any("the offices" in p and str(everything) in p for p in found), found
    assert not any("办公室" in p for p in found)  # the offices' team is the offices' scope
    _make(hub_url, tmp_path)
    _make(hub_url, tmp_path, "办公室", office=True)
    found = named()
    assert not any(TEAM in p or "the offices" in p for p in found), found
    with psycopg.connect(hub_url) as c:
        c.execute("DELETE FROM fv_snapshot")
        now = c.execute("SELECT count(*) FROM fv_ops").fetchone()
    assert now is not None
    monkeypatch.setattr(hub, "SNAPSHOT_WORTH", now[0] + 1)  # no scope is big enough
    assert named() == []


def test_work_saved_while_the_snapshot_is_copied_in_is_not_lost(
    enrolled, hub_url, tmp_path, monkeypatch
):
    """The sync page lets the user work during a sync. A household saved after the laptop
    read what it holds, and before the copy replaced it, waits for the copy and lands
    after it, instead of being overwritten by it. It may then meet the tail's pull: the
    two writers wait for each other (``Replica.session`` begins IMMEDIATE)."""
    import threading

    office = enrolled("OFFICE", team="办公室", office=True)
    demo.generate(office, 10, seed=13)
    client.sync(office)
    made = _make(hub_url, tmp_path)
    new = enrolled("NEW")
    saved: list[str] = []
    writer: list[threading.Thread] = []
    real = merge.apply_batch

    def save_meanwhile() -> None:
        with new.session() as s:
            saved.append(edit.create_household(s, edit.HouseholdInput(name="同步时新录入")))

    def folding_own_work(session: Any, ops: Any, **kw: Any) -> Any:
        if not writer:  # the laptop has read its own work: now the user saves more
            writer.append(threading.Thread(target=save_meanwhile))
            writer[0].start()
            writer[0].join(0.5)  # give it time to land, if nothing holds it back
        return real(session, ops, **kw)

    monkeypatch.setattr(merge, "apply_batch", folding_own_work)
    assert client.sync(new).snapshot == made.pos
    monkeypatch.setattr(merge, "apply_batch", real)
    writer[0].join(30)
    assert saved
    with new.reader() as s:
        assert s.get(Household, saved[0]) is not None
    assert client.sync(new).pushed >= 1
    client.sync(office)
    with office.reader() as s:
        assert s.get(Household, saved[0]).name == "同步时新录入"


def test_a_first_sync_that_folds_the_whole_log_says_a_snapshot_would_spare_the_next(
    enrolled, hub_url, tmp_path, monkeypatch, capsys
):
    """The laptop that waits on the slow path is told why (the hub had no snapshot it
    could use) and who can spare the next laptop that wait; a laptop that took a
    snapshot and one whose first sync was small are told nothing; a laptop far behind
    takes a snapshot beyond its cursor, and is told when there is none."""
    from fieldvisit.store import bulk

    office = enrolled("OFFICE", team="办公室", office=True)
    demo.generate(office, 20, seed=5)
    client.sync(office)
    small = enrolled("SMALL")
    assert (
        _sync(small, monkeypatch, bulk_min=ONE_BY_ONE, batch=client.PULL_BATCH).snapshot_missed == 0
    )

    monkeypatch.setattr(client, "BULK_MIN", 0)  # from here every first sync is a bulk load
    new = enrolled("NEW")
    report = client.sync(new)
    with new.reader() as s:
        held = s.execute(select(func.count()).select_from(Operation)).scalar_one()
    assert report.snapshot is None and report.snapshot_missed == held > 10
    assert "because the hub had no snapshot" in client.missed_snapshot(held)
    # the command line says it too, in the user's language
    f = tmp_path / "CLI.fvenrol"
    from fieldvisit.sync import enrol, hub

    code = enrol.new_code()
    enrol.seal(hub.enroll(hub_url, device="CLI", team=TEAM).data, f, code)
    enrol.enrol_from_file(tmp_path / "cli", f, code).close()
    out = sync_in_chinese(tmp_path / "cli", capsys)
    assert "hub snapshot --all" in out and "快照" in out, out

    _make(hub_url, tmp_path)  # the administrator keeps one: the next new laptop takes it
    later = enrolled("LATER")
    report = client.sync(later)
    assert report.snapshot is not None and report.snapshot_missed == 0

    demo.generate(office, 10, seed=6)
    client.sync(office)
    folds: list[int] = []
    real = bulk.fold_log
    monkeypatch.setattr(bulk, "fold_log", lambda s, p=None: (folds.append(1), real(s, p))[1])
    monkeypatch.setattr(client, "_far_behind", lambda *_a: True)
    report = client.sync(new)  # far behind, and the snapshot lies beyond its cursor
    assert report.snapshot is not None and report.snapshot_missed == 0
    demo.generate(office, 10, seed=8)
    client.sync(office)
    folds.clear()
    report = client.sync(new)  # far behind again: the snapshot is older than its cursor
    with new.reader() as s:
        held = s.execute(select(func.count()).select_from(Operation)).scalar_one()
    assert folds == [1] and report.snapshot is None and report.snapshot_missed == held


def test_a_laptop_far_behind_takes_the_snapshot_and_keeps_everything_it_held(
    enrolled, hub_url, tmp_path, monkeypatch
):
    """A laptop back after weeks away, with most of what it must pull below the hub's
    snapshot: it loads the snapshot with everything it held (its own work not yet sent,
    a teammate's work that came by USB stick and never reached the hub) and pulls the
    rest. The result is what folding the log operation by operation gives."""
    office = enrolled("OFFICE", team="办公室", office=True)
    demo.generate(office, 12, seed=3)
    client.sync(office)
    far, ref, mate = enrolled("FAR"), enrolled("REF"), enrolled("MATE")
    for r in (far, ref, mate):
        client.sync(r)
    held = _in_team(far, far.team_id)
    assert held
    # Weeks in the field: its own work, and a teammate's bundle (the teammate never syncs).
    with far.session() as s:
        own = edit.create_household(s, edit.HouseholdInput(name="离线新户"))
        edit.update_household(s, held[0], {"phone": "13900000009"})
    with mate.session() as s:
        carried = edit.create_household(s, edit.HouseholdInput(name="优盘带来户"))
    stick = tmp_path / "mate.fvb"
    bundle.export_bundle(mate, stick)
    assert bundle.import_bundle(far, stick).applied > 0
    # Meanwhile the office registers many more; the snapshot is made; one edit after it.
    demo.generate(office, 90, seed=9)
    client.sync(office)
    made = _make(hub_url, tmp_path)
    with office.session() as s:
        edit.update_household(s, held[1], {"address": "快照之后 2 号"})
    client.sync(office)
    with far.reader() as s:
        before = s.execute(select(func.count()).select_from(Operation)).scalar_one()
    report = _sync(far, monkeypatch, bulk_min=50, batch=client.PULL_BATCH)
    assert report.snapshot == made.pos
    assert 0 < report.pulled < made.ops  # what it held is not counted as pulled again
    with far.reader() as s:
        assert s.get(Household, own).name == "离线新户"
        assert s.get(Household, carried).name == "优盘带来户"
        assert s.get(Household, held[0]).phone == "13900000009"
        assert s.get(Household, held[1]).address == "快照之后 2 号"
        assert s.execute(select(func.count()).select_from(Operation)).scalar_one() > before
    # The same log, folded operation by operation, gives the same replica (once the
    # teammate has synced: only an office passes on what came by USB stick).
    client.sync(mate)
    _sync(ref, monkeypatch, bulk_min=ONE_BY_ONE, batch=client.PULL_BATCH)
    client.sync(far)
    _same(far, ref)


def _far_behind_hub(enrolled: Any, hub_url: str, tmp_path: Path) -> snapshot.Made:
    """The office registers many households after ``laptop`` last synced; the
    administrator makes the team's snapshot."""
    office = enrolled("OFFICE2", team="办公室", office=True)
    demo.generate(office, 90, seed=9)
    client.sync(office)
    return _make(hub_url, tmp_path)


def test_a_restored_copy_far_behind_moves_on_then_takes_the_snapshot_keeping_all_work(
    enrolled, hub_url, tmp_path, monkeypatch
):
    """Restored from an old backup, used, and far behind: it first moves to a new
    incarnation (the push), then loads the snapshot, which holds work of its old self it
    never saw. Neither its own work nor the original's is lost."""
    a = enrolled("HZ01")
    client.sync(a)
    saved = backup.backup(a, tmp_path / "usb").folder
    with a.session() as s:
        later = edit.create_household(s, edit.HouseholdInput(name="原机后来户"))
    client.sync(a)
    made = _far_behind_hub(enrolled, hub_url, tmp_path)
    b = Replica.open(saved)
    try:
        with b.session() as s:
            mine = edit.create_household(s, edit.HouseholdInput(name="恢复后新户"))
        report = _sync(b, monkeypatch, bulk_min=50, batch=client.PULL_BATCH)
        assert report.incarnated and b.device_id != a.device_id
        assert report.snapshot == made.pos
        with b.reader() as s:
            assert s.get(Household, later).name == "原机后来户"
            assert s.get(Household, mine).name == "恢复后新户"
        ref = enrolled("REF")
        _sync(ref, monkeypatch, bulk_min=ONE_BY_ONE, batch=client.PULL_BATCH)
        client.sync(b)
        _same(b, ref)
    finally:
        b.close()


def test_a_snapshot_holding_work_of_this_device_it_never_saw_is_left(enrolled, hub_url, tmp_path):
    """Should a copy reach the pull without having moved on (the push is what notices),
    a snapshot with its device's unseen work must not stand for its log: left, nothing
    changed, and the log decides."""
    a = enrolled("HZ01")
    client.sync(a)
    saved = backup.backup(a, tmp_path / "usb").folder
    with a.session() as s:
        edit.create_household(s, edit.HouseholdInput(name="原机后来户"))
    client.sync(a)
    _far_behind_hub(enrolled, hub_url, tmp_path)
    b = Replica.open(saved)
    try:
        before = canonical(b), b.settings.get(client.CURSOR_KEY)
        conn = client.connect(b)
        try:
            assert snapshot.take(conn, b, client.CURSOR_KEY) is None
        finally:
            conn.close()
        assert (canonical(b), b.settings.get(client.CURSOR_KEY)) == before
    finally:
        b.close()


def test_what_waits_in_quarantine_stays_when_a_laptop_far_behind_takes_the_snapshot(
    enrolled, hub_url, tmp_path, monkeypatch
):
    """Payments the hub's administrator wrote around the rules, in the team's scope: held
    aside before, held aside after, never folded."""
    from tests.sync.test_authz import ATTACKS, _sql_insert

    a = enrolled("A1")
    b = enrolled("B1", team="第二走访组")
    ha, hb = household(a, "张一"), household(b, "李二")
    for r in (a, b, a, b):
        client.sync(r)
    ops = [ATTACKS[name][0](a, b, ha, hb) for name in ("minus 50,000 yuan", "10^15 fen")]
    with psycopg.connect(hub_url) as admin:
        for op in ops:
            _sql_insert(admin, op, a.device_id)
    client.sync(a)
    with a.reader() as s:
        held = {q.op_id: q.reason for q in s.execute(select(Quarantined)).scalars()}
    assert held
    made = _far_behind_hub(enrolled, hub_url, tmp_path)
    assert _sync(a, monkeypatch, bulk_min=50, batch=client.PULL_BATCH).snapshot == made.pos
    with a.reader() as s:
        after = {q.op_id: q.reason for q in s.execute(select(Quarantined)).scalars()}
        assert held.items() <= after.items()
        assert all(s.get(Operation, op_id) is None for op_id in held)
        assert s.get(Household, ha).name == "张一"


def test_a_laptop_far_behind_that_cancels_the_download_does_not_fold_what_it_held(
    enrolled, hub_url, tmp_path, monkeypatch
):
    """Cancel while the snapshot comes down: the laptop stops there. Nothing new arrived,
    so nothing is folded again (its whole log, minutes at 100,000 households), and the
    next sync takes the snapshot."""
    from fieldvisit.store import bulk

    far = enrolled("FAR")
    client.sync(far)
    before = canonical(far), far.settings.get(client.CURSOR_KEY)
    monkeypatch.setattr(snapshot, "PART", 16 * 1024)  # parts enough to stop between
    made = _far_behind_hub(enrolled, hub_url, tmp_path)
    folds: list[int] = []
    real = bulk.fold_log
    monkeypatch.setattr(bulk, "fold_log", lambda s, p=None: (folds.append(1), real(s, p))[1])
    monkeypatch.setattr(client, "BULK_MIN", 50)
    seen: list[str] = []
    report = client.sync(
        far, progress=lambda stage, *_n: seen.append(stage), cancelled=lambda: "snapshot" in seen
    )
    assert report.cancelled and report.snapshot is None and "snapshot" in seen
    assert folds == [] and "fold" not in seen
    assert (canonical(far), far.settings.get(client.CURSOR_KEY)) == before
    assert client.sync(far).snapshot == made.pos
