"""household search index: FTS5 over name tokens, kept by triggers

Revision ID: 0002
Revises: 0001

Search must answer in milliseconds at 200,000 households for any part of a
name, pinyin, initials or Traditional characters, including one-character
queries. ``household.name_key`` holds every token a name can be found by
(suffixes of the name in both scripts, of its pinyin and of its initials, see
``fieldvisit.text.name_key``); an FTS5 table indexes those tokens, so a prefix
query on a token finds any substring, and keeps name, id and archived beside
them so that results are sorted without touching the wide household rows. Triggers keep the index in
step with the household rows the merge writes, so the merge needs no change.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from fieldvisit.text import name_key

    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, name FROM household")).all()
    for hid, name in rows:
        conn.execute(
            sa.text("UPDATE household SET name_key = :k WHERE id = :id"),
            {"k": name_key(name), "id": hid},
        )
    # The table stores name, id and archived beside the tokens so that a broad query
    # (one common surname matches thousands of rows) is sorted from this narrow
    # table instead of reading every matching household row.
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE household_fts USING fts5("
        "terms, name UNINDEXED, hid UNINDEXED, archived UNINDEXED, "
        "tokenize=\"unicode61 remove_diacritics 0\", detail=none)"
    )
    conn.exec_driver_sql(
        "INSERT INTO household_fts(rowid, terms, name, hid, archived) "
        "SELECT rowid, name_key, name, id, archived FROM household"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER household_fts_ai AFTER INSERT ON household BEGIN "
        "INSERT INTO household_fts(rowid, terms, name, hid, archived) "
        "VALUES (new.rowid, new.name_key, new.name, new.id, new.archived); END"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER household_fts_ad AFTER DELETE ON household BEGIN "
        "DELETE FROM household_fts WHERE rowid = old.rowid; END"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER household_fts_au AFTER UPDATE OF name_key, name, archived ON household "
        "BEGIN DELETE FROM household_fts WHERE rowid = old.rowid; "
        "INSERT INTO household_fts(rowid, terms, name, hid, archived) "
        "VALUES (new.rowid, new.name_key, new.name, new.id, new.archived); END"
    )
    op.create_index("ix_household_name_id", "household", ["name", "id"])


def downgrade() -> None:
    op.drop_index("ix_household_name_id", "household")
    for trigger in ("household_fts_ai", "household_fts_ad", "household_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS household_fts")
