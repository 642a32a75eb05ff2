"""Restored copies and enrolment files used twice carry on under a new device incarnation."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import func, select

from fieldvisit import backup
from fieldvisit.payments import PaymentInput, record_payment
from fieldvisit.receipts.render import render_receipt
from fieldvisit.receipts.verify import verify_pdf
from fieldvisit.store.models import Household, Operation, Payment, Quarantined
from fieldvisit.store.replica import Replica
from fieldvisit.sync import bundle, client, enrol, hub, incarnation
from tests.sync.util import device_conn, household, hub_ops, sync_in_chinese


def _pay(r: Replica, hid: str, fen: int = 30000) -> str:
    with r.session() as s:
        pid = record_payment(
            s,
            household_id=hid,
            campaign_id=None,
            paid_on=date(2025, 1, 20),
            data=PaymentInput(cash_fen=fen, recipient_name="户主"),
            team_id=r.team_id,
        )
        got = s.get(Payment, pid)
        assert got is not None and got.receipt_no
        return got.receipt_no


def _households(r: Replica) -> set[str]:
    with r.reader() as s:
        return {h.name for h in s.execute(select(Household)).scalars()}


def _log(r: Replica) -> set[str]:
    with r.reader() as s:
        return set(s.execute(select(Operation.op_id)).scalars())


def _restore(r: Replica, tmp: Path) -> Path:
    """A backup of the replica as it is now, to be opened later as a restored laptop."""
    return backup.backup(r, tmp / "usb").folder


def _hub_receipts(url: str) -> list[str]:
    return [
        o["payload"]["fields"]["receipt_no"]
        for o in hub_ops(url)
        if o["entity"] == "payment" and o["kind"] in ("create", "append")
    ]


def test_a_restored_copy_carries_on_under_a_new_incarnation(enrolled, hub_url, tmp_path):
    a = enrolled("HZ01")
    h1 = household(a, "户一")
    assert _pay(a, h1).endswith("-000001")
    client.sync(a)
    saved = _restore(a, tmp_path)
    # The original goes on working after the backup was taken.
    h2 = household(a, "户二")
    assert _pay(a, h2).endswith("-000002")
    client.sync(a)
    # The laptop is restored from the backup and used before its next sync.
    b = Replica.open(saved)
    try:
        household(b, "户三")
        rep = client.sync(b)
        assert rep.incarnated, "the copy must notice it is a copy and say so"
        assert b.device_id != a.device_id
        assert _log(b) <= {o["op_id"] for o in hub_ops(hub_url)}, "work of the copy was lost"
        assert {"户一", "户二", "户三"} <= _households(b)
        # Receipt numbers continue after the highest the hub has seen for this laptop.
        assert _pay(b, h1).endswith("-000003")
        client.sync(b)
        # Both copies keep working; each sees the other's work.
        client.sync(a)
        assert "户三" in _households(a)
        assert _pay(a, h2).endswith("-000004")
        household(a, "户四")
        client.sync(a)
        client.sync(b)
        assert "户四" in _households(b)
        ops = hub_ops(hub_url)
        assert _log(a) | _log(b) <= {o["op_id"] for o in ops}
        pairs = Counter((o["device_id"], o["seq"]) for o in ops)
        assert max(pairs.values()) == 1
        numbers = _hub_receipts(hub_url)
        assert len(numbers) == len(set(numbers)) == 4
        # A second sync of the copy changes nothing and makes no further incarnation.
        again = client.sync(b)
        assert not again.incarnated and again.pushed == 0
    finally:
        b.close()


def test_a_copy_that_made_nothing_new_also_moves_on(enrolled, hub_url, tmp_path):
    """Hub beyond the local head: the copy's next operation would reuse a number."""
    a = enrolled("HZ01")
    household(a, "户一")
    client.sync(a)
    saved = _restore(a, tmp_path)
    household(a, "户二")
    client.sync(a)
    b = Replica.open(saved)
    try:
        assert client.sync(b).incarnated
        household(b, "户三")
        client.sync(b)
        client.sync(a)
        assert {"户一", "户二", "户三"} <= _households(a)
    finally:
        b.close()


