"""Clock stamps that order forever; at most one reversal per payment.

Stamps were 13 digits of milliseconds and 5 of counter, compared as text: past
99,999 the counter took a sixth digit and sorted before its predecessors. The
counter now has 10 digits (``fieldvisit.store.hlc``). Every stored stamp and
every key built from one is rewritten to the new width, so an upgraded replica
folds exactly as a fresh one fed the same operations (which ``merge.Op``
normalises on arrival): ``operation.hlc``, ``operation.sort_key``, the ``base``
in operation payloads, every mutable row's ``head_key``, and the stamps in
``conflict``. Pure SQL, one statement per table, so a million-operation
replica upgrades in seconds.

``void_duplicate`` holds the reversals that do not stand (a payment voided on
two laptops before they met, ``fieldvisit.store.voids``). A replica that had
already folded two reversals of one payment keeps the one with the smallest
sort key in ``payment`` and moves the others there; the ledger triggers of 0004
correct the running totals as the rows leave.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import json

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_MUTABLE = ("household", "member", "campaign", "team", "device", "need")


def _stamp(e: str) -> str:
    """SQL: the stamp ``e`` widened to 13 + 10 digits."""
    return f"(substr({e}, 1, 13) || substr('0000000000' || substr({e}, 14), -10))"


def _key(e: str) -> str:
    """SQL: the sort key ``e`` (stamp|device|seq) with its stamp widened; '' stays ''."""
    bar = f"instr({e}, '|')"
    return (
        f"(CASE WHEN {bar} = 0 OR {bar} = 24 THEN {e} "
        f"ELSE {_stamp(f'substr({e}, 1, {bar} - 1)')} || substr({e}, {bar}) END)"
    )


def _widen(stamp: str) -> str:
    if len(stamp) == 23:
        return stamp
    return f"{int(stamp[:13]):013d}{int(stamp[13:] or 0):010d}"


def upgrade() -> None:
    conn = op.get_bind()
    conn.exec_driver_sql(
        f"UPDATE operation SET hlc = {_stamp('hlc')}, sort_key = {_key('sort_key')} "
        "WHERE length(hlc) != 23"
    )
    base = "json_extract(payload, '$.base')"
    conn.exec_driver_sql(
        f"UPDATE operation SET payload = json_set(payload, '$.base', {_key(base)}) "
        f"WHERE {base} IS NOT NULL AND {base} != '' AND instr({base}, '|') != 24"
    )
    for table in _MUTABLE:
        conn.exec_driver_sql(
            f"UPDATE {table} SET head_key = {_key('head_key')} "
            "WHERE head_key != '' AND instr(head_key, '|') != 24"
        )
    rows = conn.exec_driver_sql("SELECT id, detected_at, \"values\" FROM conflict").all()
    for cid, detected, values in rows:
        vals = json.loads(values) if isinstance(values, str) else values
        for v in vals or []:
            if isinstance(v, dict) and v.get("hlc"):
                v["hlc"] = _widen(str(v["hlc"]))
        conn.exec_driver_sql(
            "UPDATE conflict SET detected_at = ?, \"values\" = ? WHERE id = ?",
            (_widen(detected) if detected else detected, json.dumps(vals, ensure_ascii=False, separators=(",", ":")), cid),
        )
    _voids()


def _voids() -> None:
    conn = op.get_bind()
    conn.exec_driver_sql(
        "CREATE TABLE void_duplicate (id VARCHAR(36) NOT NULL PRIMARY KEY, "
        "payment_id VARCHAR(36) NOT NULL, winner_id VARCHAR(36) NOT NULL, "
        "household_id VARCHAR(36) NOT NULL, campaign_id VARCHAR(36), team_id VARCHAR(36), "
        "device_id VARCHAR(36) NOT NULL, cash_fen INTEGER NOT NULL, "
        "goods_value_fen INTEGER NOT NULL, receipt_no VARCHAR(40), reason VARCHAR(300), "
        "tried_at DATETIME NOT NULL)"
    )
    conn.exec_driver_sql("CREATE INDEX ix_void_duplicate_payment_id ON void_duplicate (payment_id)")
    twice = conn.exec_driver_sql(
        "SELECT reverses_id FROM payment WHERE reverses_id IS NOT NULL "
        "GROUP BY reverses_id HAVING count(*) > 1"
    ).all()
    for (original,) in twice:
        rows = conn.exec_driver_sql(
            "SELECT p.id, p.orig_household_id, p.campaign_id, p.team_id, p.device_id, "
            "p.cash_fen, p.goods_value_fen, p.receipt_no, p.reason, p.created_at "
            "FROM payment p JOIN operation o ON o.entity = 'payment' AND o.row_id = p.id "
            "WHERE p.reverses_id = ? ORDER BY o.sort_key",
            (original,),
        ).all()
        winner = rows[0][0]
        for r in rows[1:]:
            conn.exec_driver_sql(
                "INSERT INTO void_duplicate (id, payment_id, winner_id, household_id, "
                "campaign_id, team_id, device_id, cash_fen, goods_value_fen, receipt_no, "
                "reason, tried_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (r[0], original, winner, *r[1:]),
            )
            conn.exec_driver_sql("DELETE FROM payment WHERE id = ?", (r[0],))


def downgrade() -> None:
    """Stamps stay wide (the old program cannot order them; nothing is lost); the
    reversals that did not stand go back into the ledger."""
    conn = op.get_bind()
    conn.exec_driver_sql(
        "INSERT INTO payment (id, household_id, orig_household_id, campaign_id, team_id, "
        "device_id, paid_on, cash_fen, goods, goods_value_fen, sign_mode, receipt_no, "
        "reverses_id, reason, created_at) "
        "SELECT d.id, p.household_id, d.household_id, d.campaign_id, d.team_id, d.device_id, "
        "p.paid_on, d.cash_fen, p.goods, d.goods_value_fen, 'absent', d.receipt_no, "
        "d.payment_id, d.reason, d.tried_at FROM void_duplicate d JOIN payment p ON p.id = d.winner_id"
    )
    op.drop_index("ix_void_duplicate_payment_id", "void_duplicate")
    op.drop_table("void_duplicate")
