"""What the units screen shows, read in one unit of work as plain dicts (no ORM across threads)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import campaigns
from fieldvisit.store.models import Campaign
from fieldvisit.units import distributions, registry, wishlist


def list_units(s: Session, text: str) -> list[dict[str, Any]]:
    return [
        {
            "id": u.id,
            "name": u.name,
            "kind": u.kind,
            "district": u.district or "",
            "workers": u.workers,
            "code": u.code or "",
        }
        for u in registry.search(s, text, limit=2000)
    ]


def profile(s: Session, unit_id: str) -> dict[str, Any]:
    u = registry.get(s, unit_id)
    names = dict(s.execute(select(Campaign.id, Campaign.name)).all())
    wl = wishlist.wish_list(s, unit_id)
    dists = distributions.distributions_of(s, unit_id)
    voided = {d.reverses_id for d in dists if d.reverses_id}
    return {
        "id": u.id,
        "name": u.name,
        "kind": u.kind,
        "code": u.code or "",
        "address": u.address or "",
        "district": u.district or "",
        "contact": " ".join(x for x in (u.contact_name, u.contact_phone) if x),
        "workers": u.workers,
        "distributions": [
            {
                "id": d.id,
                "paid_on": d.paid_on,
                "campaign": names.get(d.campaign_id or "", ""),
                "cash_fen": d.cash_fen,
                "goods_value_fen": d.goods_value_fen,
                "packages": d.packages,
                "workers_reached": d.workers_reached,
                "receipt_no": d.receipt_no or "",
                "voided": d.id in voided,
            }
            for d in dists
            if not d.reverses_id
        ],
        "wishes": [
            {
                "id": n.id,
                "category": n.category,
                "description": n.description,
                "owner": n.owner or "",
                "due_on": n.due_on,
                "status": n.status,
            }
            for n in wl.items
        ],
        "count_line": wl.count_line(),
    }


def campaign_choices(s: Session) -> dict[str, Any]:
    """Campaigns for the visit dialog (current one first) with their goods catalogues."""
    rows = list(
        s.execute(
            select(Campaign).where(Campaign.archived.is_(False)).order_by(Campaign.starts_on.desc())
        ).scalars()
    )
    current = campaigns.current(s)
    return {
        "current": current.id if current else None,
        "campaigns": [
            {
                "id": c.id,
                "name": c.name,
                "catalogue": list(c.catalogue or []),
                "starts_on": c.starts_on,
                "ends_on": c.ends_on,
            }
            for c in rows
        ],
    }
