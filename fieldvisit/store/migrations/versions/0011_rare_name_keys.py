"""rare characters in names: rebuild their search keys

Revision ID: 0011
Revises: 0009

Names with characters outside the Basic Multilingual Plane (𠮷 U+20BB7) or listed
in ``fieldvisit.text.READ_AS`` were indexed without a pinyin for them, so
"zhangjixiao" did not find 张𠮷笑. Their ``name_key`` is computed again; the
search-index triggers follow.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from fieldvisit.text import READ_AS, name_key

    conn = op.get_bind()
    for hid, name in conn.execute(sa.text("SELECT id, name FROM household")).all():
        if name and any(ord(c) > 0xFFFF or c in READ_AS for c in name):
            conn.execute(
                sa.text("UPDATE household SET name_key = :k WHERE id = :id"),
                {"k": name_key(name), "id": hid},
            )


def downgrade() -> None:
    """Nothing to undo: the keys are correct for the older code too."""
