"""The campaign summary offices put in their reports (工作总结): per campaign, and per
team or district within it — money, goods value, packages, households visited, units
visited, workers reached.

Household payments and unit distributions are both ledgers with reversal rows, so
plain sums over them are net; a package or a reached worker is counted by the
distribution that carried it, and a household handed a payment counts as one package
and one worker reached (the family's own receipt).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from fieldvisit.i18n import translate
from fieldvisit.reports.table import Column, Table
from fieldvisit.store.models import (
    Campaign,
    Distribution,
    Household,
    Payment,
    Team,
    Unit,
    UnitVisit,
    Visit,
)


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
    _households: set[str] = field(default_factory=set, repr=False)
    _units: set[str] = field(default_factory=set, repr=False)


def _survivors(session: Session, model: type[Household] | type[Unit]) -> dict[str, str]:
    """Merged-away id -> surviving id, so a family or unit registered twice counts once."""
    pointers: dict[str, str] = {
        a: b
        for a, b in session.execute(
            select(model.id, model.merged_into).where(model.merged_into.is_not(None))
        )
        if b
    }

    def follow(start: str) -> str:
        seen = [start]
        while (nxt := pointers.get(seen[-1])) is not None:
            if nxt in seen:
                return min(seen[seen.index(nxt) :])
            seen.append(nxt)
        return seen[-1]

    return {k: follow(k) for k in pointers}


def campaign_summary(
    session: Session, campaign_id: str | None = None, by: str | None = None
) -> list[SummaryRow]:
    """One row per campaign (``by=None``), or per campaign and team/district."""
    names = dict(session.execute(select(Campaign.id, Campaign.name)).all())
    teams = dict(session.execute(select(Team.id, Team.name)).all())
    hh_district = dict(session.execute(select(Household.id, Household.district)).all())
    unit_district = dict(session.execute(select(Unit.id, Unit.district)).all())
    hh_alias = _survivors(session, Household)
    unit_alias = _survivors(session, Unit)
    rows: dict[tuple[str, str], SummaryRow] = {}

    def row(cid: str | None, team: str | None, district: str | None) -> SummaryRow | None:
        if cid is None or (campaign_id and cid != campaign_id):
            return None
        group = ""
        if by == "team":
            group = teams.get(team or "", team or "")
        elif by == "district":
            group = district or ""
        key = (cid, group)
        if key not in rows:
            rows[key] = SummaryRow(cid, names.get(cid, cid), group)
        return rows[key]

    # Money from the running totals per campaign, team and district (budget_tally,
    # migration 0017) rather than from every ledger row ('' is none there).
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
    # a household counts once per campaign however many payments (reversals included)
    live = session.execute(
        select(Payment.campaign_id, Payment.household_id, Payment.team_id)
        .group_by(Payment.campaign_id, Payment.household_id, Payment.team_id)
        .having(func.sum(Payment.cash_fen + Payment.goods_value_fen) > 0)
    )
    for cid, hid, team in live:
        r = row(cid, team, hh_district.get(hid))
        if r is not None:
            key = hh_alias.get(hid, hid)
            if key not in r._households:
                r.packages += 1
                r.workers_reached += 1
    for cid, hid, team in session.execute(
        select(Visit.campaign_id, Visit.household_id, Visit.team_id)
    ):
        r = row(cid, team, hh_district.get(hid))
        if r is not None:
            r._households.add(hh_alias.get(hid, hid))
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
            r._units.add(unit_alias.get(uid, uid))
    out = sorted(rows.values(), key=lambda r: (r.campaign, r.group))
    for r in out:
        r.households_visited = len(r._households)
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
