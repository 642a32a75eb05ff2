"""Windows no larger than the screen they open on.

At 125 % scaling a 1366×768 screen has 1093×614 logical pixels: a window asked
for 1366×768 (or a dialog for 820×700) would hang over the taskbar with its
buttons out of reach. ``fit_to_screen`` asks for the size wanted, capped to the
screen's available area.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room left for the window frame and title bar the window manager adds.
FRAME = (16, 48)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - FRAME[0])
        height = min(height, room.height() - FRAME[1])
    widget.resize(max(width, 320), max(height, 240))
