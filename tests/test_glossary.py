"""One word for one thing: no translation uses a word docs/glossary.md says to avoid."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _avoided() -> dict[str, list[tuple[str, str]]]:
    """lang -> [(avoided word, English term)] from the glossary table."""
    out: dict[str, list[tuple[str, str]]] = {"zh_CN": [], "zh_TW": []}
    for line in (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or cells[0] in ("English", "---") or set(cells[0]) <= {"-"}:
            continue
        for lang, col in (("zh_CN", cells[3]), ("zh_TW", cells[4])):
            out[lang] += [(w.strip(), cells[0]) for w in col.split("/") if w.strip()]
    return out


def _translations(lang: str) -> list[tuple[str, str]]:
    found = []
    for ts in sorted((ROOT / "translations").glob(f"*_{lang}.ts")):
        for msg in ET.parse(ts).iter("message"):
            tr = msg.find("translation")
            if tr is None:
                continue
            for text in [tr.text, *(n.text for n in tr.iter("numerusform"))]:
                if text:
                    found.append((msg.findtext("source") or "", text))
    return found


def test_glossary_lists_avoided_words() -> None:
    avoided = _avoided()
    assert len(avoided["zh_CN"]) > 10 and len(avoided["zh_TW"]) > 20


def test_translations_use_one_word_for_one_thing() -> None:
    bad = []
    for lang, words in _avoided().items():
        for source, text in _translations(lang):
            for word, term in words:
                pattern = re.escape(word).replace("%1", r"%\d")
                if re.search(pattern, text):
                    bad.append(f"{lang}: {text!r} uses {word!r} ({term}); source {source!r}")
    assert not bad, "\n".join(bad)


def test_no_message_is_translated_two_ways() -> None:
    """Every area's translations are loaded at once: a message two files translate
    differently shows one of the two wherever it appears (a household's district
    read "街道", a unit's street, in the duplicates report)."""
    from fieldvisit.tools import translations

    assert translations.clashes() == []
