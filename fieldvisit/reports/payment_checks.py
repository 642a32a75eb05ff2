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
import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from fieldvisit import payments
from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.reports.common import (
    ALL_BRIEFS,
    Statement,
    as_date,
    brief,
    campaign_names,
    device_names,
    read_ahead,
    rows,
    team_names,
    temp_tables,
    wanted_ids,
)
from fieldvisit.reports.table import Column, Table
from fieldvisit.store import oplog
from fieldvisit.store.models import Campaign

KINDS = ("double", "over_standard", "over_stock", "double_void")
#: A payment's columns as a finding shows them (:class:`_Lines`).
_LINE = (
    "p.id, p.paid_on, p.team_id, p.device_id, p.cash_fen, p.goods_value_fen, p.receipt_no, "
    "p.override_reason"
)
# Operations received that the rules refused (sync.quarantine): shown with the findings,
# settled only by the office correcting the sender, never accepted or voided here.
REFUSED = "refused"

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
    reason: str = ""  # why the worker went on despite the warning at the door


@dataclass
class Finding:
    key: str
    kind: str  # double | over_standard | over_stock | double_void
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
    who: str = ""  # for refused operations: written by, sent by, and why

    @property
    def number(self) -> str:
        """What people read and quote: ``2-048391`` (kind, then six digits of the key)."""
        return finding_number(self.key)


#: First digit of a finding number: which check found it.
KIND_DIGIT = {
    "double": "1",
    "over_standard": "2",
    "over_stock": "3",
    "double_void": "4",
    REFUSED: "5",
}
_NUMBER = re.compile(r"^\d-\d{6}$")


def finding_number(key: str) -> str:
    """A short, stable number for a finding key, the same on every replica.

    Keys hold campaign and payment ids (uuids); a clerk cannot read one out on the
    phone. Six digits of its hash, after the kind's digit, can be; ``accept_finding``
    takes either and refuses a number two open findings share."""
    kind = key.split(":", 1)[0]
    digest = int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:12], 16) % 1_000_000
    return f"{KIND_DIGIT.get(kind, '0')}-{digest:06d}"


def payment_findings(
    session: Session, campaign_id: str | None = None, *, include_decided: bool = False
) -> list[Finding]:
    """Every open finding (or all, with ``include_decided``), grouped by kind."""
    camps = campaign_names(session)
    above = _above_standard(session, campaign_id)
    # With a cold page cache each stage waits on the disk in turn. The payments above
    # their standard (read at random by id) and the findings' households' names
    # (ix_household_brief, for _fill_payments) are read ahead meanwhile, in the order
    # the stages need them (200,000 households, 1,000,000 payments, medians of nine:
    # 1.74 s with only the names read ahead, 1.53 s with both).
    with read_ahead(session, *above, ALL_BRIEFS):
        found = _findings(session, campaign_id, camps, above)
    found.extend(_double_voids(session, campaign_id, camps))
    if not include_decided:
        decided = {k for (k,) in rows(session, "SELECT DISTINCT finding_key FROM finding_decision")}
        found = [f for f in found if f.key not in decided]
    return found


def _findings(
    session: Session, campaign_id: str | None, camps: dict[str, str], above: list[Statement]
) -> list[Finding]:
    """Paid twice, above the standard, over the stock, refused: each with its payments."""
    params = {"cid": campaign_id} if campaign_id else {}
    line = _Lines(session)
    found: list[Finding] = []
    # Paid twice: payment_tally holds the net count per campaign and household (kept
    # by triggers), and its partial index lists only the groups above one.
    groups = rows(
        session,
        "SELECT campaign_id, household_id FROM payment_tally WHERE live > 1"
        + (" AND campaign_id = :cid" if campaign_id else " AND campaign_id != ''"),
        **params,
    )
    live, rowids = _live_payments(session, {(c, h) for c, h in groups})
    for (cid, hid), pids in live.items():
        digest = hashlib.sha1(",".join(pids).encode()).hexdigest()[:12]
        found.append(
            Finding(
                key=f"double:{cid}:{hid}:{digest}",
                kind="double",
                campaign_id=cid,
                campaign=camps.get(cid, ""),
                household_id=hid,
                payments=[PaymentLine(p, None, "", "", 0, 0, "") for p in pids],
            )
        )
    for sql, values in above:
        for r in rows(session, sql, **values):
            found.append(
                Finding(
                    key=f"over_standard:{r.campaign_id}:{r.id}",
                    kind="over_standard",
                    campaign_id=r.campaign_id,
                    campaign=camps.get(r.campaign_id, ""),
                    household_id=r.household_id,
                    amount_fen=int(r.cash_fen),
                    limit_fen=int(r.lim),
                    payments=[line(r)],
                )
            )
    found.extend(_over_stock(session, campaign_id, camps))
    found.extend(refused_findings(session, campaign_id, camps))
    _fill_payments(session, found, rowids, line)
    return found


