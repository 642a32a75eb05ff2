"""fieldvisit: offline field visits to needy households, with receipts and sync.

The version lives here and only here; packaging, the CLI, the about box and the
receipts' footer all read it.
"""

from __future__ import annotations

__version__ = "0.1.0"
