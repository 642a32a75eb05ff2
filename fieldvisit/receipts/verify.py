"""Checking a receipt's QR code against the ledger: genuine, altered, unknown or voided.

The tag is checked first: a payload whose tag does not match this replica's
``receipt_key`` was changed (or made with another organisation's key) and is
*altered*. A well-tagged payload whose number this replica has not seen is
*unknown* (not synced yet); one whose fields disagree with the ledger is
*altered*; one whose payment was reversed is *voided*; else *genuine*.
A PDF is read the way an office would: page 1 rendered by pdftoppm at 150 dpi,
the code decoded by zbarimg (or pyzbar when zbarimg is not installed).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.receipts import data
from fieldvisit.receipts import payload as qrpayload
from fieldvisit.receipts.data import mask_id
from fieldvisit.store.models import Household, Payment, ReceiptEvent

GENUINE, ALTERED, UNKNOWN, VOIDED = "genuine", "altered", "unknown", "voided"


@dataclass
class Verdict:
    status: str
    payload: str
    message: str
    entry: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _entry(session: Session, p: Payment) -> dict[str, Any]:
    h = session.get(Household, p.household_id)
    events = session.execute(
        select(ReceiptEvent.kind, ReceiptEvent.created_at)
        .where(ReceiptEvent.receipt_no == p.receipt_no)
        .order_by(ReceiptEvent.created_at)
    ).all()
    return {
        "payment_id": p.id,
        "receipt_no": p.receipt_no,
        "paid_on": p.paid_on.isoformat(),
        "household": h.name if h else None,
        "id_number": mask_id(h.id_number if h else None),
        "cash_fen": p.cash_fen,
        "goods_value_fen": p.goods_value_fen,
        "campaign_id": p.campaign_id,
        "device_id": p.device_id,
        "events": [{"kind": k, "at": at.isoformat() if at else None} for k, at in events],
    }


def verify_payload(session: Session, text: str) -> Verdict:
    text = text.strip()
    p = qrpayload.parse(text)
    if p is None:
        return Verdict(
            ALTERED, text, translate("Receipts", "Not a fieldvisit receipt code, or damaged.")
        )
    if not data.setting(session, qrpayload.KEY_SETTING):
        return Verdict(
            UNKNOWN,
            text,
            translate("Receipts", "This replica has no receipt key yet, so it cannot check seals."),
        )
    if not qrpayload.tag_ok(qrpayload.receipt_key(session), p):
        return Verdict(
            ALTERED,
            text,
            translate(
                "Receipts",
                "The code's seal does not match: it was altered, or issued under another "
                "organisation's key.",
            ),
        )
    pay = (
        session.execute(
            select(Payment).where(Payment.receipt_no == p.receipt_no, Payment.reverses_id.is_(None))
        )
        .scalars()
        .first()
    )
    if pay is None:
        return Verdict(
            UNKNOWN,
            text,
            translate(
                "Receipts",
                "Sealed correctly, but receipt %1 is not in this ledger (not synced yet?).",
            ).replace("%1", p.receipt_no),
        )
    entry = _entry(session, pay)
    if (
        pay.cash_fen != p.cash_fen
        or pay.orig_household_id.replace("-", "")[:8].lower() != p.household
        or pay.paid_on != p.day
    ):
        return Verdict(
            ALTERED, text, translate("Receipts", "The code disagrees with the ledger entry."), entry
        )
    reversal = (
        session.execute(select(Payment).where(Payment.reverses_id == pay.id)).scalars().first()
    )
    if reversal is not None:
        entry["void_reason"] = reversal.reason
        return Verdict(
            VOIDED,
            text,
            translate("Receipts", "Receipt %1 was voided: %2")
            .replace("%1", p.receipt_no)
            .replace("%2", reversal.reason or ""),
            entry,
        )
    return Verdict(
        GENUINE,
        text,
        translate("Receipts", "Receipt %1 is genuine and matches the ledger.").replace(
            "%1", p.receipt_no
        ),
        entry,
    )


def read_qr(pdf: Path) -> str:
    """The receipt code on page 1 of ``pdf`` (rendered at 150 dpi)."""
    if not pdf.is_file():
        raise FieldVisitError(translate("Receipts", "No such file: %1").replace("%1", str(pdf)))
    pdftoppm = shutil.which("pdftoppm")
    if not pdftoppm:
        raise FieldVisitError(
            translate("Receipts", "pdftoppm (poppler-utils) is needed to read a PDF receipt.")
        )
    with tempfile.TemporaryDirectory() as tmp:
        stem = Path(tmp) / "page"
        done = subprocess.run(
            [
                pdftoppm,
                "-r",
                "150",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                "-png",
                str(pdf),
                str(stem),
            ],
            capture_output=True,
            check=False,
        )
        png = stem.with_suffix(".png")
        if done.returncode != 0 or not png.exists():
            raise FieldVisitError(
                translate("Receipts", "%1 is not a readable PDF.").replace("%1", str(pdf))
            )
        codes = _decode(png)
    ours = [c for c in codes if c.startswith(qrpayload.VERSION + "|")]
    if not ours:
        raise FieldVisitError(
            translate("Receipts", "No receipt QR code found on page 1 of %1.").replace(
                "%1", str(pdf)
            )
        )
    return ours[0]


def _decode(png: Path) -> list[str]:
    zbarimg = shutil.which("zbarimg")
    if zbarimg:
        done = subprocess.run(
            [zbarimg, "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)],
            capture_output=True,
            text=True,
            check=False,
        )
        return [line for line in done.stdout.splitlines() if line]
    try:
        from PIL import Image
        from pyzbar import pyzbar
    except ImportError as exc:
        raise FieldVisitError(
            translate("Receipts", "zbarimg or pyzbar is needed to read a QR code.")
        ) from exc
    with Image.open(png) as img:
        return [r.data.decode("ascii", "replace") for r in pyzbar.decode(img)]


def verify_pdf(session: Session, pdf: Path) -> Verdict:
    return verify_payload(session, read_qr(Path(pdf)))