def refused_findings(
    session: Session, campaign_id: str | None = None, camps: dict[str, str] | None = None
) -> list[Finding]:
    """Quarantined operations: who wrote and who sent each, and why it was refused."""
    from fieldvisit.store.models import Setting
    from fieldvisit.sync import quarantine

    reg = session.get(Setting, "device_keys")
    camps = camps if camps is not None else campaign_names(session)
    out = []
    for h in quarantine.held(session, (reg.value if reg else None) or {}):
        fields = (h.op.get("payload") or {}).get("fields") or {}
        fields = fields if isinstance(fields, dict) else {}
        cid = str(fields.get("campaign_id") or "")
        if campaign_id and cid != campaign_id:
            continue
        cash = fields.get("cash_fen")
        out.append(
            Finding(
                key=f"{REFUSED}:{h.op_id}",
                kind=REFUSED,
                campaign_id=cid,
                campaign=camps.get(cid, ""),
                household_id=str(fields.get("household_id") or ""),
                amount_fen=cash if isinstance(cash, int) and h.entity == "payment" else 0,
                who=translate("Reports", "%1/%2 by %3, sent by %4: %5")
                .replace("%1", h.entity)
                .replace("%2", h.kind)
                .replace("%3", h.device_name or h.device_id)
                .replace("%4", h.sent_by_name or translate("Reports", "unknown"))
                .replace("%5", h.message),
            )
        )
    return out


def _live_payments(
    session: Session, groups: set[tuple[str, str]]
) -> tuple[dict[tuple[str, str], list[str]], dict[str, int]]:
    """The live (not voided) payment ids of each (campaign, household) group, and
    each one's rowid.

    Read from ix_payment_ledger, which holds each group's entries side by side with
    their ids and reversals (a reversal keeps its payment's campaign and household)
    and, as every index, their rowids: no payment row is read, which counts with a
    cold page cache, and the rows shown later are read by rowid, not looked up by id."""
    out: dict[tuple[str, str], list[str]] = {}
    with temp_tables(session, "_fv_group (c TEXT, h TEXT, PRIMARY KEY (c, h)) WITHOUT ROWID"):
        if groups:
            session.execute(
                text("INSERT INTO temp._fv_group VALUES (:c, :h)"),
                [{"c": c, "h": h} for c, h in groups],
            )
        found = rows(
            session,
            "SELECT p.id, p.rowid AS rid, p.campaign_id, p.household_id, p.reverses_id "
            "FROM temp._fv_group g "
            "CROSS JOIN payment p INDEXED BY ix_payment_ledger "
            "ON p.campaign_id = g.c AND p.household_id = g.h",
        )
    voided = {r.reverses_id for r in found if r.reverses_id}
    rowids: dict[str, int] = {}
    for r in found:
        if not r.reverses_id and r.id not in voided:
            out.setdefault((r.campaign_id, r.household_id), []).append(r.id)
            rowids[r.id] = int(r.rid)
    return {k: sorted(v) for k, v in sorted(out.items())}, rowids


def _above_standard(session: Session, campaign_id: str | None) -> list[Statement]:
    """The statements that find the live payments whose cash is above the standard for
    the household's category: run them with :func:`rows`.

    One query per campaign with standards, over ``payment_category`` (migration 0026),
    which holds each original payment's household category beside its cash: each
    category present takes its standard (else the one for every other category, "*")
    and reads exactly the payments above it. Whether a reversal points at a payment is
    asked only of those, whose rows are read there once, with what the finding shows
    of them (:data:`_LINE`). Reading the campaign's payments above its lowest standard
    and looking each one's household up instead cost 0.8 s of the report with a cold
    page cache (200,000 households, 1,000,000 payments). Made before they run, so the
    report can read their pages ahead (:func:`payment_findings`).
    """
    q = session.query(Campaign.id, Campaign.standards)
    if campaign_id:
        q = q.filter(Campaign.id == campaign_id)
    found: list[Statement] = []
    for cid, standards in q.order_by(Campaign.id).all():
        found += _above_standard_in(session, cid, standards)
    return found


#: The household categories a campaign's payments have, each found by one seek in
#: ix_payment_category_cash (a skip-scan: the index is not read through).
_CATEGORIES = (
    "WITH RECURSIVE c(category) AS ("
    "SELECT min(category) FROM payment_category WHERE campaign_id = :cid "
    "UNION ALL SELECT (SELECT min(category) FROM payment_category "
    "WHERE campaign_id = :cid AND category > c.category) FROM c WHERE c.category IS NOT NULL) "
    "SELECT category FROM c WHERE category IS NOT NULL"
)


