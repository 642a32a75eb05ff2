"""Snapshots: a first sync that loads the team's folded replica instead of folding the log.

A laptop that starts empty would otherwise fold every operation its team can read
(``store.bulk``: about 45 s at 100,000 households on a two-core laptop). The hub's
administrator runs ``fieldvisit hub snapshot`` (nightly, say): it keeps a replica of
the scope (a team's, or the offices') on the administrator's side, syncs it, and
stores a copy of it in the hub, encrypted with a key of its own, with the log
position it covers and a digest of the operations it holds (hub migration 0004).

A laptop takes the snapshot when it has pulled nothing yet, or when it is so far
behind that it would fold its whole log again (``client._far_behind``: back after
weeks away) and the snapshot lies beyond what it has pulled. Before anything
changes it checks, in one read-only snapshot of the hub, that the operations the
hub shows *this laptop* up to that position are exactly the ones the snapshot
folded (count and digest of their ids in position order), that the snapshot was
written by this schema, and, after the download, the file's SHA-256. Then
everything the laptop holds goes into the downloaded copy: its settings, audit
entries, drafts and receipt counters; its own operations, and any other it holds
that the snapshot lacks (one a teammate's USB stick brought, say), folded there by
the one merge function; what waits in its quarantine. The copy then replaces the
replica's content in one step of SQLite's backup (re-encrypted with the laptop's
key; a kill in the middle leaves the replica as it was), and the pull goes on from
the snapshot's position. A copy that holds operations of this laptop's own device
the laptop has never seen (another copy of it made them) is left: the log decides
(``sync.incarnation``). Anything that does not check out is left alone and the pull
folds the log as before: a snapshot can only make a sync faster.
"""

from __future__ import annotations

import hashlib
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import sqlcipher3
from sqlalchemy import Connection, Engine, delete, func, insert, select
from sqlalchemy.orm import Session

from fieldvisit import private_files
from fieldvisit.store import bulk, journal, merge, migrate
from fieldvisit.store.chunked import chunked
from fieldvisit.store.cipher import connect_raw
from fieldvisit.store.engine import make_engine
from fieldvisit.store.hlc import Timestamp
from fieldvisit.store.merge import Op
from fieldvisit.store.models import Base, Operation, Quarantined, Setting
from fieldvisit.store.replica import Replica
from fieldvisit.sync import enrol

#: Bytes per stored part: bounds what the upload and the download hold in memory.
PART = 1 << 20
#: Tables that belong to the laptop, not to the log: a snapshot carries none of them
#: and a laptop keeps its own (tests/sync/test_snapshot.py checks every table is
#: either this or folded from the log).
LOCAL = ("setting", "audit_log", "draft", "receipt_counter")
#: The operations the hub shows the connected device up to a position: how many, and
#: a digest of their ids in position order (what a snapshot must have folded).
DIGEST = (
    "SELECT count(*), coalesce(md5(string_agg(op_id, ',' ORDER BY pos)), ''), max(hlc) "
    "FROM fv_ops WHERE pos <= %s"
)
#: The newest snapshot the connected device may read (the hub's policy picks its scope).
OFFER = (
    "SELECT id, pos, ops, digest, schema, sha256, size, file_key FROM fv_snapshot "
    "ORDER BY pos DESC, id DESC LIMIT 1"
)

#: What waits in the quarantine: carried into a snapshot's copy with the rest.
QUARANTINE = Base.metadata.tables["quarantine"]

#: How long the copy waits for the replica to itself (ms: other connections finishing
#: their work and closing) before it leaves the snapshot and folds the log.
LOCK_WAIT_MS = 5000

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Offer:
    id: int
    pos: int
    ops: int
    digest: str
    schema: int
    sha256: str
    size: int
    file_key: str


@dataclass(frozen=True)
class Made:
    """What ``hub snapshot`` stored."""

    pos: int
    ops: int
    size: int
    seconds: float


# ---------------------------------------------------------------- the laptop's side


def may_take(replica: Replica) -> bool:
    """May a snapshot stand for this replica's pull? Not while a bulk load is unfinished:
    its log holds operations it has not folded yet (the next pull finishes it)."""
    with replica.reader() as s:
        return not bulk.pending(s)


