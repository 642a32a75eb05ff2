"""Budget against disbursed: per campaign and fund source, by team, district and category.

Disbursed = cash + goods value, summed over the whole ledger of the campaign
(household payments and unit distributions),
so reversals (negative rows) cancel what they void. The household's district
and category are read from the household the payment now belongs to (after
merges), the team from the payment (who handed it over).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from fieldvisit.i18n import translate
from fieldvisit.reports.common import rows, team_names
from fieldvisit.reports.payment_checks import goods_issued
from fieldvisit.reports.table import Column, Table
from fieldvisit.store.models import Campaign
from fieldvisit.text import natural_key

DIMENSIONS = ("team", "district", "category")


@dataclass(frozen=True)
class BudgetLine:
    campaign_id: str
    campaign: str
    fund_source: str
    budget_fen: int
    cash_fen: int
    goods_fen: int
    payments: int  # live payments: originals minus reversals

    @property
    def disbursed_fen(self) -> int:
        return self.cash_fen + self.goods_fen

    @property
    def remaining_fen(self) -> int:
        return self.budget_fen - self.disbursed_fen

    @property
    def used(self) -> float:
        return self.disbursed_fen / self.budget_fen if self.budget_fen else 0.0

    @property
    def over(self) -> bool:
        return self.disbursed_fen > self.budget_fen


@dataclass(frozen=True)
class Breakdown:
    campaign_id: str
    dimension: str  # team | district | category
    key: str
    payments: int
    cash_fen: int
    goods_fen: int


@dataclass(frozen=True)
class GoodsUse:
    campaign_id: str
    item: str
    unit: str
    quantity: int
    value_fen: int
    stock: int | None


@dataclass
class BudgetReport:
    lines: list[BudgetLine]
    breakdown: list[Breakdown]
    goods: list[GoodsUse]


def _campaigns(session: Session, campaign_id: str | None) -> list[Campaign]:
    q = session.query(Campaign).filter(Campaign.archived.is_(False))
    if campaign_id:
        q = session.query(Campaign).filter(Campaign.id == campaign_id)
    return list(q.order_by(Campaign.starts_on, Campaign.name))


def _ledger_by_cell(session: Session, campaign_id: str | None) -> list[tuple[Any, ...]]:
    """(campaign, team, district, category, cash, goods, net payments) per cell of the ledger.

    Read from ``budget_tally`` (migration 0018), which triggers keep as payments and
    households change, instead of grouping a million ledger rows per run (5.6 s with a
    cold page cache). Reversals are rows with negative amounts, so sums are net; so
    is the count (an original +1, a reversal -1). A cell no payment row lies in any
    longer (``entries`` = 0) is left out, as a grouping of the rows would; so are
    campaigns this replica does not hold, and a team it does not know reads as none.
    """
    return [
        (cid, team or None, district or None, category or None, cash, goods, n)
        for cid, team, district, category, cash, goods, n in rows(
            session,
            "SELECT b.campaign_id, t.id, b.district, b.category, b.cash_fen, b.goods_fen, b.live "
            "FROM budget_tally b JOIN campaign c ON c.id = b.campaign_id "
            "LEFT JOIN team t ON t.id = b.team_id WHERE b.entries != 0"
            + (" AND b.campaign_id = :cid" if campaign_id else ""),
            **({"cid": campaign_id} if campaign_id else {}),
        )
    ]


def _distributions_by_cell(session: Session, campaign_id: str | None) -> list[tuple[Any, ...]]:
    """Unit distributions in the shape of :func:`_ledger_by_cell`, the unit's district
    as district and one category for all of them (units have no hardship category)."""
    return [
        (cid, team, district, translate("Reports", "Units (group distributions)"), c, g, n)
        for cid, team, district, c, g, n in rows(
            session,
            "SELECT d.campaign_id, d.team_id, u.district, sum(d.cash_fen), "
            "sum(d.goods_value_fen), sum(CASE WHEN d.reverses_id IS NULL THEN 1 ELSE -1 END) "
            "FROM distribution d LEFT JOIN unit u ON u.id = d.unit_id "
            "WHERE d.campaign_id IS NOT NULL"
            + (" AND d.campaign_id = :cid" if campaign_id else "")
            + " GROUP BY 1, 2, 3",
            **({"cid": campaign_id} if campaign_id else {}),
        )
    ]


def budget_report(session: Session, campaign_id: str | None = None) -> BudgetReport:
    """Households' payments and units' distributions both count against the budget."""
    camps = _campaigns(session, campaign_id)
    fine = _ledger_by_cell(session, campaign_id) + _distributions_by_cell(session, campaign_id)
    per_campaign: dict[str, list[int]] = {}
    rolled: dict[tuple[str, str, str], list[int]] = {}
    teams = team_names(session)
    for cid, team, district, category, cash, goods, n in fine:
        acc = per_campaign.setdefault(cid, [0, 0, 0])
        acc[0] += int(cash or 0)
        acc[1] += int(goods or 0)
        acc[2] += int(n or 0)
        keys = {
            "team": teams.get(team, team or ""),
            "district": district or "",
            "category": category or "",
        }
        for dim in DIMENSIONS:
            r = rolled.setdefault((cid, dim, keys[dim]), [0, 0, 0])
            r[0] += int(n or 0)
            r[1] += int(cash or 0)
            r[2] += int(goods or 0)
    lines = [
        BudgetLine(
            c.id,
            c.name,
            c.fund_source or "",
            int(c.budget_fen or 0),
            *per_campaign.get(c.id, [0, 0, 0]),
        )
        for c in camps
    ]
    breakdown = [
        Breakdown(cid, dim, key, *vals)
        for (cid, dim, key), vals in sorted(
            rolled.items(),
            key=lambda kv: (kv[0][0], DIMENSIONS.index(kv[0][1]), natural_key(kv[0][2])),
        )
    ]
    issued = goods_issued(session, campaign_id)
    goods = []
    for c in camps:
        listed = {e["item"]: e for e in c.catalogue or []}
        items = sorted({i for (cid, i) in issued if cid == c.id} | set(listed))
        for item in items:
            qty, value = issued.get((c.id, item), (0, 0))
            entry = listed.get(item, {})
            stock = entry.get("stock")
            goods.append(
                GoodsUse(
                    c.id,
                    item,
                    str(entry.get("unit", "")),
                    qty,
                    value,
                    None if stock is None else int(stock),
                )
            )
    return BudgetReport(lines, breakdown, goods)


def budget_tables(report: BudgetReport) -> list[Table]:
    names = {line.campaign_id: line.campaign for line in report.lines}
    over = sum(1 for line in report.lines if line.over)
    n_lines = len(report.lines)  # a plain name: pyside6-lupdate skips expressions
    main = Table(
        name=translate("Reports", "Budget use"),
        title=translate("Reports", "Budget against disbursed"),
        columns=[
            Column("campaign", translate("Reports", "Campaign")),
            Column("fund", translate("Reports", "Fund source")),
            Column("budget", translate("Reports", "Budget"), "money", total=True),
            Column("cash", translate("Reports", "Cash disbursed"), "money", total=True),
            Column("goods", translate("Reports", "Goods value"), "money", total=True),
            Column("disbursed", translate("Reports", "Total disbursed"), "money", total=True),
            Column("remaining", translate("Reports", "Remaining"), "money", total=True),
            Column("used", translate("Reports", "Used"), "pct"),
            Column("payments", translate("Reports", "Payments (net)"), "int", total=True),
            Column("over", translate("Reports", "Over budget")),
        ],
        rows=[
            (
                line.campaign,
                line.fund_source,
                line.budget_fen,
                line.cash_fen,
                line.goods_fen,
                line.disbursed_fen,
                line.remaining_fen,
                line.used,
                line.payments,
                translate("Reports", "OVER BUDGET") if line.over else "",
            )
            for line in report.lines
        ],
        alerts={i for i, line in enumerate(report.lines) if line.over},
        note=translate("Reports", "%n campaigns, %2 over budget", None, n_lines).replace(
            "%2", str(over)
        ),
    )
    dim_label = {
        "team": translate("Reports", "Team"),
        "district": translate("Reports", "District"),
        "category": translate("Reports", "Category"),
    }
    out = [main]
    for dim in DIMENSIONS:
        out.append(
            Table(
                name=translate("Reports", "By %1").replace("%1", dim_label[dim]),
                title=translate("Reports", "Disbursed by %1").replace("%1", dim_label[dim]),
                columns=[
                    Column("campaign", translate("Reports", "Campaign")),
                    Column("key", dim_label[dim]),
                    Column("payments", translate("Reports", "Payments (net)"), "int", total=True),
                    Column("cash", translate("Reports", "Cash disbursed"), "money", total=True),
                    Column("goods", translate("Reports", "Goods value"), "money", total=True),
                    Column("total", translate("Reports", "Total disbursed"), "money", total=True),
                ],
                rows=[
                    (
                        names.get(b.campaign_id, ""),
                        b.key,
                        b.payments,
                        b.cash_fen,
                        b.goods_fen,
                        b.cash_fen + b.goods_fen,
                    )
                    for b in report.breakdown
                    if b.dimension == dim
                ],
            )
        )
    out.append(
        Table(
            name=translate("Reports", "Goods"),
            title=translate("Reports", "Goods issued against stock"),
            columns=[
                Column("campaign", translate("Reports", "Campaign")),
                Column("item", translate("Reports", "Goods")),
                Column("unit", translate("Reports", "Unit")),
                Column("qty", translate("Reports", "Quantity issued"), "int", total=True),
                Column("value", translate("Reports", "Value"), "money", total=True),
                Column("stock", translate("Reports", "Stock"), "int"),
                Column("left", translate("Reports", "Left in stock"), "int"),
            ],
            rows=[
                (
                    names.get(g.campaign_id, ""),
                    g.item,
                    g.unit,
                    g.quantity,
                    g.value_fen,
                    g.stock,
                    None if g.stock is None else g.stock - g.quantity,
                )
                for g in report.goods
            ],
        )
    )
    return out
