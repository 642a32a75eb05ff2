"""reach_tally: the campaign summary's household counts kept per campaign, team and district

Revision ID: 0019
Revises: 0018

The campaign summary counted the households each team paid and visited by
reading every payment and every visit: 7.5 s warm at 200,000 households and a
million payments once the counting moved into SQLite, far more with a cold page
cache, against a 2 s target. ``reach_tally`` keeps the counts per cell
(campaign, team, the household's district; '' stands for none):

- ``packages``: households whose net payments from that team in that campaign
  are above zero (one package, one worker reached: the family's own receipt);
- ``visited``: households that team visited in that campaign;
- ``visited_any`` (kept in the cell of team ''): households anyone visited in
  that campaign, so that a household two teams visited counts once for the
  campaign and once for its district.

A count changes only when a household's group crosses zero: the triggers on
``payment`` and ``visit`` read the group's net or number of visits through the
ledger's and the visits' indexes (a few rows) before and after the change; the
triggers on ``household`` move a household's counts when its district changes,
or when the fold deletes and re-inserts it (facts that arrived before their
household sat in the '' district). Every write path passes through them; a bulk
load and this migration fill the table with :func:`rebuild`, and ``fieldvisit
check`` compares it with ``FRESH``.

``ix_visit_campaign_household`` stays (campaign, household): with the team added,
the coverage report's cold read of a campaign's visits grew by a fifth, for the
rebuild's sake only. The triggers find a group's few visits through it; the
rebuild reads the visit table through once (3 s at a million visits).
"""

from __future__ import annotations

from collections.abc import Callable

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

_COLS = "INSERT INTO reach_tally (campaign_id, team_id, district, packages, visited, visited_any) "
_UPSERT = (
    " ON CONFLICT (campaign_id, team_id, district) DO UPDATE SET"
    " packages = packages + excluded.packages, visited = visited + excluded.visited,"
    " visited_any = visited_any + excluded.visited_any;"
)
_DISTRICT = "coalesce((SELECT district FROM household WHERE id = {r}.household_id), '')"
_AMOUNT = "({r}.cash_fen + {r}.goods_value_fen)"
#: A (campaign, team, household) group's net payments, read from ix_payment_ledger.
_NET = (
    "(SELECT coalesce(sum(cash_fen + goods_value_fen), 0) FROM payment "
    "WHERE campaign_id IS {r}.campaign_id AND household_id = {r}.household_id "
    "AND team_id IS {r}.team_id)"
)
#: Visits of a (campaign, team, household) group, and of a (campaign, household) one.
_VISITS = (
    "(SELECT count(*) FROM visit WHERE campaign_id IS {r}.campaign_id "
    "AND household_id = {r}.household_id AND team_id IS {r}.team_id)"
)
_VISITS_ANY = (
    "(SELECT count(*) FROM visit WHERE campaign_id IS {r}.campaign_id "
    "AND household_id = {r}.household_id)"
)
_SAME = (
    "(old.campaign_id IS new.campaign_id AND old.household_id = new.household_id "
    "AND old.team_id IS new.team_id)"
)
_SAME_ANY = "(old.campaign_id IS new.campaign_id AND old.household_id = new.household_id)"


def _cross(r: str, column: str, before: str, after: str, team: bool = True) -> str:
    """+1 (or -1) in ``column`` of row ``r``'s cell when its group goes from nothing to
    something (or back), given the group's figure before and after the change."""
    counts = {c: "0" for c in ("packages", "visited", "visited_any")}
    counts[column] = "(a > 0) - (b > 0)"
    return (
        _COLS + f"SELECT coalesce({r}.campaign_id, ''), "
        + (f"coalesce({r}.team_id, '')" if team else "''")
        + f", {_DISTRICT.format(r=r)}, {counts['packages']}, {counts['visited']}, "
        f"{counts['visited_any']} FROM (SELECT {before} AS b, {after} AS a) "
        "WHERE (a > 0) != (b > 0)" + _UPSERT
    )


def _paid(r: str, s: str) -> str:
    """Row ``r`` of payment was added (s = 1) or taken away (s = -1); it is no longer
    (or is now) in the table."""
    net, amount = _NET.format(r=r), _AMOUNT.format(r=r)
    return _cross(r, "packages", f"{net} - {s} * {amount}", net)


def _repaid() -> str:
    """A payment changed: its old group lost the old amount, its new one gained the new."""
    old_net = f"{_NET.format(r='old')} - {_SAME} * {_AMOUNT.format(r='new')}"
    return _cross("old", "packages", f"{old_net} + {_AMOUNT.format(r='old')}", old_net) + _paid(
        "new", "1"
    )


def _seen(r: str, s: str) -> str:
    """Row ``r`` of visit was added (s = 1) or taken away (s = -1)."""
    team, anyone = _VISITS.format(r=r), _VISITS_ANY.format(r=r)
    return _cross(r, "visited", f"{team} - {s}", team) + _cross(
        r, "visited_any", f"{anyone} - {s}", anyone, team=False
    )


def _reseen() -> str:
    team = f"{_VISITS.format(r='old')} - {_SAME}"
    anyone = f"{_VISITS_ANY.format(r='old')} - {_SAME_ANY}"
    return (
        _cross("old", "visited", f"{team} + 1", team)
        + _cross("old", "visited_any", f"{anyone} + 1", anyone, team=False)
        + _seen("new", "1")
    )


