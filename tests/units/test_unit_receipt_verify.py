"""``receipt verify`` on a unit receipt (单位签收单): the printed PDF read back with poppler and
zbar, then genuine / altered / forged / unknown / voided as for a household receipt."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from fieldvisit import campaigns
from fieldvisit.cli import main
from fieldvisit.errors import FieldVisitError
from fieldvisit.payments import GoodsLine
from fieldvisit.receipts import payload, signers
from fieldvisit.receipts.unit_receipt import render_unit_receipts
from fieldvisit.receipts.verify import (
    ALTERED,
    FORGED,
    GENUINE,
    UNKNOWN,
    VOIDED,
    verify_payload,
    verify_pdf,
)
from fieldvisit.store.models import Distribution
from fieldvisit.store.replica import Replica
from fieldvisit.units import distributions as dist
from fieldvisit.units import registry
from tests.receipts.conftest import pdftotext, zbar_read


def _distribute(replica: Replica, cash_fen: int = 3_590_000) -> str:
    """One unit visit with a distribution; returns its receipt number."""
    today = date.today()
    with replica.session() as s:
        cid = campaigns.create_campaign(
            s,
            campaigns.CampaignInput(
                name=f"夏送清凉{cash_fen}",
                starts_on=today - timedelta(days=3),
                ends_on=today + timedelta(days=3),
            ),
        )
        uid = registry.create_unit(
            s, registry.UnitInput(name="三号线地铁工地", kind="工地/车间", workers=900)
        )
        res = dist.record_unit_visit(
            s,
            dist.UnitVisitInput(
                unit_id=uid,
                visited_on=today,
                campaign_id=cid,
                visitors="李工会",
                distribution=dist.DistributionInput(
                    cash_fen=cash_fen,
                    goods=[GoodsLine("清凉包", "份", 228, 1_000)],
                    packages=228,
                    workers_reached=871,
                    representative_name="王建国",
                ),
            ),
        )
    assert res.receipt_no is not None
    return res.receipt_no


def _printed(replica: Replica, no: str, tmp_path: Path) -> tuple[Path, str]:
    out = tmp_path / f"{no}.pdf"
    with replica.session() as s:
        render_unit_receipts(s, [no], out)
    assert no in pdftotext(out)  # the number a clerk reads is the one the code carries
    codes = zbar_read(out, tmp_path)
    assert len(codes) == 2 and codes[0] == codes[1]  # stub and the unit's copy
    return out, codes[0]


def test_a_printed_unit_receipt_is_genuine(replica: Replica, tmp_path: Path) -> None:
    no = _distribute(replica)
    out, code = _printed(replica, no, tmp_path)
    with replica.reader() as s:
        v = verify_pdf(s, out)
    assert v.status == GENUINE, v
    assert v.payload == code
    assert v.entry is not None
    assert v.entry["kind"] == "unit" and v.entry["unit"] == "三号线地铁工地"
    assert v.entry["receipt_no"] == no
    assert (v.entry["cash_fen"], v.entry["goods_value_fen"]) == (3_590_000, 228_000)
    assert (v.entry["packages"], v.entry["workers_reached"]) == (228, 871)


def test_an_altered_unit_receipt_code_is_altered(replica: Replica, tmp_path: Path) -> None:
    no = _distribute(replica, cash_fen=200_000)
    _, code = _printed(replica, no, tmp_path)
    with replica.reader() as s:
        edited = code.replace("|200000|", "|900000|")
        assert edited != code and verify_payload(s, edited).status == ALTERED
        # re-signed with the device's own key but disagreeing with the ledger
        me, key = signers.own_key(s)
        p = payload.parse(code)
        assert p is not None
        resigned = payload.sign(key, me, no, 900_000, p.goods_fen or 0, "0" * 8, p.day)
        assert verify_payload(s, resigned.text()).status == ALTERED


def test_another_laptops_code_for_a_unit_receipt_is_forged(
    replica: Replica, make_replica: Callable[..., Replica], tmp_path: Path
) -> None:
    no = _distribute(replica)
    _, code = _printed(replica, no, tmp_path)
    p = payload.parse(code)
    assert p is not None
    other = make_replica("HZ02")
    with other.session() as s:
        oid, okey = signers.own_key(s)
    reg = {oid: signers.Signer(oid, "HZ02", "field", [payload.public_hex(okey)])}
    with replica.session() as s:
        d = s.query(Distribution).filter_by(receipt_no=no).one()
        unit_id = d.unit_id
    forged = payload.sign(okey, oid, no, p.cash_fen, p.goods_fen or 0, unit_id, p.day).text()
    with replica.reader() as s:
        v = verify_payload(s, forged, reg)
    assert v.status == FORGED, v
    # a number of this laptop's series the ledger has not seen yet: forged too
    later = no[:-1] + ("9" if no[-1] != "9" else "8")
    with replica.reader() as s:
        v = verify_payload(s, payload.sign(okey, oid, later, 1, 0, unit_id, p.day).text(), reg)
    assert v.status == FORGED, v


def test_a_unit_receipt_not_synced_yet_is_unknown(
    replica: Replica, make_replica: Callable[..., Replica], tmp_path: Path
) -> None:
    other = make_replica("HZ02")
    no = _distribute(other)
    out, _ = _printed(other, no, tmp_path)
    with other.session() as s:
        oid, okey = signers.own_key(s)
    reg = {oid: signers.Signer(oid, "HZ02", "field", [payload.public_hex(okey)])}
    _distribute(replica)
    with replica.reader() as s:
        assert verify_pdf(s, out, reg).status == UNKNOWN
        assert verify_pdf(s, out).status == UNKNOWN  # a device it does not know at all


def test_a_voided_unit_receipt_says_voided(replica: Replica, tmp_path: Path) -> None:
    no = _distribute(replica)
    out, _ = _printed(replica, no, tmp_path)
    with replica.session() as s:
        d = s.query(Distribution).filter_by(receipt_no=no).one()
        dist.void_distribution(s, d.id, "单位名称登记错误")
    with replica.reader() as s:
        v = verify_pdf(s, out)
    assert v.status == VOIDED, v
    assert v.entry is not None and v.entry["void_reason"] == "单位名称登记错误"


def test_a_field_laptop_does_not_print_another_laptops_unit_receipt(
    replica: Replica, tmp_path: Path
) -> None:
    no = _distribute(replica)
    with replica.session() as s:
        d = s.query(Distribution).filter_by(receipt_no=no).one()
        d.device_id = "0" * 8 + "-elsewhere"  # as if it had come from another laptop
    with pytest.raises(FieldVisitError, match="another laptop"), replica.session() as s:
        render_unit_receipts(s, [no], tmp_path / "x.pdf")


def test_cli_verifies_a_unit_receipt_pdf(
    replica: Replica, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    no = _distribute(replica)
    out, _ = _printed(replica, no, tmp_path)
    base = ["--data-dir", str(replica.base), "receipt", "verify"]
    assert main([*base, str(out), "--json"]) == 0
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["status"] == "genuine" and verdict["entry"]["receipt_no"] == no
    assert main([*base, str(out)]) == 0
    text = capsys.readouterr().out
    assert no in text and "三号线地铁工地" in text
    tampered = verdict["payload"].replace(f"|{no}|", f"|{no[:-1]}{'9' if no[-1] != '9' else '8'}|")
    assert main([*base, "--payload", tampered]) == 1
    assert capsys.readouterr().out.startswith("ALTERED")
