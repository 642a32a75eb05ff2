"""Photos for visits: downscaled JPEG bytes that live inside the encrypted database."""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError

from fieldvisit import validation as v
from fieldvisit.i18n import translate

MAX_SIDE = 1280
QUALITY = 80


def downscale(data: bytes) -> tuple[bytes, int, int]:
    """Any image Pillow reads -> JPEG at most MAX_SIDE on its long side."""
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            rgb = img.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError):
        raise v.fail("photo", translate("Photos", "is not an image fieldvisit can read")) from None
    rgb.thumbnail((MAX_SIDE, MAX_SIDE))
    out = io.BytesIO()
    rgb.save(out, "JPEG", quality=QUALITY, optimize=True)
    return out.getvalue(), rgb.width, rgb.height
