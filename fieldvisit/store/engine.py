"""The encrypted SQLite engine (SQLCipher through SQLAlchemy).

A connection is opened through our own creator so the key never appears in a
URL or a log line. Temp tables stay in memory so nothing spills to an
unencrypted temp file; WAL is encrypted by SQLCipher like the main file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

# Kept apart from SQLAlchemy so the GUI can unlock before importing it (early.py).
from fieldvisit.store.cipher import connect_raw, key_pragma


def dumps(value: Any) -> str:
    """JSON as stored: Chinese as UTF-8 rather than \\u escapes, no padding.

    Operation payloads are most of the database; escaped CJK takes three times
    the bytes. Reading is unchanged (json.loads reads both)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


#: Execution option of a unit of work that will write. It takes the write lock
#: at BEGIN: a deferred BEGIN reads first on a snapshot that another writer's
#: commit makes stale, and SQLite then fails the write at once ("database is
#: locked") instead of waiting out the busy timeout.
WRITE = "fieldvisit_write"


def make_engine(path: Path, key: str, *, raw: bool, first: Any = None) -> Engine:
    """An engine whose every connection is unlocked with ``key``.

    ``first``: a connection already unlocked (by the caller's key check), handed
    out before any new one is made. A passphrase key costs a slow key derivation
    per connection, so reusing it keeps opening the replica fast."""
    spare = [first] if first is not None else []

    def creator() -> Any:
        if spare:
            return spare.pop()
        return connect_raw(path, key, raw=raw)

    engine = create_engine(
        "sqlite://",
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        # Reuse the most recently returned connection: units of work run one after
        # another, and a FIFO pool would alternate them over connections whose page
        # caches are each half cold.
        pool_use_lifo=True,
        json_serializer=dumps,
    )

    # pysqlite's default transaction handling begins lazily and breaks SAVEPOINT;
    # take control as SQLAlchemy documents for SQLite.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(
            "BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN"
        )

    return engine


__all__ = ["WRITE", "connect_raw", "key_pragma", "make_engine"]
