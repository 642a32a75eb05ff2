"""household_tally: each household's visits, live payments and live needs, kept as they change

Revision ID: 0021
Revises: 0020

The duplicates report shows, beside each of the two households the office
compares, how many visits, live payments and live needs it has. It counted them
for every household in a candidate pair (41,521 at 200,000 households) in the
visits' index, ``payment_tally`` (a row per household and campaign) and the needs'
index: 4.1 s of its 8.5 s with a cold page cache, each count touching pages
spread over a table of a million rows. ``household_tally`` keeps the three
counts in one narrow row per household, in the households' id order: those
41,521 look-ups read one small table from end to end.

Triggers on ``visit``, ``payment`` and ``need`` add a row's share when it is
written and take it back when it is deleted or moves (a merge re-points a
household's facts to the survivor): a visit counts 1; a payment +1 if it is an
original and -1 if a reversal (as ``payment_tally``); a need 1 while it is not
archived. Rows whose counts all fall to zero stay, as in the other running
totals. A bulk load and this migration fill the table with :data:`FRESH`, and
``fieldvisit check`` compares the two.
"""

from __future__ import annotations

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

COLUMNS = "household_id, visits, payments, needs"
_UPSERT = (
    " ON CONFLICT (household_id) DO UPDATE SET visits = visits + excluded.visits,"
    " payments = payments + excluded.payments, needs = needs + excluded.needs;"
)
#: A row's share of each count, by table ({r}: old or new).
_SHARE = {
    "visit": ("1", "0", "0"),
    "payment": ("0", "CASE WHEN {r}.reverses_id IS NULL THEN 1 ELSE -1 END", "0"),
    "need": ("0", "0", "({r}.archived = 0)"),
}
#: What moves a row's share on update: its household, and what its share depends on.
_MOVES = {
    "visit": "household_id",
    "payment": "household_id, reverses_id",
    "need": "household_id, archived",
}


def _add(table: str, r: str, s: str) -> str:
    """Add (s = 1) or take away (s = -1) row ``r``'s share in its household's counts."""
    shares = ", ".join(f"{s} * {x.format(r=r)}" for x in _SHARE[table])
    return (
        f"INSERT INTO household_tally ({COLUMNS}) "
        f"SELECT {r}.household_id, {shares} WHERE {r}.household_id IS NOT NULL" + _UPSERT
    )


TRIGGERS = {
    name: body
    for table, moves in _MOVES.items()
    for name, body in (
        (
            f"household_tally_{table}_ai",
            f"AFTER INSERT ON {table} BEGIN {_add(table, 'new', '1')} END",
        ),
        (
            f"household_tally_{table}_ad",
            f"AFTER DELETE ON {table} BEGIN {_add(table, 'old', '-1')} END",
        ),
        (
            f"household_tally_{table}_au",
            f"AFTER UPDATE OF {moves} ON {table} "
            f"BEGIN {_add(table, 'old', '-1')} {_add(table, 'new', '1')} END",
        ),
    )
}
#: The counts recomputed from the visits, the ledger and the needs, one row per
#: household that has any (what the table holds, its zero rows aside).
FRESH = (
    "SELECT household_id, sum(v) AS visits, sum(p) AS payments, sum(n) AS needs FROM ("
    "SELECT household_id, count(*) AS v, 0 AS p, 0 AS n FROM visit GROUP BY household_id "
    "UNION ALL SELECT household_id, 0, sum(CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END), 0 "
    "FROM payment GROUP BY household_id "
    "UNION ALL SELECT household_id, 0, 0, count(*) FROM need WHERE archived = 0 "
    "GROUP BY household_id) WHERE household_id IS NOT NULL GROUP BY household_id"
)
#: What a bulk load and this migration fill the empty table with.
FILL = f"INSERT INTO household_tally ({COLUMNS}) {FRESH}"


def upgrade() -> None:
    op.execute(
        "CREATE TABLE household_tally (household_id VARCHAR(36) NOT NULL PRIMARY KEY, "
        "visits INTEGER NOT NULL, payments INTEGER NOT NULL, needs INTEGER NOT NULL) "
        "WITHOUT ROWID"
    )
    op.execute(FILL)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS household_tally")
