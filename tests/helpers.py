"""Test helpers: canonical dumps and shipping operations between replicas by hand."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

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
