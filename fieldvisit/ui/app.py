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
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from fieldvisit import i18n, paths
from fieldvisit.errors import FieldVisitError
from fieldvisit.store.replica import Replica
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
    font = QFont(app.font())
    # The system CJK font first; WenQuanYi Micro Hei where nothing better is installed.
    font.setFamilies(
        ["Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei"]
    )
    app.setFont(font)
    app.setStyleSheet(STYLE)
    return app


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


def open_replica(ctx: AppContext) -> Replica | None:
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
        return wait_for(ctx.runner.call(lambda: Replica.open(base)))  # type: ignore[no-any-return]
    except PassphraseRequired:
        pass
    unlock = PassphraseDialog(ctx)
    if unlock.exec() != QDialog.DialogCode.Accepted:
        return None
    return unlock.replica


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

    settle()
    print(
        f"start to usable home screen: {(time.perf_counter() - started) * 1000:.0f} ms", flush=True
    )
    for entry in window.entries:
        t0 = time.perf_counter()
        window.show_page(entry.key)
        settle()
        print(f"screen {entry.key:<11} {(time.perf_counter() - t0) * 1000:7.0f} ms", flush=True)
    try:
        import resource

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory: {rss:.0f} MB", flush=True)
    except ImportError:  # pragma: no cover - Windows
        pass
    return 0


def main(args: argparse.Namespace | None = None) -> int:
    started = time.perf_counter()
    args = args or argparse.Namespace()
    logging.basicConfig(level=os.environ.get("FIELDVISIT_LOG", "WARNING"))
    testing = bool(getattr(args, "self_test", False))
    app = application()
    base = paths.data_dir(getattr(args, "data_dir", None))
    ctx = AppContext(base)
    ctx.set_language(
        getattr(args, "lang", None) or ctx.pref("language") or i18n.resolve_language(None)
    )
    try:
        replica = open_replica(ctx)
    except FieldVisitError as exc:
        print(f"fieldvisit: {exc}", file=sys.stderr)
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
    if testing:
        code = self_test(ctx, window, started)
        window.close()
        ctx.shutdown()
        return code
    QTimer.singleShot(0, window.offer_drafts)
    code = app.exec()
    ctx.shutdown()
    return int(code)
