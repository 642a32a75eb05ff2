"""What the import preview imports: a household register, or a list of units.

The dialog (``ui.importing.dialog``) is the same for both: choose a file, see the
sheets, the columns and row by row what would happen, import, save the rows to fix.
What differs — how a file is planned and applied, the fields a column can be, what
changes, the words of the summary — is an :class:`ImportKind`. Each calls the same
Qt-free planner and applier as its command line (``fieldvisit import register``,
``fieldvisit units import``).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.orm import Session

from fieldvisit.i18n import translate
from fieldvisit.importing import headers, register
from fieldvisit.importing.register import RowAction, SheetReport
from fieldvisit.importing.table import Mapping, Record
from fieldvisit.units import importing as units

Progress = Any  # the runner's progress callback, or None


class ImportPlan(Protocol):
    """What every plan has: its sheets' headers and the rows it could not take."""

    headers: list[tuple[str, headers.Header]]
    rejected: list[tuple[Record, list[Record], list[str]]]


class ImportKind(Protocol):
    """The part of an import that depends on what is imported."""

    vocabulary: headers.Vocabulary
    changes: frozenset[str]  # what the page listens for after importing

    def plan(self, s: Session, path: Path, mapping: Mapping, progress: Progress) -> Any: ...
    def apply(self, s: Session, plan: Any) -> None: ...
    def remember(self, s: Session, layout_key: str, columns: dict[int, str]) -> None: ...
    def importable(self, plan: Any) -> bool: ...
    def actions(self, plan: Any) -> list[RowAction]: ...
    def sheets(self, plan: Any) -> list[SheetReport]: ...
    def field_names(self) -> dict[str, str]: ...
    def summary(self, plan: Any, done: bool) -> str: ...
    def text(self, key: str) -> str: ...


def field_names() -> dict[str, str]:
    """Each register field as the clerk knows it (the mapping's choices)."""
    return {
        "": translate("ImportDialog", "(not imported)"),
        "name": translate("ImportDialog", "Name"),
        "id_number": translate("ImportDialog", "ID number"),
        "phone": translate("ImportDialog", "Phone"),
        "address": translate("ImportDialog", "Address"),
        "register_no": translate("ImportDialog", "Register number"),
        "category": translate("ImportDialog", "Category"),
        "causes": translate("ImportDialog", "Hardship causes"),
        "monthly_income": translate("ImportDialog", "Monthly income"),
        "family_size": translate("ImportDialog", "Household size"),
        "workplace": translate("ImportDialog", "Workplace"),
        "district": translate("ImportDialog", "District"),
        "street": translate("ImportDialog", "Town or street"),
        "notes": translate("ImportDialog", "Notes"),
        "gender": translate("ImportDialog", "Gender"),
        "serial": translate("ImportDialog", "Serial number"),
        "birth_date": translate("ImportDialog", "Birth date"),
        "left_hardship_on": translate("ImportDialog", "Left hardship on"),
        "member_name": translate("ImportDialog", "Member: name"),
        "relation": translate("ImportDialog", "Member: relation"),
        "member_id_number": translate("ImportDialog", "Member: ID number"),
    }


def _fill(text: str, *values: object) -> str:
    for i, v in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(v))
    return text


