"""One look for every small table: calm rows, no grid, the last column stretched."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROW_HEIGHT = 30
PADDING = 18


def tune(table: QTableView) -> None:
    """Read-only lists: arrows move between rows, Tab leaves the table (no cell-by-cell trap)."""
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)


def fit(table: QTableView) -> None:
    """Size columns to their contents (with air), the last one takes the rest."""
    model = table.model()
    if model is None:
        return
    header = table.horizontalHeader()
    last = model.columnCount() - 1
    for col in range(last):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        table.resizeColumnToContents(col)
        header.resizeSection(col, min(header.sectionSize(col) + PADDING, 420))
    if last >= 0:
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
