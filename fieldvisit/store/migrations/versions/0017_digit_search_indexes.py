"""household search by digits: ID, phone and register number indexes that carry the name

Revision ID: 0017
Revises: 0016

A digit query ("2X", "138", "0108") is a prefix range on ``id_rev``,
``phone_rev`` or ``register_no``; its results are shown in (name, id) order.
With single-column indexes every match's household row (wide: address, notes,
causes) was read just to learn its name, 30-1800 ms for a few thousand matches
at 200,000 households. These indexes end in (archived, name, id), so a range
gives the name order's keys from the index alone; they replace the single-column
ones (a lookup by ID tail, phone or register number still starts with the same
column), so a household insert writes as many index entries as before.

Numbered 0016 and chained after 0014: another change may take 0015.
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

#: column -> (old single-column index, new index ending in the name order's keys)
INDEXES = {
    "id_rev": ("ix_household_id_rev", "ix_household_id_rev_name"),
    "phone_rev": ("ix_household_phone_rev", "ix_household_phone_rev_name"),
    "register_no": ("ix_household_register_no", "ix_household_register_no_name"),
}


def upgrade() -> None:
    for column, (old, new) in INDEXES.items():
        op.execute(f"DROP INDEX IF EXISTS {old}")
        op.execute(f"CREATE INDEX IF NOT EXISTS {new} ON household ({column}, archived, name, id)")


def downgrade() -> None:
    for column, (old, new) in INDEXES.items():
        op.execute(f"DROP INDEX IF EXISTS {new}")
        op.execute(f"CREATE INDEX IF NOT EXISTS {old} ON household ({column})")
