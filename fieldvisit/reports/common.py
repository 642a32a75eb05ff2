"""Small lookups every report needs: names of devices and teams, local time, masking.

Reports are read-only SQL over a Session; these helpers keep the joins to the
small tables (devices, teams, campaigns) out of the big queries.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

import sqlcipher3
from sqlalchemy import select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.store.models import Campaign, Device, Team


def device_names(session: Session) -> dict[str, str]:
    return {i: n for i, n in session.execute(select(Device.id, Device.name)).all()}


def team_names(session: Session) -> dict[str, str]:
    return {i: n for i, n in session.execute(select(Team.id, Team.name)).all()}


def campaign_names(session: Session) -> dict[str, str]:
    return {i: n for i, n in session.execute(select(Campaign.id, Campaign.name)).all()}


def find_campaign(session: Session, name_or_id: str | None) -> Campaign | None:
    """A campaign by id or exact name; None when not asked for; a clear error when unknown."""
    if not name_or_id:
        return None
    c = session.get(Campaign, name_or_id)
    if c is None:
        c = session.execute(select(Campaign).where(Campaign.name == name_or_id)).scalars().first()
    if c is None:
        raise FieldVisitError(
            translate("Reports", "No such campaign: %1").replace("%1", name_or_id)
        )
    return c


def local_time(value: datetime | str | None) -> datetime | None:
    """UTC in storage, local time on screen and paper (naive, in the machine's zone)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().replace(tzinfo=None)


def mask_id(number: str | None) -> str:
    """110105********002X: enough to tell two people apart, not enough to misuse (PIPL)."""
    if not number:
        return ""
    if len(number) < 10:
        return number[:2] + "*" * (len(number) - 2)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def brief(alias: str = "household") -> str:
    """The household table read for names, district and category only, in the narrow
    ix_household_brief (migration 0022) instead of the table's rows."""
    return f"household AS {alias} INDEXED BY ix_household_brief"


#: Every leaf page of ix_household_brief, for :func:`read_ahead` before a stage that looks
#: many households up in it at random (a column is counted: SQLite answers count(*)
#: from the smallest b-tree it can, not the index named).
ALL_BRIEFS = "SELECT count(category) FROM household INDEXED BY ix_household_brief"


def with_names(listed: str, then: str, *, units: bool = False) -> str:
    """``listed`` (a query with a ``household_id`` column) with each row's household name;
    with ``units``, rows whose ``household_id`` is "" are named by their ``unit_id``.

    The names are looked up for the distinct households only, in id order, in the
    narrow ix_household_brief: joined row by row, each would read the household's
    table row at random, which with a cold page cache is most of a long list's time.
    ``then`` orders and limits the result (its columns are ``l.*``)."""
    unit_names = " UNION ALL SELECT id, name FROM unit WHERE id IN (SELECT unit_id FROM listed)"
    owner = "coalesce(nullif(l.household_id, ''), l.unit_id)" if units else "l.household_id"
    return (
        f"WITH listed AS MATERIALIZED ({listed}), "
        f"names AS MATERIALIZED (SELECT id, name FROM {brief()} "
        f"WHERE id IN (SELECT household_id FROM listed){unit_names if units else ''}) "
        f"SELECT l.*, m.name FROM listed l LEFT JOIN names m ON m.id = {owner} {then}"
    )


def rows(session: Session, sql: str, **params: Any) -> list[Any]:
    """Run a report query; SQL lives in the report modules next to what it computes."""
    return list(session.execute(text(sql), params).all())


def tuples(session: Session, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    """:func:`rows` as plain tuples from the driver, in the session's transaction: for
    the tens of thousands of rows a large report reads, SQLAlchemy's rows cost a
    tenth of the query again."""
    conn = session.connection().connection.driver_connection
    assert conn is not None
    return list(conn.execute(sql, params).fetchall())


@contextmanager
def temp_tables(session: Session, *tables: str) -> Iterator[None]:
    """Temporary tables for one report, each given as "name (columns) [WITHOUT ROWID]".

    Pooled connections are reused, so the tables are dropped before (a report cut off
    half-way may have left them) and after: they never go stale."""
    names = [t.split(None, 1)[0] for t in tables]
    for name in names:
        session.execute(text(f"DROP TABLE IF EXISTS temp.{name}"))
    try:
        for ddl in tables:
            session.execute(text(f"CREATE TEMP TABLE {ddl}"))
        yield
    finally:
        for name in names:
            session.execute(text(f"DROP TABLE IF EXISTS temp.{name}"))


@contextmanager
def wanted_ids(session: Session, ids: Iterable[str]) -> Iterator[str]:
    """A temporary table of ``ids`` (in key order, once each) for one report's look-ups."""
    with temp_tables(session, "_fv_want (id TEXT PRIMARY KEY) WITHOUT ROWID"):
        # One statement over a JSON array: 41,521 ids in 0.03 s against 0.14-0.18 s bound one
        # by one (executemany).
        session.execute(
            text("INSERT OR IGNORE INTO temp._fv_want SELECT value FROM json_each(:ids)"),
            {"ids": json.dumps(list(ids))},
        )
        yield "temp._fv_want"


#: An SQL statement with its ``:name`` parameters, as :func:`rows` takes them.
Statement = tuple[str, dict[str, Any]]


@contextmanager
def read_ahead(session: Session, *statements: str | Statement) -> Iterator[None]:
    """Run ``statements`` on another pooled connection while the block runs, and throw
    their results away: what they read is then in the OS page cache for a later stage.

    With a cold page cache a report's stages wait on the disk one after another; a
    stage that reads a whole index (the duplicates' household cards) can be read
    while the stages before it work. The session still reads everything itself, in
    its own snapshot: this only moves disk reads earlier. It uses a connection the
    pool keeps (an idle one, else one more up to the pool's size), never an overflow
    one, and does nothing when there is none; that connection's own page cache is kept
    small meanwhile (the OS cache is the point). Leaving the block interrupts what is
    still running."""
    engine = session.get_bind()
    if (
        not statements
        or not isinstance(engine, Engine)
        or not isinstance(engine.pool, QueuePool)
        or engine.pool.checkedout() >= engine.pool.size()
    ):
        yield
        return
    done = threading.Event()
    # The connection while its statements run, and only then: once it goes back to the
    # pool another unit of work may take it, and must not be interrupted.
    reading: list[Any] = []
    lock = threading.Lock()

    def run() -> None:
        try:
            with engine.connect() as conn:
                cache = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
                conn.exec_driver_sql(f"PRAGMA cache_size = -{READ_AHEAD_CACHE_KIB}")
                with lock:
                    reading.append(conn.connection.dbapi_connection)
                try:
                    for statement in statements:
                        if done.is_set():
                            break
                        if isinstance(statement, str):
                            conn.exec_driver_sql(statement).all()
                        else:
                            conn.execute(text(statement[0]), statement[1]).all()
                except (DBAPIError, sqlcipher3.Error):
                    pass  # interrupted: the session reads what it needs itself
                finally:
                    with lock:
                        reading.clear()
                    conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")
                    conn.exec_driver_sql("PRAGMA shrink_memory")
        except (SQLAlchemyError, sqlcipher3.Error):
            pass  # no connection after all: nothing was read ahead, nothing is lost

    worker = threading.Thread(target=run, name="fieldvisit-read-ahead", daemon=True)
    worker.start()
    try:
        yield
    finally:
        done.set()
        # A statement started just before ``done`` was set is interrupted too.
        while worker.is_alive():
            with lock:
                for raw in reading:
                    raw.interrupt()
            worker.join(0.05)


#: The page cache (KiB) of the connection that reads ahead: what it reads is for the
#: OS cache, not for it.
READ_AHEAD_CACHE_KIB = 1024
