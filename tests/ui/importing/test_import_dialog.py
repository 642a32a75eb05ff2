"""The import preview: sheets, columns (editable, remembered), rows, import, rows to fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from sqlalchemy import func, select

from fieldvisit.store.models import Household
from fieldvisit.store.replica import Replica
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.importing.dialog import ImportDialog
from tests.importing.builders import make_id, op_count


def _register(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "西湖街道"
    ws.append(["序号", "姓名", "证件", "联系电话", "家庭住址"])  # 证件: not a known wording
    rows: list[list[Any]] = [
        [1, "甲", make_id(serial="801"), "13800000001", "一路"],
        [2, "乙", make_id(serial="802"), "12345", "二路"],  # bad phone
        [3, None, make_id(serial="803"), None, "三路"],  # no name
        [4, "丁", float(make_id(serial="804")[:17] + "0"), None, "四路"],  # ID as a number
    ]
    for r in rows:
        ws.append(r)
    total = wb.create_sheet("汇总")
    total.append(["姓名", "身份证号"])
    total.append(["旧", make_id(serial="809")])
    wb.save(path)
    return path


def _count(r: Replica) -> int:
    with r.reader() as s:
        return int(s.execute(select(func.count()).select_from(Household)).scalar() or 0)


def _combo(dlg: ImportDialog, label: str) -> QComboBox:
    for r in range(dlg.columns.rowCount()):
        item = dlg.columns.item(r, 1)
        if item is not None and item.text() == label:
            w = dlg.columns.cellWidget(r, 2)
            assert isinstance(w, QComboBox)
            return w
    raise AssertionError(label)


def test_preview_map_import_and_rows_to_fix(
    qtbot: Any, ctx: AppContext, replica: Replica, tmp_path: Path
) -> None:
    path = _register(tmp_path / "reg.xlsx")
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    ops = op_count(replica)
    dlg.load(path)
    # sheets found, read or skipped and why
    sheets = [
        [dlg.sheets.item(r, c).text() for c in range(3)] for r in range(dlg.sheets.rowCount())
    ]
    assert sheets == [["西湖街道", "read", "4"], ["汇总", "skipped", ""]]
    assert "summary" in dlg.sheets.item(1, 3).text()
    # 证件 is not understood: the rows have no ID number yet
    assert _combo(dlg, "证件").currentData() == ""
    assert dlg.plan is not None and dlg.plan.report.created == 3
    # the clerk says 证件 is the ID number: the preview follows
    combo = _combo(dlg, "证件")
    combo.setCurrentIndex(combo.findData("id_number"))
    report = dlg.plan.report
    assert (report.created, report.invalid_id, report.missing_name) == (2, 1, 1)
    actions = [(a.row, a.action) for a in dlg.actions_model.rows]
    assert actions == [(4, "problem"), (5, "problem"), (2, "create"), (3, "create")]
    assert "2 new households" in dlg.summary.text()
    assert op_count(replica) == ops and _count(replica) == 0  # a preview changes nothing
    # import
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert _count(replica) == 2
    assert "Imported: 2 new" in dlg.summary.text()
    assert dlg.save_button.isEnabled()
    out = tmp_path / "fix.xlsx"
    dlg.save_problems(out)
    got = [[c.value for c in r] for r in openpyxl.load_workbook(out).worksheets[0].iter_rows()]
    assert [g[:2] for g in got] == [
        ["姓名", "身份证号"],  # a wording that reads back without the clerk's mapping
        ["乙", make_id(serial="802")],
        [None, make_id(serial="803")],
        ["丁", "3.30106E+17"],
    ]
    # the mapping is remembered for this header layout
    again = ImportDialog(ctx)
    qtbot.addWidget(again)
    again.load(path)
    assert _combo(again, "证件").currentData() == "id_number"
    assert again.plan is not None and again.plan.report.unchanged == 2


def test_a_file_that_is_not_a_register(qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("不是表格", "utf-8")
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.load(path)
    assert "not an Excel workbook" in dlg.summary.text()
    assert not dlg.import_button.isEnabled()
