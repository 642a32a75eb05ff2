"""Coverage of units (全覆盖): every live unit assigned to a team, visited in the campaign or not."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.i18n import translate
from fieldvisit.reports.common import team_names
from fieldvisit.reports.table import Column, Table
from fieldvisit.store.models import Unit, UnitVisit


@dataclass(frozen=True)
class UnitCoverage:
    in_scope: int
    visited: int
    unvisited: list[tuple[str, str, str, str]]  # team, district, name, contact


def unit_coverage(session: Session, campaign_id: str) -> UnitCoverage:
    visited = set(
        session.execute(
            select(UnitVisit.unit_id).where(UnitVisit.campaign_id == campaign_id)
        ).scalars()
    )
    teams = team_names(session)
    scope = list(
        session.execute(
            select(Unit)
            .where(Unit.archived.is_(False), Unit.team_id.is_not(None))
            .order_by(Unit.team_id, Unit.district, Unit.name)
        ).scalars()
    )
    missing = [
        (
            teams.get(u.team_id or "", u.team_id or ""),
            u.district or "",
            u.name,
            " ".join(x for x in (u.contact_name, u.contact_phone) if x),
        )
        for u in scope
        if u.id not in visited
    ]
    return UnitCoverage(len(scope), len(scope) - len(missing), missing)


def unit_coverage_table(cov: UnitCoverage) -> Table:
    return Table(
        name=translate("Reports", "Units not visited"),
        title=translate("Reports", "Units not yet visited"),
        columns=[
            Column("team", translate("Reports", "Team")),
            # Its own context: "Reports" has a household's district (区域), a unit's is 街道.
            Column("district", translate("UnitReports", "District")),
            Column("name", translate("Reports", "Unit")),
            Column("contact", translate("Reports", "Contact")),
        ],
        rows=list(cov.unvisited),
        note=translate("Reports", "%1 units in scope, %2 visited, %3 not yet visited")
        .replace("%1", str(cov.in_scope))
        .replace("%2", str(cov.visited))
        .replace("%3", str(cov.in_scope - cov.visited)),
    )
