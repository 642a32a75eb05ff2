"""Opening one SQLCipher connection with its key: sqlcipher3 only, no SQLAlchemy.

Apart from ``engine.py`` so that the GUI can start the key derivation at process
start (``early.py``), before the second of imports the window needs.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import sqlcipher3


def key_pragma(key: str, raw: bool) -> str:
    if raw:
        return f"PRAGMA key = \"x'{key}'\""
    escaped = key.replace("'", "''")
    return f"PRAGMA key = '{escaped}'"


#: How long a connection waits for another's write lock before it gives up ("database is
#: locked"). Long enough for a pull batch; a bulk load's fold can hold it longer.
BUSY_TIMEOUT_S = 30.0
#: How long opening waits for the first read of the file. A connection reads beside a
#: writer in WAL mode; only a program holding the file out of it (store.journal) makes
#: it wait, for minutes: better told soon (busy.at_open) than a blank screen for 30 s.
OPEN_WAIT_S = 3.0


def connect_raw(path: Path, key: str, *, raw: bool) -> Any:
    """One unlocked DB-API connection; raises sqlcipher3.DatabaseError on a wrong key."""
    conn = sqlcipher3.connect(
        str(path), check_same_thread=False, timeout=OPEN_WAIT_S, isolation_level=None
    )
    conn.execute("PRAGMA cipher_log_level = NONE")  # damage is reported by us, in words
    conn.execute(key_pragma(key, raw))
    # Touch the schema: this is where a wrong key or a non-database file fails.
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    # Refused while another connection holds the file out of WAL mode for one big
    # transaction (store.journal), which puts it back after: this one follows the file.
    with contextlib.suppress(sqlcipher3.OperationalError):
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -32768")
    conn.isolation_level = ""
    return conn
