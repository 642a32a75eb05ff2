"""QR payloads: genuine, altered (any one character changed), forged, unknown, voided."""

from __future__ import annotations

import string
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldvisit import payments
from fieldvisit.errors import FieldVisitError
from fieldvisit.receipts import payload, render_receipt, signers
from fieldvisit.receipts.verify import (
    ALTERED,
    FORGED,
    GENUINE,
    UNKNOWN,
    VOIDED,
    verify_payload,
    verify_pdf,
)
from fieldvisit.store.replica import Replica

from .conftest import World, zbar_read


def _printed(world: World, pid: str, tmp_path: Path) -> tuple[Path, str]:
    out = tmp_path / f"{pid[:8]}.pdf"
    with world.replica.session() as s:
        render_receipt(s, pid, out)
    (code, _) = zbar_read(out, tmp_path)
    return out, code


def test_printed_receipt_verifies_as_genuine_with_its_ledger_entry(
    world: World, tmp_path: Path
) -> None:
    pid = world.pay(cash_fen=1_640_902)
    out, code = _printed(world, pid, tmp_path)
    with world.replica.reader() as s:
        v = verify_pdf(s, out)
    assert v.status == GENUINE
    assert v.payload == code
    assert v.entry is not None
    assert v.entry["payment_id"] == pid
    assert v.entry["cash_fen"] == 1_640_902
    assert v.entry["household"] == "王秀英"
    assert [e["kind"] for e in v.entry["events"]] == ["issue", "print"]


def test_every_single_character_change_is_rejected(world: World, tmp_path: Path) -> None:
    _, code = _printed(world, world.pay(), tmp_path)
    with world.replica.reader() as s:
        assert verify_payload(s, code).status == GENUINE
        dev_at = code.rindex("|", 0, code.rindex("|")) + 1
        for i, ch in enumerate(code):
            pool = string.digits + "abcdef" if ch in string.hexdigits else string.ascii_uppercase
            other = next(c for c in pool if c != ch)
            changed = code[:i] + other + code[i + 1 :]
            status = verify_payload(s, changed).status
            if dev_at <= i < dev_at + 8:  # the issuer's id: no such device in the registry
                assert status == UNKNOWN, (i, changed)
            else:
                assert status == ALTERED, (i, changed)


def _fields(world: World, pid: str) -> dict[str, object]:
    with world.replica.reader() as s:
        p = s.get(payments.Payment, pid)
        assert p is not None and p.receipt_no
        return {
            "receipt_no": p.receipt_no,
            "cash_fen": p.cash_fen,
            "goods_fen": p.goods_value_fen,
            "household_id": p.orig_household_id,
            "day": p.paid_on,
        }


def test_amount_or_goods_changed_and_resigned_needs_the_devices_key(world: World) -> None:
    pid = world.pay(cash_fen=120_000, goods=[payments.GoodsLine("大米", "袋", 2, 5_000)])
    f = _fields(world, pid)
    with world.replica.session() as s:
        me, key = signers.own_key(s)
    genuine = payload.sign(key, me, **f)  # type: ignore[arg-type]
    with world.replica.reader() as s:
        v = verify_payload(s, genuine.text())
        assert v.status == GENUINE and v.scheme == "signed"
        for change in ({"cash_fen": 990_000}, {"goods_fen": 90_000}):
            # the device's own key and a changed field: the ledger says otherwise
            resigned = payload.sign(key, me, **{**f, **change})  # type: ignore[arg-type]
            assert verify_payload(s, resigned.text()).status == ALTERED
            # another key claiming to be this device: the signature does not match
            other = Ed25519PrivateKey.generate()
            forged = payload.sign(other, me, **{**f, **change})  # type: ignore[arg-type]
            v = verify_payload(s, forged.text())
            assert v.status == ALTERED and "signature" in v.message
            # the printed text with only the amount edited
            edited = genuine.text().replace(f"|{f['cash_fen']}|", f"|{change.get('cash_fen', 1)}|")
            assert verify_payload(s, edited).status == ALTERED


def test_goods_value_is_in_the_code(world: World, tmp_path: Path) -> None:
    pid = world.pay(cash_fen=0, goods=[payments.GoodsLine("棉被", "床", 1, 26_800)])
    _, code = _printed(world, pid, tmp_path)
    assert code.split("|")[2:4] == ["0", "26800"]


def test_old_scheme_receipts_keep_verifying_marked_old(world: World) -> None:
    """Printed before receipts were signed: FV1 with the shared key, still checked."""
    pid = world.pay(cash_fen=66_600)
    f = _fields(world, pid)
    shared = bytes(range(32))
    world.replica.set_setting(payload.KEY_SETTING, shared.hex())
    old = payload.make_old(shared, f["receipt_no"], 66_600, f["household_id"], f["day"])  # type: ignore[arg-type]
    with world.replica.reader() as s:
        v = verify_payload(s, old.text())
        assert v.status == GENUINE and v.scheme == "old"
        changed = payload.make_old(shared, f["receipt_no"], 99_900, f["household_id"], f["day"])  # type: ignore[arg-type]
        assert verify_payload(s, changed.text()).status == ALTERED
        wrong_key = payload.make_old(
            b"\0" * 32, f["receipt_no"], 66_600, f["household_id"], f["day"]
        )  # type: ignore[arg-type]
        assert verify_payload(s, wrong_key.text()).status == ALTERED


