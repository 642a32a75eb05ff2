"""A first sync as a bulk load (store/bulk.py) gives exactly what folding one operation at
a time gives, keeps the rules, and resumes after a cut like any pull."""

from __future__ import annotations

import dataclasses
import io
from datetime import date
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import func, select, text
from sqlalchemy.engine import Connection

from fieldvisit import demo, integrity, needs, payments, visits
from fieldvisit.errors import FieldVisitError
from fieldvisit.households import edit, search
from fieldvisit.store import bulk, merge, oplog
from fieldvisit.store.engine import dumps
from fieldvisit.store.models import (
    Campaign,
    Distribution,
    Household,
    Need,
    Operation,
    Payment,
    Quarantined,
    Setting,
)
from fieldvisit.store.replica import Replica
from fieldvisit.sync import client
from fieldvisit.units import distributions as dist
from fieldvisit.units import registry as units
from tests.helpers import canonical
from tests.sync.util import kill_backends

ONE_BY_ONE = 10**9  # BULK_MIN that no pull reaches


def _image(kind: str = "JPEG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(out, kind)
    return out.getvalue()


def _push_only(r: Replica) -> None:
    """Send a fresh replica's own operations (its device and team rows) before any pull,
    so that two fresh replicas compared below pull the very same log."""
    conn = client.connect(r)
    try:
        client._refresh_registry(conn, r)
        client.push(conn, r, client.SyncReport())
    finally:
        conn.close()


def _sync(r: Replica, monkeypatch: pytest.MonkeyPatch, *, bulk_min: int, batch: int) -> Any:
    with monkeypatch.context() as m:
        m.setattr(client, "BULK_MIN", bulk_min)
        m.setattr(client, "PULL_BATCH", batch)
        return client.sync(r)


def _ids(r: Replica, model: Any, **where: Any) -> list[str]:
    with r.reader() as s:
        stmt = select(model.id).order_by(model.id)
        for k, v in where.items():
            stmt = stmt.where(getattr(model, k) == v)
        return list(s.execute(stmt).scalars())


def _in_team(r: Replica, team_id: str) -> list[str]:
    return _ids(r, Household, team_id=team_id, archived=False)


def _mixed_log(enrolled: Any) -> tuple[Replica, Replica, Replica]:
    """An office with demo data (teams, campaigns, households, members, visits, payments,
    receipts, needs, units), two laptops of one team and one of another, and on top:
    concurrent edits (a field conflict), an archive against an edit, restores, merges
    and an unmerge, two voids of one payment, need transitions and a reopen, unit edits,
    a rename and a household moved between teams (a backfill)."""
    office = enrolled("OFFICE", team="办公室", office=True)
    demo.generate(office, 40, seed=7)
    client.sync(office)
    a = enrolled("A1", team="第一走访组")
    b = enrolled("B1", team="第一走访组")
    c = enrolled("C1", team="第二走访组")
    for r in (a, b, c, office, a, b, c):
        client.sync(r)
    team1 = _in_team(a, a.team_id)
    team2 = _in_team(c, c.team_id)
    assert len(team1) >= 8 and len(team2) >= 2
    h_conflict, h_archive, loser, survivor, loser2, survivor2, h_rename = team1[:7]
    # concurrent edits of one field; an archive against an edit
    with a.session() as s:
        edit.update_household(s, h_conflict, {"phone": "13800000001"})
        edit.archive_household(s, h_archive)
    with b.session() as s:
        edit.update_household(s, h_conflict, {"phone": "13900000002"})
        edit.update_household(s, h_archive, {"address": "新桥街道 9 号"})
        edit.update_household(s, h_rename, {"name": "欧阳晓明"})
        edit.add_member(s, loser, edit.MemberInput(name="王小丫", relation="女儿"))
    # two laptops void the same payment before they meet
    paid = _ids(a, Payment, household_id=survivor2) or _ids(a, Payment)
    for r in (a, b):
        with r.session() as s:
            payments.void_payment(s, paid[0], "金额填错")
    # ... and the same distribution of a unit (集体发放)
    given = _ids(a, Distribution)
    if given:
        for r in (a, b):
            with r.session() as s:
                dist.void_distribution(s, given[0], "发放记录有误")
    # a visit with a photo, goods and a drawn signature: bytes and JSON columns
    camp = _ids(a, Campaign)[0]
    with a.session() as s:
        visits.record_visit(
            s,
            visits.VisitInput(
                household_id=team1[7],
                visited_on=date.today(),
                campaign_id=camp,
                observations={"housing": "屋顶漏雨"},
                photos=[_image()],
                payment=payments.PaymentInput(
                    cash_fen=30_000,
                    goods=[payments.GoodsLine("大米", "袋", 2, 12_000)],
                    signature_png=_image("PNG"),
                ),
            ),
        )
    # needs move on, one is reopened
    open_needs = _ids(a, Need, status="open")
    with a.session() as s:
        needs.transition(s, open_needs[0], "in_progress", "已联系街道")
        needs.transition(s, open_needs[1], "resolved", "已办结")
    for r in (a, b, c):
        client.sync(r)
    client.sync(office)
    with office.session() as s:
        needs.reopen(s, open_needs[1], "家属反映未落实")
        edit.merge_households(s, loser, survivor, "同一家，登记两次")
        edit.merge_households(s, loser2, survivor2, "疑似同一家")
        edit.restore_household(s, h_archive)
        # a household of team 2 moves to team 1: its history is backfilled there
        edit.update_household(s, team2[0], {"team_id": a.team_id})
        some_units = _ids(office, units.Unit)
        if some_units:
            units.update_unit(s, some_units[0], {"name": "清波街道便民服务站"})
        if len(some_units) > 1:
            units.archive_unit(s, some_units[1])
        # a unit registered twice: its visits, distributions and wishes follow the survivor
        live = [u for u in s.execute(select(units.Unit)).scalars() if not u.archived]
        pair = next(
            ((x, y) for x in live for y in live if x.id < y.id and x.team_id == y.team_id), None
        )
        assert pair is not None, "the demo has two units of one team"
        units.merge_units(s, pair[0].id, pair[1].id)
    client.sync(office)
    with office.session() as s:
        edit.unmerge_household(s, loser2, "复核：不是同一家")
    client.sync(office)
    for r in (a, b, c, office):
        client.sync(r)
    return office, a, c


def _search_state(r: Replica) -> dict[str, Any]:
    """The search tables, as far as they must agree: which households, under which names
    and in which bucket, and what the ordered index answers."""
    with r.reader() as s:
        rank = [
            tuple(row)
            for row in s.execute(
                text("SELECT hid, name, archived, rank >> 31 FROM household_rank ORDER BY hid")
            )
        ]
        fts = [
            tuple(row)
            for row in s.execute(
                text("SELECT hid, name, archived, terms FROM household_fts ORDER BY hid")
            )
        ]
        names = [n for n in s.execute(select(Household.name)).scalars() if n]
        answers = {
            q: search.ordered_ids(s, q, limit=5)
            for q in {n[:1] for n in names} | {n[:2] for n in names} | {"欧阳"}
        }
        # what FTS5 holds in memory before it writes (a bulk load raises it meanwhile)
        hashsize = {
            t: s.execute(
                text(
                    f"SELECT coalesce(max(v), {bulk.FTS_HASH_DEFAULT}) FROM {t}_config"
                    " WHERE k = 'hashsize'"
                )
            ).scalar()
            for t in bulk.FTS_TABLES
        }
    return {"rank": rank, "fts": fts, "answers": answers, "hashsize": hashsize}


def _tallies(r: Replica) -> dict[str, Any]:
    with r.reader() as s:
        return {
            table: sorted(tuple(row) for row in s.execute(text(stored)))
            for table, (stored, _fresh) in integrity.TALLIES.items()
        }


def _log(r: Replica) -> list[tuple[str, str]]:
    with r.reader() as s:
        return sorted(tuple(r) for r in s.execute(select(Operation.op_id, Operation.sort_key)))


def _same(x: Replica, y: Replica) -> None:
    cx, cy = canonical(x), canonical(y)
    for table in cx:
        assert cx[table] == cy[table], table
    assert _search_state(x) == _search_state(y)
    assert _tallies(x) == _tallies(y)
    assert _log(x) == _log(y)


@pytest.mark.parametrize(
    ("device", "team", "office", "few"),
    [
        # every table read through the log's row index, then every one reading the whole log
        ("NEWOFFICE", "办公室", True, 1.0),
        ("NEWOFFICE", "办公室", True, 0.0),
        ("NEWFIELD", "第一走访组", False, bulk.FEW),
    ],
)
def test_a_bulk_loaded_replica_equals_one_folded_operation_by_operation(
    enrolled, monkeypatch, device, team, office, few
):
    _mixed_log(enrolled)
    monkeypatch.setattr(bulk, "FEW", few)
    if few == 0.0:  # the fact tables' shared read, a few operations at a time
        monkeypatch.setattr(bulk, "PASS_ROWS", 7)
    read: dict[str, str | None] = {}

    def reading(conn, entity):
        read[entity] = real(conn, entity)
        return read[entity]

    real = bulk._reading
    monkeypatch.setattr(bulk, "_reading", reading)
    loaded = enrolled(device + "B", team=team, office=office)
    folded = enrolled(device + "O", team=team, office=office)
    _push_only(loaded)
    _push_only(folded)
    got = _sync(loaded, monkeypatch, bulk_min=0, batch=client.PULL_BATCH)
    _sync(folded, monkeypatch, bulk_min=ONE_BY_ONE, batch=1)  # one operation per fetch
    assert got.pulled > 50
    ways = {way for way in read.values() if way}
    if few == 1.0:
        assert ways == {"INDEXED BY ix_operation_row"}, read
    elif few == 0.0:
        assert ways == {"NOT INDEXED"}, read
    if office:  # units' distributions and visits are among the tables made
        assert read.get("distribution") and read.get("unit_visit"), read
    with loaded.reader() as s:
        assert s.get(Setting, bulk.PENDING) is None
        assert s.execute(text("SELECT count(*) FROM conflict")).scalar()
        assert s.execute(text("SELECT count(*) FROM void_duplicate")).scalar()
        assert s.execute(
            text("SELECT count(*) FROM void_duplicate WHERE entity = 'distribution'")
        ).scalar()
        assert s.execute(text("SELECT count(*) FROM household WHERE merged_into IS NOT NULL"))
    _same(loaded, folded)
    with loaded.reader() as s:
        assert integrity.run(s) == []
    # Afterwards the loaded replica folds like any other (indexes and triggers are back).
    editor = enrolled(device + "E", team=team, office=office)
    client.sync(editor)
    hid = _in_team(editor, editor.team_id)[0] if not office else _ids(editor, Household)[0]
    with editor.session() as s:
        edit.update_household(s, hid, {"name": "司马相如"})
    client.sync(editor)
    for r in (loaded, folded):
        _sync(r, monkeypatch, bulk_min=ONE_BY_ONE, batch=client.PULL_BATCH)
    _same(loaded, folded)
    with loaded.reader() as s:
        assert search.ordered_ids(s, "司马", limit=5) == [hid]


def test_a_first_sync_tells_how_far_its_fold_has_gone(enrolled, monkeypatch):
    """The fold of a bulk load takes a minute or more at a county's size: after the
    pull it is announced busy, then told in percent, stage by stage, up to 100."""
    source = enrolled("P1")
    with source.session() as s:
        for i in range(30):
            edit.create_household(s, edit.HouseholdInput(name=f"进度{i:02d}"))
    client.sync(source)
    told: list[tuple[str, int, int]] = []
    monkeypatch.setattr(client, "BULK_MIN", 0)
    client.sync(enrolled("P2"), progress=lambda *n: told.append(n))
    stages = [stage for stage, _d, _t in told]
    first = stages.index("fold")
    assert "pull" in stages[:first] and set(stages[first:]) == {"fold"}
    fold = [(d, t) for stage, d, t in told if stage == "fold"]
    assert fold[0] == (0, 0)  # busy until the first stage is done
    percents = [d for d, t in fold[1:] if t == 100]
    assert len(percents) == len(fold) - 1  # then every report is in percent
    assert percents == sorted(percents) and percents[-1] == 100
    assert len(set(percents)) >= len(bulk.SHARES)  # each stage moves the bar


def test_a_far_behind_replica_is_reloaded_with_its_own_work_kept(enrolled, monkeypatch):
    office = enrolled("OFFICE", team="办公室", office=True)
    behind = enrolled("BEHIND", team="第一走访组")
    with behind.session() as s:
        own = edit.create_household(s, edit.HouseholdInput(name="本机户"))
    client.sync(behind)
    demo.generate(office, 30, seed=3)
    client.sync(office)
    with office.session() as s:
        edit.update_household(s, own, {"address": "办公室补的地址"})
    client.sync(office)
    with behind.session() as s:  # not yet synced: a local edit of the same row
        edit.update_household(s, own, {"phone": "13700000000"})
    fresh = enrolled("FRESH", team="第一走访组")
    _push_only(fresh)
    _sync(behind, monkeypatch, bulk_min=0, batch=client.PULL_BATCH)
    _sync(fresh, monkeypatch, bulk_min=ONE_BY_ONE, batch=client.PULL_BATCH)
    _sync(fresh, monkeypatch, bulk_min=ONE_BY_ONE, batch=client.PULL_BATCH)
    _sync(behind, monkeypatch, bulk_min=ONE_BY_ONE, batch=client.PULL_BATCH)
    _same(behind, fresh)
    with behind.reader() as s:
        h = s.get(Household, own)
        assert h is not None and (h.address, h.phone) == ("办公室补的地址", "13700000000")


def test_the_rules_screen_every_operation_of_a_bulk_load(enrolled, hub_url, monkeypatch):
    """A row the hub's administrator wrote around the rules is quarantined, not folded."""
    import psycopg

    from tests.sync.test_authz import ATTACKS, _sql_insert
    from tests.sync.util import household

    a = enrolled("A1", team="第一走访组")
    b = enrolled("B1", team="第二走访组")
    ha, hb = household(a, "张一"), household(b, "李二")
    for r in (a, b, a, b):
        client.sync(r)
    ops = {name: make(a, b, ha, hb) for name, (make, _code) in ATTACKS.items()}
    with psycopg.connect(hub_url) as admin:
        for op in ops.values():
            _sql_insert(admin, op, a.device_id)
    o = enrolled("OFFICE", team="办公室", office=True)
    _sync(o, monkeypatch, bulk_min=0, batch=client.PULL_BATCH)
    with o.reader() as s:
        held = {q.op_id: q.reason for q in s.execute(select(Quarantined)).scalars()}
        for name, op in ops.items():
            assert s.get(Operation, op.op_id) is None, name
            assert held[op.op_id] == ATTACKS[name][1], name
        assert s.get(Household, ha) is not None


def _partial(r: Replica) -> tuple[int, bool, bool]:
    """(operations in the log, load pending, the log's row index present)."""
    with r.reader() as s:
        n = int(s.execute(text("SELECT count(*) FROM operation")).scalar() or 0)
        index = s.execute(
            text("SELECT 1 FROM sqlite_master WHERE name = 'ix_operation_row'")
        ).first()
        return n, s.get(Setting, bulk.PENDING) is not None, index is not None


def test_a_bulk_load_cut_off_resumes_from_its_cursor_and_converges(enrolled, hub_url, monkeypatch):
    monkeypatch.setattr(client, "BULK_MIN", 0)
    monkeypatch.setattr(client, "PULL_BATCH", 40)
    monkeypatch.setattr(client, "PULL_COMMIT", 80)  # two fetches per replica transaction
    office = enrolled("OFFICE", team="办公室", office=True)
    demo.generate(office, 25, seed=5)
    client.sync(office)
    b = enrolled("B", team="办公室", office=True)
    seen = 0

    def cut(stage, done, total):
        nonlocal seen
        if stage == "pull":
            seen += 1
            if seen == 3:  # the first transaction is committed, the second is not
                kill_backends(hub_url, b)

    with pytest.raises(client.HubUnreachable):
        client.sync(b, progress=cut)
    held, pending, index = _partial(b)
    assert 80 <= held < len(_log(office)) and pending and not index
    cursor = b.settings[client.CURSOR_KEY]
    assert cursor > 0
    # The fold itself cut off (a crash inside its transaction): nothing of it stays.
    real = bulk._search_index

    def crash(conn):  # type: ignore[no-untyped-def]
        real(conn)
        raise RuntimeError("power cut")

    monkeypatch.setattr(bulk, "_search_index", crash)
    monkeypatch.setattr(client, "PULL_COMMIT", 10**6)
    with pytest.raises(RuntimeError):
        client.sync(b)
    assert _partial(b)[1:] == (True, False)
    monkeypatch.setattr(bulk, "_search_index", real)
    client.sync(b)
    assert _partial(b)[1:] == (False, True)
    client.sync(office)  # office picks up B's own device rows
    canon_o, canon_b = canonical(office), canonical(b)
    for table in canon_o:
        assert canon_o[table] == canon_b[table], table
    assert _search_state(office) == _search_state(b)
    with b.reader() as s:
        assert integrity.run(s) == []


def test_demo_data_written_as_a_bulk_load_equals_the_fold_of_its_log(enrolled, monkeypatch):
    """A big demo goes into the log and is folded at once (as a first sync): an office
    that then pulls the same log one operation at a time holds the very same rows."""
    made = enrolled("DEMOOFFICE", team="办公室", office=True)
    logged: list[int] = []
    real = bulk.log_only
    monkeypatch.setattr(
        bulk, "log_only", lambda s, ops, t=None: logged.append(len(ops)) or real(s, ops, t)
    )
    monkeypatch.setattr(bulk, "MINIMUM", 0)
    dropped: list[str] = []
    real_exec = Connection.exec_driver_sql

    def watch(conn: Connection, sql: str, *args: Any, **kw: Any) -> Any:
        if sql.startswith("DROP INDEX") and any(n in sql for n in bulk.LOG_INDEXES):
            dropped.append(sql)
        return real_exec(conn, sql, *args, **kw)

    monkeypatch.setattr(Connection, "exec_driver_sql", watch)
    told: list[tuple[Any, ...]] = []
    demo.generate(
        made,
        60,
        seed=5,
        batch=25,
        progress=lambda *n: told.append(n),
        folding=lambda done, total: told.append(("fold", done, total)),
    )
    monkeypatch.undo()
    assert sum(logged) >= 60 * 3  # households, visits, payments... went through the log only
    # the counter reaches its end, then the fold is announced, then counts in percent
    assert told[:4] == [(25, 60), (50, 60), (60, 60), ("fold", 0, 0)]
    percents = [told_[1] for told_ in told[4:] if told_[0] == "fold" and told_[2] == 100]
    assert len(percents) == len(told) - 4 and percents == sorted(percents)
    assert percents[-1] == 100
    with made.reader() as s:
        assert s.get(Setting, bulk.PENDING) is None
        assert integrity.run(s) == []
        # the log's own indexes were kept while it grew (not dropped and built again)
        indexes = {
            n for (n,) in s.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))
        }
        assert set(bulk.LOG_INDEXES) <= indexes
    assert dropped == []
    copy = enrolled("DEMOCOPY", team="办公室", office=True)
    for r in (made, copy, made):
        _sync(r, monkeypatch, bulk_min=ONE_BY_ONE, batch=client.PULL_BATCH)
    _same(made, copy)


