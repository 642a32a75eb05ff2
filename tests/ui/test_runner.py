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
