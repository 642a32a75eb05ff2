"""Importing a register of needy households (建档立卡花名册): the household-specific part.

The generic reader (:mod:`.table`) gives records; here each record is checked on
its own and planned: create, update, unchanged, or reported (sheet, row number,
field, reason) — a bad cell never stops the others, and a bad ID is never
imported. :func:`plan_register` changes nothing (the GUI preview and ``--dry-run``
show it); :func:`apply_plan` records the operations in the caller's unit of work,
so the file lands whole or not at all.

A row is the same household as one already known (in the replica, or earlier in
the file) when the ID number matches, else the register number, else the name
together with the address or the phone: importing the same file twice changes
nothing, rows without an ID included. A changed row updates its household field
by field through ordinary update operations, which sync like any edit.
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
from fieldvisit.importing import cells, headers, table, workbook
from fieldvisit.importing.cells import CellError
from fieldvisit.store import oplog
from fieldvisit.store.chunked import chunked
from fieldvisit.store.models import Household, Member, Setting
from fieldvisit.text import normalize

Progress = Callable[[int, int], None]

_CAUSE_SPLIT = re.compile(r"[、,，;；/\s]+")
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
    "left_hardship_on",
    "notes",
)
#: A cell of these fields that cannot be read fails the whole row (who it is is unknown).
_ESSENTIAL = ("name", "id_number")
#: Where remembered column mappings live in the replica's settings.
MAPPING_SETTING = "import.register.mappings"


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int
    field: str
    # invalid_id | id_as_number | excel_error | duplicate_id | missing_name | invalid_value
    # | repeated_row | invalid_member
    kind: str
    reason: str
    imported: bool = False  # True: the row was imported without the bad value


@dataclass
class SheetReport:
    name: str
    status: str  # read | skipped
    reason_kind: str
    reason: str
    rows: int = 0


@dataclass
class RowAction:
    """What the import does with one row (the preview lists these)."""

    sheet: str
    row: int
    name: str
    action: str  # create | update | unchanged | repeated | problem
    detail: str = ""


@dataclass
class ImportReport:
    file: str
    dry_run: bool = False
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
    repeated: int = 0  # the same household again in the file (other sheet), imported once
    ids_sha_count: int = 0
    members_read: int = 0
    members: int = 0  # members added
    members_updated: int = 0
    operations: int = 0
    sheets: list[SheetReport] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Member:
    record: table.Record
    clean: dict[str, Any]


@dataclass
class _Row:
    record: table.Record
    clean: dict[str, Any]
    members: list[_Member]
    household_id: str = ""
    existing: dict[str, Any] | None = None


@dataclass
class Plan:
    """Everything an import will do, computed without writing."""

    report: ImportReport
    rows: list[_Row] = field(default_factory=list)
    updates: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    actions: list[RowAction] = field(default_factory=list)
    headers: list[tuple[str, headers.Header]] = field(default_factory=list)
    #: rows to give back to the clerk: (record, its member rows, reasons)
    rejected: list[tuple[table.Record, list[table.Record], list[str]]] = field(default_factory=list)
    team_id: str | None = None


# ---------------------------------------------------------------- cells -> input


def _reason(kind: str, detail: str = "") -> str:
    if kind == "id_as_number":
        return translate(
            "Import", "stored as a number, the last digits are lost — retype it as text"
        )
    return translate("Import", "holds the Excel error %1, not a value").replace("%1", detail)


def _label(key: str) -> str:
    names = {
        "id_number": "id_number",
        "member_id_number": "id_number",
        "monthly_income": "income",
        "member_name": "name",
    }
    return v.field_label(names.get(key, key))


class _RowFailed(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.reason)
        self.problem = problem


def _size(value: Any) -> int:
    m = _SIZE.match(cells.as_text(value))
    if not m:
        raise v.fail("family_size", translate("Import", "is not a number of people"))
    return int(m.group(1))


def _income(value: Any) -> int:
    raw = value if isinstance(value, int | float) and not isinstance(value, bool) else None
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e15:
        raw = int(raw)
    return v.amount_fen(raw if raw is not None else cells.as_text(value), "income")


def _date(value: Any) -> Any:
    return v.a_date(cells.as_date(value), "date", allow_future=False)


_PARSERS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "phone": ("phone", lambda x: v.phone(cells.as_text(x))),
    "monthly_income": ("monthly_income_fen", _income),
    "family_size": ("family_size", _size),
    "left_hardship_on": ("left_hardship_on", _date),
}


def _texts(
    rec: table.Record, problems: list[Problem], essential: tuple[str, ...]
) -> dict[str, Any]:
    """The record's cells as text (ID numbers checked for lost digits); bad cells reported."""
    out: dict[str, Any] = {}
    for key, raw in rec.values.items():
        try:
            if key in _PARSERS:
                cells.as_text(raw)  # error values are never data
                out[key] = raw
            elif key.endswith("id_number"):
                out[key] = cells.number_text(raw)
            else:
                out[key] = cells.as_text(raw)
        except CellError as exc:
            p = Problem(rec.sheet, rec.number, _label(key), exc.kind, _reason(exc.kind, exc.detail))
            if key in essential:
                raise _RowFailed(p) from None
            problems.append(Problem(p.sheet, p.row, p.field, p.kind, p.reason, True))
    return out


