"""A unit distribution's void must cancel it exactly, as a payment's must: a laptop that
writes a "reversal" taking back less (or more, or another unit's) is refused by the hub and
quarantined by every replica, and cannot displace the genuine void (one reversal stands)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldvisit.store import oplog
from fieldvisit.store.models import Distribution, Quarantined
from fieldvisit.store.replica import Replica
from fieldvisit.sync import bundle, client
from fieldvisit.units import distributions as dist
from fieldvisit.units import registry as units


def _distribute(r: Replica) -> tuple[str, str]:
    with r.session() as s:
        uid = units.create_unit(s, units.UnitInput(name="人民医院", kind="医院"))
        res = dist.record_unit_visit(
            s,
            dist.UnitVisitInput(
                unit_id=uid,
                visited_on=date(2026, 1, 20),
                visitors="李工会",
                distribution=dist.DistributionInput(
                    cash_fen=3_000_00, packages=20, workers_reached=23, representative_name="王主任"
                ),
            ),
        )
    assert res.distribution_id
    return uid, res.distribution_id


def _partial_reversal(r: Replica, did: str, **wrong: object) -> None:
    """What void_distribution writes, with one figure changed."""
    with r.session() as s:
        d = s.get(Distribution, did)
        assert d is not None
        fields = {
            "unit_id": d.unit_id,
            "visit_id": d.visit_id,
            "campaign_id": d.campaign_id,
            "team_id": d.team_id,
            "device_id": r.device_id,
            "paid_on": date(2026, 1, 21),
            "cash_fen": -d.cash_fen,
            "goods": [],
            "goods_value_fen": 0,
            "packages": -d.packages,
            "workers_reached": -d.workers_reached,
            "sign_mode": d.sign_mode,
            "receipt_no": d.receipt_no,
            "reverses_id": did,
            "reason": "作废",
        }
        fields.update(wrong)
        oplog.create(s, "distribution", str(uuid.uuid4()), fields, team_id=d.team_id)


def _net(r: Replica, did: str) -> tuple[int, int]:
    with r.reader() as s:
        cash = s.execute(
            select(func.coalesce(func.sum(Distribution.cash_fen), 0)).where(
                (Distribution.id == did) | (Distribution.reverses_id == did)
            )
        ).scalar()
        held = s.execute(select(func.count()).select_from(Quarantined)).scalar()
    return int(cash or 0), int(held or 0)


@pytest.mark.parametrize(
    "wrong",
    [{"cash_fen": -1}, {"packages": 0}, {"workers_reached": -1}, {"unit_id": "another-unit"}],
    ids=["cash", "packages", "reach", "unit"],
)
def test_a_reversal_that_does_not_cancel_the_distribution_is_refused(
    enrolled, tmp_path: Path, wrong: dict[str, object]
) -> None:  # type: ignore[no-untyped-def]
    a, b = enrolled("A1"), enrolled("A2")
    office = enrolled("OFFICE", team="办公室", office=True)
    for r in (office, b):
        client.sync(r)
    _uid, did = _distribute(a)
    client.sync(a)
    client.sync(b)
    _partial_reversal(b, did, **wrong)
    with pytest.raises(client.PushRefused, match="reversal_mismatch"):
        client.sync(b)
    # The same operation carried on a USB stick waits in the office's quarantine.
    for r in (a, office):
        client.sync(r)
    f = tmp_path / "b.fvb"
    bundle.export_bundle(b, f)
    bundle.import_bundle(office, f)
    assert _net(office, did) == (3_000_00, 1)
