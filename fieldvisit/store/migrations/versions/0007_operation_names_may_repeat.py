"""Two operations may arrive under one (device, seq): an older copy's and the original's.

A laptop restored from an older copy of its data (or a second folder enrolled
with the same file) may hand a bundle to the office before its next sync moves
it to a new incarnation; its operations then carry numbers the original used for
other operations. The replica must keep both (they are both real work; the copy
renames its own at its next sync and every replica adopts the hub's name), so
``(device_id, seq)`` is no longer unique in the log; the index stays for the
writer's "highest sequence" and the outbox. Operations are identified by
``op_id`` everywhere.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("operation", recreate="always") as batch:
        batch.drop_constraint("uq_operation_device_id", type_="unique")
        batch.create_index("ix_operation_device_seq", ["device_id", "seq"])


def downgrade() -> None:
    with op.batch_alter_table("operation", recreate="always") as batch:
        batch.drop_index("ix_operation_device_seq")
        batch.create_unique_constraint("uq_operation_device_id", ["device_id", "seq"])
