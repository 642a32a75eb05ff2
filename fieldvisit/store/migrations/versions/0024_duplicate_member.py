"""duplicate_member: the households that share a duplicate key with another, kept as they change

Revision ID: 0024
Revises: 0023

The duplicate report groups live households four ways (same ID number; same name
sound and phone, address or district) and keeps the groups of two or more. Each
grouping read its whole index (migration 0023), 200,000 entries for a few
thousand groups: 0.8-1.0 s each with a cold page cache, 3.0 s for the four. This
table holds only the members of those groups, one row per grouping, key and
household, in group order: the report reads it from end to end.

Triggers on ``household`` keep it: when a household appears, or its keys or its
archiving change, it leaves its old groups (a group left with one member is
emptied) and joins its new ones (a group that reaches two members is filled with
all of them). The look-ups use the groupings' indexes, a group at a time. A bulk
load and this migration fill the table with :data:`FILL`, and ``fieldvisit check``
compares it with :data:`FRESH`.
"""

from __future__ import annotations

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

#: Grouping -> (its two key columns, "''" for none; when a household is in it, over {r}).
#: The conditions are those of the groupings' partial indexes (migration 0023), so a
#: look-up of one group reads its index.
KEYS = {
    "id_number": (("id_number", "''"), "{r}.archived = 0 AND {r}.id_number != ''"),
    "name_phone": (
        ("phone_rev", "sound_key"),
        "{r}.archived = 0 AND {r}.sound_key != '' AND {r}.phone_rev != ''",
    ),
    "name_address": (
        ("sound_key", "addr_key"),
        "{r}.archived = 0 AND {r}.sound_key != '' AND {r}.addr_key != ''",
    ),
    "similar_name": (
        ("sound_key", "district"),
        "{r}.archived = 0 AND {r}.sound_key != '' AND {r}.district != ''",
    ),
}
COLUMNS = "reason, k1, k2, household_id"
#: What moves a household between groups.
_MOVES = "archived, id_number, sound_key, phone_rev, addr_key, district"


def _col(r: str, column: str) -> str:
    return column if column == "''" else f"{r}.{column}"


def _same_group(reason: str, r: str, of: str) -> str:
    """``r`` is in ``of``'s group of ``reason`` (both in the grouping)."""
    (c1, c2), live = KEYS[reason]
    same = f"{r}.{c1} = {of}.{c1}" + ("" if c2 == "''" else f" AND {r}.{c2} = {of}.{c2}")
    return f"{same} AND {live.format(r=r)}"


def _join(reason: str, r: str) -> str:
    """``r`` joins its group of ``reason``: once it has two members, all of them are in."""
    (c1, c2), live = KEYS[reason]
    return (
        f"INSERT OR IGNORE INTO duplicate_member ({COLUMNS}) "
        f"SELECT '{reason}', h.{c1}, {_col('h', c2)}, h.id FROM household h "
        f"WHERE {live.format(r=r)} AND {_same_group(reason, 'h', r)} "
        f"AND EXISTS (SELECT 1 FROM household x WHERE {_same_group(reason, 'x', r)} "
        f"AND x.id != {r}.id);"
    )


def _leave(reason: str, r: str) -> str:
    """``r`` leaves its group of ``reason``: a group left with one member is no group."""
    (c1, c2), _live = KEYS[reason]
    return (
        f"DELETE FROM duplicate_member WHERE reason = '{reason}' AND k1 = {r}.{c1} "
        f"AND k2 = {_col(r, c2)} AND (household_id = {r}.id OR (SELECT count(*) FROM "
        f"household x WHERE {_same_group(reason, 'x', r)}) < 2);"
    )


TRIGGERS = {
    "duplicate_member_ai": "AFTER INSERT ON household BEGIN "
    + " ".join(_join(reason, "new") for reason in KEYS)
    + " END",
    "duplicate_member_ad": "AFTER DELETE ON household BEGIN "
    + " ".join(_leave(reason, "old") for reason in KEYS)
    + " END",
    "duplicate_member_au": f"AFTER UPDATE OF {_MOVES} ON household BEGIN "
    + " ".join(_leave(reason, "old") for reason in KEYS)
    + " "
    + " ".join(_join(reason, "new") for reason in KEYS)
    + " END",
}


#: The ID numbers shared by two households, archived or not, come from their index alone
#: (it does not hold ``archived``: asking it of 200,000 rows took 3 s); the few found are
#: then counted again among the live ones.
_SHARED_ID = (
    "id_number IN (SELECT id_number FROM household WHERE id_number != '' "
    "GROUP BY id_number HAVING count(*) > 1) AND (SELECT count(*) FROM household x "
    f"WHERE {_same_group('id_number', 'x', 'h')}) > 1"
)


def _members(reason: str) -> str:
    """The live households of ``reason``'s groups of two or more, each group read from
    its grouping's index."""
    (c1, c2), live = KEYS[reason]
    shared = (
        _SHARED_ID
        if reason == "id_number"
        else f"({c1}, {c2}) IN (SELECT {c1}, {c2} FROM household h WHERE {live.format(r='h')} "
        f"GROUP BY {c1}, {c2} HAVING count(*) > 1)"
    )
    return f"SELECT '{reason}', {c1}, {c2}, id FROM household h WHERE {live.format(r='h')} AND {shared}"


#: The groups' members recomputed from the households (what the table holds).
FRESH = " UNION ALL ".join(_members(reason) for reason in KEYS)
#: What a bulk load and this migration fill the empty table with.
FILL = f"INSERT INTO duplicate_member ({COLUMNS}) {FRESH}"


def upgrade() -> None:
    op.execute(
        "CREATE TABLE duplicate_member (reason VARCHAR(16) NOT NULL, k1 TEXT NOT NULL, "
        "k2 TEXT NOT NULL, household_id VARCHAR(36) NOT NULL, "
        "PRIMARY KEY (reason, k1, k2, household_id)) WITHOUT ROWID"
    )
    op.execute(FILL)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS duplicate_member")
