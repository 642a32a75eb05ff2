"""The home screen's quick counts equal counting the rows they stand for."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from fieldvisit import campaigns
from fieldvisit.store.models import Campaign, Household, Operation, Setting, Visit
from fieldvisit.ui.home import summary, visited_total


def test_unsynced_and_visited_equal_counting_rows(demo_replica: Any) -> None:
    r = demo_replica
    with r.session() as s:
        newest = s.execute(
            select(func.max(Operation.seq)).where(Operation.device_id == r.device_id)
        ).scalar_one()
        s.merge(Setting(key="hub_acked_seq", value=newest // 3))
    with r.reader() as s:
        data = summary(s, r.team_id, r.device_id)
        counted = s.execute(
            select(func.count()).where(
                Operation.device_id == r.device_id, Operation.seq > newest // 3
            )
        ).scalar_one()
        assert data.unsynced == counted > 0
        assert data.visited is None  # counted in the second step
        # A day inside the campaign with visits, so the count is not trivially zero.
        some = s.execute(select(Visit.campaign_id)).scalars().first()
        day = s.execute(select(Campaign.starts_on).where(Campaign.id == some)).scalar_one()
        camp = campaigns.current(s, day)
        assert camp is not None
        visited = visited_total(s, r.team_id, day)
        rows = s.execute(
            select(Visit.household_id)
            .join(Household, Household.id == Visit.household_id)
            .where(
                Visit.campaign_id == camp.id,
                Household.archived.is_(False),
                Household.team_id == r.team_id,
            )
        ).scalars()
        assert visited == len(set(rows)) > 0