def _above_standard_in(session: Session, cid: str, standards: Any) -> list[Statement]:
    stds = {cat: int(fen) for cat, fen in (standards or {}).items() if int(fen or 0) > 0}
    if not stds:
        return []
    other = stds.get("*")
    limits = [
        (cat, lim)
        for (cat,) in rows(session, _CATEGORIES, cid=cid)
        if (lim := stds.get(cat, other)) is not None
    ]
    if not limits:
        return []
    params: dict[str, Any] = {"cid": cid}
    values = []
    for i, (cat, lim) in enumerate(limits):
        params.update({f"k{i}": cat, f"f{i}": lim})
        values.append(f"(:k{i}, :f{i})")
    sql = (
        f"WITH lim(category, fen) AS (VALUES {', '.join(values)}) "
        f"SELECT {_LINE}, p.campaign_id, p.household_id, l.fen AS lim FROM lim l "
        "CROSS JOIN payment_category c INDEXED BY ix_payment_category_cash "
        "ON c.campaign_id = :cid AND c.category = l.category AND c.cash_fen > l.fen "
        "CROSS JOIN payment p ON p.id = c.payment_id "
        "WHERE NOT EXISTS (SELECT 1 FROM payment r WHERE r.reverses_id = p.id) "
        # in amount order, as the findings were listed before migration 0026
        "ORDER BY p.cash_fen, p.household_id, p.rowid"
    )
    return [(sql, params)]


def goods_issued(
    session: Session, campaign_id: str | None = None
) -> dict[tuple[str, str], tuple[int, int]]:
    """(campaign, item) -> (net quantity, net value in fen), reversals subtracted.

    Households' goods are read from ``goods_tally``, which triggers on ``payment`` keep
    (migration 0004); goods handed to units (a few hundred distributions) are added
    from their ledger."""
    out = {
        (cid, item): (int(q or 0), int(val or 0))
        for cid, item, q, val in rows(
            session,
            "SELECT campaign_id, item, quantity, value_fen FROM goods_tally"
            + (" WHERE campaign_id = :cid" if campaign_id else ""),
            **({"cid": campaign_id} if campaign_id else {}),
        )
    }
    for cid, goods in rows(
        session,
        "SELECT campaign_id, goods FROM distribution WHERE goods != '[]'"
        + (" AND campaign_id = :cid" if campaign_id else ""),
        **({"cid": campaign_id} if campaign_id else {}),
    ):
        for g in json.loads(goods) if isinstance(goods, str) else goods or []:
            q, val = out.get((cid, g["item"]), (0, 0))
            out[(cid, g["item"])] = (q + int(g["quantity"]), val + int(g["value_fen"]))
    return out


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


class _Lines:
    """A payment row (:data:`_LINE`) as a finding shows it, teams and devices named."""

    def __init__(self, session: Session) -> None:
        self.teams, self.devices = team_names(session), device_names(session)

    def __call__(self, r: Any) -> PaymentLine:
        return PaymentLine(
            r.id,
            as_date(r.paid_on),
            self.teams.get(r.team_id or "", ""),
            self.devices.get(r.device_id, r.device_id[:8]),
            int(r.cash_fen),
            int(r.goods_value_fen),
            r.receipt_no or "",
            r.override_reason or "",
        )


def _fill_payments(
    session: Session, found: list[Finding], rowids: dict[str, int], line: _Lines
) -> None:
    """Replace the payment-id placeholders (``rowids``: of the paid-twice groups) with
    what the office compares side by side; read by rowid, in the order they are stored."""
    lines = {
        r.id: line(r)
        for r in rows(
            session,
            f"SELECT {_LINE} FROM payment p WHERE p.rowid IN (SELECT value FROM json_each(:rowids))",
            rowids=json.dumps(sorted(rowids.values())),
        )
    }
    with wanted_ids(session, {f.household_id for f in found if f.household_id}) as want:
        names: dict[str, str] = dict(
            rows(
                session, f"SELECT h.id, h.name FROM {want} w CROSS JOIN {brief('h')} ON h.id = w.id"
            )
        )
    for f in found:
        f.household = names.get(f.household_id, "")
        f.payments = [lines.get(p.id, p) for p in f.payments]
        if f.kind == "double":
            f.amount_fen = sum(p.cash_fen for p in f.payments)


