"""The replica's tables.

Business tables hold *derived state*: the result of folding the operations in
``operation`` (see :mod:`fieldvisit.store.merge`). Nothing writes them directly
except the merge, so any two replicas that hold the same operations hold the
same rows. Money is integer fen. Mutable rows carry ``head_key``: the sort key of
the last operation folded into them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from fieldvisit.store.base import Base, UTCDateTime, utcnow

ID = String(36)


class Setting(Base):
    """Key/value facts about this replica (device id, team, organisation, sync cursor)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Team(Base):
    __tablename__ = "team"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    code: Mapped[str | None] = mapped_column(String(20))
    district: Mapped[str | None] = mapped_column(String(100))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    head_key: Mapped[str] = mapped_column(String(80), default="")


class Organisation(Base):
    """The issuing unit printed on receipts: one global row, renamed by the office (migration 0009)."""

    __tablename__ = "organisation"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    head_key: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Device(Base):
    """A laptop (or office workstation) known to this replica."""

    __tablename__ = "device"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    team_id: Mapped[str | None] = mapped_column(ID)
    role: Mapped[str] = mapped_column(String(10), default="field")  # field | office
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    head_key: Mapped[str] = mapped_column(String(80), default="")


class Household(Base):
    __tablename__ = "household"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    register_no: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(100))
    id_number: Mapped[str | None] = mapped_column(String(18), index=True)
    gender: Mapped[str | None] = mapped_column(String(4))
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(String(300))
    district: Mapped[str | None] = mapped_column(String(100), index=True)
    workplace: Mapped[str | None] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(40), index=True)
    causes: Mapped[list[str]] = mapped_column(JSON, default=list)
    monthly_income_fen: Mapped[int | None] = mapped_column(Integer)
    family_size: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="needy")  # needy | left_hardship
    left_hardship_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    team_id: Mapped[str | None] = mapped_column(ID, index=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into: Mapped[str | None] = mapped_column(ID)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    head_key: Mapped[str] = mapped_column(String(80), default="")
    # Derived search keys, maintained by the merge (never edited directly).
    name_key: Mapped[str] = mapped_column(Text, default="")
    id_rev: Mapped[str | None] = mapped_column(String(18))
    phone_rev: Mapped[str | None] = mapped_column(String(20))
    # How the name sounds and the address as compared: duplicate candidates (migration 0004).
    sound_key: Mapped[str] = mapped_column(Text, default="")
    addr_key: Mapped[str] = mapped_column(Text, default="")
    # Search lists are ordered by name; the FTS5 index household_fts (migration 0002,
    # kept by triggers) finds rows by name_key tokens.
    __table_args__ = (
        Index("ix_household_name_id", "name", "id"),
        # What reports say about a household they list, read without its row (migration 0022).
        Index("ix_household_brief", "id", "name", "district", "category"),
        # Digit search ranges that yield the name order's keys (migration 0016).
        Index("ix_household_id_rev_name", "id_rev", "archived", "name", "id"),
        Index("ix_household_phone_rev_name", "phone_rev", "archived", "name", "id"),
        Index("ix_household_register_no_name", "register_no", "archived", "name", "id"),
        # What the duplicate pairs show of each household, read without its row (0023).
        Index(
            "ix_household_card",
            "id",
            "name",
            "id_number",
            "phone",
            "address",
            "district",
            "team_id",
            "created_at",
        ),
        # Duplicate candidates, one narrow index per grouping (migration 0023).
        Index(
            "ix_household_sound",
            "sound_key",
            "district",
            "id",
            sqlite_where=text("archived = 0 AND sound_key != '' AND district != ''"),
        ),
        Index(
            "ix_household_sound_phone",
            "phone_rev",
            "sound_key",
            "id",
            sqlite_where=text("archived = 0 AND sound_key != '' AND phone_rev != ''"),
        ),
        Index(
            "ix_household_sound_address",
            "sound_key",
            "addr_key",
            "id",
            sqlite_where=text("archived = 0 AND sound_key != '' AND addr_key != ''"),
        ),
        # coverage's scope, narrow enough to read with a cold page cache (migration 0018)
        Index(
            "ix_household_scope",
            "team_id",
            "district",
            "id",
            sqlite_where=text("archived = 0 AND status = 'needy' AND team_id IS NOT NULL"),
        ),
    )


class Member(Base):
    __tablename__ = "member"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    household_id: Mapped[str] = mapped_column(ID, index=True)
    orig_household_id: Mapped[str | None] = mapped_column(ID, index=True)
    name: Mapped[str] = mapped_column(String(100))
    relation: Mapped[str | None] = mapped_column(String(20))
    id_number: Mapped[str | None] = mapped_column(String(18))
    birth_date: Mapped[date | None] = mapped_column(Date)
    health: Mapped[str | None] = mapped_column(String(200))
    schooling: Mapped[str | None] = mapped_column(String(200))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    head_key: Mapped[str] = mapped_column(String(80), default="")


class Campaign(Base):
    """A visiting campaign with its money: budget, standard amounts and goods catalogue.

    ``standards`` maps a household category to the standard cash amount in fen;
    ``catalogue`` lists goods as {item, unit, unit_value_fen, stock}.
    """

    __tablename__ = "campaign"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str | None] = mapped_column(String(30))
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    fund_source: Mapped[str | None] = mapped_column(String(100))
    budget_fen: Mapped[int] = mapped_column(Integer, default=0)
    cap_fen: Mapped[int | None] = mapped_column(Integer)
    standards: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    catalogue: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    head_key: Mapped[str] = mapped_column(String(80), default="")


