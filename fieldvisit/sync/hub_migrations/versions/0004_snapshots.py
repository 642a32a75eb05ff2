"""Snapshots: a team's folded replica, made by the hub's administrator, for first syncs.

A laptop that starts empty would fold the team's whole log (a minute and more at a
county's size). The administrator's ``fieldvisit hub snapshot`` folds it once, on
the hub's side, into an encrypted replica file and stores it here with the log
position it covers and a digest of the operations it folded. A new laptop checks
the digest against what the hub's log shows it up to that position, loads the
file, and pulls only the operations after it (``fieldvisit.sync.snapshot``).

Devices read the snapshot of their own scope (their team's; an office's, the
office one) and nothing else; only the administrator writes.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SNAPSHOTS = r"""
CREATE TABLE fv_snapshot (
    id bigserial PRIMARY KEY,
    office boolean NOT NULL,
    team_id text REFERENCES fv_team(id),
    pos bigint NOT NULL,
    ops bigint NOT NULL,
    digest text NOT NULL,
    schema integer NOT NULL,
    sha256 text NOT NULL,
    size bigint NOT NULL,
    file_key text NOT NULL,
    made_at timestamptz NOT NULL DEFAULT now(),
    CHECK (office = (team_id IS NULL))
);
CREATE TABLE fv_snapshot_part (
    snapshot_id bigint NOT NULL REFERENCES fv_snapshot(id) ON DELETE CASCADE,
    n integer NOT NULL,
    data bytea NOT NULL,
    PRIMARY KEY (snapshot_id, n)
);
-- Encrypted pages do not compress: store them as they are.
ALTER TABLE fv_snapshot_part ALTER COLUMN data SET STORAGE EXTERNAL;

ALTER TABLE fv_snapshot ENABLE ROW LEVEL SECURITY;
ALTER TABLE fv_snapshot_part ENABLE ROW LEVEL SECURITY;
CREATE POLICY fv_snapshot_read ON fv_snapshot FOR SELECT USING (
    (SELECT fv_my_device()) IS NOT NULL
    AND office = (SELECT fv_is_office())
    AND (office OR team_id = (SELECT fv_my_team()))
);
-- A part is readable with its snapshot (the subquery sees through the policy above).
CREATE POLICY fv_snapshot_part_read ON fv_snapshot_part FOR SELECT USING (
    snapshot_id IN (SELECT id FROM fv_snapshot)
);
"""


def upgrade() -> None:
    op.execute(SNAPSHOTS)


def downgrade() -> None:
    raise NotImplementedError("the hub is never downgraded; restore a backup instead")
