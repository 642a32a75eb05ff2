"""ix_payment_cash: a campaign's live payments by amount, for the above-standard check

Revision ID: 0020
Revises: 0019

Payments above the standard were found by reading every entry of the campaign in
ix_payment_ledger (a million payments: 5 s with a cold page cache). Ordered by
amount, only the payments above the campaign's lowest standard are read: 0.5 s.
Partial (originals only: a reversal is never above a standard) and with the
household, which the check looks up next.
"""

from __future__ import annotations

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_payment_cash ON payment (campaign_id, cash_fen, household_id) "
        "WHERE reverses_id IS NULL"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_payment_cash")
