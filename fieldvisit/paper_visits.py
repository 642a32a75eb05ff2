"""补录: visits entered afterwards from paper forms, one at a time or a whole CSV.

The same rules as the wizard (``visit_checks``): a warning without a reason or a
refusal stops the row with the wizard's message. Rows are recorded in order in
ONE unit of work, so a later row sees an earlier one (the same household twice in
one file is a double payment); when any row fails, the caller rolls back and
nothing is saved.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import campaigns, visit_checks, visits
from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError
from fieldvisit.households.edit import find_by_id_number
from fieldvisit.i18n import translate
from fieldvisit.payments import PaymentInput, goods_line
from fieldvisit.store.models import Household

#: CSV columns (the header row names them; order is free). Lists inside a cell are
#: separated by ";" (goods: ITEM:QTY[:UNIT_VALUE_YUAN]; visitors: names).
COLUMNS = (
    "household",
    "campaign",
    "date",
    "cash",
    "goods",
    "visitors",
    "confirmed",  # signed | fingerprint | absent
    "proxy",
    "proxy_relation",
    "witness",
    "reason",
    "note",
)
CONFIRMED = {"signed": "signature", "fingerprint": "fingerprint", "absent": "absent"}


@dataclass
class PaperVisit:
    """One paper form as typed in (strings, as on the command line or in a CSV)."""

    household: str
    campaign: str
    confirmed: str
    visitors: list[str] = field(default_factory=list)
    day: str = ""
    cash: str = ""
    goods: list[str] = field(default_factory=list)
    proxy: str = ""
    proxy_relation: str = ""
    witness: str = ""
    reason: str = ""
    note: str = ""


@dataclass
class RowResult:
    row: int
    ok: bool
    message: str = ""
    visit_id: str | None = None
    payment_id: str | None = None
    receipt_no: str | None = None
    household: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "ok": self.ok,
            "message": self.message,
            "household": self.household,
            "visit_id": self.visit_id,
            "payment_id": self.payment_id,
            "receipt_no": self.receipt_no,
        }


def find_household(session: Session, text: str) -> Household:
    """By record id, resident ID number or the office's register number (建档立卡编号)."""
    key = (text or "").strip()
    hh = session.get(Household, key) if key else None
    if hh is None and key:
        try:
            number = v.id_number(key)
        except FieldVisitError:
            number = None
        if number:
            hh = find_by_id_number(session, number)
    if hh is None and key:
        hh = (
            session.execute(
                select(Household).where(Household.register_no == key, Household.archived.is_(False))
            )
            .scalars()
            .first()
        )
    if hh is None:
        raise FieldVisitError(
            translate(
                "PaperVisits", "No household with id, ID number or register number %1."
            ).replace("%1", key)
        )
    return hh


def to_input(session: Session, form: PaperVisit) -> visits.VisitInput:
    """The paper form as the wizard's ``VisitInput`` (errors name the field)."""
    hh = find_household(session, form.household)
    camp = campaigns.find(session, form.campaign)
    day = v.a_date(form.day, "date") if form.day else date.today()
    assert day is not None
    mode = CONFIRMED.get(form.confirmed.strip())
    if mode is None:
        raise v.fail(
            "sign_mode",
            translate(
                "PaperVisits", "say how receipt was confirmed: signed, fingerprint or absent"
            ),
        )
    cash = v.amount_fen(form.cash, "cash") if form.cash else 0
    goods = [goods_line(g, list(camp.catalogue or [])) for g in form.goods if g.strip()]
    visitors = "、".join(n.strip() for n in form.visitors if n.strip()) or None
    payment = None
    if cash or goods:
        payment = PaymentInput(
            cash_fen=cash,
            goods=goods,
            recipient_name=hh.name,
            proxy_name=form.proxy.strip() or None,
            proxy_relation=form.proxy_relation.strip() or None,
            sign_mode=mode,
            visitors=visitors,
            witness=form.witness.strip() or None,
            override_reason=form.reason.strip() or None,
        )
    return visits.VisitInput(
        household_id=hh.id,
        visited_on=day,
        campaign_id=camp.id,
        visitors=visitors,
        notes=form.note.strip() or None,
        payment=payment,
    )


def record_form(session: Session, form: PaperVisit, row: int = 1) -> RowResult:
    """Check and record one form; a failure is reported, not raised."""
    try:
        data = to_input(session, form)
        # The paper form carries the signature: "signed" needs no drawn one.
        result = visit_checks.record(session, data, signed_on_paper=True)
    except FieldVisitError as exc:
        return RowResult(row, False, str(exc), household=form.household)
    return RowResult(
        row,
        True,
        "",
        result.visit_id,
        result.payment_id,
        result.receipt_no,
        household=form.household,
    )


def _split(cell: str | None) -> list[str]:
    return [
        x.strip()
        for x in (cell or "").replace("；", ";").replace("、", ";").split(";")
        if x.strip()
    ]


def read_csv(path: Path) -> list[PaperVisit]:
    """The forms in a CSV file (UTF-8, with or without BOM; the header names the columns)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise FieldVisitError(
            translate("PaperVisits", "Cannot read %1: %2")
            .replace("%1", str(path))
            .replace("%2", str(exc))
        ) from None
    reader = csv.DictReader(io.StringIO(text))
    missing = {"household", "campaign", "confirmed", "visitors"} - set(reader.fieldnames or [])
    if missing:
        raise FieldVisitError(
            translate("PaperVisits", "%1 lacks the columns: %2")
            .replace("%1", path.name)
            .replace("%2", ", ".join(sorted(missing)))
        )
    forms = []
    for raw in reader:
        cell = {k: (raw.get(k) or "").strip() for k in COLUMNS}
        goods = [g for g in (raw.get("goods") or "").replace("；", ";").split(";") if g.strip()]
        forms.append(
            PaperVisit(
                household=cell["household"],
                campaign=cell["campaign"],
                confirmed=cell["confirmed"],
                visitors=_split(cell["visitors"]),
                day=cell["date"],
                cash=cell["cash"],
                goods=goods,
                proxy=cell["proxy"],
                proxy_relation=cell["proxy_relation"],
                witness=cell["witness"],
                reason=cell["reason"],
                note=cell["note"],
            )
        )
    return forms
