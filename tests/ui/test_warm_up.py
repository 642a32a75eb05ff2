"""Start-up warm-up: what the first search keystroke needs loads in the background."""

from __future__ import annotations

import threading
from typing import Any


def test_warm_up_loads_dictionaries_off_the_gui_thread_without_holding_the_db(
    qtbot: Any, make_ctx: Any, replica: Any, monkeypatch: Any
) -> None:
    from fieldvisit import text
    from fieldvisit.ui.app import warm_up

    ctx = make_ctx(replica, synchronous=False)
    gui = threading.get_ident()
    seen: dict[str, int] = {}
    go = threading.Event()
    real = text.warm_up

    def spy() -> None:
        seen["warm"] = threading.get_ident()
        go.wait(10)
        real()

    monkeypatch.setattr(text, "warm_up", spy)
    warm_up(ctx)
    # While the warm-up is still busy, database work is not queued behind it.
    ctx.runner.read(lambda s: seen.update(db=threading.get_ident())).run()
    qtbot.waitUntil(lambda: "db" in seen and "warm" in seen, timeout=5_000)
    assert not ctx.runner.idle()
    go.set()
    qtbot.waitUntil(ctx.runner.idle, timeout=10_000)
    assert gui != seen["warm"] != seen["db"]
    assert text._converters.cache_info().currsize == 1  # OpenCC loaded
