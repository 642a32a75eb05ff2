"""Row and operation ids: canonical time-ordered UUIDs (version 7 layout), as other
programs and the hub's uuid columns read them."""

from __future__ import annotations

import time
import uuid

from fieldvisit.store import oplog


def test_an_id_is_a_canonical_version_7_uuid_stamped_with_its_millisecond() -> None:
    before = time.time_ns() // 1_000_000
    ids = [oplog.new_id() for _ in range(2000)]
    after = time.time_ns() // 1_000_000
    assert len(set(ids)) == len(ids)
    for got in ids:
        u = uuid.UUID(got)
        assert str(u) == got  # lower-case, hyphens where uuid puts them
        assert u.version == 7 and u.variant == uuid.RFC_4122
        assert before <= u.int >> 80 <= after


def test_ids_made_in_later_milliseconds_sort_later() -> None:
    first = oplog.new_id()
    time.sleep(0.002)
    second = oplog.new_id()
    assert first < second
