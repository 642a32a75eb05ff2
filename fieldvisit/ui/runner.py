"""Background operations: database and file work runs off the GUI thread.

Modelled on Anki's operation runner. A screen builds an operation around a plain
function, says what it changes, and runs it::

    ctx.runner.write(lambda s: needs.transition(s, nid, "resolved", note), changes={"needs"})
        .success(lambda _: self.refresh())
        .run(parent=self)

All database work goes to ONE serial worker thread, so writes never race each
other and a unit of work (``replica.session()``) is opened inside that thread.
The function must return plain data (dicts, tuples, dataclasses) — never live ORM
objects — because its result crosses to the GUI thread. A progress dialog
appears only when the work takes longer than ``PROGRESS_DELAY_MS`` so fast work
never flashes. A :class:`FieldVisitError` is shown as its own translated
message; anything else gets a generic message and the traceback goes to the log.
After a successful write, the context broadcasts *what changed* so each screen
refreshes only what it shows.

A long job that must not hold the serial worker (a sync with the hub) runs on
its own lane (``lane="sync"``): a second single thread, with its own
connections. Tests swap in ``Runner(ctx, synchronous=True)``, which runs the
same operations inline so GUI logic is tested without races.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.store import busy

if TYPE_CHECKING:
    from fieldvisit.ui.context import AppContext

log = logging.getLogger("fieldvisit.ui")

PROGRESS_DELAY_MS = 600

#: Names broadcast after a write; screens refresh on those they show.
CHANGES = frozenset(
    {
        "households",
        "units",
        "visits",
        "payments",
        "needs",
        "conflicts",
        "sync",
        "settings",
        "drafts",
    }
)

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel."""


class Operation:
    """One piece of background work; build it, add callbacks, ``run()`` it."""

    def __init__(
        self,
        runner: Runner,
        fn: Callable[..., Any],
        *,
        session: str = "read",  # "read" | "write" | "none"
        changes: Iterable[str] = (),
        label: str = "",
        lane: str = "db",
        progress: bool = False,
        cancellable: bool = False,
    ) -> None:
        self.runner = runner
        self.fn = fn
        self.session = session
        self.changes = frozenset(changes)
        self.label = label
        self.lane = lane
        self.wants_progress = progress
        self.cancellable = cancellable
        self.cancelled = threading.Event()
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._finally: Callable[[], None] | None = None
        self._progress_cb: Callable[[int, int], None] | None = None
        self.parent: QWidget | None = None
        self.dialog: QProgressDialog | None = None
        self.timer: QTimer | None = None
        self.started = 0.0
        self.seconds = 0.0

    def success(self, cb: Callable[[Any], None]) -> Operation:
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Operation:
        """Replace the default error dialog with ``cb`` (e.g. show it beside a field)."""
        self._failure = cb
        return self

    def finally_(self, cb: Callable[[], None]) -> Operation:
        self._finally = cb
        return self

    def on_progress(self, cb: Callable[[int, int], None]) -> Operation:
        self._progress_cb = cb
        return self

    def run(self, parent: QWidget | None = None) -> Operation:
        self.parent = parent
        self.runner.submit(self)
        return self

    # ---------------------------------------------------------------- worker side
    def execute(self, report: Progress) -> Any:
        args: list[Any] = []
        replica = self.runner.ctx.replica
        if self.wants_progress:
            args.append(report)
        if self.cancellable:
            args.append(self.cancelled.is_set)
        if self.session == "none" or replica is None:
            return self.fn(*args)
        opener = replica.session if self.session == "write" else replica.reader
        with opener() as s:
            return self.fn(s, *args)


class _Worker(QThread):
    """A single thread draining a queue: operations run one after another."""

    finished_op = Signal(object, object, object)  # op, result, error
    progressed = Signal(object, int, int)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.jobs: queue.Queue[Operation | None] = queue.Queue()

    def _reporter(self, op: Operation) -> Progress:
        def report(done: int, total: int) -> None:
            self.progressed.emit(op, done, total)

        return report

    def run(self) -> None:
        while True:
            op = self.jobs.get()
            if op is None:
                return
            result: Any = None
            error: BaseException | None = None
            try:
                result = op.execute(self._reporter(op))
            except BaseException as exc:  # handed to the GUI thread, which decides
                error = exc
            self.finished_op.emit(op, result, error)