class Visit(Base):
    """One team at one household on one day. Append-only."""

    __tablename__ = "visit"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    household_id: Mapped[str] = mapped_column(ID, index=True)
    orig_household_id: Mapped[str] = mapped_column(ID, index=True)
    campaign_id: Mapped[str | None] = mapped_column(ID, index=True)
    team_id: Mapped[str | None] = mapped_column(ID)
    device_id: Mapped[str] = mapped_column(ID)
    visited_on: Mapped[date] = mapped_column(Date, index=True)
    visitors: Mapped[str | None] = mapped_column(String(200))
    observations: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (Index("ix_visit_campaign_household", "campaign_id", "household_id"),)


class Photo(Base):
    """A downscaled JPEG kept inside the encrypted database. Append-only."""

    __tablename__ = "photo"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    visit_id: Mapped[str] = mapped_column(ID, index=True)
    mime: Mapped[str] = mapped_column(String(30), default="image/jpeg")
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str | None] = mapped_column(String(200))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Payment(Base):
    """A disbursement: cash and/or goods. Append-only ledger; a void is a reversal row.

    A reversal has ``reverses_id`` set and negated amounts, so sums over the ledger
    are always right and the original stays on record.
    """

    __tablename__ = "payment"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    visit_id: Mapped[str | None] = mapped_column(ID, index=True)
    household_id: Mapped[str] = mapped_column(ID, index=True)
    orig_household_id: Mapped[str] = mapped_column(ID, index=True)
    campaign_id: Mapped[str | None] = mapped_column(ID, index=True)
    team_id: Mapped[str | None] = mapped_column(ID)
    device_id: Mapped[str] = mapped_column(ID)
    paid_on: Mapped[date] = mapped_column(Date, index=True)
    cash_fen: Mapped[int] = mapped_column(Integer, default=0)
    goods: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    goods_value_fen: Mapped[int] = mapped_column(Integer, default=0)
    recipient_name: Mapped[str | None] = mapped_column(String(100))
    proxy_name: Mapped[str | None] = mapped_column(String(100))
    proxy_relation: Mapped[str | None] = mapped_column(String(20))
    sign_mode: Mapped[str] = mapped_column(String(12), default="signature")
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    visitors: Mapped[str | None] = mapped_column(String(200))
    witness: Mapped[str | None] = mapped_column(String(100))
    receipt_no: Mapped[str | None] = mapped_column(String(40), index=True)
    override_reason: Mapped[str | None] = mapped_column(String(300))
    reverses_id: Mapped[str | None] = mapped_column(ID, index=True)
    reason: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        Index(
            "ix_payment_ledger",
            "campaign_id",
            "household_id",
            "reverses_id",
            "cash_fen",
            "goods_value_fen",
            "team_id",
            "id",
        ),
        # (ix_payment_cash, the above-standard check's range of migration 0020, was
        # dropped by 0026: the check reads payment_category instead)
    )


