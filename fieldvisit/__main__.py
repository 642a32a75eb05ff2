"""Allow ``python -m fieldvisit``."""

from __future__ import annotations

from fieldvisit.cli import main

# Guarded: a process started by multiprocessing ("spawn", the demo's worker) imports the
# main module again, and must not run the program a second time.
if __name__ == "__main__":
    raise SystemExit(main())
