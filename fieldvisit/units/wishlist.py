"""A unit's wish list (心愿清单/台账): its needs, followed to 办结, with the count line offices quote."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.i18n import translate
from fieldvisit.needs import NeedInput
from fieldvisit.reports.table import Column, Table
from fieldvisit.store import oplog
from fieldvisit.store.models import Need
from fieldvisit.units.registry import get as get_unit

#: Categories for a unit's needs (the household ones are in fieldvisit.needs).
CATEGORIES = ("设施", "食堂", "停车", "安全与健康", "成长成才", "其他")
DONE = ("resolved", "closed")


def add_unit_need(
    session: Session, unit_id: str, data: NeedInput, *, visit_id: str | None = None
) -> str:
    """A wish-list item of a unit; transitions and reopen are the household needs' own."""
    unit = get_unit(session, unit_id)
    fields = data.clean()
    if fields["category"] not in CATEGORIES:
        fields["category"] = "其他"
    nid = str(uuid.uuid4())
    oplog.create(
        session,
        "need",
        nid,
        {
            "household_id": "",
            "unit_id": unit.id,
            "visit_id": visit_id,
            "team_id": unit.team_id,
            **fields,
        },
        team_id=unit.team_id,
    )
    return nid


@dataclass(frozen=True)
class WishList:
    unit_name: str
    items: list[Need]

    @property
    def done(self) -> int:
        return sum(1 for n in self.items if n.status in DONE)

    def count_line(self) -> str:
        """ "22 项，已办结 19 项" — the line a 台账 ends with."""
        return (
            translate("Units", "%1 items, %2 resolved")
            .replace("%1", str(len(self.items)))
            .replace("%2", str(self.done))
        )


def wish_list(session: Session, unit_id: str) -> WishList:
    unit = get_unit(session, unit_id)
    items = list(
        session.execute(
            select(Need)
            .where(Need.unit_id == unit_id, Need.archived.is_(False))
            .order_by(Need.created_at, Need.id)
        ).scalars()
    )
    return WishList(unit.name, items)


STATUS_WORDS = {
    "open": "待办",
    "in_progress": "办理中",
    "resolved": "已办结",
    "closed": "已关闭",
}


def ledger_table(wl: WishList) -> Table:
    """The 台账 as offices file it: one line per wish, the count line under the title."""
    columns = [
        Column("no", translate("Units", "No."), "int"),
        Column("category", translate("Units", "Category")),
        Column("description", translate("Units", "Wish")),
        Column("owner", translate("Units", "Owner")),
        Column("due_on", translate("Units", "Due"), "date"),
        Column("status", translate("Units", "Status")),
    ]
    rows = [
        (
            i,
            n.category,
            n.description,
            n.owner or "",
            n.due_on,
            STATUS_WORDS.get(n.status, n.status),
        )
        for i, n in enumerate(wl.items, start=1)
    ]
    return Table(
        "wishlist",
        translate("Units", "Wish list of %1").replace("%1", wl.unit_name),
        columns,
        rows,
        note=wl.count_line(),
    )
