"""First run: create this laptop's encrypted replica, or enrol it from a file.

Creating asks for the device name, the team and the organisation printed on
receipts; a passphrase is needed only where no system keyring works. Enrolling
uses the sync area's ``enrol_from_file`` when that module is installed; without
it the option is shown disabled with the reason.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.store import secrets
from fieldvisit.store.replica import Replica
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.page import set_tab_order

DEMO_HOUSEHOLDS = 2000


def enrol_function() -> Any:
    try:
        return importlib.import_module("fieldvisit.sync.enrol").enrol_from_file
    except (ImportError, AttributeError):
        return None


class FirstRunDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.replica: Replica | None = None
        self.keyring_problem = secrets.keyring_problem()  # why not, said when it matters
        self.keyring = self.keyring_problem is None
        self.enrol = enrol_function()

        self.title = QLabel(self)
        self.title.setProperty("role", "h1")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.create_choice = QRadioButton(self)
        self.enrol_choice = QRadioButton(self)
        self.create_choice.setChecked(True)

        # -- create
        self.create_box = QWidget(self)
        cf = QFormLayout(self.create_box)
        # No default: the name goes on every receipt number and the office's lists,
        # and a host name ("DESKTOP-4F2K9QX") means nothing to either.
        self.device = QLineEdit(self)
        self.device.setMaxLength(40)
        self.team = QLineEdit(self)
        self.organisation = QLineEdit(self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase2 = QLineEdit(self)
        self.passphrase2.setEchoMode(QLineEdit.EchoMode.Password)
        self.demo = QCheckBox(self)
        self.labels: dict[str, QLabel] = {}
        for key, field in (
            ("device", self.device),
            ("team", self.team),
            ("organisation", self.organisation),
            ("passphrase", self.passphrase),
            ("passphrase2", self.passphrase2),
        ):
            label = QLabel(self)
            label.setBuddy(field)
            self.labels[key] = label
            cf.addRow(label, field)
        cf.addRow("", self.demo)

        # -- enrol
        self.enrol_box = QWidget(self)
        ef = QFormLayout(self.enrol_box)
        self.enrol_file = QLineEdit(self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.enrol_file, 1)
        file_row.addWidget(self.browse)
        self.enrol_code = QLineEdit(self)
        self.enrol_pass = QLineEdit(self)
        self.enrol_pass.setEchoMode(QLineEdit.EchoMode.Password)
        for key, field_or_layout, buddy in (
            ("file", file_row, self.enrol_file),
            ("code", self.enrol_code, self.enrol_code),
            ("enrol_pass", self.enrol_pass, self.enrol_pass),
        ):
            label = QLabel(self)
            label.setBuddy(buddy)  # so the label's &-shortcut focuses its field
            self.labels[key] = label
            ef.addRow(label, field_or_layout)
        self.enrol_box.setEnabled(False)
        if self.enrol is None:
            self.enrol_choice.setEnabled(False)

        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.create_choice.toggled.connect(self._mode)

        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.intro)
        box.addWidget(self.create_choice)
        box.addWidget(self.create_box)
        box.addWidget(self.enrol_choice)
        box.addWidget(self.enrol_box)
        box.addWidget(self.error)
        box.addStretch(1)
        box.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._keyboard()
        self.retranslateUi()
        self.device.setFocus()

    def _keyboard(self) -> None:
        """Tab follows the page top to bottom, and Enter in any field presses OK.

        The fields are children of the dialog, so without this the enrol choice
        (made second) would come before the create fields.
        """
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        order: list[tuple[str, QWidget]] = [
            ("create_choice", self.create_choice),
            ("device", self.device),
            ("team", self.team),
            ("organisation", self.organisation),
            ("passphrase", self.passphrase),
            ("passphrase2", self.passphrase2),
            ("demo", self.demo),
            ("enrol_choice", self.enrol_choice),
            ("enrol_file", self.enrol_file),
            ("browse", self.browse),
            ("enrol_code", self.enrol_code),
            ("enrol_pass", self.enrol_pass),
            ("ok", ok),
            ("cancel", cancel),
        ]
        set_tab_order(order)
        ok.setDefault(True)
        self.browse.setAutoDefault(False)  # Enter in the file field creates, not browses

    def retranslateUi(self) -> None:
        self.setWindowTitle(translate("FirstRunDialog", "Welcome to fieldvisit"))
        self.title.setText(translate("FirstRunDialog", "Set up this laptop"))
        self.intro.setText(
            translate(
                "FirstRunDialog",
                "fieldvisit keeps its data in an encrypted database on this laptop. "
                "Create a new one, or enrol the laptop with the file the office gave you.",
            )
        )
        self.create_choice.setText(
            translate("FirstRunDialog", "&Create a new database for this laptop")
        )
        self.enrol_choice.setText(translate("FirstRunDialog", "&Enrol from an enrolment file"))
        if self.enrol is None:
            self.enrol_choice.setToolTip(
                translate(
                    "FirstRunDialog", "Enrolment needs the sync module, which is not installed."
                )
            )
        self.labels["device"].setText(translate("FirstRunDialog", "&Device name:"))
        self.device.setPlaceholderText(
            translate("FirstRunDialog", "e.g. HZ03 or the team's laptop name (shown to the office)")
        )
        self.labels["team"].setText(translate("FirstRunDialog", "&Team:"))
        self.labels["organisation"].setText(
            translate("FirstRunDialog", "&Organisation (printed on receipts):")
        )
        self.labels["passphrase"].setText(
            translate("FirstRunDialog", "&Passphrase (optional):")
            if self.keyring
            else translate("FirstRunDialog", "&Passphrase:")
        )
        self.labels["passphrase2"].setText(translate("FirstRunDialog", "&Repeat passphrase:"))
        self.passphrase.setPlaceholderText(
            translate("FirstRunDialog", "leave empty to keep the key in the system keyring")
            if self.keyring
            else translate("FirstRunDialog", "no system keyring here: choose a passphrase")
        )
        self.demo.setText(
            translate("FirstRunDialog", "&Load demo data (%1 invented households)").replace(
                "%1", f"{DEMO_HOUSEHOLDS:,}"
            )
        )
        self.labels["file"].setText(translate("FirstRunDialog", "Enrolment &file:"))
        self.browse.setText(translate("FirstRunDialog", "&Browse…"))
        self.labels["code"].setText(translate("FirstRunDialog", "Enrolment c&ode:"))
        self.labels["enrol_pass"].setText(translate("FirstRunDialog", "Pass&phrase (optional):"))

    def _mode(self, creating: bool) -> None:
        self.create_box.setEnabled(creating)
        self.enrol_box.setEnabled(not creating)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("FirstRunDialog", "Choose the enrolment file")
        )
        if name:
            self.enrol_file.setText(name)

    # ---------------------------------------------------------------- submit
    def submit(self) -> None:
        self.error.clear()
        if self.create_choice.isChecked():
            self._create()
        else:
            self._enrol()

    def _create(self) -> None:
        device, team, org = self.device.text(), self.team.text(), self.organisation.text()
        pw, pw2 = self.passphrase.text(), self.passphrase2.text()
        if not device.strip():
            self.error.setText(translate("FirstRunDialog", "Enter a name for this laptop."))
            self.device.setFocus()
            return
        if not team.strip():
            self.error.setText(translate("FirstRunDialog", "Enter the name of your team."))
            self.team.setFocus()
            return
        if pw != pw2:
            self.error.setText(translate("FirstRunDialog", "The two passphrases differ."))
            self.passphrase2.setFocus()
            return
        if pw and len(pw) < 8:
            self.error.setText(
                translate("FirstRunDialog", "Choose a passphrase of at least 8 characters.")
            )
            self.passphrase.setFocus()
            return
        if not pw and not self.keyring and not secrets.passphrase_from_env():
            self.error.setText(
                translate(
                    "FirstRunDialog", "No system keyring is available here: choose a passphrase."
                )
                + " "
                + (self.keyring_problem or "")
            )
            self.passphrase.setFocus()
            return
        demo = self.demo.isChecked()
        base = self.ctx.base

        def work(report: Any) -> Replica:
            replica = Replica.create(
                base, device=device, team=team, organisation=org, passphrase=pw or None
            )
            if demo:
                from fieldvisit import demo as demo_data

                demo_data.generate(replica, DEMO_HOUSEHOLDS, progress=report, batch=250)
            return replica

        self.buttons.setEnabled(False)
        (
            self.ctx.runner.call(
                work, progress=True, label=translate("FirstRunDialog", "Creating the database…")
            )
            .success(self._done)
            .failure(self._failed)
            .finally_(lambda: self.buttons.setEnabled(True))
            .run(self)
        )

    def _enrol(self) -> None:
        path, code, pw = (
            self.enrol_file.text().strip(),
            self.enrol_code.text().strip(),
            self.enrol_pass.text(),
        )
        if not path or not Path(path).is_file():
            self.error.setText(translate("FirstRunDialog", "Choose the enrolment file."))
            return
        if not code:
            self.error.setText(
                translate("FirstRunDialog", "Enter the enrolment code from the office.")
            )
            self.enrol_code.setFocus()
            return
        base, enrol = self.ctx.base, self.enrol
        self.buttons.setEnabled(False)
        (
            self.ctx.runner.call(
                lambda: enrol(base, Path(path), code, pw or None),
                label=translate("FirstRunDialog", "Enrolling this laptop…"),
            )
            .success(self._done)
            .failure(self._failed)
            .finally_(lambda: self.buttons.setEnabled(True))
            .run(self)
        )

    def _done(self, replica: Replica) -> None:
        self.replica = replica
        self.accept()

    def _failed(self, error: BaseException) -> None:
        from fieldvisit.ui.runner import error_text

        self.error.setText(
            error_text(error) if not isinstance(error, FieldVisitError) else str(error)
        )