@dataclass(frozen=True)
class Taken:
    """A snapshot loaded: its log position, and how many operations the replica gained."""

    pos: int
    ops: int


def take(
    conn: psycopg.Connection,
    replica: Replica,
    cursor_key: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Taken | None:
    """Load the newest snapshot of this laptop's scope, if it may and it lies beyond what
    the laptop has pulled (the position saved as ``cursor_key``, which becomes the
    snapshot's); None: pull the log instead."""
    if not may_take(replica):
        return None
    since = int(replica.settings.get(cursor_key) or 0)
    part = replica.base / "snapshot.download"
    try:
        # One read-only snapshot of the hub: the offer, the check and the parts agree
        # even if the administrator replaces the snapshot meanwhile.
        with conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            row = conn.execute(OFFER).fetchone()
            offer = Offer(*row) if row is not None else None
            if offer is None or offer.schema != migrate.LATEST or offer.pos <= since:
                return None
            shown = conn.execute(DIGEST, (offer.pos,)).fetchone()
            if shown is None or (int(shown[0]), shown[1]) != (offer.ops, offer.digest):
                return None  # the log this laptop reads is not what the snapshot folded
            try:
                if not _download(conn, offer, part, progress, cancelled):
                    return None
            except OSError:  # no room for the copy beside the replica: fold the log
                return None
        gained = _load(replica, offer, part, cursor_key)
        if gained is None:
            return None
        if shown[2]:  # stamp after everything the snapshot holds (client._observe)
            replica.writer.clock.observe(Timestamp.decode(str(shown[2])))
        return Taken(offer.pos, gained)
    finally:
        _remove(part)


def _remove(path: Path) -> None:
    for p in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        p.unlink(missing_ok=True)


def _download(
    conn: psycopg.Connection,
    offer: Offer,
    target: Path,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> bool:
    """The snapshot's file, part by part, checked against its size and SHA-256."""
    digest = hashlib.sha256()
    done = 0
    mb = max(1, offer.size >> 20)
    target.unlink(missing_ok=True)
    private_files.create_private(target)
    with (
        target.open("wb") as out,
        conn.cursor(name=f"fv_snapshot_{uuid.uuid4().hex[:8]}", binary=True) as cur,
    ):
        cur.itersize = 8
        cur.execute(
            "SELECT data FROM fv_snapshot_part WHERE snapshot_id = %s ORDER BY n", (offer.id,)
        )
        for (data,) in cur:
            if cancelled is not None and cancelled():
                return False
            digest.update(data)
            out.write(data)
            done += len(data)
            if progress is not None:
                progress("snapshot", min(done >> 20, mb), mb)
    return done == offer.size and digest.hexdigest() == offer.sha256


def _load(replica: Replica, offer: Offer, path: Path, cursor_key: str) -> int | None:
    """Put what the laptop holds into the downloaded copy, then make the copy the
    replica's content; return how many operations the replica gained (None: the copy
    is not of this schema, or :func:`_fill` left it; nothing changed).

    From the reading of what the laptop holds to the end of the copy, the replica is
    locked: work saved meanwhile (the sync page lets the user go on) waits and lands
    after the copy instead of being overwritten by it."""
    engine = make_engine(path, offer.file_key, raw=True)
    try:
        with engine.connect() as c:
            if migrate.schema_serial(c) != migrate.LATEST:
                return None  # not what its row says: written by another version
        replica.engine.dispose()  # idle connections would keep the WAL in use
        with replica.engine.connect() as here:
            db = here.connection.driver_connection
            assert db is not None
            try:
                db.execute("PRAGMA locking_mode = EXCLUSIVE")
                db.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_MS}")
                try:
                    db.execute("BEGIN EXCLUSIVE")  # the lock stays after the commit
                    db.execute("COMMIT")
                except sqlcipher3.OperationalError:  # another connection has it open
                    return None
                gained = _fill(engine, here, replica.device_id, offer.pos, cursor_key)
                if gained is None:
                    return None
                _replace(db, path, offer.file_key)
            finally:
                # Closed, not pooled: closing lets go of the lock and of the WAL index
                # this connection kept to itself since it entered WAL mode exclusively.
                here.invalidate()
    finally:
        engine.dispose()
    with replica.reader() as s:
        replica.settings.clear()
        replica.settings.update({r.key: r.value for r in s.execute(select(Setting)).scalars()})
    return gained


def _fill(copy: Engine, here: Connection, device_id: str, pos: int, cursor_key: str) -> int | None:
    """The copy given everything the laptop holds (read through the replica's locked
    connection ``here``) and the cursor at the snapshot's position; how many operations
    the copy holds beyond the laptop's. None, with the copy unchanged: it holds an
    operation of this device the laptop has never seen."""
    tables = [Base.metadata.tables[name] for name in LOCAL]
    local = {t: here.execute(select(t)).mappings().all() for t in tables}
    held = here.execute(select(Operation.op_id, Operation.device_id)).all()
    waiting = [dict(r) for r in here.execute(select(QUARANTINE)).mappings()]
    here.rollback()
    made_here = {op_id for op_id, device in held if device == device_id}
    with Session(copy) as s, s.begin():
        theirs = s.execute(select(Operation.op_id).where(Operation.device_id == device_id))
        if any(op_id not in made_here for op_id in theirs.scalars()):
            return None
        # Its own operations (normally none of them in the copy), and any other it holds
        # that the copy lacks: ones no longer in its scope, ones a bundle brought that
        # never reached the hub. Only those are read: an office's own log may be large.
        carried = _held_only_here(s, here, [op_id for op_id, _device in held])
        for table, rows in local.items():
            s.execute(delete(table))
            if rows:
                s.execute(insert(table), [dict(r) for r in rows])
        merge.apply_batch(s, carried)
        known = set(s.execute(select(Quarantined.op_id)).scalars())
        known |= set(_present(s, [r["op_id"] for r in waiting]))
        waiting = [r for r in waiting if r["op_id"] not in known]
        if waiting:  # re-checked after the pull (client._release), as they would have been
            s.execute(insert(QUARANTINE), waiting)
        s.merge(Setting(key=cursor_key, value=pos))
        total = s.execute(select(func.count()).select_from(Operation)).scalar_one()
    with copy.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return int(total) - len(held)


def _present(s: Session, op_ids: list[str]) -> list[str]:
    """Those of ``op_ids`` the copy's log holds (a 200,000-long list in one statement)."""
    if not op_ids:
        return []
    conn = s.connection()
    conn.exec_driver_sql("CREATE TEMP TABLE fv_held (op_id TEXT PRIMARY KEY) WITHOUT ROWID")
    try:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO temp.fv_held VALUES (?)",
            [(i,) for i in op_ids],  # type: ignore[arg-type]
        )
        return list(
            conn.exec_driver_sql(
                "SELECT h.op_id FROM temp.fv_held h JOIN operation o ON o.op_id = h.op_id"
            ).scalars()
        )
    finally:
        conn.exec_driver_sql("DROP TABLE temp.fv_held")


