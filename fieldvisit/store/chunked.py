"""Long lists cut into slices: one ``IN (…)`` statement per slice.

A list of ids read or deleted at once (a pull's operations, a bundle's rows, a
report's households) can hold hundreds of thousands; one statement binding them
all would be slow to prepare and could pass SQLite's or PostgreSQL's limit on
parameters. Every such read goes through here, a slice of :data:`IN_LIST` at a time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

#: Values bound per statement: far below either database's limit, and a statement the
#: databases plan as quickly as a short one.
IN_LIST = 500


def chunked(values: Sequence[T], size: int = IN_LIST) -> Iterator[Sequence[T]]:
    """``values`` a slice of at most ``size`` at a time, in order."""
    for start in range(0, len(values), size):
        yield values[start : start + size]
