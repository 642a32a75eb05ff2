"""The main window: navigation on the left, one page at a time on the right.

Pages are built when first shown, so the home screen is usable quickly even on
a replica with 200,000 households. On an office workstation
(``replica.role == "office"``) the office workspace is added when its module is
installed; a field laptop never imports it.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from fieldvisit.i18n import translate
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.screen_fit import fit_to_screen

log = logging.getLogger("fieldvisit.ui")


#: Delay of the first hub reachability check after start (see start_online_check).
FIRST_ONLINE_CHECK_MS = 2000


def plain(label: str) -> str:
    """A label without its mnemonic: "&Home" -> "Home", "首页(&H)" -> "首页"."""
    return re.sub(r"\(&\w\)", "", label).replace("&", "")


@dataclass
class NavEntry:
    key: str
    label: Callable[[], str]
    factory: Callable[[AppContext, QWidget], QWidget]
    widget: QWidget | None = None


def _lazy(module: str, cls: str) -> Callable[[AppContext, QWidget], QWidget]:
    def make(ctx: AppContext, parent: QWidget) -> QWidget:
        widget: QWidget = getattr(importlib.import_module(module), cls)(ctx, parent)
        return widget

    return make


def office_factory() -> Callable[[AppContext, QWidget], QWidget] | None:
    """The office workspace, if its module is present (contract: ``OfficeWorkspace(ctx, parent)``)."""
    try:
        module = importlib.import_module("fieldvisit.ui.office")
    except ImportError:
        return None
    workspace = getattr(module, "OfficeWorkspace", None)
    if workspace is None:
        return None

    def make(ctx: AppContext, parent: QWidget) -> QWidget:
        widget: QWidget = workspace(ctx, parent)
        return widget

    return make


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.entries: list[NavEntry] = [
            NavEntry(
                "home",
                lambda: translate("MainWindow", "&Home"),
                _lazy("fieldvisit.ui.home", "HomePage"),
            ),
            NavEntry(
                "households",
                lambda: translate("MainWindow", "H&ouseholds"),
                _lazy("fieldvisit.ui.households", "HouseholdsPage"),
            ),
            NavEntry(
                "units",
                lambda: translate("MainWindow", "&Units"),
                _lazy("fieldvisit.ui.units.page", "UnitsPage"),
            ),
            NavEntry(
                "visit",
                lambda: translate("MainWindow", "&Visit"),
                _lazy("fieldvisit.ui.visitpage", "VisitPage"),
            ),
            NavEntry(
                "needs",
                lambda: translate("MainWindow", "&Needs"),
                _lazy("fieldvisit.ui.needspage", "NeedsPage"),
            ),
            NavEntry(
                "sync",
                lambda: translate("MainWindow", "&Sync"),
                _lazy("fieldvisit.ui.syncpage", "SyncPage"),
            ),
            NavEntry(
                "settings",
                lambda: translate("MainWindow", "S&ettings"),
                _lazy("fieldvisit.ui.settingspage", "SettingsPage"),
            ),
        ]
        if ctx.role == "office":
            office = office_factory()
            if office is not None:
                self.entries.append(
                    NavEntry("office", lambda: translate("MainWindow", "O&ffice"), office)
                )

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(150)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget(central)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        for entry in self.entries:
            item = QListWidgetItem(self.nav)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            placeholder = QWidget(self.stack)
            self.stack.addWidget(placeholder)
        self.nav.currentRowChanged.connect(self._show_row)

        self.status_online = QLabel(self)
        self.status_busy = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_busy)
        self.statusBar().addPermanentWidget(self.status_online)
        ctx.runner.busy_changed.connect(self._busy)

        self._actions: list[tuple[QAction, Callable[[], str]]] = []
        self._shortcut(
            "Ctrl+F", lambda: translate("MainWindow", "Search households"), self.focus_search
        )
        self._shortcut("Ctrl+N", lambda: translate("MainWindow", "New visit"), self.new_visit)
        for i in range(len(self.entries)):
            self._shortcut(f"Ctrl+{i + 1}", str, self._goto(i))

        fit_to_screen(self, 1366, 768)
        self.retranslateUi()
        self.nav.setCurrentRow(0)

    # ---------------------------------------------------------------- navigation
    def _shortcut(self, keys: str, label: Callable[[], str], slot: Callable[[], object]) -> None:
        act = QAction(self)
        act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        self._actions.append((act, label))

    def _goto(self, row: int) -> Callable[[], None]:
        return lambda: self.nav.setCurrentRow(row)

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use."""
        i = next(i for i, e in enumerate(self.entries) if e.key == key)
        entry = self.entries[i]
        if entry.widget is None:
            old = self.stack.widget(i)
            entry.widget = entry.factory(self.ctx, self.stack)
            self.stack.insertWidget(i, entry.widget)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
        return entry.widget

    def show_page(self, key: str) -> QWidget:
        i = next(i for i, e in enumerate(self.entries) if e.key == key)
        widget = self.page(key)
        self.nav.setCurrentRow(i)
        self.stack.setCurrentIndex(i)
        return widget

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.page(self.entries[row].key)
        self.stack.setCurrentIndex(row)

    def focus_search(self) -> None:
        page = self.show_page("households")
        focus = getattr(page, "focus_search", None)
        if focus:
            focus()

    def new_visit(self) -> None:
        households = self.page("households")
        current = getattr(households, "current_household_id", lambda: None)()
        page = self.show_page("visit")
        start = getattr(page, "start_visit", None)
        if start:
            start(current)

    def open_household(self, household_id: str) -> None:
        page = self.show_page("households")
        opener = getattr(page, "open_profile", None)
        if opener:
            opener(household_id)

    # ---------------------------------------------------------------- chrome
    def _busy(self, busy: bool) -> None:
        self.status_busy.setText(translate("MainWindow", "Working…") if busy else "")

    def set_online(self, online: bool | None) -> None:
        self.ctx.online = online
        self._paint_online()

    def _paint_online(self) -> None:
        online = self.ctx.online
        if online is None:
            text, color = translate("MainWindow", "Hub: not set up"), "#6b7280"
        elif online:
            text, color = translate("MainWindow", "● Online"), "#15803d"
        else:
            text, color = translate("MainWindow", "● Offline"), "#b45309"
        self.status_online.setText(text)
        self.status_online.setStyleSheet(f"color: {color}; padding: 0 8px;")

    def retranslateUi(self) -> None:
        org = self.ctx.replica_setting("organisation", "") or ""
        device = self.ctx.replica_setting("device_name", "") or ""
        title = translate("MainWindow", "fieldvisit")
        self.setWindowTitle(" — ".join(x for x in (title, org, device) if x))
        for i, entry in enumerate(self.entries):
            item = self.nav.item(i)
            item.setText(plain(entry.label()))
            # the list shows no mnemonics: say which key opens the page instead
            item.setToolTip(
                QKeySequence(f"Ctrl+{i + 1}").toString(QKeySequence.SequenceFormat.NativeText)
            )
        for act, label in self._actions:
            act.setText(label())
        self._paint_online()

    def changeEvent(self, event: object) -> None:
        from PySide6.QtCore import QEvent

        if isinstance(event, QEvent) and event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)  # type: ignore[arg-type]

    def closeEvent(self, event: QCloseEvent) -> None:
        for entry in self.entries:
            can_close = getattr(entry.widget, "can_close", None)
            if can_close is not None and not can_close():
                event.ignore()
                return
        self.ctx.set_pref("geometry", self.saveGeometry())
        event.accept()

    def offer_drafts(self) -> None:
        """After a crash or restart: offer to resume an unfinished visit."""
        from fieldvisit import drafts

        self.ctx.runner.read(drafts.pending).success(self._drafts_found).run(self)

    def _drafts_found(self, found: list[object]) -> None:
        if not found:
            return
        from PySide6.QtWidgets import QMessageBox

        first = found[0]
        name = getattr(first, "household_name", "")
        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Unfinished visit"),
            translate("MainWindow", "The visit to %1 was not finished. Resume it now?").replace(
                "%1", name
            ),
        )
        page = self.show_page("visit")
        if answer == QMessageBox.StandardButton.Yes:
            resume = getattr(page, "resume_draft", None)
            if resume is not None:
                resume(getattr(first, "id", ""))

    def start_online_check(self) -> None:
        """A cheap reachability check of the hub, off the GUI thread, every minute."""
        from fieldvisit.ui import online

        def check() -> None:
            online.check(self.ctx).success(self.set_online).failure(
                lambda _e: self.set_online(False)
            ).run()

        self._online_timer = QTimer(self)
        self._online_timer.timeout.connect(check)
        self._online_timer.start(60_000)
        self._check_online = check
        # A sync just talked to the hub (or failed to): say so now, not within a minute.
        self.ctx.changed.connect(self._after_change)
        # The first check imports the PostgreSQL driver (0.6 s of Python holding the
        # GIL): let the home screen load first.
        QTimer.singleShot(FIRST_ONLINE_CHECK_MS, self, check)

    def _after_change(self, changes: set[str]) -> None:
        if "sync" in changes:
            self._check_online()
