"""The sign-off roster (发放签收表): one row per family, a signature column, totals.

Offices file it for audit next to the receipt stubs. Drawn straight on the
canvas with fixed row heights (long names and addresses wrap or shrink inside
their cell), which keeps a 1,000-family roster fast and lets every page carry
the repeated column headers, its own subtotal (本页小计) and "第 x 页 共 y 页".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import __version__, campaigns, organisation
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.receipts import fonts, money
from fieldvisit.receipts.data import in_chunks, mask_id
from fieldvisit.receipts.draw import INK, MUTED, RULE, SHADE, zh
from fieldvisit.receipts.render import check_out, save_pdf, script
from fieldvisit.store.chunked import chunked
from fieldvisit.store.models import Campaign, Household, Payment, Team

PAGE_W, PAGE_H = landscape(A4)
MARGIN = 28
ROW_H = 24.0
COLUMNS = (  # (header, width)
    ("序号", 28),
    ("姓名", 62),
    ("身份证号", 104),
    ("困难类别", 54),
    ("家庭住址", 150),
    ("慰问金（元）", 64),
    ("慰问品", 90),
    ("签收单号", 100),
    ("领取人签字", 84),
    ("备注", 50),
)


@dataclass
class RosterRow:
    household_id: str
    name: str
    id_masked: str
    category: str
    address: str
    cash_fen: int = 0
    goods_fen: int = 0
    goods: list[str] = field(default_factory=list)
    receipts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def rows_for(session: Session, campaign: Campaign, team_id: str | None = None) -> list[RosterRow]:
    """Families paid in the campaign, in order of their first receipt number."""
    stmt = select(Payment).where(Payment.campaign_id == campaign.id, Payment.reverses_id.is_(None))
    if team_id:
        stmt = stmt.where(Payment.team_id == team_id)
    pays = list(session.execute(stmt.order_by(Payment.receipt_no)).scalars())
    voided = set(
        session.execute(
            select(Payment.reverses_id).where(
                Payment.reverses_id.is_not(None), Payment.campaign_id == campaign.id
            )
        ).scalars()
    )
    hh = {
        h.id: h for h in in_chunks(session, Household, Household.id, (p.household_id for p in pays))
    }
    by_hh: dict[str, RosterRow] = {}
    goods: dict[str, dict[tuple[str, str], int]] = defaultdict(lambda: defaultdict(int))
    for p in pays:
        h = hh.get(p.household_id)
        row = by_hh.get(p.household_id)
        if row is None:
            row = by_hh[p.household_id] = RosterRow(
                p.household_id,
                h.name if h else "",
                mask_id(h.id_number if h else None),
                (h.category or "") if h else "",
                (h.address or "") if h else "",
            )
        if p.receipt_no:
            row.receipts.append(p.receipt_no)
        if p.id in voided:
            row.notes.append("作废 " + (p.receipt_no or ""))
            continue
        row.cash_fen += p.cash_fen
        row.goods_fen += p.goods_value_fen
        for g in p.goods or []:
            goods[p.household_id][(str(g["item"]), str(g["unit"]))] += int(g["quantity"])
        if p.proxy_name:
            row.notes.append(f"代领：{p.proxy_name}（{p.proxy_relation or ''}）")
    for hid, lines in goods.items():
        by_hh[hid].goods = [f"{item}{q}{unit}" for (item, unit), q in lines.items()]
    return list(by_hh.values())


def per_page() -> int:
    body = PAGE_H - 2 * MARGIN - 62 - 22 - 2 * ROW_H - 40
    return int(body // ROW_H)


def render_roster(
    session: Session,
    campaign: Campaign | str,
    out: Path,
    *,
    team_id: str | None = None,
) -> Path:
    """Write the campaign's 发放签收表 (landscape A4) to ``out``; campaign by object, id or name."""
    out = check_out(out)
    if isinstance(campaign, str):
        campaign = campaigns.find(session, campaign)
    rows = rows_for(session, campaign, team_id)
    if not rows:
        raise FieldVisitError(translate("Receipts", "Nobody has been paid in this campaign yet."))
    team = session.get(Team, team_id) if team_id else None
    sc = script(session)
    face = fonts.primary()
    buf = BytesIO()
    c = Canvas(buf, pagesize=(PAGE_W, PAGE_H), pageCompression=1, initialFontName=face.name)
    c.setTitle(f"{campaign.name} 发放签收表")
    c.setCreator(f"fieldvisit {__version__}")
    fonts.warn_missing((t for r in rows for t in (r.name, r.address)), campaign.name)
    n = per_page()
    pages = list(chunked(rows, n))
    head = {
        "org": organisation.name(session),
        "title": f"{campaign.name}　{zh('发放签收表', sc)}",
        "sub": "　　".join(
            x
            for x in (
                zh("走访组：", sc) + team.name if team else "",
                zh("资金来源：", sc) + campaign.fund_source if campaign.fund_source else "",
                zh("打印日期：", sc) + date.today().isoformat(),
            )
            if x
        ),
    }
    total_cash = total_goods = 0
    for i, chunk in enumerate(pages):
        start = i * n
        _page(c, chunk, start, head, sc)
        page_cash = sum(r.cash_fen for r in chunk)
        page_goods = sum(r.goods_fen for r in chunk)
        total_cash += page_cash
        total_goods += page_goods
        y = _top_of_rows() - ROW_H * (len(chunk) + 1)
        _sum_row(
            c, y, zh("本页小计", sc) + f"　{len(chunk)} " + zh("户", sc), page_cash, page_goods
        )
        if i == len(pages) - 1:
            _sum_row(
                c,
                y - ROW_H,
                zh("合计", sc) + f"　{len(rows)} " + zh("户", sc),
                total_cash,
                total_goods,
                bold=True,
            )
            fonts.draw(
                c,
                MARGIN + 6,
                y - ROW_H - 14,
                zh("慰问金合计（大写）", sc) + zh(money.words_or_dash(total_cash), sc),
                9,
            )
        _footer(c, i + 1, len(pages), sc)
        c.showPage()
    c.save()
    return save_pdf(buf.getvalue(), out)


