"""``fieldvisit gui``: start the desktop application."""

from __future__ import annotations

import argparse
from typing import Any

from fieldvisit.i18n import translate


def register(sub: Any) -> None:
    p = sub.add_parser("gui", help=translate("Cli", "start the desktop application"))
    p.add_argument(
        "--self-test",
        action="store_true",
        help=translate("Cli", "open every main screen, print the time each took, exit"),
    )
    p.set_defaults(func=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    from fieldvisit.ui.app import main as gui_main

    return gui_main(args)
