"""What one cell of a register really says: text without the traps Excel leaves in it.

Excel and WPS leave things in cells that look like data but are not: error values
(``#N/A`` shows as text in .xlsx and CSV, and as the code 42 in .xls), a leading
apostrophe that marks "this is text", invisible format characters pasted from web
pages and chat programs (U+200B, U+202A-U+202E, U+FEFF ...), and every kind of
space (no-break, figure, ideographic). And ID numbers typed into a number cell:
Excel keeps 15 significant digits, so ``441302198001011234`` is stored as
``4.41302198001011E+17`` and its last digits are gone for good. Such a value is
reported, never completed or guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from fieldvisit.text import normalize

#: The error values Excel (and WPS, LibreOffice) show in a cell.
ERROR_CODES = frozenset(
    {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!"}
)
#: A number Excel wrote out in scientific notation (as CSV "4.41302E+17").
_SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$")
#: Apostrophes that mark a cell as text when typed first.
_QUOTES = "'‘’`"
#: Excel keeps 15 significant digits of a number.
EXCEL_DIGITS = 15


@dataclass(frozen=True)
class ExcelError:
    """An error value read from a cell (never data)."""

    code: str

    def __str__(self) -> str:
        return self.code


class CellError(ValueError):
    """A cell that cannot be read as data; ``kind`` says why (excel_error, id_as_number)."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(kind, detail)
        self.kind = kind
        self.detail = detail


def error_code(value: Any) -> str | None:
    """The Excel error a cell holds, or None."""
    if isinstance(value, ExcelError):
        return value.code
    if isinstance(value, str) and len(value) <= 10:
        code = value.strip().upper()
        if code in ERROR_CODES:
            return code
    return None


def _invisible_table() -> dict[int, str | None]:
    """Format characters (zero-width, bidi marks, BOM) and controls go; spaces become " "."""
    table: dict[int, str | None] = {}
    for lo, hi in (
        (0x00AD, 0x00AD),
        (0x0600, 0x0605),
        (0x061C, 0x061C),
        (0x06DD, 0x06DD),
        (0x070F, 0x070F),
        (0x180E, 0x180E),
        (0x200B, 0x200F),
        (0x202A, 0x202E),
        (0x2060, 0x2064),
        (0x2066, 0x206F),
        (0xFEFF, 0xFEFF),
        (0xFFF9, 0xFFFB),
        (0x0000, 0x001F),
        (0x007F, 0x009F),
    ):
        for c in range(lo, hi + 1):
            table[c] = None
    for c in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000):
        table[c] = " "
    for c in range(0x2000, 0x200B):
        table[c] = " "
    return table


_INVISIBLE = _invisible_table()


def strip_invisible(text: str) -> str:
    """Drop format and control characters; every kind of space becomes a plain space."""
    if text.isascii() and text.isprintable():
        return text
    return text.translate(_INVISIBLE)


def as_text(value: Any) -> str:
    """A cell as the text a person reads in it; raises CellError on an Excel error value.

    Integers lose their ".0"; a leading apostrophe (Excel's text marker) goes."""
    if value is None:
        return ""
    if type(value) is str:  # the common case first: a register is mostly text
        if "#" in value[:3]:
            code = error_code(value)
            if code:
                raise CellError("excel_error", code)
        text = normalize(strip_invisible(value))
        while text[:1] and text[0] in _QUOTES:
            text = text[1:].lstrip()
        return text
    code = error_code(value)
    if code:
        raise CellError("excel_error", code)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value) if value == value else ""
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    text = normalize(strip_invisible(str(value)))
    while text[:1] and text[0] in _QUOTES:
        text = text[1:].lstrip()
    return text


def safe_text(value: Any) -> str:
    """as_text() that reads an error value as empty (for titles, footers, headers)."""
    try:
        return as_text(value)
    except CellError:
        return ""


def number_text(value: Any) -> str:
    """A cell meant to hold a long number written as text (ID numbers).

    A number with more than 15 significant digits, or one written in scientific
    notation, has lost digits: CellError("id_as_number"). A 15-digit number (a
    legacy ID number) is exact in Excel and is returned as its digits."""
    if isinstance(value, bool):
        raise CellError("id_as_number")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, float) and (not value.is_integer() or abs(value) >= 10**EXCEL_DIGITS):
            raise CellError("id_as_number")
        if abs(int(value)) >= 10**EXCEL_DIGITS:
            raise CellError("id_as_number")
        return str(int(value))
    text = as_text(value)
    if _SCIENTIFIC.match(text.replace(" ", "")):
        raise CellError("id_as_number")
    return text


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(\s.*)?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
#: Day 0 of Excel's 1900 date system (as Excel counts, with its 29 February 1900).
_EXCEL_EPOCH = date(1899, 12, 30)


def as_date(value: Any) -> Any:
    """A date however the register writes it, or the text itself (validation says why not).

    2025-01-02, 2025/1/2, 2025.1.2, 2025年1月2日, 20250102, an Excel date cell, an
    Excel serial number (45659) and a date with a time (2025-01-02 00:00:00)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 100_000 and float(value).is_integer():
            from datetime import timedelta

            return _EXCEL_EPOCH + timedelta(days=int(value))
        text = str(int(value)) if float(value).is_integer() else str(value)
    else:
        text = as_text(value)
    m = _DATE.match(text) or _COMPACT_DATE.match(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return text
    return text
