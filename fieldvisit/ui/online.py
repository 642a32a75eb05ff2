"""Is the hub reachable? A cheap check (a TCP connect), run on its own lane.

The hub address is a replica setting the sync engineer maintains (``hub_url``,
a PostgreSQL URL). No address means "not set up" (None), not "offline". When
the sync module offers its own ``ping``, that is used instead.
"""

from __future__ import annotations

import importlib
import socket
from typing import Any
from urllib.parse import urlsplit

from fieldvisit.ui.context import AppContext
from fieldvisit.ui.runner import Operation

TIMEOUT_S = 1.5


def hub_address(settings: dict[str, Any]) -> tuple[str, int] | None:
    url = settings.get("hub_url") or settings.get("hub")
    if not url or not isinstance(url, str):
        return None
    parts = urlsplit(url if "://" in url else f"postgresql://{url}")
    if not parts.hostname:
        return None
    return parts.hostname, parts.port or 5432


def reachable(settings: dict[str, Any], replica: Any = None) -> bool | None:
    try:
        client = importlib.import_module("fieldvisit.sync.client")
        ping = getattr(client, "ping", None)
    except ImportError:
        ping = None
    if ping is not None and replica is not None:
        try:
            return bool(ping(replica))
        except Exception:
            return False
    addr = hub_address(settings)
    if addr is None:
        return None
    try:
        with socket.create_connection(addr, timeout=TIMEOUT_S):
            return True
    except OSError:
        return False


def check(ctx: AppContext) -> Operation:
    settings = dict(ctx.replica.settings) if ctx.replica else {}
    replica = ctx.replica
    return ctx.runner.call(lambda: reachable(settings, replica), lane="net")
