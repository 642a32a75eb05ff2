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
