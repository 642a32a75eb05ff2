"""Validation of what people type or import: ID numbers, phones, amounts, dates.

Each check returns the normalised value or raises :class:`ValidationError`
naming the field and saying what is wrong, in the user's language.
"""

from __future__ import annotations

import operator
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from fieldvisit.errors import ValidationError
from fieldvisit.i18n import translate
from fieldvisit.text import compact, normalize

MAX_NOTE = 5000
MAX_AMOUNT_FEN = 99_999_999_999  # ¥999,999,999.99, the most a receipt prints

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def id_check_char(body: str) -> str:
    """The GB 11643 (ISO 7064 MOD 11-2) check character of the 17-digit body.

    (python-stdnum's ``ric.calc_check_digit`` expects the number *with* its check
    character and drops the last one, so passing the body gives a wrong answer.)"""
    if len(body) != 17:
        raise ValueError("the body of an ID number has 17 digits")
    return _CHECK[sum(map(operator.mul, map(int, body), _WEIGHTS)) % 11]


#: Full-width point, minus and yen that normalize() keeps as Chinese punctuation.
_FULLWIDTH_NUMBER = str.maketrans("．－￥", ".-¥")

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}\d{7,8}$")


def field_label(field: str) -> str:
    labels = {
        "id_number": translate("Validation", "ID number"),
        "name": translate("Validation", "Name"),
        "phone": translate("Validation", "Phone"),
        "amount": translate("Validation", "Amount"),
        "cash": translate("Validation", "Cash"),
        "date": translate("Validation", "Date"),
        "notes": translate("Validation", "Notes"),
        "income": translate("Validation", "Monthly income"),
        "quantity": translate("Validation", "Quantity"),
        "birth_date": translate("Validation", "Birth date"),
    }
    return labels.get(field, field)


def fail(field: str, message: str) -> ValidationError:
    return ValidationError(field, message, label=field_label(field))


def id_number(value: str | None, field: str = "id_number", *, required: bool = False) -> str | None:
    """A resident ID number (GB 11643): 18 characters with a valid check character and
    birth date; a 15-digit legacy number is converted to 18."""
    text = compact(value).upper()
    if not text:
        if required:
            raise fail(field, translate("Validation", "is required"))
        return None
    if len(text) == 15 and text.isdigit():
        text = text[:6] + "19" + text[6:]
        text += id_check_char(text)
    if len(text) != 18 or not text[:17].isdigit() or not (text[17].isdigit() or text[17] == "X"):
        raise fail(
            field, translate("Validation", "must be 18 characters: 17 digits and a digit or X")
        )
    try:
        born = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        raise fail(field, translate("Validation", "contains an impossible birth date")) from None
    if born.year < 1890:
        raise fail(field, translate("Validation", "contains an impossible birth date"))
    if born > date.today():
        raise fail(field, translate("Validation", "contains a birth date in the future"))
    if id_check_char(text[:17]) != text[17]:
        raise fail(
            field, translate("Validation", "has a wrong check character (the last character)")
        )
    return text


def birth_date_from_id(number: str) -> date:
    return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))


def gender_from_id(number: str) -> str:
    return "男" if int(number[16]) % 2 else "女"


def phone(value: str | None, field: str = "phone") -> str | None:
    """A mainland mobile (11 digits from 13-19) or a landline with area code."""
    text = compact(value).replace("(", "").replace(")", "").replace("（", "").replace("）", "")
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    if not text:
        return None
    if _MOBILE.match(text) or _LANDLINE.match(text):
        return text
    raise fail(
        field,
        translate(
            "Validation", "is not a mainland mobile (11 digits) or a landline with area code"
        ),
    )


def amount_fen(
    value: object,
    field: str = "amount",
    *,
    cap_fen: int | None = None,
    override_reason: str | None = None,
) -> int:
    """Yuan written as 1200, "1,200.50" or "¥1200" -> integer fen; never float arithmetic."""
    if value is None or value == "":
        return 0
    if isinstance(value, int):
        fen = value * 100
    else:
        # not compact(): that drops dashes, and "-5" must stay negative (and be refused)
        text = (
            re.sub(r"\s", "", normalize(str(value)))
            .translate(_FULLWIDTH_NUMBER)
            .replace(",", "")
            .replace("，", "")
            .lstrip("¥￥")
            .removesuffix("元")
        )
        try:
            d = Decimal(text)
        except InvalidOperation:
            raise fail(field, translate("Validation", "is not a number")) from None
        if not d.is_finite():
            raise fail(field, translate("Validation", "is not a number"))
        if d.adjusted() > 15:  # 1e400 or 30 digits: refused before any arithmetic on it
            raise fail(
                field, translate("Validation", "is larger than any amount a receipt can carry")
            )
        if d.as_tuple().exponent < -2 and d != d.quantize(Decimal("0.01")):  # type: ignore[operator]
            raise fail(field, translate("Validation", "has more than two decimal places"))
        fen = int(d * 100)
    return check_fen(fen, field, cap_fen=cap_fen, override_reason=override_reason)


def check_fen(
    fen: int,
    field: str = "amount",
    *,
    cap_fen: int | None = None,
    override_reason: str | None = None,
) -> int:
    if fen < 0:
        raise fail(field, translate("Validation", "cannot be negative"))
    if fen > MAX_AMOUNT_FEN:
        raise fail(field, translate("Validation", "is larger than any amount a receipt can carry"))
    if cap_fen is not None and fen > cap_fen and not normalize(override_reason):
        raise fail(
            field,
            translate(
                "Validation", "is above the campaign's cap of %1 yuan; give a reason to override"
            ).replace("%1", f"{cap_fen / 100:,.2f}"),
        )
    return fen


def a_date(value: object, field: str = "date", *, allow_future: bool = True) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        d = value.date()
    elif isinstance(value, date):
        d = value
    else:
        text = compact(str(value)).replace("/", "-").replace(".", "-")
        text = text.replace("年", "-").replace("月", "-").rstrip("日")
        try:
            parts = [int(p) for p in text.split("-")]
            d = date(parts[0], parts[1], parts[2]) if len(parts) == 3 else date.fromisoformat(text)
        except (ValueError, IndexError):
            raise fail(
                field, translate("Validation", "is not a date (write it as 2025-01-31)")
            ) from None
    if not allow_future and d > date.today():
        raise fail(field, translate("Validation", "is in the future"))
    return d


def text_field(
    value: str | None, field: str, *, max_len: int, required: bool = False
) -> str | None:
    text = normalize(value) if value is not None else ""
    if not text:
        if required:
            raise fail(field, translate("Validation", "is required"))
        return None
    if len(text) > max_len:
        raise fail(
            field,
            translate("Validation", "is too long (at most %1 characters)").replace(
                "%1", str(max_len)
            ),
        )
    return text


def name(value: str | None, field: str = "name") -> str:
    result = text_field(value, field, max_len=50, required=True)
    assert result is not None
    return result


def note(value: str | None, field: str = "notes") -> str | None:
    """Notes keep their line breaks; only the length is checked."""
    if value is None or not value.strip():
        return None
    if len(value) > MAX_NOTE:
        raise fail(
            field,
            translate("Validation", "is too long (at most %1 characters)").replace(
                "%1", str(MAX_NOTE)
            ),
        )
    return value.strip()
