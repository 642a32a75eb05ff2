"""Bundle entry point of the windowed ``fieldvisit-gui`` executable (Windows shortcuts).

It has no console, so it always starts the GUI; global options (``--lang``, ``--data-dir``)
given on its command line pass through.
"""

from __future__ import annotations

import multiprocessing
import sys

from fieldvisit.cli import main

if __name__ == "__main__":
    # a process started by multiprocessing (the demo's worker) runs its task, not the app
    multiprocessing.freeze_support()
    sys.exit(main([*sys.argv[1:], "gui"]))
