"""The base of every main screen: live retranslation and change-driven refresh.

A page declares the change names it shows (``shows``). When an operation
broadcasts a change the page shows, a visible page refreshes at once and a
hidden one marks itself stale and refreshes when it is next shown, so work is
never done for screens nobody looks at. When the language changes, Qt sends
``LanguageChange`` to every widget and the page calls ``retranslateUi()``
(Frescobaldi's habit): no restart.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

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
