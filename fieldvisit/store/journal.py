"""One transaction that writes most of the file, through a rollback journal.

A replica runs in WAL mode: readers go on while one connection writes. A
transaction that writes nearly every page of a fresh file (a bulk demo, a
downloaded snapshot put in place) pays for that twice: every page goes into the
WAL, then the checkpoint at commit copies it into the file again (1.5 GB each way
for 200,000 households). A rollback journal keeps only the pages the file held
before, which for a fresh replica are few, and the pages go straight to the file.
A kill in the middle leaves a hot journal that the next open rolls back: the
replica as it was, as with the WAL.

SQLite leaves WAL mode only while no other connection has the file open (in this
process or another); where one has, :func:`leave_wal` says so and the transaction
runs in WAL mode as always. A synchronous level of FULL while out of the WAL: in
rollback mode NORMAL can lose a commit to a power cut at the wrong moment."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

import sqlcipher3


def leave_wal(db: Any) -> bool:
    """Put the file in rollback-journal mode through ``db`` (a DB-API connection in
    no transaction); False where another connection has the file open."""
    try:
        mode = db.execute("PRAGMA journal_mode = DELETE").fetchone()
    except sqlcipher3.OperationalError:  # "database is locked": opened elsewhere
        return False
    if mode is None or str(mode[0]).lower() != "delete":
        return False
    db.execute("PRAGMA synchronous = FULL")
    return True


def enter_wal(db: Any) -> None:
    """Back to WAL mode and the replica's synchronous level (``store.cipher``). Where
    another connection holds the file, the mode stays: every connection asks for WAL
    when it opens, so the next open puts it back."""
    db.execute("PRAGMA synchronous = NORMAL")
    with suppress(sqlcipher3.OperationalError):
        db.execute("PRAGMA journal_mode = WAL")


@contextmanager
def rollback_journal(db: Any) -> Iterator[bool]:
    """:func:`leave_wal` for the block, then :func:`enter_wal`; yields whether it left."""
    left = leave_wal(db)
    try:
        yield left
    finally:
        if left:
            enter_wal(db)
