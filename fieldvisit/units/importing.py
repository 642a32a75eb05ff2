"""Importing a list of units (慰问单位名单) from Excel or CSV.

Reads with the register importer's workbook reader (xlsx, xls, CSV in any of the
encodings offices save), finds the header row by the wordings below, and takes every
row on its own: a bad cell fails its row with a reason, never the file. Importing the
same file again changes nothing: a row matches an existing unit by its code, else by
name and address; a changed row becomes an edit.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.importing import workbook
from fieldvisit.importing.headers import clean_header
from fieldvisit.store.models import Unit
from fieldvisit.text import normalize
from fieldvisit.units.registry import KINDS, UnitInput, create_unit, update_unit

#: Field -> the wordings unit lists use for it (Simplified; Traditional is converted first).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("单位名称", "单位", "站点名称", "慰问单位", "企业名称", "名称", "慰问点", "站点"),
    "code": ("单位编码", "编码", "统一社会信用代码", "单位代码", "编号"),
    "kind": ("单位类型", "类型", "类别", "站点类型"),
    "address": ("地址", "单位地址", "详细地址", "所在地"),
    "district": ("街道", "所属街道", "镇街", "区域", "所属区域", "乡镇"),
    "contact_name": ("联系人", "负责人", "联系人姓名"),
    "contact_phone": ("联系电话", "电话", "手机", "联系方式", "手机号码"),
    "workers": ("职工人数", "人数", "职工数", "员工人数", "在岗人数"),
    "notes": ("备注", "说明"),
}
_LOOKUP = {w: f for f, words in SYNONYMS.items() for w in words}
#: Wordings offices use for kinds, mapped to ours.
_KIND_WORDS = {"窗口": "窗口单位", "工地": "工地/车间", "车间": "工地/车间", "防疫点": "防控点"}


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

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _header(rows: list[tuple[int, list[Any]]]) -> tuple[int, dict[int, str]]:
    for idx, (_n, cells) in enumerate(rows[:30]):
        cols: dict[int, str] = {}
        for col, cell in enumerate(cells):
            fld = _LOOKUP.get(clean_header(cell))
            if fld and fld not in cols.values():
                cols[col] = fld
        if "name" in cols.values() and len(cols) >= 2:
            return idx, cols
    return -1, {}


def _kind(value: str | None) -> str:
    text = normalize(value or "")
    if text in KINDS:
        return text
    for word, kind in _KIND_WORDS.items():
        if word in text:
            return kind
    return "其他" if text else "企业"


def _workers(value: Any) -> int | None:
    if value is None or value == "":
        return None
    text = normalize(str(value)).replace(",", "").removesuffix("人")
    try:
        number = float(text)
    except ValueError:
        raise FieldVisitError(
            translate("Units", "number of workers: %1 is not a number").replace("%1", str(value))
        ) from None
    if number != int(number) or not 0 <= number <= 1_000_000:
        raise FieldVisitError(
            translate("Units", "number of workers: %1 is not plausible").replace("%1", str(value))
        )
    return int(number)


def import_units(session: Session, path: Path, *, dry_run: bool = False) -> UnitImportReport:
    """Create or update units from a file; with ``dry_run`` the caller rolls back."""
    report = UnitImportReport(path.name)
    known = list(session.execute(select(Unit).where(Unit.archived.is_(False))).scalars())
    by_code = {u.code: u for u in known if u.code}
    by_name = {(u.name, u.address or ""): u for u in known}
    for sheet in workbook.read(path):
        start, cols = _header(sheet.rows)
        if start < 0:
            continue
        for number, cells in sheet.rows[start + 1 :]:
            values = {
                fld: workbook.as_text(cells[c]) if c < len(cells) else "" for c, fld in cols.items()
            }
            if not any(values.values()):
                continue
            first = next((normalize(workbook.as_text(c)) for c in cells if c not in (None, "")), "")
            if first.replace(" ", "").startswith(("合计", "总计", "小计", "制表", "审核")):
                continue
            report.rows_total += 1
            try:
                data = UnitInput(
                    name=values.get("name") or "",
                    kind=_kind(values.get("kind")),
                    code=values.get("code") or None,
                    address=values.get("address") or None,
                    district=values.get("district") or None,
                    contact_name=values.get("contact_name") or None,
                    contact_phone=values.get("contact_phone") or None,
                    workers=_workers(values.get("workers")),
                    notes=values.get("notes") or None,
                )
                clean = data.clean()
            except FieldVisitError as exc:
                report.problems.append(UnitProblem(sheet.name, number, str(exc)))
                continue
            match = by_code.get(clean["code"]) if clean["code"] else None
            match = match or by_name.get((clean["name"], clean["address"] or ""))
            if match is None:
                uid = create_unit(session, data)
                unit = session.get(Unit, uid)
                assert unit is not None
                if unit.code:
                    by_code[unit.code] = unit
                by_name[(unit.name, unit.address or "")] = unit
                report.created += 1
                continue
            changes = {
                k: clean[k]
                for k in (
                    "code",
                    "kind",
                    "address",
                    "district",
                    "contact_name",
                    "contact_phone",
                    "workers",
                    "notes",
                )
                if clean[k] is not None and getattr(match, k) != clean[k]
            }
            if changes and update_unit(session, match.id, changes):
                report.updated += 1
            else:
                report.unchanged += 1
    if dry_run:
        session.rollback()
    return report