def test_a_bulk_demo_logged_from_its_texts_equals_the_fold_of_its_log(make_replica, monkeypatch):
    """A laptop without rules (not enrolled) logs a big demo straight from the JSON texts
    the worker made, without an operation object each (``oplog.log_created``): every
    operation numbered and stamped as one made here, and the fold of that log the same
    rows as another laptop folding the same operations one at a time."""
    made, copy = make_replica("DEMOTEXT"), make_replica("DEMOFOLD")
    minted: list[str] = []
    real = bulk.log_minted

    def log_minted(s: Any, rows: Any) -> None:
        minted.extend(r[0] for r in rows)
        real(s, rows)

    computed: list[tuple[str, str]] = []
    real_key = bulk._key

    def key(entity: str, column: str, value: Any) -> Any:
        computed.append((entity, column))
        return real_key(entity, column, value)

    monkeypatch.setattr(bulk, "log_minted", log_minted)
    monkeypatch.setattr(bulk, "_key", key)
    monkeypatch.setattr(bulk, "MINIMUM", 0)
    demo.generate(made, 60, seed=5, batch=25)
    monkeypatch.undo()
    # the households' search keys were computed ahead, while the worker invented
    assert ("household", "name_key") not in computed
    ops = client.outbox_of(made)
    assert [op.seq for op in ops] == list(range(1, len(ops) + 1))  # dense, in log order
    with made.reader() as s:
        logged = {r.op_id: r for r in s.scalars(select(Operation))}
    from_texts = [op for op in ops if op.op_id in set(minted)]
    # households, visits, payments... logged from their texts
    assert len(from_texts) == len(minted) >= 60 * 3
    for op in from_texts:
        row = logged[op.op_id]
        assert (row.sort_key, row.kind) == (op.sort_key, oplog.kind_of(op.entity))
    assert len({op.hlc for op in ops}) == len(ops)  # each its own stamp
    for op in ops:
        with copy.session() as s:
            merge.apply_batch(s, [op])
    # each laptop made its own device and team rows when it was set up
    theirs, ours = canonical(copy), canonical(made)
    for table in ("device", "team"):
        theirs.pop(table), ours.pop(table)
    assert theirs == ours
    assert len(ours["household"]) == 60 and ours["payment"]
    with made.reader() as s:
        assert integrity.run(s) == []


