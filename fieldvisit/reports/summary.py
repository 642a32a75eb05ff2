"""The campaign summary offices put in their reports (工作总结): per campaign, and per
team or district within it — money, goods value, packages, households visited, units
visited, workers reached.

Household payments and unit distributions are both ledgers with reversal rows, so
plain sums over them are net; a package or a reached worker is counted by the
distribution that carried it, and a household handed a payment counts as one package
and one worker reached (the family's own receipt).

A family or unit registered twice counts once: a merge re-points the loser's visits,
payments and distributions to the survivor (``store.merge._repoint``), so the
visited counts are of the ids the rows hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from fieldvisit.i18n import translate
from fieldvisit.reports.table import Column, Table
from fieldvisit.store.models import (
    Campaign,
    Distribution,
    Team,
    Unit,
    UnitVisit,
)
from fieldvisit.text import natural_key


@dataclass
class SummaryRow:
    campaign_id: str
    campaign: str
    group: str = ""  # team or district name; "" for the whole campaign
    cash_fen: int = 0
    goods_value_fen: int = 0
    packages: int = 0
    households_visited: int = 0
    units_visited: int = 0
    workers_reached: int = 0
    _units: set[str] = field(default_factory=set, repr=False)


def campaign_summary(
    session: Session, campaign_id: str | None = None, by: str | None = None
) -> list[SummaryRow]:
    """One row per campaign (``by=None``), or per campaign and team/district."""
    names = dict(session.execute(select(Campaign.id, Campaign.name)).all())
    teams = dict(session.execute(select(Team.id, Team.name)).all())
    unit_district = dict(session.execute(select(Unit.id, Unit.district)).all())
    rows: dict[tuple[str, str], SummaryRow] = {}

    def row(cid: str | None, team: str | None, district: str | None) -> SummaryRow | None:
        if cid is None or (campaign_id and cid != campaign_id):
            return None
        group = ""
        if by == "team":
            group = teams.get(team or "", team or "")
        elif by == "district":
            group = district or ""
        if (cid, group) not in rows:
            rows[(cid, group)] = SummaryRow(cid, names.get(cid, cid), group)
        return rows[(cid, group)]

    # Money from the running totals per campaign, team and district (budget_tally,
    # migration 0018) rather than from every ledger row ('' is none there).
    for cid, team, district, cash, goods in session.execute(
        text(
            "SELECT campaign_id, team_id, district, sum(cash_fen), sum(goods_fen) "
            "FROM budget_tally WHERE entries != 0 GROUP BY 1, 2, 3"
        )
    ):
        r = row(cid or None, team or None, district or None)
        if r is not None:
            r.cash_fen += int(cash)
            r.goods_value_fen += int(goods)
    # Households from the running counts per campaign, team and district (reach_tally,
    # migration 0019): a household paid by a team is one package and one worker
    # reached; one visited counts once per team, and once for its campaign and district.
    seen = "visited" if by == "team" else "visited_any"
    for cid, team, district, packages, visited in session.execute(
        text(f"SELECT campaign_id, team_id, district, packages, {seen} FROM reach_tally")
    ):
        r = row(cid or None, team or None, district or None) if packages or visited else None
        if r is not None:
            r.packages += int(packages)
            r.workers_reached += int(packages)
            r.households_visited += int(visited)
    for cid, uid, team, cash, goods, packages, reached in session.execute(
        select(
            Distribution.campaign_id,
            Distribution.unit_id,
            Distribution.team_id,
            Distribution.cash_fen,
            Distribution.goods_value_fen,
            Distribution.packages,
            Distribution.workers_reached,
        )
    ):
        r = row(cid, team, unit_district.get(uid))
        if r is not None:
            r.cash_fen += cash
            r.goods_value_fen += goods
            r.packages += packages
            r.workers_reached += reached
    for cid, uid, team in session.execute(
        select(UnitVisit.campaign_id, UnitVisit.unit_id, UnitVisit.team_id)
    ):
        r = row(cid, team, unit_district.get(uid))
        if r is not None:
            r._units.add(uid)
    out = sorted(rows.values(), key=lambda r: (r.campaign, natural_key(r.group)))
    for r in out:
        r.units_visited = len(r._units)
    return out


def as_dict(r: SummaryRow) -> dict[str, object]:
    """The figures scripts read (``report summary --json``)."""
    return {
        "campaign_id": r.campaign_id,
        "campaign": r.campaign,
        "group": r.group,
        "cash_fen": r.cash_fen,
        "goods_value_fen": r.goods_value_fen,
        "packages": r.packages,
        "households_visited": r.households_visited,
        "units_visited": r.units_visited,
        "workers_reached": r.workers_reached,
    }


def summary_table(rows: list[SummaryRow], by: str | None = None) -> Table:
    group = {
        "team": translate("Reports", "Team"),
        "district": translate("Reports", "District"),
    }.get(by or "")
    columns = [Column("campaign", translate("Reports", "Campaign"))]
    if group:
        columns.append(Column("group", group))
    columns += [
        Column("cash_fen", translate("Reports", "Cash"), "money", total=True),
        Column("goods_value_fen", translate("Reports", "Goods value"), "money", total=True),
        Column("packages", translate("Reports", "Packages"), "int", total=True),
        Column("households_visited", translate("Reports", "Households visited"), "int", True),
        Column("units_visited", translate("Reports", "Units visited"), "int", total=True),
        Column("workers_reached", translate("Reports", "Workers reached"), "int", total=True),
    ]
    keys = [c.key for c in columns]
    return Table(
        translate("Reports", "Campaign summary"),  # the tab and sheet name people read
        translate("Reports", "Campaign summary"),
        columns,
        [tuple(as_dict(r)[k] for k in keys) for r in rows],
    )
