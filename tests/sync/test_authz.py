"""Issue 11, tried as an insider with one field laptop and its hub login.

Each attack is refused by the hub (straight INSERT: no privilege; through fv_push: the
batch is refused with the reason) and, injected into a replica anyway (a hub row the
administrator wrote, or a bundle signed by the laptop's own key), refused by the
replica's check: quarantined, never folded, listed by ``check`` and on the findings.
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from psycopg import errors
from sqlalchemy import func, select

from fieldvisit import campaigns, integrity
from fieldvisit.errors import FieldVisitError
from fieldvisit.households import edit
from fieldvisit.reports import payment_checks
from fieldvisit.store import oplog
from fieldvisit.store.merge import Op
from fieldvisit.store.models import Device, Operation, Payment, Quarantined, Team
from fieldvisit.store.replica import Replica
from fieldvisit.sync import bundle, client
from fieldvisit.units import registry
from tests.sync.util import device_conn, household, hub_ops

_seq = iter(range(10_000, 20_000))


def _op(r: Replica, entity: str, row_id: str, kind: str, fields: dict[str, Any], team) -> Op:
    return Op(
        oplog.new_id(),
        r.device_id,
        next(_seq),
        r.writer.clock.now().encode(),
        entity,
        row_id,
        kind,
        {"fields": fields},
        team,
    )


def _payment(a: Replica, hid: str, **over: Any) -> Op:
    fields = {
        "household_id": hid,
        "campaign_id": None,
        "paid_on": "2025-01-20",
        "team_id": a.team_id,
        "device_id": a.device_id,
        "cash_fen": 50_000,
        "goods": [],
        "goods_value_fen": 0,
        "receipt_no": "A1-2025-000009",
        "sign_mode": "absent",
    }
    team = over.pop("op_team", a.team_id)
    fields.update(over)
    return _op(a, "payment", oplog.new_id(), "append", fields, team)


Attack = Callable[[Replica, Replica, str, str], Op]

ATTACKS: dict[str, tuple[Attack, str]] = {
    "another team's team_id": (
        lambda a, b, ha, hb: _payment(a, hb, team_id=b.team_id, op_team=b.team_id),
        "team_scope",
    ),
    "a payment naming another device": (
        lambda a, b, ha, hb: _payment(a, ha, device_id=b.device_id),
        "payload_device",
    ),
    "minus 50,000 yuan": (
        lambda a, b, ha, hb: _payment(a, ha, cash_fen=-5_000_000),
        "amount_range",
    ),
    "10^15 fen": (lambda a, b, ha, hb: _payment(a, ha, cash_fen=10**15), "amount_range"),
    "renaming another team": (
        lambda a, b, ha, hb: _op(
            a, "team", b.team_id, "update", {"name": ["第二走访组", "X"]}, None
        ),
        "not_allowed",
    ),
    "making another device an office": (
        lambda a, b, ha, hb: _op(
            a, "device", b.device_id, "update", {"role": ["field", "office"]}, None
        ),
        "not_allowed",
    ),
    "recording itself as an office": (
        lambda a, b, ha, hb: _op(
            a,
            "device",
            a.device_id,
            "create",
            {"name": "A1", "team_id": a.team_id, "role": "office"},
            None,
        ),
        "own_record",
    ),
    "a unit merge from a field laptop": (  # merging units is the office's decision
        lambda a, b, ha, hb: Op(
            oplog.new_id(),
            a.device_id,
            next(_seq),
            a.writer.clock.now().encode(),
            "unit",
            oplog.new_id(),
            "merge",
            {"base": "", "seen": [], "into": oplog.new_id()},
            a.team_id,
        ),
        "not_allowed",
    ),
    "a campaign from a field laptop": (
        lambda a, b, ha, hb: _op(a, "campaign", oplog.new_id(), "create", {"name": "假活动"}, None),
        "not_allowed",
    ),
}


@pytest.fixture
def world(enrolled, hub_url):
    a = enrolled("A1", team="第一走访组")
    b = enrolled("B1", team="第二走访组")
    o = enrolled("OFFICE", team="办公室", office=True)
    ha, hb = household(a, "张一"), household(b, "李二")
    for r in (a, b, o, a, b, o):  # twice: everyone's registry knows everyone
        client.sync(r)
    return a, b, o, ha, hb


def _sql_insert(conn: psycopg.Connection, op: Op, pushed_by: str) -> None:
    conn.execute(
        "INSERT INTO fv_ops (op_id, device_id, seq, hlc, entity, row_id, kind, payload,"
        " team_id, pushed_by) VALUES (%s, %s, %s, %s, %s, %s, %s, %s::jsonb, %s, %s)",
        (
            op.op_id,
            op.device_id,
            op.seq,
            op.hlc,
            op.entity,
            op.row_id,
            op.kind,
            json.dumps(op.payload),
            op.team_id,
            pushed_by,
        ),
    )


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_the_hub_refuses_each_attack_from_the_laptops_own_login(world, hub_url, attack):
    a, b, _o, ha, hb = world
    make, code = ATTACKS[attack]
    op = make(a, b, ha, hb)
    before = len(hub_ops(hub_url))
    with device_conn(a) as c, pytest.raises(errors.InsufficientPrivilege):
        _sql_insert(c, op, a.device_id)  # straight into the log: no longer allowed at all
    with device_conn(a) as c, pytest.raises(errors.InsufficientPrivilege) as info:
        c.execute(client.PUSH, (a.device_id, client._batch_json([op])))
    assert info.value.diag.sqlstate == "42501"
    assert info.value.diag.message_detail == code
    assert op.op_id in (info.value.diag.message_primary or "")
    assert len(hub_ops(hub_url)) == before


def test_a_refused_operation_refuses_its_whole_batch(world, hub_url):
    """Through the normal API: the laptop renames another team, then syncs."""
    a, b, *_ = world
    household(a, "王五")  # a good change in the same batch
    with a.session() as s:
        s.info.pop(oplog.GUARD_KEY)  # a laptop whose program was altered
        oplog.update(s, "team", b.team_id, {"name": "改名组"})
    before = {o["op_id"] for o in hub_ops(hub_url)}
    with pytest.raises(client.PushRefused, match="not_allowed"):
        client.sync(a)
    assert {o["op_id"] for o in hub_ops(hub_url)} == before  # nothing half-in
    client.sync(b)
    with b.reader() as s:
        assert s.get(Team, b.team_id).name == "第二走访组"


def test_an_enrolled_field_laptop_refuses_such_changes_before_recording_them(world):
    a, b, *_ = world
    with pytest.raises(FieldVisitError, match="may not make this change"), a.session() as s:
        oplog.update(s, "team", b.team_id, {"name": "改名组"})
    with pytest.raises(FieldVisitError, match="may not make this change"), a.session() as s:
        campaigns.create_campaign(s, campaigns.CampaignInput(name="自设活动"))
    with pytest.raises(FieldVisitError, match="may not make this change"), a.session() as s:
        edit.create_household(s, edit.HouseholdInput(name="外组户"), team_id=b.team_id)
    with a.session() as s:
        u1 = registry.create_unit(s, registry.UnitInput(name="城东供电所"))
        u2 = registry.create_unit(s, registry.UnitInput(name="城東供電所"))
    with pytest.raises(FieldVisitError, match="may not make this change"), a.session() as s:
        registry.merge_units(s, u2, u1)  # the office decides a unit merge
    assert all(o.entity != "campaign" for o in client.outbox_of(a))
    assert all(o.kind != "merge" for o in client.outbox_of(a))
    household(a, "本组户")  # its own team's work goes on
    assert client.sync(a).pushed >= 1


def test_a_field_device_cannot_push_in_another_devices_name(world):
    a, b, _o, ha, _hb = world
    op = _payment(a, ha)
    forged = Op(**{**op.__dict__, "device_id": b.device_id})
    with device_conn(a) as c, pytest.raises(errors.InsufficientPrivilege, match="name of"):
        c.execute(client.PUSH, (b.device_id, client._batch_json([forged])))


def _folded(r: Replica, op_id: str) -> bool:
    with r.reader() as s:
        return s.get(Operation, op_id) is not None


def _held(r: Replica) -> dict[str, Quarantined]:
    with r.reader() as s:
        return {q.op_id: q for q in s.execute(select(Quarantined)).scalars()}


def _paid(r: Replica) -> int:
    with r.reader() as s:
        return int(s.execute(select(func.coalesce(func.sum(Payment.cash_fen), 0))).scalar() or 0)


def test_hub_rows_written_by_the_administrator_are_quarantined_by_every_replica(world, hub_url):
    a, b, o, ha, hb = world
    ops = {name: make(a, b, ha, hb) for name, (make, _code) in ATTACKS.items()}
    paid = _paid(o)
    with psycopg.connect(hub_url) as admin:
        for op in ops.values():
            _sql_insert(admin, op, a.device_id)
    client.sync(o)
    client.sync(b)
    held = _held(o)
    for name, op in ops.items():
        assert not _folded(o, op.op_id), name
        assert held[op.op_id].reason == ATTACKS[name][1], name
        assert held[op.op_id].sent_by == a.device_id
        assert held[op.op_id].source == "hub"
    assert _paid(o) == paid  # the budget never sees the forged money
    with o.reader() as s:
        assert s.get(Team, b.team_id).name == "第二走访组"
        assert s.get(Device, b.device_id).role == "field"
        problems = [p for p in integrity.run(s) if p.check == "quarantine"]
        refused = [
            f for f in payment_checks.payment_findings(s) if f.kind == payment_checks.REFUSED
        ]
    assert {p.message.split()[1] for p in problems} == {op.op_id for op in ops.values()}
    assert all("A1" in p.message for p in problems)
    assert {f.key.split(":", 1)[1] for f in refused} == {op.op_id for op in ops.values()}
    assert all("A1" in f.who for f in refused)
    # B sees what its team scope lets it read, and folds none of it either.
    with b.reader() as s:
        assert s.get(Team, b.team_id).name == "第二走访组"
        assert s.get(Device, b.device_id).role == "field"
    assert all(not _folded(b, op.op_id) for op in ops.values())
    # A later sync does not fold them either (re-checked, still refused).
    client.sync(o)
    assert all(not _folded(o, op.op_id) for op in ops.values())
    assert set(_held(o)) == set(held)


def forge_bundle(r: Replica, ops: list[Op], path: Path, for_device: str | None = None) -> None:
    """A bundle signed with the laptop's own key, carrying whatever it likes."""
    header = {
        "format": bundle.FORMAT,
        "org_id": r.settings["org_id"],
        "device_id": r.device_id,
        "device_name": r.settings["device_name"],
        "count": len(ops),
        "first_seq": 0,
        "last_seq": 0,
        "for_device": for_device,
        "acks": {},
        "created": datetime.now(UTC).isoformat(),
    }
    head = json.dumps(header, ensure_ascii=False, sort_keys=True).encode()
    lines = b"\n".join(json.dumps(o.to_dict(), ensure_ascii=False).encode() for o in ops)
    nonce = os.urandom(12)
    key = bytes.fromhex(r.settings["bundle_key"])
    body = nonce + AESGCM(key).encrypt(nonce, zlib.compress(lines), head)
    signed = (
        bundle.MAGIC
        + struct.pack(">BI", bundle.FORMAT, len(head))
        + head
        + struct.pack(">Q", len(body))
        + body
    )
    signer = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(r.settings["signing_key"]))
    path.write_bytes(signed + signer.sign(signed))


