"""This process's peak memory, as the self-test and the benchmarks report it."""

from __future__ import annotations

import sys


def peak_memory_mb() -> float | None:
    """This process's own peak resident memory (MB), or None where it cannot be read.

    Linux's VmHWM: ``ru_maxrss`` carries a parent's peak over ``fork`` and ``exec``,
    so a self-test started by a large process reported that process's (490 MB against
    252 MB of its own)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes on macOS