def test_keys_computed_ahead_stand_only_for_a_row_made_by_one_create(make_replica):
    """Keys computed ahead of the fold from a create's fields: a household edited since
    is folded from its whole log, and keys for a row the log does not hold are dropped
    with the fold, never written anywhere."""
    r = make_replica("AHEAD")
    kept, renamed, absent = oplog.new_id(), oplog.new_id(), oplog.new_id()

    def created(name: str) -> str:
        return dumps(oplog.create_payload({"name": name, "team_id": r.team_id}))

    with r.session() as s:
        bulk.begin(s, drop_log_indexes=False)
        oplog.log_created(
            s,
            [
                ("household", h, r.team_id, created(n))
                for h, n in ((kept, "刘小山"), (renamed, "王五"))
            ],
        )
        ahead = [
            (kept, {"name": "刘小山"}),
            (renamed, {"name": "王五"}),
            (absent, {"name": "赵六"}),
        ]
        bulk.keys_ahead(s, "household", ahead)
        create_id, base = s.execute(
            select(Operation.op_id, Operation.sort_key).where(Operation.row_id == renamed)
        ).one()
        edit_ = {"fields": {"name": ["王五", "王大五"]}, "base": base, "seen": [create_id]}
        oplog.record(s, "household", renamed, "update", edit_, r.team_id)
        bulk.fold_log(s)
        left = s.execute(text("SELECT name FROM sqlite_temp_master WHERE name LIKE 'fv_keys%'"))
        assert left.all() == []
    with r.reader() as s:
        got = {h.id: (h.name, h.name_key, h.sound_key) for h in s.scalars(select(Household))}
    derived = merge.DERIVED["household"]
    for hid, name in ((kept, "刘小山"), (renamed, "王大五")):
        want = (name, derived["name_key"][1](name), derived["sound_key"][1](name))
        assert got[hid] == want
    assert absent not in got


