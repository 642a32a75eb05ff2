"""Page 5, who received it: recipient or proxy, witness, and how they confirmed it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit import visit_checks
from fieldvisit.i18n import translate
from fieldvisit.ui.page import set_tab_order
from fieldvisit.ui.signature import SignaturePad
from fieldvisit.ui.visit.step import Step

if TYPE_CHECKING:
    from fieldvisit.ui.visit.wizard import VisitWizard


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
        """Signed, fingerprint, or absent with a proxy or a witness (visit_checks)."""
        found = (
            visit_checks.recipient_checks(
                sign_mode=self.sign_mode(),
                has_signature=not self.pad.is_empty(),
                proxy_name=self.proxy_name.text() if self.proxy.isChecked() else None,
                proxy_relation=self.proxy_relation.currentText()
                if self.proxy.isChecked()
                else None,
                witness=self.witness.text(),
            )
            if self.wiz.has_payment()
            else []
        )
        if found:
            self.error.setText(" ".join(c.message for c in found))
            focus = {
                "no_signature": self.pad,
                "proxy_incomplete": self.proxy_name,
                "absent_unconfirmed": self.witness,
            }[found[0].kind]
            focus.setFocus()
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
