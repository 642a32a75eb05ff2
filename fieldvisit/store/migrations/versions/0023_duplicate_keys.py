"""Duplicate candidates: one narrow index per way two households can match

Revision ID: 0023
Revises: 0022

The duplicate report groups live households by name sound and phone, by name
sound and address, and by name sound and district. All three read one index,
ix_household_sound (sound, district, phone, address, id): the phone groups
through the phone index and the rows behind it, the address groups sorted
again, and each scan paid for the columns the others needed. With a cold page
cache the candidates took 1.9 s of 200,000 households. One partial index per
grouping, holding only its two keys and the id, is read once in group order:
0.2-0.5 s each (``python -m bench reports`` with FIELDVISIT_BENCH_COLD=1).

The pairs then show what the office compares: name, ID number, phone, address,
district, team and when each household was registered. Read from the table,
41,521 households of the report took 1.5-2.5 s cold (random pages of the widest
table); ix_household_card holds those columns beside the id, read in id order.
"""

from __future__ import annotations

from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

LIVE = "archived = 0 AND sound_key != ''"
CARD = "id, name, id_number, phone, address, district, team_id, created_at"


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_household_sound")
    op.execute(
        "CREATE INDEX ix_household_sound ON household (sound_key, district, id) "
        f"WHERE {LIVE} AND district != ''"
    )
    op.execute(
        "CREATE INDEX ix_household_sound_phone ON household (phone_rev, sound_key, id) "
        f"WHERE {LIVE} AND phone_rev != ''"
    )
    op.execute(
        "CREATE INDEX ix_household_sound_address ON household (sound_key, addr_key, id) "
        f"WHERE {LIVE} AND addr_key != ''"
    )
    op.execute(f"CREATE INDEX ix_household_card ON household ({CARD})")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_household_card")
    op.execute("DROP INDEX IF EXISTS ix_household_sound_address")
    op.execute("DROP INDEX IF EXISTS ix_household_sound_phone")
    op.execute("DROP INDEX IF EXISTS ix_household_sound")
    op.execute(
        "CREATE INDEX ix_household_sound ON household (sound_key, district, phone, addr_key, id) "
        f"WHERE {LIVE}"
    )
