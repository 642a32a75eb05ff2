"""Checking a receipt's QR code: genuine, altered, forged, unknown, voided (or signed).

A signed code (FV2) is checked against the registry's public keys: the key
that verifies names the issuing device; no key verifying means *altered*.
The receipt number must then belong to that device: the ledger's payment for
it was made by that device (an office device may reprint it), or, for a
number the ledger has not seen, its prefix is not another device's series;
otherwise the code is *forged*. A number this replica has not seen is
*unknown* (not synced yet); fields that disagree with the ledger are
*altered*; a reversed payment is *voided*; else *genuine*. With a registry
file and no replica there is no ledger: a valid signature in the issuer's own
series is *signed*.

An old-scheme code (FV1, printed before receipts were signed) is checked with
the organisation's shared ``receipt_key`` where this replica holds it, then
against the ledger like any other, and the verdict says "old scheme".

A PDF is read the way an office would: page 1 rendered by pdftoppm at 150 dpi,
the code decoded by zbarimg (or pyzbar when zbarimg is not installed).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import private_files
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.receipts import data, signers
from fieldvisit.receipts import payload as qrpayload
from fieldvisit.receipts.data import mask_id
from fieldvisit.receipts.signers import Signer
from fieldvisit.store.models import Distribution, Household, Payment, ReceiptEvent, Unit

GENUINE, ALTERED, UNKNOWN, VOIDED = "genuine", "altered", "unknown", "voided"
FORGED = "forged"  # validly signed, but by a device the number does not belong to
SIGNED = "signed"  # registry file only: a valid signature in the issuer's series, no ledger
SCHEME_SIGNED, SCHEME_OLD = "signed", "old"


@dataclass
class Verdict:
    status: str
    payload: str
    message: str
    entry: dict[str, Any] | None = None
    scheme: str = ""  # "signed" (FV2) | "old" (FV1) | "" (not a receipt code)
    signer: dict[str, str] | None = None  # the device whose key verified: id, name, role

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def old_scheme_note() -> str:
    return translate(
        "Receipts",
        "Old scheme: this code was sealed with the organisation's shared key, not signed by "
        "the issuing device. It is only as good as its match with the ledger.",
    )


@dataclass(frozen=True)
class _Issued:
    """A receipt number's ledger row, a household payment or a unit distribution alike."""

    row: Payment | Distribution
    subject_id: str  # the household or unit the code names (as recorded at payment time)

    @property
    def is_unit(self) -> bool:
        return isinstance(self.row, Distribution)


def _events(session: Session, receipt_no: str | None) -> list[dict[str, Any]]:
    events = session.execute(
        select(ReceiptEvent.kind, ReceiptEvent.created_at)
        .where(ReceiptEvent.receipt_no == receipt_no)
        .order_by(ReceiptEvent.created_at)
    ).all()
    return [{"kind": k, "at": at.isoformat() if at else None} for k, at in events]


def _entry(session: Session, issued: _Issued) -> dict[str, Any]:
    p = issued.row
    out: dict[str, Any] = {
        "receipt_no": p.receipt_no,
        "paid_on": p.paid_on.isoformat(),
        "cash_fen": p.cash_fen,
        "goods_value_fen": p.goods_value_fen,
        "campaign_id": p.campaign_id,
        "device_id": p.device_id,
        "events": _events(session, p.receipt_no),
    }
    if isinstance(p, Distribution):
        unit = session.get(Unit, p.unit_id)
        out.update(
            kind="unit",
            distribution_id=p.id,
            unit=unit.name if unit else None,
            packages=p.packages,
            workers_reached=p.workers_reached,
            representative=p.representative_name,
        )
    else:
        h = session.get(Household, p.household_id)
        out.update(
            kind="household",
            payment_id=p.id,
            household=h.name if h else None,
            id_number=mask_id(h.id_number if h else None),
        )
    return out


def _fill(out: str, *args: str) -> str:
    """``out`` with %1, %2... replaced by ``args``."""
    for i, a in enumerate(args, 1):
        out = out.replace(f"%{i}", a)
    return out


def _payment(
    session: Session, receipt_no: str, p: qrpayload.Payload | None = None
) -> Payment | None:
    """The ledger entry of a receipt number. A restored laptop can issue a number again
    before it learns it is a copy (docs/sync-protocol.md, incarnations): of several
    entries under one number, the one the code describes."""
    found = list(
        session.execute(
            select(Payment)
            .where(Payment.receipt_no == receipt_no, Payment.reverses_id.is_(None))
            .order_by(Payment.created_at, Payment.id)
        ).scalars()
    )
    if p is not None and len(found) > 1:
        for pay in found:
            if not _disagrees(_Issued(pay, pay.orig_household_id or pay.household_id), p):
                return pay
    return found[0] if found else None


