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
    model = table.model()
    if model is not None:  # new column titles (a language switch): fit them again
        model.headerDataChanged.connect(lambda *_a: fit(table))


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
        # long cell texts are cut at 420 px; the column title never is
        width = max(min(header.sectionSize(col) + PADDING, 420), header.sectionSizeHint(col))
        header.resizeSection(col, width)
    if last >= 0:
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
