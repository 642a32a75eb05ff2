"""Merging duplicates safely: confirm side by side before, undo from "recent merges" after.

A merge moves a family's visits, payments and needs; the office confirms it
seeing both households (differences in red), types a reason when the ID numbers
differ (the feature refuses such a merge without one), and can undo a merge
later: an unmerge is an operation that syncs like any other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.reports.duplicates import HouseholdBrief, MergePreview, MergeRecord
from fieldvisit.ui.format import local_time
from fieldvisit.units.duplicates import MergePreview as UnitMergePreview
from fieldvisit.units.duplicates import UnitBrief, UnitMergeRecord


class MergeConfirmDialog(QDialog):
    """Both households side by side; Merge stays disabled until a required reason is typed."""

    FIELDS: tuple[str, ...] = (
        "name",
        "id_number_masked",
        "phone",
        "address",
        "visits",
        "payments",
        "needs",
    )

    def __init__(
        self, preview: MergePreview | UnitMergePreview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MergeConfirmDialog")
        self.preview = preview
        self.ids_differ = isinstance(preview, MergePreview) and preview.ids_differ
        self.setWindowTitle(self.title_text())
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.intro_text().replace("%1", preview.keep.name).replace("%2", preview.merge.name),
            self,
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        heads = (self.tr("Keep"), self.tr("Merge into it"))
        for col, text in enumerate(heads, start=1):
            head = QLabel(f"<b>{text}</b>", self)
            grid.addWidget(head, 0, col)
        names = self.field_names()
        self.cells: dict[str, tuple[QLabel, QLabel]] = {}
        for row, f in enumerate(self.FIELDS, start=1):
            grid.addWidget(QLabel(names[f], self), row, 0, Qt.AlignmentFlag.AlignRight)
            pair = (self._cell(preview.keep, f), self._cell(preview.merge, f))
            for col, label in enumerate(pair, start=1):
                if f in preview.differs:
                    label.setStyleSheet("color: #C00000; font-weight: bold;")
                grid.addWidget(label, row, col)
            self.cells[f] = pair
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        lay.addLayout(grid)
        self.warning = QLabel(self)
        self.warning.setProperty("role", "error")
        self.warning.setWordWrap(True)
        self.reason_label = QLabel(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setMaximumHeight(80)
        self.reason.setTabChangesFocus(True)
        self.reason_label.setBuddy(self.reason)
        if self.ids_differ:
            self.warning.setText(
                self.tr(
                    "The ID numbers differ: these may be two different people. Merge only "
                    "if you have checked that they are one family, and say how."
                )
            )
            self.reason_label.setText(self.tr("&Reason (required):"))
        else:
            self.warning.hide()
            self.reason_label.setText(self.tr("&Note (optional):"))
        lay.addWidget(self.warning)
        lay.addWidget(self.reason_label)
        lay.addWidget(self.reason)
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("merge")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter does not merge by accident
        self.merge_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.reason.textChanged.connect(self._check)
        self._check()
        self.resize(640, self.sizeHint().height())

    def title_text(self) -> str:
        return self.tr("Merge duplicate households")

    def intro_text(self) -> str:
        return self.tr(
            "“%2” will be merged into “%1”: its visits, payments and needs will belong "
            "to “%1”, and “%2” leaves the register. You can undo this later under "
            "Recent merges."
        )

    def field_names(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "id_number_masked": self.tr("ID number"),
            "phone": self.tr("Phone"),
            "address": self.tr("Address"),
            "visits": self.tr("Visits"),
            "payments": self.tr("Payments"),
            "needs": self.tr("Needs"),
        }

    def _cell(self, side: HouseholdBrief | UnitBrief, f: str) -> QLabel:
        value = getattr(side, f)
        label = QLabel("—" if value in ("", None) else str(value), self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _check(self) -> None:
        needed = self.ids_differ
        self.merge_button.setEnabled(not needed or bool(self.reason.toPlainText().strip()))

    def text(self) -> str:
        return self.reason.toPlainText().strip()


class UnitMergeConfirmDialog(MergeConfirmDialog):
    """The same confirmation for two units: a unit's fields, and what follows it."""

    FIELDS = ("name", "kind", "code", "address", "phone", "visits", "distributions", "needs")

    def title_text(self) -> str:
        return self.tr("Merge duplicate units")

    def intro_text(self) -> str:
        return self.tr(
            "“%2” will be merged into “%1”: its visits, distributions and wishes will "
            "belong to “%1”, and “%2” leaves the list of units. You can undo this later "
            "under Recent merges."
        )

    def field_names(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "kind": self.tr("Kind"),
            "code": self.tr("Code"),
            "address": self.tr("Address"),
            "phone": self.tr("Contact phone"),
            "visits": self.tr("Visits"),
            "distributions": self.tr("Distributions"),
            "needs": self.tr("Wishes"),
        }


def confirm_merge(parent: QWidget, preview: MergePreview | UnitMergePreview) -> str | None:
    """The reason or note typed ("" for none) when the office confirms; None when cancelled."""
    dlg = (
        UnitMergeConfirmDialog(preview, parent)
        if isinstance(preview, UnitMergePreview)
        else MergeConfirmDialog(preview, parent)
    )
    if dlg.exec() == QDialog.DialogCode.Accepted:
        return dlg.text()
    return None


class RecentMergesDialog(QDialog):
    """The merges in effect, newest first; undo one (an unmerge operation, with a reason)."""

    unmergeRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, units: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("RecentMergesDialog")
        self.setWindowTitle(self.tr("Recent merges"))
        self.records: list[Any] = []  # MergeRecord, or UnitMergeRecord with units=True
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("merges")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Merged unit") if units else self.tr("Merged household"),
                self.tr("Into"),
                self.tr("When"),
                self.tr("Device"),
                self.tr("Reason"),
            ]
        )
        self.table.currentCellChanged.connect(lambda *_: self._selected())
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.empty = QLabel(self.tr("No merges."), self)
        self.undo = QPushButton(self.tr("&Undo merge…"), self)
        self.undo.setObjectName("undo")
        self.undo.clicked.connect(self._undo)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        row.addWidget(self.empty)
        row.addStretch(1)
        row.addWidget(self.undo)
        row.addWidget(close)
        lay.addLayout(row)
        self.resize(820, 420)
        self._selected()

    def show_records(self, records: Sequence[MergeRecord | UnitMergeRecord]) -> None:
        self.records = list(records)
        self.table.setRowCount(len(records))
        for r, m in enumerate(records):
            merged = f"{m.name}  {getattr(m, 'id_number_masked', '')}".strip()
            for c, text in enumerate((merged, m.into_name, local_time(m.at), m.device, m.reason)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, _merged_id(m))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if records:
            self.table.selectRow(0)
        self.empty.setVisible(not records)
        self._selected()

    def current(self) -> Any:
        r = self.table.currentRow()
        return self.records[r] if 0 <= r < len(self.records) else None

    def _selected(self) -> None:
        self.undo.setEnabled(self.current() is not None)

    def _undo(self) -> None:
        m = self.current()
        if m is not None:
            self.unmergeRequested.emit(_merged_id(m))


def _merged_id(m: MergeRecord | UnitMergeRecord) -> str:
    """The merged-away row an unmerge names: a household or a unit."""
    return m.household_id if isinstance(m, MergeRecord) else m.unit_id
