"""Hub fixtures: a fresh hub database, enrolled replicas on it, roles dropped afterwards."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from fieldvisit.store.hlc import Clock
from fieldvisit.store.replica import Replica
from fieldvisit.sync import enrol, hub


@pytest.fixture
def hub_url(pg_database: str) -> str:
    """A hub in a fresh database; ``pg_database`` drops its roles with it."""
    hub.init(pg_database, "测试区总工会")
    return pg_database


Enrol = Callable[..., Replica]


@pytest.fixture
def enrolled(hub_url: str, tmp_path: Path) -> Iterator[Enrol]:
    """Factory: enrolled("HZ01", team="第一走访组", office=False, wall=None) -> Replica."""
    made: list[Replica] = []

    def factory(
        device: str,
        *,
        team: str = "第一走访组",
        office: bool = False,
        wall: Callable[[], int] | None = None,
    ) -> Replica:
        e = hub.enroll(hub_url, device=device, team=team, office=office)
        code = enrol.new_code()
        f = tmp_path / f"{device}-{uuid.uuid4().hex[:6]}.fvenrol"
        enrol.seal(e.data, f, code)
        r = enrol.enrol_from_file(tmp_path / f"replica-{device}-{uuid.uuid4().hex[:6]}", f, code)
        if wall is not None:
            r.writer.clock = Clock(wall=wall)
        made.append(r)
        return r

    yield factory
    for r in made:
        r.close()
