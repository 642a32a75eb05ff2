"""The unlock dialog tells a damaged replica file from a wrong passphrase."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldvisit import demo
from fieldvisit.store.replica import Replica


def test_gui_unlock_shows_damage(
    make_replica: Callable[..., Replica], qtbot: Any, monkeypatch: Any
) -> None:
    from fieldvisit.ui.context import AppContext
    from fieldvisit.ui.unlock import PassphraseDialog

    r = make_replica("HZ01")
    demo.generate(r, 20, seed=3)
    base: Path = r.base
    r.close()
    monkeypatch.delenv("FIELDVISIT_PASSPHRASE")
    os.truncate(base / "replica.db", (base / "replica.db").stat().st_size // 2)
    ctx = AppContext(base, None, synchronous=True)
    try:
        dlg = PassphraseDialog(ctx)
        qtbot.addWidget(dlg)
        dlg.passphrase.setText("test-passphrase")
        dlg.try_unlock()
        assert dlg.replica is None
        assert "damaged" in dlg.error.text() and "Wrong" not in dlg.error.text()
    finally:
        ctx.runner.shutdown()
