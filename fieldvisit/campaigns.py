"""Campaigns (活动): period, fund source, budget, standard amounts and goods catalogue."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.store import oplog
from fieldvisit.store.models import Campaign

KINDS = ("双节送温暖", "夏送清凉", "金秋助学", "春送岗位", "回头看")


@dataclass
class CatalogueItem:
    item: str
    unit: str
    unit_value_fen: int
    stock: int | None = None

    def clean(self) -> dict[str, Any]:
        return {
            "item": v.text_field(self.item, "item", max_len=60, required=True),
            "unit": v.text_field(self.unit, "unit", max_len=10, required=True),
            "unit_value_fen": v.check_fen(self.unit_value_fen, "amount"),
            "stock": self.stock,
        }


@dataclass
class CampaignInput:
    name: str
    kind: str | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    fund_source: str | None = None
    budget_fen: int = 0
    cap_fen: int | None = None
    standards: dict[str, int] = field(default_factory=dict)
    catalogue: list[CatalogueItem] = field(default_factory=list)

    def clean(self) -> dict[str, Any]:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise v.fail("date", translate("Campaigns", "the campaign ends before it starts"))
        return {
            "name": v.text_field(self.name, "name", max_len=100, required=True),
            "kind": self.kind,
            "starts_on": self.starts_on,
            "ends_on": self.ends_on,
            "fund_source": v.text_field(self.fund_source, "fund_source", max_len=100),
            "budget_fen": v.check_fen(self.budget_fen, "amount"),
            "cap_fen": None if self.cap_fen is None else v.check_fen(self.cap_fen, "amount"),
            "standards": {k: v.check_fen(int(x), "amount") for k, x in self.standards.items()},
            "catalogue": [c.clean() for c in self.catalogue],
        }


def create_campaign(session: Session, data: CampaignInput, campaign_id: str | None = None) -> str:
    cid = campaign_id or str(uuid.uuid4())
    oplog.create(session, "campaign", cid, data.clean())
    return cid


def get(session: Session, campaign_id: str) -> Campaign:
    c = session.get(Campaign, campaign_id)
    if c is None:
        raise FieldVisitError(
            translate("Campaigns", "No such campaign: %1").replace("%1", campaign_id)
        )
    return c


def find(session: Session, name_or_id: str) -> Campaign:
    """A campaign by id or by exact name (what a user types on the command line)."""
    c = session.get(Campaign, name_or_id)
    if c is None:
        c = session.execute(select(Campaign).where(Campaign.name == name_or_id)).scalars().first()
    if c is None:
        raise FieldVisitError(
            translate("Campaigns", "No such campaign: %1").replace("%1", name_or_id)
        )
    return c


def current(session: Session, today: date | None = None) -> Campaign | None:
    """The running campaign (latest start on or before today), else the latest one."""
    today = today or date.today()
    rows = list(
        session.execute(
            select(Campaign).where(Campaign.archived.is_(False)).order_by(Campaign.starts_on.desc())
        ).scalars()
    )
    for c in rows:
        if c.starts_on and c.starts_on <= today and (not c.ends_on or c.ends_on >= today):
            return c
    return rows[0] if rows else None


def standard_for(campaign: Campaign, category: str | None) -> int:
    """The standard cash amount for a category (fen), 0 when the campaign sets none."""
    if category and category in campaign.standards:
        return int(campaign.standards[category])
    return int(campaign.standards.get("*", 0))
