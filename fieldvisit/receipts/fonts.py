"""Embedded fonts for receipts, and drawing text that never prints a blank.

reportlab embeds (and subsets) only TrueType outlines, and its built-in CJK CID
fonts are not embedded at all, so receipts use the bundled WenQuanYi Micro Hei
(.ttc, subfont 0). Every character is checked against the font's cmap: one it
lacks (a rare name character such as 𠮷) is drawn from a fallback font: the
bundled fv-han subsets the interface uses too, then any installed below. A
character none has prints as a visible 〓 marker, and a :class:`MissingGlyphWarning`
names it so the worker can write it in by hand. Registration is cached per process;
the office reports draw in the same face (:func:`primary`).
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.resources import RARE_NAME_FONTS, resource_path

PRIMARY = "FVSans"
MARKER = "〓"  # the printers' "geta" mark for a character the type case lacks
_MARKED = "!marker"  # run name for markers: drawn in the primary font, in red
MARKER_COLOR = (0.70, 0.07, 0.10)

#: Installed TrueType fonts with CJK Extension B, tried in order when the primary
#: and the bundled RARE_NAME_FONTS lack a character (the bundled ones are subsets).
#: ``FIELDVISIT_FALLBACK_FONTS`` (os.pathsep-separated) comes before all of them.
FALLBACK_CANDIDATES = (
    "C:/Windows/Fonts/simsunb.ttf",  # SimSun-ExtB, shipped with Windows
    "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",
    "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",
)


class MissingGlyphWarning(UserWarning):
    """A character no available font can draw; the receipt shows a marker instead."""


@dataclass(frozen=True)
class Face:
    name: str
    chars: frozenset[int]


def _to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """A ToUnicode CMap whose targets are UTF-16BE, as PDF readers expect.

    reportlab writes each code point as ``<%04X>``: 𠮷 (U+20BB7) becomes <20BB7>,
    which readers take as U+20BB ₻ followed by junk, so copy and search lose it.
    Written as its surrogate pair <D842DFB7> it extracts as 𠮷."""
    chars = [
        f"<{i:02X}> <{chr(cp).encode('utf-16-be').hex().upper()}>" for i, cp in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({font_name}) /Ordering ({font_name}) /Supplement 0 >> def",
            f"/CMapName /{font_name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *chars,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


class _Font(TTFont):
    """reportlab's TTFont, with text outside the BMP (Extension B names) extractable."""

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)  # reportlab drops it in addObjects: read it first
        subsets = [] if state is None else list(enumerate(state.subsets))
        astral = [
            (self.getSubsetInternalName(n, doc)[1:], subset)
            for n, subset in subsets
            if any(cp > 0xFFFF for cp in subset)  # reportlab's own CMap is right for the rest
        ]
        super().addObjects(doc)
        fonts = doc.idToObject["BasicFonts"].dict
        for internal_name, subset in astral:
            pdf_font = fonts[internal_name]
            stream = doc.idToObject[pdf_font.ToUnicode.name]
            stream.content = _to_unicode_cmap(pdf_font.BaseFont, subset)


def _register(name: str, path: Path, index: int = 0) -> Face:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(_Font(name, str(path), subfontIndex=index))
    font = pdfmetrics.getFont(name)
    return Face(name, frozenset(font.face.charToGlyph))  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def primary() -> Face:
    path = resource_path("fonts", "wqy-microhei.ttc")
    if not path.exists():
        raise FieldVisitError(
            translate("Receipts", "The receipt font is missing: %1").replace("%1", str(path))
        )
    face = _register(PRIMARY, path, 0)
    # One face for every style: <b> in a reportlab paragraph (office reports) must
    # not fall back to an unembedded Helvetica-Bold.
    pdfmetrics.registerFontFamily(
        PRIMARY, normal=PRIMARY, bold=PRIMARY, italic=PRIMARY, boldItalic=PRIMARY
    )
    return face


def _fallback_paths() -> list[Path]:
    env = os.environ.get("FIELDVISIT_FALLBACK_FONTS", "")
    paths = [Path(p) for p in env.split(os.pathsep) if p]
    bundled = [resource_path("fonts", name) for name in RARE_NAME_FONTS]
    return [p for p in (*paths, *bundled, *map(Path, FALLBACK_CANDIDATES)) if p.is_file()]


@lru_cache(maxsize=1)
def fallbacks() -> tuple[Face, ...]:
    faces = []
    for path in _fallback_paths():
        try:
            # Named by its file: a name once registered stays bound to that font for
            # the process, whatever FIELDVISIT_FALLBACK_FONTS says later.
            faces.append(_register(f"FVFallback:{path.resolve()}", path))
        except Exception:  # a broken optional font must not stop printing
            continue
    return tuple(faces)


