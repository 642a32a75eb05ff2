"""Push and pull: idempotent, resumable, and a pull cursor that cannot skip late commits."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import select

from fieldvisit.households import edit
from fieldvisit.store.hlc import Clock
from fieldvisit.store.merge import Op
from fieldvisit.store.models import Household
from fieldvisit.store.replica import Replica
from fieldvisit.sync import client
from tests.helpers import all_ops, canonical
from tests.sync.util import device_conn, household, hub_ops, kill_backends


def _op(r: Replica, seq: int) -> Op:
    hid = str(uuid.uuid4())
    return Op(
        str(uuid.uuid4()),
        r.device_id,
        seq,
        f"{1700000000000 + seq:013d}00000",
        "household",
        hid,
        "create",
        {"fields": {"name": f"户{seq}", "team_id": r.team_id}},
        r.team_id,
    )


def _insert(conn: psycopg.Connection, r: Replica, op: Op) -> None:
    conn.execute(client.PUSH, (r.device_id, client._batch_json([op])))


def _holds(c: Replica, *row_ids: str) -> bool:
    with c.reader() as s:
        got = set(s.execute(select(Household.id)).scalars())
    return set(row_ids) <= got


def test_pull_never_skips_a_push_that_commits_late(enrolled, hub_url):
    """B's transaction starts first, A numbers its rows first; A commits last of the two
    writers a naive "id > cursor" puller would race with. Nothing may be skipped."""
    a, b, c = enrolled("A"), enrolled("B"), enrolled("C")
    client.sync(c)
    ca, cb = device_conn(a), device_conn(b)
    cb.execute("SELECT fv_head(%s)", (b.device_id,))  # B's transaction is the older one
    op_a, op_b = _op(a, 100), _op(b, 100)
    _insert(ca, a, op_a)  # A takes the numbering lock and the next position
    b_done = threading.Event()

    def push_b() -> None:
        _insert(cb, b, op_b)
        b_done.set()

    t = threading.Thread(target=push_b)
    t.start()
    assert not b_done.wait(0.5)  # B is numbered only after A has committed
    client.sync(c)  # a puller in between is not blocked and sees neither row
    assert not _holds(c, op_a.row_id) and not _holds(c, op_b.row_id)
    ca.commit()
    assert b_done.wait(10)
    t.join()
    client.sync(c)
    assert _holds(c, op_a.row_id) and not _holds(c, op_b.row_id)
    cb.commit()
    client.sync(c)
    assert _holds(c, op_a.row_id, op_b.row_id)
    with psycopg.connect(hub_url) as q:
        pos = dict(
            q.execute(
                "SELECT op_id, pos FROM fv_ops WHERE op_id = ANY(%s)", ([op_a.op_id, op_b.op_id],)
            ).fetchall()
        )
    assert pos[op_a.op_id] < pos[op_b.op_id]  # positions follow commit order
    ca.close()
    cb.close()


def test_even_the_hub_administrator_cannot_number_rows_out_of_commit_order(enrolled, hub_url):
    a, c = enrolled("A"), enrolled("C")
    admin = psycopg.connect(hub_url)
    admin.execute(
        "INSERT INTO fv_ops (op_id, device_id, seq, hlc, entity, row_id, kind, payload, pushed_by,"
        " pos) VALUES ('x', %s, 999, '000000000000000000', 'visit', 'v', 'append', '{}', %s, -7)",
        (a.device_id, a.device_id),
    )
    got = admin.execute("SELECT pos FROM fv_ops WHERE op_id = 'x'").fetchone()
    assert got is not None and got[0] > 0  # the trigger numbers it, whatever was given
    admin.rollback()
    admin.close()
    assert client.sync(c).pulled >= 0


def test_push_is_idempotent_and_resumes_from_the_hubs_head(enrolled, hub_url, monkeypatch):
    monkeypatch.setattr(client, "PUSH_BATCH", 5)
    a, b = enrolled("A"), enrolled("B")
    for i in range(23):
        household(a, f"户{i}")
    batches = 0

    def cut(stage, done, total):
        nonlocal batches
        batches += 1
        if batches == 2:
            kill_backends(hub_url, a)  # the connection drops mid-push

    with pytest.raises(client.HubUnreachable, match="broke off"):
        client.sync(a, progress=cut)
    on_hub = {o["op_id"] for o in hub_ops(hub_url) if o["device_id"] == a.device_id}
    assert len(on_hub) == 10  # two whole batches, nothing half-written
    rep = client.sync(a)
    assert rep.pushed == len(all_ops(a)) - 10 - _others(a)
    mine = [o for o in hub_ops(hub_url) if o["device_id"] == a.device_id]
    assert sorted(o["seq"] for o in mine) == list(range(1, len(mine) + 1))
    # Forget what the hub acknowledged: pushing again sends nothing twice.
    a.set_setting("hub_acked_seq", 0)
    assert client.sync(a).pushed == 0
    assert len(hub_ops(hub_url)) == len({o["op_id"] for o in hub_ops(hub_url)})
    client.sync(b)
    assert canonical(b)["household"] == canonical(a)["household"]


def _others(r: Replica) -> int:
    return sum(1 for o in all_ops(r) if o.device_id != r.device_id)


def test_a_pull_cut_off_resumes_without_loss_or_doubling(enrolled, hub_url, monkeypatch):
    monkeypatch.setattr(client, "PULL_BATCH", 7)
    monkeypatch.setattr(client, "PULL_COMMIT", 14)  # two fetches per replica transaction
    a, b = enrolled("A"), enrolled("B")
    for i in range(30):
        household(a, f"户{i}")
    client.sync(a)
    seen = 0

    def cut(stage, done, total):
        nonlocal seen
        if stage == "pull":
            seen += 1
            if seen == 3:  # the first transaction is committed, the second is not
                kill_backends(hub_url, b)

    with pytest.raises(client.HubUnreachable):
        client.sync(b, progress=cut)
    with b.reader() as s:
        partial = s.query(edit.Household).count()
    assert 0 < partial < 30
    client.sync(b)
    assert canonical(a)["household"] == canonical(b)["household"]  # b also holds its own rows


def test_cancel_between_batches_leaves_a_consistent_replica(enrolled, monkeypatch):
    monkeypatch.setattr(client, "PULL_BATCH", 5)
    a, b = enrolled("A"), enrolled("B")
    for i in range(20):
        household(a, f"户{i}")
    client.sync(a)
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    rep = client.sync(b, cancelled=cancelled)
    assert rep.cancelled and 0 < rep.pulled < 20 + 4
    assert "last_sync_at" not in b.settings  # a cancelled sync is not a sync
    rep2 = client.sync(b)
    assert rep.pulled + rep2.pulled == len(all_ops(a))
    synced = datetime.fromisoformat(b.settings["last_sync_at"])
    assert abs(datetime.now(UTC) - synced) < timedelta(minutes=1)


def test_nothing_to_do_is_a_quiet_sync(enrolled):
    a = enrolled("A")
    client.sync(a)
    rep = client.sync(a)
    assert (rep.pushed, rep.pulled, rep.conflicts) == (0, 0, 0)


def test_a_clock_days_off_is_warned(enrolled):
    a = enrolled("A", wall=lambda: Clock().wall() + 3 * 86_400_000)
    rep = client.sync(a)
    assert rep.clock_warning and "clock" in rep.clock_warning
    household(a, "未来户")
    client.sync(a)
    b = enrolled("B")
    assert client.sync(b).clock_warning  # it received operations stamped days ahead


def test_what_a_laptop_writes_after_a_pull_is_stamped_after_everything_it_pulled(enrolled):
    """Operations pulled from a laptop whose clock is an hour ahead (within the day a
    clock may be off: no warning) do not outrank an edit made here afterwards: the
    clock moves past the latest stamp received."""
    a = enrolled("A", wall=lambda: Clock().wall() + 3_600_000)  # an hour ahead
    for i in range(5):
        household(a, f"户{i}")
    client.sync(a)
    b = enrolled("B")
    rep = client.sync(b)
    assert rep.pulled >= 5 and not rep.clock_warning
    pulled = max(o.hlc for o in all_ops(a))
    household(b, "后来户")
    mine = [o for o in all_ops(b) if o.device_id == b.device_id]
    assert mine[-1].hlc > pulled


def test_hub_unreachable_is_a_clear_message_and_keeps_the_outbox(enrolled):
    a = enrolled("A")
    household(a)
    before = all_ops(a)
    a.set_setting("hub_conninfo", {**a.settings["hub_conninfo"], "host": "127.0.0.1", "port": "1"})
    with pytest.raises(client.HubUnreachable, match="cannot be reached"):
        client.sync(a)
    assert all_ops(a) == before
    assert "last_sync_at" not in a.settings


def test_an_unenrolled_replica_is_told_so(make_replica):
    r = make_replica()
    with pytest.raises(client.FieldVisitError, match="not enrolled"):
        client.sync(r)


def test_pull_progress_ends_full_even_with_own_operations_coming_back(enrolled):
    a = enrolled("A")
    for i in range(6):
        household(a, f"户{i}")
    calls: list[tuple[str, int, int]] = []
    client.sync(a, progress=lambda stage, done, total: calls.append((stage, done, total)))
    pulls = [c for c in calls if c[0] == "pull"]
    assert pulls and pulls[-1][1] == pulls[-1][2] >= 6  # its own pushed ops came back too
