"""Receipt PDFs: one payment, or a whole day's or campaign's batch in one file.

Each print is recorded as a ``receipt_event`` operation: the first print of a
number is ``print`` (the original), every later one ``reprint`` and is marked
补打 with its count, so the register shows how often a number left the printer.
A voided payment still prints (marked 作废); its number stays used.
"""

from __future__ import annotations

import uuid
import warnings
from collections.abc import Sequence
from datetime import date
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import __version__, campaigns
from fieldvisit.errors import FieldVisitError
from fieldvisit.files import written_atomically
from fieldvisit.i18n import current_language, translate
from fieldvisit.receipts import data as rdata
from fieldvisit.receipts import fonts
from fieldvisit.receipts.data import ReceiptData
from fieldvisit.receipts.draw import COPY_H, COPY_W, FAMILY, STUB, draw_copy, draw_marks
from fieldvisit.store import oplog
from fieldvisit.store.models import Campaign, Payment

LAYOUTS = ("a4", "a5")
LAYOUT_SETTING = "receipt_layout"
SCRIPT_SETTING = "receipt_script"
BATCH_QR_MASK = 2  # a fixed QR mask for batches (see draw.qr_ops); single prints pick the best


def check_out(out: Path) -> Path:
    """The output path, or a clear error before any work when it cannot be written."""
    out = Path(out)
    if out.is_dir():
        raise FieldVisitError(
            translate("Receipts", "%1 is a folder; give a file name ending in .pdf.").replace(
                "%1", str(out)
            )
        )
    if not out.parent.is_dir():
        raise FieldVisitError(
            translate("Receipts", "The folder %1 does not exist.").replace("%1", str(out.parent))
        )
    return out


def default_layout(session: Session) -> str:
    """The replica's ``receipt_layout`` setting (a4 unless set)."""
    return rdata.setting(session, LAYOUT_SETTING, "a4").lower()


def _layout(session: Session, layout: str | None) -> str:
    chosen = (layout or default_layout(session)).lower()
    if chosen not in LAYOUTS:
        raise FieldVisitError(
            translate("Receipts", "Unknown receipt layout %1 (use a4 or a5).").replace("%1", chosen)
        )
    return chosen


def script(session: Session) -> str:
    """Printed words in Simplified (hans) or Traditional (hant) characters."""
    chosen = rdata.setting(session, SCRIPT_SETTING)
    if chosen in ("hans", "hant"):
        return chosen
    return "hant" if current_language() == "zh_TW" else "hans"


def _canvas(out: BytesIO, layout: str, title: str) -> Canvas:
    size = A4 if layout == "a4" else (A4[0], COPY_H)
    # The initial font must be ours: reportlab would otherwise reference a
    # non-embedded Helvetica on every page.
    face = fonts.primary()
    c = Canvas(out, pagesize=size, pageCompression=1, initialFontName=face.name)
    c.setTitle(title)
    c.setCreator(f"fieldvisit {__version__}")
    c.setAuthor("fieldvisit")
    return c


def draw_pages(
    c: Canvas, items: Sequence[tuple[ReceiptData, int]], layout: str, script: str = "hans"
) -> None:
    """Draw each (receipt, reprint count) on its own sheet (A4) or two sheets (A5)."""
    per = 1 if layout == "a4" else 2
    mask = BATCH_QR_MASK if len(items) > 1 else None
    total = len(items) * per
    page = 0
    for d, reprint in items:
        fonts.warn_missing(
            (
                d.name,
                d.address,
                d.recipient_name,
                d.proxy_name,
                d.visitors,
                d.witness,
                d.organisation,
                d.campaign,
                *(str(g.get("item", "")) for g in d.goods),
            ),
            d.receipt_no,
        )
        if layout == "a4":
            page += 1
            form = f"receipt{page}"
            c.beginForm(form, 0, 0, COPY_W, COPY_H)
            draw_copy(
                c,
                d,
                0,
                0,
                None,
                0,
                script=script,
                reprint=reprint,
                page=(page, total),
                qr_mask=mask,
            )
            c.endForm()
            for oy, copy, copy_no in ((COPY_H, STUB, 1), (0, FAMILY, 2)):
                c.saveState()
                c.translate(0, oy)
                c.doForm(form)
                c.restoreState()
                draw_marks(c, 0, oy, copy, copy_no, script, voided=d.voided)
            _cut_line(c, script)
            c.showPage()
        else:
            for copy_no, copy in ((1, STUB), (2, FAMILY)):
                page += 1
                draw_copy(
                    c,
                    d,
                    0,
                    0,
                    copy,
                    copy_no,
                    script=script,
                    reprint=reprint,
                    page=(page, total),
                    qr_mask=mask,
                )
                c.showPage()


