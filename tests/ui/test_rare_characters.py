"""Rare characters in names (𠮷 U+20BB7, 䶮 U+4DAE) are drawn, not shown as empty boxes,
and found by their pinyin."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QLabel

from fieldvisit.ui.app import application


def _glyph_fonts(text: str, font: Any) -> list[tuple[str, list[int]]]:
    """(font family, glyph indexes) of each run Qt lays ``text`` out with."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


@pytest.mark.parametrize("char", ["\U00020bb7", "\u4dae"])
def test_a_rare_character_has_a_glyph_on_screen(qapp: Any, char: str) -> None:
    application()
    label = QLabel(f"张{char}笑")
    runs = _glyph_fonts(char, label.font())
    assert runs and all(0 not in glyphs for _family, glyphs in runs), runs
    assert any(family.startswith("FV Han") for family, _ in runs), runs
