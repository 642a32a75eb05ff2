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
    # Reversals carry the number of the payment they void; they are not new numbers.
    reversals: dict[str, int] = {}
    for (no,) in rows(
        session,
        "SELECT receipt_no FROM payment WHERE reverses_id IS NOT NULL AND receipt_no IS NOT NULL",
    ):
        reversals[no] = reversals.get(no, 0) + 1
    # One ordered walk over the receipt-number index (no table rows are read): numbers of one
    # series are adjacent and in order, because they are fixed-width.
    found: dict[str, Series] = {}
    raw = session.connection().connection.driver_connection
    cur = raw.execute(  # type: ignore[union-attr]
        f"SELECT receipt_no FROM payment WHERE receipt_no GLOB {_PATTERN} ORDER BY receipt_no"
    )
    item: Series | None = None
    prev_no = ""
    prev_n = 0
    for (no,) in cur:
        series, n = no[:-7], int(no[-6:])
        if item is None or item.series != series:
            item = found[series] = Series("", "", series, 0, n, n)
        elif no == prev_no:
            item.reused += 1
        elif n - prev_n > 1:
            item.missing.append((prev_n + 1, n - 1))
        item.last = n
        prev_no, prev_n = no, n
    for no, count in reversals.items():
        if no[:-7] in found:
            found[no[:-7]].reused -= count
    for item in found.values():
        item.issued = item.last - item.first + 1 - item.missing_count
        first = f"{item.series}-{item.first:06d}"
        dev = rows(session, "SELECT device_id FROM payment WHERE receipt_no = :n LIMIT 1", n=first)
        item.device_id = dev[0][0] if dev else ""
        item.device = names.get(item.device_id, item.device_id[:8])
    voided = set(reversals) | {
        no for (no,) in rows(session, "SELECT receipt_no FROM receipt_event WHERE kind = 'void'")
    }
    for no in voided:
        if no[:-7] in found:
            found[no[:-7]].voided += 1
    for no, count in rows(
        session,
        "SELECT receipt_no, count(*) FROM receipt_event WHERE kind = 'reprint' GROUP BY receipt_no",
    ):
        if no[:-7] in found:
            found[no[:-7]].reprinted += int(count)
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
