"""Telling a damaged replica file from a wrong key or a new replica.

SQLCipher answers "file is not a database" both for a wrong key and for a
damaged first page, and an empty file unlocks as a brand-new database. So:

- ``replica.json`` (written when the replica is made, never secret) says this
  folder *had* a replica: a missing or empty ``replica.db`` beside it is damage,
  never a reason to start afresh;
- a file that is not a whole number of pages was cut short;
- when unlocking fails, SQLCipher's own page check (``cipher_integrity_check``,
  an HMAC per page) decides: with a wrong key every page fails, page 1
  included; with the right key only damaged pages fail (or none, when the file
  was cut at a page boundary and SQLite finds it shorter than its header says).
  The check reads the file's first :data:`SAMPLE_PAGES` pages only: a wrong key
  fails them all as surely as the whole file, which on a county office's replica
  (1.5–2 GB) took 9 s to read through before "Wrong passphrase" showed. A file
  whose first 4 MB are all damaged while the key is right is taken for a wrong
  key, as one whose salt (its first 16 bytes) is damaged always was: the sync
  protocol's "Damaged replica files" sends a refused right passphrase to the backup.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy.exc import DBAPIError

from fieldvisit import paths, private_files
from fieldvisit.errors import ReplicaError
from fieldvisit.i18n import translate

PAGE_SIZE = 4096  # SQLCipher 4's default; replicas never change it


class ReplicaDamaged(ReplicaError):
    """The replica file is damaged, cut short, empty or missing."""


def damaged(db: Path, detail: str = "") -> ReplicaDamaged:
    msg = translate(
        "Replica",
        "The replica file %1 is damaged. Nothing was changed. Restore the data folder "
        "from a backup, or ask the office for a new enrolment; what was already synced "
        "is safe on the hub.",
    ).replace("%1", str(db))
    return ReplicaDamaged(f"{msg} ({detail})" if detail else msg)


def check_file(base: Path) -> None:
    """Refuse, before unlocking, a replica file that is missing, empty or cut mid-page."""
    db = paths.replica_db(base)
    if not db.exists():
        if paths.replica_info(base).exists():
            raise ReplicaDamaged(
                translate(
                    "Replica",
                    "The replica file %1 is missing, but this folder holds a replica "
                    "(replica.json). Restore replica.db from a backup; a new replica is "
                    "not made over it.",
                ).replace("%1", str(db))
            )
        return
    size = db.stat().st_size
    if size == 0:
        raise damaged(db, translate("Replica", "the file is empty"))
    if size % PAGE_SIZE:
        raise damaged(db, translate("Replica", "the file was cut short"))


#: Pages read to tell a wrong key from damage (4 MB).
SAMPLE_PAGES = 1024


def wrong_key(db: Path, key_pragma: str) -> bool:
    """After unlocking failed: True when the key is wrong, False when the file is damaged."""
    size = db.stat().st_size
    if size <= SAMPLE_PAGES * PAGE_SIZE:
        return _every_page_fails(db, key_pragma, checked_pages(size))
    # The first pages keep their numbers (each page's HMAC covers it) in a copy of
    # their own, in the replica's private temporary folder.
    with private_files.temporary_folder("fv-key-", base=db.parent) as folder:
        head = folder / db.name
        with db.open("rb") as src, head.open("wb") as dst:
            dst.write(src.read(SAMPLE_PAGES * PAGE_SIZE))
        return _every_page_fails(head, key_pragma, SAMPLE_PAGES)


def _every_page_fails(db: Path, key_pragma: str, pages: int) -> bool:
    try:
        conn = sqlcipher3.connect(str(db), isolation_level=None)
    except sqlcipher3.Error:
        return False
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma)
        failed = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.Error:
        return False
    finally:
        conn.close()
    hmac = [f for f in failed if "HMAC verification failed" in f]
    return bool(pages) and len(hmac) >= pages


#: SQLite never writes the page holding the lock bytes (offset 1 GiB), and SQLCipher's
#: page check skips it: a replica past 1 GiB has one page fewer to fail.
LOCK_BYTE_OFFSET = 0x40000000


def checked_pages(size: int) -> int:
    """How many pages ``cipher_integrity_check`` looks at in a file of ``size`` bytes."""
    pages = size // PAGE_SIZE
    return pages - 1 if size > LOCK_BYTE_OFFSET else pages


def driver_error(exc: BaseException) -> Any:
    """The driver's own error behind SQLAlchemy's wrapper (or ``exc`` itself)."""
    return exc.orig if isinstance(exc, DBAPIError) else exc


def is_damage(exc: BaseException) -> bool:
    """Does this database error mean the file is damaged (rather than a bug of ours)?"""
    orig = driver_error(exc)
    if not isinstance(orig, sqlcipher3.DatabaseError):
        return False
    text = str(orig).lower()
    return getattr(orig, "sqlite_errorname", "") in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or any(
        w in text
        for w in (
            "malformed",
            "not a database",
            "hmac",
            "unable to get the page",
            # what SQLCipher answers when a page fails its HMAC mid-query; our own
            # SQL mistakes name the problem ("no such column", "syntax error")
            "sql logic error",
        )
    )


def page_problems(conn: Any) -> list[str]:
    """SQLCipher's per-page check on an open connection: damaged pages, in words."""
    return [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