def _groups(hid: str) -> str:
    """A household's groups: (campaign, team, packages, visited, visited_any)."""
    return (
        "SELECT coalesce(campaign_id, '') AS c, coalesce(team_id, '') AS t, 1 AS p, 0 AS v, "
        f"0 AS va FROM payment WHERE household_id = {hid} GROUP BY campaign_id, team_id "
        "HAVING sum(cash_fen + goods_value_fen) > 0 "
        "UNION ALL SELECT coalesce(campaign_id, ''), coalesce(team_id, ''), 0, 1, 0 "
        f"FROM visit WHERE household_id = {hid} GROUP BY campaign_id, team_id "
        "UNION ALL SELECT coalesce(campaign_id, ''), '', 0, 0, 1 "
        f"FROM visit WHERE household_id = {hid} GROUP BY campaign_id"
    )


def _move(hid: str, district: str, s: str) -> str:
    """Add (s = 1) or take away (s = -1) a household's groups in one district."""
    return (
        _COLS + f"SELECT c, t, {district}, {s} * sum(p), {s} * sum(v), {s} * sum(va) "
        f"FROM ({_groups(hid)}) GROUP BY 1, 2" + _UPSERT
    )


_OLD, _NEW, _NONE = "coalesce(old.district, '')", "coalesce(new.district, '')", "''"
TRIGGERS = {
    "reach_tally_pai": f"AFTER INSERT ON payment BEGIN {_paid('new', '1')} END",
    "reach_tally_pad": f"AFTER DELETE ON payment BEGIN {_paid('old', '-1')} END",
    "reach_tally_pau": (
        "AFTER UPDATE OF campaign_id, team_id, household_id, cash_fen, goods_value_fen "
        f"ON payment BEGIN {_repaid()} END"
    ),
    "reach_tally_vai": f"AFTER INSERT ON visit BEGIN {_seen('new', '1')} END",
    "reach_tally_vad": f"AFTER DELETE ON visit BEGIN {_seen('old', '-1')} END",
    "reach_tally_vau": (
        f"AFTER UPDATE OF campaign_id, team_id, household_id ON visit BEGIN {_reseen()} END"
    ),
    "reach_tally_hai": (
        f"AFTER INSERT ON household BEGIN {_move('new.id', _NONE, '-1')} "
        f"{_move('new.id', _NEW, '1')} END"
    ),
    "reach_tally_had": (
        f"AFTER DELETE ON household BEGIN {_move('old.id', _OLD, '-1')} "
        f"{_move('old.id', _NONE, '1')} END"
    ),
    "reach_tally_hau": (
        "AFTER UPDATE OF district ON household WHEN old.district IS NOT new.district "
        f"BEGIN {_move('old.id', _OLD, '-1')} {_move('new.id', _NEW, '1')} END"
    ),
}
#: Every (campaign, team, household) group that counts: paid above zero, visited by
#: the team, visited by anyone (team ''). The ledger's groups come in the order of
#: ix_payment_ledger, the visits' per team from one read of their table.
GROUPS = (
    "SELECT coalesce(campaign_id, '') AS c, coalesce(team_id, '') AS t, household_id AS hid, "
    "1 AS p, 0 AS v, 0 AS va FROM payment GROUP BY campaign_id, household_id, team_id "
    "HAVING sum(cash_fen + goods_value_fen) > 0 "
    "UNION ALL SELECT coalesce(campaign_id, ''), coalesce(team_id, ''), household_id, 0, 1, 0 "
    "FROM visit NOT INDEXED GROUP BY campaign_id, household_id, team_id "
    "UNION ALL SELECT coalesce(campaign_id, ''), '', household_id, 0, 0, 1 "
    "FROM visit GROUP BY campaign_id, household_id"
)
#: The table recomputed from the ledger and the visits, as one query (``fieldvisit
#: check`` compares it with the table). The districts are copied once into memory:
#: three million look-ups in the household table took 45 s at a million payments.
FRESH = (
    "WITH hd (id, district) AS MATERIALIZED (SELECT id, district FROM household) "
    "SELECT g.c, g.t, coalesce(hd.district, ''), sum(g.p), sum(g.v), sum(g.va) "
    f"FROM ({GROUPS}) g LEFT JOIN hd ON hd.id = g.hid GROUP BY 1, 2, 3"
)


def rebuild(execute: Callable[[str], object], households: str | None = None) -> None:
    """Fill the empty table from the ledger and the visits (the migration, a bulk load).

    Faster than inserting ``FRESH``: each group is added to its cell as it comes (the
    cells stay in the page cache) instead of three million rows being sorted first:
    10 s instead of 21 s at a million payments and a million visits. The districts are
    read from a narrow table by household id: ``households`` if given (a bulk load's,
    with an ``id`` and a ``district``), else one made for this."""
    if households is None:
        execute("DROP TABLE IF EXISTS temp.fv_district")
        execute(
            "CREATE TEMP TABLE fv_district (id TEXT PRIMARY KEY, district TEXT NOT NULL) "
            "WITHOUT ROWID"
        )
        execute("INSERT INTO temp.fv_district SELECT id, coalesce(district, '') FROM household")
    execute(
        _COLS + "SELECT g.c, g.t, coalesce(d.district, ''), g.p, g.v, g.va "
        f"FROM ({GROUPS}) g LEFT JOIN {households or 'temp.fv_district'} d ON d.id = g.hid "
        "WHERE true" + _UPSERT
    )
    if households is None:
        execute("DROP TABLE temp.fv_district")


def upgrade() -> None:
    op.execute(
        "CREATE TABLE reach_tally (campaign_id VARCHAR(36) NOT NULL, team_id VARCHAR(36) NOT NULL, "
        "district TEXT NOT NULL, packages INTEGER NOT NULL, visited INTEGER NOT NULL, "
        "visited_any INTEGER NOT NULL, PRIMARY KEY (campaign_id, team_id, district)) WITHOUT ROWID"
    )
    rebuild(op.execute)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS reach_tally")
