"""The self-test's peak memory is the process's own, not its parent's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from fieldvisit.ui.app import peak_memory_mb

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads Linux's VmHWM")
def test_a_child_of_a_large_process_reports_its_own_peak():
    ballast = b"x" * (600 * 2**20)  # written, so resident: this process's peak passes 600 MB
    assert (peak_memory_mb() or 0) > 600
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "from fieldvisit.ui.app import peak_memory_mb; print(peak_memory_mb())",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    del ballast
    child = float(out.stdout.split()[-1])
    # ru_maxrss would have said 600 MB or more (Linux carries it over fork and exec)
    assert 10 < child < 400
