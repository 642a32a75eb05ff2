"""Small pieces the office tabs share: a read-only grid for a report Table, a reason dialog.

The grid shows at most ``MAX_ROWS`` rows (a screen is for reviewing; the Excel
export carries everything) and keeps each row's key in ``Qt.UserRole`` so the
tabs act on what the user selected.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.reports.table import Table, cell_text

MAX_ROWS = 2000
NUMERIC = ("int", "money", "pct")


class Grid(QTableWidget):
    """A read-only, row-selecting table filled from a report ``Table``."""

    #: The current row moved (mouse, arrow keys, or a program). Not the selection
    #: signal: an arrow key changes the selection first, while ``currentRow()`` still
    #: names the row the user left.
    rowChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentCellChanged.connect(self._row_moved)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the grid
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Columns as wide as their contents, not the last one across the screen: a
        # percentage stays next to the figures it belongs to.
        self.horizontalHeader().setStretchLastSection(False)

    def show_table(
        self, table: Table, keys: list[Any] | None = None, *, with_totals: bool = True
    ) -> None:
        shown = [i for i, c in enumerate(table.columns) if c.printed]
        self.clearContents()
        self.setColumnCount(len(shown))
        self.setHorizontalHeaderLabels([table.columns[i].header for i in shown])
        rows = table.rows[:MAX_ROWS]
        totals = table.totals() if with_totals else None
        self.setRowCount(len(rows) + (1 if totals is not None else 0))
        for r, row in enumerate(rows):
            for j, i in enumerate(shown):
                col = table.columns[i]
                item = QTableWidgetItem(cell_text(col.kind, row[i]))
                if col.kind in NUMERIC:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if r in table.alerts:
                    item.setForeground(QBrush(QColor("#C00000")))
                if keys is not None and j == 0:
                    item.setData(Qt.ItemDataRole.UserRole, keys[r])
                self.setItem(r, j, item)
        if totals is not None:
            r = len(rows)
            for j, i in enumerate(shown):
                col = table.columns[i]
                text = "" if totals[i] is None else cell_text(col.kind, totals[i])
                if j == 0 and not text:
                    text = self.tr("Total")
                item = QTableWidgetItem(text)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                if col.kind in NUMERIC:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(r, j, item)
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for j in range(self.columnCount()):
            # long cell texts are cut at 320 px; the header is never cut
            width = max(min(self.columnWidth(j), 320), header.sectionSizeHint(j))
            self.setColumnWidth(j, width)

    def _row_moved(self, row: int, _col: int, old_row: int, _old_col: int) -> None:
        if row != old_row:
            self.rowChanged.emit()

    def current_key(self) -> Any:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select_first(self) -> None:
        if self.rowCount() and self.current_key() is None and self.item(0, 0) is not None:
            self.selectRow(0)


class ReasonDialog(QDialog):
    """Ask for the reason an action needs; OK stays disabled until one is written."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(prompt, self))
        self.text = QPlainTextEdit(self)
        self.text.setMaximumHeight(90)
        lay.addWidget(self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.text.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()))

    def reason(self) -> str:
        return self.text.toPlainText().strip()


def ask_reason(parent: QWidget, title: str, prompt: str) -> str | None:
    dlg = ReasonDialog(title, prompt, parent)
    if dlg.exec() == QDialog.DialogCode.Accepted:
        return dlg.reason()
    return None