def to_input(rec: table.Record, problems: list[Problem]) -> edit.HouseholdInput:
    """The record as form input; a bad optional value is dropped and reported."""
    d = _texts(rec, problems, _ESSENTIAL)
    values: dict[str, Any] = {}
    for key, (target, parse) in _PARSERS.items():
        if key not in d:
            continue
        try:
            values[target] = parse(d[key])
        except ValidationError as exc:
            problems.append(
                Problem(rec.sheet, rec.number, exc.label, "invalid_value", exc.reason, True)
            )
        except (ArithmeticError, ValueError, TypeError, OverflowError):
            problems.append(
                Problem(
                    rec.sheet,
                    rec.number,
                    _label(key),
                    "invalid_value",
                    translate("Import", "cannot be read as a value"),
                    True,
                )
            )

    def text(key: str) -> str | None:
        return normalize(d.get(key)) or None

    district = text("district") or text("street")
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
        status="left_hardship" if values.get("left_hardship_on") else "needy",
        **values,
    )


def _member(rec: table.Record, problems: list[Problem]) -> dict[str, Any] | None:
    """A member row as clean fields; None (reported) when it has no usable name."""
    mine: list[Problem] = []
    try:
        d = _texts(rec, mine, ("member_name",))
    except _RowFailed as failed:
        problems.append(failed.problem)
        return None
    finally:
        problems.extend(mine)
    idn = d.get("member_id_number")
    try:
        idn = v.id_number(idn, "id_number")
    except ValidationError as exc:
        problems.append(Problem(rec.sheet, rec.number, exc.label, "invalid_id", exc.reason, True))
        idn = None
    bad_id = [p for p in mine if p.kind == "id_as_number"]
    try:
        clean = edit.MemberInput(
            name=d.get("member_name") or "",
            relation=d.get("relation") or None,
            id_number=None if bad_id else idn,
        ).clean()
    except ValidationError as exc:
        problems.append(
            Problem(
                rec.sheet,
                rec.number,
                exc.label,
                "invalid_member",
                translate("Import", "family member: %1").replace("%1", exc.reason),
            )
        )
        return None
    return clean


# ---------------------------------------------------------------- planning


def read_file(path: Path, mapping: table.Mapping | None = None) -> table.Table:
    """The file's records; raises ImportFileError when no sheet holds a register."""
    tab = table.read_records(workbook.read(path), headers.REGISTER, mapping)
    if not any(s.status == "read" for s in tab.sheets):
        raise ImportFileError(
            translate(
                "Import",
                "No register header found in %1: the first rows must name columns such as "
                "姓名 and 身份证号.",
            ).replace("%1", path.name)
        )
    return tab


def saved_mappings(session: Session, setting: str = MAPPING_SETTING) -> table.Mapping:
    """The column choices remembered per header layout (a unit list keeps its own)."""
    row = session.get(Setting, setting)
    raw = row.value if row and isinstance(row.value, dict) else {}
    return {k: {int(c): str(f) for c, f in cols.items()} for k, cols in raw.items()}


def remember_mapping(
    session: Session, layout_key: str, columns: dict[int, str], setting: str = MAPPING_SETTING
) -> None:
    """Remember the columns the clerk chose for this header layout (replica setting)."""
    current = saved_mappings(session, setting)
    current[layout_key] = dict(columns)
    value = {k: {str(c): f for c, f in cols.items()} for k, cols in current.items()}
    session.merge(Setting(key=setting, value=value))


def _keys(clean: dict[str, Any]) -> list[tuple[str, ...]]:
    """The keys that say "same household", strongest first."""
    name = clean["name"]
    out: list[tuple[str, ...]] = []
    if clean.get("id_number"):
        out.append(("id", clean["id_number"]))
    if clean.get("register_no"):
        out.append(("reg", clean["register_no"]))
    if clean.get("address"):
        out.append(("addr", name, normalize(clean["address"]).replace(" ", "")))
    if clean.get("phone"):
        out.append(("phone", name, clean["phone"]))
    return out


