"""Fonts of the interface: the system's CJK font first, bundled fallbacks for rare characters.

No common CJK font has the Extension A-F characters some names use (𠮷, 䶮, many
Hong Kong names); without a fallback they show as empty boxes. The bundled subsets
of Hanazono Mincho (resources/fonts/fv-han-*.ttf, see tools/subset_fonts.py) are
registered at start and put at the end of the application font's family list, and
as substitutes of each preferred family, so every widget falls back to them.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from fieldvisit.resources import RARE_NAME_FONTS, resource_path

log = logging.getLogger(__name__)

#: The system CJK font first; WenQuanYi Micro Hei where nothing better is installed.
PREFERRED = ("Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei")
#: Bundled fonts for rare characters, tried after the preferred ones.
FALLBACK_FILES = RARE_NAME_FONTS

_registered: list[str] = []


def register_fallbacks() -> list[str]:
    """Add the bundled fallback fonts to Qt's database once; their family names."""
    if _registered:
        return list(_registered)
    for name in FALLBACK_FILES:
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.exists() else -1
        if font_id < 0:
            log.warning("fallback font %s could not be loaded", path)
            continue
        _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_registered)


def install(app: QGuiApplication) -> None:
    """Give the application font the preferred families, then the fallbacks."""
    fallbacks = register_fallbacks()
    font = QFont(app.font())
    families = [*PREFERRED, *(f for f in fallbacks if f not in PREFERRED)]
    if font.families()[: len(families)] != families:
        font.setFamilies(families)
        app.setFont(font)
    for family in {*PREFERRED, font.family()}:
        QFont.insertSubstitutions(family, fallbacks)
