"""Helpers the CLI areas share: opening the replica, printing text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from fieldvisit import paths
from fieldvisit.i18n import translate
from fieldvisit.store.replica import Replica


def data_dir(args: argparse.Namespace) -> Any:
    return paths.data_dir(getattr(args, "data_dir", None))


def open_replica(args: argparse.Namespace) -> Replica:
    return Replica.open(data_dir(args))


def _default(o: object) -> object:
    if isinstance(o, datetime | date):
        return o.isoformat()
    if isinstance(o, bytes):
        return None
    raise TypeError(type(o).__name__)


def emit(args: argparse.Namespace, data: Any, lines: Iterable[str] = ()) -> None:
    """``--json`` prints ``data``; otherwise the human lines."""
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
        sys.stdout.write("\n")
    else:
        for line in lines:
            print(line)


def add_json(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output (JSON)")
    )
