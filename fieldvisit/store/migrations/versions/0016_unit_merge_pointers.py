"""units merge like households: rows keep the unit they were recorded against

Revision ID: 0016
Revises: 0015

A unit merge re-points the loser's visits, distributions and wish-list items to
the survivor. As for households, the unit a row was recorded against stays in
``orig_unit_id`` and ``unit_id`` is always recomputed from it as the end of the
merge chain, so concurrent merges (and an unmerge) converge whatever the order.
Existing rows were recorded before any unit could be merged: ``orig_unit_id``
is their ``unit_id``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

ID = sa.String(length=36)
TABLES = ("unit_visit", "distribution", "need")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("orig_unit_id", ID))
        op.execute(f"UPDATE {table} SET orig_unit_id = unit_id WHERE unit_id IS NOT NULL")
        op.create_index(f"ix_{table}_orig_unit_id", table, ["orig_unit_id"])


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_orig_unit_id", table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("orig_unit_id")
