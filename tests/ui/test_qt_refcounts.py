"""Guard against PySide6 builds that steal references to None/True/False.

PySide6 6.12.0 on Python 3.11 does, and the interpreter aborts after about a
thousand signal emits; pyproject pins below it. This fails (instead of a user's
GUI crashing mid-visit) if such a build is installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    fired = Signal(int)


def test_signal_emits_and_void_calls_keep_singleton_refcounts() -> None:
    probe = _Probe()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(40):
        probe.fired.emit(0)
        probe.setObjectName("probe")
        probe.blockSignals(False)
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(b - a < 20 for b, a in zip(before, after, strict=True)), (before, after)
