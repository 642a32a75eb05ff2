"""Change capture: every business write becomes an operation in the same transaction.

Feature code never touches business tables; it calls :func:`record` (or the
helpers below), which numbers the operation (device sequence), stamps it (HLC)
and folds it through :func:`fieldvisit.store.merge.apply`. The outbox is simply
this device's operations above what the hub has acknowledged.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldvisit.store import bulk
from fieldvisit.store.hlc import Clock, Timestamp
from fieldvisit.store.merge import MUTABLE, SYSTEM, Op, apply, apply_batch, sort_key, to_json
from fieldvisit.store.models import Operation

WRITER_KEY = "fieldvisit.writer"
#: session.info key of a callable that refuses (raises) an operation this device may not
#: make; set by Replica.session on enrolled replicas (fieldvisit.sync.authz.local_guard).
GUARD_KEY = "fieldvisit.guard"
_UNREAD = "fieldvisit.writer.unread"  # this unit has not yet read the log


class Writer:
    """Numbers and stamps this device's operations.

    The sequence and clock are re-read from the log at the start of each unit of
    work, so a rolled-back transaction leaves no gap in the device sequence (the
    hub relies on sequences being dense to resume a push). Units of work hold the
    write lock from their start (``Replica.session``), so the one numbering is
    alone until it commits; whether it has read the log yet is the unit's own
    (in its session), not the writer's, which other threads' units share.
    """

    def __init__(self, device_id: str, clock: Clock | None = None) -> None:
        self.device_id = device_id
        self.clock = clock or Clock()
        self.seq = 0

    def begin(self, session: Session) -> None:
        """Start a unit of work. The log is read when it numbers its first operation: a
        unit that numbers none (a pull, a report) reads nothing, which matters while a
        first sync fills the log without the index these reads use."""
        session.info[_UNREAD] = True

    def _catch_up(self, session: Session) -> None:
        session.info.pop(_UNREAD, None)
        self.seq = int(
            session.execute(
                select(func.max(Operation.seq)).where(Operation.device_id == self.device_id)
            ).scalar()
            or 0
        )
        top = session.execute(select(func.max(Operation.sort_key))).scalar()
        if top:
            seen = Timestamp.decode(top.split("|", 1)[0])
            if seen > self.clock.last:
                self.clock.last = seen

    def next(
        self,
        session: Session,
        entity: str,
        row_id: str,
        kind: str,
        payload: dict[str, Any],
        team_id: str | None,
    ) -> Op:
        op_id, seq, hlc = self._number(session)
        return Op(
            op_id=op_id,
            device_id=self.device_id,
            seq=seq,
            hlc=hlc,
            entity=entity,
            row_id=row_id,
            kind=kind,
            payload=payload,
            team_id=team_id,
        )

    def stamp(
        self, session: Session, made: Sequence[tuple[str, str, str | None, str]]
    ) -> list[tuple[Any, ...]]:
        """Number and stamp created rows whose payloads are given as the log's JSON text:
        (entity, row id, team id, text) each, as :meth:`next` would, as the log's rows
        (``bulk.log_minted``) instead of an :class:`Op` each."""
        device = self.device_id
        rows = []
        for entity, row_id, team_id, text in made:
            op_id, seq, hlc = self._number(session)
            row = (op_id, device, seq, hlc, entity, row_id, kind_of(entity), text, team_id)
            rows.append((*row, sort_key(hlc, device, seq)))
        return rows

    def _number(self, session: Session) -> tuple[str, int, str]:
        """The next operation's id, sequence number and stamp."""
        if session.info.get(_UNREAD):
            self._catch_up(session)
        self.seq += 1
        return new_id(), self.seq, self.clock.now().encode()


