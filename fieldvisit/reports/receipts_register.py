"""The receipt register as an office report table: every number series, its gaps, voids and reprints.

The register itself is computed by :func:`fieldvisit.receipts.register.register`
(the receipt CLI shows the same figures); this module lays it out for the
screen, Excel and PDF, one row per device and series, alerts on gaps and
numbers used twice.
"""

from __future__ import annotations

from fieldvisit.i18n import translate
from fieldvisit.receipts.register import Series
from fieldvisit.reports.table import Column, Table


def register_table(series: list[Series]) -> Table:
    series = sorted(series, key=lambda s: (s.device, s.series))
    gaps = sum(s.missing_count for s in series)
    n_series = len(series)  # a plain name: pyside6-lupdate skips expressions
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
                f"{s.series}-{s.first:06d}" if s.issued else "",
                f"{s.series}-{s.last:06d}",
                s.missing_count,
                s.missing_text(),
                s.voided,
                s.reprinted,
                len(s.reused),
            )
            for s in series
        ],
        alerts={i for i, s in enumerate(series) if s.missing or s.reused},
        note=translate("Reports", "%n series, %2 numbers missing", None, n_series).replace(
            "%2", str(gaps)
        ),
    )
