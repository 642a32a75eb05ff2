"""The GUI unlocks the replica at process start, while it imports its code.

``fieldvisit gui`` starts the key derivation (0.3-0.8 s of C code) on a thread
first thing (``store/early.py``); ``Replica.open`` must take that connection
when it was made with the key it would use itself, and otherwise make its own
and report problems as before.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from fieldvisit import paths
from fieldvisit.errors import ReplicaError
from fieldvisit.store import early
from fieldvisit.store import replica as replica_module
from fieldvisit.store.replica import Replica
from tests.helpers import held_out_of_wal


def _closed_replica(replica: Replica) -> Path:
    replica.close()
    return replica.base


def test_open_takes_the_connection_unlocked_at_start(
    replica: Replica, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = _closed_replica(replica)
    early.start(base)

    def no_second_unlock(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("the key derivation ran a second time")

    monkeypatch.setattr(replica_module, "connect_raw", no_second_unlock)
    with Replica.open(base) as again:
        assert again.device_id
    assert early.take(paths.replica_db(base)) is None  # handed over once


def test_an_early_connection_with_another_key_is_not_used(
    replica: Replica, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The early thread used the environment's passphrase; a passphrase typed in
    the unlock dialog decides: a wrong one is still refused."""
    base = _closed_replica(replica)
    early.start(base)
    with pytest.raises(ReplicaError):
        Replica.open(base, passphrase="not the passphrase")
    with Replica.open(base) as again:  # and the right one still opens it
        assert again.device_id


def _unlock_once(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_second_unlock(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("the replica was unlocked a second time")

    monkeypatch.setattr(replica_module, "connect_raw", no_second_unlock)


def test_a_replica_held_by_another_program_is_busy_after_one_wait(
    replica: Replica, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The early thread met the other program's lock: ``Replica.open`` says so at once
    instead of waiting for it a second time (the GUI showed nothing meanwhile)."""
    base = _closed_replica(replica)
    with held_out_of_wal(base):
        early.start(base)
        _unlock_once(monkeypatch)
        with pytest.raises(ReplicaError, match="busy with a long task"):
            Replica.open(base)
    monkeypatch.undo()
    with Replica.open(base) as again:  # and it opens once the other program is done
        assert again.device_id


def test_a_wrong_passphrase_is_tried_once(
    replica: Replica, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The early thread's failed key derivation is the answer: not paid a second time."""
    base = _closed_replica(replica)
    monkeypatch.setenv("FIELDVISIT_PASSPHRASE", "not the passphrase")
    early.start(base)
    _unlock_once(monkeypatch)
    with pytest.raises(ReplicaError, match="Wrong passphrase"):
        Replica.open(base)


def test_no_replica_no_thread(tmp_path: Path) -> None:
    early.start(tmp_path / "empty")
    assert early.take(paths.replica_db(tmp_path / "empty")) is None


def _imported_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout.split()
    return {m.split(".")[0] for m in out}


def test_the_cli_starts_without_sqlalchemy() -> None:
    """So ``fieldvisit gui`` can begin unlocking before the half second of importing it."""
    assert "sqlalchemy" not in _imported_after("import fieldvisit.cli")


def test_the_home_screen_imports_none_of_the_heavy_optional_modules() -> None:
    """Receipts, reports, Excel, QR codes, the hub driver, migrations, the name
    dictionaries and the keyring are loaded when first used, not at start."""
    loaded = _imported_after(
        "import fieldvisit.cli, fieldvisit.cli.gui, fieldvisit.ui.app\n"
        "from fieldvisit.ui import home, mainwindow"
    )
    lazy = {"reportlab", "openpyxl", "segno", "psycopg", "alembic", "pypinyin", "opencc"}
    assert not loaded & lazy, loaded & lazy
