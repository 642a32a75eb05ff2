"""The receipt register (签收单登记): numbers issued per device and year, gaps, voids, reprints.

Numbers are PREFIX-YYYY-NNNNNN, continuous per device and year and never
reused, so any missing number in a series is a finding for the office: a gap.
The register is read from the payments ledger and the receipt events; the
local counter adds numbers this device took but whose payment is not here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.store.models import Device, Payment, ReceiptCounter, ReceiptEvent, Setting

_NO = re.compile(r"^(?P<prefix>.+)-(?P<year>\d{4})-(?P<n>\d+)$")


@dataclass
class Series:
    prefix: str
    year: int
    device: str
    issued: int = 0
    first: int = 0
    last: int = 0
    gaps: list[str] = field(default_factory=list)
    voids: list[str] = field(default_factory=list)
    reprints: dict[str, int] = field(default_factory=dict)
    printed: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _ranges(missing: list[int]) -> list[str]:
    """[3, 4, 5, 9] -> ["3-5", "9"]: gaps stay readable when a series has many."""
    out: list[str] = []
    start = prev = None
    for n in missing:
        if start is None:
            start = prev = n
        elif prev is not None and n == prev + 1:
            prev = n
        else:
            out.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = prev = n
    if start is not None:
        out.append(f"{start}" if start == prev else f"{start}-{prev}")
    return out


def register(session: Session) -> list[Series]:
    devices = {d.id: d.name for d in session.execute(select(Device)).scalars()}
    numbers: dict[tuple[str, int], set[int]] = defaultdict(set)
    owner: dict[tuple[str, int], str] = {}
    for no, dev in session.execute(
        select(Payment.receipt_no, Payment.device_id).where(
            Payment.receipt_no.is_not(None), Payment.reverses_id.is_(None)
        )
    ):
        m = _NO.match(no or "")
        if m:
            key = (m["prefix"], int(m["year"]))
            numbers[key].add(int(m["n"]))
            owner.setdefault(key, devices.get(dev, dev))
    here = session.get(Setting, "device_name")
    counters = {
        (c.prefix, c.year): c.last for c in session.execute(select(ReceiptCounter)).scalars()
    }
    series: dict[tuple[str, int], Series] = {}
    for key in sorted(set(numbers) | set(counters)):
        got = numbers.get(key, set())
        top = max(max(got, default=0), counters.get(key, 0))
        s = Series(key[0], key[1], owner.get(key, str(here.value) if here else ""))
        s.issued = len(got)
        s.first = min(got, default=0)
        s.last = top
        s.gaps = _ranges([n for n in range(1, top + 1) if n not in got])
        series[key] = s
    for no, kind in session.execute(select(ReceiptEvent.receipt_no, ReceiptEvent.kind)):
        m = _NO.match(no or "")
        if not m or (m["prefix"], int(m["year"])) not in series:
            continue
        s = series[(m["prefix"], int(m["year"]))]
        if kind == "void" and no not in s.voids:
            s.voids.append(no)
        elif kind == "reprint":
            s.reprints[no] = s.reprints.get(no, 0) + 1
        if kind in ("print", "reprint"):
            s.printed += 1
    for s in series.values():
        s.voids.sort()
    return list(series.values())
