"""The runner: work off the GUI thread, results back on it, errors readable, changes broadcast."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import func, select

from fieldvisit.errors import FieldVisitError
from fieldvisit.households.edit import HouseholdInput, create_household
from fieldvisit.store.models import Household
from fieldvisit.ui.runner import Runner


def test_write_runs_on_worker_and_broadcasts_changes(
    qtbot: Any, make_ctx: Any, replica: Any
) -> None:
    ctx = make_ctx(replica, synchronous=False)
    seen: dict[str, Any] = {}
    gui = threading.get_ident()

    def work(s: Any) -> str:
        seen["thread"] = threading.get_ident()
        return create_household(s, HouseholdInput(name="王小明"))

    with qtbot.waitSignal(ctx.changed, timeout=5000) as changed:
        ctx.runner.write(work, changes={"households"}).success(
            lambda hid: seen.update(hid=hid, cb_thread=threading.get_ident())
        ).run()
    assert changed.args[0] == {"households"}
    qtbot.waitUntil(lambda: "hid" in seen)
    assert seen["thread"] != gui and seen["cb_thread"] == gui
    with replica.reader() as s:
        assert s.execute(select(func.count()).select_from(Household)).scalar() == 1


def test_operations_run_one_after_another(qtbot: Any, make_ctx: Any, replica: Any) -> None:
    ctx = make_ctx(replica, synchronous=False)
    order: list[int] = []
    for i in range(5):
        ctx.runner.read(lambda s, i=i: order.append(i) or i).run()
    qtbot.waitUntil(ctx.runner.idle)
    assert order == [0, 1, 2, 3, 4]


def test_failure_rolls_back_and_reports_message(qtbot: Any, make_ctx: Any, replica: Any) -> None:
    ctx = make_ctx(replica, synchronous=False)

    def work(s: Any) -> None:
        create_household(s, HouseholdInput(name="李四"))
        raise FieldVisitError("the disk is full")

    with qtbot.waitSignal(ctx.runner.error_shown, timeout=5000) as shown:
        ctx.runner.write(work, changes={"households"}).run()
    assert shown.args[0] == "the disk is full"
    with replica.reader() as s:
        assert s.execute(select(func.count()).select_from(Household)).scalar() == 0


def test_unexpected_error_gives_generic_message(
    qtbot: Any, make_ctx: Any, replica: Any, caplog: Any
) -> None:
    ctx = make_ctx(replica)
    got: list[str] = []
    ctx.runner.error_shown.connect(got.append)
    ctx.runner.read(lambda s: 1 / 0).run()
    assert got and "ZeroDivision" not in got[0]
    assert "ZeroDivisionError" in caplog.text


def test_unknown_change_name_is_refused(make_ctx: Any, replica: Any) -> None:
    ctx = make_ctx(replica)
    runner: Runner = ctx.runner
    try:
        runner.write(lambda s: None, changes={"houshold"})
    except ValueError:
        return
    raise AssertionError("a misspelt change name must be refused")


def test_progress_dialog_only_for_slow_work(qtbot: Any, make_ctx: Any, replica: Any) -> None:
    import time

    from PySide6.QtWidgets import QProgressDialog, QWidget

    from fieldvisit.ui import runner as runner_module

    ctx = make_ctx(replica, synchronous=False)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[bool] = []

    def watch(op: Any) -> None:
        seen.append(op.dialog is not None and isinstance(op.dialog, QProgressDialog))

    fast = ctx.runner.call(lambda: time.sleep(0.05), label="fast").run(parent)
    qtbot.waitUntil(ctx.runner.idle)
    assert fast.dialog is None and fast.timer is not None and not fast.timer.isActive()

    slow = ctx.runner.call(
        lambda: time.sleep(runner_module.PROGRESS_DELAY_MS / 1000 + 0.4), label="slow"
    )
    slow.run(parent)
    qtbot.waitUntil(lambda: slow.dialog is not None, timeout=3000)
    watch(slow)
    qtbot.waitUntil(ctx.runner.idle, timeout=5000)
    assert seen == [True] and slow.dialog is None  # shown while slow, closed after


def test_online_check_reads_the_enrolment_and_tries_the_hub(pg_available: str) -> None:
    import socket

    from fieldvisit.ui import online

    assert online.hub_address({}) is None
    assert online.hub_address({"hub_conninfo": {"host": "hub.example", "port": "6432"}}) == (
        "hub.example",
        6432,
    )
    assert online.hub_address({"hub_url": "postgresql://u@10.0.0.5/fv"}) == ("10.0.0.5", 5432)
    assert online.reachable({}) is None  # not set up is not "offline"
    assert online.reachable({"hub_conninfo": {"host": "127.0.0.1", "port": 5432}}) is True
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    assert online.reachable({"hub_conninfo": {"host": "127.0.0.1", "port": closed}}) is False


def test_office_workspace_is_added_only_on_office_replicas(
    qtbot: Any, make_ctx: Any, make_replica: Any, monkeypatch: Any
) -> None:
    import sys
    import types

    from PySide6.QtWidgets import QLabel

    from fieldvisit.ui.mainwindow import MainWindow

    field = MainWindow(make_ctx(make_replica("HZ01")))
    qtbot.addWidget(field)
    assert "office" not in [e.key for e in field.entries]

    fake = types.ModuleType("fieldvisit.ui.office")
    fake.OfficeWorkspace = lambda ctx, parent: QLabel("office", parent)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fieldvisit.ui.office", fake)
    office = MainWindow(make_ctx(make_replica("OFFICE1", role="office")))
    qtbot.addWidget(office)
    assert [e.key for e in office.entries][-1] == "office"
    assert isinstance(office.show_page("office"), QLabel)


def test_a_sync_rechecks_the_online_indicator_at_once(
    qtbot: Any, make_ctx: Any, make_replica: Any
) -> None:
    from fieldvisit.ui.mainwindow import MainWindow

    ctx = make_ctx(make_replica("HZ01"))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    checks: list[int] = []
    win.start_online_check()
    win._check_online = lambda: checks.append(1)  # count the checks a change asks for
    ctx.changed.emit({"households"})
    assert checks == []
    ctx.changed.emit({"sync", "households"})
    assert checks == [1]


def test_a_save_that_waited_out_a_long_task_says_so(
    qtbot: Any, make_ctx: Any, make_replica: Any, monkeypatch: Any
) -> None:
    """A first sync folds its log in one long transaction; a save made meanwhile waits
    the busy timeout and then fails. The user reads why and that nothing was saved, in
    words, not "something went wrong" (the CLI: tests/cli/test_core.py)."""
    from fieldvisit.store import cipher

    monkeypatch.setattr(cipher, "BUSY_TIMEOUT_S", 0.2)
    replica = make_replica()
    ctx = make_ctx(replica, synchronous=False)
    holder = replica.engine.raw_connection()  # the long task's connection
    holder.driver_connection.execute("BEGIN IMMEDIATE")
    try:
        with qtbot.waitSignal(ctx.runner.error_shown, timeout=10_000) as shown:
            ctx.runner.write(
                lambda s: create_household(s, HouseholdInput(name="李四")), changes={"households"}
            ).run()
    finally:
        holder.driver_connection.execute("ROLLBACK")
        holder.close()
    assert "busy" in shown.args[0] and "Nothing was saved" in shown.args[0]
    with replica.reader() as s:
        assert s.execute(select(func.count()).select_from(Household)).scalar() == 0
