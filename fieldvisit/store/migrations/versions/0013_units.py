"""Units (慰问单位/站点), their visits, group distributions and sign-off rosters; unit needs.

A need belongs to a household or to a unit: ``need.unit_id`` is set for a unit's
wish-list item and ``household_id`` is then "" (kept NOT NULL so the table need not
be rebuilt on a laptop with years of needs).

Revision ID: 0013
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0011"
branch_labels = None
depends_on = None

ID = sa.String(length=36)


def upgrade() -> None:
    op.create_table(
        "unit",
        sa.Column("id", ID, primary_key=True),
        sa.Column("code", sa.String(40), index=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("address", sa.String(300)),
        sa.Column("district", sa.String(100), index=True),
        sa.Column("contact_name", sa.String(50)),
        sa.Column("contact_phone", sa.String(20)),
        sa.Column("workers", sa.Integer),
        sa.Column("notes", sa.Text),
        sa.Column("team_id", ID, index=True),
        sa.Column("archived", sa.Boolean, nullable=False),
        sa.Column("merged_into", ID),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("head_key", sa.String(80), nullable=False),
        sa.Column("name_key", sa.Text, nullable=False),
    )
    op.create_table(
        "unit_visit",
        sa.Column("id", ID, primary_key=True),
        sa.Column("unit_id", ID, nullable=False, index=True),
        sa.Column("campaign_id", ID, index=True),
        sa.Column("team_id", ID),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("visited_on", sa.Date, nullable=False, index=True),
        sa.Column("visitors", sa.String(200)),
        sa.Column("notes", sa.Text),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "distribution",
        sa.Column("id", ID, primary_key=True),
        sa.Column("unit_id", ID, nullable=False, index=True),
        sa.Column("visit_id", ID, index=True),
        sa.Column("campaign_id", ID, index=True),
        sa.Column("team_id", ID),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("paid_on", sa.Date, nullable=False, index=True),
        sa.Column("cash_fen", sa.Integer, nullable=False),
        sa.Column("goods", sa.JSON, nullable=False),
        sa.Column("goods_value_fen", sa.Integer, nullable=False),
        sa.Column("packages", sa.Integer, nullable=False),
        sa.Column("workers_reached", sa.Integer, nullable=False),
        sa.Column("sign_mode", sa.String(14), nullable=False),
        sa.Column("representative_name", sa.String(50)),
        sa.Column("representative_post", sa.String(50)),
        sa.Column("signature_png", sa.LargeBinary),
        sa.Column("visitors", sa.String(200)),
        sa.Column("receipt_no", sa.String(40), index=True),
        sa.Column("override_reason", sa.String(300)),
        sa.Column("reverses_id", ID, index=True),
        sa.Column("reason", sa.String(300)),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "roster_entry",
        sa.Column("id", ID, primary_key=True),
        sa.Column("distribution_id", ID, nullable=False, index=True),
        sa.Column("line_no", sa.Integer, nullable=False),
        sa.Column("worker_name", sa.String(50), nullable=False),
        sa.Column("id_tail", sa.String(6)),
        sa.Column("cash_fen", sa.Integer, nullable=False),
        sa.Column("packages", sa.Integer, nullable=False),
        sa.Column("signed", sa.Boolean, nullable=False),
    )
    with op.batch_alter_table("need") as batch:
        batch.add_column(sa.Column("unit_id", ID))
    op.create_index("ix_need_unit_id", "need", ["unit_id"])


def downgrade() -> None:
    op.drop_index("ix_need_unit_id", "need")
    with op.batch_alter_table("need") as batch:
        batch.drop_column("unit_id")
    for table in ("roster_entry", "distribution", "unit_visit", "unit"):
        op.drop_table(table)
