"""Bundle entry point: the ``fieldvisit`` command (CLI; with no command, the GUI)."""

from __future__ import annotations

import sys

from fieldvisit.cli import main

if __name__ == "__main__":
    sys.exit(main())
