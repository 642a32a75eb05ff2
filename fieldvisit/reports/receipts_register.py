"""The receipt register as the office sees it: every number series, its gaps, voids and reprints.

Receipt numbers are ``PREFIX-YYYY-NNNNNN``, continuous per device and year and
never reused. A gap means a number was taken but its payment never arrived (a
laptop not yet synced, or a receipt torn up without a void); a number on two
payments means something is badly wrong. Issued numbers come from the ledger's
original payments; voids from reversal entries and void events; reprints from
receipt events.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from fieldvisit.i18n import translate
from fieldvisit.reports.common import device_names, rows
from fieldvisit.reports.table import Column, Table

_PATTERN = "'*-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]'"
_SERIES = "substr(receipt_no, 1, length(receipt_no) - 7)"
_NUMBER = "CAST(substr(receipt_no, -6) AS INTEGER)"


@dataclass
class Series:
    device_id: str
    device: str
    series: str  # PREFIX-YYYY
    issued: int
    first: int
    last: int
    missing: list[tuple[int, int]] = field(default_factory=list)  # inclusive ranges
    voided: int = 0
    reprinted: int = 0
    reused: int = 0  # numbers found on more than one payment

    @property
    def missing_count(self) -> int:
        return sum(b - a + 1 for a, b in self.missing)

    def missing_text(self, limit: int = 20) -> str:
        parts = [f"{a:06d}" if a == b else f"{a:06d}–{b:06d}" for a, b in self.missing[:limit]]
        if len(self.missing) > limit:
            parts.append("…")
        return ", ".join(parts)


def receipt_register(session: Session) -> list[Series]:
    names = device_names(session)
    found: dict[tuple[str, str], Series] = {}
    # One sorted pass: only the edges of each series, its gaps and its repeats come back.
    for dev, series, n, prev, nxt in rows(
        session,
        f"WITH nums AS (SELECT device_id, {_SERIES} AS s, {_NUMBER} AS n FROM payment "
        f"WHERE reverses_id IS NULL AND receipt_no GLOB {_PATTERN}), "
        "w AS (SELECT device_id, s, n, lag(n) OVER win AS prev, lead(n) OVER win AS nxt FROM nums "
        "WINDOW win AS (PARTITION BY device_id, s ORDER BY n)) "
        "SELECT device_id, s, n, prev, nxt FROM w WHERE prev IS NULL OR nxt IS NULL OR n - prev != 1 "
        "ORDER BY device_id, s, n",
    ):
        key = (dev, series)
        if prev is None:
            found[key] = Series(dev, names.get(dev, dev[:8]), series, 0, int(n), int(n))
        item = found[key]
        if nxt is None:
            item.last = int(n)
        if prev is not None and n - prev > 1:
            item.missing.append((int(prev) + 1, int(n) - 1))
        elif prev is not None and n == prev:
            item.reused += 1
    for item in found.values():
        item.issued = item.last - item.first + 1 - item.missing_count
    # Voids and reprints are counted on the series of the original number.
    origin = {
        no: (dev, s)
        for no, dev, s in rows(
            session,
            f"SELECT receipt_no, device_id, {_SERIES} FROM payment WHERE reverses_id IS NULL "
            f"AND receipt_no IN (SELECT receipt_no FROM payment WHERE reverses_id IS NOT NULL "
            f"UNION SELECT receipt_no FROM receipt_event WHERE kind IN ('void', 'reprint'))",
        )
    }
    voided = {
        no
        for (no,) in rows(
            session,
            "SELECT receipt_no FROM payment WHERE reverses_id IS NOT NULL AND receipt_no IS NOT NULL "
            "UNION SELECT receipt_no FROM receipt_event WHERE kind = 'void'",
        )
    }
    for no in voided:
        got = origin.get(no)
        if got is not None and got in found:
            found[got].voided += 1
    for no, count in rows(
        session,
        "SELECT receipt_no, count(*) FROM receipt_event WHERE kind = 'reprint' GROUP BY receipt_no",
    ):
        got = origin.get(no)
        if got is not None and got in found:
            found[got].reprinted += int(count)
    return sorted(found.values(), key=lambda s: (s.device, s.series))


def register_table(series: list[Series]) -> Table:
    gaps = sum(s.missing_count for s in series)
    return Table(
        name=translate("Reports", "Receipts"),
        title=translate("Reports", "Receipt register"),
        columns=[
            Column("device", translate("Reports", "Device")),
            Column("series", translate("Reports", "Series")),
            Column("issued", translate("Reports", "Numbers issued"), "int", total=True),
            Column("first", translate("Reports", "First")),
            Column("last", translate("Reports", "Last")),
            Column("missing", translate("Reports", "Missing"), "int", total=True),
            Column("gaps", translate("Reports", "Missing numbers")),
            Column("voided", translate("Reports", "Voided"), "int", total=True),
            Column("reprinted", translate("Reports", "Reprinted"), "int", total=True),
            Column("reused", translate("Reports", "Used twice"), "int", total=True),
        ],
        rows=[
            (
                s.device,
                s.series,
                s.issued,
                f"{s.series}-{s.first:06d}",
                f"{s.series}-{s.last:06d}",
                s.missing_count,
                s.missing_text(),
                s.voided,
                s.reprinted,
                s.reused,
            )
            for s in series
        ],
        alerts={i for i, s in enumerate(series) if s.missing or s.reused},
        note=translate("Reports", "%1 series, %2 numbers missing")
        .replace("%1", str(len(series)))
        .replace("%2", str(gaps)),
    )
