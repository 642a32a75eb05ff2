"""Reports to PDF: the same tables as the Excel export, for printing and filing.

Landscape A4, the embedded CJK font (see :mod:`fieldvisit.receipts.fonts`), the
title, filters and headline on top, the header row repeated on every page and
a totals row. Very long lists are cut at ``MAX_ROWS`` with a line saying so;
the Excel export always carries every row.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RLTable

from fieldvisit.files import written_atomically
from fieldvisit.i18n import translate
from fieldvisit.receipts import fonts
from fieldvisit.reports.excel import filters_line
from fieldvisit.reports.table import Table, cell_text

MAX_ROWS = 5000
PAGE = landscape(A4)
MARGIN = 12 * mm


def _styles() -> dict[str, ParagraphStyle]:
    name = fonts.primary().name
    base = ParagraphStyle("fv", fontName=name, fontSize=8, leading=10, wordWrap="CJK")
    return {
        "cell": base,
        "num": ParagraphStyle("fvnum", parent=base, alignment=2),
        "head": ParagraphStyle("fvhead", parent=base, textColor=colors.black, alignment=1),
        "title": ParagraphStyle("fvtitle", parent=base, fontSize=15, leading=19, spaceAfter=4),
        "meta": ParagraphStyle(
            "fvmeta", parent=base, fontSize=9, leading=12, textColor=colors.grey
        ),
    }


def table_flowables(table: Table, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = [
        Paragraph(escape(table.title), styles["title"]),
        Paragraph(escape(filters_line(table)), styles["meta"]),
    ]
    if table.note:
        out.append(Paragraph(escape(table.note), styles["meta"]))
    out.append(Spacer(1, 3 * mm))
    keep = [i for i, c in enumerate(table.columns) if c.printed]
    full = table
    table = Table(
        table.name,
        table.title,
        [table.columns[i] for i in keep],
        [tuple(r[i] for i in keep) for r in table.rows[:MAX_ROWS]],
        table.filters,
        table.note,
    )
    rows = table.rows
    numeric = [c.kind in ("int", "money", "pct") for c in table.columns]
    font, size = styles["cell"].fontName, styles["cell"].fontSize
    data: list[list[object]] = [
        [Paragraph(escape(c.header), styles["head"]) for c in table.columns]
    ]
    natural = [stringWidth(c.header, font, size) for c in table.columns]
    for row in rows:
        texts = [cell_text(c.kind, v) for c, v in zip(table.columns, row, strict=True)]
        for j, t in enumerate(texts):
            natural[j] = max(natural[j], stringWidth(t, font, size))
        data.append(
            [
                Paragraph(escape(t), styles["num" if numeric[j] else "cell"])
                for j, t in enumerate(texts)
            ]
        )
    every = full.totals()  # over all rows, also those not printed
    totals = None if every is None else tuple(every[i] for i in keep)
    if totals is not None:
        texts = [
            "" if v is None else cell_text(c.kind, v)
            for c, v in zip(table.columns, totals, strict=True)
        ]
        if not table.columns[0].total:
            texts[0] = translate("Reports", "Total")
        for j, t in enumerate(texts):
            natural[j] = max(natural[j], stringWidth(t, font, size))
        data.append(
            [
                Paragraph(f"<b>{escape(t)}</b>", styles["num" if numeric[j] else "cell"])
                for j, t in enumerate(texts)
            ]
        )
    col_widths = fit_widths([w + 14 for w in natural], PAGE[0] - 2 * MARGIN)
    grid = RLTable(data, colWidths=col_widths, repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),
    ]
    if totals is not None:
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")))
    for i in full.alerts:
        if i < len(rows):
            style.append(("BACKGROUND", (0, i + 1), (-1, i + 1), colors.HexColor("#FDE2E2")))
    grid.setStyle(TableStyle(style))
    out.append(grid)
    if len(full.rows) > MAX_ROWS:
        out.append(
            Paragraph(
                escape(
                    translate(
                        "Reports",
                        "Only the first %1 of %2 rows are printed; the Excel export has them all.",
                    )
                    .replace("%1", str(MAX_ROWS))
                    .replace("%2", str(len(full.rows)))
                ),
                styles["meta"],
            )
        )
    return out


def fit_widths(natural: list[float], usable: float, floor: float = 28.0) -> list[float]:
    """Column widths that fit the page: narrow columns keep their width, wide ones share the rest.

    Finds the cap c with sum(min(w, c)) == usable (water-filling), so figures
    never wrap while long texts (addresses, ids) do.
    """
    natural = [max(w, floor) for w in natural]
    if sum(natural) <= usable:
        return [w * usable / sum(natural) for w in natural]
    lo, hi = 0.0, max(natural)
    for _ in range(40):
        mid = (lo + hi) / 2
        if sum(min(w, mid) for w in natural) > usable:
            hi = mid
        else:
            lo = mid
    return [min(w, lo) for w in natural]


def write_pdf(tables: Sequence[Table], path: Path, *, title: str = "") -> Path:
    styles = _styles()
    story: list[Flowable] = []
    for i, table in enumerate(tables):
        if i:
            story.append(PageBreak())
        story.extend(table_flowables(table, styles))
    path.parent.mkdir(parents=True, exist_ok=True)
    with written_atomically(path) as tmp:
        _build(tmp, story, styles, title or (tables[0].title if tables else ""))
    return path


def _build(tmp: Path, story: list[Flowable], styles: dict[str, ParagraphStyle], title: str) -> None:
    doc = SimpleDocTemplate(
        str(tmp),
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        creator="fieldvisit",
        initialFontName=styles["cell"].fontName,  # else every page names an unembedded Helvetica
    )
    doc.build(story or [Spacer(1, 1)])
