"""What a receipt shows, read from the ledger in a few bulk queries.

Plain data (no ORM objects), so drawing needs no session and a batch of a
thousand receipts costs a handful of queries, not thousands.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import organisation
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.receipts import payload, signers
from fieldvisit.store.chunked import chunked
from fieldvisit.store.models import Campaign, Household, Payment, ReceiptEvent, Setting

PRINT_KINDS = ("print", "reprint")
T = TypeVar("T")


def mask_id(number: str | None) -> str:
    """110105********002X; a household without an ID number gets a dash."""
    if not number:
        return "—"
    if len(number) <= 10:
        return number
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


@dataclass
class ReceiptData:
    payment_id: str
    receipt_no: str
    paid_on: date
    organisation: str
    campaign: str
    fund_source: str
    household_id: str
    name: str
    id_masked: str
    address: str
    category: str
    district: str
    cash_fen: int
    goods: list[dict[str, Any]]
    goods_value_fen: int
    recipient_name: str
    proxy_name: str
    proxy_relation: str
    sign_mode: str
    signature_png: bytes | None
    visitors: str
    witness: str
    team_id: str | None
    voided: bool = False
    void_reason: str = ""
    prints: int = 0  # earlier prints (original + reprints) of this number
    reprints: int = 0  # earlier reprints
    qr: str = ""

    @property
    def total_fen(self) -> int:
        """Cash and goods together: what the receipt's 合计 row prints."""
        return self.cash_fen + self.goods_value_fen

    @property
    def visitor_names(self) -> list[str]:
        """The visitors (经办人) one by one, as they were typed: "王建国、李秀兰"."""
        text = self.visitors.replace("，", "、").replace(",", "、").replace(";", "、")
        return [n.strip() for n in text.split("、") if n.strip()]


def setting(session: Session, key: str, default: str = "") -> str:
    row = session.get(Setting, key)
    return str(row.value) if row is not None and row.value else default


def in_chunks(session: Session, model: type[T], column: Any, values: Iterable[Any]) -> list[T]:
    """Rows whose ``column`` is in ``values``, queried 500 at a time (SQLite caps parameters)."""
    vals = list(dict.fromkeys(values))
    out: list[T] = []
    for chunk in chunked(vals):
        out.extend(session.execute(select(model).where(column.in_(chunk))).scalars())
    return out


def _originals(session: Session, payment_ids: Sequence[str]) -> list[Payment]:
    ids = list(dict.fromkeys(payment_ids))
    rows = {p.id: p for p in in_chunks(session, Payment, Payment.id, ids)}
    out: list[Payment] = []
    for pid in ids:
        found = rows.get(pid)
        if found is None:
            raise FieldVisitError(translate("Receipts", "No such payment: %1").replace("%1", pid))
        p = found
        if p.reverses_id:  # asked for the reversal: print the voided original
            original = session.get(Payment, p.reverses_id)
            if original is not None:
                p = original
        if not p.receipt_no:
            raise FieldVisitError(
                translate("Receipts", "Payment %1 has no receipt number.").replace("%1", pid)
            )
        out.append(p)
    return out


def load(session: Session, payment_ids: Sequence[str]) -> list[ReceiptData]:
    """Receipt data for the payments, in the order given (reversals map to their original)."""
    pays = _originals(session, payment_ids)
    hh_ids = {p.orig_household_id for p in pays} | {p.household_id for p in pays}
    camp_ids = {p.campaign_id for p in pays if p.campaign_id}
    nos = list({p.receipt_no for p in pays if p.receipt_no})
    households = {h.id: h for h in in_chunks(session, Household, Household.id, hh_ids)}
    camps = {c.id: c for c in in_chunks(session, Campaign, Campaign.id, camp_ids)}
    events: dict[str, list[ReceiptEvent]] = defaultdict(list)
    for ev in in_chunks(session, ReceiptEvent, ReceiptEvent.receipt_no, nos):
        events[ev.receipt_no].append(ev)
    voids = {
        r.reverses_id: r
        for r in in_chunks(session, Payment, Payment.reverses_id, [p.id for p in pays])
    }
    org = organisation.name(session)
    me, key = signers.own_key(session)
    office = setting(session, "role") == "office"
    out = []
    for p in pays:
        if p.device_id != me and not office:
            raise FieldVisitError(
                translate(
                    "Receipts",
                    "Receipt %1 was issued on another laptop; only that laptop or the office "
                    "can print it (its code is signed by the device that prints it).",
                ).replace("%1", str(p.receipt_no))
            )
        h = households.get(p.household_id) or households.get(p.orig_household_id)
        c = camps.get(p.campaign_id or "")
        evs = events.get(p.receipt_no or "", [])
        void = voids.get(p.id)
        void_ev = next((e for e in evs if e.kind == "void"), None)
        no = str(p.receipt_no)
        out.append(
            ReceiptData(
                payment_id=p.id,
                receipt_no=no,
                paid_on=p.paid_on,
                organisation=org,
                campaign=c.name if c else "",
                fund_source=(c.fund_source or "") if c else "",
                household_id=p.orig_household_id,
                name=(h.name if h else "") or "",
                id_masked=mask_id(h.id_number if h else None),
                address=(h.address or "") if h else "",
                category=(h.category or "") if h else "",
                district=(h.district or "") if h else "",
                cash_fen=p.cash_fen,
                goods=list(p.goods or []),
                goods_value_fen=p.goods_value_fen,
                recipient_name=p.recipient_name or "",
                proxy_name=p.proxy_name or "",
                proxy_relation=p.proxy_relation or "",
                sign_mode=p.sign_mode,
                signature_png=p.signature_png,
                visitors=p.visitors or "",
                witness=p.witness or "",
                team_id=p.team_id,
                voided=void is not None or void_ev is not None,
                void_reason=(void.reason if void else None)
                or (void_ev.reason if void_ev else "")
                or "",
                prints=sum(1 for e in evs if e.kind in PRINT_KINDS),
                reprints=sum(1 for e in evs if e.kind == "reprint"),
                qr=payload.sign(
                    key, me, no, p.cash_fen, p.goods_value_fen, p.orig_household_id, p.paid_on
                ).text(),
            )
        )
    return out
