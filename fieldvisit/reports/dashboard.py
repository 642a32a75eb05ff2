"""The office dashboard: one landscape page with the figures that matter and two charts.

Coverage by team (visited against still to visit) and budget use per campaign
(disbursed against budget, over-budget in red), drawn with reportlab's vector
charts in the embedded CJK font, so the page prints sharply and files as PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from fieldvisit import campaigns
from fieldvisit.files import written_atomically
from fieldvisit.i18n import translate
from fieldvisit.receipts import fonts
from fieldvisit.reports import budget, coverage, needs_ledger, payment_checks
from fieldvisit.reports.common import find_campaign
from fieldvisit.reports.table import yuan
from fieldvisit.sync import conflicts as sync_conflicts

VISITED = colors.HexColor("#2E7D32")
MISSING = colors.HexColor("#C62828")
BUDGET = colors.HexColor("#90A4AE")
SPENT = colors.HexColor("#1565C0")


@dataclass
class Dashboard:
    campaign: str
    coverage_by_team: list[tuple[str, int, int]]  # team, in scope, visited
    budget_use: list[tuple[str, int, int]]  # campaign, budget fen, disbursed fen
    open_conflicts: int
    open_findings: int
    needs_headline: str
    overdue_needs: int


def collect(session: Session, campaign: str | None = None, today: date | None = None) -> Dashboard:
    camp = find_campaign(session, campaign) or campaigns.current(session, today)
    teams: dict[str, list[int]] = {}
    if camp is not None:
        for row in coverage.coverage(session, camp.id, list_limit=0).by_team_district:
            t = teams.setdefault(row.team, [0, 0])
            t[0] += row.in_scope
            t[1] += row.visited
    lines = budget.budget_report(session).lines
    ledger = needs_ledger.needs_ledger(session, today)
    return Dashboard(
        campaign=camp.name if camp else "",
        coverage_by_team=[(k, v[0], v[1]) for k, v in sorted(teams.items())],
        budget_use=[(line.campaign, line.budget_fen, line.disbursed_fen) for line in lines],
        open_conflicts=len(sync_conflicts.list_open(session)),
        open_findings=len(payment_checks.payment_findings(session)),
        needs_headline=ledger.headline(),
        overdue_needs=len(ledger.overdue),
    )


def _bars(
    width: float,
    height: float,
    labels: list[str],
    series: list[list[float]],
    fills: list[colors.Color],
    names: list[str],
    font: str,
    title: str,
    stacked: bool,
) -> Drawing:
    d = Drawing(width, height)
    d.add(String(0, height - 14, title, fontName=font, fontSize=12))
    chart = HorizontalBarChart()
    chart.x, chart.y = 110, 30
    chart.width, chart.height = width - 130, height - 75
    chart.data = series or [[0]]
    chart.categoryAxis.categoryNames = labels or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.barSpacing = 1
    if stacked:
        chart.categoryAxis.style = "stacked"
    for i, fill in enumerate(fills):
        chart.bars[i].fillColor = fill
        chart.bars[i].strokeColor = None
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = 110, height - 26
    legend.fontName = font
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx, legend.dy = 8, 8
    legend.deltax = 90
    legend.colorNamePairs = list(zip(fills, names, strict=True))
    d.add(legend)
    return d


def write_dashboard(data: Dashboard, path: Path) -> Path:
    font = fonts.primary().name
    page_w, page_h = landscape(A4)
    path.parent.mkdir(parents=True, exist_ok=True)
    with written_atomically(path) as tmp:
        _draw(data, tmp, font, page_w, page_h)
    return path


def _draw(data: Dashboard, tmp: Path, font: str, page_w: float, page_h: float) -> None:
    c = Canvas(str(tmp), pagesize=(page_w, page_h), initialFontName=font)
    c.setTitle(translate("Reports", "Office dashboard"))
    c.setFont(font, 18)
    c.drawString(15 * mm, page_h - 18 * mm, translate("Reports", "Office dashboard"))
    c.setFont(font, 9)
    c.setFillColor(colors.grey)
    c.drawString(
        15 * mm,
        page_h - 24 * mm,
        translate("Reports", "Campaign: %1 · generated %2")
        .replace("%1", data.campaign or "-")
        .replace("%2", datetime.now().strftime("%Y-%m-%d %H:%M")),
    )
    scope = sum(t[1] for t in data.coverage_by_team)
    seen = sum(t[2] for t in data.coverage_by_team)
    figures = [
        (
            translate("Reports", "Coverage"),
            f"{seen}/{scope}" + (f"  {seen / scope:.0%}" if scope else ""),
        ),
        (translate("Reports", "Open conflicts"), str(data.open_conflicts)),
        (translate("Reports", "Open payment findings"), str(data.open_findings)),
        (translate("Reports", "Needs"), data.needs_headline),
        (translate("Reports", "Overdue needs"), str(data.overdue_needs)),
    ]
    x = 15 * mm
    for label, value in figures:
        c.setFillColor(colors.grey)
        c.setFont(font, 8)
        c.drawString(x, page_h - 34 * mm, label)
        c.setFillColor(colors.black)
        c.setFont(font, 13)
        c.drawString(x, page_h - 41 * mm, value)
        x += (page_w - 30 * mm) / len(figures)
    chart_w, chart_h = (page_w - 40 * mm) / 2, page_h - 70 * mm
    cov = _bars(
        chart_w,
        chart_h,
        [t[0] for t in data.coverage_by_team],
        [
            [float(t[2]) for t in data.coverage_by_team],
            [float(t[1] - t[2]) for t in data.coverage_by_team],
        ],
        [VISITED, MISSING],
        [translate("Reports", "Visited"), translate("Reports", "Not yet visited")],
        font,
        translate("Reports", "Coverage by team"),
        stacked=True,
    )
    cov.drawOn(c, 15 * mm, 15 * mm)
    use = _bars(
        chart_w,
        chart_h,
        [b[0] for b in data.budget_use],
        [[b[1] / 100 for b in data.budget_use], [b[2] / 100 for b in data.budget_use]],
        [BUDGET, SPENT],
        [translate("Reports", "Budget (yuan)"), translate("Reports", "Disbursed (yuan)")],
        font,
        translate("Reports", "Budget use by campaign"),
        stacked=False,
    )
    use.drawOn(c, 25 * mm + chart_w, 15 * mm)
    over = [b for b in data.budget_use if b[2] > b[1]]
    if over:
        c.setFillColor(MISSING)
        c.setFont(font, 9)
        c.drawString(
            25 * mm + chart_w,
            10 * mm,
            translate("Reports", "Over budget: %1").replace(
                "%1", "、".join(f"{b[0]} ({yuan(b[2] - b[1])})" for b in over)
            ),
        )
    c.showPage()
    c.save()