def test_a_forged_bundle_is_quarantined_not_folded(world, tmp_path):
    a, b, o, ha, hb = world
    ops = {
        name: make(a, b, ha, hb)
        for name, (make, _code) in ATTACKS.items()
        if name != "another team's team_id"  # that one the office would take: see scope tests
    }
    ops["another team's team_id"] = ATTACKS["another team's team_id"][0](a, b, ha, hb)
    paid = _paid(o)
    f = tmp_path / "forged.fvb"
    forge_bundle(a, list(ops.values()), f)
    rep = bundle.import_bundle(o, f)
    assert rep.applied == 0
    held = _held(o)
    for name, op in ops.items():
        assert not _folded(o, op.op_id), name
        assert held[op.op_id].reason == ATTACKS[name][1], name
        assert held[op.op_id].source == "bundle" and held[op.op_id].sent_by == a.device_id
    assert _paid(o) == paid


def test_an_office_relaying_a_field_bundle_stays_traceable(world, hub_url, tmp_path):
    a, _b, o, ha, _hb = world
    good = household(a, "赵六")
    f = tmp_path / "a.fvb"
    bundle.export_bundle(a, f)
    bundle.import_bundle(o, f)
    client.sync(o)  # the office relays A's operations
    rows = [r for r in hub_ops(hub_url) if r["row_id"] == good]
    assert len(rows) == 1
    with psycopg.connect(hub_url) as admin:
        pushed_by = admin.execute(
            "SELECT pushed_by FROM fv_ops WHERE op_id = %s", (rows[0]["op_id"],)
        ).fetchone()
    assert pushed_by == (o.device_id,)
    assert ha


