"""Work around reference-count bugs in the PySide6 6.12.0 wheels on Python 3.11.

On Python 3.11 those wheels return ``None``, ``True`` and ``False`` from many
calls (every void method such as ``setText``, and ``Signal.emit``) without
taking a reference. Each call steals one reference from the singleton; after a
few ten thousand calls the interpreter aborts ("none_dealloc: deallocating
None"). Python 3.12 made these singletons immortal (PEP 683), which is why the
bug is invisible there. We do what 3.12 does: at import, when the probe shows
the bug, give the three singletons a reference count so large that no session
can exhaust it. They are never freed anyway, so this changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

#: Far more references than a process could steal in years of use (2**40).
RESERVE = 1 << 40


class _Probe(QObject):
    fired = Signal(int)


def _calls_steal_references() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(8):
        probe.fired.emit(0)
        probe.setObjectName("probe")
    lost_true = before[0] - sys.getrefcount(True)
    lost_none = before[1] - sys.getrefcount(None)
    return lost_true >= 8 or lost_none >= 8


def _reserve(obj: object) -> None:
    # ob_refcnt is the first field of every object (CPython layout).
    ctypes.c_ssize_t.from_address(id(obj)).value += RESERVE


def install() -> bool:
    """Make None/True/False effectively immortal when (and only when) needed."""
    if sys.version_info >= (3, 12):
        return False
    if sys.getrefcount(None) > RESERVE // 2:
        return True
    if not _calls_steal_references():
        return False
    for obj in (None, True, False):
        _reserve(obj)
    return True


PATCHED = install()
