"""Unit lists read by the registers' importer: wordings, many sheets, error cells, a preview
(--dry-run) and the rows to fix written back as a workbook that imports again."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from fieldvisit.cli import main
from fieldvisit.store.models import Unit
from fieldvisit.store.replica import Replica
from fieldvisit.units import registry
from fieldvisit.units.importing import import_units, read_file


def _units(r: Replica) -> dict[str, Unit]:
    with r.reader() as s:
        rows = list(s.execute(select(Unit)).scalars())
        s.expunge_all()
    return {u.name: u for u in rows}


def _workbook(path: Path) -> Path:
    """A county's list as offices keep it: a title, a sheet per 街道, a 汇总 sheet repeating
    the rows, a hidden sheet of last year's list, Traditional and keyword wordings."""
    wb = openpyxl.Workbook()
    east = wb.active
    assert east is not None
    east.title = "东街道"
    east.append(["2026年夏送清凉慰问点名单"])
    east.append(["填报单位：东街道总工会", None, None, "填报日期：2026-06-20"])
    east.append(["序号", "慰问单位名称", "單位類型", "联系人手机", "在岗职工数（人）", "單位地址"])
    east.append([1, "城东供电所", "窗口", "13812345678", 9, "建设路1号"])
    east.append([2, "三号线地铁工地", "工地", "13912345678", "871人", "地铁路2号"])
    east.append([3, "城东医院", "医院", "#N/A", 300, "医院路3号"])  # a broken lookup
    east.append(["合计", None, None, None, 1180])
    west = wb.create_sheet("西街道")
    west.append(["慰问单位名称", "联系人手机", "在岗职工数（人）", "單位地址"])
    west.append(["西城水厂", "13712345678", 40, "水厂路4号"])
    west.append(["城东供电所", "13812345678", 9, "建设路1号"])  # the same unit again
    west.append(["制表人：王明", None, "审核人：李强"])
    total = wb.create_sheet("汇总")
    total.append(["慰问单位名称", "在岗职工数（人）"])
    total.append(["城东供电所", 8])  # a stale copy
    old = wb.create_sheet("2025年名单")
    old.append(["慰问单位名称", "在岗职工数（人）"])
    old.append(["已撤销的站点", 3])
    old.sheet_state = "hidden"
    wb.save(path)
    return path


def test_a_countys_workbook_is_read_like_a_register(replica: Replica, tmp_path: Path) -> None:
    path = _workbook(tmp_path / "慰问单位名单.xlsx")
    tab = read_file(path)
    status = {s.name: (s.status, s.reason_kind) for s in tab.sheets}
    assert status == {
        "东街道": ("read", "register"),
        "西街道": ("read", "register"),
        "汇总": ("skipped", "summary"),
        "2025年名单": ("skipped", "hidden"),
    }
    with replica.session() as s:
        rep = import_units(s, path)
    assert (rep.rows_total, rep.created, rep.updated, rep.unchanged) == (5, 3, 0, 0)
    problems = {(p.sheet, p.row): p.reason for p in rep.problems}
    assert "#N/A" in problems[("东街道", 6)]
    assert "row 4" in problems[("西街道", 3)]  # repeated in the file, not imported twice
    units = _units(replica)
    assert set(units) == {"城东供电所", "三号线地铁工地", "西城水厂"}
    assert units["三号线地铁工地"].workers == 871
    assert units["三号线地铁工地"].kind == "工地/车间"
    assert units["城东供电所"].contact_phone == "13812345678"
    assert units["西城水厂"].address == "水厂路4号"
    with replica.session() as s:
        again = import_units(s, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


def test_dry_run_previews_and_changes_nothing(
    replica: Replica, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _workbook(tmp_path / "units.xlsx")
    with replica.session() as s:
        registry.create_unit(
            s, registry.UnitInput(name="西城水厂", address="水厂路4号", workers=35)
        )
    base = ["--data-dir", str(replica.base), "units", "import", str(path)]
    assert main([*base, "--dry-run", "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["dry_run"] is True
    actions = {(a["name"], a["action"]) for a in got["actions"]}
    assert ("城东供电所", "create") in actions and ("西城水厂", "update") in actions
    assert ("城东医院", "problem") in actions and ("城东供电所", "repeated") in actions
    with replica.reader() as s:
        assert s.execute(select(func.count()).select_from(Unit)).scalar() == 1
        assert s.execute(select(Unit.workers)).scalar() == 35
    assert main([*base, "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert "汇总" in text and "Dry run" in text
    # an edit names the fields that change in the clerk's words, not the program's
    (update,) = [line for line in text.splitlines() if "西城水厂" in line and ":" in line]
    assert "Number of workers" in update and "workers" not in update.replace("of workers", "")


def test_rows_to_fix_are_written_and_import_once_fixed(
    replica: Replica, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _workbook(tmp_path / "units.xlsx")
    fix = tmp_path / "待修改.xlsx"
    base = ["--data-dir", str(replica.base), "units", "import"]
    assert main([*base, str(path), "--rows-to-fix", str(fix), "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["rows_to_fix"] == {"file": str(fix), "rows": 2}
    ws = openpyxl.load_workbook(fix).active
    assert ws is not None
    head = [c.value for c in ws[1]]
    assert head[-2:] == ["原表位置", "问题说明"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    hospital = next(r for r in rows if r[head.index("慰问单位名称")] == "城东医院")
    assert hospital[head.index("联系人手机")] == "#N/A"
    assert ws.cell(rows.index(hospital) + 2, head.index("联系人手机") + 1).number_format == "@"
    # the clerk types the phone number in and imports the file again
    wb = openpyxl.load_workbook(fix)
    sheet = wb.active
    assert sheet is not None
    sheet.cell(rows.index(hospital) + 2, head.index("联系人手机") + 1, "13612345678")
    wb.save(fix)
    assert main([*base, str(fix), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["created"] == 1  # the hospital; the repeated row matches the unit made
    assert _units(replica)["城东医院"].contact_phone == "13612345678"
    assert main([*base, str(path), "--rows-to-fix", str(tmp_path / "x.csv")]) == 2
