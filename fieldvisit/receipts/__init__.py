"""Receipts (签收单): numbered PDF receipts with QR verification, batches and the sign-off roster."""

from __future__ import annotations

from fieldvisit.receipts.render import batch_payment_ids, render_batch, render_receipt

__all__ = ["batch_payment_ids", "render_batch", "render_receipt"]
