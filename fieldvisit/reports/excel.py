"""Reports to Excel, the way offices file them.

One sheet per table; the title and the filters used on top, then a frozen,
bold header row, the rows, and a totals row (合计). Money is stored as yuan
(fen / 100, exact for any amount below 2^53 fen) with a ¥ number format, so
the figures stay numbers Excel can sum; column widths follow the content
(CJK characters count double).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from fieldvisit.cellsafe import cleaned, xlsx_text
from fieldvisit.files import written_atomically
from fieldvisit.i18n import translate
from fieldvisit.reports.table import Table, cell_text

MONEY_FORMAT = "¥#,##0.00"
PCT_FORMAT = "0.0%"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
#: Row numbers: title, filters, note, blank, header.
TITLE_ROW, FILTER_ROW, NOTE_ROW, HEADER_ROW = 1, 2, 3, 5
_BAD_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_THIN = Side(style="thin", color="999999")
_ALERT = Font(color="C00000", bold=True)


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def filters_line(table: Table) -> str:
    used = "; ".join(f"{k} = {v}" for k, v in table.filters) or translate("Reports", "none")
    return translate("Reports", "Filters: %1").replace("%1", used)


def _value(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "money":
        return int(value) / 100
    if kind in ("int", "pct"):
        return value
    if isinstance(value, datetime | date):
        return value
    return cell_text(kind, value)


def _format(kind: str) -> str | None:
    return {
        "money": MONEY_FORMAT,
        "pct": PCT_FORMAT,
        "date": DATE_FORMAT,
        "datetime": DATETIME_FORMAT,
        "int": "#,##0",
    }.get(kind)


def sheet_title(name: str, taken: set[str]) -> str:
    base = cleaned(name).translate(_BAD_SHEET_CHARS)[:31] or "Sheet"
    title, n = base, 2
    while title in taken:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title)
    return title


def write_workbook(tables: Sequence[Table], path: Path) -> Path:
    """Write ``tables`` to ``path`` (.xlsx), one sheet each."""
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    taken: set[str] = set()
    for table in tables:
        ws = wb.create_sheet(sheet_title(table.name, taken))
        ncols = len(table.columns)
        widths = [display_width(c.header) for c in table.columns]
        xlsx_text(ws.cell(TITLE_ROW, 1, cleaned(table.title))).font = Font(bold=True, size=14)
        xlsx_text(ws.cell(FILTER_ROW, 1, cleaned(filters_line(table)))).font = Font(
            italic=True, color="555555"
        )
        if table.note:
            xlsx_text(ws.cell(NOTE_ROW, 1, cleaned(table.note)))
        for j, col in enumerate(table.columns, start=1):
            c = xlsx_text(ws.cell(HEADER_ROW, j, cleaned(col.header)))
            c.font = Font(bold=True)
            c.fill = _HEADER_FILL
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = Border(bottom=_THIN)
        r = HEADER_ROW
        for r, row in enumerate(table.rows, start=HEADER_ROW + 1):
            for j, (col, value) in enumerate(zip(table.columns, row, strict=True), start=1):
                c = xlsx_text(ws.cell(r, j, cleaned(_value(col.kind, value))))
                if r - HEADER_ROW - 1 in table.alerts:
                    c.font = _ALERT
                fmt = _format(col.kind)
                if fmt:
                    c.number_format = fmt
                widths[j - 1] = max(widths[j - 1], display_width(cell_text(col.kind, value)))
        totals = table.totals()
        if totals is not None:
            r += 1
            for j, (col, value) in enumerate(zip(table.columns, totals, strict=True), start=1):
                if value is None:
                    continue
                c = xlsx_text(ws.cell(r, j, cleaned(_value(col.kind, value))))
                c.number_format = _format(col.kind) or "General"
                c.font = Font(bold=True)
                widths[j - 1] = max(widths[j - 1], display_width(cell_text(col.kind, value)))
            if not table.columns[0].total:
                label = ws.cell(r, 1, translate("Reports", "Total"))
                label.font = Font(bold=True)
            for j in range(1, ncols + 1):
                ws.cell(r, j).border = Border(top=_THIN)
        ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
        if table.rows:
            last = HEADER_ROW + len(table.rows)
            ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(ncols)}{last}"
        for j, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(j)].width = min(max(w + 2, 8), 60)
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    if not tables:
        wb.create_sheet("-")
    path.parent.mkdir(parents=True, exist_ok=True)
    with written_atomically(path) as tmp:
        wb.save(tmp)
    return path