def _held_only_here(s: Session, here: Connection, op_ids: list[str]) -> list[Op]:
    """The operations of ``op_ids`` the copy lacks, read from the laptop, in log order."""
    present = set(_present(s, op_ids))
    lacking = [i for i in op_ids if i not in present]
    ops: list[Op] = []
    with Session(bind=here) as mine:
        for chunk in chunked(lacking):
            rows = mine.execute(select(Operation).where(Operation.op_id.in_(chunk))).scalars()
            ops += [Op.from_row(r) for r in rows]
    here.rollback()
    ops.sort(key=lambda op: op.sort_key)
    return ops


def _replace(db: Any, path: Path, key: str) -> None:
    """The replica (its connection ``db``, which has it to itself) replaced by the file
    at ``path`` in one step.

    SQLite's backup writes every page in one transaction of the replica, re-encrypted
    with its key: a kill in the middle leaves the replica as it was. Through a rollback
    journal rather than the WAL: the journal holds the few pages of the fresh replica
    instead of the WAL all of the new ones, and no checkpoint copies them again (5.4 s
    instead of 8.4 s for the 700 MB of 100,000 households)."""
    source = connect_raw(path, key, raw=True)
    try:
        with journal.rollback_journal(db):  # if refused: the WAL
            source.backup(db)
    finally:
        source.close()


