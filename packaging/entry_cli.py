"""Bundle entry point: the ``fieldvisit`` command (CLI; with no command, the GUI)."""

from __future__ import annotations

import multiprocessing
import sys

from fieldvisit.cli import main

if __name__ == "__main__":
    # a process started by multiprocessing (the demo's worker) runs its task, not the app
    multiprocessing.freeze_support()
    sys.exit(main())
