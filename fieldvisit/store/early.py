"""Unlock the replica on a thread at process start, while the GUI imports its code.

A passphrase's key derivation takes 0.3-0.8 s of C code that releases the GIL;
the GUI spends about as long importing SQLAlchemy, the models and PySide6.
Started first thing (``fieldvisit gui``), the two overlap, and ``Replica.open``
takes the connection if it was made with the key it would use itself. If the
database refused that key here (a wrong passphrase, a damaged file, another program
holding the replica), ``Replica.open`` takes the refusal instead and reports it in its
own words, without a second key derivation or a second wait for the other program;
any other failure is left for it to meet again.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldvisit import paths


@dataclass
class Unlocked:
    """A connection made with ``key``, or the database's refusal of that key: what
    ``Replica.open`` may take over."""

    key: str
    raw: bool
    conn: Any
    refused: Exception | None = None


class _Early:
    def __init__(self, db: Path) -> None:
        self.db = db
        self.result: Unlocked | None = None
        self.thread = threading.Thread(target=self._run, name="fieldvisit-unlock", daemon=True)

    def _run(self) -> None:
        try:
            import sqlcipher3

            from fieldvisit.store import secrets
            from fieldvisit.store.cipher import connect_raw

            info = json.loads(paths.replica_info(self.db.parent).read_text(encoding="utf-8"))
            if info.get("unlock") == "keyring":
                key, raw = secrets.load_key(str(info["replica_id"])), True
            else:
                given = secrets.passphrase_from_env()
                if not given:
                    return  # asked for in a dialog later
                key, raw = given, False
        except Exception:  # Replica.open meets it again and says what it is
            self.result = None
            return
        try:
            self.result = Unlocked(key, raw, connect_raw(self.db, key, raw=raw))
        except sqlcipher3.DatabaseError as exc:
            self.result = Unlocked(key, raw, None, refused=exc)
        except Exception:
            self.result = None


_started: dict[Path, _Early] = {}


def start(base: Path) -> None:
    """Begin unlocking the replica in ``base``, if there is one (no-op otherwise)."""
    db = paths.replica_db(base)
    if db.resolve() in _started or not db.exists() or not paths.replica_info(base).exists():
        return
    early = _started[db.resolve()] = _Early(db)
    early.thread.start()


def take(db: Path) -> Unlocked | None:
    """The early connection to ``db`` (waiting for it), once; None if none was started."""
    early = _started.pop(db.resolve(), None)
    if early is None:
        return None
    early.thread.join()
    return early.result