class DuplicateVoid(Base):
    """A second reversal of a payment (or a unit's distribution) that is already reversed:
    kept out of the ledger.

    Two laptops that void the same payment before they meet each append a
    reversal. Only the one with the smallest sort key stands in ``payment``
    (whatever the arrival order: a smaller one arriving later demotes the one
    folded earlier); every other lands here, so the net of a payment is its
    amount or zero, and the office sees who tried and when (payment checks,
    finding kind ``double_void``). Derived by the merge, like every business table."""

    __tablename__ = "void_duplicate"
    id: Mapped[str] = mapped_column(ID, primary_key=True)  # the reversal's row id
    payment_id: Mapped[str] = mapped_column(ID, index=True)  # the row it tried to void
    winner_id: Mapped[str] = mapped_column(ID)  # the reversal that stands
    #: as recorded (orig_household_id); for a distribution, its unit
    household_id: Mapped[str] = mapped_column(ID)
    entity: Mapped[str] = mapped_column(String(20), default="payment")  # or "distribution"
    campaign_id: Mapped[str | None] = mapped_column(ID)
    team_id: Mapped[str | None] = mapped_column(ID)
    device_id: Mapped[str] = mapped_column(ID)
    cash_fen: Mapped[int] = mapped_column(Integer, default=0)
    goods_value_fen: Mapped[int] = mapped_column(Integer, default=0)
    receipt_no: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(String(300))
    tried_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ReceiptEvent(Base):
    """Print, reprint or void of a receipt number. Append-only; gives the receipt register."""

    __tablename__ = "receipt_event"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(40), index=True)
    payment_id: Mapped[str | None] = mapped_column(ID, index=True)
    device_id: Mapped[str] = mapped_column(ID)
    kind: Mapped[str] = mapped_column(String(10))  # issue | reprint | void
    reason: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Need(Base):
    """A follow-up item (诉求/心愿). Status moves forward; reopen is explicit."""

    __tablename__ = "need"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    # A need belongs to a household or (migration 0013) to a unit: household_id is "" then.
    household_id: Mapped[str] = mapped_column(ID, index=True)
    orig_household_id: Mapped[str | None] = mapped_column(ID, index=True)
    visit_id: Mapped[str | None] = mapped_column(ID)
    team_id: Mapped[str | None] = mapped_column(ID)
    category: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(100))
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="open", index=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    head_key: Mapped[str] = mapped_column(String(80), default="")
    unit_id: Mapped[str | None] = mapped_column(ID, index=True)
    #: the unit it was recorded against; ``unit_id`` follows merges (migration 0016)
    orig_unit_id: Mapped[str | None] = mapped_column(ID, index=True)

    __table_args__ = (
        Index("ix_need_open_due", "archived", "status", "due_on"),
        # The needs raised at a visit, found when the visit arrives (migration 0025).
        Index("ix_need_visit", "visit_id", sqlite_where=text("visit_id IS NOT NULL")),
    )