def _disagrees(issued: _Issued, p: qrpayload.Payload) -> bool:
    """Does the code describe another entry than ``issued`` (amounts, subject, day)?"""
    row = issued.row
    return (
        row.cash_fen != p.cash_fen
        or (not p.old_scheme and row.goods_value_fen != p.goods_fen)
        or qrpayload.short(issued.subject_id) != p.household
        or row.paid_on != p.day
    )


def _issued(
    session: Session, receipt_no: str, p: qrpayload.Payload | None = None
) -> _Issued | None:
    """The payment or unit distribution this number was issued for (the counter is shared)."""
    pay = _payment(session, receipt_no, p)
    if pay is not None:
        return _Issued(pay, pay.orig_household_id or pay.household_id)
    dist = (
        session.execute(
            select(Distribution).where(
                Distribution.receipt_no == receipt_no, Distribution.reverses_id.is_(None)
            )
        )
        .scalars()
        .first()
    )
    if dist is None:
        return None
    # the unit it was recorded against: a later unit merge moves unit_id, not the receipt
    return _Issued(dist, dist.orig_unit_id or dist.unit_id)


def verify_payload(
    session: Session | None, text: str, registry: dict[str, Signer] | None = None
) -> Verdict:
    """The verdict on ``text``; ``session`` may be None when only a registry file is at hand."""
    text = text.strip()
    p = qrpayload.parse(text)
    if p is None:
        return Verdict(
            ALTERED, text, translate("Receipts", "Not a fieldvisit receipt code, or damaged.")
        )
    if p.old_scheme:
        return _verify_old(session, text, p)
    return _verify_signed(session, text, p, registry)


def _signer_of(p: qrpayload.Payload, registry: dict[str, Signer]) -> tuple[Signer | None, bool]:
    """(the device whose key verifies ``p``, whether any device matched its short id)."""
    candidates = [s for s in registry.values() if qrpayload.short(s.device_id) == p.device]
    for s in candidates:
        if any(qrpayload.signature_ok(k, p) for k in s.public_keys):
            return s, True
    return None, bool(candidates)


def _verify_signed(
    session: Session | None,
    text: str,
    p: qrpayload.Payload,
    extra: dict[str, Signer] | None,
) -> Verdict:
    registry = signers.merged(
        signers.from_replica(session) if session is not None else {}, extra or {}
    )
    signer, known = _signer_of(p, registry)
    if signer is None:
        if not known:
            return Verdict(
                UNKNOWN,
                text,
                _fill(
                    translate(
                        "Receipts",
                        "The code is signed by a device this registry does not know (%1). Sync with "
                        "the hub, or use the office's latest registry file.",
                    ),
                    p.device,
                ),
                scheme=SCHEME_SIGNED,
            )
        return Verdict(
            ALTERED,
            text,
            translate(
                "Receipts",
                "The code's signature does not match the key of the device it names: it was "
                "altered, or made by someone else.",
            ),
            scheme=SCHEME_SIGNED,
        )
    who = {"device_id": signer.device_id, "name": signer.name, "role": signer.role}

    def verdict(status: str, message: str, entry: dict[str, Any] | None = None) -> Verdict:
        return Verdict(status, text, message, entry, SCHEME_SIGNED, who)

    issued = _issued(session, p.receipt_no, p) if session is not None else None
    if issued is None:
        owners = _series_owners(session, p.receipt_no, registry)
        office_reprint = signer.role == "office" and bool(owners - {signer.device_id})
        if owners and signer.device_id not in owners and not office_reprint:
            return verdict(
                FORGED,
                _fill(
                    translate(
                        "Receipts",
                        "Forged: receipt numbers %1 belong to %2, but this code is signed by %3.",
                    ),
                    (signers.prefix_of(p.receipt_no) or p.receipt_no) + "-…",
                    "、".join(sorted(registry[d].name if d in registry else d for d in owners)),
                    signer.name,
                ),
            )
        if session is None and not office_reprint:
            return verdict(
                SIGNED,
                _fill(
                    translate(
                        "Receipts",
                        "Signed by %1 (a valid signature; receipt %2 is in its series). No ledger "
                        "was checked: compare the amounts with the office's records.",
                    ),
                    signer.name,
                    p.receipt_no,
                ),
            )
        return verdict(
            UNKNOWN,
            _fill(
                translate(
                    "Receipts",
                    "Signed by %1, but receipt %2 is not in this ledger (not synced yet?).",
                ),
                signer.name,
                p.receipt_no,
            ),
        )
    assert session is not None  # a payment was found in its ledger
    entry = _entry(session, issued)
    pay = issued.row
    if pay.device_id != signer.device_id and signer.role != "office":
        issuer = registry.get(pay.device_id)
        return verdict(
            FORGED,
            _fill(
                translate(
                    "Receipts",
                    "Forged: receipt %1 was issued by %2, but this code is signed by %3.",
                ),
                p.receipt_no,
                issuer.name if issuer else pay.device_id,
                signer.name,
            ),
            entry,
        )
    if _disagrees(issued, p):
        return verdict(
            ALTERED, translate("Receipts", "The code disagrees with the ledger entry."), entry
        )
    return _ledger_verdict(session, p, issued, entry, verdict)