def test_a_field_laptop_logs_no_demo_row_its_rules_refuse(enrolled):
    """The rules still read every row a bulk demo logs on an enrolled laptop: a row
    they refuse stops the batch, and nothing of it reaches the log."""
    r = enrolled("DEMORULES", team="第一走访组")
    other = oplog.new_id()
    rows = [
        ("team", other, None, dumps(oplog.create_payload({"name": "自封的组"}))),
    ]
    with r.reader() as s:
        before = s.scalar(select(func.count()).select_from(Operation))
    with pytest.raises(FieldVisitError, match="may not make this change"), r.session() as s:
        oplog.log_created(s, rows)
    with r.reader() as s:
        assert s.scalar(select(func.count()).select_from(Operation)) == before
        assert s.scalar(select(Operation).where(Operation.row_id == other)) is None


def test_a_bulk_demo_cut_off_leaves_the_replica_as_it_was(enrolled, monkeypatch):
    r = enrolled("DEMOCUT", team="办公室", office=True)
    before = (_log(r), canonical(r))
    logged = 0
    real = oplog.log_created

    def dies_half_way(*args: Any, **kw: Any) -> Any:
        # the households are invented in a second process; this one logs them and
        # holds the transaction: cut off after three batches of it
        nonlocal logged
        logged += 1
        if logged > 3:
            raise RuntimeError("power cut")
        return real(*args, **kw)

    monkeypatch.setattr(bulk, "MINIMUM", 0)
    monkeypatch.setattr(oplog, "log_created", dies_half_way)
    with pytest.raises(RuntimeError, match="power cut"):
        demo.generate(r, 60, seed=5, batch=10)
    monkeypatch.undo()
    assert logged == 4
    # campaigns and teams come first, in their own transaction: the households do not
    after = (_log(r), canonical(r))
    assert after[1]["household"] == before[1]["household"] == []
    assert after[1]["payment"] == [] and after[1]["visit"] == []
    with r.reader() as s:
        assert s.get(Setting, bulk.PENDING) is None
        assert integrity.run(s) == []
    told: list[tuple[int, int]] = []
    demo.generate(r, 20, seed=5, folding=lambda *n: told.append(n))  # and it can be made again
    assert len(canonical(r)["household"]) == 20
    assert told == []  # a small demo is folded as it is made: nothing to announce