# ---------------------------------------------------------------- the administrator's side


def make(
    url: str,
    *,
    team: str,
    office: bool = False,
    folder: Path,
    progress: Progress | None = None,
) -> Made:
    """Sync the scope's snapshot replica in ``folder`` (made and enrolled the first
    time) and store a copy of it in the hub, in place of the scope's older one."""
    from fieldvisit.sync import client, hub  # client imports this module

    started = time.perf_counter()
    replica = _producer(url, team=team, office=office, folder=folder)
    try:
        client.sync(replica, progress=progress)
        pos = int(replica.settings.get(client.CURSOR_KEY) or 0)
        conn = client.connect(replica)
        try:
            row = conn.execute(DIGEST, (pos,)).fetchone()
        finally:
            conn.close()
        assert row is not None
        ops, digest = int(row[0]), str(row[1])
        key = secrets.token_hex(32)
        copy = folder / "snapshot.upload"
        _remove(copy)
        try:
            _copy(replica, copy, key)
            with hub.admin_connect(url) as admin:
                team_id = None if office else replica.team_id
                sid = admin.execute(
                    "INSERT INTO fv_snapshot (office, team_id, pos, ops, digest, schema, sha256,"
                    " size, file_key) VALUES (%s, %s, %s, %s, %s, %s, '', 0, %s) RETURNING id",
                    (office, team_id, pos, ops, digest, migrate.LATEST, key),
                ).fetchone()
                assert sid is not None
                # The file is read once: hashed as it goes up (no device sees the row
                # before the commit below, with its size and hash filled in).
                sha = hashlib.sha256()
                size = 0
                with (
                    admin.cursor().copy(
                        "COPY fv_snapshot_part (snapshot_id, n, data) FROM STDIN (FORMAT BINARY)"
                    ) as cp,
                    copy.open("rb") as f,
                ):
                    cp.set_types(["int8", "int4", "bytea"])
                    n = 0
                    while chunk := f.read(PART):
                        cp.write_row((sid[0], n, chunk))
                        sha.update(chunk)
                        size += len(chunk)
                        n += 1
                admin.execute(
                    "UPDATE fv_snapshot SET sha256 = %s, size = %s WHERE id = %s",
                    (sha.hexdigest(), size, sid[0]),
                )
                admin.execute(
                    "DELETE FROM fv_snapshot WHERE office = %s AND team_id IS NOT DISTINCT FROM %s"
                    " AND id <> %s",
                    (office, team_id, sid[0]),
                )
                admin.commit()
        finally:
            _remove(copy)
    finally:
        replica.close()
    return Made(pos, ops, size, time.perf_counter() - started)


def _producer(url: str, *, team: str, office: bool, folder: Path) -> Replica:
    """The scope's snapshot replica: a device of its own, enrolled once, unlocked by
    a random passphrase kept beside it (the administrator's machine holds the hub's
    whole database already)."""
    from fieldvisit.sync import hub  # Alembic comes with it: not at the app's start

    secret = folder / "passphrase"
    if Replica.exists(folder):
        return Replica.open(folder, passphrase=secret.read_text("utf-8").strip())
    private_files.secure_folder(folder)
    passphrase = secrets.token_urlsafe(32)
    secret.write_text(passphrase, "utf-8")
    private_files.secure_file(secret)
    name = f"snapshot {'office' if office else team} {secrets.token_hex(3)}"
    data = hub.enroll(url, device=name, team=team, office=office).data
    return enrol.create_enrolled(folder, data, passphrase)


def _copy(replica: Replica, target: Path, key: str) -> None:
    """The replica copied into ``target`` under ``key``, without what is the producer's own."""
    private_files.create_private(target)
    dest = connect_raw(target, key, raw=True)
    try:
        source = replica.engine.raw_connection()
        try:
            assert source.driver_connection is not None
            source.driver_connection.backup(dest)
        finally:
            source.close()
        for name in LOCAL:
            dest.execute(f'DELETE FROM "{name}"')
        dest.commit()
        dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        dest.close()
    private_files.secure_file(target)
