"""Demo data as real families look, so what people try in the demo is what they meet."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import select

from fieldvisit import campaigns, demo
from fieldvisit.store.models import Household, Member


def test_families_and_campaign_dates_are_plausible(make_replica: Any) -> None:
    r = make_replica("HZ01")
    demo.generate(r, 400, seed=11)
    today = date.today()
    with r.reader() as s:
        running = campaigns.current(s)
        assert running is not None and running.starts_on <= today <= running.ends_on
        heads = {h.id: h for h in s.execute(select(Household)).scalars()}
        members = list(s.execute(select(Member)).scalars())
    per = Counter(m.household_id for m in members)
    for hid, h in heads.items():
        assert h.family_size >= per[hid] + 1, (h.name, h.family_size, per[hid])
    for rel in ("配偶", "父亲", "母亲"):
        twice = Counter(m.household_id for m in members if m.relation == rel)
        assert max(twice.values(), default=0) <= 1, rel
    for m in members:  # parents older than the head, children younger, nobody unborn
        head = heads[m.household_id]
        assert m.birth_date is not None and m.birth_date < today
        head_born = date(
            int(head.id_number[6:10]), int(head.id_number[10:12]), int(head.id_number[12:14])
        )
        if m.relation in ("父亲", "母亲"):
            assert m.birth_date < head_born
        if m.relation in ("子", "女", "孙子", "孙女"):
            assert m.birth_date > head_born


def test_the_demos_needs_are_as_old_as_the_visits_they_were_raised_at(make_replica: Any) -> None:
    """The needs ledger of the demo shows waits as a team would meet them: every need,
    a household's or a unit's, raised at a visit and counted from its day."""
    from sqlalchemy import text

    from fieldvisit.needs import CATEGORIES
    from fieldvisit.reports import needs_ledger
    from fieldvisit.units import wishlist

    r = make_replica("OFFICE", team="办公室", role="office")
    demo.generate(r, 60, seed=4)
    today = date.today()
    with r.reader() as s:
        unraised = s.execute(text("SELECT count(*) FROM need WHERE visit_id IS NULL")).scalar()
        days = s.execute(text("SELECT count(*) FROM need_day")).scalar()
        needs = s.execute(text("SELECT count(*) FROM need")).scalar()
        (heard,) = s.execute(  # the day the factory's workers were heard
            text("SELECT DISTINCT v.visited_on FROM need n JOIN unit_visit v ON v.id = n.visit_id")
        ).one()
        unit_open = [
            row
            for row in needs_ledger.needs_ledger(s, today).rows
            if row.category in set(wishlist.CATEGORIES) - set(CATEGORIES) and row.open
        ]
    assert (unraised, days) == (0, needs)
    assert unit_open
    assert {row.oldest_open_days for row in unit_open} == {
        (today - date.fromisoformat(str(heard))).days
    }
