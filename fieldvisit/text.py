"""Text normalisation and search keys for Chinese names.

Registers arrive with full-width digits, stray spaces and Traditional
characters; search must find 刘小山 from "lxs", "liuxiaoshan", 劉 or 刘.
The heavy dictionaries (pypinyin, OpenCC) load on first use only, so opening
the replica stays fast.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache
from typing import Any

_SPACES = re.compile(r"\s+")


# Full-width punctuation is correct in Chinese text (，：（）), so NFKC must not turn
# it into ASCII; only full-width letters and digits are folded. The punctuation is
# parked in the private-use area while NFKC runs.
_PUNCT = [c for c in range(0xFF01, 0xFF5F) if not chr(c).isalnum()]
_PARK = {c: 0xE000 + i for i, c in enumerate(_PUNCT)}
_UNPARK = {v: k for k, v in _PARK.items()}


def normalize(text: str | None) -> str:
    """Full-width letters and digits to ASCII, trim, collapse inner spaces.

    NFKC otherwise (it keeps CJK intact and folds compatibility forms)."""
    if text is None:
        return ""
    text = str(text)
    if unicodedata.is_normalized("NFKC", text) and "\u3000" not in text:
        return _SPACES.sub(" ", text).strip()
    parked = text.translate(_PARK)
    out = unicodedata.normalize("NFKC", parked).translate(_UNPARK).replace("\u3000", " ")
    return _SPACES.sub(" ", out).strip()


def compact(text: str | None) -> str:
    """normalize() and drop every space and dash: for numbers written with separators."""
    return re.sub(r"[\s\-‐‑–—_－]", "", normalize(text))


@lru_cache(maxsize=1)
def _converters() -> tuple[Any, Any]:
    import opencc

    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def to_simplified(text: str) -> str:
    return str(_converters()[0].convert(text)) if text else text


def to_traditional(text: str) -> str:
    return str(_converters()[1].convert(text)) if text else text


#: Rare variant characters pypinyin has no reading for, read as the common character
#: they are a form of. 𠮷 (U+20BB7, "tsuchi-yoshi") is 吉 written with 土 on top; the
#: family says "ji". Add a row when a register brings another one.
READ_AS = {
    "\U00020bb7": "吉",
}


@lru_cache(maxsize=20000)
def _char_keys(ch: str) -> tuple[str, str, str]:
    """One character's simplified and traditional forms and its pinyin (toneless).

    Names are mostly read character by character, so caching per character makes
    search keys cheap enough to compute for every row of a 200,000-row register."""
    # Names are read one character at a time, so pypinyin's phrase dictionary is never
    # consulted; not loading it (nor copying the dictionaries) saves ~45 MB, which a
    # first sync spends on SQLite's page cache instead. Same readings for every CJK
    # character (tests/test_text.py checks a sample in a fresh interpreter).
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
    from pypinyin import Style, lazy_pinyin

    simp = to_simplified(ch) or ch
    trad = to_traditional(simp) or ch
    py = lazy_pinyin(READ_AS.get(simp, simp), style=Style.NORMAL, errors="ignore")
    return simp, trad, "".join(py).lower()


def pinyin_keys(text: str) -> tuple[str, str]:
    """Full pinyin without tones or spaces, and initials: 刘小山 -> ("liuxiaoshan", "lxs")."""
    syllables = [_char_keys(ch)[2] for ch in normalize(text).replace(" ", "")]
    syllables = [s for s in syllables if s]
    return "".join(syllables), "".join(s[0] for s in syllables)


def sound_key(name: str | None) -> str:
    """How a name sounds, for finding one family registered twice.

    张晓明, 張曉明 and 张小明 all give "zhangxiaoming"; letters and digits (a Latin
    or Uyghur name in Latin script) are kept lower case, separators dropped. Not cached:
    built from the per-character cache in ~1.5 µs, and a first sync meets 100,000 names."""
    out = []
    for ch in normalize(name).lower():
        py = _char_keys(ch)[2]
        if py:
            out.append(py)
        elif ch.isalnum():
            out.append(ch)
    return "".join(out)


def address_key(address: str | None) -> str:
    """An address as compared between two registrations: Simplified, no spaces or dashes.

    Converted character by character from the cached table (8x faster than OpenCC on
    the whole string, which matters when a first sync brings 100,000 households)."""
    return "".join(_char_keys(ch)[0] for ch in compact(address).casefold())


def _suffixes(word: str) -> list[str]:
    return [word[i:] for i in range(len(word))]


@lru_cache(maxsize=65536)
def name_key(name: str | None) -> str:
    """Every search token of a name, space-separated, lower case.

    Tokens are the suffixes of the simplified and traditional name, the pinyin
    from every syllable on and the suffixes of the initials, so that a *prefix*
    search over tokens (FTS5 ``"..."*``) finds any part of a name:
    刘小山 -> 刘小山 小山 山 劉小山 ... liuxiaoshan xiaoshan shan lxs xs s.
    """
    base = normalize(name).replace(" ", "").lower()
    if not base:
        return ""
    keys = [_char_keys(ch) for ch in base[:50]]
    simp = "".join(k[0] for k in keys)
    trad = "".join(k[1] for k in keys)
    syllables = [k[2] for k in keys if k[2]]
    tokens = _suffixes(simp) + _suffixes(trad)
    tokens += ["".join(syllables[i:]) for i in range(len(syllables))]
    tokens += _suffixes("".join(s[0] for s in syllables))
    return " ".join(dict.fromkeys(t for t in tokens if t))


def search_terms(query: str) -> list[str]:
    """The words of a search query in the form tokens are stored in."""
    out = []
    for word in normalize(query).lower().split():
        out.append("".join(_char_keys(ch)[0] for ch in word))
    return out


_ORDINAL = re.compile(r"第([〇零一二两三四五六七八九十百千]+)")
_NUMBER = re.compile(r"\d+")


@lru_cache(maxsize=4096)
def natural_key(text: str) -> str:
    """A sort key that puts 第二走访组 before 第三 and 第十 (and 2组 before 10组): team
    and district names sorted as text read 第一, 第三, 第二 on a report."""
    import cn2an  # only reports sort by it; an import costs the start of the app

    def ordinal(m: re.Match[str]) -> str:
        try:
            return f"第{int(cn2an.cn2an(m.group(1), 'normal'))}"
        except ValueError:  # not a number after all (第千千)
            return m.group()

    return _NUMBER.sub(lambda m: m.group().zfill(10), _ORDINAL.sub(ordinal, text))


def reverse(text: str | None) -> str | None:
    """Reversed digits, so "last digits" searches become indexed prefix searches."""
    return text[::-1] if text else None


def warm_up() -> None:
    """Load the OpenCC and pypinyin dictionaries now (~150 ms), so the first search a
    user types does not pay for them. The GUI calls this off the GUI thread at start."""
    name_key("刘小山")