class Runner(QObject):
    """Owns the worker threads and delivers results back on the GUI thread."""

    busy_changed = Signal(bool)
    error_shown = Signal(str)

    def __init__(self, ctx: AppContext, *, synchronous: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        self.synchronous = synchronous
        self.pending = 0
        self._workers: dict[str, _Worker] = {}

    # ---------------------------------------------------------------- factories
    def read(self, fn: Callable[..., Any], **kw: Any) -> Operation:
        """``fn(session)`` in a read-only unit of work."""
        return Operation(self, fn, session="read", **kw)

    def write(self, fn: Callable[..., Any], *, changes: Iterable[str], **kw: Any) -> Operation:
        """``fn(session)`` in one committed unit of work; then broadcast ``changes``."""
        unknown = set(changes) - CHANGES
        if unknown:
            raise ValueError(f"unknown change names: {sorted(unknown)}")
        return Operation(self, fn, session="write", changes=changes, **kw)

    def call(self, fn: Callable[..., Any], **kw: Any) -> Operation:
        """``fn()`` without a session (files, network, opening the replica)."""
        return Operation(self, fn, session="none", **kw)

    # ---------------------------------------------------------------- plumbing
    def _worker(self, lane: str) -> _Worker:
        w = self._workers.get(lane)
        if w is None:
            w = _Worker(f"fieldvisit-{lane}")
            w.finished_op.connect(self._finished, Qt.ConnectionType.QueuedConnection)
            w.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
            w.start()
            self._workers[lane] = w
        return w

    def submit(self, op: Operation) -> None:
        self.pending += 1
        if self.pending == 1:
            self.busy_changed.emit(True)
        op.started = time.perf_counter()
        if self.synchronous:
            result: Any = None
            error: BaseException | None = None
            try:
                result = op.execute(lambda d, t: self._progressed(op, d, t))
            except BaseException as exc:
                error = exc
            self._finished(op, result, error)
            return
        if op.label:
            op.timer = QTimer(self)
            op.timer.setSingleShot(True)
            op.timer.timeout.connect(lambda: self._show_progress(op))
            op.timer.start(PROGRESS_DELAY_MS)
        self._worker(op.lane).jobs.put(op)

    def _show_progress(self, op: Operation) -> None:
        if op.dialog is not None:
            return
        dlg = QProgressDialog(op.parent)
        dlg.setWindowTitle(translate("Runner", "Please wait"))
        dlg.setLabelText(op.label)
        dlg.setRange(0, 0)
        dlg.setMinimumDuration(0)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        if op.cancellable:
            dlg.setCancelButtonText(translate("Runner", "Cancel"))
            dlg.canceled.connect(op.cancelled.set)
        else:
            dlg.setCancelButton(None)
        dlg.show()
        op.dialog = dlg

    def _progressed(self, op: Operation, done: int, total: int) -> None:
        if op._progress_cb is not None:
            op._progress_cb(done, total)
        if op.dialog is not None and total > 0:
            op.dialog.setRange(0, total)
            op.dialog.setValue(min(done, total))

    def _finished(self, op: Operation, result: Any, error: BaseException | None) -> None:
        op.seconds = time.perf_counter() - op.started
        if op.timer is not None:
            op.timer.stop()
        if op.dialog is not None:
            op.dialog.close()
            op.dialog.deleteLater()
            op.dialog = None
        self.pending -= 1
        if self.pending == 0:
            self.busy_changed.emit(False)
        try:
            if error is None:
                if op.changes:
                    self.ctx.changed.emit(set(op.changes))
                if op._success is not None:
                    self._guarded(op, op._success, result)
            elif op._failure is not None:
                op._failure(error)
            else:
                self.error_shown.emit(error_text(error))
                show_error(op.parent, error)
        finally:
            if op._finally is not None:
                op._finally()

    def _guarded(self, op: Operation, callback: Callable[[Any], None], result: Any) -> None:
        """A bug in a screen's callback becomes a readable dialog, not a dead window.

        The synchronous (test) runner lets it propagate so tests fail loudly."""
        if self.synchronous:
            callback(result)
            return
        try:
            callback(result)
        except Exception as exc:
            self.error_shown.emit(error_text(exc))
            show_error(op.parent, exc)

    def idle(self) -> bool:
        return self.pending == 0

    def shutdown(self) -> None:
        for w in self._workers.values():
            w.jobs.put(None)
        for w in self._workers.values():
            w.wait(10_000)
        self._workers.clear()


def error_text(error: BaseException) -> str:
    if isinstance(error, FieldVisitError):
        return str(error)
    if isinstance(error, Cancelled):
        return translate("Runner", "Cancelled.")
    if busy.is_busy(error):
        return busy.message()
    return translate(
        "Runner",
        "Something went wrong and the action was not completed. "
        "Nothing was half-saved. The details are in the log file.",
    )


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """The one way errors reach the user: a readable dialog, never a traceback."""
    if not isinstance(error, FieldVisitError | Cancelled):
        log.error("background operation failed", exc_info=error)
    if isinstance(error, Cancelled):
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Runner", "fieldvisit"))
    box.setText(error_text(error))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