def test_one_enrolment_file_used_for_two_folders(hub_url, tmp_path):
    e = hub.enroll(hub_url, device="HZ07", team="第一走访组")
    code = enrol.new_code()
    f = tmp_path / "HZ07.fvenrol"
    enrol.seal(e.data, f, code)
    one = enrol.enrol_from_file(tmp_path / "one", f, code)
    two = enrol.enrol_from_file(tmp_path / "two", f, code)
    try:
        h1, h2 = household(one, "甲户"), household(two, "乙户")
        r1 = client.sync(one)
        r2 = client.sync(two)
        assert not r1.incarnated and r2.incarnated
        client.sync(one)
        assert _households(one) >= {"甲户", "乙户"} <= _households(two)
        assert _pay(one, h1).endswith("-000001")
        client.sync(one)
        client.sync(two)
        assert _pay(two, h2).endswith("-000002")
        client.sync(two)
        ids = {o["op_id"] for o in hub_ops(hub_url)}
        assert _log(one) | _log(two) <= ids
    finally:
        one.close()
        two.close()


def test_the_incarnation_survives_a_second_restore_and_a_reopen(enrolled, hub_url, tmp_path):
    a = enrolled("HZ01")
    household(a, "户一")
    client.sync(a)
    saved = _restore(a, tmp_path)
    household(a, "户二")
    client.sync(a)
    copy = tmp_path / "copy2"
    shutil.copytree(saved, copy)
    b = Replica.open(saved)
    client.sync(b)
    first = b.device_id
    b.close()
    b = Replica.open(saved)  # the new identity and its hub password are kept
    try:
        assert b.device_id == first
        assert not client.sync(b).incarnated
    finally:
        b.close()
    c = Replica.open(copy)  # a second copy of the same backup gets its own incarnation
    try:
        household(c, "户五")
        assert client.sync(c).incarnated
        assert c.device_id not in (a.device_id, first)
        client.sync(a)
        assert "户五" in _households(a)
    finally:
        c.close()


def test_a_field_login_cannot_claim_another_device_as_its_incarnation(enrolled, hub_url):
    a, other = enrolled("A1"), enrolled("A2")
    office = enrolled("OFFICE", team="办公室", office=True)
    with device_conn(a) as c:
        for dev in (other.device_id, office.device_id):
            with pytest.raises(errors.UniqueViolation):
                c.execute("SELECT fv_new_incarnation(%s, %s)", (dev, b"k" * 32))
            c.rollback()
        with pytest.raises(errors.InvalidParameterValue):
            c.execute("SELECT fv_new_incarnation(%s, %s)", ("x'; --", b"k" * 32))
        c.rollback()
    # An incarnation of another login cannot be written in or asked about.
    b_copy_id = "0b3c6f9e-2a4d-4e8f-9c1a-7d5e3f2b1a09"
    with device_conn(other) as c:
        c.execute("SELECT fv_new_incarnation(%s, %s)", (b_copy_id, b"k" * 32))
        c.commit()
    with device_conn(a) as c:
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute("SELECT fv_head(%s)", (b_copy_id,))
        c.rollback()
        with pytest.raises(psycopg.Error):
            c.execute(
                "INSERT INTO fv_ops (op_id, device_id, seq, hlc, entity, row_id, kind, payload,"
                " pushed_by) VALUES (gen_random_uuid()::text, %s, 1, '1', 'household', 'x',"
                " 'create', '{}', %s)",
                (b_copy_id, a.device_id),
            )
        c.rollback()
    # The incarnation is bound to its own login with the original's team and role.
    with psycopg.connect(hub_url) as c:
        row = c.execute(
            "SELECT role, team_id, incarnation_of FROM fv_device WHERE id = %s", (b_copy_id,)
        ).fetchone()
    assert row == ("field", other.team_id, other.device_id)
    # Only an office passes on incarnations started offline.
    with device_conn(a) as c:
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute(
                "SELECT fv_relay_incarnation(%s, %s, %s)",
                (other.device_id, "1b3c6f9e-2a4d-4e8f-9c1a-7d5e3f2b1a09", b"k" * 32),
            )
        c.rollback()
    # A certificate must be signed by the device it claims to continue.
    cert = incarnation._certificate(a, {"id": b_copy_id, "public_key": "ab" * 32})
    client.sync(a)
    keys = a.settings["device_keys"]
    assert incarnation.verify_certificate(cert, keys[a.device_id]["public_key"])
    assert not incarnation.verify_certificate(cert, keys[other.device_id]["public_key"])
    assert not incarnation.verify_certificate(
        {**cert, "public_key": "cd" * 32}, keys[a.device_id]["public_key"]
    )
    # Revoking the device revokes its incarnations.
    hub.revoke(hub_url, "A2")
    with psycopg.connect(hub_url) as c:
        assert c.execute(
            "SELECT bool_and(revoked) FROM fv_device WHERE id IN (%s, %s)",
            (b_copy_id, other.device_id),
        ).fetchone() == (True,)


