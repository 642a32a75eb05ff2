"""distribution voids: at most one reversal stands per distribution, as for payments

Revision ID: 0015
Revises: 0014

A unit's distribution (集体发放) is voided by a reversal row, like a payment. Two
laptops that void the same distribution before they meet each append one; folding
both took the money back twice (+3000, −3000, −3000). The merge now lets one
stand (the smallest sort key) and files the others in ``void_duplicate``, which
gains ``entity`` ('payment' or 'distribution'); for a distribution its
``household_id`` holds the unit. Replicas that already folded a second reversal
are mended here the same way migration 0006 mended payments.
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    conn.exec_driver_sql(
        "ALTER TABLE void_duplicate ADD COLUMN entity VARCHAR(20) NOT NULL DEFAULT 'payment'"
    )
    twice = conn.exec_driver_sql(
        "SELECT reverses_id FROM distribution WHERE reverses_id IS NOT NULL "
        "GROUP BY reverses_id HAVING count(*) > 1"
    ).all()
    for (original,) in twice:
        rows = conn.exec_driver_sql(
            "SELECT d.id, d.unit_id, d.campaign_id, d.team_id, d.device_id, "
            "d.cash_fen, d.goods_value_fen, d.receipt_no, d.reason, d.created_at "
            "FROM distribution d JOIN operation o ON o.entity = 'distribution' "
            "AND o.row_id = d.id WHERE d.reverses_id = ? ORDER BY o.sort_key",
            (original,),
        ).all()
        winner = rows[0][0]
        for r in rows[1:]:
            conn.exec_driver_sql(
                "INSERT INTO void_duplicate (id, payment_id, winner_id, household_id, "
                "campaign_id, team_id, device_id, cash_fen, goods_value_fen, receipt_no, "
                "reason, tried_at, entity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "'distribution')",
                (r[0], original, winner, *r[1:]),
            )
            conn.exec_driver_sql("DELETE FROM distribution WHERE id = ?", (r[0],))


def downgrade() -> None:
    """The distribution reversals that did not stand go back into the ledger."""
    conn = op.get_bind()
    conn.exec_driver_sql(
        "INSERT INTO distribution (id, unit_id, visit_id, campaign_id, team_id, device_id, "
        "paid_on, cash_fen, goods, goods_value_fen, packages, workers_reached, sign_mode, "
        "receipt_no, reverses_id, reason, created_at) "
        "SELECT v.id, w.unit_id, w.visit_id, v.campaign_id, v.team_id, v.device_id, "
        "w.paid_on, v.cash_fen, w.goods, v.goods_value_fen, w.packages, w.workers_reached, "
        "w.sign_mode, v.receipt_no, v.payment_id, v.reason, v.tried_at "
        "FROM void_duplicate v JOIN distribution w ON w.id = v.winner_id "
        "WHERE v.entity = 'distribution'"
    )
    conn.exec_driver_sql("DELETE FROM void_duplicate WHERE entity = 'distribution'")
    with op.batch_alter_table("void_duplicate") as batch:
        batch.drop_column("entity")
