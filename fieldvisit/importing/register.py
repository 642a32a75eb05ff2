"""Importing a register of needy households (建档立卡花名册).

Every data row is read, normalised and validated on its own: a bad row is
reported (sheet, row number, field, reason) and never stops the others. Rows
become households through the operation log like any other write. A household
already in the replica (same ID number, else same register number) is updated
field by field instead of duplicated, and a re-import of an unchanged file
records no operation at all. The whole file is one transaction: it lands
whole, or (on a crash or a full disk) not at all and can simply be run again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import validation as v
from fieldvisit.errors import ImportFileError, ValidationError
from fieldvisit.households import edit
from fieldvisit.i18n import translate
from fieldvisit.importing import headers, workbook
from fieldvisit.store import oplog
from fieldvisit.store.models import Household
from fieldvisit.text import normalize

Progress = Callable[[int, int], None]

_TOTAL = re.compile(r"^(合计|总计|小计|共计|合計|總計)")
_SIGNATURE = re.compile(r"(制表人|审核人|负责人|填表人|製表人|審核人|負責人|填报人|经办人)")
_CAUSE_SPLIT = re.compile(r"[、,，;；\s]+")
_SIZE = re.compile(r"^(\d{1,2})\s*人?$")
#: Columns that, when present in the file, are compared and updated on re-import.
UPDATABLE = (
    "name",
    "register_no",
    "phone",
    "address",
    "district",
    "workplace",
    "category",
    "causes",
    "monthly_income_fen",
    "family_size",
    "notes",
)


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int
    field: str
    kind: str  # invalid_id | duplicate_id | missing_name | invalid_value | repeated_row
    reason: str
    imported: bool = False  # True: the row was imported without the bad value


@dataclass
class ImportReport:
    file: str
    rows_total: int = 0
    valid: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    invalid_id: int = 0
    duplicate_id: int = 0
    missing_name: int = 0
    blank_rows: int = 0
    skipped_rows: int = 0  # total and signature lines
    ids_sha_count: int = 0
    operations: int = 0
    problems: list[Problem] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Row:
    sheet: str
    number: int
    data: dict[str, Any]


def _is_blank(cells: list[Any]) -> bool:
    return all(workbook.as_text(c).strip() == "" for c in cells)


def _first_text(cells: list[Any]) -> str:
    for c in cells:
        t = normalize(workbook.as_text(c))
        if t:
            return t
    return ""


def _is_footer(cells: list[Any]) -> bool:
    first = _first_text(cells)
    if _TOTAL.match(first.replace(" ", "")):
        return True
    return any(_SIGNATURE.search(workbook.as_text(c)) for c in cells if c is not None)


def parse_rows(sheets: list[workbook.Sheet], report: ImportReport) -> list[_Row]:
    """Data rows of every sheet that has a recognisable header."""
    out: list[_Row] = []
    found_header = False
    for sheet in sheets:
        idx, columns = headers.find_header(sheet.rows)
        if idx < 0:
            continue
        found_header = True
        body = sheet.rows[idx + 1 :]
        pending_blanks = 0
        for number, cells in body:
            if _is_blank(cells):
                pending_blanks += 1
                continue
            if _is_footer(cells):
                report.skipped_rows += 1
                continue
            # blank rows count only when a data row follows (inside the table)
            report.blank_rows += pending_blanks
            pending_blanks = 0
            data = {
                columns[c]: cells[c]
                for c in columns
                if c < len(cells) and workbook.as_text(cells[c]).strip() != ""
            }
            if set(data) <= {"serial"}:
                report.skipped_rows += 1
                continue
            out.append(_Row(sheet.name, number, data))
    if not found_header:
        raise ImportFileError(
            translate(
                "Import",
                "No register header found in %1: the first rows must name columns such as "
                "姓名 and 身份证号.",
            ).replace("%1", report.file)
        )
    return out


def _size(value: Any) -> int:
    m = _SIZE.match(normalize(workbook.as_text(value)))
    if not m:
        raise v.fail("family_size", translate("Import", "is not a number of people"))
    return int(m.group(1))


def to_input(row: _Row, problems: list[Problem]) -> edit.HouseholdInput:
    """The row as form input; a bad optional value is dropped and reported."""
    d = row.data
    values: dict[str, Any] = {}

    def text(key: str) -> str | None:
        return normalize(workbook.as_text(d[key])) or None if key in d else None

    def optional(key: str, parse: Callable[[Any], Any], target: str) -> None:
        if key not in d:
            return
        try:
            values[target] = parse(d[key])
        except ValidationError as exc:
            problems.append(
                Problem(row.sheet, row.number, exc.label, "invalid_value", exc.reason, True)
            )

    optional("phone", lambda x: v.phone(workbook.as_text(x)), "phone")
    optional("monthly_income", lambda x: v.amount_fen(x, "income"), "monthly_income_fen")
    optional("family_size", _size, "family_size")
    district = text("district")
    if not district and text("street"):
        district = text("street")
    causes = [c for c in _CAUSE_SPLIT.split(text("causes") or "") if c]
    return edit.HouseholdInput(
        name=text("name") or "",
        id_number=text("id_number"),
        register_no=text("register_no"),
        address=text("address"),
        district=district,
        workplace=text("workplace"),
        category=text("category"),
        causes=causes,
        notes=text("notes"),
        **values,
    )


def import_register(
    session: Session, path: Path, *, progress: Progress | None = None
) -> ImportReport:
    """Read, check and import one register file in the caller's unit of work."""
    report = ImportReport(file=path.name)
    rows = parse_rows(workbook.read(path), report)
    report.rows_total = len(rows)
    seen: dict[str, tuple[str, int]] = {}
    creates: list[tuple[str, str, dict[str, Any], str | None]] = []
    accepted: list[dict[str, Any]] = []
    team = edit._default_team(session)
    ops_before = oplog.writer_of(session).seq
    for i, row in enumerate(rows, start=1):
        if progress and (i % 500 == 0 or i == len(rows)):
            progress(i, len(rows))
        problems: list[Problem] = []
        data = to_input(row, problems)
        try:
            clean = data.clean()
        except ValidationError as exc:
            kind = {"id_number": "invalid_id", "name": "missing_name"}.get(
                exc.field, "invalid_value"
            )
            if exc.field == "name" and normalize(data.name):
                kind = "invalid_value"
            report.problems.append(Problem(row.sheet, row.number, exc.label, kind, exc.reason))
            if kind == "invalid_id":
                report.invalid_id += 1
            elif kind == "missing_name":
                report.missing_name += 1
            continue
        idn = clean.get("id_number")
        if idn:
            earlier = seen.get(idn)
            if earlier is not None:
                first_name, first_row = earlier
                if first_name != clean["name"]:
                    report.duplicate_id += 1
                    report.problems.append(
                        Problem(
                            row.sheet,
                            row.number,
                            v.field_label("id_number"),
                            "duplicate_id",
                            translate(
                                "Import", "repeats the ID number of row %1 with another name"
                            ).replace("%1", str(first_row)),
                        )
                    )
                    continue
                report.valid += 1
                report.unchanged += 1
                report.problems.append(
                    Problem(
                        row.sheet,
                        row.number,
                        v.field_label("id_number"),
                        "repeated_row",
                        translate("Import", "repeats row %1; imported once").replace(
                            "%1", str(first_row)
                        ),
                        True,
                    )
                )
                continue
            seen[idn] = (clean["name"], row.number)
        report.problems.extend(problems)
        report.valid += 1
        accepted.append(clean)
    known = _Known(session, accepted)
    for clean in accepted:
        idn = clean.get("id_number")
        existing = known.match(clean)
        if existing is None:
            clean.setdefault("team_id", team)
            creates.append(("household", oplog.new_id(), clean, clean["team_id"]))
            report.created += 1
            continue
        changes = {
            k: clean[k]
            for k in UPDATABLE
            if k in clean and clean[k] not in (None, [], "") and clean[k] != existing[k]
        }
        if idn and not existing["id_number"]:
            changes["id_number"] = idn
        if changes and edit.update_household(session, existing["id"], changes):
            report.updated += 1
        else:
            report.unchanged += 1
    oplog.create_many(session, creates, new_rows=True)
    report.ids_sha_count = len(seen)
    report.operations = oplog.writer_of(session).seq - ops_before
    return report


