"""The units screen's import: the register's preview dialog on a unit list."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt
from sqlalchemy import select

from fieldvisit import i18n
from fieldvisit.store.models import Unit
from fieldvisit.store.replica import Replica
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.importing.dialog import ImportDialog
from fieldvisit.ui.importing.kinds import UnitListImport
from fieldvisit.ui.layout_check import clipped, english_words
from fieldvisit.ui.units.page import UnitsPage
from tests.importing.builders import op_count


def _unit_list(path: Path, workers: int = 36) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "西湖街道"
    ws.append(["序号", "单位名称", "单位类型", "联系电话", "职工人数"])
    ws.append([1, "城西供电所", "窗口", "0571-88000001", workers])
    ws.append([2, "东方建设工地", "工地", "0571-88000002", "很多"])  # not a number
    wb.save(path)
    return path


def _units(r: Replica) -> list[tuple[str, str, int | None]]:
    with r.reader() as s:
        return [(u.name, u.kind, u.workers) for u in s.execute(select(Unit)).scalars()]


def test_units_page_imports_a_list_through_the_preview(
    qtbot: Any, ctx: AppContext, replica: Replica, tmp_path: Path, monkeypatch: Any
) -> None:
    path = _unit_list(tmp_path / "单位名单.xlsx")
    page = UnitsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.list.rowCount() == 0
    opened: list[ImportDialog] = []
    monkeypatch.setattr(ImportDialog, "open", lambda self: opened.append(self))
    qtbot.mouseClick(page.import_list, Qt.MouseButton.LeftButton)
    (dlg,) = opened
    assert isinstance(dlg.kind, UnitListImport)
    assert dlg.windowTitle() == "Import a unit list"

    ops = op_count(replica)
    dlg.load(path)
    rows = [(a.row, a.name, a.action) for a in dlg.actions_model.rows]
    assert rows == [(3, "东方建设工地", "problem"), (2, "城西供电所", "create")]
    why = dlg.actions_model.index(0, 4).data()
    assert "number of workers" in why and "很多" in why
    assert "add 1 units" in dlg.summary.text() and "1 rows cannot" in dlg.summary.text()
    columns = {
        dlg.columns.item(r, 1).text(): dlg.columns.cellWidget(r, 2).currentText()  # type: ignore[union-attr]
        for r in range(dlg.columns.rowCount())
    }
    assert columns["单位名称"] == "Unit name" and columns["职工人数"] == "Number of workers"
    assert op_count(replica) == ops and _units(replica) == []  # a preview changes nothing

    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert _units(replica) == [("城西供电所", "窗口单位", 36)]
    assert "Imported: 1 new units" in dlg.summary.text()
    page.refresh()
    assert [page.list.item(r, 0).text() for r in range(page.list.rowCount())] == ["城西供电所"]

    assert dlg.save_button.isEnabled()
    fix = tmp_path / "fix.xlsx"
    dlg.save_problems(fix)
    got = [[c.value for c in r] for r in openpyxl.load_workbook(fix).worksheets[0].iter_rows()]
    assert got[0][:4] == ["单位名称", "单位类型", "联系电话", "职工人数"]
    assert got[1][:4] == ["东方建设工地", "工地", "0571-88000002", "很多"]

    # the same file again: nothing new, the bad row still refused
    again = ImportDialog(ctx, kind=UnitListImport())
    qtbot.addWidget(again)
    again.load(path)
    assert again.plan.report.unchanged == 1 and not again.import_button.isEnabled()
    # a changed row is an edit, said in the clerk's words
    again.load(_unit_list(tmp_path / "新名单.xlsx", workers=40))
    edit = [(a.name, a.action, a.detail) for a in again.actions_model.rows if a.row == 2]
    assert edit == [("城西供电所", "update", "Number of workers")]
    assert again.actions_model.headerData(2, Qt.Orientation.Horizontal) == "Unit name"


def test_cancel_changes_nothing(
    qtbot: Any, ctx: AppContext, replica: Replica, tmp_path: Path
) -> None:
    dlg = ImportDialog(ctx, kind=UnitListImport())
    qtbot.addWidget(dlg)
    dlg.load(_unit_list(tmp_path / "list.xlsx"))
    dlg.close_button.click()
    assert _units(replica) == []


def test_the_dialog_in_chinese(
    qtbot: Any, ctx: AppContext, tmp_path: Path, compiled_translations: None
) -> None:
    i18n.install("zh_CN")
    dlg = ImportDialog(ctx, kind=UnitListImport())
    qtbot.addWidget(dlg)
    dlg.load(_unit_list(tmp_path / "list.xlsx"))
    dlg.show()
    qtbot.waitExposed(dlg)
    assert not clipped(dlg) and not english_words(dlg)
    shot = os.environ.get("FIELDVISIT_SHOT")  # where to look at it by eye
    if shot:
        dlg.grab().save(shot)
