"""household search: prefix indexes, and a second index whose row order is name order

Revision ID: 0014
Revises: 0013

Search must show its first page within a few milliseconds at 200,000
households for any query shape.

* A prefix query on a short term ("l"*, "w"*, "王"*) made FTS5 merge the
  doclists of thousands of tokens (every token starting with that letter):
  30-160 ms before a row was read. With ``prefix='1 2 3'`` FTS5 keeps an index
  entry for the first one, two and three characters of each token (it counts
  characters, so one CJK character is one) and such a query reads one doclist.
  ``household_fts`` is rebuilt so, with the same columns and triggers.
* A common surname matches 10,000+ households; sorting them by name read every
  match's row (20-90 ms). ``household_order`` indexes the same tokens, but its
  rowid is a *rank* that grows with the name: the first two characters' code
  points (clamped to 16 bits) in the high 32 bits, a sequence within that
  bucket in the low 31. FTS5 returns matches in rowid order, so the first page
  by name is in the first few buckets of matches: read those, sort them
  exactly, stop. It is contentless (tokens are not stored twice);
  ``household_rank`` maps a rank to the household's id, name and archived
  flag (one narrow row). Triggers keep both in step with household rows.

Cost: on every household insert, a second FTS insert (the same tokens) and a
narrow row; at 200,000 households this migration builds both in a few
seconds, and a first sync of 100,000 households writes them with the rows.
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_TRIGGERS = ("household_fts_ai", "household_fts_ad", "household_fts_au")
_TOKENIZE = "tokenize=\"unicode61 remove_diacritics 0\", detail=none"
SPAN = 2147483648  # ranks per bucket (2**31)


def bucket_sql(name: str) -> str:
    """SQL for the first rank of ``name``'s bucket; never decreases as the name grows.

    A code point that does not fit in 16 bits is clamped and the characters
    after it ignored, so the order of buckets never contradicts name order."""
    c1 = f"coalesce(unicode(substr({name}, 1, 1)), 0)"
    c2 = f"coalesce(unicode(substr({name}, 2, 1)), 0)"
    key = (
        f"(CASE WHEN {c1} >= 65535 THEN 4294901760 WHEN {c2} >= 65535"
        f" THEN {c1} * 65536 + 65535 ELSE {c1} * 65536 + {c2} END)"
    )
    return f"({key} * {SPAN})"


def _rank_of(row: str) -> str:
    b = bucket_sql(f"{row}.name")
    return (
        f"(SELECT rank FROM household_rank WHERE rank >= {b} AND rank <= {b} + {SPAN - 1}"
        f" AND hid = {row}.id)"
    )


def _insert(row: str) -> str:
    b = bucket_sql(f"{row}.name")
    return (
        "INSERT INTO household_fts(rowid, terms, name, hid, archived) "
        f"VALUES ({row}.rowid, {row}.name_key, {row}.name, {row}.id, {row}.archived); "
        "INSERT INTO household_rank(rank, hid, name, archived) VALUES (coalesce("
        f"(SELECT rank + 1 FROM household_rank WHERE rank >= {b} AND rank <= {b} + {SPAN - 1}"
        f" ORDER BY rank DESC LIMIT 1), {b}), {row}.id, {row}.name, {row}.archived); "
        "INSERT INTO household_order(rowid, terms) "
        f"VALUES (last_insert_rowid(), {row}.name_key); "
    )


def _delete(row: str) -> str:
    return (
        f"DELETE FROM household_fts WHERE rowid = {row}.rowid; "
        f"DELETE FROM household_order WHERE rowid = {_rank_of(row)}; "
        f"DELETE FROM household_rank WHERE rank = {_rank_of(row)}; "
    )


def _drop() -> None:
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for table in ("household_fts", "household_order", "household_rank"):
        op.execute(f"DROP TABLE IF EXISTS {table}")


def upgrade() -> None:
    _drop()
    op.execute(
        "CREATE VIRTUAL TABLE household_fts USING fts5("
        f"terms, name UNINDEXED, hid UNINDEXED, archived UNINDEXED, {_TOKENIZE}, prefix='1 2 3')"
    )
    op.execute(
        "INSERT INTO household_fts(rowid, terms, name, hid, archived) "
        "SELECT rowid, name_key, name, id, archived FROM household"
    )
    op.execute(
        "CREATE TABLE household_rank (rank INTEGER PRIMARY KEY, hid TEXT NOT NULL,"
        " name TEXT NOT NULL, archived BOOLEAN NOT NULL)"
    )
    op.execute(
        "INSERT INTO household_rank(rank, hid, name, archived) "
        "SELECT b + row_number() OVER (PARTITION BY b ORDER BY rowid) - 1, id, name, archived "
        f"FROM (SELECT {bucket_sql('name')} AS b, rowid, id, name, archived FROM household)"
    )
    op.execute(
        "CREATE VIRTUAL TABLE household_order USING fts5("
        f"terms, content='', contentless_delete=1, {_TOKENIZE}, prefix='1 2 3')"
    )
    op.execute(
        "INSERT INTO household_order(rowid, terms) "
        "SELECT r.rank, h.name_key FROM household_rank r JOIN household h ON h.id = r.hid"
    )
    op.execute(f"CREATE TRIGGER household_fts_ai AFTER INSERT ON household BEGIN {_insert('new')}END")
    op.execute(f"CREATE TRIGGER household_fts_ad AFTER DELETE ON household BEGIN {_delete('old')}END")
    op.execute(
        "CREATE TRIGGER household_fts_au AFTER UPDATE OF name_key, name, archived ON household "
        f"BEGIN {_delete('old')}{_insert('new')}END"
    )


def downgrade() -> None:
    _drop()
    op.execute(
        f"CREATE VIRTUAL TABLE household_fts USING fts5("
        f"terms, name UNINDEXED, hid UNINDEXED, archived UNINDEXED, {_TOKENIZE})"
    )
    op.execute(
        "INSERT INTO household_fts(rowid, terms, name, hid, archived) "
        "SELECT rowid, name_key, name, id, archived FROM household"
    )
    op.execute(
        "CREATE TRIGGER household_fts_ai AFTER INSERT ON household BEGIN "
        "INSERT INTO household_fts(rowid, terms, name, hid, archived) "
        "VALUES (new.rowid, new.name_key, new.name, new.id, new.archived); END"
    )
    op.execute(
        "CREATE TRIGGER household_fts_ad AFTER DELETE ON household BEGIN "
        "DELETE FROM household_fts WHERE rowid = old.rowid; END"
    )
    op.execute(
        "CREATE TRIGGER household_fts_au AFTER UPDATE OF name_key, name, archived ON household "
        "BEGIN DELETE FROM household_fts WHERE rowid = old.rowid; "
        "INSERT INTO household_fts(rowid, terms, name, hid, archived) "
        "VALUES (new.rowid, new.name_key, new.name, new.id, new.archived); END"
    )
