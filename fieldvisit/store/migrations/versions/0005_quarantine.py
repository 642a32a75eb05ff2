"""Quarantine: operations received that the authorization rules refuse, never folded.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quarantine",
        sa.Column("op_id", sa.String(64), primary_key=True),
        sa.Column("op", sa.JSON, nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("entity", sa.String(30), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("reason", sa.String(30), nullable=False),
        sa.Column("detail", sa.Text, nullable=False, server_default=""),
        sa.Column("sent_by", sa.String(64)),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("quarantine")
