"""The demo's households invented in a second process: the same ones as here, and no
process left behind when either side stops."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from fieldvisit import demo, demo_worker
from fieldvisit.store.engine import dumps

TODAY = date(2026, 11, 28)


def _plan(**changes: Any) -> demo.Plan:
    month = (TODAY - timedelta(days=30), TODAY)
    plan = demo.Plan(
        seed=11,
        team_ids=["T1", "T2"],
        amounts={"C1": None, "C2": 20_000},
        periods={"C1": month, "C2": month},
        today=TODAY,
        caps={"C1": 300_000, "C2": None},
        device_id="D1",
        prefix="DEMO",
        receipts={TODAY.year: 41},
    )
    return replace(plan, **changes)


def _without_ids(batches: list[demo_worker.Batch]) -> list[Any]:
    """The batches with every row id replaced by its place (ids are random by design);
    each payload's fields compared in their JSON form. Each payload's text must be
    the JSON the log stores for it."""
    place: dict[str, str] = {}
    for _n, rows in batches:
        for _e, row_id, _t, text in rows:
            assert text == dumps(json.loads(text))
            place[row_id] = f"#{len(place)}"
    return [
        (n, [(e, place[r], _placed(json.loads(x)["fields"], place), t) for e, r, t, x in rows])
        for n, rows in batches
    ]


def _placed(fields: dict[str, Any], place: dict[str, str]) -> dict[str, Any]:
    return {k: place.get(v, v) if type(v) is str else v for k, v in fields.items()}


def test_the_worker_invents_the_households_this_process_would():
    got = {}
    for in_process in (False, True):
        with demo_worker.invented(_plan(), 45, 20, in_process=in_process) as made:
            batches = list(made)
            got[in_process] = (_without_ids(batches), made.counts, made.receipts)
            if not in_process:
                assert made._process is not None  # really another process
    assert got[False] == got[True]
    batches, counts, receipts = got[False]
    assert [n for n, *_ in batches] == [20, 20, 5]
    households = sum(1 for _n, rows in batches for e, *_ in rows if e == "household")
    assert households == 45 and counts["payments"] > 0
    # receipt numbers go on from the counter the plan started from
    numbers = [f["receipt_no"] for _n, rows in batches for e, _r, f, _t in rows if e == "payment"]
    assert numbers[0] == f"DEMO-{TODAY.year}-000042"
    assert receipts == {TODAY.year: 41 + counts["payments"]}


def test_a_worker_that_cannot_start_leaves_the_households_to_this_process():
    """Killed before its first batch (it takes a moment to start): the same households
    are invented here instead, not an error and not a short demo."""
    with demo_worker.invented(_plan(), 45, 20) as made:
        assert made._process is not None
        os.kill(made._process.pid or 0, signal.SIGKILL)
        batches = list(made)
        got = (_without_ids(batches), made.counts, made.receipts)
    with demo_worker.invented(_plan(), 45, 20, in_process=True) as here:
        want = (_without_ids(list(here)), here.counts, here.receipts)
    assert got == want


def test_a_worker_that_fails_says_why_and_ends():
    bad = _plan(caps={})  # no cap for the campaigns: the inventor cannot price a payment
    with (
        pytest.raises(RuntimeError, match="KeyError") as caught,
        demo_worker.invented(bad, 45, 20) as made,
    ):
        list(made)
    assert "inventing demo households failed" in str(caught.value)
    assert made._process is None


def test_a_worker_killed_half_way_is_an_error_not_a_short_demo():
    with (
        pytest.raises(RuntimeError, match="ended early"),
        demo_worker.invented(_plan(), 10_000, 10) as made,
    ):
        for i, _batch in enumerate(made):
            if i == 1:
                assert made._process is not None
                os.kill(made._process.pid or 0, signal.SIGKILL)


def test_leaving_half_way_stops_the_worker():
    with pytest.raises(KeyboardInterrupt), demo_worker.invented(_plan(), 10_000, 10) as made:
        process = made._process
        for _batch in made:
            raise KeyboardInterrupt
    assert process is not None and not process.is_alive()


def test_a_worker_whose_parent_is_killed_ends(tmp_path):
    """kill -9 of the program in the middle of a demo leaves no process behind."""
    script = tmp_path / "parent.py"
    script.write_text(
        textwrap.dedent(
            """
            import sys, time
            sys.path[:0] = {path!r}
            from tests.test_demo_worker import _plan
            from fieldvisit import demo_worker

            if __name__ == "__main__":
                with demo_worker.invented(_plan(), 10_000, 10) as made:
                    for _batch in made:
                        print(made._process.pid, flush=True)
                        time.sleep(600)
            """
        ).format(path=sys.path)
    )
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None
        worker = int(parent.stdout.readline())
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 15
        while _running(worker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _running(worker), "the worker outlived its killed parent"
    finally:
        if parent.poll() is None:
            parent.kill()


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False


def test_the_worker_leaves_ctrl_c_to_its_parent():
    """Ctrl+C in a terminal reaches both processes; the parent stops the worker (tested
    above), which must not stop on its own first with an interruption of its own."""
    with demo_worker.invented(_plan(), 200, 10) as made:
        batches = iter(made)
        next(batches)
        assert made._process is not None
        os.kill(made._process.pid or 0, signal.SIGINT)
        time.sleep(1)
        assert made._process.is_alive()
        rest = list(batches)
    assert sum(n for n, *_ in rest) == 190
