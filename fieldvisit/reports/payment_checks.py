"""Payment checks: paid twice, paid above the standard, goods beyond stock.

Public money must be traceable, so nothing is dropped automatically: each
suspicious fact is a *finding* with a stable key. The office either voids a
payment with a reason (a reversal entry, so the ledger keeps both rows and the
finding disappears because the sums change) or accepts the finding with a
reason (a ``finding_decision`` operation). Both travel to every replica.

All figures are net of reversals: a voided payment no longer counts.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from fieldvisit import payments
from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.reports.common import as_date, campaign_names, device_names, rows, team_names
from fieldvisit.reports.table import Column, Table
from fieldvisit.store import oplog
from fieldvisit.store.models import Campaign

KINDS = ("double", "over_standard", "over_stock")

#: A payment that has not been voided (no reversal points at it).
LIVE = "p.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM payment r WHERE r.reverses_id = p.id)"


@dataclass(frozen=True)
class PaymentLine:
    id: str
    paid_on: date | None
    team: str
    device: str
    cash_fen: int
    goods_value_fen: int
    receipt_no: str


@dataclass
class Finding:
    key: str
    kind: str  # double | over_standard | over_stock
    campaign_id: str
    campaign: str
    household_id: str = ""
    household: str = ""
    amount_fen: int = 0  # what went out (cash for money checks)
    limit_fen: int = 0  # the standard, for over_standard
    item: str = ""
    quantity: int = 0  # goods issued, for over_stock
    stock: int = 0
    payments: list[PaymentLine] = field(default_factory=list)


def _scope(campaign_id: str | None) -> tuple[str, dict[str, str]]:
    if campaign_id:
        return " AND p.campaign_id = :cid", {"cid": campaign_id}
    return " AND p.campaign_id IS NOT NULL", {}


def payment_findings(
    session: Session, campaign_id: str | None = None, *, include_decided: bool = False
) -> list[Finding]:
    """Every open finding (or all, with ``include_decided``), grouped by kind."""
    where, params = _scope(campaign_id)
    camps = campaign_names(session)
    found: list[Finding] = []
    for cid, hid, ids, name in rows(
        session,
        "SELECT p.campaign_id, p.household_id, group_concat(p.id), h.name FROM payment p "
        f"LEFT JOIN household h ON h.id = p.household_id WHERE {LIVE}{where} "
        "GROUP BY p.campaign_id, p.household_id HAVING count(*) > 1",
        **params,
    ):
        pids = sorted(ids.split(","))
        digest = hashlib.sha1(",".join(pids).encode()).hexdigest()[:12]
        found.append(
            Finding(
                key=f"double:{cid}:{hid}:{digest}",
                kind="double",
                campaign_id=cid,
                campaign=camps.get(cid, ""),
                household_id=hid,
                household=name or "",
                payments=[PaymentLine(p, None, "", "", 0, 0, "") for p in pids],
            )
        )
    for pid, cid, hid, name, cash, std in rows(
        session,
        "SELECT id, campaign_id, household_id, name, cash_fen, std FROM ("
        "SELECT p.id, p.campaign_id, p.household_id, h.name, p.cash_fen, "
        "coalesce(json_extract(c.standards, '$.\"' || h.category || '\"'), "
        "json_extract(c.standards, '$.\"*\"')) AS std "
        "FROM payment p JOIN campaign c ON c.id = p.campaign_id "
        f"JOIN household h ON h.id = p.household_id WHERE {LIVE}{where} AND p.cash_fen > 0"
        ") WHERE std > 0 AND cash_fen > std",
        **params,
    ):
        found.append(
            Finding(
                key=f"over_standard:{cid}:{pid}",
                kind="over_standard",
                campaign_id=cid,
                campaign=camps.get(cid, ""),
                household_id=hid,
                household=name or "",
                amount_fen=int(cash),
                limit_fen=int(std),
                payments=[PaymentLine(pid, None, "", "", 0, 0, "")],
            )
        )
    found.extend(_over_stock(session, campaign_id, camps))
    _fill_payments(session, found)
    if not include_decided:
        decided = {k for (k,) in rows(session, "SELECT DISTINCT finding_key FROM finding_decision")}
        found = [f for f in found if f.key not in decided]
    return found


def goods_issued(session: Session, campaign_id: str | None = None) -> dict[tuple[str, str], tuple[int, int]]:
    """(campaign, item) -> (net quantity, net value in fen), reversals subtracted."""
    where, params = _scope(campaign_id)
    return {
        (cid, item): (int(q or 0), int(val or 0))
        for cid, item, q, val in rows(
            session,
            "SELECT p.campaign_id, json_extract(g.value, '$.item') AS item, "
            "sum(json_extract(g.value, '$.quantity')), sum(json_extract(g.value, '$.value_fen')) "
            f"FROM payment p, json_each(p.goods) g WHERE p.goods_value_fen != 0{where} "
            "GROUP BY p.campaign_id, item",
            **params,
        )
    }


def _over_stock(session: Session, campaign_id: str | None, camps: dict[str, str]) -> list[Finding]:
    issued = goods_issued(session, campaign_id)
    out = []
    for c in session.query(Campaign).all():
        if campaign_id and c.id != campaign_id:
            continue
        for entry in c.catalogue or []:
            stock = entry.get("stock")
            qty, value = issued.get((c.id, entry["item"]), (0, 0))
            if stock is not None and qty > int(stock):
                out.append(
                    Finding(
                        key=f"over_stock:{c.id}:{entry['item']}:{qty}",
                        kind="over_stock",
                        campaign_id=c.id,
                        campaign=camps.get(c.id, ""),
                        amount_fen=value,
                        item=str(entry["item"]),
                        quantity=qty,
                        stock=int(stock),
                    )
                )
    return out


def _fill_payments(session: Session, found: list[Finding]) -> None:
    """Replace the payment-id placeholders with what the office compares side by side."""
    wanted = sorted({p.id for f in found for p in f.payments})
    if not wanted:
        return
    teams, devices = team_names(session), device_names(session)
    lines: dict[str, PaymentLine] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        marks = ",".join(f":p{n}" for n in range(len(chunk)))
        for r in rows(
            session,
            "SELECT id, paid_on, team_id, device_id, cash_fen, goods_value_fen, receipt_no "
            f"FROM payment WHERE id IN ({marks})",
            **{f"p{n}": x for n, x in enumerate(chunk)},
        ):
            lines[r.id] = PaymentLine(
                r.id,
                as_date(r.paid_on),
                teams.get(r.team_id or "", ""),
                devices.get(r.device_id, r.device_id[:8]),
                int(r.cash_fen),
                int(r.goods_value_fen),
                r.receipt_no or "",
            )
    for f in found:
        f.payments = [lines.get(p.id, p) for p in f.payments]
        if f.kind == "double":
            f.amount_fen = sum(p.cash_fen for p in f.payments)


def void_payment(session: Session, payment_id: str, reason: str) -> str:
    """Void one payment of a finding: a reversal entry with the reason (作废)."""
    if not (reason or "").strip():
        raise v.fail("reason", translate("Reports", "say why the payment is voided"))
    return payments.void_payment(session, payment_id, reason)


def accept_finding(session: Session, key: str, reason: str) -> str:
    """Accept a finding as it is (e.g. a second payment approved by the union chair)."""
    why = v.text_field(reason, "reason", max_len=300, required=True)
    parts = key.split(":")
    if len(parts) < 3 or parts[0] not in KINDS:
        raise FieldVisitError(translate("Reports", "No such finding: %1").replace("%1", key))
    if key not in {f.key for f in payment_findings(session, parts[1])}:
        raise FieldVisitError(
            translate("Reports", "This finding is not open (already settled or accepted): %1")
            .replace("%1", key)
        )
    fid = str(uuid.uuid4())
    oplog.create(
        session,
        "finding_decision",
        fid,
        {
            "finding_key": key,
            "decision": "accepted",
            "reason": why,
            "device_id": oplog.writer_of(session).device_id,
        },
    )
    return fid


def kind_label(kind: str) -> str:
    return {
        "double": translate("Reports", "paid more than once"),
        "over_standard": translate("Reports", "above the standard"),
        "over_stock": translate("Reports", "goods beyond stock"),
    }[kind]


def findings_table(found: list[Finding]) -> Table:
    return Table(
        name=translate("Reports", "Payment checks"),
        title=translate("Reports", "Payments to check"),
        columns=[
            Column("kind", translate("Reports", "Finding")),
            Column("campaign", translate("Reports", "Campaign")),
            Column("household", translate("Reports", "Household")),
            Column("count", translate("Reports", "Payments"), "int"),
            Column("amount", translate("Reports", "Amount"), "money"),
            Column("limit", translate("Reports", "Standard"), "money"),
            Column("item", translate("Reports", "Goods")),
            Column("qty", translate("Reports", "Quantity issued"), "int"),
            Column("stock", translate("Reports", "Stock"), "int"),
            Column("who", translate("Reports", "Teams / devices")),
            Column("receipts", translate("Reports", "Receipt numbers")),
            Column("key", translate("Reports", "Finding key"), printed=False),
        ],
        rows=[
            (
                kind_label(f.kind),
                f.campaign,
                f.household,
                len(f.payments) or None,
                f.amount_fen,
                f.limit_fen or None,
                f.item,
                f.quantity or None,
                f.stock if f.kind == "over_stock" else None,
                "、".join(dict.fromkeys(f"{p.team}/{p.device}" for p in f.payments)),
                "、".join(p.receipt_no for p in f.payments if p.receipt_no),
                f.key,
            )
            for f in found
        ],
        note=translate("Reports", "%1 open findings").replace("%1", str(len(found))),
    )
