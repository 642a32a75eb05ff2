"""Reversals in the ledger: at most one stands per payment or distribution.

A payment (or a unit's distribution, 集体发放) is voided by appending a reversal
(``reverses_id``). Two laptops can void the same row before they meet; folding
both would take the money back twice (+800, −800, −800). So the merge lets one
reversal stand — the one with the smallest sort key, whatever order they arrive
in — and files every other under ``void_duplicate`` (who tried, when), which the
office sees as a finding. When a smaller one arrives after a larger one was
folded, the larger one is demoted. Deleting and inserting ``payment`` rows keeps
the running totals right: the triggers of migration 0004 see both.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from fieldvisit.store.models import Distribution, DuplicateVoid, Operation, Payment

#: entity -> its ledger table; both are append-only with ``reverses_id``
LEDGERS: dict[str, Table] = {
    "payment": Payment.__table__,  # type: ignore[dict-item]
    "distribution": Distribution.__table__,  # type: ignore[dict-item]
}


def fold_reversal(session: Session, entity: str, sort_key: str, row: dict[str, Any]) -> None:
    """Add the reversal ``row`` (column values) whose operation sorts at ``sort_key``."""
    table = LEDGERS[entity]
    original = row["reverses_id"]
    standing = (
        session.execute(
            select(table, Operation.sort_key)
            .join(Operation, (Operation.entity == entity) & (Operation.row_id == table.c.id))
            .where(table.c.reverses_id == original)
            .order_by(Operation.sort_key)
            .limit(1)
        )
        .mappings()
        .first()
    )
    if standing is None:
        session.execute(insert(table), [row])
    elif sort_key < standing["sort_key"]:
        session.execute(delete(table).where(table.c.id == standing["id"]))
        session.execute(
            update(DuplicateVoid)
            .where(DuplicateVoid.payment_id == original)
            .values(winner_id=row["id"])
        )
        session.execute(insert(DuplicateVoid), [duplicate(entity, dict(standing), row["id"])])
        session.execute(insert(table), [row])
    else:
        session.execute(insert(DuplicateVoid), [duplicate(entity, row, standing["id"])])


def duplicate(entity: str, row: dict[str, Any], winner_id: str) -> dict[str, Any]:
    """The ``void_duplicate`` row for a reversal that does not stand."""
    owner = (row.get("orig_unit_id") or row.get("unit_id")) if entity == "distribution" else None
    return {
        "id": row["id"],
        "entity": entity,
        "payment_id": row["reverses_id"],
        "winner_id": winner_id,
        "household_id": owner or row.get("orig_household_id") or row["household_id"],
        "campaign_id": row.get("campaign_id"),
        "team_id": row.get("team_id"),
        "device_id": row["device_id"],
        "cash_fen": row.get("cash_fen") or 0,
        "goods_value_fen": row.get("goods_value_fen") or 0,
        "receipt_no": row.get("receipt_no"),
        "reason": row.get("reason"),
        "tried_at": row["created_at"],
    }


def is_reversal(entity: str, payload: dict[str, Any]) -> bool:
    return entity in LEDGERS and bool(payload.get("fields", {}).get("reverses_id"))
