"""The CJK font reports embed: a TrueType (glyf) face, so reportlab can subset it.

The bundled WenQuanYi Micro Hei (resources/fonts/) wins; the system copy from
fonts-wqy-microhei is the fallback on Linux. Nothing else is tried: a PDF
drawn with the built-in CID fonts is not embedded and renders wrongly elsewhere.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.resources import resource_path

FONT_NAME = "FVReportCJK"
FILE = "wqy-microhei.ttc"
SYSTEM = (Path("/usr/share/fonts/truetype/wqy") / FILE,)


def font_path() -> Path:
    for candidate in (resource_path("fonts", FILE), *SYSTEM):
        if candidate.is_file():
            return candidate
    raise FieldVisitError(
        translate("Reports", "The Chinese font %1 is missing; reinstall the application.").replace(
            "%1", FILE
        )
    )


@cache
def register() -> str:
    """Register the font with reportlab once; returns its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT_NAME, str(font_path()), subfontIndex=0))
    # <b> in a paragraph must not fall back to an unembedded Helvetica-Bold.
    pdfmetrics.registerFontFamily(
        FONT_NAME, normal=FONT_NAME, bold=FONT_NAME, italic=FONT_NAME, boldItalic=FONT_NAME
    )
    return FONT_NAME