def _cut_line(c: Canvas, script: str) -> None:
    from fieldvisit.receipts.draw import MUTED, zh

    c.saveState()
    c.setStrokeColor(MUTED)
    c.setLineWidth(0.5)
    c.setDash(4, 3)
    w = A4[0]
    label = zh("沿此线裁开", script)
    lw = fonts.width(label, 7) + 12
    c.line(12, COPY_H, w / 2 - lw / 2, COPY_H)
    c.line(w / 2 + lw / 2, COPY_H, w - 12, COPY_H)
    c.setFillColor(MUTED)
    fonts.draw(c, w / 2, COPY_H - 2.5, label, 7, align="center")
    c.restoreState()


def _record_prints(
    session: Session, items: Sequence[ReceiptData], reprint: bool | None
) -> list[int]:
    """Append a print/reprint event per receipt; returns each one's 补打 count (0 = original)."""
    counts = []
    device = oplog.writer_of(session).device_id
    for d in items:
        again = d.prints > 0 if reprint is None else reprint
        kind = "reprint" if again else "print"
        oplog.create(
            session,
            "receipt_event",
            str(uuid.uuid4()),
            {
                "receipt_no": d.receipt_no,
                "payment_id": d.payment_id,
                "device_id": device,
                "kind": kind,
            },
            team_id=d.team_id,
        )
        counts.append(d.reprints + 1 if again else 0)
    return counts


def _write(
    out: Path, layout: str, title: str, items: Sequence[tuple[ReceiptData, int]], script: str
) -> Path:
    buf = BytesIO()
    c = _canvas(buf, layout, title)
    draw_pages(c, items, layout, script)
    c.save()
    return save_pdf(buf.getvalue(), out)


def save_pdf(pdf: bytes, out: Path) -> Path:
    """Write the finished PDF whole or not at all (a crash or a full disk leaves no torn file).

    On Windows a PDF open in a viewer cannot be replaced; that is a clear error too.
    """
    with written_atomically(out) as tmp:
        tmp.write_bytes(pdf)
    return out


def render_receipt(
    session: Session,
    payment_id: str,
    out: Path,
    *,
    layout: str = "a4",
    reprint: bool | None = None,
) -> Path:
    """Write the receipt of one payment to ``out`` and record the print.

    ``reprint=None`` decides from the receipt events: the first print of a number
    is the original, every later one is marked 补打 with its count. ``session``
    must be a writing unit of work (``Replica.session()``).
    """
    out = check_out(out)
    chosen = _layout(session, layout)
    (d,) = rdata.load(session, [payment_id])
    counts = _record_prints(session, [d], reprint)
    return _write(out, chosen, d.receipt_no, [(d, counts[0])], script(session))


def batch_payment_ids(
    session: Session,
    campaign: Campaign | str,
    *,
    team_id: str | None = None,
    day: date | None = None,
) -> list[str]:
    """Original payments (voided ones included) of a campaign, in receipt-number order."""
    if isinstance(campaign, str):
        campaign = campaigns.find(session, campaign)
    stmt = select(Payment.id).where(
        Payment.campaign_id == campaign.id,
        Payment.reverses_id.is_(None),
        Payment.receipt_no.is_not(None),
    )
    if team_id:
        stmt = stmt.where(Payment.team_id == team_id)
    if day:
        stmt = stmt.where(Payment.paid_on == day)
    return list(session.execute(stmt.order_by(Payment.receipt_no)).scalars())


def render_batch(
    session: Session,
    payment_ids: Sequence[str],
    out: Path,
    *,
    layout: str = "a4",
    reprint: bool | None = None,
    title: str = "",
) -> Path:
    """All the receipts in one PDF (one A4 sheet, or two A5 sheets, per receipt)."""
    out = check_out(out)
    chosen = _layout(session, layout)
    if not payment_ids:
        raise FieldVisitError(translate("Receipts", "No receipts to print."))
    items = rdata.load(session, payment_ids)
    counts = _record_prints(session, items, reprint)
    with warnings.catch_warnings():
        warnings.simplefilter("always", fonts.MissingGlyphWarning)
        return _write(
            out,
            chosen,
            title or translate("Receipts", "Receipts"),
            list(zip(items, counts, strict=True)),
            script(session),
        )