def _top_of_rows() -> float:
    return PAGE_H - MARGIN - 62 - 22


def _xs() -> list[float]:
    xs: list[float] = [MARGIN]
    for _, w in COLUMNS:
        xs.append(xs[-1] + w)
    return xs


def _page(c: Canvas, chunk: Sequence[RosterRow], start: int, head: dict[str, str], sc: str) -> None:
    right = PAGE_W - MARGIN
    top = PAGE_H - MARGIN
    c.setFillColor(MUTED)
    fonts.draw(c, PAGE_W / 2, top - 10, head["org"], 10, align="center")
    c.setFillColor(INK)
    size = fonts.fit_size(head["title"], 16, PAGE_W - 2 * MARGIN)
    fonts.draw(c, PAGE_W / 2, top - 32, head["title"], size, align="center")
    c.setFillColor(MUTED)
    fonts.draw(c, MARGIN, top - 54, head["sub"], 8.5)
    c.setFillColor(INK)
    xs = _xs()
    hy = _top_of_rows()
    c.setFillColor(SHADE)
    c.rect(MARGIN, hy, right - MARGIN, 22, stroke=0, fill=1)
    c.setFillColor(INK)
    for (label, _), x0, x1 in zip(COLUMNS, xs, xs[1:], strict=False):
        fonts.draw_box(c, x0 + 2, hy, x1 - x0 - 4, 22, zh(label, sc), 9, align="center")
    y = hy
    for k, r in enumerate(chunk):
        y -= ROW_H
        cells = [
            str(start + k + 1),
            r.name,
            r.id_masked,
            r.category,
            r.address,
            f"{r.cash_fen / 100:,.2f}" if r.cash_fen else "—",
            "、".join(r.goods) or "—",
            "\n".join(r.receipts),
            "",
            "；".join(zh(n, sc) for n in r.notes),
        ]
        for j, (val, x0, x1) in enumerate(zip(cells, xs, xs[1:], strict=False)):
            if not val:
                continue
            align = "center" if j in (0, 3) else "right" if j == 5 else "left"
            if "\n" in val:
                val = " ".join(val.split("\n"))
            fonts.draw_box(
                c,
                x0 + 3,
                y + 1,
                x1 - x0 - 6,
                ROW_H - 2,
                val,
                10 if j == 1 else 8.5,
                min_size=5,
                align=align,
            )
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    for yy in [hy + 22, *[hy - ROW_H * i for i in range(len(chunk) + 1)]]:
        c.line(MARGIN, yy, right, yy)
    for x in xs:
        c.line(x, y, x, hy + 22)


def _sum_row(c: Canvas, y: float, label: str, cash: int, goods: int, *, bold: bool = False) -> None:
    xs = _xs()
    c.setStrokeColor(RULE)
    c.setLineWidth(1.0 if bold else 0.5)
    c.line(MARGIN, y, PAGE_W - MARGIN, y)
    c.line(MARGIN, y, MARGIN, y + ROW_H)
    c.line(PAGE_W - MARGIN, y, PAGE_W - MARGIN, y + ROW_H)
    for x in (xs[5], xs[6], xs[7]):
        c.line(x, y, x, y + ROW_H)
    fonts.draw_box(c, xs[0] + 6, y, xs[5] - xs[0] - 12, ROW_H, label, 10 if bold else 9)
    fonts.draw_box(
        c, xs[5] + 3, y, xs[6] - xs[5] - 6, ROW_H, f"{cash / 100:,.2f}", 9, align="right"
    )
    if goods:
        fonts.draw_box(
            c, xs[6] + 3, y, xs[7] - xs[6] - 6, ROW_H, "折合 " + money.figures(goods), 8.5
        )


def _footer(c: Canvas, page: int, pages: int, sc: str) -> None:
    y = MARGIN - 6
    c.setFillColor(INK)
    sig = "　　　　　　　　".join(zh(x, sc) for x in ("经办人：", "审核人：", "负责人："))
    fonts.draw(c, MARGIN, y + 20, sig, 9.5)
    c.setFillColor(MUTED)
    fonts.draw(c, MARGIN, y, f"fieldvisit {__version__}", 7)
    fonts.draw(
        c,
        PAGE_W / 2,
        y,
        zh("第 %1 页 共 %2 页", sc).replace("%1", str(page)).replace("%2", str(pages)),
        8.5,
        align="center",
    )
    c.setFillColor(INK)
