"""Allow ``python -m fieldvisit``."""

from __future__ import annotations

from fieldvisit.cli import main

raise SystemExit(main())
