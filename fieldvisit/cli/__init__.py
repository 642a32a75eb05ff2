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
from typing import Any

import sqlcipher3

from fieldvisit import __version__, i18n, paths
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate

AREAS = ("core", "visit", "sync", "receipt", "report", "needs", "units", "gui")

log = logging.getLogger("fieldvisit")


class UsageError(FieldVisitError):
    """Bad command-line usage."""


class _Formatter(argparse.HelpFormatter):
    """argparse's own words ("usage:") in the user's language."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        if prefix is None:
            prefix = translate("Cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class _Parser(argparse.ArgumentParser):
    """argparse with its own help lines translated (it only knows gettext)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        add_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("Cli", "positional arguments")
        self._optionals.title = translate("Cli", "options")
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=translate("Cli", "show this help and exit"),
            )

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


def _argparse_words() -> dict[str, str]:
    """argparse's own messages (it asks gettext) in the user's language."""
    return {
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "Cli", "ambiguous option: %(option)s could match %(matches)s"
        ),
        "argument %(argument_name)s: %(message)s": translate(
            "Cli", "argument %(argument_name)s: %(message)s"
        ),
        "expected at least one argument": translate("Cli", "expected at least one argument"),
        "expected at most one argument": translate("Cli", "expected at most one argument"),
        "expected one argument": translate("Cli", "expected one argument"),
        "ignored explicit argument %r": translate("Cli", "ignored explicit argument %r"),
        "invalid %(type)s value: %(value)r": translate("Cli", "invalid %(type)s value: %(value)r"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "Cli", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "not allowed with argument %s": translate("Cli", "not allowed with argument %s"),
        "one of the arguments %s is required": translate(
            "Cli", "one of the arguments %s is required"
        ),
        "the following arguments are required: %s": translate(
            "Cli", "the following arguments are required: %s"
        ),
        "unrecognized arguments: %s": translate("Cli", "unrecognized arguments: %s"),
        "usage: ": translate("Cli", "usage: "),
        "options": translate("Cli", "options"),
        "positional arguments": translate("Cli", "positional arguments"),
    }


def _unlock_early(args: Sequence[str]) -> None:
    data_dir = None
    for i, arg in enumerate(args):
        if arg == "--data-dir":
            data_dir = args[i + 1] if i + 1 < len(args) else None
        elif arg.startswith("--data-dir="):
            data_dir = arg.split("=", 1)[1]
    from fieldvisit.store import early

    early.start(paths.data_dir(data_dir))


def build_parser(areas: Sequence[str] = AREAS) -> argparse.ArgumentParser:
    words = _argparse_words()
    argparse._ = lambda text: words.get(text, text)  # type: ignore[attr-defined]
    parser = _Parser(
        prog="fieldvisit",
        description=translate(
            "Cli", "Offline field visits: households, visits, payments, receipts and sync."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"fieldvisit {__version__}",
        help=translate("Cli", "show the version and exit"),
    )
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
    # Starting the GUI needs only its own subcommand: the other areas import
    # receipts, reports and demo data (over a second before the window shows).
    gui_only = _command(args_list) in (None, "gui") and not {"-h", "--help"} & set(args_list)
    if gui_only:  # the key derivation runs while the rest of the GUI is imported
        _unlock_early(args_list)
    i18n.install(lang)
    args: argparse.Namespace | None = None
    try:
        parser = build_parser(("gui",) if gui_only else AREAS)
        args = parser.parse_args(args_list)
        if not args.command:
            from fieldvisit.cli.gui import run_gui

            return run_gui(args)
        return int(args.func(args) or 0)
    except FieldVisitError as exc:
        print(f"fieldvisit: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        # SQLAlchemy is imported here, not at start: the GUI imports it later, and
        # ``fieldvisit gui`` starts unlocking before that (store/early.py).
        from sqlalchemy.exc import DBAPIError

        from fieldvisit.store import busy, damage

        if busy.is_busy(exc):
            print(f"fieldvisit: {busy.message()}", file=sys.stderr)
            return 2
        if not isinstance(exc, DBAPIError | sqlcipher3.DatabaseError) or not damage.is_damage(exc):
            raise
        base = paths.data_dir(getattr(args, "data_dir", None))
        print(f"fieldvisit: {damage.damaged(paths.replica_db(base))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(translate("Cli", "fieldvisit: interrupted"), file=sys.stderr)
        return 130
