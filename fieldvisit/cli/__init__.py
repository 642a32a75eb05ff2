"""The ``fieldvisit`` command line.

Each area registers its own subcommands from its own module (see ``AREAS``),
so the CLI, the GUI and the tests call the same feature code. Exit codes: 0 ok,
2 bad input or usage (one line on stderr, no traceback), 1 an unexpected error.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from fieldvisit import __version__, i18n
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate

AREAS = ("core", "sync", "receipt", "report", "gui")

log = logging.getLogger("fieldvisit")


class UsageError(FieldVisitError):
    """Bad command-line usage."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def _command(args: Sequence[str]) -> str | None:
    """The subcommand word in ``args`` (skipping the global options and their values)."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in ("--data-dir", "--lang"):
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def build_parser(areas: Sequence[str] = AREAS) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="fieldvisit",
        description=translate(
            "Cli", "Offline field visits: households, visits, payments, receipts and sync."
        ),
    )
    parser.add_argument("--version", action="version", version=f"fieldvisit {__version__}")
    parser.add_argument(
        "--data-dir",
        help=translate(
            "Cli",
            "folder of the local replica (default: FIELDVISIT_DATA_DIR or the user data folder)",
        ),
    )
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, help=translate("Cli", "language of messages")
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for area in areas:
        importlib.import_module(f"fieldvisit.cli.{area}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = None
    if "--lang" in args_list:
        i = args_list.index("--lang")
        lang = args_list[i + 1] if i + 1 < len(args_list) else None
    i18n.install(lang)
    try:
        # Starting the GUI needs only its own subcommand: the other areas import
        # receipts, reports and demo data (over a second before the window shows).
        gui_only = _command(args_list) in (None, "gui") and not {"-h", "--help"} & set(args_list)
        parser = build_parser(("gui",) if gui_only else AREAS)
        args = parser.parse_args(args_list)
        if not args.command:
            from fieldvisit.cli.gui import run_gui

            return run_gui(args)
        return int(args.func(args) or 0)
    except FieldVisitError as exc:
        print(f"fieldvisit: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(translate("Cli", "fieldvisit: interrupted"), file=sys.stderr)
        return 130