def test_a_replica_created_alone_signs_with_its_own_key(world: World, tmp_path: Path) -> None:
    assert not world.replica.settings.get("device_keys")  # never enrolled
    _, code = _printed(world, world.pay(), tmp_path)
    assert code.startswith("FV2|")
    with world.replica.reader() as s:
        v = verify_payload(s, code)
    assert v.status == GENUINE
    assert v.signer is not None and v.signer["device_id"] == world.replica.device_id


def test_another_laptops_code_for_this_laptops_number_is_forged(
    world: World, make_replica: object
) -> None:
    """A laptop's own key, a number from another laptop's series: forged, seen or not."""
    pid = world.pay()
    f = _fields(world, pid)
    other: Replica = make_replica("HZ02")  # type: ignore[operator]
    with other.session() as s:
        oid, okey = signers.own_key(s)
    reg = {oid: signers.Signer(oid, "HZ02", "field", [payload.public_hex(okey)])}
    nxt = str(f["receipt_no"])[:-1] + "9"
    with world.replica.reader() as s:
        for no in (f["receipt_no"], nxt):
            code = payload.sign(okey, oid, **{**f, "receipt_no": no}).text()  # type: ignore[arg-type]
            v = verify_payload(s, code, reg)
            assert v.status == FORGED, v
            assert "HZ01" in v.message and "HZ02" in v.message


def test_a_field_laptop_does_not_print_another_laptops_receipt(
    world: World, make_replica: object, tmp_path: Path
) -> None:
    pid = world.pay()
    with world.replica.session() as s:
        p = s.get(payments.Payment, pid)
        assert p is not None
        p.device_id = "0" * 8 + "-elsewhere"  # as if it had come from another laptop
    with pytest.raises(FieldVisitError, match="another laptop"), world.replica.session() as s:
        render_receipt(s, pid, tmp_path / "x.pdf")


def test_voided_receipt_says_voided(world: World, tmp_path: Path) -> None:
    pid = world.pay()
    out, _ = _printed(world, pid, tmp_path)
    with world.replica.session() as s:
        payments.void_payment(s, pid, "重复发放")
    with world.replica.reader() as s:
        v = verify_pdf(s, out)
    assert v.status == VOIDED
    assert v.entry is not None and v.entry["void_reason"] == "重复发放"


def test_a_receipt_from_another_laptop_not_synced_yet_is_unknown(
    world: World, make_replica: object
) -> None:
    """Signed by a laptop in the registry but not in this ledger yet: unknown, not altered."""
    world.pay()
    other: Replica = make_replica("HZ02")  # type: ignore[operator]
    with other.session() as s:
        oid, okey = signers.own_key(s)
    reg = {oid: signers.Signer(oid, "HZ02", "field", [payload.public_hex(okey)])}
    text = payload.sign(
        okey, oid, "HZ02-2025-000007", 50_000, 0, "0" * 8 + "-x", date(2025, 12, 2)
    ).text()
    with world.replica.reader() as s:
        assert verify_payload(s, text, reg).status == UNKNOWN
        assert verify_payload(s, text).status == UNKNOWN  # a device it does not know at all


@pytest.mark.parametrize(
    "junk", ["", "hello", "https://example.org/r/1", "FV1|a|b|c|d|e", "FV2|a|1|2|3|4|5|6"]
)
def test_junk_is_not_genuine(world: World, junk: str) -> None:
    world.pay()
    with world.replica.reader() as s:
        assert verify_payload(s, junk).status == ALTERED


def test_chinese_receipt_prefix_gives_an_ascii_code_that_verifies(
    world: World, tmp_path: Path
) -> None:
    world.replica.set_setting("receipt_prefix", "上城一组")
    pid = world.pay()
    out, code = _printed(world, pid, tmp_path)
    assert code.isascii() and "%E4%B8%8A" in code
    with world.replica.reader() as s:
        v = verify_pdf(s, out)
    assert v.status == GENUINE
    assert v.entry is not None and v.entry["receipt_no"].startswith("上城一组-2025-")


def test_a_forged_receipt_pdf_read_by_zbar_is_not_genuine(
    world: World, make_replica: object, tmp_path: Path
) -> None:
    """A page whose QR code another laptop signed for this laptop's receipt, read like an office."""
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen.canvas import Canvas

    from fieldvisit.receipts import draw

    pid = world.pay(cash_fen=120_000)
    f = _fields(world, pid)
    other: Replica = make_replica("HZ02")  # type: ignore[operator]
    with other.session() as s:
        oid, okey = signers.own_key(s)
    reg = {oid: signers.Signer(oid, "HZ02", "field", [payload.public_hex(okey)])}
    cases = {
        "number": (payload.sign(okey, oid, **f).text(), FORGED),  # type: ignore[arg-type]
        "amount": (  # this laptop's id, another key, a larger amount
            payload.sign(okey, world.replica.device_id, **{**f, "cash_fen": 990_000}).text(),  # type: ignore[arg-type]
            ALTERED,
        ),
    }
    for name, (code, expected) in cases.items():
        pdf = tmp_path / f"{name}.pdf"
        c = Canvas(str(pdf), pagesize=A5)
        draw.qr(c, code, 100, 200, 200)
        c.save()
        assert zbar_read(pdf, tmp_path) == [code]
        with world.replica.reader() as s:
            v = verify_pdf(s, pdf, reg)
        assert v.status == expected, (name, v)
