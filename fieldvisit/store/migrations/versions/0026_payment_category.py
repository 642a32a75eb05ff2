"""payment_category: each campaign's original payments by their household's category and cash

Revision ID: 0026
Revises: 0025

The payment checks find payments above the standard of their household's category.
They read each campaign's payments above its lowest standard in ``ix_payment_cash``
and looked every one's household up in ``ix_household_brief``: a fifth of a million
payments read and 200,000 look-ups at random, 0.8 s of a 2 s report with a cold page
cache, for a few thousand findings. This table holds the category beside the cash,
so that each category's standard reads exactly the payments above it; the check's
former range, ``ix_payment_cash`` (migration 0020), has no reader left and is dropped
(every payment written kept it up to date).

One row per original payment (not a reversal) of a campaign: its campaign, its
household's category ("" for a household without one; NULL while the household is
not there, as when a payment arrives before its household), its cash. Triggers keep
it from both sides: a payment written or changed, a household written, re-categorised
or deleted. A bulk load and this migration fill it with :data:`FILL`, and
``fieldvisit check`` compares it with :data:`FRESH`.
"""

from __future__ import annotations

from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

COLUMNS = "payment_id, campaign_id, category, cash_fen"


def _from_payment(r: str) -> str:
    """Payment ``r``'s row, if it is an original of a campaign (delete-then-insert: an
    outer INSERT OR IGNORE would turn a trigger's OR REPLACE into OR IGNORE)."""
    return (
        f"DELETE FROM payment_category WHERE payment_id = {r}.id; "
        f"INSERT INTO payment_category ({COLUMNS}) SELECT {r}.id, {r}.campaign_id, "
        f"(SELECT coalesce(h.category, '') FROM household h WHERE h.id = {r}.household_id), "
        f"{r}.cash_fen WHERE {r}.reverses_id IS NULL AND {r}.campaign_id IS NOT NULL;"
    )


def _recategorise(hid: str) -> str:
    """The rows of household ``hid``'s payments take its category as it now is."""
    return (
        "UPDATE payment_category SET category = "
        f"(SELECT coalesce(h.category, '') FROM household h WHERE h.id = {hid}) "
        f"WHERE payment_id IN (SELECT p.id FROM payment p WHERE p.household_id = {hid});"
    )


TRIGGERS = {
    "payment_category_pai": f"AFTER INSERT ON payment BEGIN {_from_payment('new')} END",
    "payment_category_pad": "AFTER DELETE ON payment BEGIN "
    "DELETE FROM payment_category WHERE payment_id = old.id; END",
    "payment_category_pau": "AFTER UPDATE OF id, campaign_id, household_id, cash_fen, "
    "reverses_id ON payment BEGIN DELETE FROM payment_category WHERE payment_id = old.id; "
    f"{_from_payment('new')} END",
    "payment_category_hai": f"AFTER INSERT ON household BEGIN {_recategorise('new.id')} END",
    "payment_category_had": f"AFTER DELETE ON household BEGIN {_recategorise('old.id')} END",
    "payment_category_hau": "AFTER UPDATE OF id, category ON household BEGIN "
    f"{_recategorise('old.id')} {_recategorise('new.id')} END",
}


def fresh(households: str = "household", hint: str = "") -> str:
    """Each original payment of a campaign with its household's category (read from
    ``households``: see :func:`fill`), from the ledger; ``hint`` follows the payments'
    alias (``NOT INDEXED``)."""
    return (
        "SELECT p.id, p.campaign_id, "
        f"(SELECT coalesce(h.category, '') FROM {households} h WHERE h.id = p.household_id), "
        f"p.cash_fen FROM payment p{hint} WHERE p.reverses_id IS NULL AND p.campaign_id IS NOT NULL"
    )


def fill(households: str = "household") -> str:
    """What a bulk load and this migration fill the empty table with, in its key's order.

    The payments are read in the table's own order and the rows sorted: SQLite would
    otherwise read them in the order of the id's index, each row a look-up at random
    (2.0 s instead of 0.2 s at 150,000 payments). A bulk load passes a narrow copy of the
    households' ids and categories for the same reason (``bulk._tallies``)."""
    return f"INSERT INTO payment_category ({COLUMNS}) {fresh(households, ' NOT INDEXED')} ORDER BY p.id"


#: Each original payment of a campaign with its household's category, from the ledger.
FRESH = fresh()
#: What this migration fills the empty table with.
FILL = fill()
INDEX = (
    "CREATE INDEX ix_payment_category_cash ON payment_category (campaign_id, category, cash_fen)"
)


def upgrade() -> None:
    op.execute(
        "CREATE TABLE payment_category (payment_id VARCHAR(36) NOT NULL PRIMARY KEY, "
        "campaign_id VARCHAR(36) NOT NULL, category VARCHAR(40), cash_fen INTEGER NOT NULL) "
        "WITHOUT ROWID"
    )
    op.execute(FILL)
    op.execute(INDEX)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute("DROP INDEX IF EXISTS ix_payment_cash")


def downgrade() -> None:
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_payment_cash ON payment (campaign_id, cash_fen, "
        "household_id) WHERE reverses_id IS NULL"
    )
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP INDEX IF EXISTS ix_payment_category_cash")
    op.execute("DROP TABLE IF EXISTS payment_category")
