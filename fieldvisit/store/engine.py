"""The encrypted SQLite engine (SQLCipher through SQLAlchemy).

A connection is opened through our own creator so the key never appears in a
URL or a log line. Temp tables stay in memory so nothing spills to an
unencrypted temp file; WAL is encrypted by SQLCipher like the main file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool


def key_pragma(key: str, raw: bool) -> str:
    if raw:
        return f"PRAGMA key = \"x'{key}'\""
    escaped = key.replace("'", "''")
    return f"PRAGMA key = '{escaped}'"


def connect_raw(path: Path, key: str, *, raw: bool) -> Any:
    """One unlocked DB-API connection; raises sqlcipher3.DatabaseError on a wrong key."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=30, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")  # damage is reported by us, in words
    conn.execute(key_pragma(key, raw))
    # Touch the schema: this is where a wrong key or a non-database file fails.
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -32768")
    conn.isolation_level = ""
    return conn


def dumps(value: Any) -> str:
    """JSON as stored: Chinese as UTF-8 rather than \\u escapes, no padding.

    Operation payloads are most of the database; escaped CJK takes three times
    the bytes. Reading is unchanged (json.loads reads both)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


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
        conn.exec_driver_sql("BEGIN")

    return engine
