"""The import preview: pick a list, see what importing it would do, then import.

The clerk picks a file — a household register, or a unit list (what differs is an
``ImportKind``, see ``ui.importing.kinds``) — and sees, before anything changes: the
sheets found (read or skipped, and why), how each column is understood (editable; a
choice is remembered for that header layout in the replica's settings), and row by row
what will be created, updated or reported. Import runs on the background runner;
afterwards the rows that could not be taken are saved as a workbook to fix and import
again. The preview and the import call the same Qt-free code as
``fieldvisit import register [--dry-run]`` and ``fieldvisit units import [--dry-run]``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.importing import headers, problem_rows
from fieldvisit.importing.register import RowAction
from fieldvisit.importing.table import Mapping
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.importing.kinds import ImportKind, RegisterImport, field_names

__all__ = ["ImportDialog", "field_names"]

_ModelIndex = QModelIndex | QPersistentModelIndex
log = logging.getLogger("fieldvisit.ui")


def action_names() -> dict[str, str]:
    return {
        "create": translate("ImportDialog", "new"),
        "update": translate("ImportDialog", "update"),
        "unchanged": translate("ImportDialog", "unchanged"),
        "repeated": translate("ImportDialog", "repeated"),
        "problem": translate("ImportDialog", "not imported"),
    }


class ActionsModel(QAbstractTableModel):
    """Row by row what the import does; problems first (a register has 20,000 rows)."""

    ORDER: ClassVar[dict[str, int]] = {
        "problem": 0,
        "update": 1,
        "repeated": 2,
        "create": 3,
        "unchanged": 4,
    }

    def __init__(self, parent: QWidget | None = None, kind: ImportKind | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RowAction] = []
        self.kind: ImportKind = kind or RegisterImport()

    def set_actions(self, actions: list[RowAction], sheets: list[str] | None = None) -> None:
        order = {name: i for i, name in enumerate(sheets or [])}
        self.beginResetModel()
        self.rows = sorted(
            actions,
            key=lambda a: (self.ORDER.get(a.action, 9), order.get(a.sheet, 0), a.sheet, a.row),
        )
        self.endResetModel()

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        a = self.rows[index.row()]
        return (a.sheet, a.row, a.name, action_names().get(a.action, a.action), a.detail)[
            index.column()
        ]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            translate("ImportDialog", "Sheet"),
            translate("ImportDialog", "Row"),
            self.kind.text("name"),
            translate("ImportDialog", "What happens"),
            translate("ImportDialog", "Why"),
        )[section]


class ImportDialog(QDialog):
    """The preview and import of one kind of list: a register unless ``kind`` says
    otherwise (:class:`~fieldvisit.ui.importing.kinds.UnitListImport` for units)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, kind: ImportKind | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.ctx = ctx
        self.kind: ImportKind = kind or RegisterImport()
        self.path: Path | None = None
        self.plan: Any = None
        self.done_plan: Any = None
        self.overrides: Mapping = {}
        self.resize(1100, 680)

        self.file_label = QLabel(self)
        self.file_label.setObjectName("file")
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)

        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.sheets = QTableWidget(0, 4, self.tabs)
        self.sheets.setObjectName("sheets")
        self.columns = QTableWidget(0, 3, self.tabs)
        self.columns.setObjectName("columns")
        self.actions_model = ActionsModel(self, self.kind)
        self.rows_view = QTableView(self.tabs)
        self.rows_view.setObjectName("rows")
        self.rows_view.setModel(self.actions_model)
        for table in (self.sheets, self.columns, self.rows_view):
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
            table.setAlternatingRowColors(True)
        self.sheets.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.tabs.addTab(self.rows_view, "")
        self.tabs.addTab(self.columns, "")
        self.tabs.addTab(self.sheets, "")

        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("import")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_problems")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.choose_problem_file)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.summary)
        box.addWidget(self.tabs, 1)
        box.addLayout(buttons)
        self.message = ""
        self.retranslateUi()

    # ---------------------------------------------------------------- preview
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.kind.text("choose"),
            str(Path.home()),
            self.kind.text("filter"),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Preview ``path``: read it and plan, changing nothing."""
        self.path = path
        self.overrides = {}
        self.done_plan = None
        self.save_button.setEnabled(False)
        self.preview()

    def preview(self) -> None:
        path, overrides, kind = self.path, dict(self.overrides), self.kind
        if path is None:
            return
        self.import_button.setEnabled(False)
        self.ctx.runner.read(
            lambda s: kind.plan(s, path, overrides, None),
            label=kind.text("reading"),
        ).success(self._show_plan).failure(self._show_error).run(self)

    def _show_error(self, error: BaseException) -> None:
        self.plan = None
        if isinstance(error, FieldVisitError):
            self.message = str(error)
        else:  # a bug, not a bad file: the log gets the traceback
            log.error("import preview failed", exc_info=error)
            self.message = translate("ImportDialog", "The file could not be read: %1").replace(
                "%1", type(error).__name__
            )
        self.sheets.setRowCount(0)
        self.columns.setRowCount(0)
        self.actions_model.set_actions([])
        self.retranslateUi()

    def _show_plan(self, plan: Any) -> None:
        self.plan = plan
        self.message = ""
        self.import_button.setEnabled(self.kind.importable(plan))
        self._fill_sheets(plan)
        self._fill_columns(plan)
        self._fill_actions(plan)
        self.rows_view.resizeColumnsToContents()
        self.retranslateUi()

    def _fill_actions(self, plan: Any) -> None:
        sheets = [x.name for x in self.kind.sheets(plan)]
        self.actions_model.set_actions(self.kind.actions(plan), sheets)

    def _fill_sheets(self, plan: Any) -> None:
        found = self.kind.sheets(plan)
        self.sheets.setRowCount(len(found))
        for r, s in enumerate(found):
            status = (
                translate("ImportDialog", "read")
                if s.status == "read"
                else translate("ImportDialog", "skipped")
            )
            rows = str(s.rows) if s.status == "read" else ""
            for c, text in enumerate((s.name, status, rows, s.reason)):
                self.sheets.setItem(r, c, QTableWidgetItem(text))

    def _fill_columns(self, plan: Any) -> None:
        names = self.kind.field_names()
        lines: list[tuple[str, headers.Header, int, str]] = []
        for sheet, header in plan.headers:
            for col in sorted(header.labels):
                lines.append((sheet, header, col, header.labels[col]))
        self.columns.setRowCount(len(lines))
        for r, (sheet, header, col, label) in enumerate(lines):
            self.columns.setItem(r, 0, QTableWidgetItem(sheet))
            self.columns.setItem(r, 1, QTableWidgetItem(label))
            combo = QComboBox(self.columns)
            for key, text in names.items():
                combo.addItem(text, key)
            combo.setCurrentIndex(max(combo.findData(header.columns.get(col, "")), 0))
            key = header.layout_key()
            combo.currentIndexChanged.connect(
                lambda _i, k=key, c=col, w=combo: self.set_column(k, c, w.currentData())
            )
            self.columns.setCellWidget(r, 2, combo)
        self.columns.resizeColumnsToContents()

    def set_column(self, layout_key: str, column: int, fld: str) -> None:
        """The clerk says what a column holds: preview again with that choice."""
        self.overrides.setdefault(layout_key, {})[column] = fld or ""
        self.preview()

    # ---------------------------------------------------------------- import
    def run_import(self) -> None:
        path, overrides, kind = self.path, dict(self.overrides), self.kind
        if path is None or self.plan is None:
            return

        def work(s: Session, report: Any) -> Any:
            for key, cols in overrides.items():
                kind.remember(s, key, cols)
            plan = kind.plan(s, path, overrides, report)
            kind.apply(s, plan)
            return plan

        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.ctx.runner.write(
            work,
            changes=set(kind.changes),
            progress=True,
            label=kind.text("importing"),
        ).on_progress(self._progressed).success(self._imported).finally_(self._idle).run(self)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.choose_button.setEnabled(True)

    def _imported(self, plan: Any) -> None:
        self.done_plan = plan
        self.plan = plan
        self.save_button.setEnabled(bool(plan.rejected))
        self._fill_actions(plan)
        self.retranslateUi()

    def choose_problem_file(self) -> None:
        if self.path is None:
            return
        suggested = self.path.with_name(
            self.path.stem + translate("ImportDialog", "-rows to fix") + ".xlsx"
        )
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("ImportDialog", "Save the rows to fix"),
            str(suggested),
            translate("ImportDialog", "Excel workbook (*.xlsx)"),
        )
        if name:
            self.save_problems(Path(name))

    def save_problems(self, path: Path) -> None:
        plan = self.done_plan or self.plan
        if plan is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        vocabulary = self.kind.vocabulary
        self.ctx.runner.call(
            lambda: problem_rows.write(plan, path, vocabulary),
            label=translate("ImportDialog", "Saving the rows to fix…"),
        ).success(lambda n: self._saved(path, n)).run(self)

    def _saved(self, path: Path, count: int) -> None:
        self.message = (
            translate(
                "ImportDialog",
                "%1 rows to fix saved to %2. Correct them there and import that file.",
            )
            .replace("%1", str(count))
            .replace("%2", str(path))
        )
        self.retranslateUi()

    # ---------------------------------------------------------------- texts
    def summary_text(self) -> str:
        if self.plan is None:
            return self.message or self.kind.text("prompt")
        text = self.kind.summary(self.plan, done=self.done_plan is not None)
        return text + ("\n" + self.message if self.message else "")

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.kind.text("title"))
        self.file_label.setText(
            str(self.path) if self.path else translate("ImportDialog", "No file chosen")
        )
        self.choose_button.setText(translate("ImportDialog", "&Choose file…"))
        self.import_button.setText(translate("ImportDialog", "&Import"))
        self.save_button.setText(translate("ImportDialog", "&Save rows to fix…"))
        self.close_button.setText(translate("ImportDialog", "Close"))
        self.tabs.setTabText(0, translate("ImportDialog", "Rows"))
        self.tabs.setTabText(1, translate("ImportDialog", "Columns"))
        self.tabs.setTabText(2, translate("ImportDialog", "Sheets"))
        self.sheets.setHorizontalHeaderLabels(
            [
                translate("ImportDialog", "Sheet"),
                translate("ImportDialog", "Read?"),
                translate("ImportDialog", "Data rows"),
                translate("ImportDialog", "Why"),
            ]
        )
        self.columns.setHorizontalHeaderLabels(
            [
                translate("ImportDialog", "Sheet"),
                translate("ImportDialog", "Column in the file"),
                translate("ImportDialog", "Imported as"),
            ]
        )
        self.summary.setText(self.summary_text())
