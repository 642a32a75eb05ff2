"""Start the desktop application: unlock or create the replica, show the main window.

``main(args)`` is what ``fieldvisit gui`` and a bare ``fieldvisit`` call.
``--self-test`` opens every main screen on the current data, prints the time
each took, and exits 0 (packaging and CI use it).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from fieldvisit import i18n, paths, text
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.memory import peak_memory_mb
from fieldvisit.store.replica import Replica
from fieldvisit.ui import fonts
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.runner import Operation

log = logging.getLogger("fieldvisit.ui")

STYLE = """
QWidget { font-size: 10pt; }
QListWidget#nav { background: #1f3a5f; color: #e8eef6; border: none; font-size: 11pt;
                  padding-top: 12px; outline: 0; }
QListWidget#nav::item { padding: 10px 16px; }
QListWidget#nav::item:selected { background: #2f5b8f; color: white; }
QListWidget#nav::item:focus { outline: 0; }
QLabel[role="h1"] { font-size: 16pt; font-weight: 600; color: #1f2937; }
QLabel[role="h2"] { font-size: 12pt; font-weight: 600; color: #1f2937; }
QLabel[role="muted"] { color: #6b7280; }
QLabel[role="error"] { color: #b91c1c; }
QFrame[role="card"] { background: white; border: 1px solid #dfe3ea; border-radius: 6px; }
QLabel[role="figure"] { font-size: 22pt; font-weight: 600; color: #1f3a5f; }
QPushButton[role="primary"] { background: #2f5b8f; color: white; border: 1px solid #264b77;
                              border-radius: 4px; padding: 6px 14px; }
QPushButton[role="primary"]:disabled { background: #9db0c8; }
"""


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        fonts.install(app)
        return app
    if app is not None:
        # The CLI made a QCoreApplication to translate its messages; a GUI needs a
        # QApplication, so replace it (its translators go with it and are re-installed).
        import shiboken6

        i18n._installed.clear()
        shiboken6.delete(app)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(sys.argv[:1])
    app.setApplicationName("fieldvisit")
    app.setOrganizationName("fieldvisit")
    app.setStyle("Fusion")
    fonts.install(app)  # the system CJK font, then bundled fonts for rare characters
    app.setStyleSheet(STYLE)
    return app


#: Delay of the name dictionaries' background load after the window shows.
WARM_UP_AFTER_MS = 1000


def wait_for(op: Operation, parent: Any = None) -> Any:
    """Run ``op`` in the background and spin a local event loop until it finishes.

    Used only during start-up, before the main window exists; the window stays
    painted and the progress dialog can appear."""
    loop = QEventLoop()
    box: dict[str, Any] = {}
    op.success(lambda r: box.__setitem__("result", r))
    op.failure(lambda e: box.__setitem__("error", e))
    op.finally_(loop.quit)
    op.run(parent)
    if "result" not in box and "error" not in box:
        loop.exec()
    if "error" in box:
        raise box["error"]
    return box.get("result")


def start_unlock(ctx: AppContext) -> dict[str, Any] | None:
    """Begin unlocking on the worker at once, so the key derivation (C code, no GIL)
    overlaps with importing and building the window on the GUI thread."""
    base = ctx.base
    if not Replica.exists(base):
        return None
    box: dict[str, Any] = {}
    (
        ctx.runner.call(lambda: Replica.open(base))
        .success(lambda r: box.__setitem__("result", r))
        .failure(lambda e: box.__setitem__("error", e))
        .run()
    )
    return box


#: How long opening may take before the user is told what is going on: it takes a fraction
#: of a second, but an upgrade of the replica's schema after an update of the program reads
#: the whole file (7 s at 200,000 households for the duplicate groups of migration 0024).
OPENING_NOTICE_MS = 1000


def _opening_notice() -> QProgressDialog:
    """A busy bar with no cancel (an upgrade is one transaction), shown once
    :data:`OPENING_NOTICE_MS` have passed and never if opening is done before."""
    dlg = QProgressDialog(
        translate(
            "App", "Opening the data… After an update of fieldvisit this can take a minute, once."
        ),
        "",
        0,
        0,
    )
    dlg.setWindowTitle(translate("App", "fieldvisit"))
    dlg.setCancelButton(None)  # type: ignore[arg-type]
    dlg.setMinimumDuration(10**9)  # its own timer stays out of it: ours decides
    timer = QTimer(dlg)
    timer.setSingleShot(True)
    timer.timeout.connect(dlg.show)
    timer.start(OPENING_NOTICE_MS)
    return dlg


def open_replica(ctx: AppContext, started: dict[str, Any] | None = None) -> Replica | None:
    """Unlock the replica in ``ctx.base`` (keyring, else ask the passphrase), or run first run."""
    from fieldvisit.store.replica import PassphraseRequired
    from fieldvisit.ui.firstrun import FirstRunDialog
    from fieldvisit.ui.unlock import PassphraseDialog

    base = ctx.base
    if not Replica.exists(base):
        dlg = FirstRunDialog(ctx)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.replica is None:
            return None
        return dlg.replica
    try:
        if started is None:
            return wait_for(ctx.runner.call(lambda: Replica.open(base)))  # type: ignore[no-any-return]
        app = QApplication.instance()
        notice = _opening_notice()
        try:
            while "result" not in started and "error" not in started and app is not None:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        finally:
            notice.close()
            notice.deleteLater()
        if "error" in started:
            raise started["error"]
        return started["result"]  # type: ignore[no-any-return]
    except PassphraseRequired:
        if getattr(ctx, "testing", False):
            raise
    unlock = PassphraseDialog(ctx)
    if unlock.exec() != QDialog.DialogCode.Accepted:
        return None
    return unlock.replica


def warm_up(ctx: AppContext) -> Operation:
    """Load the name dictionaries (OpenCC, pypinyin; ~150 ms) in the background at start.

    The first search keystroke would otherwise load them. Its own lane, so neither
    the GUI thread nor the database worker waits for it. Then one small search
    reads the search index's structure into the connection's page cache (the
    first keystroke took 2-3x longer than the next ones without it)."""
    return ctx.runner.call(text.warm_up, lane="warmup").success(lambda _r: _touch(ctx)).run()


def _touch(ctx: AppContext) -> None:
    ctx.runner.read(_touch_search_index).run()


def _touch_search_index(s: Any) -> None:
    """A search for a token no name has: it reads only the index's structure and the
    inner pages of its segments, which every later search needs."""
    from fieldvisit.households.search import ordered_ids

    ordered_ids(s, "zzzzzz", limit=1)


def self_test(ctx: AppContext, window: Any, started: float) -> int:
    """Open every main screen, wait for its data, print the time each took."""
    app = QApplication.instance()
    assert app is not None

    def settle() -> None:
        deadline = time.perf_counter() + 60
        while time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if ctx.runner.idle():
                app.processEvents()
                if ctx.runner.idle():
                    return
        raise RuntimeError("a screen did not finish loading within 60 s")

    home = window.page("home")
    first = getattr(home, "first_ready", lambda: True)
    deadline = time.perf_counter() + 60
    while not first() and time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    print(
        f"start to usable home screen: {(time.perf_counter() - started) * 1000:.0f} ms", flush=True
    )
    settle()
    print(
        f"start to home screen complete: {(time.perf_counter() - started) * 1000:.0f} ms",
        flush=True,
    )
    for entry in window.entries:
        t0 = time.perf_counter()
        page = window.show_page(entry.key)
        ready = getattr(page, "first_ready", None)
        first_ms = None
        if ready is not None:
            while not ready() and time.perf_counter() - t0 < 60:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            first_ms = (time.perf_counter() - t0) * 1000
        settle()
        total = (time.perf_counter() - t0) * 1000
        shown = f"first rows {first_ms:6.0f} ms, " if first_ms is not None else ""
        print(f"screen {entry.key:<11} {shown}complete {total:6.0f} ms", flush=True)
    peak = peak_memory_mb()
    if peak is not None:
        print(f"peak memory: {peak:.0f} MB", flush=True)
    return 0


def main(args: argparse.Namespace | None = None) -> int:
    started = time.perf_counter()
    args = args or argparse.Namespace()
    logging.basicConfig(level=os.environ.get("FIELDVISIT_LOG", "WARNING"))
    testing = bool(getattr(args, "self_test", False))
    app = application()
    base = paths.data_dir(getattr(args, "data_dir", None))
    ctx = AppContext(base)
    ctx.testing = testing  # type: ignore[attr-defined]
    ctx.set_language(
        getattr(args, "lang", None) or ctx.pref("language") or i18n.resolve_language(None)
    )
    if testing and not Replica.exists(base):
        # Never wait on a dialog nobody will answer (CI, packaging).
        print(
            "fieldvisit: "
            + translate("App", "No replica in %1; the self-test needs one.").replace(
                "%1", str(base)
            ),
            file=sys.stderr,
        )
        ctx.shutdown()
        return 2
    unlocking = start_unlock(ctx)
    # Import the screens while the replica unlocks on the worker thread.
    from fieldvisit.ui import home, mainwindow  # noqa: F401

    try:
        replica = open_replica(ctx, unlocking)
    except FieldVisitError as exc:
        print(f"fieldvisit: {exc}", file=sys.stderr)
        if not testing:  # a damaged or missing replica file: say so where the user looks
            QMessageBox.critical(None, translate("App", "fieldvisit"), str(exc))
        ctx.shutdown()
        return 2
    if replica is None:
        ctx.shutdown()
        return 0 if not testing else 2
    ctx.set_replica(replica)

    from fieldvisit.ui.mainwindow import MainWindow

    window = MainWindow(ctx)
    geometry = ctx.pref("geometry")
    if geometry is not None and not testing:
        window.restoreGeometry(geometry)
    window.show()
    window.start_online_check()
    # Not at once: importing pypinyin/OpenCC takes the GIL the home screen needs
    # to build itself; nobody searches within the first second.
    QTimer.singleShot(WARM_UP_AFTER_MS, lambda: warm_up(ctx))
    if testing:
        try:
            return self_test(ctx, window, started)
        finally:
            window.close()
            ctx.shutdown()
    QTimer.singleShot(0, window.offer_drafts)
    code = app.exec()
    ctx.shutdown()
    return int(code)
