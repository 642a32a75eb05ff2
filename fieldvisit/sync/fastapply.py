"""Folding a batch of received operations fast, with exactly ``merge.apply``'s result.

A first sync receives hundreds of thousands of operations, nearly all of them
facts that cannot interact: new visits and payments, and creates of rows
nobody has touched yet. ``merge.apply`` handles each with a handful of
single-row statements; here runs of such operations are checked with a few
set queries and written with one executemany per table. Any operation that
could interact with others (an edit, a delete, a merge, a create of a row that
already has operations, an append to a merged household, an id seen twice) ends
the run and goes through ``merge.apply`` itself, in its place in the order, so
the result is the same as applying the batch one operation at a time. The
convergence test checks this: its reference replicas use ``merge.apply``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from fieldvisit.store import merge
from fieldvisit.store.merge import APPEND_ONLY, MUTABLE, SYSTEM, Op
from fieldvisit.store.models import Household, NeedEvent, Operation

# merge's own helpers, so rows are built exactly as merge builds them.
_column_kinds = merge._column_kinds
_row_values = merge._row_values
_derived = merge._derived

CHUNK = 500  # ids per IN (...) query, well under SQLite's variable limit


def _in_chunks(session: Session, column: Any, ids: set[str], *extra: Any) -> set[str]:
    found: set[str] = set()
    items = sorted(ids)
    for i in range(0, len(items), CHUNK):
        part = items[i : i + CHUNK]
        found.update(session.execute(select(column).where(column.in_(part), *extra)).scalars())
    return found


def apply_fast(session: Session, ops: list[Op]) -> list[Op]:
    """Fold ``ops`` in order; returns the operations that were new."""
    known = _in_chunks(session, Operation.op_id, {o.op_id for o in ops})
    new: list[Op] = []
    run: list[Op] = []
    seen: set[str] = set()
    for op in ops:
        if op.op_id in known or op.op_id in seen:
            continue
        seen.add(op.op_id)
        new.append(op)
        if op.kind in ("create", "append") and op.entity in {**MUTABLE, **APPEND_ONLY}:
            run.append(op)
            continue
        _flush(session, run)
        run = []
        merge.apply(session, op)
    _flush(session, run)
    return new


def _flush(session: Session, run: list[Op]) -> None:
    """Write a run of creates and appends; hand anything not plainly new to merge.apply."""
    while run:
        run = _flush_part(session, run)


def _flush_part(session: Session, run: list[Op]) -> list[Op]:
    """Write the plain head of ``run``; after a fallback, return the rest to be looked at again."""
    by_entity: dict[str, set[str]] = defaultdict(set)
    households: set[str] = set()
    for op in run:
        by_entity[op.entity].add(op.row_id)
        hid = op.payload.get("fields", {}).get("household_id")
        if hid:
            households.add(str(hid))
    existing: dict[str, set[str]] = {}
    touched: dict[str, set[str]] = {}
    for entity, ids in by_entity.items():
        table = (MUTABLE.get(entity) or APPEND_ONLY[entity]).__table__  # type: ignore[attr-defined]
        existing[entity] = _in_chunks(session, table.c.id, ids)
        if entity in MUTABLE:
            touched[entity] = _in_chunks(session, Operation.row_id, ids, Operation.entity == entity)
    merged = _in_chunks(session, Household.id, households, Household.merged_into.is_not(None))
    fresh: list[Op] = []
    claimed: set[tuple[str, str]] = set()
    for i, op in enumerate(run):
        key = (op.entity, op.row_id)
        hid = op.payload.get("fields", {}).get("household_id")
        plain = (
            key not in claimed
            and op.row_id not in existing[op.entity]
            and op.row_id not in touched.get(op.entity, ())
            and (not hid or hid not in merged)
            and (op.entity in MUTABLE) == (op.kind == "create")
        )
        if plain:
            claimed.add(key)
            fresh.append(op)
            continue
        _write(session, fresh)
        merge.apply(session, op)
        # That may have created a merged household or a row later ones refer to:
        # look again before going on.
        return run[i + 1 :]
    _write(session, fresh)
    return []


def _write(session: Session, ops: list[Op]) -> None:
    if not ops:
        return
    # The log rows go straight to the driver: plain columns, the payload as the
    # JSON type writes it (json.dumps), the time as SQLAlchemy stores a naive UTC
    # DateTime on SQLite. This is the hottest statement of a first sync.
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(
            "INSERT INTO operation (op_id, device_id, seq, hlc, sort_key, entity, row_id, kind,"
            " payload, team_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    o.op_id,
                    o.device_id,
                    o.seq,
                    o.hlc,
                    o.sort_key,
                    o.entity,
                    o.row_id,
                    o.kind,
                    json.dumps(o.payload),
                    o.team_id,
                    now,
                )
                for o in ops
            ],
        )
    finally:
        cursor.close()
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    events: list[dict[str, Any]] = []
    for o in ops:
        model = MUTABLE.get(o.entity) or APPEND_ONLY[o.entity]
        kinds = _column_kinds(model)
        stamp = merge.hlc_time(o.hlc).isoformat()
        fields = o.payload.get("fields", {})
        if o.entity in MUTABLE:
            state = {k: v for k, v in fields.items() if k not in SYSTEM}
            state.update(id=o.row_id, head_key=o.sort_key, archived=False)
            if "created_at" in kinds:
                state["created_at"] = stamp
                state["updated_at"] = stamp
            # A need or member of a household is plain here only if that household
            # is not merged away, so its effective household is the recorded one.
            if "orig_household_id" in kinds and state.get("household_id"):
                state["orig_household_id"] = state["household_id"]
            state.update(_derived(o.entity, state))
            if o.entity == "need":
                events.append(
                    {
                        "id": o.op_id,
                        "need_id": o.row_id,
                        "from_status": None,
                        "to_status": state.get("status", "open"),
                        "note": o.payload.get("note"),
                        "device_id": o.device_id,
                        "applied": True,
                        "at": merge.hlc_time(o.hlc),
                    }
                )
        else:
            state = dict(fields)
            state["id"] = o.row_id
            if "created_at" in kinds:
                state["created_at"] = stamp
            if "orig_household_id" in kinds:
                state["orig_household_id"] = state["household_id"]
        rows[o.entity].append(_row_values(model, state))
    for entity, values in rows.items():
        model = MUTABLE.get(entity) or APPEND_ONLY[entity]
        table: Any = model.__table__  # type: ignore[attr-defined]
        for group in _by_keys(values):
            session.execute(insert(table), group)
    if events:
        session.execute(insert(NeedEvent), events)


def _by_keys(values: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group rows by their key set so each executemany is homogeneous (defaults stay defaults)."""
    groups: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
    for v in values:
        groups[frozenset(v)].append(v)
    return list(groups.values())
