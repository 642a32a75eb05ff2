"""Importing a list of units (慰问单位名单) from Excel or CSV, on the registers' importer.

The generic reader (``importing.workbook`` → ``importing.table`` with the units'
:data:`UNITS` vocabulary) gives unit lists what household registers have: header
wordings in any order, script or bracket; a sheet per 街道 with hidden, summary and
instruction sheets skipped with a reason; totals and signature lines skipped; Excel
error cells (#N/A, #REF!) reported, never read as data. Every row is taken on its own:
a bad cell fails its row with a reason, never the file, and the rows that failed can be
written to a workbook the clerk fixes and imports again (``importing.problem_rows``).

Importing is planned first (:func:`plan_units`, nothing written: what ``--dry-run`` and a
preview show), then applied. Importing the same file again changes nothing: a row
matches an existing unit by its code, else by name and address; a changed row becomes
an edit; a row repeated in the file is reported, not imported twice.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.importing import cells, headers, table, workbook
from fieldvisit.importing.register import RowAction, SheetReport, saved_mappings
from fieldvisit.store.models import Unit
from fieldvisit.text import normalize
from fieldvisit.units.registry import KINDS, UnitInput, create_unit, update_unit

# THE table of unit list wordings (Simplified; Traditional is converted first).
UNITS = headers.Vocabulary(
    synonyms={
        "name": ("单位名称", "单位", "站点名称", "慰问单位", "企业名称", "名称", "慰问点", "站点"),
        "code": ("单位编码", "编码", "统一社会信用代码", "单位代码", "编号", "信用代码"),
        "kind": ("单位类型", "类型", "类别", "站点类型", "单位性质"),
        "address": ("地址", "单位地址", "详细地址", "所在地", "办公地址"),
        "district": ("街道", "所属街道", "镇街", "区域", "所属区域", "乡镇", "所属区县"),
        "contact_name": ("联系人", "负责人", "联系人姓名", "工会主席"),
        "contact_phone": ("联系电话", "电话", "手机", "联系方式", "手机号码"),
        "workers": ("职工人数", "人数", "职工数", "员工人数", "在岗人数", "职工总数"),
        "notes": ("备注", "说明"),
        "serial": ("序号", "序"),
    },
    keywords=(
        ("contact_phone", r"(电话|手机|联系方式)"),
        ("contact_name", r"(联系人|负责人)"),
        ("code", r"(编码|代码)$"),
        ("workers", r"(职工|员工|在岗|人数)"),
        ("name", r"(单位|企业|站点|慰问点).*名称$"),
        ("address", r"地址$"),
        ("kind", r"(类型|类别|性质)$"),
        ("district", r"(街道|区县|镇街|区域)$"),
    ),
    identifying=frozenset({"name"}),
    ignored=frozenset({"serial"}),
)
#: Wordings offices use for kinds, mapped to ours.
_KIND_WORDS = {"窗口": "窗口单位", "工地": "工地/车间", "车间": "工地/车间", "防疫点": "防控点"}
#: Where the column choices made in the import preview are remembered (replica settings).
MAPPING_SETTING = "import.units.mappings"
_FIELDS = ("name", "code", "kind", "address", "district", "contact_name", "contact_phone")
_UPDATABLE = (
    "code",
    "kind",
    "address",
    "district",
    "contact_name",
    "contact_phone",
    "workers",
    "notes",
)


@dataclass
class UnitProblem:
    sheet: str
    row: int
    reason: str


@dataclass
class UnitImportReport:
    file: str
    rows_total: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[UnitProblem] = field(default_factory=list)
    sheets: list[SheetReport] = field(default_factory=list)
    actions: list[RowAction] = field(default_factory=list)  # the preview, row by row
    dry_run: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class UnitPlan:
    """Everything an import will do, computed without writing."""

    report: UnitImportReport
    creates: list[UnitInput] = field(default_factory=list)
    updates: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    headers: list[tuple[str, headers.Header]] = field(default_factory=list)
    #: rows to give back to the clerk (``importing.problem_rows.write``)
    rejected: list[tuple[table.Record, list[table.Record], list[str]]] = field(default_factory=list)


def _kind(value: str | None) -> str:
    text = normalize(value or "")
    if text in KINDS:
        return text
    for word, kind in _KIND_WORDS.items():
        if word in text:
            return kind
    return "其他" if text else "企业"


def _workers(value: Any) -> int | None:
    text = cells.as_text(value).replace(",", "").removesuffix("人").strip()
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise FieldVisitError(
            translate("Units", "number of workers: %1 is not a number").replace("%1", text)
        ) from None
    if number != int(number) or not 0 <= number <= 1_000_000:
        raise FieldVisitError(
            translate("Units", "number of workers: %1 is not plausible").replace("%1", text)
        )
    return int(number)


def _input(rec: table.Record) -> UnitInput:
    """The row as a unit; raises FieldVisitError (with the column) on a cell it cannot take."""
    texts: dict[str, str] = {}
    for fld in (*_FIELDS, "notes"):
        try:
            texts[fld] = cells.as_text(rec.values.get(fld))
        except cells.CellError as exc:
            raise FieldVisitError(
                translate("Units", "%1: the cell holds the Excel error %2, not data")
                .replace("%1", UNITS.synonyms[fld][0])
                .replace("%2", exc.detail)
            ) from None
    try:
        workers = _workers(rec.values.get("workers"))
    except cells.CellError as exc:
        raise FieldVisitError(
            translate("Units", "%1: the cell holds the Excel error %2, not data")
            .replace("%1", UNITS.synonyms["workers"][0])
            .replace("%2", exc.detail)
        ) from None
    return UnitInput(
        name=texts["name"],
        kind=_kind(texts["kind"]),
        code=texts["code"] or None,
        address=texts["address"] or None,
        district=texts["district"] or None,
        contact_name=texts["contact_name"] or None,
        contact_phone=texts["contact_phone"] or None,
        workers=workers,
        notes=texts["notes"] or None,
    )


def read_file(path: Path, mapping: table.Mapping | None = None) -> table.Table:
    """The file's unit rows; refuses a file where no sheet has a unit list header.

    ``mapping`` says, per header layout, what columns hold where the wording did not."""
    tab = table.read_records(workbook.read(path), UNITS, mapping)
    if not any(s.status == "read" for s in tab.sheets):
        raise FieldVisitError(
            translate(
                "Units",
                "No unit list header found in %1: the first rows must name columns such as "
                "单位名称 and 联系电话.",
            ).replace("%1", path.name)
        )
    return tab


def plan_units(session: Session, path: Path, *, mapping: table.Mapping | None = None) -> UnitPlan:
    """What importing ``path`` would do: new units, edits, unchanged rows and problems.

    ``mapping`` overrides what columns hold, on top of the choices remembered from the
    import preview."""
    tab = read_file(path, {**saved_mappings(session, MAPPING_SETTING), **(mapping or {})})
    plan = UnitPlan(UnitImportReport(path.name))
    report = plan.report
    report.sheets = [
        SheetReport(s.name, s.status, s.reason_kind, s.reason, s.rows) for s in tab.sheets
    ]
    plan.headers = [(s.name, s.header) for s in tab.sheets if s.status == "read" and s.header]
    known = list(session.execute(select(Unit).where(Unit.archived.is_(False))).scalars())
    by_code = {u.code: u for u in known if u.code}
    by_name = {(u.name, u.address or ""): u for u in known}
    in_file: dict[tuple[str, str], int] = {}

    def reject(rec: table.Record, reason: str, name: str = "") -> None:
        report.problems.append(UnitProblem(rec.sheet, rec.number, reason))
        report.actions.append(RowAction(rec.sheet, rec.number, name, "problem", reason))
        plan.rejected.append((rec, [], [reason]))

    for rec in tab.records:
        report.rows_total += 1
        try:
            data = _input(rec)
            clean = data.clean()
        except FieldVisitError as exc:
            reject(rec, str(exc), cells.safe_text(rec.values.get("name")))
            continue
        keys = [("code", clean["code"])] if clean["code"] else []
        keys.append(("name", f"{clean['name']}\x1f{clean['address'] or ''}"))
        first = next((in_file[k] for k in keys if k in in_file), None)
        if first is not None:
            reason = translate("Units", "the same unit as row %1 of the file").replace(
                "%1", str(first)
            )
            report.problems.append(UnitProblem(rec.sheet, rec.number, reason))
            report.actions.append(
                RowAction(rec.sheet, rec.number, clean["name"], "repeated", reason)
            )
            plan.rejected.append((rec, [], [reason]))
            continue
        for k in keys:
            in_file[k] = rec.number
        match = by_code.get(clean["code"]) if clean["code"] else None
        match = match or by_name.get((clean["name"], clean["address"] or ""))
        if match is None:
            plan.creates.append(data)
            report.created += 1
            report.actions.append(RowAction(rec.sheet, rec.number, clean["name"], "create"))
            continue
        changes = {
            k: clean[k]
            for k in _UPDATABLE
            if clean[k] is not None and getattr(match, k) != clean[k]
        }
        if changes:
            plan.updates.append((match.id, changes))
            report.updated += 1
            report.actions.append(
                RowAction(rec.sheet, rec.number, clean["name"], "update", "、".join(changes))
            )
        else:
            report.unchanged += 1
            report.actions.append(RowAction(rec.sheet, rec.number, clean["name"], "unchanged"))
    return plan


def field_names() -> dict[str, str]:
    """A unit list's fields in the clerk's words (the preview, the CLI's dry run)."""
    return {
        "name": translate("UnitImport", "Unit name"),
        "code": translate("UnitImport", "Unit code"),
        "kind": translate("UnitImport", "Unit kind"),
        "address": translate("UnitImport", "Address"),
        "district": translate("UnitImport", "District"),
        "contact_name": translate("UnitImport", "Contact person"),
        "contact_phone": translate("UnitImport", "Contact phone"),
        "workers": translate("UnitImport", "Number of workers"),
        "notes": translate("UnitImport", "Notes"),
        "serial": translate("UnitImport", "Serial number"),
    }


def changed_fields(detail: str) -> str:
    """An update's detail (field keys joined by 、) in the clerk's words."""
    names = field_names()
    return "、".join(names.get(f, f) for f in detail.split("、")) if detail else detail


def apply_plan(session: Session, plan: UnitPlan) -> UnitImportReport:
    """Write what :func:`plan_units` found, in the caller's unit of work."""
    for data in plan.creates:
        create_unit(session, data)
    for unit_id, changes in plan.updates:
        if not update_unit(session, unit_id, changes):
            plan.report.updated -= 1
            plan.report.unchanged += 1
    return plan.report


def import_units(session: Session, path: Path, *, dry_run: bool = False) -> UnitImportReport:
    """Create or update units from a file; ``dry_run`` says what would happen, writes nothing."""
    plan = plan_units(session, path)
    if dry_run:
        plan.report.dry_run = True
        return plan.report
    return apply_plan(session, plan)
