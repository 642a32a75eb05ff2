"""From workbook sheets to records: which sheets hold a register, and their data rows.

Generic over a :class:`~fieldvisit.importing.headers.Vocabulary` (households today,
units later): nothing here knows what a household is. Offices' workbooks hold a
sheet per 街道 plus a 汇总 (summary) sheet that repeats stale copies of the same
rows, hidden sheets of old data, and sheets of instructions. Every sheet is read or
skipped with a reason the report shows:

- hidden sheets are skipped (what the clerk does not see is not imported);
- summary and statistics sheets (汇总, 合计, 统计 ...) are skipped — unless no other
  sheet holds a register, then the summary is the register;
- a sheet without a recognisable header row is skipped.

Inside a sheet, blank rows, the total line (合计) and the signature line
(制表人/审核人) are skipped; a row with only child columns filled (empty or merged
head cells, member columns filled) belongs to the record above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from fieldvisit.i18n import translate
from fieldvisit.importing import headers
from fieldvisit.importing.cells import safe_text
from fieldvisit.importing.workbook import Sheet

SUMMARY = re.compile(r"(汇总|合计|统计|总计|小计|彙總|合計|統計|總計)")
_TOTAL = re.compile(r"^(合计|总计|小计|共计|合計|總計)")
_SIGNATURE = re.compile(r"(制表人|审核人|负责人|填表人|製表人|審核人|負責人|填报人|经办人)")

#: Column overrides per header layout: layout key -> {column: field, or "" to ignore}.
Mapping = dict[str, dict[int, str]]


@dataclass
class Record:
    """One data row: its fields (raw cell values), its cells, and rows that belong to it."""

    sheet: str
    number: int
    values: dict[str, Any]
    cells: list[Any]
    children: list[Record] = field(default_factory=list)


@dataclass
class SheetOutcome:
    name: str
    status: str  # read | skipped
    reason_kind: str  # register | summary | summary_only | hidden | no_header
    reason: str
    rows: int = 0
    header: headers.Header | None = None


@dataclass
class Table:
    records: list[Record] = field(default_factory=list)
    sheets: list[SheetOutcome] = field(default_factory=list)
    blank_rows: int = 0
    skipped_rows: int = 0
    orphans: list[Record] = field(default_factory=list)  # child rows with nothing above


def _reason(kind: str) -> str:
    return {
        "register": translate("Import", "holds a register"),
        "summary": translate("Import", "a summary or statistics sheet, not a register"),
        "summary_only": translate(
            "Import", "a summary sheet, read because no other sheet holds a register"
        ),
        "hidden": translate("Import", "hidden in the workbook"),
        "no_header": translate("Import", "no register header (姓名, 身份证号 …) in its first rows"),
    }[kind]


def _is_blank(cells: list[Any]) -> bool:
    return all(c is None or (isinstance(c, str) and not safe_text(c)) for c in cells)


def _is_footer(cells: list[Any]) -> bool:
    first = next((c for c in cells if c is not None and str(c).strip()), None)
    if isinstance(first, str) and _TOTAL.match(safe_text(first).replace(" ", "")):
        return True
    return any(isinstance(c, str) and _SIGNATURE.search(c) for c in cells)


def read_records(
    sheets: list[Sheet],
    vocabulary: headers.Vocabulary = headers.REGISTER,
    mapping: Mapping | None = None,
) -> Table:
    """The records of every sheet that holds a register, and what happened to each sheet."""
    out = Table()
    found: list[tuple[Sheet, headers.Header | None, str]] = []
    for sheet in sheets:
        header = None if sheet.hidden else headers.find_header(sheet.rows, vocabulary)
        if sheet.hidden:
            kind = "hidden"
        elif header is None:
            kind = "no_header"
        elif SUMMARY.search(sheet.name):
            kind = "summary"
        else:
            kind = "register"
        found.append((sheet, header, kind))
    if not any(k == "register" for _s, _h, k in found):
        found = [(s, h, "summary_only" if k == "summary" else k) for s, h, k in found]
    for sheet, header, kind in found:
        outcome = SheetOutcome(sheet.name, "skipped", kind, _reason(kind), header=header)
        out.sheets.append(outcome)
        if header is None or kind not in ("register", "summary_only"):
            continue
        outcome.status = "read"
        if mapping and header.layout_key() in mapping:
            override = mapping[header.layout_key()]
            header.columns = {c: f for c, f in {**header.columns, **override}.items() if f}
        outcome.rows = _read_sheet(sheet, header, vocabulary, out)
    return out


def _read_sheet(
    sheet: Sheet, header: headers.Header, vocabulary: headers.Vocabulary, out: Table
) -> int:
    columns = header.columns
    pending_blanks = 0
    parent: Record | None = None
    count = 0
    for number, cells in sheet.rows[header.index + 1 :]:
        if _is_blank(cells):
            pending_blanks += 1
            continue
        if _is_footer(cells):
            out.skipped_rows += 1
            parent = None
            continue
        # blank rows count only when a data row follows (inside the table)
        out.blank_rows += pending_blanks
        pending_blanks = 0
        values = {
            f: cells[c]
            for c, f in columns.items()
            if c < len(cells) and cells[c] is not None and str(cells[c]).strip() != ""
        }
        if set(values) <= vocabulary.ignored:
            out.skipped_rows += 1
            continue
        own = {f: v for f, v in values.items() if f not in vocabulary.child_fields}
        kids = {f: v for f, v in values.items() if f in vocabulary.child_fields}
        if kids and not (set(own) & vocabulary.identifying):
            child = Record(sheet.name, number, kids, cells)
            if parent is None:
                out.orphans.append(child)
            else:
                parent.children.append(child)
            continue
        parent = Record(sheet.name, number, own, cells)
        if kids:
            parent.children.append(Record(sheet.name, number, kids, cells))
        out.records.append(parent)
        count += 1
    return count
