"""A bulk demo's one transaction goes through a rollback journal, not the WAL, where
nothing else has the replica open; a kill in the middle leaves the replica as it was,
and another program that opens the replica meanwhile is told it is busy."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import select, text

from fieldvisit import demo, integrity, paths
from fieldvisit.errors import ReplicaError
from fieldvisit.store import bulk, cipher, journal
from fieldvisit.store.models import Operation
from fieldvisit.store.replica import Replica
from tests.helpers import canonical, held_out_of_wal


def _mode(r: Replica) -> str:
    with r.reader() as s:
        return str(s.execute(text("PRAGMA journal_mode")).scalar())


def _ops(r: Replica) -> set[tuple[str, str]]:
    with r.reader() as s:
        return {(o, e) for o, e in s.execute(select(Operation.op_id, Operation.entity))}


def _sizes(r: Replica) -> tuple[int, int]:
    db = paths.replica_db(r.base)
    wal = db.with_name(db.name + "-wal")
    return db.stat().st_size, wal.stat().st_size if wal.exists() else 0


def _left(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """What each call of ``journal.leave_wal`` answered, in order."""
    answers: list[bool] = []
    real = journal.leave_wal

    def spy(db: object) -> bool:
        answers.append(real(db))
        return answers[-1]

    monkeypatch.setattr(journal, "leave_wal", spy)
    return answers


def test_a_bulk_demo_writes_its_pages_into_the_file_not_the_wal(replica, monkeypatch):
    monkeypatch.setattr(bulk, "MINIMUM", 0)
    used = _left(monkeypatch)
    demo.generate(replica, 300, seed=5, batch=50)
    assert used == [True]
    db, wal = _sizes(replica)
    # In WAL mode the WAL file keeps the size of the biggest transaction it held: the
    # whole demo, about the file's size (4.4 MB beside a 3.4 MB file before this change, 0.4 MB after).
    assert wal < db / 4, (db, wal)
    assert _mode(replica) == "wal"  # readers go on beside the next writer again
    with replica.reader() as s:
        assert integrity.run(s) == []
        assert s.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL again


def test_with_the_replica_open_elsewhere_the_demo_keeps_the_wal(replica, monkeypatch):
    monkeypatch.setattr(bulk, "MINIMUM", 0)
    other = Replica.open(replica.base)  # another program, idle, its connection open
    try:
        with other.reader() as s:
            s.execute(text("SELECT count(*) FROM household")).scalar()
        used = _left(monkeypatch)
        demo.generate(replica, 120, seed=5, batch=40)
        assert used == [False]
        assert _mode(replica) == "wal"
        with other.reader() as s:  # it reads on, and sees the demo
            assert s.execute(text("SELECT count(*) FROM household")).scalar() == 120
    finally:
        other.close()


def test_opening_a_replica_held_by_a_long_transaction_says_it_is_busy(replica):
    """Not "wrong passphrase" nor "damaged": the other program's lock is all it is."""
    base = replica.base
    replica.close()
    with held_out_of_wal(base):
        started = time.monotonic()
        with pytest.raises(ReplicaError, match="busy with a long task"):
            Replica.open(base)
        # told after a short wait (cipher.OPEN_WAIT_S), not after the busy timeout a
        # write waits out (30 s): the GUI shows nothing until the replica is open
        assert time.monotonic() - started < cipher.BUSY_TIMEOUT_S / 2
    with Replica.open(base) as again:
        assert _mode(again) == "wal"


KILLED = """
import os, signal, sys
sys.path[:0] = {path!r}
from pathlib import Path
from fieldvisit import demo
from fieldvisit.store import bulk
from fieldvisit.store.replica import Replica

if __name__ == "__main__":
    bulk.MINIMUM = 0
    bulk.FOLD_CACHE_KIB = 64  # a small cache: the fold's pages reach the file early
    bulk._tallies = lambda conn: os.kill(os.getpid(), signal.SIGKILL)
    demo.generate(Replica.open(Path({base!r})), 300, seed=9, batch=50)
"""


def test_a_demo_killed_out_of_the_wal_leaves_the_replica_as_it_was(replica, tmp_path):
    demo.generate(replica, 30, seed=5)  # something to keep
    before = (_ops(replica), canonical(replica))
    base = replica.base
    replica.close()  # the killed program has the replica to itself
    script = tmp_path / "killed.py"
    script.write_text(textwrap.dedent(KILLED).format(path=sys.path, base=str(base)))
    done = subprocess.run([sys.executable, str(script)], timeout=600, capture_output=True)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]
    db = paths.replica_db(base)
    hot = db.with_name(db.name + "-journal")
    assert hot.exists() and hot.stat().st_size > 0  # killed with its pages in the file
    with Replica.open(base) as again:
        ops, rows = _ops(again), canonical(again)
        # the demo's campaigns come first, in their own transaction; nothing after them
        assert {entity for _op, entity in ops - before[0]} <= {"campaign", "team"}
        assert before[0] <= ops
        kept = [t for t in rows if t not in ("campaign", "team")]
        assert {t: rows[t] for t in kept} == {t: before[1][t] for t in kept}
        assert len(rows["household"]) == 30
        with again.reader() as s:
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert integrity.run(s) == []
            assert s.get(bulk.Setting, bulk.PENDING) is None
        assert _mode(again) == "wal"
        demo.generate(again, 20, seed=9)  # and the replica takes new work
    assert not hot.exists()
    assert os.path.getsize(db) > 0
