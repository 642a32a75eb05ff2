"""need_day: the day of the visit each need was raised at, kept as visits and needs arrive

Revision ID: 0025
Revises: 0024

The needs ledger counts a need's age from the visit it was raised at: a visit done
on paper is often typed in days later. Looking the visit up for each need still
open read a million visits' pages at random, 1.9 s for 50,000 needs even with a
warm cache. This table holds the day beside the need, in the needs' id order: one
narrow row per need raised at a visit (a household's or a unit's).

Triggers keep it from either side, since a need may arrive before its visit (a
bundle, a scope that changed): a need written with a visit takes the visit's day
if the visit is there; a visit written takes over the needs that name it (found
through ``ix_need_visit``). A bulk load and this migration fill the table with
:data:`FILL`, and ``fieldvisit check`` compares it with :data:`FRESH`.
"""

from __future__ import annotations

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

COLUMNS = "need_id, day"
#: The two kinds of visit a need is raised at.
VISITS = ("visit", "unit_visit")


def _from_need(r: str) -> str:
    """Need ``r``'s day, from whichever visit it names. Written as delete-then-insert:
    an outer INSERT OR IGNORE would turn a trigger's OR REPLACE into OR IGNORE."""
    days = " UNION ALL ".join(
        f"SELECT visited_on AS day FROM {t} WHERE id = {r}.visit_id" for t in VISITS
    )
    return (
        f"DELETE FROM need_day WHERE need_id = {r}.id; "
        f"INSERT INTO need_day ({COLUMNS}) SELECT {r}.id, day FROM ({days}) "
        "WHERE day IS NOT NULL LIMIT 1;"
    )


def _forget_visit(r: str) -> str:
    """The days taken from visit ``r``."""
    return (
        "DELETE FROM need_day WHERE need_id IN "
        f"(SELECT n.id FROM need n WHERE n.visit_id = {r}.id);"
    )


def _from_visit(r: str) -> str:
    """Visit ``r``'s day for every need raised at it."""
    return (
        f"{_forget_visit(r)} INSERT INTO need_day ({COLUMNS}) SELECT n.id, {r}.visited_on "
        f"FROM need n WHERE n.visit_id = {r}.id AND {r}.visited_on IS NOT NULL;"
    )


TRIGGERS = {
    "need_day_nai": f"AFTER INSERT ON need WHEN new.visit_id IS NOT NULL BEGIN {_from_need('new')} END",
    "need_day_nad": "AFTER DELETE ON need BEGIN DELETE FROM need_day WHERE need_id = old.id; END",
    "need_day_nau": "AFTER UPDATE OF id, visit_id ON need BEGIN "
    f"DELETE FROM need_day WHERE need_id = old.id; {_from_need('new')} END",
    **{
        name: body
        for table in VISITS
        for name, body in (
            (f"need_day_{table}_ai", f"AFTER INSERT ON {table} BEGIN {_from_visit('new')} END"),
            (f"need_day_{table}_ad", f"AFTER DELETE ON {table} BEGIN {_forget_visit('old')} END"),
            (
                f"need_day_{table}_au",
                f"AFTER UPDATE OF id, visited_on ON {table} BEGIN "
                f"{_forget_visit('old')} {_from_visit('new')} END",
            ),
        )
    },
}
#: Each need's visit day recomputed from the visits (what the table holds).
FRESH = (
    "SELECT n.id, coalesce(v.visited_on, u.visited_on) FROM need n "
    "LEFT JOIN visit v ON v.id = n.visit_id LEFT JOIN unit_visit u ON u.id = n.visit_id "
    "WHERE n.visit_id IS NOT NULL AND coalesce(v.visited_on, u.visited_on) IS NOT NULL"
)
#: What a bulk load and this migration fill the empty table with.
FILL = f"INSERT INTO need_day ({COLUMNS}) {FRESH} ORDER BY n.id"
INDEX = "CREATE INDEX ix_need_visit ON need (visit_id) WHERE visit_id IS NOT NULL"


def upgrade() -> None:
    op.execute(
        "CREATE TABLE need_day (need_id VARCHAR(36) NOT NULL PRIMARY KEY, day DATE NOT NULL) "
        "WITHOUT ROWID"
    )
    op.execute(INDEX)
    op.execute(FILL)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP INDEX IF EXISTS ix_need_visit")
    op.execute("DROP TABLE IF EXISTS need_day")
