"""Amounts in figures and in words (大写) by the official rules."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldvisit.receipts.money import MAX_FEN, figures, words

DIGITS = dict(zip("零壹贰叁肆伍陆柒捌玖", range(10), strict=True))
SMALL = {"拾": 10, "佰": 100, "仟": 1000}


def parse_words(text: str) -> int:
    """An independent reader of 大写 amounts (fen), to check words() round-trips."""
    assert text.startswith("人民币")
    body = text[3:]
    yuan_part, _, frac = body.partition("元") if "元" in body else ("", "", body)
    total = section = digit = 0
    for ch in yuan_part:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in SMALL:
            section += (digit or 1) * SMALL[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10_000
            section = digit = 0
        elif ch == "亿":
            total = (total + section + digit) * 100_000_000
            section = digit = 0
        else:
            raise AssertionError(f"unexpected {ch!r} in {text}")
    fen = (total + section + digit) * 100
    if frac in ("整", ""):
        return fen
    digit = 0
    for ch in frac:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch == "角":
            fen += digit * 10
            digit = 0
        elif ch == "分":
            fen += digit
            digit = 0
        elif ch != "整":
            raise AssertionError(f"unexpected {ch!r} in {text}")
    return fen


@pytest.mark.parametrize(
    ("fen", "expected"),
    [
        (120_000, "人民币壹仟贰佰元整"),
        (140_950, "人民币壹仟肆佰零玖元伍角"),
        (600_714, "人民币陆仟零柒元壹角肆分"),
        (1_640_902, "人民币壹万陆仟肆佰零玖元零贰分"),
        (1_000, "人民币壹拾元整"),
        (10_000_000, "人民币壹拾万元整"),
        (10_000_000_101, "人民币壹亿零壹元零壹分"),
        (99_999_999_999, "人民币玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
        (10_010_000, "人民币壹拾万零壹佰元整"),
        (1_001_000, "人民币壹万零壹拾元整"),
        (100, "人民币壹元整"),
        (50, "人民币伍角"),
        (5, "人民币伍分"),
        (0, "人民币零元整"),
        (10_001_000_000, "人民币壹亿零壹万元整"),
        (2_000_005, "人民币贰万元零伍分"),
    ],
)
def test_words_follow_the_official_rules(fen: int, expected: str) -> None:
    assert words(fen) == expected


@given(st.integers(min_value=0, max_value=MAX_FEN))
def test_words_round_trip_through_an_independent_reader(fen: int) -> None:
    text = words(fen)
    assert parse_words(text) == fen
    assert "零零" not in text
    assert not text.endswith("零")
    assert ("整" in text) == (fen % 100 == 0)


@pytest.mark.parametrize("bad", [-1, MAX_FEN + 1])
def test_words_refuse_amounts_outside_a_receipts_range(bad: int) -> None:
    with pytest.raises(ValueError):
        words(bad)


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (120_000, "¥1,200.00"),
        (5, "¥0.05"),
        (99_999_999_999, "¥999,999,999.99"),
        (-120_000, "-¥1,200.00"),
        (0, "¥0.00"),
    ],
)
def test_figures(fen: int, text: str) -> None:
    assert figures(fen) == text


def test_words_or_dash_for_sums_beyond_a_receipt() -> None:
    from fieldvisit.receipts.money import words_or_dash

    assert words_or_dash(MAX_FEN + 1) == "—"
    assert words_or_dash(120_000) == "人民币壹仟贰佰元整"
