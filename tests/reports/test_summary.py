"""The campaign summary counts households as its definition says, whichever way it is
grouped: after voids, merges and visits by more than one team."""

from __future__ import annotations

import random
from collections import defaultdict

import pytest
from sqlalchemy import select, text

from fieldvisit import demo, visits
from fieldvisit.households import edit
from fieldvisit.reports import payment_checks, summary
from fieldvisit.store.models import Distribution, Household, Payment, Team, Unit, Visit


def _by_definition(s, campaign_id: str | None, by: str | None) -> dict[tuple[str, str], tuple]:
    """(campaign, group) -> (packages from households, households visited), row by row:
    a household paid a positive net sum in a campaign by a team is one package; a
    household visited counts once per group, a merged-away one as its survivor."""
    teams = dict(s.execute(select(Team.id, Team.name)).all())
    district = dict(s.execute(select(Household.id, Household.district)).all())
    district |= dict(s.execute(select(Unit.id, Unit.district)).all())
    merged = dict(s.execute(select(Household.id, Household.merged_into)).all())

    def survivor(h: str) -> str:
        seen = [h]
        while merged.get(seen[-1]) and merged[seen[-1]] not in seen:
            seen.append(merged[seen[-1]])
        return seen[-1]

    def group(team: str | None, hid: str) -> str:
        if by == "team":
            return teams.get(team or "", team or "")
        return (district.get(hid) or "") if by == "district" else ""

    net: dict[tuple, int] = defaultdict(int)
    for p in s.scalars(select(Payment)):
        net[(p.campaign_id, p.team_id, p.household_id)] += p.cash_fen + p.goods_value_fen
    packages: dict[tuple[str, str], int] = defaultdict(int)
    for (cid, team, hid), fen in net.items():
        if fen > 0 and cid and campaign_id in (None, cid):
            packages[(cid, group(team, hid))] += 1
    for d in s.scalars(select(Distribution)):  # units' packages are their own figure
        if campaign_id in (None, d.campaign_id):
            packages[(d.campaign_id, group(d.team_id, d.unit_id))] += d.packages
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for v in s.scalars(select(Visit)):
        if v.campaign_id and campaign_id in (None, v.campaign_id):
            seen[(v.campaign_id, group(v.team_id, v.household_id))].add(survivor(v.household_id))
    return {k: (packages.get(k, 0), len(seen.get(k, ()))) for k in {*packages, *seen}}


@pytest.fixture
def busy(make_replica):
    """Demo households of three teams, then voids, merges and a second team's visits."""
    office = make_replica("OFFICE", team="办公室", role="office")
    demo.generate(office, 60, seed=4)
    rng = random.Random(8)
    with office.reader() as s:
        hids = list(s.scalars(select(Household.id).order_by(Household.id)))
        pids = list(
            s.scalars(select(Payment.id).where(Payment.reverses_id.is_(None)).order_by(Payment.id))
        )
        visited = list(
            s.execute(select(Visit.campaign_id, Visit.household_id, Visit.visited_on)).all()
        )
    with office.session() as s:
        for pid in rng.sample(pids, 8):
            payment_checks.void_payment(s, pid, "错录")
        for loser, keep in zip(hids[:6:2], hids[1:6:2], strict=True):
            edit.merge_households(s, loser, keep, "同一家庭")
        for cid, hid, day in rng.sample(visited, 10):  # the office visits again
            if s.get(Household, hid).merged_into is None:
                visits.record_visit(
                    s, visits.VisitInput(household_id=hid, visited_on=day, campaign_id=cid)
                )
        # another team's visit to households already visited (as a sync brings it):
        # once for the campaign and the district, once for each team
        s.execute(
            text(
                "INSERT INTO visit (id, household_id, orig_household_id, campaign_id, team_id, "
                "device_id, visited_on, observations, created_at) "
                "SELECT id || '-b', household_id, orig_household_id, campaign_id, "
                "(SELECT min(id) FROM team WHERE id != v.team_id), device_id, visited_on, "
                "observations, created_at FROM visit v ORDER BY id LIMIT 12"
            )
        )
    return office


@pytest.mark.parametrize("by", [None, "team", "district"])
def test_households_are_counted_as_the_definition_says(busy, by: str | None) -> None:
    with busy.reader() as s:
        camps = sorted(set(s.scalars(select(Payment.campaign_id).distinct())) - {None})
        for campaign_id in (None, camps[0]):
            rows = summary.campaign_summary(s, campaign_id, by)
            got = {
                (r.campaign_id, r.group): (r.packages, r.households_visited)
                for r in rows
                if r.packages or r.households_visited
            }
            want = _by_definition(s, campaign_id, by)
            assert got == {k: v for k, v in want.items() if any(v)}
            assert sum(v[1] for v in want.values()) > 0 and sum(v[0] for v in want.values()) > 0
        if by == "team":
            assert len({g for _c, g in want}) > 1  # more than one team's cells
