"""The office workspace on a diverged world: settle a conflict, merge, dismiss, void, accept, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select

from fieldvisit.store.models import Household, Payment
from fieldvisit.ui.office import OfficeWorkspace
from tests.reports.conftest import World, ship


def _workspace(qtbot: Any, make_ctx: Any, world: World) -> OfficeWorkspace:
    ctx = make_ctx(world.office)
    ws = OfficeWorkspace(ctx)
    qtbot.addWidget(ws)
    ws.resize(1200, 760)
    ws.show()
    ws.ask_reason = lambda *_a: "核实后处理"
    ws.confirm_merge = lambda *_a: ""
    return ws


def test_conflict_side_by_side_then_keep_one(qtbot: Any, make_ctx: Any, world: World) -> None:
    ws = _workspace(qtbot, make_ctx, world)
    assert ws.tabs.currentWidget() is ws.conflicts
    shown = {ws.conflicts.sides[i][1].text() for i in range(2)}
    assert shown == {"13911111111", "13922222222"}
    who = " ".join(ws.conflicts.sides[i][2].text() for i in range(2))
    assert "HZ01" in who and "HZ02" in who
    i = next(i for i in range(2) if ws.conflicts.sides[i][1].text() == "13922222222")
    ws.conflicts.sides[i][3].click()
    assert ws.conflicts.grid() is not None and ws.conflicts.grid().rowCount() == 0
    ship(world.office, world.a)
    with world.a.reader() as s:
        assert s.get(Household, world.liu).phone == "13922222222"


def test_duplicates_merge_and_dismiss(qtbot: Any, make_ctx: Any, world: World) -> None:
    ws = _workspace(qtbot, make_ctx, world)
    ws.tabs.setCurrentWidget(ws.duplicates)
    grid = ws.duplicates.grid()
    assert grid is not None and grid.rowCount() == 2
    first = ws.duplicates.current()
    assert first is not None and {first.a.name, first.b.name} == {"张晓明", "張曉明"}
    assert ws.duplicates.values[0]["phone"].text() == ws.duplicates.values[1]["phone"].text()
    ws.duplicates.keep_a.click()
    grid = ws.duplicates.grid()
    assert grid is not None and grid.rowCount() == 1
    ws.duplicates.dismiss.click()
    grid = ws.duplicates.grid()
    assert grid is not None and grid.rowCount() == 0
    ship(world.office, world.b)
    with world.b.reader() as s:
        assert s.get(Household, first.b.id).merged_into == first.a.id


def test_findings_void_and_accept_with_reason(qtbot: Any, make_ctx: Any, world: World) -> None:
    ws = _workspace(qtbot, make_ctx, world)
    ws.tabs.setCurrentWidget(ws.findings)
    grid = ws.findings.grid()
    assert grid is not None and grid.rowCount() == 3
    ws.ask_reason = lambda *_a: None  # cancelled: nothing happens
    ws.findings.void_button.click()
    assert ws.findings.grid().rowCount() == 3  # type: ignore[union-attr]
    ws.ask_reason = lambda *_a: "重复发放，已追回"
    double = ws.findings.current()
    assert double is not None and double.kind == "double"
    ws.findings.payments.selectRow(
        next(
            r
            for r in range(ws.findings.payments.rowCount())
            if ws.findings.payments.item(r, 0).data(0x0100) == world.pay_b
        )
    )
    ws.findings.void_button.click()
    assert [f.kind for f in ws.findings.findings.values()] == ["over_standard"]
    ws.findings.accept_button.click()
    assert ws.findings.findings == {}
    with world.office.reader() as s:
        assert (
            s.execute(select(Payment).where(Payment.reverses_id == world.pay_b)).scalar_one().reason
        )


def test_budget_tab_and_excel_export(
    qtbot: Any, make_ctx: Any, world: World, tmp_path: Path
) -> None:
    ws = _workspace(qtbot, make_ctx, world)
    budget = next(t for t in ws.reports if t.kind == "budget")
    ws.tabs.setCurrentWidget(budget)
    assert budget.note.text().startswith("1 campaign, 1 over budget")
    grid = budget.grid()
    assert grid is not None and grid.item(0, 5).text() == "¥1,800.00"
    ws.ask_save_path = lambda suffix, name: tmp_path / f"{name}{suffix}"
    ws.excel_button.click()
    assert load_workbook(tmp_path / "budget.xlsx")["Budget use"]["F6"].value == 1800
    ws.dashboard_button.click()
    assert (tmp_path / "dashboard.pdf").read_bytes()[:4] == b"%PDF"
    assert "dashboard.pdf" in ws.status.text()


def test_arrow_keys_move_the_side_by_side_view(qtbot: Any, make_ctx: Any, world: World) -> None:
    from PySide6.QtCore import Qt

    ws = _workspace(qtbot, make_ctx, world)
    ws.tabs.setCurrentWidget(ws.duplicates)
    grid = ws.duplicates.grid()
    assert grid is not None and grid.rowCount() == 2
    grid.setFocus()
    names = set()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
        qtbot.keyClick(grid, key)
        pair = ws.duplicates.current()
        assert pair is not None
        # What the panel shows is the row the arrow moved to, not the one it left.
        assert ws.duplicates.values[0]["name"].text() == pair.a.name
        names.add(pair.a.name)
    assert len(names) == 2


def test_exports_suggest_file_names_in_the_users_language(
    qtbot: Any, make_ctx: Any, world: World, tmp_path: Path, compiled_translations: None
) -> None:
    """Not "payments-check.xlsx" in a Chinese interface: the report's own title."""
    ws = _workspace(qtbot, make_ctx, world)
    ws.ctx.set_language("zh_CN")
    qtbot.waitUntil(lambda: ws.tabs.tabText(0) != "Conflicts")  # LanguageChange is posted
    asked: list[str] = []
    ws.ask_save_path = lambda suffix, name: asked.append(name + suffix)
    ws.tabs.setCurrentWidget(ws.findings)
    ws.excel_button.click()
    ws.dashboard_button.click()
    assert [n.rsplit(".", 1)[1] for n in asked] == ["xlsx", "pdf"]
    stems = [n.rsplit(".", 1)[0] for n in asked]
    assert all(stems) and not [n for n in stems if any(c.isascii() and c.isalpha() for c in n)]