def test_the_log_records_an_operation_once_and_reports_only_new_ones(make_replica):
    """A batch can repeat what the log holds (a household moved into the team comes
    with its whole history) and repeat itself: the log keeps the first copy of each,
    and the batch's new operations come back in order, as the pull counts them."""
    source, target = make_replica("SRC"), make_replica("DST")
    for i in range(4):
        with source.session() as s:
            edit.create_household(s, edit.HouseholdInput(name=f"户{i}"))
    theirs = client.outbox_of(source)
    assert len(theirs) >= 4
    with target.session() as s:
        first = bulk.log_only(s, theirs[:2])
    assert [o.op_id for o in first] == [o.op_id for o in theirs[:2]]
    altered = dataclasses.replace(theirs[2], payload={"fields": {"name": "改"}})
    batch = [theirs[1], theirs[2], theirs[0], altered, *theirs[3:]]
    with target.session() as s:
        new = bulk.log_only(s, batch)
    assert [o.op_id for o in new] == [o.op_id for o in theirs[2:]]
    assert new[0] is theirs[2]  # the first copy counts
    with target.reader() as s:
        held = {o.op_id: o.payload for o in s.scalars(select(Operation))}
    for op in theirs:
        assert held[op.op_id] == op.payload  # each once, as first sent
    with target.session() as s:
        assert bulk.log_only(s, batch) == []


