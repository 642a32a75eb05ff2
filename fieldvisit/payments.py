"""The payments ledger (发放): append-only; a correction is a reversal entry.

Receipt numbers are continuous per device and never reused: the counter lives
in the encrypted replica and moves forward in the same transaction as the
payment that takes the number.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.store import oplog
from fieldvisit.store.models import Payment, ReceiptCounter, Setting

SIGN_MODES = ("signature", "fingerprint", "absent")


@dataclass
class GoodsLine:
    item: str
    unit: str
    quantity: int
    unit_value_fen: int

    def clean(self) -> dict[str, Any]:
        if self.quantity <= 0:
            raise v.fail("quantity", translate("Payments", "must be at least 1"))
        if self.quantity > 10_000:
            raise v.fail("quantity", translate("Payments", "is implausibly large"))
        unit_value = v.check_fen(self.unit_value_fen, "amount")
        return {
            "item": v.text_field(self.item, "item", max_len=60, required=True),
            "unit": v.text_field(self.unit, "unit", max_len=10, required=True),
            "quantity": self.quantity,
            "unit_value_fen": unit_value,
            "value_fen": v.check_fen(unit_value * self.quantity, "amount"),
        }


def goods_line(text: str, catalogue: list[dict[str, Any]]) -> GoodsLine:
    """``ITEM:QTY[:UNIT_VALUE_YUAN]`` as typed for 补录 (``visit record``, ``units visit``, a
    paper-form CSV): one parser for both, full-width colons too; the unit and value come
    from the campaign's catalogue when the value is left out."""
    parts = [p.strip() for p in text.replace("：", ":").split(":")]
    known = {str(c["item"]): c for c in catalogue}
    if len(parts) not in (2, 3) or not parts[0]:
        raise v.fail(
            "goods",
            translate(
                "PaperVisits", "write goods as ITEM:QUANTITY or ITEM:QUANTITY:UNIT_VALUE: %1"
            ).replace("%1", text),
        )
    try:
        qty = int(parts[1])
    except ValueError:
        raise v.fail("quantity", translate("Validation", "is not a number")) from None
    item = known.get(parts[0])
    if len(parts) == 3:
        value = v.amount_fen(parts[2], "amount")
    elif item is not None:
        value = int(item["unit_value_fen"])
    else:
        raise v.fail(
            "goods",
            translate(
                "PaperVisits", "%1 is not in the campaign's catalogue; give its unit value"
            ).replace("%1", parts[0]),
        )
    # a receipt is a Chinese voucher whatever the interface language: the unit is data
    unit = str(item["unit"]) if item is not None else "件"
    return GoodsLine(parts[0], unit, qty, value)


@dataclass
class PaymentInput:
    cash_fen: int = 0
    goods: list[GoodsLine] = field(default_factory=list)
    recipient_name: str | None = None
    proxy_name: str | None = None
    proxy_relation: str | None = None
    sign_mode: str = "signature"
    signature_png: bytes | None = None
    visitors: str | None = None
    witness: str | None = None
    override_reason: str | None = None

    def clean(self, cap_fen: int | None) -> dict[str, Any]:
        goods = [g.clean() for g in self.goods]
        cash = v.check_fen(
            self.cash_fen, "cash", cap_fen=cap_fen, override_reason=self.override_reason
        )
        if cash == 0 and not goods:
            raise v.fail(
                "amount", translate("Payments", "a payment needs cash or at least one goods line")
            )
        if self.sign_mode not in SIGN_MODES:
            raise v.fail(
                "sign_mode", translate("Payments", "must be signature, fingerprint or absent")
            )
        if self.proxy_name and not self.proxy_relation:
            raise v.fail(
                "proxy_relation", translate("Payments", "say how the proxy collector is related")
            )
        return {
            "cash_fen": cash,
            "goods": goods,
            "goods_value_fen": sum(g["value_fen"] for g in goods),
            "recipient_name": v.text_field(self.recipient_name, "recipient_name", max_len=50),
            "proxy_name": v.text_field(self.proxy_name, "proxy_name", max_len=50),
            "proxy_relation": v.text_field(self.proxy_relation, "proxy_relation", max_len=20),
            "sign_mode": self.sign_mode,
            "signature_png": self.signature_png,
            "visitors": v.text_field(self.visitors, "visitors", max_len=200),
            "witness": v.text_field(self.witness, "witness", max_len=50),
            "override_reason": v.text_field(self.override_reason, "override_reason", max_len=300),
        }


def receipt_prefix(session: Session) -> str:
    row = session.get(Setting, "receipt_prefix")
    if row and row.value:
        return str(row.value)
    dev = session.get(Setting, "device_name")
    return str(dev.value) if dev else "FV"