def _series_owners(
    session: Session | None, receipt_no: str, registry: dict[str, Signer]
) -> set[str]:
    """The devices whose receipts use this number's prefix (ledger, registry file, names)."""
    prefix = signers.prefix_of(receipt_no)
    if prefix is None:
        return set()
    owners = {d for d, s in registry.items() if prefix in s.prefixes}
    if session is not None:
        like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "-%"
        for model in (Payment, Distribution):
            owners |= set(
                session.execute(
                    select(model.device_id)
                    .where(model.receipt_no.like(like, escape="\\"))
                    .distinct()
                ).scalars()
            )
    if not owners:  # nothing issued under it yet: the default prefix is the device's name
        owners = {d for d, s in registry.items() if s.name == prefix}
    return owners


def _ledger_verdict(
    session: Session,
    p: qrpayload.Payload,
    issued: _Issued,
    entry: dict[str, Any],
    verdict: Callable[[str, str, dict[str, Any] | None], Verdict],
) -> Verdict:
    """Voided or genuine, once the code agrees with the ledger entry."""
    reversal: Payment | Distribution | None
    if isinstance(issued.row, Distribution):
        reversal = (
            session.execute(select(Distribution).where(Distribution.reverses_id == issued.row.id))
            .scalars()
            .first()
        )
    else:
        reversal = (
            session.execute(select(Payment).where(Payment.reverses_id == issued.row.id))
            .scalars()
            .first()
        )
    if reversal is not None:
        entry["void_reason"] = reversal.reason
        return verdict(
            VOIDED,
            _fill(
                translate("Receipts", "Receipt %1 was voided: %2"),
                p.receipt_no,
                reversal.reason or "",
            ),
            entry,
        )
    return verdict(
        GENUINE,
        _fill(translate("Receipts", "Receipt %1 is genuine and matches the ledger."), p.receipt_no),
        entry,
    )


def _verify_old(session: Session | None, text: str, p: qrpayload.Payload) -> Verdict:
    def verdict(status: str, message: str, entry: dict[str, Any] | None = None) -> Verdict:
        return Verdict(status, text, message, entry, SCHEME_OLD)

    if session is None or not data.setting(session, qrpayload.KEY_SETTING):
        return verdict(
            UNKNOWN,
            translate(
                "Receipts",
                "An old-scheme code can only be checked by a replica that holds the "
                "organisation's old receipt key (an office replica).",
            ),
        )
    key = bytes.fromhex(data.setting(session, qrpayload.KEY_SETTING))
    if not qrpayload.tag_ok(key, p):
        return verdict(
            ALTERED,
            translate(
                "Receipts",
                "The code's seal does not match: it was altered, or issued under another "
                "organisation's key.",
            ),
        )
    pay = _payment(session, p.receipt_no, p)
    if pay is None:
        return verdict(
            UNKNOWN,
            _fill(
                translate(
                    "Receipts",
                    "Sealed correctly, but receipt %1 is not in this ledger (not synced yet?).",
                ),
                p.receipt_no,
            ),
        )
    issued = _Issued(pay, pay.orig_household_id or pay.household_id)
    entry = _entry(session, issued)
    if _disagrees(issued, p):
        return verdict(
            ALTERED, translate("Receipts", "The code disagrees with the ledger entry."), entry
        )
    return _ledger_verdict(session, p, issued, entry, verdict)


def read_qr(pdf: Path) -> str:
    """The receipt code on page 1 of ``pdf`` (rendered at 150 dpi)."""
    if not pdf.is_file():
        raise FieldVisitError(translate("Receipts", "No such file: %1").replace("%1", str(pdf)))
    pdftoppm = shutil.which("pdftoppm")
    if not pdftoppm:
        raise FieldVisitError(
            translate("Receipts", "pdftoppm (poppler-utils) is needed to read a PDF receipt.")
        )
    with private_files.temporary_folder("fv-verify-") as tmp:  # a page with personal data
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
    ours = [c for c in codes if c.startswith(qrpayload.PREFIXES)]
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


def verify_pdf(
    session: Session | None, pdf: Path, registry: dict[str, Signer] | None = None
) -> Verdict:
    return verify_payload(session, read_qr(Path(pdf)), registry)
