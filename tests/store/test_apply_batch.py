"""merge.apply_batch (imports, demo data, sync pulls) gives exactly what merge.apply gives,
whatever the order and duplicates."""

from __future__ import annotations

import random

from fieldvisit import demo
from fieldvisit.households import edit
from fieldvisit.store.merge import apply, apply_batch
from tests.helpers import all_ops, canonical


def test_batch_fold_equals_one_by_one_merge(make_replica):
    src = make_replica("SRC")
    demo.generate(src, 30, seed=4)
    with src.reader() as s:
        ids = [h.id for h in s.query(edit.Household).order_by(edit.Household.id)]
    with src.session() as s:  # edits, deletes and merges among the facts
        edit.update_household(s, ids[0], {"address": "新址"})
        edit.archive_household(s, ids[1])
        edit.merge_households(s, ids[2], ids[3], "同一家庭，身份证号录错")
    ops = all_ops(src)
    rng = random.Random(11)
    for trial in range(5):
        shuffled = ops + rng.sample(ops, 40)  # duplicates too
        rng.shuffle(shuffled)
        one = make_replica(f"ONE{trial}")
        fast = make_replica(f"FAST{trial}")
        with one.session() as s:
            for op in shuffled:
                apply(s, op)
        with fast.session() as s:
            for i in range(0, len(shuffled), 97):
                apply_batch(s, shuffled[i : i + 97])
        a, b = canonical(one), canonical(fast)
        for dump, r in ((a, one), (b, fast)):  # each holds its own bootstrap rows
            dump["team"] = [t for t in dump["team"] if t["id"] != r.team_id]
            dump["device"] = [d for d in dump["device"] if d["id"] != r.device_id]
        assert a == b