def next_receipt_no(session: Session, when: date) -> str:
    """Take the next number for this device and year: PREFIX-YYYY-000123."""
    prefix = receipt_prefix(session)
    counter = session.get(ReceiptCounter, (prefix, when.year))
    if counter is None:
        counter = ReceiptCounter(prefix=prefix, year=when.year, last=0)
        session.add(counter)
    counter.last += 1
    session.flush()
    return f"{prefix}-{when.year}-{counter.last:06d}"


def record_payment(
    session: Session,
    *,
    household_id: str,
    campaign_id: str | None,
    paid_on: date,
    data: PaymentInput,
    visit_id: str | None = None,
    team_id: str | None = None,
    cap_fen: int | None = None,
) -> str:
    fields = data.clean(cap_fen)
    pid = str(uuid.uuid4())
    fields.update(
        household_id=household_id,
        campaign_id=campaign_id,
        paid_on=paid_on,
        visit_id=visit_id,
        team_id=team_id,
        device_id=oplog.writer_of(session).device_id,
        receipt_no=next_receipt_no(session, paid_on),
    )
    oplog.create(session, "payment", pid, fields, team_id=team_id)
    oplog.create(
        session,
        "receipt_event",
        str(uuid.uuid4()),
        {
            "receipt_no": fields["receipt_no"],
            "payment_id": pid,
            "device_id": fields["device_id"],
            "kind": "issue",
        },
        team_id=team_id,
    )
    return pid


def reversed_goods(goods: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The goods lines of a reversal: the original's, quantities and values negated."""
    return [{**g, "quantity": -g["quantity"], "value_fen": -g["value_fen"]} for g in goods]


def void_payment(session: Session, payment_id: str, reason: str) -> str:
    """作废: append a reversal that cancels the payment; the original stays on record."""
    original = session.get(Payment, payment_id)
    if original is None:
        raise FieldVisitError(
            translate("Payments", "No such payment: %1").replace("%1", payment_id)
        )
    if original.reverses_id:
        raise FieldVisitError(translate("Payments", "A reversal cannot itself be voided."))
    if is_voided(session, payment_id):
        raise FieldVisitError(translate("Payments", "This payment is already voided."))
    why = v.text_field(reason, "reason", max_len=300, required=True)
    rid = str(uuid.uuid4())
    oplog.create(
        session,
        "payment",
        rid,
        {
            "household_id": original.orig_household_id,
            "campaign_id": original.campaign_id,
            "paid_on": date.today(),
            "visit_id": original.visit_id,
            "team_id": original.team_id,
            "device_id": oplog.writer_of(session).device_id,
            "cash_fen": -original.cash_fen,
            "goods": reversed_goods(original.goods),
            "goods_value_fen": -original.goods_value_fen,
            "reverses_id": payment_id,
            "reason": why,
            "sign_mode": "absent",
            "receipt_no": original.receipt_no,
        },
        team_id=original.team_id,
    )
    if original.receipt_no:
        oplog.create(
            session,
            "receipt_event",
            str(uuid.uuid4()),
            {
                "receipt_no": original.receipt_no,
                "payment_id": payment_id,
                "device_id": oplog.writer_of(session).device_id,
                "kind": "void",
                "reason": why,
            },
            team_id=original.team_id,
        )
    return rid


def is_voided(session: Session, payment_id: str) -> bool:
    return (
        session.execute(
            select(Payment.id).where(Payment.reverses_id == payment_id).limit(1)
        ).first()
        is not None
    )


def household_total_fen(session: Session, household_id: str, campaign_id: str | None = None) -> int:
    stmt = select(func.coalesce(func.sum(Payment.cash_fen), 0)).where(
        Payment.household_id == household_id
    )
    if campaign_id:
        stmt = stmt.where(Payment.campaign_id == campaign_id)
    return int(session.execute(stmt).scalar() or 0)


def find(session: Session, id_or_receipt_no: str) -> Payment:
    """A payment by its id or by its receipt number (what a clerk has in hand)."""
    key = (id_or_receipt_no or "").strip()
    found = session.get(Payment, key) if key else None
    if found is None and key:
        matches = list(
            session.execute(
                select(Payment).where(Payment.receipt_no == key, Payment.reverses_id.is_(None))
            ).scalars()
        )
        if len(matches) > 1:
            raise FieldVisitError(
                translate(
                    "Payments", "Receipt number %1 is on several payments; give the payment id."
                ).replace("%1", key)
            )
        found = matches[0] if matches else None
    if found is None:
        raise FieldVisitError(
            translate("Payments", "No payment with id or receipt number %1.").replace("%1", key)
        )
    return found
