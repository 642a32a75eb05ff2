"""Every screen without a mouse: Tab from the navigation reaches every enabled control of
the page shown and comes back (no trap), in each language; the start dialogs too."""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from fieldvisit import i18n
from fieldvisit.ui.firstrun import FirstRunDialog
from fieldvisit.ui.mainwindow import MainWindow
from fieldvisit.ui.unlock import PassphraseDialog
from tests.ui.test_keyboard import activate


def _key(w: QWidget) -> int:
    """The C++ object's address: Python wrappers of Qt-made widgets (a button box's
    buttons) are not kept, so id() of two wrappers of one widget can differ."""
    return int(shiboken6.getCppPointer(w)[0])


def _tabbable(root: QWidget, window: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and type(w).__name__ not in ("QScrollBar",)
        and not w.objectName().startswith("qt_")
    ]


def _walk(qtbot: Any, start: QWidget, limit: int = 120) -> set[int]:
    """ids of the widgets Tab visits from ``start`` until it comes back; fails on a trap."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen = {_key(start)}
    for _ in range(limit):
        focus = QApplication.focusWidget()
        assert focus is not None, "the focus was lost"
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start:
            return seen
        if now is not None:
            seen.add(_key(now))
    raise AssertionError("Tab never came back to where it started: a keyboard trap")


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_tab_reaches_every_control_of_every_screen(
    qtbot: Any, ctx: Any, demo_replica: Any, compiled_translations: None, language: str
) -> None:
    i18n.install(language)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    activate(qtbot, win)
    for entry in win.entries:
        page = win.show_page(entry.key)
        qtbot.wait(20)
        reached = _walk(qtbot, win.nav)
        missed = [
            f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()!r}"
            for w in _tabbable(page, win)
            if _key(w) not in reached
        ]
        assert not missed, (entry.key, missed)


@pytest.mark.parametrize("which", ["first run", "unlock"])
def test_start_dialogs_without_a_mouse(qtbot: Any, make_ctx: Any, ctx: Any, which: str) -> None:
    for dlg in (FirstRunDialog(make_ctx()) if which == "first run" else PassphraseDialog(ctx),):
        qtbot.addWidget(dlg)
        activate(qtbot, dlg)
        first = QApplication.focusWidget()
        assert first is not None and first.window() is dlg
        reached = _walk(qtbot, first)
        missed = [
            f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()!r}"
            for w in _tabbable(dlg, dlg)
            if _key(w) not in reached
        ]
        assert not missed, (type(dlg).__name__, missed)
        dlg.done(0)
