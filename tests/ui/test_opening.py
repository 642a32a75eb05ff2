"""Opening the replica at start says so when it takes long (a schema upgrade after an
update of the program: seconds at 200,000 households), and shows nothing when it is quick."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from fieldvisit.store.replica import Replica
from fieldvisit.ui import app
from fieldvisit.ui.context import AppContext


def _shown() -> list[str]:
    return [
        w.labelText()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_a_slow_open_says_what_it_is_doing_and_a_quick_one_says_nothing(
    make_ctx: Callable[..., AppContext], replica: Replica
) -> None:
    ctx = make_ctx(replica)
    seen: list[list[str]] = []
    started: dict[str, Any] = {}
    QTimer.singleShot(app.OPENING_NOTICE_MS + 800, lambda: seen.append(_shown()))
    QTimer.singleShot(app.OPENING_NOTICE_MS + 1200, lambda: started.update(result=replica))
    assert app.open_replica(ctx, started) is replica
    assert seen == [
        ["Opening the data… After an update of fieldvisit this can take a minute, once."]
    ]
    assert _shown() == []  # gone once it is open

    quick: dict[str, Any] = {}
    QTimer.singleShot(50, lambda: quick.update(result=replica))
    QTimer.singleShot(40, lambda: seen.append(_shown()))
    assert app.open_replica(ctx, quick) is replica
    assert seen[-1] == [] and _shown() == []
