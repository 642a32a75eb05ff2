"""Run every bench/bench_*.py, or the ones named: ``python -m bench search receipts``.

Each module has ``main(quick: bool) -> None`` that prints its figures: the
measured value, its target, and the ratio to a raw baseline measured in the
same run. ``--quick`` uses small sizes (for a smoke run, not for the figures).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("names", nargs="*", help="bench modules to run (default: all)")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    args = parser.parse_args()
    here = Path(__file__).parent
    found = sorted(
        m.name[len("bench_") :]
        for m in pkgutil.iter_modules([str(here)])
        if m.name.startswith("bench_")
    )
    chosen = args.names or found
    for name in chosen:
        if name not in found:
            parser.error(f"no bench named {name!r}; have: {', '.join(found)}")
    for name in chosen:
        print(f"== {name}", flush=True)
        start = time.perf_counter()
        importlib.import_module(f"bench.bench_{name}").main(quick=args.quick)
        print(f"   ({time.perf_counter() - start:.1f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
