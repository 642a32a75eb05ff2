"""The office workspace without a mouse: every action button has an Alt shortcut, no two
on a screen share one (in each language), and Tab reaches every button of each tab."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication

from fieldvisit import i18n
from fieldvisit.ui.office import OfficeWorkspace
from tests.reports.conftest import World
from tests.ui.test_keyboard import activate, clashing_mnemonics, mnemonic_labels_without_buddy
from tests.ui.test_keyboard_every_screen import _key


def _buttons(ws: OfficeWorkspace) -> list[QAbstractButton]:
    return [
        b
        for b in ws.findChildren(QAbstractButton)
        if b.isVisibleTo(ws) and b.text() and type(b).__name__ != "QToolButton"
    ]


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_every_office_button_has_its_own_alt_shortcut(
    qtbot: Any, make_ctx: Any, world: World, compiled_translations: None, language: str
) -> None:
    ctx = make_ctx(world.office)
    ws = OfficeWorkspace(ctx)
    qtbot.addWidget(ws)
    ws.resize(1200, 760)
    ws.show()
    try:
        i18n.install(language)
        qtbot.wait(20)  # LanguageChange is posted
        for i in range(ws.tabs.count()):
            ws.tabs.setCurrentIndex(i)
            qtbot.wait(10)
            tab = ws.tabs.tabText(i)
            missing = [b.text() for b in _buttons(ws) if QKeySequence.mnemonic(b.text()).isEmpty()]
            assert not missing, (tab, missing)
            assert not clashing_mnemonics(ws), (tab, clashing_mnemonics(ws))
            assert not mnemonic_labels_without_buddy(ws), tab
    finally:
        i18n.install("en")


def test_tab_reaches_every_button_of_each_report(qtbot: Any, make_ctx: Any, world: World) -> None:
    ctx = make_ctx(world.office)
    ws = OfficeWorkspace(ctx)
    qtbot.addWidget(ws)
    ws.resize(1200, 760)
    activate(qtbot, ws)
    for i in range(ws.tabs.count()):
        ws.tabs.setCurrentIndex(i)
        qtbot.wait(10)
        wanted = {_key(b) for b in _buttons(ws) if b.isEnabled()}
        reached: set[int] = set()
        ws.tabs.tabBar().setFocus()
        for _ in range(80):
            focus = QApplication.focusWidget()
            assert focus is not None
            reached.add(_key(focus))
            qtbot.keyPress(focus, "\t")
        assert wanted <= reached, (
            ws.tabs.tabText(i),
            [b.text() for b in _buttons(ws) if _key(b) in wanted - reached],
        )
