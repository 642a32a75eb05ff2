"""Text normalisation and search keys for Chinese names.

Registers arrive with full-width digits, stray spaces and Traditional
characters; search must find 刘小山 from "lxs", "liuxiaoshan", 劉 or 刘.
The heavy dictionaries (pypinyin, OpenCC) load on first use only, so opening
the replica stays fast.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

_SPACES = re.compile(r"\s+")


def normalize(text: str | None) -> str:
    """Full-width to half-width, trim, collapse inner spaces (NFKC keeps CJK intact)."""
    if text is None:
        return ""
    out = unicodedata.normalize("NFKC", str(text)).replace("\u3000", " ")
    return _SPACES.sub(" ", out).strip()


def compact(text: str | None) -> str:
    """normalize() and drop every space and dash: for numbers written with separators."""
    return re.sub(r"[\s\-‐‑–—_]", "", normalize(text))


@lru_cache(maxsize=1)
def _converters() -> tuple[Any, Any]:
    import opencc

    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def to_simplified(text: str) -> str:
    return str(_converters()[0].convert(text)) if text else text


def to_traditional(text: str) -> str:
    return str(_converters()[1].convert(text)) if text else text


def pinyin_keys(text: str) -> tuple[str, str]:
    """Full pinyin without tones or spaces, and initials: 刘小山 -> ("liuxiaoshan", "lxs")."""
    from pypinyin import Style, lazy_pinyin

    simplified = to_simplified(text)
    full = lazy_pinyin(simplified, style=Style.NORMAL, errors="ignore")
    initials = lazy_pinyin(simplified, style=Style.FIRST_LETTER, errors="ignore")
    return "".join(full).lower(), "".join(initials).lower()


def name_key(name: str | None) -> str:
    """Everything a name can be searched by, space-separated, lower case."""
    base = normalize(name)
    if not base:
        return ""
    simplified = to_simplified(base)
    traditional = to_traditional(base)
    full, initials = pinyin_keys(base)
    parts = dict.fromkeys([simplified, traditional, full, initials])
    return " ".join(p for p in parts if p).lower()


def reverse(text: str | None) -> str | None:
    """Reversed digits, so "last digits" searches become indexed prefix searches."""
    return text[::-1] if text else None
