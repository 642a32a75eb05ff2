"""Damaged replica files: a clear message and exit 2, never a traceback, never a
new empty replica, never "wrong passphrase" for a file that is merely damaged."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fieldvisit import demo
from fieldvisit.cli import main
from fieldvisit.errors import ReplicaError
from fieldvisit.store.damage import LOCK_BYTE_OFFSET, PAGE_SIZE, ReplicaDamaged, wrong_key
from fieldvisit.store.replica import Replica

PAGE = PAGE_SIZE


@pytest.fixture
def base(make_replica: Callable[..., Replica]) -> Path:
    r = make_replica("HZ01")
    demo.generate(r, 40, seed=3)
    b = r.base
    r.close()
    assert not (b / "replica.db-wal").exists() or (b / "replica.db-wal").stat().st_size == 0
    return b


def _scribble(db: Path, *offsets: int) -> None:
    with db.open("r+b") as f:
        for off in offsets:
            f.seek(off)
            f.write(b"\xde\xad\xbe\xef")


def _cli(base: Path, *args: str) -> list[str]:
    return ["--data-dir", str(base), *args]


def _refused(base: Path, capsys: Any, command: str = "check") -> str:
    assert main(_cli(base, command)) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


def test_zero_byte_replica_is_damage_not_a_new_replica(base: Path, capsys: Any) -> None:
    db = base / "replica.db"
    db.write_bytes(b"")
    with pytest.raises(ReplicaDamaged, match="empty"):
        Replica.open(base)
    err = _refused(base, capsys)
    assert "damaged" in err and "empty" in err
    assert db.stat().st_size == 0  # nothing was made over it
    with pytest.raises(ReplicaError, match="already exists"):
        Replica.create(base, device="HZ01", team="第一走访组")


def test_missing_replica_file_beside_its_description_is_damage(base: Path, capsys: Any) -> None:
    (base / "replica.db").unlink()
    assert Replica.exists(base)
    with pytest.raises(ReplicaDamaged, match="missing"):
        Replica.open(base)
    assert "missing" in _refused(base, capsys)


@pytest.mark.parametrize("cut", ["half", "page_boundary"])
def test_truncated_replica_is_damage_not_a_wrong_passphrase(
    base: Path, capsys: Any, cut: str
) -> None:
    db = base / "replica.db"
    size = db.stat().st_size
    os.truncate(db, size // 2 if cut == "half" else (size // PAGE // 2) * PAGE)
    with pytest.raises(ReplicaDamaged):
        Replica.open(base)
    err = _refused(base, capsys)
    assert "damaged" in err and "passphrase" not in err.lower()
    err = _refused(base, capsys, "sync")
    assert "damaged" in err


def test_changed_bytes_in_the_first_page_are_damage_not_a_wrong_passphrase(
    base: Path, capsys: Any
) -> None:
    _scribble(base / "replica.db", 300)
    with pytest.raises(ReplicaDamaged):
        Replica.open(base)
    assert "passphrase" not in _refused(base, capsys).lower()


def test_changed_bytes_later_make_check_report_damage_and_exit_2(base: Path, capsys: Any) -> None:
    db = base / "replica.db"
    pages = db.stat().st_size // PAGE
    _scribble(db, PAGE + 300, (pages // 2) * PAGE + 100, (pages - 1) * PAGE + 50)
    assert main(_cli(base, "check")) == 2
    out = capsys.readouterr()
    assert "Traceback" not in out.err and "damaged" in out.out + out.err


def test_damage_everywhere_but_the_first_page_is_reported_by_every_command(
    base: Path, capsys: Any
) -> None:
    db = base / "replica.db"
    pages = db.stat().st_size // PAGE
    _scribble(db, *(p * PAGE + 64 for p in range(1, pages)))
    for command in ("check", "sync"):
        assert "damaged" in _refused(base, capsys, command)


def test_wrong_passphrase_is_still_a_wrong_passphrase(base: Path, capsys: Any) -> None:
    with pytest.raises(ReplicaError, match="Wrong passphrase"):
        Replica.open(base, passphrase="not-the-passphrase")


def test_wrong_passphrase_on_a_replica_past_one_gibibyte(base: Path) -> None:
    """A county office's replica grows past 1 GiB: SQLCipher never checks the page holding
    SQLite's lock bytes, so a wrong passphrase failed one page fewer than the file holds
    and was called damage. (The file is made long with a sparse tail: with a wrong key
    every page fails alike.)"""
    db = base / "replica.db"
    with db.open("r+b") as f:
        f.truncate(LOCK_BYTE_OFFSET + 4 * PAGE)
    assert wrong_key(db, "PRAGMA key = 'not-the-passphrase'")


def test_a_big_replica_is_told_wrong_key_or_damage_from_its_first_pages(
    base: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the first pages are read (a 2 GB replica took 9 s to read through before
    "Wrong passphrase" showed); they still tell a wrong key from damage, and their copy
    does not stay behind."""
    from fieldvisit.store import damage

    db = base / "replica.db"
    pages = db.stat().st_size // PAGE
    assert pages > 16
    monkeypatch.setattr(damage, "SAMPLE_PAGES", 8)
    read: list[int] = []
    real = damage._every_page_fails
    monkeypatch.setattr(
        damage,
        "_every_page_fails",
        lambda path, key, n: read.append(path.stat().st_size) or real(path, key, n),
    )
    with pytest.raises(ReplicaError, match="Wrong passphrase"):
        Replica.open(base, passphrase="not-the-passphrase")
    assert read == [8 * PAGE]
    _scribble(db, 300)  # the first page: the key is right, the file damaged
    with pytest.raises(ReplicaDamaged):
        Replica.open(base)
    assert "passphrase" not in _refused(base, capsys).lower()
    assert [p for p in base.rglob("replica.db") if p != db] == []  # the copy is gone
