"""Settings: language (applies live), receipts, printer, the hub, data folder and backup, about.

Language and printer are preferences of this laptop's user interface;
the receipt layout and prefix are replica settings the receipts area reads.
The organisation printed on receipts is a synced row an office device renames
(``fieldvisit.organisation``); a laptop set up alone joins a hub from here.
"""

from __future__ import annotations

import platform
import re
from pathlib import Path
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit import __version__, backup, organisation
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.joinhub import ask_join, is_enrolled, join_function
from fieldvisit.ui.page import Page

LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
PREFIX = re.compile(r"^[A-Za-z0-9]{1,12}$")


def versions(replica: Any = None) -> dict[str, str]:
    sqlcipher = ""
    if replica is not None:
        try:
            raw = replica.engine.raw_connection()
            try:
                sqlcipher = str(raw.cursor().execute("PRAGMA cipher_version").fetchone()[0])
            finally:
                raw.close()
        except Exception:
            sqlcipher = "?"
    return {
        "fieldvisit": __version__,
        "Qt": qVersion(),
        "PySide6": pyside_version,
        "Python": platform.python_version(),
        "SQLCipher": sqlcipher,
    }


class SettingsPage(Page):
    shows = frozenset({"settings"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "h1")

        self.general = QGroupBox(self)
        gf = QFormLayout(self.general)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(ctx.language), 0))
        self.language.currentIndexChanged.connect(self._language)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        gf.addRow(self.language_label, self.language)

        self.receipts = QGroupBox(self)
        rf = QFormLayout(self.receipts)
        self.layout_combo = QComboBox(self)
        self.layout_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layout_combo.addItem("A4", "a4")
        self.layout_combo.addItem("A5", "a5")
        self.layout_combo.setCurrentIndex(
            max(self.layout_combo.findData(ctx.replica_setting("receipt_layout", "a4")), 0)
        )
        self.layout_combo.currentIndexChanged.connect(self._layout)
        self.prefix = QLineEdit(self)
        self.prefix.setText(str(ctx.replica_setting("receipt_prefix", "") or ""))
        self.prefix.setMaxLength(12)
        self.prefix_save = QPushButton(self)
        self.prefix_save.clicked.connect(self.save_prefix)
        self.prefix_error = QLabel(self)
        self.prefix_error.setProperty("role", "error")
        prow = QHBoxLayout()
        prow.addWidget(self.prefix)
        prow.addWidget(self.prefix_save)
        prow.addWidget(self.prefix_error, 1)
        self.printer = QComboBox(self)
        self.printer.addItem("", "")
        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        self.printer.setCurrentIndex(max(self.printer.findData(ctx.pref("printer", "")), 0))
        self.printer.currentIndexChanged.connect(
            lambda _i: ctx.set_pref("printer", self.printer.currentData())
        )
        self.org = QLineEdit(self)
        self.org.setMaxLength(200)
        self.org_save = QPushButton(self)
        self.org_save.clicked.connect(self.save_organisation)
        self.org_note = QLabel(self)
        self.org_note.setWordWrap(True)
        orow = QHBoxLayout()
        orow.addWidget(self.org, 2)
        orow.addWidget(self.org_save)
        orow.addWidget(self.org_note, 1)
        self.r_labels = [QLabel(self) for _ in range(4)]
        self.r_labels[0].setBuddy(self.layout_combo)
        self.r_labels[1].setBuddy(self.prefix)
        self.r_labels[2].setBuddy(self.printer)
        self.r_labels[3].setBuddy(self.org)
        rf.addRow(self.r_labels[0], self.layout_combo)
        rf.addRow(self.r_labels[1], prow)
        rf.addRow(self.r_labels[2], self.printer)
        rf.addRow(self.r_labels[3], orow)

        # A laptop set up alone can join a hub at any time, keeping its data.
        self.hub = QGroupBox(self)
        hrow = QHBoxLayout(self.hub)
        self.hub_status = QLabel(self)
        self.hub_status.setWordWrap(True)
        self.join_btn = QPushButton(self)
        self.join_btn.clicked.connect(self.join_hub)
        hrow.addWidget(self.hub_status, 1)
        hrow.addWidget(self.join_btn)
        #: Dialog hook, replaced in tests.
        self.ask_join = ask_join

        self.data = QGroupBox(self)
        df = QFormLayout(self.data)
        self.folder = QLabel(str(ctx.base), self)
        self.open_folder = QPushButton(self)
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(ctx.base)))
        )
        frow = QHBoxLayout()
        frow.addWidget(self.folder, 1)
        frow.addWidget(self.open_folder)
        self.backup_btn = QPushButton(self)
        self.backup_btn.clicked.connect(self.choose_backup)
        self.backup_result = QLabel(self)
        self.backup_result.setWordWrap(True)
        brow = QHBoxLayout()
        brow.addWidget(self.backup_btn)
        brow.addWidget(self.backup_result, 1)
        self.d_labels = [QLabel(self) for _ in range(2)]
        df.addRow(self.d_labels[0], frow)
        df.addRow(self.d_labels[1], brow)

        self.about_btn = QPushButton(self)
        self.about_btn.clicked.connect(self.about)
        for name, w in (
            ("language", self.language),
            ("organisation", self.org),
            ("save_organisation", self.org_save),
            ("paper", self.layout_combo),
            ("prefix", self.prefix),
            ("save_prefix", self.prefix_save),
            ("printer", self.printer),
            ("join_hub", self.join_btn),
            ("open_folder", self.open_folder),
            ("backup", self.backup_btn),
            ("about", self.about_btn),
        ):
            w.setObjectName(name)
        self.prefix.returnPressed.connect(self.save_prefix)  # Enter saves, as the button does
        self.org.returnPressed.connect(self.save_organisation)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.addWidget(self.heading)
        box.addWidget(self.general)
        box.addWidget(self.receipts)
        box.addWidget(self.hub)
        box.addWidget(self.data)
        arow = QHBoxLayout()
        arow.addWidget(self.about_btn)
        arow.addStretch(1)
        box.addLayout(arow)
        box.addStretch(1)
        self.retranslateUi()

    # ---------------------------------------------------------------- loading
    def refresh(self) -> None:
        self.ctx.runner.read(organisation.name).success(self._show_org).run(self)
        self._hub_state()

    def _show_org(self, name: str) -> None:
        if not self.org.hasFocus():
            self.org.setText(name)

    def _office(self) -> bool:
        return self.ctx.role == "office"

    def _hub_state(self) -> None:
        """Joined or not, in words; the join button only where it can do something."""
        replica = self.ctx.replica
        joined = replica is not None and is_enrolled(replica.settings)
        if joined and replica is not None:
            self.hub_status.setText(
                translate("SettingsPage", "This laptop has joined the hub as %1 (%2).")
                .replace("%1", str(replica.settings.get("device_name", "")))
                .replace("%2", str(replica.settings.get("org_name", "")))
            )
        else:
            self.hub_status.setText(
                translate(
                    "SettingsPage",
                    "This laptop works alone. To sync with the office, join your organisation's "
                    "hub with the enrolment file and one-time code from the office; everything "
                    "on this laptop is kept.",
                )
            )
        self.join_btn.setVisible(not joined)
        self.join_btn.setEnabled(not joined and replica is not None and join_function() is not None)
        office = self._office()
        self.org.setReadOnly(not office)
        self.org_save.setVisible(office)
        self.org_note.setText(
            ""
            if office
            else translate("SettingsPage", "Set by the office; it arrives with the next sync.")
        )

    # ---------------------------------------------------------------- actions
    def join_hub(self) -> None:
        if self.ask_join(self.ctx, self):
            self._hub_state()

    def save_organisation(self) -> None:
        if not self._office():
            return
        name = self.org.text()
        self.ctx.runner.write(lambda s: organisation.rename(s, name), changes={"settings"}).success(
            lambda _r: self.org_note.setText(
                translate("SettingsPage", "Saved; syncs to every laptop.")
            )
        ).failure(lambda e: self.org_note.setText(str(e))).run(self)

    def _language(self) -> None:
        code = self.language.currentData()
        if code and code != self.ctx.language:
            self.ctx.set_language(code)

    def _set_replica(self, key: str, value: Any, then: Any = None) -> None:
        replica = self.ctx.replica
        if replica is None:
            return
        op = self.ctx.runner.call(lambda: replica.set_setting(key, value), changes={"settings"})
        if then is not None:
            op.success(then)
        op.run(self)

    def _layout(self) -> None:
        self._set_replica("receipt_layout", self.layout_combo.currentData())

    def save_prefix(self) -> None:
        text = self.prefix.text().strip().upper()
        if text and not PREFIX.match(text):
            self.prefix_error.setText(
                translate("SettingsPage", "Use 1 to 12 letters or digits, e.g. HZ03.")
            )
            self.prefix.setFocus()
            return
        self.prefix.setText(text)
        self.prefix_error.clear()
        self._set_replica(
            "receipt_prefix",
            text,
            lambda _r: self.prefix_error.setText(translate("SettingsPage", "Saved.")),
        )

    def choose_backup(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            translate("SettingsPage", "Choose where to put the backup"),
            str(self.ctx.pref("backup_folder", str(Path.home()))),
        )
        if folder:
            self.backup_to(Path(folder))

    def backup_to(self, folder: Path) -> None:
        replica = self.ctx.replica
        if replica is None:
            return
        self.ctx.set_pref("backup_folder", str(folder))

        def work() -> tuple[str, int]:
            result = backup.backup(replica, folder)
            if backup.verify(replica, result.folder) != result.operations:
                raise FieldVisitError(
                    translate("SettingsPage", "The backup could not be read back; try again.")
                )
            return str(result.folder), result.size

        def done(r: tuple[str, int]) -> None:
            where, size = r
            self.backup_result.setText(
                translate("SettingsPage", "Encrypted backup written and checked: %1 (%2 MB)")
                .replace("%1", where)
                .replace("%2", f"{size / 1e6:.1f}")
            )

        self.ctx.runner.call(work, label=translate("SettingsPage", "Writing the backup…")).success(
            done
        ).run(self)

    def about(self) -> None:
        replica = self.ctx.replica

        def show(v: dict[str, str]) -> None:
            lines = "<br>".join(f"{k}: {val}" for k, val in v.items())
            QMessageBox.about(
                self,
                translate("SettingsPage", "About fieldvisit"),
                "<b>fieldvisit</b><br>"
                + translate(
                    "SettingsPage",
                    "Offline field visits to needy households, with receipts and sync.",
                )
                + f"<br><br>{lines}",
            )

        self.ctx.runner.call(lambda: versions(replica)).success(show).run(self)

    # ---------------------------------------------------------------- texts
    def retranslateUi(self) -> None:
        self.heading.setText(translate("SettingsPage", "Settings"))
        self.general.setTitle(translate("SettingsPage", "General"))
        self.language_label.setText(translate("SettingsPage", "&Language:"))
        self.receipts.setTitle(translate("SettingsPage", "Receipts"))
        self.r_labels[0].setText(translate("SettingsPage", "Paper &size:"))
        self.r_labels[1].setText(translate("SettingsPage", "Receipt number &prefix:"))
        self.r_labels[2].setText(translate("SettingsPage", "Default p&rinter:"))
        self.r_labels[3].setText(translate("SettingsPage", "Organisa&tion:"))
        self.org.setToolTip(
            translate("SettingsPage", "Printed on every receipt as the issuing unit.")
        )
        self.org_save.setText(translate("SettingsPage", "Save &name"))
        self.hub.setTitle(translate("SettingsPage", "Hub"))
        self.join_btn.setText(translate("SettingsPage", "&Join a hub…"))
        self._hub_state()
        self.printer.setItemText(0, translate("SettingsPage", "(system default)"))
        self.prefix.setPlaceholderText(translate("SettingsPage", "device name"))
        self.prefix_save.setText(translate("SettingsPage", "Sa&ve prefix"))
        self.data.setTitle(translate("SettingsPage", "Data"))
        self.d_labels[0].setText(translate("SettingsPage", "Data folder:"))
        self.d_labels[1].setText(translate("SettingsPage", "Backup:"))
        self.open_folder.setText(translate("SettingsPage", "&Open folder"))
        self.backup_btn.setText(translate("SettingsPage", "&Back up now…"))
        self.backup_btn.setToolTip(
            translate(
                "SettingsPage",
                "Writes an encrypted copy that opens with the same key or passphrase.",
            )
        )
        self.about_btn.setText(translate("SettingsPage", "&About fieldvisit"))