def _differences(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    return [
        k
        for k in UPDATABLE
        if a.get(k) not in (None, [], "") and b.get(k) not in (None, [], "") and a[k] != b[k]
    ]


def plan_register(
    session: Session,
    path: Path,
    *,
    mapping: table.Mapping | None = None,
    progress: Progress | None = None,
) -> Plan:
    """Read and check ``path`` and decide what importing it would do; writes nothing.

    ``mapping`` overrides, per header layout, what columns hold (on top of the
    choices remembered in the replica's settings)."""
    report = ImportReport(file=path.name)
    # the columns remembered for each header layout, then the caller's own choices
    tab = read_file(path, {**saved_mappings(session), **(mapping or {})})
    plan = Plan(report, team_id=edit._default_team(session))
    report.sheets = [
        SheetReport(s.name, s.status, s.reason_kind, s.reason, s.rows) for s in tab.sheets
    ]
    plan.headers = [(s.name, s.header) for s in tab.sheets if s.header and s.status == "read"]
    report.blank_rows, report.skipped_rows = tab.blank_rows, tab.skipped_rows
    report.rows_total = len(tab.records)
    for orphan in tab.orphans:
        report.problems.append(
            Problem(
                orphan.sheet,
                orphan.number,
                _label("member_name"),
                "invalid_member",
                translate("Import", "a family member row with no household above it"),
            )
        )
        plan.rejected.append((orphan, [], [report.problems[-1].reason]))
    seen: dict[tuple[str, ...], _Row] = {}
    ids: set[str] = set()
    total = len(tab.records)
    for i, rec in enumerate(tab.records, start=1):
        if progress and (i % 500 == 0 or i == total):
            progress(i, total)
        row_problems: list[Problem] = []
        row = _check_row(rec, row_problems, report)
        if row is not None:
            row = _dedupe(row, seen, row_problems, report, plan)
        name = normalize(cells.safe_text(rec.values.get("name")))
        fatal = [p for p in row_problems if not p.imported]
        # a row not imported reports why; its lesser remarks go to the rows to fix only
        report.problems.extend(fatal if row is None and fatal else row_problems)
        if row is None:
            if fatal:
                plan.actions.append(
                    RowAction(rec.sheet, rec.number, name, "problem", problem_text(fatal[0]))
                )
                plan.rejected.append((rec, rec.children, [problem_text(p) for p in row_problems]))
            continue
        if row_problems:
            bad = [p for p in row_problems if p.row != rec.number or p.kind != "repeated_row"]
            kids = [c for c in rec.children if any(p.row == c.number for p in bad)]
            if bad:
                plan.rejected.append((rec, kids, [problem_text(p) for p in bad]))
        plan.rows.append(row)
        if row.clean.get("id_number"):
            ids.add(row.clean["id_number"])
    report.ids_sha_count = len(ids)
    _match(session, plan)
    remarks: dict[tuple[str, int], list[str]] = {}
    for p in report.problems:
        if p.imported:
            remarks.setdefault((p.sheet, p.row), []).append(problem_text(p))
    for a in plan.actions:
        more = remarks.get((a.sheet, a.row)) if a.action != "problem" else None
        if more:
            a.detail = "；".join([a.detail, *more] if a.detail else more)
    return plan


def _check_row(rec: table.Record, problems: list[Problem], report: ImportReport) -> _Row | None:
    data: edit.HouseholdInput | None = None
    try:
        data = to_input(rec, problems)
        clean = data.clean()
    except _RowFailed as failed:
        p = failed.problem
        problems.append(p)
        if p.kind == "id_as_number" or p.field == v.field_label("id_number"):
            report.invalid_id += 1
        else:
            report.missing_name += int(p.field == v.field_label("name"))
        return None
    except ValidationError as exc:
        kind = {"id_number": "invalid_id", "name": "missing_name"}.get(exc.field, "invalid_value")
        if exc.field == "name" and data is not None and normalize(data.name):
            kind = "invalid_value"
        problems.append(Problem(rec.sheet, rec.number, exc.label, kind, exc.reason))
        if kind == "invalid_id":
            report.invalid_id += 1
        elif kind == "missing_name":
            report.missing_name += 1
        return None
    except (ArithmeticError, ValueError, TypeError, OverflowError):
        problems.append(
            Problem(
                rec.sheet,
                rec.number,
                "",
                "invalid_value",
                translate("Import", "cannot be read as a value"),
            )
        )
        return None
    members = []
    for child in rec.children:
        report.members_read += 1
        m = _member(child, problems)
        if m is not None:
            members.append(_Member(child, m))
    return _Row(rec, clean, members)


def _dedupe(
    row: _Row,
    seen: dict[tuple[str, ...], _Row],
    problems: list[Problem],
    report: ImportReport,
    plan: Plan,
) -> _Row | None:
    """The first row of a household counts; a repeat is imported once (reported if it differs)."""
    rec, clean = row.record, row.clean
    keys = _keys(clean)
    idn = clean.get("id_number")
    earlier = next(
        (
            seen[k]
            for k in keys
            if k in seen and (k[0] == "id" or not idn or not seen[k].clean.get("id_number"))
        ),
        None,
    )
    if earlier is None:
        for k in keys:
            seen.setdefault(k, row)
        return row
    first = earlier.record
    where = (
        translate("Import", "row %1").replace("%1", str(first.number))
        if first.sheet == rec.sheet
        else translate("Import", "sheet %1 row %2")
        .replace("%1", first.sheet)
        .replace("%2", str(first.number))
    )
    if (
        clean.get("id_number")
        and earlier.clean.get("id_number") == clean["id_number"]
        and earlier.clean["name"] != clean["name"]
    ):
        report.duplicate_id += 1
        problems.append(
            Problem(
                rec.sheet,
                rec.number,
                v.field_label("id_number"),
                "duplicate_id",
                translate("Import", "repeats the ID number of %1 with another name").replace(
                    "%1", where
                ),
            )
        )
        return None
    report.valid += 1
    report.unchanged += 1
    report.repeated += 1
    diff = _differences(earlier.clean, clean)
    detail = translate("Import", "the same household as %1; imported once").replace("%1", where)
    if diff:
        problems.append(
            Problem(
                rec.sheet,
                rec.number,
                "、".join(_label(k.removesuffix("_fen")) for k in diff),
                "repeated_row",
                translate(
                    "Import", "the same household as %1 with other details; the first is imported"
                ).replace("%1", where),
                True,
            )
        )
    plan.actions.append(RowAction(rec.sheet, rec.number, clean["name"], "repeated", detail))
    return None


class _Known:
    """The households this file may describe, fetched in a few queries, not one per row."""

    def __init__(self, session: Session, rows: list[dict[str, Any]]) -> None:
        self.session = session
        self.by_key: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        self._fetch(Household.id_number, {r["id_number"] for r in rows if r.get("id_number")})
        self._fetch(Household.register_no, {r["register_no"] for r in rows if r.get("register_no")})
        # names only for the rows the strong keys did not find (none, on a re-import)
        self._fetch(Household.name, {r["name"] for r in rows if self.match(r) is None})

    def _fetch(self, column: Any, wanted: set[str]) -> None:
        cols = [Household.__table__.c[k] for k in ("id", "id_number", "team_id", *UPDATABLE)]  # type: ignore[attr-defined]
        values = sorted(wanted)
        for chunk in chunked(values):
            stmt = (
                select(*cols)
                .where(Household.archived.is_(False), column.in_(chunk))
                .order_by(Household.created_at, Household.id)
            )
            for found in self.session.execute(stmt).mappings():
                d = dict(found)
                for k in _keys(d):
                    lst = self.by_key.setdefault(k, [])
                    if all(x["id"] != d["id"] for x in lst):
                        lst.append(d)

    def match(self, clean: dict[str, Any]) -> dict[str, Any] | None:
        """Same ID number, else same register number, else name + address or phone —
        never a household with another ID number."""
        idn = clean.get("id_number")
        for k in _keys(clean):
            for h in self.by_key.get(k, []):
                if k[0] == "id" or not idn or not h["id_number"]:
                    return h
        return None


def _match(session: Session, plan: Plan) -> None:
    report = plan.report
    known = _Known(session, [r.clean for r in plan.rows])
    for r in plan.rows:
        r.existing = known.match(r.clean)
    existing_members = _members_of(session, [r.existing["id"] for r in plan.rows if r.existing])
    for row in plan.rows:
        rec, clean, existing = row.record, row.clean, row.existing
        report.valid += 1
        if existing is None:
            clean.setdefault("team_id", plan.team_id)
            row.household_id = oplog.new_id()
            report.created += 1
            report.members += len(row.members)
            plan.actions.append(RowAction(rec.sheet, rec.number, clean["name"], "create"))
            continue
        row.household_id = existing["id"]
        changes = {
            k: clean[k]
            for k in UPDATABLE
            if k in clean and clean[k] not in (None, [], "") and clean[k] != existing[k]
        }
        if clean.get("id_number") and not existing["id_number"]:
            changes["id_number"] = clean["id_number"]
        if "left_hardship_on" in changes:  # the register says the household left hardship
            changes["status"] = "left_hardship"
        have = existing_members.get(existing["id"], [])
        fresh = []
        for m in row.members:
            old = next(
                (
                    x
                    for x in have
                    if (m.clean.get("id_number") and x["id_number"] == m.clean["id_number"])
                    or x["name"] == m.clean["name"]
                ),
                None,
            )
            if old is None:
                fresh.append(m)
                continue
            upd = {
                k: m.clean[k]
                for k in ("relation", "id_number")
                if m.clean.get(k) and m.clean[k] != old[k]
            }
            if upd:
                plan.updates.append((f"member:{old['id']}", upd))
                report.members_updated += 1
        row.members = fresh
        report.members += len(fresh)
        if changes:
            plan.updates.append((existing["id"], changes))
            report.updated += 1
            what = "、".join(_label(k.removesuffix("_fen")) for k in changes)
            plan.actions.append(RowAction(rec.sheet, rec.number, clean["name"], "update", what))
        else:
            report.unchanged += 1
            plan.actions.append(RowAction(rec.sheet, rec.number, clean["name"], "unchanged"))


def _members_of(session: Session, household_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for chunk in chunked(household_ids):
        stmt = select(
            Member.id, Member.household_id, Member.name, Member.id_number, Member.relation
        ).where(Member.archived.is_(False), Member.household_id.in_(chunk))
        for m in session.execute(stmt).mappings():
            out.setdefault(m["household_id"], []).append(dict(m))
    return out


# ---------------------------------------------------------------- writing


def apply_plan(session: Session, plan: Plan) -> ImportReport:
    """Record the plan's operations in the caller's unit of work."""
    report = plan.report
    ops_before = oplog.writer_of(session).seq
    creates: list[tuple[str, str, dict[str, Any], str | None]] = []
    member_creates: list[tuple[str, str, dict[str, Any], str | None]] = []
    for row in plan.rows:
        team = row.existing["team_id"] if row.existing and "team_id" in row.existing else None
        if row.existing is None:
            creates.append(("household", row.household_id, row.clean, row.clean["team_id"]))
            team = row.clean["team_id"]
        elif team is None:
            team = edit.get(session, row.household_id).team_id
        for m in row.members:
            member_creates.append(
                ("member", oplog.new_id(), {"household_id": row.household_id, **m.clean}, team)
            )
    oplog.create_many(session, creates, new_rows=True)
    for target, changes in plan.updates:
        if target.startswith("member:"):
            mid = target.removeprefix("member:")
            member = session.get(Member, mid)
            oplog.update(session, "member", mid, changes, team_id=_team_of(session, member))
        elif not edit.update_household(session, target, changes):
            report.updated -= 1
            report.unchanged += 1
    if member_creates:
        oplog.create_many(session, member_creates, new_rows=True)
    report.operations = oplog.writer_of(session).seq - ops_before
    return report


def _team_of(session: Session, member: Member | None) -> str | None:
    if member is None:
        return None
    hh = session.get(Household, member.household_id)
    return hh.team_id if hh else None


def import_register(
    session: Session,
    path: Path,
    *,
    dry_run: bool = False,
    mapping: table.Mapping | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Read, check and import one register file in the caller's unit of work.

    ``dry_run``: say what would happen and change nothing."""
    plan = plan_register(session, path, mapping=mapping, progress=progress)
    if dry_run:
        plan.report.dry_run = True
        return plan.report
    return apply_plan(session, plan)


def problem_text(p: Problem) -> str:
    return f"{p.field}：{p.reason}" if p.field else p.reason


def problem_line(p: Problem) -> str:
    return (
        translate("Import", "%1 row %2, %3: %4")
        .replace("%1", p.sheet)
        .replace("%2", str(p.row))
        .replace("%3", p.field)
        .replace("%4", p.reason)
    )


def sheet_line(s: SheetReport) -> str:
    status = translate("Import", "read") if s.status == "read" else translate("Import", "skipped")
    line = translate("Import", "Sheet %1: %2 (%3)").replace("%1", s.name).replace("%2", status)
    line = line.replace("%3", s.reason)
    if s.status == "read":
        line += translate("Import", ", %1 rows").replace("%1", str(s.rows))
    return line
