"""The needs ledger (诉求台账): how many were recorded, how many are settled, what is late.

Counts come from the current status of each live need. "Settled" (办结) is
resolved or closed. Age is counted in whole days from the day the need was
raised (:data:`RAISED`); a need is overdue when it is still open or in progress after its due date.
A unit's need (household_id "") is listed under the unit's name.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from fieldvisit.i18n import translate
from fieldvisit.reports.common import (
    ALL_BRIEFS,
    as_date,
    local_time,
    read_ahead,
    rows,
    tuples,
    with_names,
)
from fieldvisit.reports.table import Column, Table

ACTIVE = "n.status IN ('open', 'in_progress')"
#: The day a need was raised: the day of the visit it was raised at (a household's or
#: a unit's, kept beside the need in ``need_day``, migration 0025), since a visit done
#: on paper is often typed in days later, or else the office's day it was recorded on
#: (stamped in UTC: a need recorded before 08:00 in Beijing would otherwise be a day
#: old on the morning it was recorded).
RAISED = (
    "min(coalesce((SELECT day FROM need_day WHERE need_id = n.id), '9999-12-31'), "
    "date(n.created_at, 'localtime'))"
)


@dataclass(frozen=True)
class LedgerRow:
    category: str
    owner: str
    recorded: int
    open: int
    in_progress: int
    resolved: int
    closed: int
    overdue: int
    avg_open_age_days: float  # over needs still open or in progress
    oldest_open_days: int

    @property
    def settled(self) -> int:
        return self.resolved + self.closed


@dataclass(slots=True)
class OverdueNeed:
    """Not frozen: a frozen dataclass sets each field through ``object.__setattr__``,
    three times the cost for the 50,000 overdue needs of a large ledger."""

    need_id: str
    household: str
    category: str
    owner: str
    due_on: date
    days_overdue: int
    status: str


@dataclass(frozen=True)
class SettledNeed:
    """A resolved or closed need and how it was settled (the note is required)."""

    need_id: str
    household: str
    category: str
    owner: str
    status: str
    settled_on: date | None
    note: str


@dataclass
class NeedsLedger:
    rows: list[LedgerRow]
    overdue: list[OverdueNeed]
    settled_needs: list[SettledNeed] = field(default_factory=list)

    @property
    def recorded(self) -> int:
        return sum(r.recorded for r in self.rows)

    @property
    def settled(self) -> int:
        return sum(r.settled for r in self.rows)

    def headline(self) -> str:
        return (
            translate("Reports", "%1 recorded, %2 resolved")
            .replace("%1", str(self.recorded))
            .replace("%2", str(self.settled))
        )


#: The overdue list's entries in ix_need_open_due (every active need's; the list takes
#: those past due), read ahead with the households' names while the totals are counted.
_ACTIVE_DUE = (
    "SELECT count(due_on) FROM need n INDEXED BY ix_need_open_due "
    f"WHERE n.archived = 0 AND {ACTIVE}"
)


def needs_ledger(session: Session, today: date | None = None) -> NeedsLedger:
    today = today or date.today()
    t = today.isoformat()
    # The totals read every need; meanwhile the overdue list's index entries and its
    # households' names (at random in ix_household_brief) are read ahead, in order.
    with read_ahead(session, _ACTIVE_DUE, ALL_BRIEFS):
        totals = rows(
            session,
            # Materialized: each active need's raising day is looked up once, not once
            # for each aggregate that reads its age.
            "WITH n AS MATERIALIZED (SELECT n.category, n.owner, n.status, n.due_on, "
            f"CASE WHEN {ACTIVE} THEN julianday(:today) - julianday({RAISED}) END AS age "
            "FROM need n WHERE n.archived = 0) "
            "SELECT n.category, n.owner, count(*) AS recorded, "
            "sum(n.status = 'open') AS open_, sum(n.status = 'in_progress') AS in_progress, "
            "sum(n.status = 'resolved') AS resolved, sum(n.status = 'closed') AS closed, "
            f"sum({ACTIVE} AND n.due_on < :today) AS overdue, "
            "avg(n.age) AS avg_age, max(n.age) AS oldest "
            "FROM n GROUP BY n.category, n.owner ORDER BY n.category, n.owner",
            today=t,
        )
    ledger = [
        LedgerRow(
            r.category or "",
            r.owner or "",
            int(r.recorded),
            int(r.open_ or 0),
            int(r.in_progress or 0),
            int(r.resolved or 0),
            int(r.closed or 0),
            int(r.overdue or 0),
            round(float(r.avg_age or 0), 1),
            int(r.oldest or 0),
        )
        for r in totals
    ]
    late = []
    # Due dates repeat: each is read, and its distance from today counted, once.
    due_days = functools.cache(lambda due: (d := as_date(due), (today - d).days if d else 0))
    for r in tuples(
        session,
        with_names(
            "SELECT n.id, n.category, n.owner, n.due_on, n.status, n.household_id, n.unit_id "
            f"FROM need n WHERE n.archived = 0 AND {ACTIVE} AND n.due_on < :today",
            "ORDER BY l.due_on, l.id LIMIT 100000",
            units=True,
        ),
        today=t,
    ):
        nid, category, owner, due_on, status, _hid, _uid, name = r
        due, days = due_days(due_on)
        assert due is not None
        late.append(OverdueNeed(nid, name or "", category, owner or "", due, days, status))
    done: dict[str, SettledNeed] = {}
    for r in rows(
        session,
        with_names(
            "SELECT n.id, n.household_id, n.unit_id, n.category, n.owner, n.status, e.at, "
            "e.note, e.id AS event_id FROM need n "
            "JOIN need_event e ON e.need_id = n.id AND e.applied = 1 AND e.to_status = n.status "
            "WHERE n.archived = 0 AND n.status IN ('resolved', 'closed')",
            "ORDER BY l.at DESC, l.event_id DESC LIMIT 100000",
            units=True,
        ),
    ):
        if r.id not in done:  # the latest settling event of each need
            at = local_time(r.at)
            done[r.id] = SettledNeed(
                r.id,
                r.name or "",
                r.category,
                r.owner or "",
                r.status,
                at.date() if at else None,
                r.note or "",
            )
    return NeedsLedger(ledger, late, list(done.values()))


def status_labels() -> dict[str, str]:
    """Each status's label in the current language, looked up once per report: a
    ledger of 50,000 needs spent 0.37 s translating the four labels row by row."""
    return {
        "open": translate("Reports", "open"),
        "in_progress": translate("Reports", "in progress"),
        "resolved": translate("Reports", "resolved"),
        "closed": translate("Reports", "closed"),
    }


def needs_tables(ledger: NeedsLedger) -> list[Table]:
    main = Table(
        name=translate("Reports", "Needs ledger"),
        title=translate("Reports", "Needs ledger"),
        columns=[
            Column("category", translate("Reports", "Category")),
            Column("owner", translate("Reports", "Owner")),
            Column("recorded", translate("Reports", "Recorded"), "int", total=True),
            Column("open", translate("Reports", "Open"), "int", total=True),
            Column("in_progress", translate("Reports", "In progress"), "int", total=True),
            Column("resolved", translate("Reports", "Resolved"), "int", total=True),
            Column("closed", translate("Reports", "Closed"), "int", total=True),
            Column("overdue", translate("Reports", "Overdue"), "int", total=True),
            Column("age", translate("Reports", "Average age (days)"), "int"),
            Column("oldest", translate("Reports", "Oldest (days)"), "int"),
        ],
        rows=[
            (
                r.category,
                r.owner,
                r.recorded,
                r.open,
                r.in_progress,
                r.resolved,
                r.closed,
                r.overdue,
                r.avg_open_age_days,
                r.oldest_open_days,
            )
            for r in ledger.rows
        ],
        alerts={i for i, r in enumerate(ledger.rows) if r.overdue},
        note=ledger.headline(),
    )
    labels = status_labels()
    late = Table(
        name=translate("Reports", "Overdue"),
        title=translate("Reports", "Overdue needs"),
        columns=[
            Column("household", translate("Reports", "Household")),
            Column("category", translate("Reports", "Category")),
            Column("owner", translate("Reports", "Owner")),
            Column("status", translate("Reports", "Status")),
            Column("due", translate("Reports", "Due"), "date"),
            Column("days", translate("Reports", "Days overdue"), "int"),
        ],
        rows=[
            (
                o.household,
                o.category,
                o.owner,
                labels.get(o.status, o.status),
                o.due_on,
                o.days_overdue,
            )
            for o in ledger.overdue
        ],
    )
    settled = Table(
        name=translate("Reports", "Settled"),
        title=translate("Reports", "Settled needs and how"),
        columns=[
            Column("household", translate("Reports", "Household")),
            Column("category", translate("Reports", "Category")),
            Column("owner", translate("Reports", "Owner")),
            Column("status", translate("Reports", "Status")),
            Column("settled_on", translate("Reports", "Settled on"), "date"),
            Column("note", translate("Reports", "How it was settled")),
        ],
        rows=[
            (d.household, d.category, d.owner, labels.get(d.status, d.status), d.settled_on, d.note)
            for d in ledger.settled_needs
        ],
    )
    return [main, late, settled]
