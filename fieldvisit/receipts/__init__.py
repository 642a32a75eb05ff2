"""Receipts (签收单): numbered PDF receipts with QR verification, batches and the sign-off roster.

What the GUI and the CLI call; see docs/receipts.md for the content, the QR
payload and the numbering rules.
"""

from __future__ import annotations

from fieldvisit.receipts.fonts import MissingGlyphWarning
from fieldvisit.receipts.register import Series, register
from fieldvisit.receipts.render import (
    LAYOUTS,
    batch_payment_ids,
    default_layout,
    render_batch,
    render_receipt,
)
from fieldvisit.receipts.roster import render_roster, rows_for
from fieldvisit.receipts.verify import Verdict, verify_payload, verify_pdf

__all__ = [
    "LAYOUTS",
    "MissingGlyphWarning",
    "Series",
    "Verdict",
    "batch_payment_ids",
    "default_layout",
    "register",
    "render_batch",
    "render_receipt",
    "render_roster",
    "rows_for",
    "verify_payload",
    "verify_pdf",
]
