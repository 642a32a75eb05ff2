"""QR payloads: genuine, altered (any one character changed), unknown, voided."""

from __future__ import annotations

import string
from datetime import date
from pathlib import Path

import pytest

from fieldvisit import payments
from fieldvisit.receipts import payload, render_receipt
from fieldvisit.receipts.verify import ALTERED, GENUINE, UNKNOWN, VOIDED, verify_payload, verify_pdf
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
        for i, ch in enumerate(code):
            pool = string.digits + "abcdef" if ch in string.hexdigits else string.ascii_uppercase
            other = next(c for c in pool if c != ch)
            changed = code[:i] + other + code[i + 1 :]
            assert verify_payload(s, changed).status == ALTERED, (i, changed)


def test_amount_raised_with_a_resealed_tag_needs_the_key(world: World) -> None:
    pid = world.pay(cash_fen=120_000)
    with world.replica.session() as s:
        p = s.get(payments.Payment, pid)
        assert p is not None and p.receipt_no
        genuine = payload.make(
            payload.receipt_key(s), p.receipt_no, p.cash_fen, p.orig_household_id, p.paid_on
        )
        assert verify_payload(s, genuine.text()).status == GENUINE
        forged = payload.make(b"\x00" * 32, p.receipt_no, 990_000, p.orig_household_id, p.paid_on)
        assert verify_payload(s, forged.text()).status == ALTERED


def test_voided_receipt_says_voided(world: World, tmp_path: Path) -> None:
    pid = world.pay()
    out, _ = _printed(world, pid, tmp_path)
    with world.replica.session() as s:
        payments.void_payment(s, pid, "重复发放")
    with world.replica.reader() as s:
        v = verify_pdf(s, out)
    assert v.status == VOIDED
    assert v.entry is not None and v.entry["void_reason"] == "重复发放"


def test_a_receipt_from_another_laptop_of_the_same_organisation(
    world: World, make_replica: object, tmp_path: Path
) -> None:
    """Sealed with the shared key but not synced here yet: unknown, not altered."""
    other: Replica = make_replica("HZ02")  # type: ignore[operator]
    with world.replica.session() as s:
        key = payload.receipt_key(s)
    other.set_setting(payload.KEY_SETTING, key.hex())
    text = payload.make(key, "HZ02-2025-000007", 50_000, "0" * 8 + "-x", date(2025, 12, 2)).text()
    with world.replica.reader() as s:
        assert verify_payload(s, text).status == UNKNOWN
    other_no_key = make_replica("HZ09")  # type: ignore[operator]
    with other_no_key.reader() as s:
        assert verify_payload(s, text).status == UNKNOWN


@pytest.mark.parametrize("junk", ["", "hello", "https://example.org/r/1", "FV1|a|b|c|d|e"])
def test_junk_is_not_genuine(world: World, junk: str) -> None:
    world.pay()
    with world.replica.session() as s:
        payload.receipt_key(s)
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
