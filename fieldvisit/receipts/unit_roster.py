"""A unit's sign-off roster (单位发放签收表): one line per worker, a signature column.

Printed blank before the visit (numbered lines, as many as the unit's workers or as
asked) for the workers to sign as they collect, and printed filled after the roster
has been entered, with its totals — the office files it with the unit receipt.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from fieldvisit import __version__, organisation
from fieldvisit.i18n import translate
from fieldvisit.receipts import fonts, money
from fieldvisit.receipts.draw import INK, MUTED, RULE, SHADE, zh
from fieldvisit.receipts.render import save_pdf
from fieldvisit.store.models import Campaign
from fieldvisit.units.distributions import roster_of
from fieldvisit.units.registry import get as get_unit

PAGE_W, PAGE_H = A4
MARGIN = 36.0
ROW_H = 26.0
COLUMNS = (
    ("序号", 36),
    ("姓名", 90),
    ("身份证号后四位", 90),
    ("慰问金（元）", 80),
    ("份数", 50),
    ("本人签字", 120),
    ("备注", 57),
)
MAX_LINES = 2000


@dataclass
class Line:
    name: str = ""
    id_tail: str = ""
    cash_fen: int | None = None
    packages: int | None = None


def _xs() -> list[float]:
    xs = [MARGIN]
    for _, w in COLUMNS:
        xs.append(xs[-1] + w)
    return xs


def _per_page() -> int:
    return int((PAGE_H - 2 * MARGIN - 110) // ROW_H)


def render_unit_roster(
    session: Session,
    unit_id: str,
    out: Path,
    *,
    campaign_id: str | None = None,
    distribution_id: str | None = None,
    lines: int | None = None,
) -> Path:
    """Blank (``lines`` numbered rows, default the unit's workers) or filled from a
    distribution's roster; two copies are not needed: the office keeps this one."""
    unit = get_unit(session, unit_id)
    camp = session.get(Campaign, campaign_id) if campaign_id else None
    rows: list[Line]
    if distribution_id is not None:
        rows = [
            Line(e.worker_name, e.id_tail or "", e.cash_fen, e.packages)
            for e in roster_of(session, distribution_id)
        ]
    else:
        count = lines if lines is not None else (unit.workers or 20)
        if not 1 <= count <= MAX_LINES:
            raise ValueError(count)
        rows = [Line() for _ in range(count)]
    org = organisation.name(session)
    per = _per_page()
    pages = max(1, -(-len(rows) // per))
    buf = BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1, initialFontName=fonts.primary().name)
    c.setTitle(translate("UnitReceipt", "Unit sign-off roster"))
    for page in range(pages):
        chunk = rows[page * per : (page + 1) * per]
        top = PAGE_H - MARGIN
        c.setFillColor(MUTED)
        fonts.draw(c, PAGE_W / 2, top - 10, org or " ", 10, align="center")
        c.setFillColor(INK)
        fonts.draw(c, PAGE_W / 2, top - 34, zh("单位慰问金（品）发放签收表"), 16, align="center")
        c.setFillColor(MUTED)
        sub = f"{zh('单位')}：{unit.name}　{zh('活动')}：{camp.name if camp else '—'}"
        fonts.draw(c, MARGIN, top - 58, sub, 9)
        c.setFillColor(INK)
        xs = _xs()
        hy = top - 92
        c.setFillColor(SHADE)
        c.rect(MARGIN, hy, xs[-1] - MARGIN, 22, stroke=0, fill=1)
        c.setFillColor(INK)
        for (label, _), x0, x1 in zip(COLUMNS, xs, xs[1:], strict=False):
            fonts.draw_box(c, x0 + 2, hy, x1 - x0 - 4, 22, zh(label), 9, align="center")
        y = hy
        for k, r in enumerate(chunk):
            y -= ROW_H
            cells = [
                str(page * per + k + 1),
                r.name,
                r.id_tail,
                "" if r.cash_fen is None else f"{r.cash_fen / 100:,.2f}",
                "" if r.packages is None else str(r.packages),
            ]
            for j, (val, x0, x1) in enumerate(zip(cells, xs, xs[1:], strict=False)):
                if val:
                    fonts.draw_box(
                        c,
                        x0 + 3,
                        y + 1,
                        x1 - x0 - 6,
                        ROW_H - 2,
                        val,
                        9.5,
                        align="center" if j in (0, 4) else "left",
                    )
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        for yy in [hy + 22, *[hy - ROW_H * i for i in range(len(chunk) + 1)]]:
            c.line(MARGIN, yy, xs[-1], yy)
        for x in xs:
            c.line(x, y, x, hy + 22)
        if page == pages - 1 and distribution_id is not None:
            cash = sum(r.cash_fen or 0 for r in rows)
            pk = sum(r.packages or 0 for r in rows)
            fonts.draw(
                c,
                MARGIN,
                y - 18,
                f"{zh('合计')}：{len(rows)} {zh('人')}　{money.figures(cash)}"
                f"（{money.words(cash)}）　{pk} {zh('份')}",
                9.5,
            )
        sig = "　　　　　　　　".join(zh(x) for x in ("经办人：", "单位代表：", "单位盖章："))
        fonts.draw(c, MARGIN, MARGIN + 18, sig, 9.5)
        c.setFillColor(MUTED)
        fonts.draw(c, MARGIN, MARGIN, f"fieldvisit {__version__}", 7)
        fonts.draw(
            c,
            PAGE_W / 2,
            MARGIN,
            zh("第 %1 页 共 %2 页").replace("%1", str(page + 1)).replace("%2", str(pages)),
            8.5,
            align="center",
        )
        c.setFillColor(INK)
        c.showPage()
    c.save()
    return save_pdf(buf.getvalue(), out)