def test_a_reversal_must_cancel_the_payment_it_names(world, hub_url):
    a, b, o, ha, _hb = world
    pay = _payment(a, ha)
    with device_conn(a) as c:
        c.execute(client.PUSH, (a.device_id, client._batch_json([pay])))
        c.commit()
    half = _payment(a, ha, cash_fen=-25_000, reverses_id=pay.row_id)
    with device_conn(a) as c, pytest.raises(errors.InsufficientPrivilege) as info:
        c.execute(client.PUSH, (a.device_id, client._batch_json([half])))
    assert info.value.diag.message_detail == "reversal_mismatch"
    exact = _payment(a, ha, cash_fen=-50_000, reverses_id=pay.row_id)
    with device_conn(a) as c:
        c.execute(client.PUSH, (a.device_id, client._batch_json([exact])))
        c.commit()
    with psycopg.connect(hub_url) as admin:
        _sql_insert(admin, half, a.device_id)
    client.sync(o)
    assert _folded(o, pay.op_id) and _folded(o, exact.op_id)
    assert _held(o)[half.op_id].reason == "reversal_mismatch"
    assert b


def test_a_reversal_that_arrives_before_its_payment_waits_then_folds(world, tmp_path):
    """An office pushes its own operations before those it relays, so a void can reach a
    replica before the payment: it waits in quarantine and folds when the payment comes."""
    a, _b, o, ha, _hb = world
    pay = _payment(a, ha)
    rev = _payment(a, ha, cash_fen=-50_000, reverses_id=pay.row_id)
    f1, f2 = tmp_path / "1.fvb", tmp_path / "2.fvb"
    forge_bundle(a, [rev], f1)
    forge_bundle(a, [pay], f2)
    bundle.import_bundle(o, f1)
    assert _held(o)[rev.op_id].reason == "reversal_unknown"
    bundle.import_bundle(o, f2)
    assert _folded(o, pay.op_id) and _folded(o, rev.op_id)
    assert _held(o) == {}
