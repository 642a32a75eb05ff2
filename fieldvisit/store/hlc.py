"""Hybrid logical clock.

Orders operations across laptops whose wall clocks disagree: an HLC never runs
backwards, always moves past any time it has received, and stays close to real
time. Encoded as a fixed-width string (13 digits of milliseconds, 10 digits of
counter) so it sorts as text in SQLite and PostgreSQL alike — forever: the
counter never needs an eleventh digit, because a clock whose counter would pass
``MAX_COUNTER`` moves on to the next millisecond instead.

Stamps written before the counter was widened had 5 counter digits (6 once a
fast clock had pushed the counter past 99,999, which then sorted wrongly as
text). :func:`normalise` rewrites any of them to the current width; operations
are normalised when they are built (``merge.Op``), and replica migration 0006
rewrites what older replicas stored.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

MAX_SKEW_MS = 24 * 3600 * 1000  # a clock more than a day off is warned about
MS_DIGITS = 13
COUNTER_DIGITS = 10
WIDTH = MS_DIGITS + COUNTER_DIGITS
MAX_COUNTER = 10**COUNTER_DIGITS - 1
#: Every stamp this program ever wrote: 13 millisecond digits and a 5- to 10-digit counter.
WELL_FORMED = re.compile(rf"\d{{18,{WIDTH}}}\Z")


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True)
class Timestamp:
    ms: int
    counter: int

    def encode(self) -> str:
        return f"{self.ms:0{MS_DIGITS}d}{self.counter:0{COUNTER_DIGITS}d}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        """Read a stamp of any width this program ever wrote (13 ms digits + counter)."""
        return cls(int(text[:MS_DIGITS]), int(text[MS_DIGITS:] or 0))

    def next(self) -> Timestamp:
        """The smallest stamp after this one; the counter carries into the millisecond."""
        if self.counter >= MAX_COUNTER:
            return Timestamp(self.ms + 1, 0)
        return Timestamp(self.ms, self.counter + 1)


def normalise(hlc: str) -> str:
    """A stamp in today's fixed width (old 18/19-character stamps are widened)."""
    if len(hlc) == WIDTH:
        return hlc
    return Timestamp.decode(hlc).encode()


def normalise_key(key: str) -> str:
    """A sort key (or head key / base, "" for none) with its stamp in today's width."""
    if not key:
        return key
    stamp, sep, rest = key.partition("|")
    if len(stamp) == WIDTH:
        return key
    return normalise(stamp) + sep + rest


class Clock:
    """One device's HLC. ``wall`` is injectable so tests can skew it."""

    def __init__(self, last: Timestamp | None = None, wall: object = None) -> None:
        self.last = last or Timestamp(0, 0)
        self._wall = wall if callable(wall) else wall_ms

    def wall(self) -> int:
        return int(self._wall())

    def now(self) -> Timestamp:
        """A new timestamp for a local event."""
        w = self.wall()
        self.last = Timestamp(w, 0) if w > self.last.ms else self.last.next()
        return self.last

    def observe(self, remote: Timestamp) -> bool:
        """Move past a received timestamp. Returns False when it lies more than
        a day ahead of our wall clock (one of the two clocks is wrong)."""
        w = self.wall()
        top = max(w, self.last.ms, remote.ms)
        if top == self.last.ms == remote.ms:
            self.last = max(self.last, remote).next()
        elif top == self.last.ms:
            self.last = self.last.next()
        elif top == remote.ms:
            self.last = remote.next()
        else:
            self.last = Timestamp(top, 0)
        return remote.ms - w <= MAX_SKEW_MS


def sort_key(hlc: str, device_id: str, seq: int) -> str:
    """The total order all replicas fold operations in."""
    return f"{normalise(hlc)}|{device_id}|{seq:010d}"