class NeedEvent(Base):
    """Status history of a need, derived from its transition operations."""

    __tablename__ = "need_event"
    id: Mapped[str] = mapped_column(ID, primary_key=True)  # the operation id
    need_id: Mapped[str] = mapped_column(ID, index=True)
    from_status: Mapped[str | None] = mapped_column(String(12))
    to_status: Mapped[str] = mapped_column(String(12))
    note: Mapped[str | None] = mapped_column(Text)
    device_id: Mapped[str] = mapped_column(ID)
    applied: Mapped[bool] = mapped_column(Boolean, default=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class DuplicateDismissal(Base):
    """Two households the office said are not the same family. Append-only."""

    __tablename__ = "duplicate_dismissal"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    household_a: Mapped[str] = mapped_column(ID)
    household_b: Mapped[str] = mapped_column(ID)
    reason: Mapped[str | None] = mapped_column(String(300))
    device_id: Mapped[str] = mapped_column(ID)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    __table_args__ = (UniqueConstraint("household_a", "household_b"),)


class Finding(Base):
    """The office's decision on a reconciliation finding (accepted with a reason). Append-only."""

    __tablename__ = "finding_decision"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    finding_key: Mapped[str] = mapped_column(String(200), index=True)
    decision: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(300))
    device_id: Mapped[str] = mapped_column(ID)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Operation(Base):
    """The operation log: every change made here or received from elsewhere.

    ``sort_key`` = hlc|device|seq gives the one total order every replica folds in.
    ``payload`` holds, per changed field, the new value and the value it was edited
    from, plus kind-specific data (the base head for deletes, the merge target, ...).
    ``team_id`` is the team whose households the change concerns (None = everyone),
    which the hub uses to scope what a device may pull.
    """

    __tablename__ = "operation"
    op_id: Mapped[str] = mapped_column(ID, primary_key=True)
    device_id: Mapped[str] = mapped_column(ID)
    seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(24))
    sort_key: Mapped[str] = mapped_column(String(80), unique=True)
    entity: Mapped[str] = mapped_column(String(30))
    row_id: Mapped[str] = mapped_column(ID)
    kind: Mapped[str] = mapped_column(String(20))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    team_id: Mapped[str | None] = mapped_column(ID)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # (device_id, seq) is not unique: an older copy's operation may meet the original's
    # under one number (migration 0007; see fieldvisit/sync/incarnation.py).
    __table_args__ = (
        Index("ix_operation_device_seq", "device_id", "seq"),
        Index("ix_operation_row", "entity", "row_id", "sort_key"),
    )


class Conflict(Base):
    """Two edits of the same field from the same base, or a delete against an edit.

    Derived by the merge with a deterministic id, so every replica records the same
    conflict once. ``values`` lists each contender: op id, device, time and value.
    """

    __tablename__ = "conflict"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    entity: Mapped[str] = mapped_column(String(30))
    row_id: Mapped[str] = mapped_column(ID, index=True)
    field: Mapped[str] = mapped_column(String(50))
    kind: Mapped[str] = mapped_column(String(20))  # field | delete_edit
    base_value: Mapped[Any] = mapped_column(JSON)
    values: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    resolved_by: Mapped[str | None] = mapped_column(ID)
    resolution: Mapped[Any] = mapped_column(JSON)
    detected_at: Mapped[str] = mapped_column(String(24))  # hlc of the op that caused it


class Quarantined(Base):
    """An operation received from the hub or a bundle that the rules refused (migration 0005).

    Never folded; listed by ``fieldvisit check`` and on the office's findings.
    ``sent_by`` is the device that pushed or relayed it to the hub, or exported the
    bundle. Re-checked at every fold, so one that only waited for something
    (its author's registry entry, the payment it reverses) leaves when that arrives.
    """

    __tablename__ = "quarantine"
    op_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    op: Mapped[dict[str, Any]] = mapped_column(JSON)
    device_id: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(30))
    detail: Mapped[str] = mapped_column(Text, default="")
    sent_by: Mapped[str | None] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(10))  # hub | bundle
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditEntry(Base):
    """Who looked at sensitive data (full ID numbers) and when; changes are in the op log."""

    __tablename__ = "audit_log"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    device_id: Mapped[str] = mapped_column(ID)
    user: Mapped[str | None] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(30))
    row_id: Mapped[str] = mapped_column(ID)
    detail: Mapped[str | None] = mapped_column(Text)


class Draft(Base):
    """A visit being entered, saved as the user types so a crash loses nothing.

    Kept in the encrypted database rather than a file so no draft leaks in plaintext.
    """

    __tablename__ = "draft"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    household_id: Mapped[str | None] = mapped_column(ID)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ReceiptCounter(Base):
    """The last receipt number used per prefix and year; numbers are never reused."""

    __tablename__ = "receipt_counter"
    prefix: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class PaymentTally(Base):
    """Live payments per household and campaign (originals minus reversals; campaign '' for none).

    Kept by triggers on ``payment`` (migration 0004), never written by code; the
    paid-twice check reads the rows where ``live > 1``."""

    __tablename__ = "payment_tally"
    __table_args__ = (
        Index(
            "ix_payment_tally_twice",
            "campaign_id",
            "household_id",
            sqlite_where=text("live > 1"),
        ),
        {"sqlite_with_rowid": False},
    )
    household_id: Mapped[str] = mapped_column(ID, primary_key=True)
    campaign_id: Mapped[str] = mapped_column(ID, primary_key=True)
    live: Mapped[int] = mapped_column(Integer)


