"""Covering indexes for the office reports.

Paid-twice, above-standard and budget read the whole ledger; payment rows are
wide (goods JSON, signature image), so a narrow index ordered by campaign and
household lets those checks scan the index alone. Coverage and the needs
ledger get the same treatment for their own filters.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_payment_ledger",
        "payment",
        ["campaign_id", "household_id", "reverses_id", "cash_fen", "goods_value_fen", "team_id", "id"],
    )
    op.create_index("ix_visit_campaign_household", "visit", ["campaign_id", "household_id"])
    op.create_index("ix_need_open_due", "need", ["archived", "status", "due_on"])


def downgrade() -> None:
    op.drop_index("ix_need_open_due", "need")
    op.drop_index("ix_visit_campaign_household", "visit")
    op.drop_index("ix_payment_ledger", "payment")
