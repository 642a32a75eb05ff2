"""Cell values safe to open in Excel, WPS and LibreOffice.

A spreadsheet runs text that starts with ``=``, ``+``, ``-`` or ``@`` (and, after
a tab or carriage return, still) as a formula: a household named
``=HYPERLINK("http://…","点击")`` becomes a live link in the office's export. In an
.xlsx such text is stored as a string with Excel's "quote prefix" (it stays text
even when the cell is edited); in a CSV, which has no types, it gets a leading
apostrophe, as OWASP recommends. Control characters are removed: Excel refuses a
file that holds them, and openpyxl refuses to write them at all.
"""

from __future__ import annotations

import re
from typing import Any

#: Text starting with one of these is a formula to a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """``text`` without control characters (tab, line feed and carriage return stay)."""
    return _CONTROL.sub("", text)


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_value(value: Any) -> Any:
    """A value for a CSV cell: text cleaned, formula-like text prefixed with ``'``."""
    if not isinstance(value, str):
        return value
    text = clean(value)
    return "'" + text if looks_like_formula(text) else text


def xlsx_text(cell: Any) -> Any:
    """Make an openpyxl cell holding text safe: cleaned, and a string, never a formula."""
    value = cell.value
    if isinstance(value, str):
        text = clean(value)
        cell.value = text
        if looks_like_formula(text):
            cell.data_type = "s"
            cell.quotePrefix = True
    return cell


def cleaned(value: Any) -> Any:
    """``value`` with control characters removed if it is text (before a cell holds it)."""
    return clean(value) if isinstance(value, str) else value
