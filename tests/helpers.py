"""Test helpers: canonical dumps, shipping operations between replicas by hand, and
another program holding a replica."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import select

from fieldvisit import paths
from fieldvisit.store import cipher, journal
from fieldvisit.store.merge import APPEND_ONLY, MUTABLE, Op, apply, to_json
from fieldvisit.store.models import Conflict, DuplicateVoid, NeedEvent, Operation
from fieldvisit.store.replica import Replica

LOCAL_ONLY = {"received_at"}


def all_ops(r: Replica) -> list[Op]:
    with r.reader() as s:
        return [
            Op.from_row(o)
            for o in s.execute(select(Operation).order_by(Operation.sort_key)).scalars()
        ]


def deliver(ops: list[Op], to: Replica) -> int:
    with to.session() as s:
        return sum(1 for op in ops if apply(s, op))


def canonical(r: Replica) -> dict[str, Any]:
    """Everything that must be identical on replicas that saw the same operations."""
    out: dict[str, Any] = {}
    with r.reader() as s:
        for name, model in {
            **MUTABLE,
            **APPEND_ONLY,
            "conflict": Conflict,
            "need_event": NeedEvent,
            "void_duplicate": DuplicateVoid,
        }.items():
            table = model.__table__  # type: ignore[attr-defined]
            rows = s.execute(select(table).order_by(table.c.id)).mappings().all()
            out[name] = [
                {k: to_json(v) for k, v in row.items() if k not in LOCAL_ONLY} for row in rows
            ]
    return out


@contextmanager
def held_out_of_wal(base: Path) -> Iterator[None]:
    """Another program holding the replica in ``base`` out of WAL mode, in one big
    transaction (a bulk demo whose pages have begun to reach the file), while the block
    runs; rolled back and in WAL mode again after it."""
    held = cipher.connect_raw(paths.replica_db(base), "test-passphrase", raw=False)
    try:
        assert journal.leave_wal(held)
        held.execute("BEGIN EXCLUSIVE")
        held.execute("DELETE FROM household")
        yield
        held.execute("ROLLBACK")
        journal.enter_wal(held)
    finally:
        held.close()
