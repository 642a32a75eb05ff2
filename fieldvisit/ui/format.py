"""How values look on screen: masked ID numbers, yuan, local dates. Qt-free."""

from __future__ import annotations

from datetime import UTC, date, datetime


def mask_id(number: str | None) -> str:
    """110105********002X: ID numbers are masked everywhere unless the user asks."""
    if not number:
        return ""
    if len(number) <= 10:
        return number
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def yuan(fen: int | None) -> str:
    """Integer fen -> ¥1,200.00 (no float arithmetic)."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(int(fen)), 100)
    return f"{sign}¥{whole:,}.{cents:02d}"


def local_time(value: datetime | str | None) -> str:
    """A UTC time stamp from storage -> local wall time, to the minute."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return str(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def day(value: date | None) -> str:
    return value.isoformat() if value else ""