def test_a_restored_copy_exporting_a_bundle_moves_on_first(enrolled, hub_url, tmp_path):
    """The office acknowledged more of this laptop than the copy holds: the copy's next
    numbers are taken, so it carries on under a new incarnation before writing."""
    a = enrolled("HZ01")
    office = enrolled("OFFICE", team="办公室", office=True)
    client.sync(office)
    household(a, "户一")
    client.sync(a)
    saved = _restore(a, tmp_path)
    household(a, "户二")
    client.sync(a)
    client.sync(office)
    back = tmp_path / "return.fvb"
    bundle.export_bundle(office, back, for_device=a.device_id)
    b = Replica.open(saved)
    try:
        bundle.import_bundle(b, back)  # the office's ack is beyond what the copy holds
        household(b, "户三")
        out = tmp_path / "copy.fvb"
        rep = bundle.export_bundle(b, out)
        assert rep.incarnated
        assert b.device_id != a.device_id
        got = bundle.import_bundle(office, out)
        assert got.applied >= 1
        assert "户三" in _households(office)
        client.sync(office)  # the office relays the copy's work under its new name
        client.sync(b)
        client.sync(a)
        assert "户三" in _households(a)
        pairs = Counter((o["device_id"], o["seq"]) for o in hub_ops(hub_url))
        assert max(pairs.values()) == 1
        assert _log(b) <= {o["op_id"] for o in hub_ops(hub_url)}
    finally:
        b.close()


def test_a_copy_bundle_the_office_gets_before_the_copy_knows(enrolled, hub_url, tmp_path):
    """The office holds two operations under one (device, seq): both are kept, the hub
    gets each once, and every replica ends with the hub's names for them."""
    a = enrolled("HZ01")
    office = enrolled("OFFICE", team="办公室", office=True)
    client.sync(office)
    household(a, "户一")
    client.sync(a)
    saved = _restore(a, tmp_path)
    for name in ("户二", "户二乙"):
        household(a, name)
    client.sync(a)
    client.sync(office)
    b = Replica.open(saved)
    try:
        for name in ("户三", "户三乙", "户三丙"):  # more than the original made
            household(b, name)
        out = tmp_path / "copy.fvb"
        assert not bundle.export_bundle(b, out).incarnated  # it cannot know yet
        bundle.import_bundle(office, out)
        assert {"户二", "户三", "户三丙"} <= _households(office)
        client.sync(office)  # relays what lies above the hub's head for the device
        client.sync(a)  # the original now meets the copy's numbers: it moves on too
        client.sync(b)
        for r in (office, a, b, office, a):
            client.sync(r)
        ops = hub_ops(hub_url)
        ids = {o["op_id"] for o in ops}
        assert _log(a) | _log(b) | _log(office) == ids
        assert max(Counter((o["device_id"], o["seq"]) for o in ops).values()) == 1
        names = {o["op_id"]: (o["device_id"], o["seq"]) for o in ops}
        for r in (a, b, office):
            with r.reader() as s:
                for row in s.execute(select(Operation)).scalars():
                    assert names[row.op_id] == (row.device_id, row.seq)
            assert {"户一", "户二", "户二乙", "户三", "户三乙", "户三丙"} <= _households(r)
    finally:
        b.close()