def test_the_fold_gives_back_the_page_cache_it_narrowed(make_replica, monkeypatch):
    """The fold runs with a smaller page cache (memory: its index builds sort in memory);
    its connection goes back to the pool with the replica's own cache, also when the
    fold fails, so the app does not run on the fold's cache after a first sync."""
    source, target = make_replica("SRC"), make_replica("DST")
    with source.session() as s:
        edit.create_household(s, edit.HouseholdInput(name="刘小山"))

    def cache(s: Any) -> int:
        return int(bulk._raw(s).exec_driver_sql("PRAGMA cache_size").scalar() or 0)

    seen: list[int] = []
    real = bulk._fold

    def fold(conn: Any, mark: Any, steps: Any) -> None:
        seen.append(int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or 0))
        real(conn, mark, steps)

    with target.session() as s:
        bulk.begin(s)
        bulk.log_only(s, client.outbox_of(source))
    with target.session() as s:
        before = cache(s)
        monkeypatch.setattr(bulk, "_fold", fold)
        bulk.fold_log(s)
        assert (before, seen, cache(s)) == (-32768, [-bulk.FOLD_CACHE_KIB], before)
        monkeypatch.setattr(bulk, "_fold", lambda conn, mark, steps: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            bulk.fold_log(s)
        assert cache(s) == before
    with target.reader() as s:
        assert [h.name for h in s.scalars(select(Household))] == ["刘小山"]
