"""The benchmarks clean up after themselves.

A full ``make bench`` writes gigabytes of replicas, raw streams and registers into
the temp folder; each run used to leave them there (a first sync's folder alone is
over 600 MB at 20,000 households), and a machine running it nightly filled its disk."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest

from bench import bench_foundation, bench_import, bench_sync


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where ``tempfile`` puts what a bench makes, for this test only."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("FIELDVISIT_PASSPHRASE", "bench-passphrase")
    monkeypatch.setenv("FIELDVISIT_NO_KEYRING", "1")
    return folder


def test_the_raw_baselines_and_the_import_leave_nothing_behind(temp_folder: Path) -> None:
    assert bench_foundation._raw_insert_baseline(500) > 0
    got = bench_import.run(30)
    assert got["created"] == 30
    assert sorted(p.name for p in temp_folder.iterdir()) == []


@pytest.mark.pg
def test_the_sync_bench_leaves_no_replica_behind(
    temp_folder: Path,
    pg_available: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(bench_sync, "ADMIN", pg_available)
    monkeypatch.setenv("FV_BENCH_HOUSEHOLDS", "20")
    bench_sync.main(quick=True)
    printed = capsys.readouterr().out
    # it ran, end to end: the backlog's 80 operations and the other laptops' own
    assert re.search(r"first sync: 8\d operations \(20 households\)", printed), printed
    assert "far behind" in printed and "idle sync:" in printed
    assert sorted(p.name for p in temp_folder.iterdir()) == []
