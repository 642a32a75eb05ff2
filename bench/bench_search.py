"""Search figures alone: p95 per query shape at 200,000 households, with the raw SQL.

The same measurement as in ``bench_foundation`` without the demo, open and import
figures, so a change to search code is measured in a minute. Set
FIELDVISIT_BENCH_BASE to a replica made earlier to skip its generation.
"""

from __future__ import annotations

from bench.bench_foundation import search_only


def main(quick: bool) -> None:
    search_only(quick)
