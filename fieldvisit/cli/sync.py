"""CLI commands of the sync area (filled in by that area)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    """Add this area's subcommands to the parser."""
    del sub


__all__ = ["argparse", "register"]