def reset_cache() -> None:
    """Forget the fallback list (tests change FIELDVISIT_FALLBACK_FONTS)."""
    fallbacks.cache_clear()
    runs.cache_clear()
    width.cache_clear()


@lru_cache(maxsize=8192)
def runs(text: str) -> tuple[tuple[str, str], ...]:
    """Split ``text`` into (font name, text) runs; unknown characters become MARKER."""
    face = primary()
    if all(ord(ch) in face.chars for ch in text):
        return ((face.name, text),)
    out: list[tuple[str, str]] = []
    for ch in text:
        name = face.name
        if ord(ch) not in face.chars:
            alt = next((f for f in fallbacks() if ord(ch) in f.chars), None)
            if alt is not None:
                name = alt.name
            else:
                ch, name = MARKER, _MARKED
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + ch)
        else:
            out.append((name, ch))
    return tuple(out)


def missing_chars(text: str) -> list[str]:
    """Characters of ``text`` that neither the primary nor a fallback font can draw."""
    face = primary()
    return [
        ch
        for ch in dict.fromkeys(text)
        if ord(ch) not in face.chars and not any(ord(ch) in f.chars for f in fallbacks())
    ]


def warn_missing(texts: Iterable[str | None], where: str) -> list[str]:
    """Warn once per document part about characters that print as MARKER."""
    lost = [ch for t in texts if t for ch in missing_chars(t)]
    lost = list(dict.fromkeys(lost))
    if lost:
        listed = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in lost)
        warnings.warn(
            MissingGlyphWarning(
                translate(
                    "Receipts",
                    "%1: no font has %2; the receipt shows 〓 there, write it in by hand.",
                )
                .replace("%1", where)
                .replace("%2", listed)
            ),
            stacklevel=3,
        )
    return lost


def _font(name: str) -> str:
    return PRIMARY if name == _MARKED else name


@lru_cache(maxsize=8192)
def width(text: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(t, _font(n), size) for n, t in runs(text))


def draw(c: Canvas, x: float, y: float, text: str, size: float, *, align: str = "left") -> None:
    """Draw one line at baseline ``y``."""
    parts = runs(text)
    if len(parts) == 1 and parts[0][0] == PRIMARY:  # the common case, kept cheap
        c.setFont(PRIMARY, size)
        if align == "center":
            c.drawCentredString(x, y, text)
        elif align == "right":
            c.drawRightString(x, y, text)
        else:
            c.drawString(x, y, text)
        return
    w = sum(pdfmetrics.stringWidth(t, _font(n), size) for n, t in parts)
    if align == "center":
        x -= w / 2
    elif align == "right":
        x -= w
    for name, t in parts:
        c.setFont(_font(name), size)
        if name == _MARKED:
            c.saveState()
            c.setFillColorRGB(*MARKER_COLOR)
            c.drawString(x, y, t)
            c.restoreState()
        else:
            c.drawString(x, y, t)
        x += pdfmetrics.stringWidth(t, _font(name), size)


def fit_size(text: str, size: float, max_width: float, min_size: float = 5.0) -> float:
    """The largest size up to ``size`` at which ``text`` fits on one line."""
    w = width(text, size)
    if w <= max_width or not text:
        return size
    return max(min_size, size * max_width / w)


def wrap(text: str, size: float, max_width: float) -> list[str]:
    """Break ``text`` into lines by character (CJK has no spaces to break at)."""
    lines: list[str] = []
    line = ""
    for ch in text:
        if line and width(line + ch, size) > max_width:
            lines.append(line)
            line = ch.lstrip()
        else:
            line += ch
    if line:
        lines.append(line)
    return lines


def draw_box(
    c: Canvas,
    x: float,
    y: float,
    w: float,
    h: float,
    text: str,
    size: float,
    *,
    min_size: float = 5.0,
    align: str = "left",
) -> None:
    """Fit ``text`` inside the box (x, y = lower left): one line, else wrap, shrinking."""
    if not text:
        return
    s = size
    while True:
        lines = [
            ln
            for part in text.split("\n")
            for ln in ([part] if width(part, s) <= w else wrap(part, s, w))
        ]
        lead = s * 1.18
        if len(lines) * lead <= h or s <= min_size:
            break
        s = max(min_size, s * 0.9)
    if len(lines) * lead > h:  # still too long at the smallest size: shrink each line to fit
        keep = max(1, int(h // lead))
        lines = [*lines[: keep - 1], "".join(lines[keep - 1 :])]
    top = y + h / 2 + len(lines) * lead / 2
    for i, line in enumerate(lines):
        ls = fit_size(line, s, w, 3.0)
        base = top - lead * (i + 1) + (lead - s) / 2 + s * 0.12
        xx = x + w / 2 if align == "center" else x + w if align == "right" else x
        draw(c, xx, base, line, ls, align=align)
