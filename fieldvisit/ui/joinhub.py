"""Joining a hub (加入中心库) from the GUI, at any time, keeping what the laptop holds.

The office gives an enrolment file and, separately, a one-time code. A laptop
set up alone joins with them from Settings or the Sync page
(``fieldvisit.sync.enrol.join_hub``): its earlier work is re-issued under the
enrolled device and goes to the hub at the first sync.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.errors import FieldVisitError
from fieldvisit.ui.context import AppContext

#: What joining changes: the device and everything shown from the replica.
CHANGES = {"settings", "sync", "households", "visits", "payments", "needs", "conflicts"}


def join_function() -> Any:
    """``enrol.join_hub`` when the sync area is installed, else None."""
    try:
        return importlib.import_module("fieldvisit.sync.enrol").join_hub
    except (ImportError, AttributeError):
        return None


def is_enrolled(settings: dict[str, Any]) -> bool:
    return bool(settings.get("hub_conninfo") or settings.get("bundle_key"))


class JoinHubDialog(QDialog):
    """Enrolment file and one-time code; Join keeps everything already on the laptop."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("JoinHubDialog")
        self.ctx = ctx
        self.joined = False
        self.join = join_function()
        self.setWindowTitle(self.tr("Join a hub"))
        lay = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "Join this laptop to your organisation's hub (中心库) with the enrolment file "
                "and the one-time code the office gave you. Everything already on this "
                "laptop is kept: it is sent to the hub at the first sync and reaches the "
                "other laptops from there."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        form = QFormLayout()
        self.file = QLineEdit(self)
        self.file.setObjectName("enrol_file")
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.browse)
        self.code = QLineEdit(self)
        self.code.setObjectName("enrol_code")
        self.code.setPlaceholderText("XXXX-XXXX-XXXX")
        file_label = QLabel(self.tr("Enrolment &file:"), self)
        file_label.setBuddy(self.file)
        code_label = QLabel(self.tr("One-time &code:"), self)
        code_label.setBuddy(self.code)
        form.addRow(file_label, row)
        form.addRow(code_label, self.code)
        lay.addLayout(form)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.join_button = self.buttons.addButton(
            self.tr("&Join"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.join_button.setObjectName("join")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        if self.join is None:
            self.join_button.setEnabled(False)
            self.error.setText(self.tr("Joining needs the sync module, which is not installed."))
        self.setMinimumWidth(560)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the enrolment file"),
            str(Path.home()),
            self.tr("Enrolment files (*.fvenrol);;All files (*)"),
        )
        if name:
            self.file.setText(name)

    def submit(self) -> None:
        path, code = self.file.text().strip(), self.code.text().strip()
        replica = self.ctx.replica
        if replica is None or self.join is None:
            return
        if not path or not Path(path).is_file():
            self.error.setText(self.tr("Choose the enrolment file from the office."))
            self.file.setFocus()
            return
        if not code:
            self.error.setText(self.tr("Enter the one-time code from the office."))
            self.code.setFocus()
            return
        self.error.clear()
        join = self.join
        self.buttons.setEnabled(False)
        (
            self.ctx.runner.call(
                lambda: join(replica, Path(path), code),
                label=self.tr("Joining the hub…"),
                changes=CHANGES,
            )
            .success(self._done)
            .failure(self._failed)
            .finally_(lambda: self.buttons.setEnabled(True))
            .run(self)
        )

    def _done(self, _result: Any) -> None:
        self.joined = True
        self.accept()

    def _failed(self, error: BaseException) -> None:
        from fieldvisit.ui.runner import error_text

        self.error.setText(str(error) if isinstance(error, FieldVisitError) else error_text(error))


def ask_join(ctx: AppContext, parent: QWidget) -> bool:
    """Show the dialog; True when the laptop joined."""
    dlg = JoinHubDialog(ctx, parent)
    dlg.exec()
    return dlg.joined
