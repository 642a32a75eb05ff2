"""The receipt preview's PDF (name, address, amount) lives in the data folder's private tmp."""

from __future__ import annotations

import os
import stat
from typing import Any

from sqlalchemy import select

from fieldvisit.store.models import Payment
from fieldvisit.store.replica import Replica


def test_preview_pdf_is_in_the_private_folder_and_gone_after_a_crash(
    qtbot: Any, ctx: Any, demo_replica: Any
) -> None:
    from fieldvisit.ui.receipt_preview import ReceiptPreview

    with demo_replica.reader() as s:
        pay = s.execute(select(Payment).where(Payment.receipt_no.is_not(None))).scalars().first()
    dlg = ReceiptPreview(ctx, pay.id, receipt_no=pay.receipt_no)
    qtbot.addWidget(dlg)
    assert dlg.pdf is not None and dlg.pdf.exists()
    private = ctx.base / "tmp"
    assert dlg.pdf.is_relative_to(private)
    if os.name == "posix":
        assert stat.S_IMODE(private.stat().st_mode) == 0o700
        assert stat.S_IMODE(dlg.tmp.stat().st_mode) == 0o700
    # the app dies with the preview open: the next start clears it
    from fieldvisit import private_files

    private_files._own.pop(ctx.base)[1].close()
    leftover = dlg.pdf
    dlg.document.close()
    Replica.open(ctx.base).close()
    assert not leftover.exists()