class GoodsTally(Base):
    """Goods issued per campaign and item, net of reversals; kept by triggers like PaymentTally."""

    __tablename__ = "goods_tally"
    __table_args__ = ({"sqlite_with_rowid": False},)
    campaign_id: Mapped[str] = mapped_column(ID, primary_key=True)
    item: Mapped[str] = mapped_column(Text, primary_key=True)
    quantity: Mapped[int] = mapped_column(Integer)
    value_fen: Mapped[int] = mapped_column(Integer)


class Unit(Base):
    """A unit visited as a whole (慰问单位/站点): enterprise, service window, hospital, site…"""

    __tablename__ = "unit"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    code: Mapped[str | None] = mapped_column(String(40), index=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20), default="企业")
    address: Mapped[str | None] = mapped_column(String(300))
    district: Mapped[str | None] = mapped_column(String(100), index=True)
    contact_name: Mapped[str | None] = mapped_column(String(50))
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    workers: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    team_id: Mapped[str | None] = mapped_column(ID, index=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into: Mapped[str | None] = mapped_column(ID)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    head_key: Mapped[str] = mapped_column(String(80), default="")
    name_key: Mapped[str] = mapped_column(Text, default="")


class UnitVisit(Base):
    """One team at one unit on one day. Append-only."""

    __tablename__ = "unit_visit"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    unit_id: Mapped[str] = mapped_column(ID, index=True)
    orig_unit_id: Mapped[str | None] = mapped_column(ID, index=True)
    campaign_id: Mapped[str | None] = mapped_column(ID, index=True)
    team_id: Mapped[str | None] = mapped_column(ID)
    device_id: Mapped[str] = mapped_column(ID)
    visited_on: Mapped[date] = mapped_column(Date, index=True)
    visitors: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Distribution(Base):
    """Cash and goods handed to a unit for many workers (集体发放). Append-only, like payments.

    A void is a reversal row (``reverses_id``) with negated amounts, packages and reach."""

    __tablename__ = "distribution"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    unit_id: Mapped[str] = mapped_column(ID, index=True)
    orig_unit_id: Mapped[str | None] = mapped_column(ID, index=True)
    visit_id: Mapped[str | None] = mapped_column(ID, index=True)
    campaign_id: Mapped[str | None] = mapped_column(ID, index=True)
    team_id: Mapped[str | None] = mapped_column(ID)
    device_id: Mapped[str] = mapped_column(ID)
    paid_on: Mapped[date] = mapped_column(Date, index=True)
    cash_fen: Mapped[int] = mapped_column(Integer, default=0)
    goods: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    goods_value_fen: Mapped[int] = mapped_column(Integer, default=0)
    packages: Mapped[int] = mapped_column(Integer, default=0)
    workers_reached: Mapped[int] = mapped_column(Integer, default=0)
    sign_mode: Mapped[str] = mapped_column(String(14), default="representative")
    representative_name: Mapped[str | None] = mapped_column(String(50))
    representative_post: Mapped[str | None] = mapped_column(String(50))
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    visitors: Mapped[str | None] = mapped_column(String(200))
    receipt_no: Mapped[str | None] = mapped_column(String(40), index=True)
    override_reason: Mapped[str | None] = mapped_column(String(300))
    reverses_id: Mapped[str | None] = mapped_column(ID, index=True)
    reason: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RosterEntry(Base):
    """One named worker on a distribution's sign-off roster (发放签收表). Append-only."""

    __tablename__ = "roster_entry"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    distribution_id: Mapped[str] = mapped_column(ID, index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    worker_name: Mapped[str] = mapped_column(String(50))
    id_tail: Mapped[str | None] = mapped_column(String(6))
    cash_fen: Mapped[int] = mapped_column(Integer, default=0)
    packages: Mapped[int] = mapped_column(Integer, default=0)
    signed: Mapped[bool] = mapped_column(Boolean, default=True)
