"""Ask for the replica's passphrase when no keyring holds its key.

A wrong passphrase keeps the dialog open with a clear message, so the user
can try again; the unlocking itself (a slow key derivation) runs off the GUI
thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.store.replica import Replica
from fieldvisit.ui.context import AppContext


class PassphraseDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.replica: Replica | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self.label = QLabel(self)
        self.label.setBuddy(self.passphrase)
        form.addRow(self.label, self.passphrase)
        box = QVBoxLayout(self)
        box.addWidget(self.intro)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(translate("PassphraseDialog", "Unlock the local database"))
        self.intro.setText(
            translate(
                "PassphraseDialog",
                "This laptop's database is protected by a passphrase. Enter it to continue.",
            )
        )
        self.label.setText(translate("PassphraseDialog", "&Passphrase:"))

    def try_unlock(self) -> None:
        given = self.passphrase.text()
        if not given:
            self.error.setText(translate("PassphraseDialog", "Enter the passphrase."))
            return
        self.buttons.setEnabled(False)
        self.error.setText(translate("PassphraseDialog", "Unlocking…"))
        base = self.ctx.base
        (
            self.ctx.runner.call(lambda: Replica.open(base, passphrase=given))
            .success(self._opened)
            .failure(self._failed)
            .finally_(lambda: self.buttons.setEnabled(True))
            .run(self)
        )

    def _opened(self, replica: Replica) -> None:
        self.replica = replica
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, FieldVisitError):
            self.error.setText(str(error))
        else:
            self.error.setText(
                translate("PassphraseDialog", "The database could not be opened: %1").replace(
                    "%1", type(error).__name__
                )
            )
        self.passphrase.selectAll()
        self.passphrase.setFocus()
