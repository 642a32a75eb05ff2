"""Receipts signed by the issuing device: one enrolled laptop cannot vouch for another's.

The insider has laptop A with everything enrolment gave it (its hub login,
its signing key, whatever receipt key it holds) and tries to make a QR code
the office's ``receipt verify`` calls genuine for a receipt of laptop B.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldvisit.payments import GoodsLine, PaymentInput, record_payment
from fieldvisit.receipts import payload, render_receipt, signers
from fieldvisit.receipts.verify import (
    ALTERED,
    FORGED,
    GENUINE,
    SIGNED,
    UNKNOWN,
    verify_payload,
    verify_pdf,
)
from fieldvisit.store.models import Payment
from fieldvisit.store.replica import Replica
from fieldvisit.sync import client
from tests.sync.util import household


def _pay(r: Replica, cash_fen: int = 50_000, goods_fen: int = 0) -> Payment:
    hid = household(r, "李二")
    goods = [GoodsLine("大米", "袋", 1, goods_fen)]
    with r.session() as s:
        pid = record_payment(
            s,
            household_id=hid,
            campaign_id=None,
            paid_on=date(2025, 12, 1),
            data=PaymentInput(cash_fen=cash_fen, goods=goods if goods_fen else []),
            team_id=r.team_id,
        )
        p = s.get(Payment, pid)
        assert p is not None
        return p


def _codes_a_can_mint(a: Replica, p: Payment, **change: Any) -> list[str]:
    """Every code laptop A can make for B's receipt with the keys A holds."""
    f = {
        "receipt_no": p.receipt_no,
        "cash_fen": p.cash_fen,
        "goods_fen": p.goods_value_fen,
        "household_id": p.orig_household_id,
        "day": p.paid_on,
        **change,
    }
    out = []
    shared = a.settings.get("receipt_key")
    if shared:  # the old scheme's organisation-wide key, if enrolment handed it over
        make_old = getattr(payload, "make_old", None) or payload.make  # type: ignore[attr-defined]
        out.append(
            make_old(
                bytes.fromhex(shared), f["receipt_no"], f["cash_fen"], f["household_id"], f["day"]
            ).text()
        )
    sign = getattr(payload, "sign", None)
    if sign is not None:
        key = payload.private_key(a.settings["signing_key"])
        for claimed in (a.device_id, p.device_id):  # in A's name, and naming B
            out.append(
                sign(
                    key,
                    claimed,
                    f["receipt_no"],
                    f["cash_fen"],
                    f["goods_fen"],
                    f["household_id"],
                    f["day"],
                ).text()
            )
    return out


def test_a_laptop_cannot_mint_a_code_that_verifies_for_another_laptops_receipt(enrolled) -> None:
    a = enrolled("HZ01")
    b = enrolled("HZ02")
    office = enrolled("OFFICE", team="办公室", office=True)
    p = _pay(b)
    for r in (b, a, office):
        client.sync(r)
    codes = _codes_a_can_mint(a, p)
    assert codes
    with office.reader() as s:
        for code in codes:
            v = verify_payload(s, code)
            assert v.status != GENUINE, code
            assert v.status in (FORGED, ALTERED), (code, v)
    # nor for B's next receipt, which the office has not seen yet
    nxt = str(p.receipt_no)[:-6] + f"{int(str(p.receipt_no)[-6:]) + 1:06d}"
    with office.reader() as s:
        for code in _codes_a_can_mint(a, p, receipt_no=nxt):
            v = verify_payload(s, code)
            assert v.status in (FORGED, ALTERED), (code, v)


def test_field_laptops_no_longer_receive_the_shared_receipt_key(enrolled) -> None:
    a = enrolled("HZ01")
    office = enrolled("OFFICE", team="办公室", office=True)
    assert not a.settings.get("receipt_key")
    assert office.settings.get("receipt_key")  # to check receipts printed under the old scheme


def test_printed_receipt_read_by_zbar_verifies_at_the_office_and_with_a_registry_file(
    enrolled, tmp_path: Path
) -> None:
    b = enrolled("HZ02")
    office = enrolled("OFFICE", team="办公室", office=True)
    p = _pay(b, cash_fen=120_000, goods_fen=35_000)
    pdf = tmp_path / "r.pdf"
    with b.session() as s:
        render_receipt(s, p.id, pdf)
    client.sync(b)
    client.sync(office)
    with office.reader() as s:
        v = verify_pdf(s, pdf)
    assert v.status == GENUINE, v
    assert v.scheme == "signed" and v.signer and v.signer["name"] == "HZ02"
    # the code the registry vouches for is the one B's hub registration holds
    reg_file = tmp_path / "registry.json"
    with office.session() as s:
        signers.export(s, reg_file)
    reg = signers.load(reg_file)
    assert b.device_id in reg and "HZ02" in reg[b.device_id].prefixes
    assert verify_pdf(None, pdf, reg).status == SIGNED
    # the registry file holds no secret
    text = reg_file.read_text("utf-8")
    for secret in ("signing_key", "receipt_key", "bundle_key", b.settings["signing_key"]):
        assert secret not in text


def test_a_replica_created_alone_then_enrolled_keeps_verifying_its_early_receipts(
    hub_url: str, tmp_path: Path, make_replica: Any
) -> None:
    from fieldvisit.sync import enrol, hub

    alone: Replica = make_replica("HZ05")
    p = _pay(alone)
    pdf = tmp_path / "early.pdf"
    with alone.session() as s:
        render_receipt(s, p.id, pdf)
    e = hub.enroll(hub_url, device="HZ05", team="第一走访组", device_id=alone.device_id)
    code = enrol.new_code()
    f = tmp_path / "e.fvenrol"
    enrol.seal(e.data, f, code)
    base = alone.base
    alone.close()
    r = enrol.enrol_from_file(base, f, code)
    try:
        with r.reader() as s:
            assert verify_pdf(s, pdf).status == GENUINE
        assert r.settings.get(signers.RETIRED_SETTING)
    finally:
        r.close()


def test_an_unregistered_key_is_unknown_not_genuine(enrolled) -> None:
    b = enrolled("HZ02")
    p = _pay(b)
    stranger = Ed25519PrivateKey.generate()
    code = payload.sign(
        stranger, "ffffffff-0000", str(p.receipt_no), p.cash_fen, 0, p.orig_household_id, p.paid_on
    ).text()
    with b.reader() as s:
        assert verify_payload(s, code).status == UNKNOWN


def test_a_replica_that_printed_in_this_process_then_enrols_keeps_its_early_key(
    hub_url: str, tmp_path: Path, make_replica: Any
) -> None:
    """Joining a hub from the running app: the key made at the first print is retired, not lost."""
    from fieldvisit.sync import enrol, hub

    r: Replica = make_replica("HZ06")
    p = _pay(r)
    pdf = tmp_path / "early.pdf"
    with r.session() as s:
        render_receipt(s, p.id, pdf)
    e = hub.enroll(hub_url, device="HZ06", team="第一走访组", device_id=r.device_id)
    enrol.apply_enrolment(r, e.data)
    with r.reader() as s:
        assert verify_pdf(s, pdf).status == GENUINE