def test_the_sync_summary_says_the_laptop_moved_on(hub_url, tmp_path, capsys):
    """From the command line, in the users' language: one line, exit 0, all sent."""
    from fieldvisit.cli import main

    e = hub.enroll(hub_url, device="HZ09", team="第一走访组")
    code = enrol.new_code()
    f = tmp_path / "HZ09.fvenrol"
    enrol.seal(e.data, f, code)
    for folder in ("one", "two"):
        enrol.enrol_from_file(tmp_path / folder, f, code).close()
        with Replica.open(tmp_path / folder) as r:
            household(r, f"{folder}户")
    assert main(["--data-dir", str(tmp_path / "one"), "sync"]) == 0
    out = sync_in_chinese(tmp_path / "two", capsys)
    assert "新身份继续工作" in out, out


def _receipt_pdf(r: Replica, number: str, out: Path) -> Path:
    with r.session() as s:
        pid = s.execute(select(Payment.id).where(Payment.receipt_no == number)).scalar_one()
        render_receipt(s, pid, out)
    return out


def test_money_handed_over_on_a_copy_before_it_knew_reaches_everyone(enrolled, hub_url, tmp_path):
    """A restored laptop pays a household (and prints the signed receipt) before its first
    sync. The payment names the device that signed it, the copy's old id; the copy's
    operations go out under its new incarnation, and the hub and every laptop take them:
    the money is counted once and the receipt still verifies."""
    a = enrolled("HZ01")
    office = enrolled("OFFICE", team="办公室", office=True)
    h1 = household(a, "户一")
    client.sync(a)
    client.sync(office)
    saved = _restore(a, tmp_path)
    _pay(a, h1, 100_00)
    client.sync(a)
    b = Replica.open(saved)
    try:
        number = _pay(b, h1, 478)  # at the door, before the copy could know
        pdf = _receipt_pdf(b, number, tmp_path / "copy-receipt.pdf")
        back = tmp_path / "return.fvb"
        client.sync(office)
        bundle.export_bundle(office, back, for_device=a.device_id)
        rep = client.sync(b)
        assert rep.incarnated and rep.pushed >= 2
        for r in (office, a, b):
            client.sync(r)
        for r in (office, a, b):
            with r.reader() as s:
                paid = s.execute(
                    select(func.coalesce(func.sum(Payment.cash_fen), 0)).where(
                        Payment.household_id == h1
                    )
                ).scalar()
                held = s.execute(select(func.count()).select_from(Quarantined)).scalar()
            assert (paid, held) == (100_00 + 478, 0), r.settings["device_name"]
        with office.reader() as s:
            assert verify_pdf(s, pdf).status == "genuine"
    finally:
        b.close()


def test_money_handed_over_on_a_copy_reaches_the_office_by_bundle(enrolled, hub_url, tmp_path):
    """The same, carried on a USB stick: the copy learns it is a copy from the office's
    return bundle and exports its payment under its new incarnation."""
    a = enrolled("HZ01")
    office = enrolled("OFFICE", team="办公室", office=True)
    h1 = household(a, "户一")
    client.sync(a)
    client.sync(office)
    saved = _restore(a, tmp_path)
    household(a, "户二")
    client.sync(a)
    client.sync(office)
    back = tmp_path / "return.fvb"
    bundle.export_bundle(office, back, for_device=a.device_id)
    b = Replica.open(saved)
    try:
        _pay(b, h1, 478)
        bundle.import_bundle(b, back)
        out = tmp_path / "copy.fvb"
        assert bundle.export_bundle(b, out).incarnated
        bundle.import_bundle(office, out)
        client.sync(office)
        with office.reader() as s:
            paid = s.execute(select(func.coalesce(func.sum(Payment.cash_fen), 0))).scalar()
            held = s.execute(select(func.count()).select_from(Quarantined)).scalar()
        assert (paid, held) == (478, 0)
        assert any(
            o["entity"] == "payment" and o["device_id"] == b.device_id for o in hub_ops(hub_url)
        )
    finally:
        b.close()
