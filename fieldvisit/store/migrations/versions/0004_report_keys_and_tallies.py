"""Keys and running totals the office checks read instead of scanning everything.

* ``household.sound_key`` (how the name sounds: 张晓明 = 張曉明 = 张小明 →
  "zhangxiaoming") and ``household.addr_key`` (address without spaces, in
  Simplified), kept by the merge like the search keys, with one narrow index,
  so duplicate candidates come from an index instead of computing pinyin for
  every household on every check.
* ``payment_tally`` (live payments per household and campaign, '' for none) and
  ``goods_tally`` (goods issued per campaign and item), kept by triggers on
  ``payment``: paid-twice and goods-beyond-stock become look-ups instead of
  scans of a million-row ledger. Triggers see every write path (the fold, bulk
  arrivals, merges re-pointing payments), so the totals cannot drift;
  ``fieldvisit check`` recomputes them to prove it.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_SIGN = "CASE WHEN {r}.reverses_id IS NULL THEN 1 ELSE -1 END"
_GOODS = (
    "SELECT {r}.campaign_id, json_extract(g.value, '$.item'), "
    "{s} * coalesce(sum(json_extract(g.value, '$.quantity')), 0), "
    "{s} * coalesce(sum(json_extract(g.value, '$.value_fen')), 0) "
    "FROM json_each({r}.goods) g "
    "WHERE {r}.campaign_id IS NOT NULL AND json_extract(g.value, '$.item') IS NOT NULL "
    "GROUP BY 2 "
    "ON CONFLICT (campaign_id, item) DO UPDATE SET "
    "quantity = quantity + excluded.quantity, value_fen = value_fen + excluded.value_fen"
)
_LIVE = (
    "SELECT coalesce({r}.campaign_id, ''), {r}.household_id, {s} * " + _SIGN + " WHERE 1 "
    "ON CONFLICT (household_id, campaign_id) DO UPDATE SET live = live + excluded.live"
)


def _body(r: str, sign: str) -> str:
    return (
        f"INSERT INTO payment_tally (campaign_id, household_id, live) {_LIVE.format(r=r, s=sign)}; "
        f"INSERT INTO goods_tally (campaign_id, item, quantity, value_fen) {_GOODS.format(r=r, s=sign)};"
    )


def upgrade() -> None:
    from fieldvisit.text import address_key, sound_key

    op.add_column("household", sa.Column("sound_key", sa.Text(), nullable=False, server_default=""))
    op.add_column("household", sa.Column("addr_key", sa.Text(), nullable=False, server_default=""))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, name, address FROM household")).all()
    if rows:
        conn.execute(
            sa.text("UPDATE household SET sound_key = :s, addr_key = :a WHERE id = :id"),
            [{"s": sound_key(n), "a": address_key(a), "id": i} for i, n, a in rows],
        )
    conn.exec_driver_sql(
        "CREATE INDEX ix_household_sound ON household (sound_key, district, phone, addr_key, id) "
        "WHERE archived = 0 AND sound_key != ''"
    )

    conn.exec_driver_sql(
        "CREATE TABLE payment_tally (household_id VARCHAR(36) NOT NULL, "
        "campaign_id VARCHAR(36) NOT NULL, live INTEGER NOT NULL, "
        "PRIMARY KEY (household_id, campaign_id)) WITHOUT ROWID"
    )
    conn.exec_driver_sql(
        "CREATE INDEX ix_payment_tally_twice ON payment_tally (campaign_id, household_id) "
        "WHERE live > 1"
    )
    conn.exec_driver_sql(
        "CREATE TABLE goods_tally (campaign_id VARCHAR(36) NOT NULL, item TEXT NOT NULL, "
        "quantity INTEGER NOT NULL, value_fen INTEGER NOT NULL, "
        "PRIMARY KEY (campaign_id, item)) WITHOUT ROWID"
    )
    conn.exec_driver_sql(
        "INSERT INTO payment_tally (campaign_id, household_id, live) "
        "SELECT coalesce(campaign_id, ''), household_id, sum(" + _SIGN.format(r="payment") + ") "
        "FROM payment GROUP BY 1, 2"
    )
    conn.exec_driver_sql(
        "INSERT INTO goods_tally (campaign_id, item, quantity, value_fen) "
        "SELECT p.campaign_id, json_extract(g.value, '$.item'), "
        "coalesce(sum(json_extract(g.value, '$.quantity')), 0), "
        "coalesce(sum(json_extract(g.value, '$.value_fen')), 0) "
        "FROM payment p, json_each(p.goods) g "
        "WHERE p.campaign_id IS NOT NULL AND json_extract(g.value, '$.item') IS NOT NULL "
        "GROUP BY 1, 2"
    )
    conn.exec_driver_sql(
        f"CREATE TRIGGER payment_tally_ai AFTER INSERT ON payment BEGIN {_body('new', '1')} END"
    )
    conn.exec_driver_sql(
        f"CREATE TRIGGER payment_tally_ad AFTER DELETE ON payment BEGIN {_body('old', '-1')} END"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER payment_tally_au AFTER UPDATE OF campaign_id, household_id, reverses_id, "
        f"goods ON payment BEGIN {_body('old', '-1')} {_body('new', '1')} END"
    )


def downgrade() -> None:
    for trigger in ("payment_tally_ai", "payment_tally_ad", "payment_tally_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.drop_table("goods_tally")
    op.drop_index("ix_payment_tally_twice", "payment_tally")
    op.drop_table("payment_tally")
    op.drop_index("ix_household_sound", "household")
    op.drop_column("household", "addr_key")
    op.drop_column("household", "sound_key")
