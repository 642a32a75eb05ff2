"""One table shape for every report, so Excel, PDF, the CLI and the office screens agree.

A report function returns typed rows (dataclasses) for code and tests; ``Table``
is how those rows are *shown*: translated column headers, a kind per column
(money in fen is written as yuan with a ¥ format), a totals row and the filters
that produced it. Exporters only ever see Tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

#: Column kinds: text, int, money (integer fen), pct (0..1 float), date, datetime.
KINDS = ("text", "int", "money", "pct", "date", "datetime")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str = "text"
    total: bool = False  # sum this column in the totals row
    printed: bool = True  # False for ids and keys: in Excel and JSON, not on paper


@dataclass
class Table:
    """A titled grid; ``rows`` are tuples in column order, raw values (fen, dates)."""

    name: str  # short, used as the sheet name
    title: str
    columns: list[Column]
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    filters: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""  # one line under the title, e.g. "22 recorded, 19 resolved"
    alerts: set[int] = field(default_factory=set)  # rows to show in red (over budget, gaps)

    def totals(self) -> tuple[Any, ...] | None:
        """Sums of the columns marked ``total``; None when no column is."""
        if not any(c.total for c in self.columns):
            return None
        out: list[Any] = []
        for i, col in enumerate(self.columns):
            if col.total:
                out.append(sum(int(r[i] or 0) for r in self.rows))
            else:
                out.append(None)
        return tuple(out)


def yuan(fen: int | None) -> str:
    """Integer fen as ¥1,234.50 (display only; never computed with)."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    q, r = divmod(abs(int(fen)), 100)
    return f"{sign}¥{q:,}.{r:02d}"


def cell_text(kind: str, value: Any) -> str:
    """How a value reads in plain text (CLI, PDF)."""
    if value is None:
        return ""
    if kind == "money":
        return yuan(int(value))
    if kind == "pct":
        return f"{float(value) * 100:.1f}%"
    if kind == "datetime" and isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if kind == "date" and isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "✔" if value else ""
    if isinstance(value, list | tuple):
        return "、".join(str(v) for v in value)
    return str(value)


def text_lines(tables: Sequence[Table]) -> list[str]:
    """A plain-text rendering for the terminal: tab-separated, header first."""
    lines: list[str] = []
    for t in tables:
        lines.append(f"# {t.title}")
        if t.note:
            lines.append(t.note)
        lines.append("\t".join(c.header for c in t.columns))
        for r in t.rows:
            lines.append("\t".join(cell_text(c.kind, v) for c, v in zip(t.columns, r, strict=True)))
        tot = t.totals()
        if tot is not None:
            lines.append(
                "\t".join(
                    cell_text(c.kind, v) if v is not None else ""
                    for c, v in zip(t.columns, tot, strict=True)
                )
            )
        lines.append("")
    return lines
