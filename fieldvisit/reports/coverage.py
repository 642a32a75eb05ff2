"""Coverage (全覆盖、不遗漏) and the revisit list (回头看).

A campaign's scope is every live household still in hardship (not archived,
not merged, status ``needy``) that is assigned to a team. A household counts as
visited when a visit of that campaign is recorded for it — after merges, on the
surviving household. The revisit list holds households that left hardship in
the last N months and have had no visit since the day they left.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from fieldvisit.i18n import translate
from fieldvisit.reports.common import as_date, rows, team_names, temp_tables
from fieldvisit.reports.table import Column, Table
from fieldvisit.text import natural_key

SCOPE = "h.archived = 0 AND h.status = 'needy' AND h.team_id IS NOT NULL"


@dataclass(frozen=True)
class CoverageRow:
    team: str
    district: str
    in_scope: int
    visited: int

    @property
    def not_visited(self) -> int:
        return self.in_scope - self.visited

    @property
    def share(self) -> float:
        return self.visited / self.in_scope if self.in_scope else 0.0


@dataclass(frozen=True)
class Unvisited:
    household_id: str
    name: str
    team: str
    district: str
    address: str
    phone: str


@dataclass
class CoverageReport:
    campaign_id: str
    by_team_district: list[CoverageRow]
    unvisited: list[Unvisited]

    @property
    def in_scope(self) -> int:
        return sum(r.in_scope for r in self.by_team_district)

    @property
    def visited(self) -> int:
        return sum(r.visited for r in self.by_team_district)


def coverage(session: Session, campaign_id: str, *, list_limit: int = 100_000) -> CoverageReport:
    teams = team_names(session)
    # The campaign's visited households, from its range of the narrow visit index into an
    # in-memory set, then one pass over the scope's narrow index (migration 0018): with a
    # cold page cache, reading the visit and household rows themselves was most of the time.
    with temp_tables(session, "_fv_seen (id TEXT PRIMARY KEY) WITHOUT ROWID"):
        session.execute(
            text(
                "INSERT OR IGNORE INTO temp._fv_seen SELECT household_id FROM visit "
                "INDEXED BY ix_visit_campaign_household WHERE campaign_id = :cid"
            ),
            {"cid": campaign_id},
        )
        summary = [
            CoverageRow(teams.get(t, t or ""), d or "", int(n), int(seen or 0))
            for t, d, n, seen in rows(
                session,
                "SELECT h.team_id, h.district, count(*), count(v.id) FROM household h "
                f"INDEXED BY ix_household_scope LEFT JOIN temp._fv_seen v ON v.id = h.id WHERE {SCOPE} "
                "GROUP BY h.team_id, h.district",
            )
        ]
        missing = [
            Unvisited(
                r.id,
                r.name,
                teams.get(r.team_id, ""),
                r.district or "",
                r.address or "",
                r.phone or "",
            )
            for r in rows(
                session,
                "SELECT h.id, h.name, h.team_id, h.district, h.address, h.phone FROM household h "
                "WHERE h.id IN (SELECT s.id FROM household s INDEXED BY ix_household_scope "
                f"WHERE {SCOPE.replace('h.', 's.')} AND s.id NOT IN (SELECT id FROM temp._fv_seen)) "
                "ORDER BY h.team_id, h.district, h.name LIMIT :lim",
                lim=list_limit,
            )
        ]
    summary.sort(key=lambda r: (natural_key(r.team), natural_key(r.district)))
    return CoverageReport(campaign_id, summary, missing)


@dataclass(frozen=True)
class Revisit:
    household_id: str
    name: str
    team: str
    district: str
    left_hardship_on: date
    last_visit: date | None
    days_since_left: int


def revisits(session: Session, months: int = 6, today: date | None = None) -> list[Revisit]:
    """Households that left hardship in the last ``months`` and were not visited since."""
    today = today or date.today()
    since = today - timedelta(days=round(months * 30.44))
    teams = team_names(session)
    out = []
    for r in rows(
        session,
        "SELECT h.id, h.name, h.team_id, h.district, h.left_hardship_on, "
        "(SELECT max(v.visited_on) FROM visit v WHERE v.household_id = h.id) AS last_visit "
        "FROM household h WHERE h.archived = 0 AND h.status = 'left_hardship' "
        "AND h.left_hardship_on >= :since AND NOT EXISTS (SELECT 1 FROM visit v "
        "WHERE v.household_id = h.id AND v.visited_on >= h.left_hardship_on) "
        "ORDER BY h.left_hardship_on, h.name",
        since=since.isoformat(),
    ):
        left = as_date(r.left_hardship_on)
        assert left is not None
        out.append(
            Revisit(
                r.id,
                r.name,
                teams.get(r.team_id, ""),
                r.district or "",
                left,
                as_date(r.last_visit),
                (today - left).days,
            )
        )
    return out


def coverage_tables(report: CoverageReport, campaign: str) -> list[Table]:
    summary = Table(
        name=translate("Reports", "Coverage"),
        title=translate("Reports", "Coverage of %1").replace("%1", campaign),
        columns=[
            Column("team", translate("Reports", "Team")),
            Column("district", translate("Reports", "District")),
            Column("scope", translate("Reports", "Households in scope"), "int", total=True),
            Column("visited", translate("Reports", "Visited"), "int", total=True),
            Column("missing", translate("Reports", "Not yet visited"), "int", total=True),
            Column("share", translate("Reports", "Coverage"), "pct"),
        ],
        rows=[
            (r.team, r.district, r.in_scope, r.visited, r.not_visited, r.share)
            for r in report.by_team_district
        ],
        note=translate("Reports", "%1 in scope, %2 visited, %3 not yet visited")
        .replace("%1", str(report.in_scope))
        .replace("%2", str(report.visited))
        .replace("%3", str(report.in_scope - report.visited)),
    )
    listing = Table(
        name=translate("Reports", "Not visited"),
        title=translate("Reports", "Households not yet visited"),
        columns=[
            Column("team", translate("Reports", "Team")),
            Column("district", translate("Reports", "District")),
            Column("name", translate("Reports", "Household")),
            Column("address", translate("Reports", "Address")),
            Column("phone", translate("Reports", "Phone")),
        ],
        rows=[(u.team, u.district, u.name, u.address, u.phone) for u in report.unvisited],
    )
    return [summary, listing]


def revisits_table(items: list[Revisit], months: int) -> Table:
    n_items = len(items)  # a plain name: pyside6-lupdate skips calls with expressions
    return Table(
        name=translate("Reports", "Revisits"),
        title=translate(
            "Reports", "Left hardship in the last %1 months, not visited since"
        ).replace("%1", str(months)),
        columns=[
            Column("name", translate("Reports", "Household")),
            Column("team", translate("Reports", "Team")),
            Column("district", translate("Reports", "District")),
            Column("left", translate("Reports", "Left hardship on"), "date"),
            Column("last", translate("Reports", "Last visit"), "date"),
            Column("days", translate("Reports", "Days since"), "int"),
        ],
        rows=[
            (r.name, r.team, r.district, r.left_hardship_on, r.last_visit, r.days_since_left)
            for r in items
        ],
        note=translate("Reports", "%n households to revisit", None, n_items),
    )
