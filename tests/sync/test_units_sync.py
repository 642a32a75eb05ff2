"""Units travel like households: through the hub to the team's laptops and the office, and by
bundle; a field laptop cannot write another team's unit or an out-of-range distribution."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import psycopg
import pytest

from fieldvisit import campaigns
from fieldvisit.store.models import Distribution, Unit
from fieldvisit.sync import bundle, client
from fieldvisit.units import distributions as dist
from fieldvisit.units import registry
from tests.sync.util import device_conn


def _visit(uid: str, cid: str) -> dist.UnitVisitInput:
    return dist.UnitVisitInput(
        unit_id=uid,
        visited_on=date.today(),
        campaign_id=cid,
        visitors="李工会",
        distribution=dist.DistributionInput(
            cash_fen=300_000, packages=20, workers_reached=23, representative_name="王主任"
        ),
    )


def test_units_reach_team_and_office_through_the_hub(enrolled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office = enrolled("OFFICE", team="办公室", office=True)
    with office.session() as s:
        cid = campaigns.create_campaign(
            s,
            campaigns.CampaignInput(
                name="夏送清凉",
                starts_on=date.today() - timedelta(days=5),
                ends_on=date.today() + timedelta(days=5),
            ),
        )
    client.sync(office)
    a, b = enrolled("A1"), enrolled("A2")
    other = enrolled("B1", team="第二走访组")
    for r in (a, b, other):
        client.sync(r)
    with a.session() as s:
        uid = registry.create_unit(s, registry.UnitInput(name="人民医院", kind="医院"))
        dist.record_unit_visit(s, _visit(uid, cid))
    client.sync(a)
    for r in (b, other, office):
        client.sync(r)
    with b.reader() as s:
        assert s.get(Unit, uid) is not None
        assert s.query(Distribution).one().cash_fen == 300_000
    with office.reader() as s:
        assert s.query(Distribution).one().workers_reached == 23
    with other.reader() as s:
        assert s.get(Unit, uid) is None  # another team's unit stays with its team

    # by USB: A2's unit visit reaches A1 in a bundle, and importing it twice changes nothing
    with b.session() as s:
        u2 = registry.create_unit(s, registry.UnitInput(name="办税服务厅", kind="窗口单位"))
    out = tmp_path / "a2.fvb"
    bundle.export_bundle(b, out)
    for _ in range(2):
        bundle.import_bundle(a, out)
    with a.reader() as s:
        assert s.get(Unit, u2) is not None


def test_a_field_laptop_cannot_push_a_forged_distribution(enrolled) -> None:  # type: ignore[no-untyped-def]
    a = enrolled("A1")
    client.sync(a)
    conn = device_conn(a)
    forged = {
        "op_id": "00000000-0000-4000-8000-000000000001",
        "device_id": a.device_id,
        "seq": 1,
        "hlc": "1" * 23,
        "entity": "distribution",
        "row_id": "d1",
        "kind": "append",
        "team_id": a.team_id,
        "payload": {
            "fields": {
                "unit_id": "u1",
                "team_id": a.team_id,
                "device_id": a.device_id,
                "cash_fen": 10**15,
                "goods": [],
                "goods_value_fen": 0,
            }
        },
    }
    import json

    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="amount_range"):
        conn.execute(client.PUSH, (a.device_id, json.dumps([forged])))
    conn.rollback()
    conn.close()
