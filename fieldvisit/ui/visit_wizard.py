"""The visit wizard: conditions, photos, money and goods, needs, recipient, review.

Everything is collected into one ``VisitInput`` and saved as ONE unit of work
(``fieldvisit.visits.record_visit``): the visit, its photos, the payment with
its receipt number and the needs land together or not at all. While the user
types, the form is saved as a draft (``fieldvisit.drafts``) so a crash loses
nothing; leaving half-way asks first.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import campaigns, drafts, needs, visits
from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError, ValidationError
from fieldvisit.households import edit
from fieldvisit.i18n import translate
from fieldvisit.payments import GoodsLine, PaymentInput
from fieldvisit.store.models import Campaign
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.format import mask_id, yuan
from fieldvisit.ui.page import set_tab_order
from fieldvisit.ui.signature import SignaturePad

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".webp", ".bmp")
CAMERA_NEWEST = 6
DRAFT_DELAY_MS = 1500


def observation_label(key: str) -> str:
    return {
        "health": translate("VisitWizard", "Health"),
        "housing": translate("VisitWizard", "Housing"),
        "income": translate("VisitWizard", "Income"),
        "employment": translate("VisitWizard", "Employment"),
        "schooling": translate("VisitWizard", "Children's schooling"),
        "elderly_care": translate("VisitWizard", "Care of the elderly"),
    }.get(key, key)


@dataclass
class WizardSetup:
    """What the wizard needs to know before it opens (read on the worker)."""

    household_id: str
    name: str
    id_masked: str
    category: str
    address: str
    campaigns: list[dict[str, Any]] = field(default_factory=list)
    current_campaign: str | None = None
    visitors: str = ""


def load_setup(s: Session, household_id: str) -> WizardSetup:
    hh = edit.get(s, household_id)
    rows = s.execute(
        select(Campaign).where(Campaign.archived.is_(False)).order_by(Campaign.starts_on.desc())
    ).scalars()
    camps = [
        {
            "id": c.id,
            "name": c.name,
            "standard_fen": campaigns.standard_for(c, hh.category),
            "cap_fen": c.cap_fen,
            "catalogue": list(c.catalogue or []),
        }
        for c in rows
    ]
    cur = campaigns.current(s)
    return WizardSetup(
        hh.id,
        hh.name,
        mask_id(hh.id_number),
        hh.category or "",
        hh.address or "",
        camps,
        cur.id if cur else None,
    )


def newest_images(folder: Path, n: int = CAMERA_NEWEST) -> list[Path]:
    """The camera folder: the ``n`` most recent images in it (what was just taken)."""
    files = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES]
    files.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    return files[:n]


# ===================================================================== pages
class Step(QWizardPage):
    def __init__(self, wizard: VisitWizard) -> None:
        super().__init__()
        self.wiz = wizard

    def setTitle(self, title: str) -> None:
        """Every step says whose visit it is: "Money and goods · 王秀英"."""
        super().setTitle(f"{title}  ·  {self.wiz.setup.name}")

    def retranslateUi(self) -> None:
        pass


class ConditionsStep(Step):
    def __init__(self, wizard: VisitWizard) -> None:
        super().__init__(wizard)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.campaign = QComboBox(self)
        for c in wizard.setup.campaigns:
            self.campaign.addItem(c["name"], c["id"])
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.currentDate())
        self.day.setMaximumDate(QDate.currentDate())
        self.visitors = QLineEdit(self)
        self.checks: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        self.labels: dict[str, QLabel] = {}
        fields: tuple[tuple[str, QWidget], ...] = (
            ("campaign", self.campaign),
            ("day", self.day),
            ("visitors", self.visitors),
        )
        for name, w in fields:
            label = QLabel(self)
            label.setBuddy(w)
            self.labels[name] = label
            form.addRow(label, w)
        self.checklist = QLabel(self)
        self.checklist.setProperty("role", "h2")
        form.addRow(self.checklist)
        for key in visits.OBSERVATIONS:
            box = QCheckBox(self)
            text = QLineEdit(self)
            text.setEnabled(False)
            box.toggled.connect(text.setEnabled)
            box.toggled.connect(lambda on, t=text: on and t.setFocus())
            self.checks[key] = (box, text)
            form.addRow(box, text)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(90)
        self.notes.setTabChangesFocus(True)  # Tab leaves the notes for Next, as in a form
        label = QLabel(self)
        label.setBuddy(self.notes)
        self.labels["notes"] = label
        form.addRow(label, self.notes)
        self.notes.textChanged.connect(wizard.touched)
        for line in (self.visitors, *[t for _b, t in self.checks.values()]):
            line.textChanged.connect(wizard.touched)
        self.campaign.currentIndexChanged.connect(wizard.campaign_changed)
        for name, w in (*fields, ("notes", self.notes)):
            w.setObjectName(name)
        for key, (box, text) in self.checks.items():
            box.setObjectName(f"check_{key}")
            text.setObjectName(f"seen_{key}")

    def retranslateUi(self) -> None:
        self.setTitle(translate("VisitWizard", "Conditions"))
        self.setSubTitle(
            translate(
                "VisitWizard",
                "How is the family doing? Tick what you checked and write what you saw.",
            )
        )
        self.labels["campaign"].setText(translate("VisitWizard", "&Campaign:"))
        self.labels["day"].setText(translate("VisitWizard", "&Date:"))
        self.labels["visitors"].setText(translate("VisitWizard", "&Visitors:"))
        self.labels["notes"].setText(translate("VisitWizard", "N&otes:"))
        self.checklist.setText(translate("VisitWizard", "Checklist"))
        for key, (box, text) in self.checks.items():
            box.setText(observation_label(key))
            text.setPlaceholderText(translate("VisitWizard", "what you saw"))


class PhotosStep(Step):
    def __init__(self, wizard: VisitWizard) -> None:
        super().__init__(wizard)
        # Made in reading order, which is the Tab order: the buttons above the list.
        # (setTabOrder cannot move the list before the page is in the wizard.)
        self.add = QPushButton(self)
        self.camera = QPushButton(self)
        self.remove = QPushButton(self)
        self.files = QListWidget(self)
        self.add.clicked.connect(self._add)
        self.camera.clicked.connect(self._camera)
        self.remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        for b in (self.add, self.camera, self.remove):
            row.addWidget(b)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.files)
        for name, w in (
            ("add_photos", self.add),
            ("camera", self.camera),
            ("remove_photo", self.remove),
            ("photos", self.files),
        ):
            w.setObjectName(name)

    def paths(self) -> list[str]:
        return [
            self.files.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.files.count())
        ]

    def add_paths(self, paths: list[str]) -> None:
        have = set(self.paths())
        for p in paths:
            if p not in have:
                item = QListWidgetItem(Path(p).name, self.files)
                item.setData(Qt.ItemDataRole.UserRole, p)
                item.setToolTip(p)
        self.wiz.touched()

    def _add(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            translate("VisitWizard", "Choose photos"),
            "",
            translate("VisitWizard", "Images (*.jpg *.jpeg *.png *.webp *.bmp)"),
        )
        self.add_paths(names)

    def _camera(self) -> None:
        folder = self.wiz.ctx.pref("camera_folder", "")
        folder = QFileDialog.getExistingDirectory(
            self, translate("VisitWizard", "Camera folder"), folder
        )
        if folder:
            self.wiz.ctx.set_pref("camera_folder", folder)
            self.add_paths([str(p) for p in newest_images(Path(folder))])

    def _remove(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self.wiz.touched()

    def retranslateUi(self) -> None:
        self.setTitle(translate("VisitWizard", "Photos"))
        self.setSubTitle(
            translate(
                "VisitWizard", "Optional. Photos are shrunk and kept inside the encrypted database."
            )
        )
        self.add.setText(translate("VisitWizard", "&Add photos…"))
        self.camera.setText(translate("VisitWizard", "From &camera folder…"))
        self.remove.setText(translate("VisitWizard", "&Remove"))


class MoneyStep(Step):
    def __init__(self, wizard: VisitWizard) -> None:
        super().__init__(wizard)
        self.cash = QLineEdit(self)
        self.cash_label = QLabel(self)
        self.cash_label.setBuddy(self.cash)
        self.standard = QLabel(self)
        self.standard.setProperty("role", "muted")
        self.override = QLineEdit(self)
        self.override_label = QLabel(self)
        self.override_label.setBuddy(self.override)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.total = QLabel(self)
        self.total.setProperty("role", "h2")
        self.goods = QTableWidget(0, 4, self)
        # Only the quantities are input: Tab goes from one to the next, never cell by cell.
        self.goods.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.goods.setTabKeyNavigation(False)
        self.goods.verticalHeader().setVisible(False)
        self.goods.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.goods_label = QLabel(self)
        self.goods_label.setProperty("role", "h2")
        grid = QGridLayout(self)
        grid.addWidget(self.cash_label, 0, 0)
        grid.addWidget(self.cash, 0, 1)
        grid.addWidget(self.standard, 0, 2)
        grid.addWidget(self.override_label, 1, 0)
        grid.addWidget(self.override, 1, 1, 1, 2)
        grid.addWidget(self.error, 2, 0, 1, 3)
        grid.addWidget(self.goods_label, 3, 0, 1, 3)
        grid.addWidget(self.goods, 4, 0, 1, 3)
        grid.addWidget(self.total, 5, 0, 1, 3)
        self.cash.textChanged.connect(wizard.touched)
        self.cash.textChanged.connect(self.update_total)
        self.override.textChanged.connect(wizard.touched)
        self.cash.setObjectName("cash")
        self.override.setObjectName("override")
        self.spins: list[QSpinBox] = []

    def set_catalogue(self, catalogue: list[dict[str, Any]]) -> None:
        self.goods.setRowCount(len(catalogue))
        self.spins = []
        for r, item in enumerate(catalogue):
            self.goods.setItem(r, 0, QTableWidgetItem(item["item"]))
            self.goods.setItem(r, 1, QTableWidgetItem(item["unit"]))
            self.goods.setItem(r, 2, QTableWidgetItem(yuan(item["unit_value_fen"])))
            spin = QSpinBox(self.goods)
            spin.setObjectName("quantity")
            spin.setRange(0, 100)
            spin.valueChanged.connect(self.wiz.touched)
            spin.valueChanged.connect(self.update_total)
            self.goods.setCellWidget(r, 3, spin)
            QWidget.setTabOrder(self.spins[-1] if self.spins else self.override, spin)
            self.spins.append(spin)
            for c in range(3):
                cell = self.goods.item(r, c)
                if cell is not None:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def update_total(self, *_args: Any) -> None:
        goods = sum(g.quantity * g.unit_value_fen for g in self.wiz.goods_lines())
        try:
            cash = v.amount_fen(self.cash.text(), "cash")
        except ValidationError:
            self.total.setText("")
            return
        self.total.setText(
            translate("VisitWizard", "Total handed over: %1 (cash %2, goods %3)")
            .replace("%1", yuan(cash + goods))
            .replace("%2", yuan(cash))
            .replace("%3", yuan(goods))
        )

    def validatePage(self) -> bool:
        self.error.clear()
        try:
            self.wiz.cash_fen()
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.cash.setFocus()
            return False
        return True

    def retranslateUi(self) -> None:
        self.setTitle(translate("VisitWizard", "Money and goods"))
        self.setSubTitle(
            translate(
                "VisitWizard",
                "The amount is the campaign's standard for this household's category; change it if needed.",
            )
        )
        self.cash_label.setText(translate("VisitWizard", "&Cash (yuan):"))
        self.override_label.setText(translate("VisitWizard", "&Reason if above the cap:"))
        self.goods_label.setText(translate("VisitWizard", "Goods from the campaign catalogue"))
        self.goods.setHorizontalHeaderLabels(
            [
                translate("VisitWizard", "Item"),
                translate("VisitWizard", "Unit"),
                translate("VisitWizard", "Unit value"),
                translate("VisitWizard", "Quantity"),
            ]
        )
        self.update_total()
        camp = self.wiz.campaign()
        if camp is not None:
            text = translate("VisitWizard", "Standard: %1").replace(
                "%1", yuan(camp["standard_fen"])
            )
            if camp.get("cap_fen"):
                text += "  " + translate("VisitWizard", "cap: %1").replace(
                    "%1", yuan(camp["cap_fen"])
                )
            self.standard.setText(text)


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
        due_edit = QDateEdit(self.table)
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


class RecipientStep(Step):
    def __init__(self, wizard: VisitWizard) -> None:
        super().__init__(wizard)
        self.recipient = QLineEdit(self)
        self.recipient.setText(wizard.setup.name)
        self.proxy = QCheckBox(self)
        self.proxy_name = QLineEdit(self)
        self.proxy_relation = QComboBox(self)
        self.proxy_relation.setEditable(True)
        self.proxy_relation.addItems(
            ["配偶", "子女", "父母", "兄弟姐妹", "亲属", "邻居", "社区工作人员"]
        )
        self.proxy_relation.setCurrentText("")
        self.witness = QLineEdit(self)
        self.mode_signature = QRadioButton(self)
        self.mode_fingerprint = QRadioButton(self)
        self.mode_absent = QRadioButton(self)
        self.mode_signature.setChecked(True)
        self.modes = QButtonGroup(self)
        for i, b in enumerate((self.mode_signature, self.mode_fingerprint, self.mode_absent)):
            self.modes.addButton(b, i)
        self.pad = SignaturePad(self)
        self.clear = QPushButton(self)
        self.undo = QPushButton(self)
        self.redo = QPushButton(self)
        self.clear.clicked.connect(self.pad.clear)
        self.undo.clicked.connect(self.pad.undo)
        self.redo.clicked.connect(self.pad.redo)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.labels = {
            k: QLabel(self)
            for k in ("recipient", "proxy_name", "proxy_relation", "witness", "sign")
        }
        self.labels["recipient"].setBuddy(self.recipient)
        self.labels["proxy_name"].setBuddy(self.proxy_name)
        self.labels["proxy_relation"].setBuddy(self.proxy_relation)
        self.labels["witness"].setBuddy(self.witness)
        form = QFormLayout()
        form.addRow(self.labels["recipient"], self.recipient)
        form.addRow("", self.proxy)
        form.addRow(self.labels["proxy_name"], self.proxy_name)
        form.addRow(self.labels["proxy_relation"], self.proxy_relation)
        form.addRow(self.labels["witness"], self.witness)
        modes = QHBoxLayout()
        modes.addWidget(self.labels["sign"])
        for b in (self.mode_signature, self.mode_fingerprint, self.mode_absent):
            modes.addWidget(b)
        modes.addStretch(1)
        pad_buttons = QHBoxLayout()
        for button in (self.undo, self.redo, self.clear):
            pad_buttons.addWidget(button)
        pad_buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addLayout(modes)
        box.addWidget(self.pad, 1)
        box.addLayout(pad_buttons)
        box.addWidget(self.error)
        self.proxy.toggled.connect(self._proxy)
        self.modes.idToggled.connect(lambda _i, _on: self._mode())
        self.pad.changed.connect(wizard.touched)
        for w in (self.recipient, self.proxy_name, self.witness):
            w.textChanged.connect(wizard.touched)
        self._proxy(False)
        # Reading order. Tab stops once on the sign choice (the checked one); the arrow
        # keys or Alt+S/F/A pick another, so fingerprint and absent need no pointer.
        order: list[tuple[str, QWidget]] = [
            ("recipient", self.recipient),
            ("proxy", self.proxy),
            ("proxy_name", self.proxy_name),
            ("proxy_relation", self.proxy_relation),
            ("witness", self.witness),
            ("sign_signature", self.mode_signature),
            ("sign_fingerprint", self.mode_fingerprint),
            ("sign_absent", self.mode_absent),
            ("pad", self.pad),
            ("undo", self.undo),
            ("redo", self.redo),
            ("clear", self.clear),
        ]
        set_tab_order(order)

    def _proxy(self, on: bool) -> None:
        self.proxy_name.setEnabled(on)
        self.proxy_relation.setEnabled(on)
        self.wiz.touched()

    def _mode(self) -> None:
        signing = self.mode_signature.isChecked()
        for w in (self.pad, self.clear, self.undo, self.redo):
            w.setEnabled(signing)
        self.wiz.touched()

    def sign_mode(self) -> str:
        return ("signature", "fingerprint", "absent")[max(self.modes.checkedId(), 0)]

    def validatePage(self) -> bool:
        if self.wiz.has_payment() and self.sign_mode() == "signature" and self.pad.is_empty():
            self.error.setText(
                translate(
                    "VisitWizard", "Ask the recipient to sign, or choose fingerprint or absent."
                )
            )
            self.pad.setFocus()
            return False
        if self.proxy.isChecked() and (
            not self.proxy_name.text().strip() or not self.proxy_relation.currentText().strip()
        ):
            self.error.setText(
                translate(
                    "VisitWizard", "Give the proxy collector's name and how they are related."
                )
            )
            self.proxy_name.setFocus()
            return False
        self.error.clear()
        return True

    def retranslateUi(self) -> None:
        self.setTitle(translate("VisitWizard", "Recipient and signature"))
        self.setSubTitle(
            translate("VisitWizard", "Who received the money or goods, and how they confirmed it.")
        )
        self.labels["recipient"].setText(translate("VisitWizard", "&Recipient:"))
        self.proxy.setText(translate("VisitWizard", "Collected by a &proxy"))
        self.labels["proxy_name"].setText(translate("VisitWizard", "Pro&xy name:"))
        self.labels["proxy_relation"].setText(translate("VisitWizard", "Relati&on:"))
        self.labels["witness"].setText(translate("VisitWizard", "&Witness:"))
        self.labels["sign"].setText(translate("VisitWizard", "Confirmed by:"))
        self.mode_signature.setText(translate("VisitWizard", "&Signature"))
        self.mode_fingerprint.setText(translate("VisitWizard", "&Fingerprint on paper"))
        self.mode_absent.setText(translate("VisitWizard", "Recipient &absent"))
        self.undo.setText(translate("VisitWizard", "&Undo stroke"))
        self.redo.setText(translate("VisitWizard", "Re&do"))
        self.clear.setText(translate("VisitWizard", "C&lear"))


class ReviewStep(Step):
    def __init__(self, wizard: VisitWizard) -> None:
        super().__init__(wizard)
        self.summary = QTextBrowser(self)
        self.summary.setObjectName("summary")
        box = QVBoxLayout(self)
        box.addWidget(self.summary)

    def initializePage(self) -> None:
        self.summary.setHtml(self.wiz.review_html())

    def retranslateUi(self) -> None:
        self.setTitle(translate("VisitWizard", "Review"))
        self.setSubTitle(
            translate(
                "VisitWizard",
                "Check everything with the family, then save. Saving takes the receipt number.",
            )
        )
        self.setButtonText(
            QWizard.WizardButton.FinishButton, translate("VisitWizard", "&Save visit")
        )
        if self.wiz.currentPage() is self:
            self.summary.setHtml(self.wiz.review_html())


# ===================================================================== wizard
class VisitWizard(QWizard):
    saved = Signal(object)  # VisitResult

    def __init__(
        self,
        ctx: AppContext,
        setup: WizardSetup,
        parent: QWidget | None = None,
        *,
        draft_id: str | None = None,
        draft: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setup = setup
        self.draft_id = draft_id or str(uuid.uuid4())
        self.result_: visits.VisitResult | None = None
        self._loading = True
        self._dirty = False
        self.saving = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.conditions = ConditionsStep(self)
        self.photos = PhotosStep(self)
        self.money = MoneyStep(self)
        self.needs = NeedsStep(self)
        self.recipient = RecipientStep(self)
        self.review = ReviewStep(self)
        self.steps: list[Step] = [
            self.conditions,
            self.photos,
            self.money,
            self.needs,
            self.recipient,
            self.review,
        ]
        for step in self.steps:
            self.addPage(step)
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        self.currentIdChanged.connect(lambda _i: self.save_draft())
        self.resize(900, 640)
        if setup.current_campaign:
            i = self.conditions.campaign.findData(setup.current_campaign)
            self.conditions.campaign.setCurrentIndex(max(i, 0))
        self.campaign_changed()
        if draft:
            self.restore(draft)
        self._loading = False
        self.retranslateUi()

    # ---------------------------------------------------------------- data
    def campaign(self) -> dict[str, Any] | None:
        cid = self.conditions.campaign.currentData()
        return next((c for c in self.setup.campaigns if c["id"] == cid), None)

    def campaign_changed(self) -> None:
        camp = self.campaign()
        self.money.set_catalogue(camp["catalogue"] if camp else [])
        if camp is not None and not self._restoring():
            self.money.cash.setText(
                f"{camp['standard_fen'] // 100}"
                if camp["standard_fen"] % 100 == 0
                else f"{camp['standard_fen'] / 100:.2f}"
            )
        self.money.retranslateUi()
        self.touched()

    def _restoring(self) -> bool:
        return getattr(self, "_in_restore", False)

    def cash_fen(self) -> int:
        camp = self.campaign()
        return v.amount_fen(
            self.money.cash.text(),
            "cash",
            cap_fen=camp.get("cap_fen") if camp else None,
            override_reason=self.money.override.text(),
        )

    def goods_lines(self) -> list[GoodsLine]:
        camp = self.campaign()
        if camp is None:
            return []
        lines = []
        for item, spin in zip(camp["catalogue"], self.money.spins, strict=False):
            if spin.value() > 0:
                lines.append(
                    GoodsLine(item["item"], item["unit"], spin.value(), int(item["unit_value_fen"]))
                )
        return lines

    def has_payment(self) -> bool:
        try:
            return self.cash_fen() > 0 or bool(self.goods_lines())
        except ValidationError:
            return True

    def visit_input(self) -> visits.VisitInput:
        c = self.conditions
        payment = None
        if self.has_payment():
            r = self.recipient
            mode = r.sign_mode()
            payment = PaymentInput(
                cash_fen=self.cash_fen(),
                goods=self.goods_lines(),
                recipient_name=r.recipient.text() or None,
                proxy_name=r.proxy_name.text() if r.proxy.isChecked() else None,
                proxy_relation=r.proxy_relation.currentText() if r.proxy.isChecked() else None,
                sign_mode=mode,
                signature_png=r.pad.png() if mode == "signature" else None,
                visitors=c.visitors.text() or None,
                witness=r.witness.text() or None,
                override_reason=self.money.override.text() or None,
            )
        need_inputs = [
            needs.NeedInput(
                n["category"],
                n["description"],
                owner=n["owner"] or None,
                due_on=date.fromisoformat(n["due"]) if n["due"] else None,
            )
            for n in self.needs.rows()
        ]
        return visits.VisitInput(
            household_id=self.setup.household_id,
            visited_on=date.fromisoformat(c.day.date().toString("yyyy-MM-dd")),
            campaign_id=c.campaign.currentData(),
            visitors=c.visitors.text() or None,
            observations={
                k: t.text() for k, (b, t) in c.checks.items() if b.isChecked() and t.text().strip()
            },
            notes=c.notes.toPlainText() or None,
            photos=[],  # read from files on the worker, not here
            payment=payment,
            needs=need_inputs,
        )

    # ---------------------------------------------------------------- drafts
    def snapshot(self) -> dict[str, Any]:
        c, r = self.conditions, self.recipient
        return {
            "household_id": self.setup.household_id,
            "page": self.currentId(),
            "campaign_id": c.campaign.currentData(),
            "day": c.day.date().toString("yyyy-MM-dd"),
            "visitors": c.visitors.text(),
            "checks": {k: [b.isChecked(), t.text()] for k, (b, t) in c.checks.items()},
            "notes": c.notes.toPlainText(),
            "photos": self.photos.paths(),
            "cash": self.money.cash.text(),
            "override": self.money.override.text(),
            "goods": [s.value() for s in self.money.spins],
            "needs": self.needs.rows(),
            "recipient": r.recipient.text(),
            "proxy": r.proxy.isChecked(),
            "proxy_name": r.proxy_name.text(),
            "proxy_relation": r.proxy_relation.currentText(),
            "witness": r.witness.text(),
            "sign_mode": r.sign_mode(),
            "strokes": r.pad.stroke_data(),
        }

    def restore(self, d: dict[str, Any]) -> None:
        self._in_restore = True
        try:
            c, r = self.conditions, self.recipient
            i = c.campaign.findData(d.get("campaign_id"))
            if i >= 0:
                c.campaign.setCurrentIndex(i)
            if d.get("day"):
                c.day.setDate(QDate.fromString(d["day"], "yyyy-MM-dd"))
            c.visitors.setText(d.get("visitors", ""))
            for k, (on, text) in d.get("checks", {}).items():
                if k in c.checks:
                    c.checks[k][0].setChecked(bool(on))
                    c.checks[k][1].setText(text)
            c.notes.setPlainText(d.get("notes", ""))
            self.photos.add_paths([p for p in d.get("photos", []) if Path(p).exists()])
            self.money.cash.setText(d.get("cash", ""))
            self.money.override.setText(d.get("override", ""))
            for spin, n in zip(self.money.spins, d.get("goods", []), strict=False):
                spin.setValue(int(n))
            for n in d.get("needs", []):
                self.needs.add_need(
                    n.get("category", ""),
                    n.get("description", ""),
                    n.get("owner", ""),
                    n.get("due", ""),
                )
            r.recipient.setText(d.get("recipient", self.setup.name))
            r.proxy.setChecked(bool(d.get("proxy")))
            r.proxy_name.setText(d.get("proxy_name", ""))
            r.proxy_relation.setCurrentText(d.get("proxy_relation", ""))
            r.witness.setText(d.get("witness", ""))
            mode = d.get("sign_mode", "signature")
            {"fingerprint": r.mode_fingerprint, "absent": r.mode_absent}.get(
                mode, r.mode_signature
            ).setChecked(True)
            r.pad.set_strokes(d.get("strokes", []))
        finally:
            self._in_restore = False

    def touched(self, *_args: Any) -> None:
        if self._loading:
            return
        self._dirty = True
        self.draft_timer.start()

    def save_draft(self) -> None:
        if self._loading or self.result_ is not None or not self._dirty:
            return
        self.draft_timer.stop()
        data, did, hid = self.snapshot(), self.draft_id, self.setup.household_id
        self._dirty = False
        self.ctx.runner.write(
            lambda s: drafts.save(s, data, household_id=hid, draft_id=did), changes={"drafts"}
        ).run(self)

    # ---------------------------------------------------------------- saving
    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        if self.currentPage() is self.review:
            # Qt may validate the last page more than once per click: save exactly once.
            if self.result_ is None and not self.saving:
                self.commit()
            # Asynchronous save: stay on the page; _saved() closes the wizard.
            return self.result_ is not None
        return True

    def commit(self) -> None:
        """Save the whole visit in one unit of work on the worker."""
        try:
            data = self.visit_input()
        except ValidationError as exc:
            self._failed(exc)
            return
        photo_paths = self.photos.paths()
        did = self.draft_id

        def work(s: Session) -> visits.VisitResult:
            data.photos = [Path(p).read_bytes() for p in photo_paths]
            result = visits.record_visit(s, data)
            drafts.remove(s, did)
            return result

        self.saving = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        (
            self.ctx.runner.write(
                work,
                changes={"visits", "payments", "needs", "households", "drafts"},
                label=translate("VisitWizard", "Saving the visit…"),
            )
            .success(self._saved)
            .failure(self._failed)
            .finally_(self._save_over)
            .run(self)
        )

    def _save_over(self) -> None:
        self.saving = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

    def _saved(self, result: visits.VisitResult) -> None:
        self.result_ = result
        self.draft_timer.stop()
        self.saved.emit(result)
        if not self.ctx.runner.synchronous:
            # Close after the runner's finally step has run on this (still living) wizard.
            QTimer.singleShot(0, self.accept)

    def _failed(self, error: BaseException) -> None:
        from fieldvisit.ui.runner import show_error

        if isinstance(error, ValidationError):
            page = {
                "cash": self.money,
                "amount": self.money,
                "quantity": self.money,
                "override_reason": self.money,
                "description": self.needs,
                "category": self.needs,
                "proxy_relation": self.recipient,
                "proxy_name": self.recipient,
                "recipient_name": self.recipient,
                "photo": self.photos,
                "date": self.conditions,
            }.get(error.field)
            if page is not None:
                while self.currentPage() is not page and self.currentId() > 0:
                    self.back()
            err = getattr(page, "error", None)
            if isinstance(err, QLabel):
                err.setText(str(error))
                return
        show_error(
            self, error if isinstance(error, FieldVisitError | Exception) else Exception(str(error))
        )

    # ---------------------------------------------------------------- leaving
    def reject(self) -> None:
        if self.result_ is None and self._has_content():
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(translate("VisitWizard", "Leave this visit?"))
            box.setText(
                translate(
                    "VisitWizard",
                    "The visit is not saved yet. Keep it as a draft to finish later, or discard it?",
                )
            )
            keep = box.addButton(
                translate("VisitWizard", "&Keep draft and leave"), QMessageBox.ButtonRole.AcceptRole
            )
            discard = box.addButton(
                translate("VisitWizard", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
            )
            stay = box.addButton(
                translate("VisitWizard", "&Continue the visit"), QMessageBox.ButtonRole.RejectRole
            )
            box.setDefaultButton(stay)
            box.setEscapeButton(stay)
            box.exec()
            if box.clickedButton() is keep:
                self._dirty = True
                self.save_draft()
            elif box.clickedButton() is discard:
                did = self.draft_id
                self.draft_timer.stop()
                self.ctx.runner.write(lambda s: drafts.remove(s, did), changes={"drafts"}).run(self)
            else:
                return
        super().reject()

    def _has_content(self) -> bool:
        snap = self.snapshot()
        return bool(
            snap["notes"]
            or snap["photos"]
            or snap["needs"]
            or snap["strokes"]
            or any(on for on, _t in snap["checks"].values())
            or self._dirty
        )

    # ---------------------------------------------------------------- review & texts
    def review_html(self) -> str:
        c, r = self.conditions, self.recipient
        esc = lambda s: str(s).replace("&", "&amp;").replace("<", "&lt;")  # noqa: E731
        rows = [
            (translate("VisitWizard", "Household"), f"{self.setup.name}  {self.setup.id_masked}"),
            (translate("VisitWizard", "Campaign"), c.campaign.currentText()),
            (translate("VisitWizard", "Date"), c.day.date().toString("yyyy-MM-dd")),
            (translate("VisitWizard", "Visitors"), c.visitors.text()),
        ]
        for k, (b, text) in c.checks.items():
            if b.isChecked():
                rows.append((observation_label(k), text.text()))
        if c.notes.toPlainText():
            rows.append((translate("VisitWizard", "Notes"), c.notes.toPlainText()))
        rows.append((translate("VisitWizard", "Photos"), str(len(self.photos.paths()))))
        try:
            cash = yuan(self.cash_fen())
        except ValidationError as exc:
            cash = str(exc)
        rows.append((translate("VisitWizard", "Cash"), cash))
        goods = "、".join(f"{g.item} × {g.quantity}{g.unit}" for g in self.goods_lines())
        rows.append((translate("VisitWizard", "Goods"), goods or translate("VisitWizard", "none")))
        for n in self.needs.rows():
            rows.append(
                (
                    translate("VisitWizard", "Need"),
                    f"{n['category']}：{n['description']}（{n['due']}）",
                )
            )
        who = r.recipient.text()
        if r.proxy.isChecked():
            who += "  " + translate("VisitWizard", "collected by %1 (%2)").replace(
                "%1", r.proxy_name.text()
            ).replace("%2", r.proxy_relation.currentText())
        rows.append((translate("VisitWizard", "Recipient"), who))
        mode = {
            "signature": translate("VisitWizard", "Signature"),
            "fingerprint": translate("VisitWizard", "Fingerprint on paper"),
            "absent": translate("VisitWizard", "Recipient absent"),
        }[r.sign_mode()]
        rows.append((translate("VisitWizard", "Confirmed by"), mode))
        body = "".join(
            f"<tr><td style='color:#6b7280;padding:3px 12px 3px 0'>{esc(a)}</td><td>{esc(b)}</td></tr>"
            for a, b in rows
        )
        return f"<table>{body}</table>"

    def retranslateUi(self) -> None:
        self.setWindowTitle(translate("VisitWizard", "Visit: %1").replace("%1", self.setup.name))
        self.setButtonText(QWizard.WizardButton.NextButton, translate("VisitWizard", "&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, translate("VisitWizard", "< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, translate("VisitWizard", "Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("VisitWizard", "&Finish"))
        for step in self.steps:
            step.retranslateUi()

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