class _Known:
    """The households this file may describe, fetched in a few queries, not one per row."""

    def __init__(self, session: Session, rows: list[dict[str, Any]]) -> None:
        cols = [Household.__table__.c[k] for k in ("id", "id_number", *UPDATABLE)]  # type: ignore[attr-defined]
        self.by_id: dict[str, dict[str, Any]] = {}
        self.by_reg: dict[str, list[dict[str, Any]]] = {}
        ids = sorted({r["id_number"] for r in rows if r.get("id_number")})
        regs = sorted({r["register_no"] for r in rows if r.get("register_no")})
        for column, values in ((Household.id_number, ids), (Household.register_no, regs)):
            for i in range(0, len(values), 500):
                stmt = (
                    select(*cols)
                    .where(Household.archived.is_(False), column.in_(values[i : i + 500]))
                    .order_by(Household.created_at, Household.id)
                )
                for row in session.execute(stmt).mappings():
                    d = dict(row)
                    if d["id_number"]:
                        self.by_id.setdefault(d["id_number"], d)
                    if d["register_no"]:
                        lst = self.by_reg.setdefault(d["register_no"], [])
                        if all(x["id"] != d["id"] for x in lst):
                            lst.append(d)

    def match(self, clean: dict[str, Any]) -> dict[str, Any] | None:
        """Same ID number, else same register number (when one side has no ID number)."""
        idn = clean.get("id_number")
        if idn and idn in self.by_id:
            return self.by_id[idn]
        for h in self.by_reg.get(clean.get("register_no") or "", []):
            if not idn or not h["id_number"]:
                return h
        return None


def problem_line(p: Problem) -> str:
    return (
        translate("Import", "%1 row %2, %3: %4")
        .replace("%1", p.sheet)
        .replace("%2", str(p.row))
        .replace("%3", p.field)
        .replace("%4", p.reason)
    )