def _double_voids(
    session: Session, campaign_id: str | None, camps: dict[str, str]
) -> list[Finding]:
    """Payments (and units' distributions) voided a second time before the first void
    arrived (``void_duplicate``):
    the second reversal was kept out of the ledger; the office sees who tried and when.
    Lines: the reversal that stands, then the one that does not."""
    teams, devices = team_names(session), device_names(session)
    found = []
    for d in rows(
        session,
        "SELECT d.id, d.payment_id, d.winner_id, d.household_id, d.campaign_id, d.team_id, "
        "d.device_id, d.cash_fen, d.goods_value_fen, d.receipt_no, d.tried_at, "
        "coalesce(w.team_id, wd.team_id) AS w_team, "
        "coalesce(w.device_id, wd.device_id) AS w_device, "
        "coalesce(w.created_at, wd.created_at) AS w_at, coalesce(h.name, u.name) AS name "
        "FROM void_duplicate d "
        "LEFT JOIN payment w ON d.entity = 'payment' AND w.id = d.winner_id "
        "LEFT JOIN distribution wd ON d.entity = 'distribution' AND wd.id = d.winner_id "
        "LEFT JOIN household h ON d.entity = 'payment' AND h.id = d.household_id "
        "LEFT JOIN unit u ON d.entity = 'distribution' AND u.id = d.household_id"
        + (" WHERE d.campaign_id = :cid" if campaign_id else "")
        + " ORDER BY d.tried_at, d.id",
        **({"cid": campaign_id} if campaign_id else {}),
    ):
        cid = d.campaign_id or ""

        def line(
            pid: str, at: Any, team: str | None, device: str | None, d: Any = d
        ) -> PaymentLine:
            return PaymentLine(
                pid,
                as_date(at),
                teams.get(team or "", ""),
                devices.get(device or "", (device or "")[:8]),
                int(d.cash_fen),
                int(d.goods_value_fen),
                d.receipt_no or "",
            )

        found.append(
            Finding(
                key=f"double_void:{cid}:{d.id}",
                kind="double_void",
                campaign_id=cid,
                campaign=camps.get(cid, ""),
                household_id=d.household_id,
                household=d.name or "",
                amount_fen=-int(d.cash_fen),
                payments=[
                    line(d.winner_id, d.w_at, d.w_team, d.w_device),
                    line(d.id, d.tried_at, d.team_id, d.device_id),
                ],
            )
        )
    return found


def void_payment(session: Session, payment_id: str, reason: str) -> str:
    """Void one payment of a finding: a reversal entry with the reason (作废)."""
    if not (reason or "").strip():
        raise v.fail("reason", translate("Reports", "say why the payment is voided"))
    return payments.void_payment(session, payment_id, reason)


def accept_finding(session: Session, key: str, reason: str) -> str:
    """Accept a finding as it is (e.g. a second payment approved by the union chair)."""
    why = v.text_field(reason, "reason", max_len=300, required=True)
    key = _key_for(session, key.strip())
    parts = key.split(":")
    if len(parts) < 3 or parts[0] not in KINDS:
        raise FieldVisitError(translate("Reports", "No such finding: %1").replace("%1", key))
    if key not in {f.key for f in payment_findings(session, parts[1])}:
        raise FieldVisitError(
            translate(
                "Reports", "This finding is not open (already settled or accepted): %1"
            ).replace("%1", key)
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


def _key_for(session: Session, key_or_number: str) -> str:
    """The finding key behind a number as the report shows it (a key passes through)."""
    if not _NUMBER.match(key_or_number):
        return key_or_number
    keys = [
        f.key for f in payment_findings(session, include_decided=True) if f.number == key_or_number
    ]
    if not keys:
        raise FieldVisitError(
            translate("Reports", "No such finding: %1").replace("%1", key_or_number)
        )
    if len(keys) > 1:
        raise FieldVisitError(
            translate(
                "Reports", "Several findings have the number %1: use the full finding key (JSON)."
            ).replace("%1", key_or_number)
        )
    return keys[0]


def kind_label(kind: str) -> str:
    return {
        "double": translate("Reports", "paid more than once"),
        "over_standard": translate("Reports", "above the standard"),
        "over_stock": translate("Reports", "goods beyond stock"),
        REFUSED: translate("Reports", "refused by the rules (quarantined)"),
        "double_void": translate("Reports", "voided twice (second void not counted)"),
    }[kind]


def findings_table(found: list[Finding]) -> Table:
    n_found = len(found)  # a plain name: pyside6-lupdate skips calls with expressions
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
            Column("reasons", translate("Reports", "Reasons given at the door")),
            Column("key", translate("Reports", "Finding number")),
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
                "、".join(dict.fromkeys(f"{p.team}/{p.device}" for p in f.payments)) or f.who,
                "、".join(p.receipt_no for p in f.payments if p.receipt_no),
                "；".join(f"{p.receipt_no or '—'}：{p.reason}" for p in f.payments if p.reason),
                f.number,
            )
            for f in found
        ],
        note=translate("Reports", "%n open findings", None, n_found),
    )