class RegisterImport:
    """A household register (困难职工档案): households, their members, the ID checks."""

    vocabulary = headers.REGISTER
    changes = frozenset({"households", "settings"})

    def plan(self, s: Session, path: Path, mapping: Mapping, progress: Progress) -> Any:
        return register.plan_register(s, path, mapping=mapping, progress=progress)

    def apply(self, s: Session, plan: Any) -> None:
        register.apply_plan(s, plan)

    def remember(self, s: Session, layout_key: str, columns: dict[int, str]) -> None:
        register.remember_mapping(s, layout_key, columns)

    def importable(self, plan: Any) -> bool:
        return bool(plan.rows)

    def actions(self, plan: Any) -> list[RowAction]:
        return list(plan.actions)

    def sheets(self, plan: Any) -> list[SheetReport]:
        return list(plan.report.sheets)

    def field_names(self) -> dict[str, str]:
        return field_names()

    def summary(self, plan: Any, done: bool) -> str:
        r = plan.report
        if done:
            head = translate(
                "ImportDialog",
                "Imported: %1 new, %2 updated, %3 unchanged; %4 family members added. "
                "%5 rows not imported, %6 other remarks.",
            )
        else:
            head = translate(
                "ImportDialog",
                "Importing would make %1 new households, update %2 and leave %3 unchanged; "
                "%4 family members would be added. %5 rows cannot be imported, %6 other remarks.",
            )
        rejected = sum(1 for a in plan.actions if a.action == "problem")
        remarks = sum(1 for p in r.problems if p.imported)
        return _fill(head, r.created, r.updated, r.unchanged, r.members, rejected, remarks)

    def text(self, key: str) -> str:
        return {
            "name": translate("ImportDialog", "Name"),
            "title": translate("ImportDialog", "Import a register"),
            "choose": translate("ImportDialog", "Choose a register"),
            "filter": translate(
                "ImportDialog", "Registers (*.xlsx *.xls *.csv *.txt);;All files (*)"
            ),
            "reading": translate("ImportDialog", "Reading the register…"),
            "importing": translate("ImportDialog", "Importing the register…"),
            "prompt": translate(
                "ImportDialog",
                "Choose a register (.xlsx, .xls or .csv) to see what importing it would do.",
            ),
        }[key]


class UnitListImport:
    """A list of units (慰问单位名单): new units and edits, matched by code or name."""

    vocabulary = units.UNITS
    changes = frozenset({"units", "settings"})

    def plan(self, s: Session, path: Path, mapping: Mapping, progress: Progress) -> Any:
        return units.plan_units(s, path, mapping=mapping)

    def apply(self, s: Session, plan: Any) -> None:
        units.apply_plan(s, plan)

    def remember(self, s: Session, layout_key: str, columns: dict[int, str]) -> None:
        register.remember_mapping(s, layout_key, columns, units.MAPPING_SETTING)

    def importable(self, plan: Any) -> bool:
        return bool(plan.creates or plan.updates)

    def actions(self, plan: Any) -> list[RowAction]:
        """The rows; an edit says which fields change in the clerk's words, not ours."""
        out = []
        for a in plan.report.actions:
            if a.action == "update" and a.detail:
                a = replace(a, detail=units.changed_fields(a.detail))
            out.append(a)
        return out

    def sheets(self, plan: Any) -> list[SheetReport]:
        return list(plan.report.sheets)

    def field_names(self) -> dict[str, str]:
        return {"": translate("ImportDialog", "(not imported)"), **units.field_names()}

    def summary(self, plan: Any, done: bool) -> str:
        r = plan.report
        if done:
            head = translate(
                "UnitImport",
                "Imported: %1 new units, %2 updated, %3 unchanged. %4 rows not imported.",
            )
        else:
            head = translate(
                "UnitImport",
                "Importing would add %1 units, update %2 and leave %3 unchanged. "
                "%4 rows cannot be imported.",
            )
        return _fill(head, r.created, r.updated, r.unchanged, len(plan.rejected))

    def text(self, key: str) -> str:
        return {
            "name": translate("UnitImport", "Unit name"),
            "title": translate("UnitImport", "Import a unit list"),
            "choose": translate("UnitImport", "Choose a unit list"),
            "filter": translate(
                "UnitImport", "Unit lists (*.xlsx *.xls *.csv *.txt);;All files (*)"
            ),
            "reading": translate("UnitImport", "Reading the unit list…"),
            "importing": translate("UnitImport", "Importing the unit list…"),
            "prompt": translate(
                "UnitImport",
                "Choose a unit list (.xlsx, .xls or .csv) to see what importing it would do.",
            ),
        }[key]
