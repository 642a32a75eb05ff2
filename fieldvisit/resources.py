"""Finding bundled files (fonts, icons, templates, translations) from source or a frozen build.

From a source checkout they live in ``resources/`` beside the package; in a
PyInstaller bundle, under ``sys._MEIPASS``. ``FIELDVISIT_RESOURCES`` overrides both.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: Bundled subsets of Hanazono Mincho for the CJK Extension A-F characters of names
#: (𠮷, 䶮) that no common font has (tools/subset_fonts.py). The interface and the
#: receipts both fall back to them, so a name looks the same on screen and on paper.
RARE_NAME_FONTS = ("fv-han-extb.ttf", "fv-han-exta.ttf")


def resources_dir() -> Path:
    env = os.environ.get("FIELDVISIT_RESOURCES")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
