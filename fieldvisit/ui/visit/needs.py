"""Page 4, needs found: one row per need, followed by the office to the end."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from fieldvisit import needs
from fieldvisit.i18n import translate
from fieldvisit.ui.visit.step import DateField, Step

if TYPE_CHECKING:
    from fieldvisit.ui.visit.wizard import VisitWizard


class NeedsStep(Step):
    """One row per need; every cell is a field, so Tab walks a row left to right
    (category, owner, due, description) and then the next row."""

    def __init__(self, wizard: VisitWizard) -> None:
        super().__init__(wizard)
        self.table = QTableWidget(0, 4, self)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        # The cells' own fields take the focus; the grid itself is no Tab stop (and no trap).
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setTabKeyNavigation(False)
        self.add = QPushButton(self)
        self.remove = QPushButton(self)
        self.add.setObjectName("add_need")
        self.remove.setObjectName("remove_need")
        self.add.clicked.connect(self._add_clicked)
        self.remove.clicked.connect(self._remove)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        row = QHBoxLayout()
        row.addWidget(self.add)
        row.addWidget(self.remove)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.table)
        box.addWidget(self.error)

    def add_need(
        self, category: str = "", description: str = "", owner: str = "", due: str = ""
    ) -> None:
        r = self.table.rowCount()
        after: QWidget | None = self.cell(r - 1, 3) if r else self.remove
        self.table.insertRow(r)
        combo = QComboBox(self.table)
        combo.setObjectName("need_category")
        combo.addItems(list(needs.CATEGORIES))
        if category:
            combo.setCurrentText(category)
        combo.currentIndexChanged.connect(self.wiz.touched)
        owner_edit = QLineEdit(owner, self.table)
        owner_edit.setObjectName("need_owner")
        owner_edit.textChanged.connect(self.wiz.touched)
        due_edit = DateField(self.table)
        due_edit.setObjectName("need_due")
        due_edit.setCalendarPopup(True)
        due_edit.setDisplayFormat("yyyy-MM-dd")
        due_edit.setDate(
            QDate.fromString(due, "yyyy-MM-dd") if due else QDate.currentDate().addDays(30)
        )
        due_edit.dateChanged.connect(self.wiz.touched)
        desc_edit = QLineEdit(description, self.table)
        desc_edit.setObjectName("need_description")
        desc_edit.textChanged.connect(self.wiz.touched)
        for c, w in enumerate((combo, owner_edit, due_edit, desc_edit)):
            self.table.setCellWidget(r, c, w)
            w.installEventFilter(self)
            if after is not None:
                QWidget.setTabOrder(after, w)
            after = w
        self.table.setCurrentCell(r, 3)
        self.wiz.touched()

    def _add_clicked(self) -> None:
        """A new need from the button (or Alt+A): the cursor goes to its first field."""
        self.add_need()
        first = self.cell(self.table.rowCount() - 1, 0)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def cell(self, r: int, c: int) -> QWidget | None:
        return self.table.cellWidget(r, c) if 0 <= r < self.table.rowCount() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A field that takes the focus makes its row current, so Remove acts on it."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            for r in range(self.table.rowCount()):
                for c in range(self.table.columnCount()):
                    if self.table.cellWidget(r, c) is watched:
                        self.table.setCurrentCell(r, c)
        return super().eventFilter(watched, event)

    def _remove(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self.wiz.touched()
            near = self.cell(min(r, self.table.rowCount() - 1), 0)
            (near or self.add).setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[dict[str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            combo, owner, due, desc = (self.table.cellWidget(r, c) for c in range(4))
            out.append(
                {
                    "category": combo.currentText() if isinstance(combo, QComboBox) else "",
                    "owner": owner.text() if isinstance(owner, QLineEdit) else "",
                    "due": due.date().toString("yyyy-MM-dd") if isinstance(due, QDateEdit) else "",
                    "description": desc.text() if isinstance(desc, QLineEdit) else "",
                }
            )
        return out

    def validatePage(self) -> bool:
        for r, row in enumerate(self.rows()):
            if not row["description"].strip():
                self.error.setText(
                    translate("VisitWizard", "Need %1: describe what the family needs.").replace(
                        "%1", str(r + 1)
                    )
                )
                field = self.cell(r, 3)
                if field is not None:
                    field.setFocus(Qt.FocusReason.OtherFocusReason)
                return False
        self.error.clear()
        return True

    def retranslateUi(self) -> None:
        self.setTitle(translate("VisitWizard", "Needs found"))
        self.setSubTitle(
            translate(
                "VisitWizard",
                "What does the family still need? The office follows each need to the end.",
            )
        )
        self.add.setText(translate("VisitWizard", "&Add a need"))
        self.remove.setText(translate("VisitWizard", "&Remove"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("VisitWizard", "Category"),
                translate("VisitWizard", "Owner"),
                translate("VisitWizard", "Due"),
                translate("VisitWizard", "What is needed"),
            ]
        )
