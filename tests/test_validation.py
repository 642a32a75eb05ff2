"""Validation of what people type or import: IDs, phones, amounts, notes."""

from __future__ import annotations

import pytest
from stdnum.cn import ric

from fieldvisit import validation as v
from fieldvisit.errors import ValidationError


def test_check_character_agrees_with_stdnum() -> None:
    for body in (
        "11010519491231002",
        "33010619800101111",
        "44130219660216824",
        "61011319650216824",
    ):
        full = body + v.id_check_char(body)
        assert ric.calc_check_digit(full) == full[17]  # stdnum wants the full number
        assert v.id_number(full) == full


def test_id_numbers() -> None:
    assert v.id_number(" 11010519491231002x ") == "11010519491231002X"
    assert v.id_number("１１０１０５１９４９１２３１００２Ｘ") == "11010519491231002X"
    assert v.id_number("110105491231002") == "11010519491231002X"  # 15-digit legacy
    assert v.id_number("") is None
    cases = {
        "110105194912310021": "check character",  # wrong check
        "110105194902301234": "impossible birth date",  # 30 February
        "110105299901010011": "future",
        "11010519491231002": "18 characters",
        "11010519491231002Y": "18 characters",
    }
    for value, words in cases.items():
        with pytest.raises(ValidationError) as e:
            v.id_number(value)
        assert e.value.field == "id_number" and words in str(e.value), value
        assert str(e.value).startswith("ID number: ")
    with pytest.raises(ValidationError):
        v.id_number(None, required=True)


def test_phones() -> None:
    assert v.phone("138-0013-8000") == "13800138000"
    assert v.phone("+86 138 0013 8000") == "13800138000"
    assert v.phone("(0571)87654321") == "057187654321"
    assert v.phone("010-12345678") == "01012345678"
    for bad in ("12345", "1234567890123", "23800138000", "abc"):
        with pytest.raises(ValidationError, match="Phone"):
            v.phone(bad)


def test_amounts() -> None:
    assert v.amount_fen("1,200.50") == 120_050
    assert v.amount_fen("¥1200元") == 120_000
    assert v.amount_fen(12) == 1_200
    for bad, words in {
        "-5": "negative",
        -5: "negative",
        "１２.３４５": "two decimal",
        "abc": "not a number",
        "NaN": "not a number",
        "Infinity": "not a number",
        "1e12": "larger than",
    }.items():
        with pytest.raises(ValidationError, match=words):
            v.amount_fen(bad)
    with pytest.raises(ValidationError, match="cap"):
        v.amount_fen("3000.01", cap_fen=300_000)
    assert v.amount_fen("3000.01", cap_fen=300_000, override_reason="重病特批") == 300_001


def test_notes() -> None:
    assert v.note("  一行\n两行  ") == "一行\n两行"
    with pytest.raises(ValidationError, match="at most 5000"):
        v.note("字" * 10_000)


def test_dates() -> None:
    from datetime import date

    assert v.a_date("2025年1月31日") == date(2025, 1, 31)
    assert v.a_date("2025/1/31") == date(2025, 1, 31)
    with pytest.raises(ValidationError, match="not a date"):
        v.a_date("2025-02-30")
    with pytest.raises(ValidationError, match="future"):
        v.a_date("2999-01-01", allow_future=False)
