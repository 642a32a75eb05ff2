"""A write that waited out the busy timeout: what it means, in the user's words.

SQLite lets one connection write at a time. A unit of work waits for the lock
(``cipher.BUSY_TIMEOUT_S``), which covers a pull batch; a first sync's fold of the
whole log, or a big demo, holds it longer. The save that gave up changed nothing,
and the user should read that, not "something went wrong"."""

from __future__ import annotations

import sqlcipher3

from fieldvisit.i18n import translate
from fieldvisit.store.damage import driver_error


def is_busy(exc: BaseException) -> bool:
    """Did this error come from waiting out another connection's lock?"""
    orig = driver_error(exc)
    if not isinstance(orig, sqlcipher3.OperationalError):
        return False
    name = getattr(orig, "sqlite_errorname", "")
    return name.startswith("SQLITE_BUSY") or "database is locked" in str(orig).lower()


def at_open() -> str:
    """Opening the replica waited out another program's lock (a demo or sync in a
    terminal holding the file for its one big transaction)."""
    return translate(
        "Busy",
        "The replica is busy with a long task in another program (a demo or a sync "
        "putting the records in order). Nothing was changed: try again in a few minutes.",
    )


def message() -> str:
    return translate(
        "Busy",
        "The laptop is still busy with a long task (a sync putting in order what it "
        "received). Nothing was saved: try again in a minute.",
    )
