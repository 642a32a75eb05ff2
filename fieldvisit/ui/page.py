"""The base of every main screen: live retranslation and change-driven refresh.

A page declares the change names it shows (``shows``). When an operation
broadcasts a change the page shows, a visible page refreshes at once and a
hidden one marks itself stale and refreshes when it is next shown, so work is
never done for screens nobody looks at. When the language changes, Qt sends
``LanguageChange`` to every widget and the page calls ``retranslateUi()``
(Frescobaldi's habit): no restart.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from fieldvisit.ui.context import AppContext


class Retranslating(QWidget):
    """Any widget whose texts are set in ``retranslateUi``."""

    def retranslateUi(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class Page(Retranslating):
    shows: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.changed.connect(self._on_changed)

    def title(self) -> str:
        return ""

    def refresh(self) -> None:
        """Reload what the page shows (through the runner, never on this thread)."""

    def _on_changed(self, changes: set[str]) -> None:
        if not (changes & self.shows):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()


class SearchBox(QLineEdit):
    """A search field whose Down / Page Down key moves into the results below it.

    A line edit has no use for those keys, and a keyboard user expects the arrow
    to go from what they typed to what was found.
    """

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and not event.modifiers():
            self.down.emit()
            return
        super().keyPressEvent(event)


def set_tab_order(named: Iterable[tuple[str, QWidget]]) -> None:
    """Name the widgets (tests and screen readers find them by it) and make Tab
    visit them in the order given: the reading order, whatever order they were made in."""
    widgets = []
    for name, widget in named:
        widget.setObjectName(name)
        widgets.append(widget)
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
