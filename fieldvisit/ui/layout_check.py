"""Find text the layout cuts off: labels, buttons, tabs, combo items, column headers.

Used by the layout test (every screen, three languages, 1366×768 and 125 %) and by
the screenshot tool, which prints what it finds. A widget is *clipped* when the
width its text needs is more than the width it was given: Qt then elides ("All
distric…") or cuts the text, and a reader loses the end of it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

#: Pixels of slack before a difference counts (rounding of fractional font metrics).
SLACK = 2


def _plain(text: str) -> str:
    """Text as drawn: mnemonic ampersands gone, the first line of several."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(w: QWidget) -> str:
    return w.objectName() or type(w).__name__


def _label(w: QLabel) -> str | None:
    text = w.text()
    if not text or w.wordWrap() or w.textFormat() == w.textFormat().RichText or "<" in text:
        return None
    need = max(w.fontMetrics().horizontalAdvance(line) for line in _plain(text).split("\n"))
    have = w.contentsRect().width() - 2 * w.margin() - 2 * max(w.indent(), 0)
    if need > have + SLACK:
        return f"label {_name(w)} {text!r}: needs {need}px, has {have}px"
    return None


def _button(w: QAbstractButton) -> str | None:
    if not w.text():
        return None
    hint: QSize = w.sizeHint()
    if hint.width() > w.width() + SLACK:
        return f"button {_name(w)} {w.text()!r}: needs {hint.width()}px, has {w.width()}px"
    return None


def _combo(w: QComboBox) -> list[str]:
    out = []
    opt = QStyleOptionComboBox()
    w.initStyleOption(opt)
    field = w.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, w
    )
    fm = w.fontMetrics()
    current = w.currentText()
    if current and fm.horizontalAdvance(current) > field.width() + SLACK:
        out.append(
            f"combo {_name(w)} shows {current!r}: needs {fm.horizontalAdvance(current)}px, "
            f"has {field.width()}px"
        )
    view = w.view()
    # The popup is at least as wide as the box; an item wider than both is cut there.
    room = max(w.width(), view.sizeHintForColumn(0) if w.count() else 0, view.width())
    for i in range(w.count()):
        text = w.itemText(i)
        need = fm.horizontalAdvance(text)
        if need > room + SLACK:
            out.append(f"combo {_name(w)} item {text!r}: needs {need}px, popup {room}px")
    return out


def _tabs(w: QTabBar) -> list[str]:
    out = []
    for i in range(w.count()):
        need, have = w.tabSizeHint(i).width(), w.tabRect(i).width()
        if w.isTabVisible(i) and need > have + SLACK:
            out.append(f"tab {_name(w)} {w.tabText(i)!r}: needs {need}px, has {have}px")
    return out


def _header(w: QHeaderView) -> list[str]:
    out: list[str] = []
    model = w.model()
    if model is None or w.orientation().name != "Horizontal":
        return out
    margin = w.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, w)
    for col in range(model.columnCount()):
        if w.isSectionHidden(col) or w.sectionSize(col) == 0:
            continue
        text = str(model.headerData(col, w.orientation()) or "")
        if not text:
            continue
        need = w.fontMetrics().horizontalAdvance(text) + 2 * margin
        if w.isSortIndicatorShown() and w.sortIndicatorSection() == col:
            need += w.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, w) + margin
        have = w.sectionSize(col)
        if need > have + SLACK:
            owner = w.parentWidget() or w
            out.append(f"column {_name(owner)} {text!r}: needs {need}px, has {have}px")
    return out


def clipped(window: QWidget) -> list[str]:
    """Every visible text in ``window`` that does not fit its widget."""
    found: list[str] = []
    for w in [window, *window.findChildren(QWidget)]:
        if not w.isVisibleTo(window) and w is not window:
            continue
        if w.width() <= 0:
            continue
        if isinstance(w, QLabel):
            problem = _label(w)
            found += [problem] if problem else []
        elif isinstance(w, QAbstractButton) and not isinstance(w, QTabBar):
            if type(w).__name__ in ("QToolButton",) and not w.text():
                continue
            problem = _button(w)
            found += [problem] if problem else []
        elif isinstance(w, QComboBox):
            found += _combo(w)
        elif isinstance(w, QTabBar):
            found += _tabs(w)
        elif isinstance(w, QHeaderView):
            found += _header(w)
    return found


#: Latin words a Chinese interface shows on purpose: product, file and key names.
ALLOWED_LATIN = frozenset(
    {"fieldvisit", "pdf", "excel", "ctrl", "json", "csv", "xlsx", "xls", "usb", "tab", "shift"}
    | {"english"}  # the language chooser names each language in itself
)
_LATIN_WORD = re.compile(r"(?<![\w./\\%-])[A-Za-z]{3,}(?![\w./\\-])")


def _texts(w: QWidget) -> list[str]:
    if isinstance(w, QLabel):
        return [w.text()]
    if isinstance(w, QAbstractButton):
        return [w.text()]
    if isinstance(w, QComboBox):
        return [w.itemText(i) for i in range(w.count())]
    if isinstance(w, QTabBar):
        return [w.tabText(i) for i in range(w.count())]
    if isinstance(w, QHeaderView) and w.model() is not None:
        m = w.model()
        n = m.columnCount() if w.orientation().name == "Horizontal" else 0
        return [str(m.headerData(i, w.orientation()) or "") for i in range(n)]
    return []


def english_words(window: QWidget) -> list[str]:
    """Visible texts in ``window`` with English words: untranslated strings."""
    found = []
    for w in [window, *window.findChildren(QWidget)]:
        if w is not window and not w.isVisibleTo(window):
            continue
        for text in _texts(w):
            words = [m for m in _LATIN_WORD.findall(text) if m.lower() not in ALLOWED_LATIN]
            if words and not (text.startswith("<") or "://" in text):
                found.append(f"{_name(w)}: {text!r}")
    return found
