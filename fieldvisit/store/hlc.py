"""Hybrid logical clock.

Orders operations across laptops whose wall clocks disagree: an HLC never runs
backwards, always moves past any time it has received, and stays close to real
time. Encoded as a fixed-width string so it sorts as text in SQLite and
PostgreSQL alike.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

MAX_SKEW_MS = 24 * 3600 * 1000  # a clock more than a day off is warned about


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True)
class Timestamp:
    ms: int
    counter: int

    def encode(self) -> str:
        return f"{self.ms:013d}{self.counter:05d}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        return cls(int(text[:13]), int(text[13:]))


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
        self.last = (
            Timestamp(w, 0) if w > self.last.ms else Timestamp(self.last.ms, self.last.counter + 1)
        )
        return self.last

    def observe(self, remote: Timestamp) -> bool:
        """Move past a received timestamp. Returns False when it lies more than
        a day ahead of our wall clock (one of the two clocks is wrong)."""
        w = self.wall()
        top = max(w, self.last.ms, remote.ms)
        if top == self.last.ms == remote.ms:
            counter = max(self.last.counter, remote.counter) + 1
        elif top == self.last.ms:
            counter = self.last.counter + 1
        elif top == remote.ms:
            counter = remote.counter + 1
        else:
            counter = 0
        self.last = Timestamp(top, counter)
        return remote.ms - w <= MAX_SKEW_MS


def sort_key(hlc: str, device_id: str, seq: int) -> str:
    """The total order all replicas fold operations in."""
    return f"{hlc}|{device_id}|{seq:010d}"
