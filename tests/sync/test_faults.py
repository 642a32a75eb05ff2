"""Faults: a replica killed (SIGKILL) mid-sync resumes with nothing lost or doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from fieldvisit.store import bulk
from fieldvisit.store.models import Household, Operation, Setting
from fieldvisit.store.replica import Replica
from fieldvisit.sync import client
from tests.helpers import canonical
from tests.sync.util import household, hub_ops

CHILD = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from fieldvisit.store.replica import Replica
    from fieldvisit.sync import client
    client.PULL_BATCH = 10
    client.PULL_COMMIT = 20
    client.PUSH_BATCH = 10
    client.BULK_MIN = int(os.environ.get("FV_TEST_BULK_MIN", client.BULK_MIN))
    r = Replica.open(Path(sys.argv[1]))
    def progress(stage, done, total):
        print(stage, done, flush=True)
        time.sleep(0.05)
    client.sync(r, progress=progress)
    print("done", flush=True)
    """
)


def _run_and_kill(base: Path, after_lines: int, stage: str, **extra: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": os.getcwd(), **extra}
    p = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(base)], stdout=subprocess.PIPE, text=True, env=env
    )
    seen: list[str] = []
    assert p.stdout is not None
    for line in p.stdout:
        seen.append(line.strip())
        if sum(1 for s in seen if s.startswith(stage)) >= after_lines:
            os.kill(p.pid, signal.SIGKILL)
            break
    p.wait(timeout=60)
    return seen


def test_a_replica_killed_mid_pull_resumes_without_loss_or_doubling(enrolled):
    a, b = enrolled("A"), enrolled("B")
    for i in range(80):
        household(a, f"户{i}")
    client.sync(a)
    client.sync(b)  # B's own operations are on the hub; now only pulling remains
    for i in range(80, 160):
        household(a, f"户{i}")
    client.sync(a)
    base = b.base
    b.close()
    seen = _run_and_kill(base, 3, "pull")
    assert "done" not in seen
    r = Replica.open(base)
    try:
        with r.reader() as s:
            partial = s.query(Household).count()
        assert 80 < partial < 160
        client.sync(r)
        assert canonical(r)["household"] == canonical(a)["household"]
        with r.reader() as s:
            assert s.query(Operation).count() == len({o.op_id for o in s.query(Operation)})
    finally:
        r.close()


def test_a_replica_killed_mid_bulk_load_resumes_and_folds_everything(enrolled):
    """SIGKILL while a first sync fills the log: the next sync carries on from the
    saved cursor, still as a bulk load, and folds the whole log."""
    a, b = enrolled("A"), enrolled("B")
    for i in range(160):
        household(a, f"户{i}")
    client.sync(a)
    base = b.base
    b.close()
    seen = _run_and_kill(base, 3, "pull", FV_TEST_BULK_MIN="0")
    assert "done" not in seen
    r = Replica.open(base)
    try:
        with r.reader() as s:
            logged = s.query(Operation).count()
            assert s.get(Setting, bulk.PENDING) is not None  # the load is unfinished
        assert 20 <= logged < 162
        client.sync(r)
        assert canonical(r)["household"] == canonical(a)["household"]
        with r.reader() as s:
            assert s.get(Setting, bulk.PENDING) is None
            assert s.query(Operation).count() == len({o.op_id for o in s.query(Operation)})
    finally:
        r.close()


def test_a_replica_killed_mid_push_resumes_without_loss_or_doubling(enrolled, hub_url):
    a = enrolled("A")
    for i in range(120):
        household(a, f"户{i}")
    base = a.base
    a.close()
    seen = _run_and_kill(base, 3, "push")
    assert "done" not in seen
    mine = [o for o in hub_ops(hub_url)]
    assert 0 < len(mine) < 121
    r = Replica.open(base)
    try:
        client.sync(r)
        with r.reader() as s:
            ours = s.query(Operation).filter_by(device_id=r.device_id).count()
        on_hub = [o for o in hub_ops(hub_url) if o["device_id"] == r.device_id]
        assert sorted(o["seq"] for o in on_hub) == list(range(1, ours + 1))
    finally:
        r.close()


def test_a_laptop_far_behind_killed_while_taking_the_snapshot_loses_nothing(
    enrolled, hub_url, tmp_path, monkeypatch
):
    """SIGKILL while a laptop far behind downloads the hub's snapshot: its replica is as it
    was (its unsent work too), and the next sync takes the snapshot and sends that work."""
    from fieldvisit import demo
    from fieldvisit.sync import snapshot
    from tests.sync.test_snapshot import _far_behind_hub

    office = enrolled("OFFICE", team="办公室", office=True)
    demo.generate(office, 12, seed=3)
    client.sync(office)
    far = enrolled("FAR")
    client.sync(far)
    mine = household(far, "离线新户")
    monkeypatch.setattr(snapshot, "PART", 16 * 1024)  # many parts: the kill lands between
    made = _far_behind_hub(enrolled, hub_url, tmp_path)
    before = canonical(far), far.settings.get(client.CURSOR_KEY)
    base = far.base
    far.close()
    seen = _run_and_kill(base, 3, "snapshot", FV_TEST_BULK_MIN="50")
    assert "done" not in seen and any(s.startswith("snapshot") for s in seen)
    r = Replica.open(base)
    try:
        assert (canonical(r), r.settings.get(client.CURSOR_KEY)) == before
        with monkeypatch.context() as m:
            m.setattr(client, "BULK_MIN", 50)
            report = client.sync(r)
        assert report.snapshot == made.pos
        with r.reader() as s:
            assert s.get(Household, mine) is not None
        assert mine in {o["row_id"] for o in hub_ops(hub_url)}
        client.sync(office)
        assert canonical(r)["household"] == [
            h for h in canonical(office)["household"] if h["team_id"] == r.team_id
        ]
    finally:
        r.close()
