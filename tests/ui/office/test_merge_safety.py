"""Merging duplicates in the office: confirm side by side, a reason for different IDs, undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from fieldvisit.households import edit
from fieldvisit.reports import duplicates
from fieldvisit.store.models import Household, Operation, Payment
from fieldvisit.ui.office import OfficeWorkspace
from fieldvisit.ui.office.merge_dialogs import MergeConfirmDialog
from fieldvisit.validation import id_check_char
from tests.reports.conftest import World, ship


def _workspace(qtbot: Any, make_ctx: Any, world: World) -> OfficeWorkspace:
    ws = OfficeWorkspace(make_ctx(world.office))
    qtbot.addWidget(ws)
    ws.resize(1200, 760)
    ws.show()
    ws.tabs.setCurrentWidget(ws.duplicates)
    return ws


def _different_ids(world: World) -> None:
    with world.office.session() as s:
        for hid, body in (
            (world.zhang_a, "33010619900101001"),
            (world.zhang_b, "33010619900101002"),
        ):
            edit.update_household(s, hid, {"id_number": body + id_check_char(body)})


def _merged(world: World, hid: str) -> str | None:
    with world.office.reader() as s:
        return s.get(Household, hid).merged_into  # type: ignore[union-attr]


def test_merge_shows_both_households_and_cancel_moves_nothing(
    qtbot: Any, make_ctx: Any, world: World
) -> None:
    ws = _workspace(qtbot, make_ctx, world)
    seen: list[duplicates.MergePreview] = []
    ws.confirm_merge = lambda _parent, preview: seen.append(preview)  # returns None: cancelled
    pair = ws.duplicates.current()
    assert pair is not None
    ws.duplicates.keep_a.click()
    (preview,) = seen
    assert (preview.keep.id, preview.merge.id) == (pair.a.id, pair.b.id)
    assert {preview.keep.name, preview.merge.name} == {"张晓明", "張曉明"}
    assert preview.merge.payments + preview.keep.payments == 1
    assert _merged(world, pair.b.id) is None
    assert ws.duplicates.grid().rowCount() == 2  # type: ignore[union-attr]


def test_dialog_requires_a_typed_reason_when_id_numbers_differ(
    qtbot: Any, make_ctx: Any, world: World
) -> None:
    _different_ids(world)
    with world.office.reader() as s:
        preview = duplicates.merge_preview(s, world.zhang_b, world.zhang_a)
    dlg = MergeConfirmDialog(preview)
    qtbot.addWidget(dlg)
    assert preview.ids_differ and dlg.warning.text()
    assert not dlg.merge_button.isEnabled()
    qtbot.keyClicks(dlg.reason, "   ")
    assert not dlg.merge_button.isEnabled()
    dlg.reason.insertPlainText("户籍核实为同一人")
    assert dlg.merge_button.isEnabled()
    ids = dlg.cells["id_number_masked"]
    assert ids[0].text() != ids[1].text() and "C00000" in ids[0].styleSheet()
    assert dlg.cells["name"][0].text() == "张晓明"
    assert not dlg.merge_button.isDefault()  # Enter cancels, it does not merge


def test_the_real_dialog_records_the_reason_on_the_merge(
    qtbot: Any, make_ctx: Any, world: World
) -> None:
    _different_ids(world)
    ws = _workspace(qtbot, make_ctx, world)
    pair = ws.duplicates.current()
    assert pair is not None

    def answer() -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, MergeConfirmDialog)
        dlg.merge_button.click()  # disabled: nothing happens
        assert dlg.isVisible()
        dlg.reason.insertPlainText("户籍核实为同一人")
        dlg.merge_button.click()

    QTimer.singleShot(0, answer)
    ws.duplicates.keep_a.click()
    assert _merged(world, pair.b.id) == pair.a.id
    with world.office.reader() as s:
        op = s.execute(select(Operation).where(Operation.kind == "merge")).scalar_one()
        assert op.payload["reason"] == "户籍核实为同一人"


def test_recent_merges_undo_syncs_to_a_team(qtbot: Any, make_ctx: Any, world: World) -> None:
    ws = _workspace(qtbot, make_ctx, world)
    ws.confirm_merge = lambda *_a: ""
    pair = ws.duplicates.current()
    assert pair is not None
    keep, gone = pair.a.id, pair.b.id
    ws.duplicates.keep_a.click()
    assert _merged(world, gone) == keep
    ws.duplicates.recent.click()
    dlg = ws.duplicates.merges_dialog
    assert dlg is not None and dlg.isVisible() and dlg.table.rowCount() == 1
    assert dlg.current() is not None and dlg.current().household_id == gone  # type: ignore[union-attr]
    ws.ask_reason = lambda *_a: None  # cancelled: still merged
    dlg.undo.click()
    assert _merged(world, gone) == keep
    ws.ask_reason = lambda *_a: "不是同一家"
    dlg.undo.click()
    assert _merged(world, gone) is None
    assert dlg.table.rowCount() == 0 and not dlg.undo.isEnabled()
    ws.duplicates.load()  # the pair is not proposed again: undone as "not one family"
    assert keep not in {k for key in ws.duplicates.pairs for k in key.split()}
    ship(world.office, world.b)
    with world.b.reader() as s:
        hh = s.get(Household, world.zhang_b)
        assert hh is not None and not hh.archived and hh.merged_into is None
        paid = s.execute(select(Payment.household_id)).scalars().all()
        assert world.zhang_a in paid  # team 1's payment to 张晓明 stayed with 张晓明