def new_id() -> str:
    """A time-ordered UUID (version 7 layout: milliseconds, then random bits).

    Still a unique UUID made on the device, but ids made one after another sort
    together, so the primary-key and row indexes of a 200,000-household replica
    grow at their end instead of touching a random page for every insert."""
    value = (time.time_ns() // 1_000_000) << 80 | int.from_bytes(os.urandom(10), "big")
    value = (value & ~(0xF << 76)) | (0x7 << 76)  # version 7
    value = (value & ~(0x3 << 62)) | (0x2 << 62)  # RFC 4122 variant
    # str(uuid.UUID(int=value)) without the object: a bulk demo makes 800,000 of them
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def writer_of(session: Session) -> Writer:
    try:
        return session.info[WRITER_KEY]  # type: ignore[no-any-return]
    except KeyError:
        raise RuntimeError("this session was not opened for writing (Replica.session())") from None


def record(
    session: Session,
    entity: str,
    row_id: str,
    kind: str,
    payload: dict[str, Any],
    team_id: str | None = None,
) -> Op:
    """Append one operation made on this device and fold it."""
    op = writer_of(session).next(session, entity, row_id, kind, payload, team_id)
    guard = session.info.get(GUARD_KEY)
    if guard is not None:
        guard(op)
    apply(session, op)
    return op


def create(
    session: Session, entity: str, row_id: str, fields: dict[str, Any], team_id: str | None = None
) -> Op:
    return record(
        session,
        entity,
        row_id,
        kind_of(entity),
        create_payload(fields),
        team_id,
    )


def kind_of(entity: str) -> str:
    """What a new row's operation is: a mutable row's create, or a fact appended."""
    return "create" if entity in MUTABLE else "append"


def create_payload(fields: dict[str, Any]) -> dict[str, Any]:
    """The payload of a create: the fields in the JSON form operations carry."""
    return {"fields": {k: to_json(v) for k, v in fields.items() if k not in SYSTEM}}


def create_many(
    session: Session,
    items: Iterable[tuple[str, str, dict[str, Any], str | None]],
    *,
    new_rows: bool = False,
    fold: bool = True,
) -> list[Op]:
    """Record many new rows at once: (entity, row id, fields, team id) each.

    Every row is still its own operation, numbered and stamped like any other;
    they are folded together by :func:`fieldvisit.store.merge.apply_batch`.
    ``new_rows=True`` promises the row ids were just made (uuid4 or :func:`new_id`).
    ``fold=False``: only logged, inside a bulk load that folds the whole log at its
    end (:func:`fieldvisit.store.bulk.begin`)."""
    return record_created(
        session,
        [(e, r, create_payload(f), t) for e, r, f, t in items],
        new_rows=new_rows,
        fold=fold,
    )


def record_created(
    session: Session,
    items: Iterable[tuple[str, str, dict[str, Any], str | None]],
    *,
    new_rows: bool = False,
    fold: bool = True,
) -> list[Op]:
    """:func:`create_many` with each row's payload made already (:func:`create_payload`):
    (entity, row id, payload, team id) each."""
    writer = writer_of(session)
    ops = [
        writer.next(session, entity, row_id, kind_of(entity), payload, team_id)
        for entity, row_id, payload, team_id in items
    ]
    guard = session.info.get(GUARD_KEY)
    if guard is not None:
        for op in ops:
            guard(op)
    if fold:
        apply_batch(session, ops, minted=True, new_rows=new_rows)
    else:
        bulk.log_only(session, ops)
    return ops


def log_created(session: Session, made: Sequence[tuple[str, str, str | None, str]]) -> None:
    """Record new rows in the log only, inside a bulk load that folds the whole log at
    its end (``bulk.begin``): (entity, row id, team id, payload as the JSON text the log
    stores) each. The demo's households, invented and encoded in another process:
    800,000 operations at 200,000 households, recorded without decoding their payloads
    again, unless this replica's rules (the guard) must read them."""
    guard = session.info.get(GUARD_KEY)
    if guard is None:
        bulk.log_minted(session, writer_of(session).stamp(session, made))
        return
    ops = [
        writer_of(session).next(session, entity, row_id, kind_of(entity), json.loads(text), team_id)
        for entity, row_id, team_id, text in made
    ]
    for op in ops:
        guard(op)
    bulk.log_only(session, ops, {op.op_id: m[3] for op, m in zip(ops, made, strict=True)})


def _head(session: Session, entity: str, row_id: str) -> dict[str, Any]:
    table = MUTABLE[entity].__table__  # type: ignore[attr-defined]
    row = session.execute(select(table).where(table.c.id == row_id)).mappings().first()
    if row is None:
        raise LookupError(f"{entity} {row_id} not found")
    return dict(row)


def seen(session: Session, entity: str, row_id: str) -> list[str]:
    """The ids of every operation on this row this replica holds: what a writer had seen.

    Edits, deletes, merges and restores carry it (``payload["seen"]``) so the merge
    decides delete-versus-edit and three-way field conflicts by what the writer had
    actually folded, never by clock order (see :func:`fieldvisit.store.merge._step`)."""
    return sorted(
        session.execute(
            select(Operation.op_id).where(Operation.entity == entity, Operation.row_id == row_id)
        ).scalars()
    )


def update(
    session: Session, entity: str, row_id: str, changes: dict[str, Any], team_id: str | None = None
) -> Op | None:
    """Record the fields that really change, each with the value it is edited from."""
    row = _head(session, entity, row_id)
    fields = {}
    for key, value in changes.items():
        if key in SYSTEM or key not in row:
            raise KeyError(f"{entity}.{key} cannot be edited")
        old, new = to_json(row[key]), to_json(value)
        if old != new:
            fields[key] = [old, new]
    if not fields:
        return None
    return record(
        session,
        entity,
        row_id,
        "update",
        {"fields": fields, "base": row["head_key"], "seen": seen(session, entity, row_id)},
        team_id,
    )


def tombstone(
    session: Session,
    entity: str,
    row_id: str,
    *,
    kind: str = "delete",
    team_id: str | None = None,
    **extra: Any,
) -> Op:
    """Archive (never erase) a row; ``kind="merge"`` with ``into=`` for households."""
    row = _head(session, entity, row_id)
    payload = {"base": row["head_key"], "seen": seen(session, entity, row_id), **extra}
    return record(session, entity, row_id, kind, payload, team_id)


def restore(session: Session, entity: str, row_id: str, team_id: str | None = None) -> Op:
    row = _head(session, entity, row_id)
    payload = {"base": row["head_key"], "seen": seen(session, entity, row_id)}
    return record(session, entity, row_id, "restore", payload, team_id)


def outbox(session: Session, device_id: str, after_seq: int, limit: int = 1000) -> list[Op]:
    """This device's operations above ``after_seq``, in sequence order."""
    rows = session.execute(
        select(Operation)
        .where(Operation.device_id == device_id, Operation.seq > after_seq)
        .order_by(Operation.seq)
        .limit(limit)
    ).scalars()
    return [Op.from_row(r) for r in rows]


def apply_many(session: Session, ops: Iterable[Op]) -> int:
    """Fold received operations; returns how many were new."""
    return sum(1 for op in ops if apply(session, op))
