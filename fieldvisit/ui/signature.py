"""A signature pad: the recipient signs with a mouse, a touch pen or a finger.

Strokes are kept as lists of points (so a draft can store them as JSON and the
pad can redraw them at any size); Undo removes the last stroke, Redo puts it
back, Clear empties the pad. ``png()`` renders black ink on white at a fixed
size for the payment record and the receipt. Pen pressure from a tablet widens
the line a little.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from fieldvisit.i18n import translate

#: Strokes are stored in a 0..1000 x 0..350 box, independent of the widget's size.
BOX_W, BOX_H = 1000.0, 350.0
PNG_SIZE = QSize(600, 210)

Stroke = list[tuple[float, float]]


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[Stroke] = []
        self.undone: list[Stroke] = []
        self._current: Stroke | None = None
        self.setMinimumSize(360, 126)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("SignaturePad", "Signature pad"))

    # ---------------------------------------------------------------- state
    def is_empty(self) -> bool:
        return not any(len(s) > 1 for s in self.strokes)

    def clear(self) -> None:
        self.strokes.clear()
        self.undone.clear()
        self.update()
        self.changed.emit()

    def undo(self) -> None:
        if self.strokes:
            self.undone.append(self.strokes.pop())
            self.update()
            self.changed.emit()

    def redo(self) -> None:
        if self.undone:
            self.strokes.append(self.undone.pop())
            self.update()
            self.changed.emit()

    def set_strokes(self, strokes: list[list[list[float]]] | list[Stroke]) -> None:
        self.strokes = [[(float(x), float(y)) for x, y in s] for s in strokes]
        self.undone.clear()
        self.update()

    def stroke_data(self) -> list[list[list[float]]]:
        return [[[round(x, 1), round(y, 1)] for x, y in s] for s in self.strokes]

    # ---------------------------------------------------------------- geometry
    def _scale(self) -> tuple[float, float, float]:
        k = min(self.width() / BOX_W, self.height() / BOX_H)
        ox = (self.width() - BOX_W * k) / 2
        oy = (self.height() - BOX_H * k) / 2
        return k, ox, oy

    def _to_box(self, p: QPointF) -> tuple[float, float]:
        k, ox, oy = self._scale()
        x = min(max((p.x() - ox) / k, 0.0), BOX_W)
        y = min(max((p.y() - oy) / k, 0.0), BOX_H)
        return x, y

    # ---------------------------------------------------------------- input
    def _begin(self, p: QPointF) -> None:
        self._current = [self._to_box(p)]
        self.strokes.append(self._current)
        self.undone.clear()

    def _extend(self, p: QPointF) -> None:
        if self._current is not None:
            self._current.append(self._to_box(p))
            self.update()

    def _end(self) -> None:
        if self._current is not None:
            if len(self._current) == 1:  # a dot: make it visible
                x, y = self._current[0]
                self._current.append((x + 0.5, y + 0.5))
            self._current = None
            self.update()
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    # ---------------------------------------------------------------- drawing
    def _paint(self, painter: QPainter, k: float, ox: float, oy: float, width: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(
            QColor("#111111"),
            width,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
        painter.setPen(pen)
        for stroke in self.strokes:
            if len(stroke) < 2:
                continue
            path = QPainterPath(QPointF(ox + stroke[0][0] * k, oy + stroke[0][1] * k))
            for x, y in stroke[1:]:
                path.lineTo(QPointF(ox + x * k, oy + y * k))
            painter.drawPath(path)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        k, ox, oy = self._scale()
        p.setPen(QPen(QColor("#c7ccd4"), 1, Qt.PenStyle.DashLine))
        p.drawRect(QRectF(ox, oy, BOX_W * k, BOX_H * k).adjusted(0.5, 0.5, -0.5, -0.5))
        base = oy + BOX_H * k * 0.78
        p.drawLine(QPointF(ox + 30 * k, base), QPointF(ox + (BOX_W - 30) * k, base))
        if self.is_empty():
            p.setPen(QColor("#9ca3af"))
            p.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, translate("SignaturePad", "Sign here")
            )
        self._paint(p, k, ox, oy, max(2.0, 6.0 * k))
        p.end()

    def png(self) -> bytes:
        """Black ink on white, PNG_SIZE pixels; empty bytes when nothing is signed."""
        if self.is_empty():
            return b""
        img = QImage(PNG_SIZE, QImage.Format.Format_RGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        k = min(PNG_SIZE.width() / BOX_W, PNG_SIZE.height() / BOX_H)
        self._paint(p, k, 0.0, 0.0, 4.0)
        p.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        img.save(buf, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; only str works
        buf.close()
        return bytes(data.data())
