"""Bundles: signed, encrypted, idempotent; bad files rejected with nothing applied."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from fieldvisit.errors import FieldVisitError
from fieldvisit.payments import PaymentInput, record_payment
from fieldvisit.store.models import Payment
from fieldvisit.sync import client
from fieldvisit.sync.bundle import export_bundle, import_bundle
from tests.helpers import all_ops, canonical
from tests.sync.util import household, hub_ops


@pytest.fixture
def pair(enrolled):
    field = enrolled("HZ01", team="第一走访组")
    office = enrolled("OFFICE", team="办公室", office=True)
    client.sync(field)
    client.sync(office)  # learns HZ01's public key from the registry
    return field, office


def _pay(r, hid, fen=30000):
    with r.session() as s:
        return record_payment(
            s,
            household_id=hid,
            campaign_id=None,
            paid_on=date(2025, 1, 20),
            data=PaymentInput(cash_fen=fen, recipient_name="刘小山"),
            team_id=r.team_id,
        )


def test_a_bundle_carries_a_laptops_work_to_the_office_once(pair, tmp_path):
    field, office = pair
    hid = household(field)
    _pay(field, hid)
    f = tmp_path / "hz01.fvb"
    rep = export_bundle(field, f)
    assert rep.operations == rep.last_seq - rep.first_seq + 1 > 0
    got = import_bundle(office, f)
    assert got.applied == rep.operations and got.device_name == "HZ01"
    snapshot = canonical(office)
    again = import_bundle(office, f)
    assert again.applied == 0 and canonical(office) == snapshot
    with office.reader() as s:
        assert s.query(Payment).one().cash_fen == 30000


def test_the_office_relays_imported_work_to_the_hub_and_returns_a_bundle(
    pair, tmp_path, hub_url, enrolled
):
    field, office = pair
    hid = household(field)
    _pay(field, hid, 12345)
    import_bundle(office, _export(field, tmp_path / "a.fvb"))
    client.sync(office)  # passes HZ01's operations on
    on_hub = {o["op_id"] for o in hub_ops(hub_url)}
    assert {o.op_id for o in all_ops(field) if o.device_id == field.device_id} <= on_hub
    # The laptop's own later sync finds its work already there and sends nothing twice.
    assert client.sync(field).pushed == 0
    # Another laptop of the team receives it from the hub.
    other = enrolled("HZ02", team="第一走访组")
    client.sync(other)
    with other.reader() as s:
        assert s.query(Payment).one().cash_fen == 12345
    # The office's edit comes back to a laptop that never meets the hub.
    from fieldvisit.households import edit

    with office.session() as s:
        edit.update_household(s, hid, {"address": "清波街道1号"})
    lonely = enrolled("HZ03", team="第一走访组")
    client.sync(office)
    back = export_bundle(office, tmp_path / "back.fvb", for_device=lonely.device_id)
    assert back.acks[lonely.device_id] >= 0
    import_bundle(lonely, tmp_path / "back.fvb")
    with lonely.reader() as s:
        assert s.get(edit.Household, hid).address == "清波街道1号"
    # Nothing new since: the next return bundle is empty.
    assert (
        export_bundle(office, tmp_path / "back2.fvb", for_device=lonely.device_id).operations == 0
    )


def _export(r, path: Path, **kw) -> Path:
    export_bundle(r, path, **kw)
    return path


def test_a_field_bundle_after_a_return_bundle_carries_only_what_is_new(pair, tmp_path):
    field, office = pair
    household(field, "甲")
    import_bundle(office, _export(field, tmp_path / "1.fvb"))
    import_bundle(field, _export(office, tmp_path / "r.fvb", for_device=field.device_id))
    household(field, "乙")
    rep = export_bundle(field, tmp_path / "2.fvb")
    assert rep.operations == 1
    assert export_bundle(field, tmp_path / "all.fvb", everything=True).operations > 1


def test_truncated_or_flipped_bundles_are_rejected_and_change_nothing(pair, tmp_path):
    field, office = pair
    for i in range(300):
        hid = household(field, f"户{i}")
        if i % 3 == 0:
            _pay(field, hid, 100 + i)
    f = _export(field, tmp_path / "big.fvb")
    blob = f.read_bytes()
    before = canonical(office)
    rng = random.Random(3)
    cuts = sorted(
        {0, 1, 8, 9, 13, len(blob) - 1, len(blob) - 64, *rng.sample(range(len(blob)), 40)}
    )
    bad = tmp_path / "bad.fvb"
    for cut in cuts:
        bad.write_bytes(blob[:cut])
        with pytest.raises(FieldVisitError):
            import_bundle(office, bad)
    for at in rng.sample(range(len(blob)), 25):
        flipped = bytearray(blob)
        flipped[at] ^= 0x40
        bad.write_bytes(bytes(flipped))
        with pytest.raises(FieldVisitError):
            import_bundle(office, bad)
    assert canonical(office) == before
    assert import_bundle(office, f).applied > 300


def test_foreign_unknown_and_forged_bundles_are_refused(pair, tmp_path, enrolled, make_replica):
    field, office = pair
    household(field)
    f = _export(field, tmp_path / "ok.fvb")
    # A device enrolled after the office last synced is unknown to it.
    newcomer = enrolled("HZ09", team="第一走访组")
    household(newcomer, "新户")
    with pytest.raises(FieldVisitError, match="does not know"):
        import_bundle(office, _export(newcomer, tmp_path / "new.fvb"))
    # Another organisation (another org id and key).
    office.set_setting("org_id", "00000000-0000-0000-0000-000000000000")
    with pytest.raises(FieldVisitError, match="another organisation"):
        import_bundle(office, f)
    # A replica that was never enrolled cannot read bundles at all.
    with pytest.raises(FieldVisitError, match="not enrolled"):
        import_bundle(make_replica("LOCAL"), f)


def test_a_field_device_cannot_pass_on_others_work(pair, tmp_path, enrolled):
    field, office = pair
    other = enrolled("HZ02", team="第一走访组")
    household(other, "别人的户")
    client.sync(other)
    client.sync(field)
    client.sync(office)
    # Forge: the field laptop signs a bundle holding HZ02's operations.
    from fieldvisit.sync import bundle

    monkey = bundle._selection
    bundle._selection = lambda r, e, d: (bundle.Operation.device_id == other.device_id, None)  # type: ignore[assignment]
    try:
        forged = _export(field, tmp_path / "forged.fvb")
    finally:
        bundle._selection = monkey
    with pytest.raises(FieldVisitError, match="another device's name"):
        import_bundle(office, forged)
