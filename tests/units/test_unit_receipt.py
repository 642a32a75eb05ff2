"""The unit receipt and the wish-list ledger, read back with poppler and zbar."""

from __future__ import annotations

import warnings
from datetime import date, timedelta
from pathlib import Path

import openpyxl

from fieldvisit import campaigns
from fieldvisit.needs import NeedInput, transition
from fieldvisit.payments import GoodsLine
from fieldvisit.receipts import payload, signers
from fieldvisit.receipts.fonts import MissingGlyphWarning
from fieldvisit.receipts.unit_receipt import render_unit_receipts
from fieldvisit.reports import excel
from fieldvisit.store.replica import Replica
from fieldvisit.units import distributions as dist
from fieldvisit.units import registry, wishlist
from tests.receipts.conftest import pdffonts, pdftotext, zbar_read


def test_unit_receipt_reads_right(replica: Replica, tmp_path: Path) -> None:
    today = date.today()
    with replica.session() as s:
        cid = campaigns.create_campaign(
            s,
            campaigns.CampaignInput(
                name="2026年夏送清凉",
                starts_on=today - timedelta(days=3),
                ends_on=today + timedelta(days=3),
            ),
        )
        uid = registry.create_unit(
            s,
            registry.UnitInput(name="三号线地铁工地", kind="工地/车间", address="东城区建设路1号"),
        )
        res = dist.record_unit_visit(
            s,
            dist.UnitVisitInput(
                unit_id=uid,
                visited_on=today,
                campaign_id=cid,
                visitors="李工会、张干事",
                distribution=dist.DistributionInput(
                    cash_fen=3_590_000,
                    goods=[GoodsLine("清凉包", "份", 228, 1_000)],
                    packages=228,
                    workers_reached=871,
                    representative_name="王建国",
                    representative_post="项目经理",
                ),
            ),
        )
        assert res.receipt_no is not None
        out = render_unit_receipts(s, [res.receipt_no], tmp_path / "unit.pdf")
        me, key = signers.own_key(s)
        public = payload.public_hex(key)
    text = pdftotext(out).replace(" ", "")
    for expected in (
        "单位慰问金（品）签收单",
        res.receipt_no,
        "三号线地铁工地",
        "¥35,900.00",
        "人民币叁万伍仟玖佰元整",
        "¥38,180.00",  # cash + goods
        "人民币叁万捌仟壹佰捌拾元整",
        "871",
        "王建国",
        "经办人",
        "单位盖章",
        "第一联存根",
        "第二联交受慰问单位",
    ):
        assert expected in text, expected
    assert all(row[-5] == "yes" for row in pdffonts(out)), "every font embedded"  # emb column
    codes = zbar_read(out, tmp_path)
    assert len(codes) == 2
    parsed = payload.parse(codes[0])
    assert parsed is not None and parsed.receipt_no == res.receipt_no
    assert parsed.cash_fen == 3_590_000 and parsed.goods_fen == 228_000
    assert payload.signature_ok(public, parsed) and parsed.device == payload.short(me)


def test_unit_receipt_prints_an_extension_b_name(replica: Replica, tmp_path: Path) -> None:
    """𠮷 (U+20BB7) in the representative's name is drawn from the bundled fv-han font."""
    today = date.today()
    with replica.session() as s:
        cid = campaigns.create_campaign(
            s,
            campaigns.CampaignInput(
                name="2026年夏送清凉", starts_on=today, ends_on=today + timedelta(days=3)
            ),
        )
        uid = registry.create_unit(s, registry.UnitInput(name="𠮷祥五金厂", kind="企业"))
        res = dist.record_unit_visit(
            s,
            dist.UnitVisitInput(
                unit_id=uid,
                visited_on=today,
                campaign_id=cid,
                visitors="李工会",
                distribution=dist.DistributionInput(
                    cash_fen=100_000, workers_reached=12, representative_name="𠮷祥"
                ),
            ),
        )
        assert res.receipt_no is not None
        with warnings.catch_warnings():
            warnings.simplefilter("error", MissingGlyphWarning)
            out = render_unit_receipts(s, [res.receipt_no], tmp_path / "unit.pdf")
    text = pdftotext(out).replace(" ", "")
    assert "𠮷祥五金厂" in text and "〓" not in text
    assert text.count("𠮷祥") >= 4  # the unit and its representative, on both copies
    rows = pdffonts(out)
    assert any("FVHanExt" in row[0] for row in rows), rows
    assert all(row[-5] == "yes" for row in rows), "every font embedded"


def test_wish_list_ledger_exports(replica: Replica, tmp_path: Path) -> None:
    with replica.session() as s:
        uid = registry.create_unit(s, registry.UnitInput(name="机械厂"))
        ids = [
            wishlist.add_unit_need(s, uid, NeedInput(category="设施", description=f"心愿{i}"))
            for i in range(22)
        ]
        for nid in ids[:19]:
            transition(s, nid, "resolved", "已办结")
        table = wishlist.ledger_table(wishlist.wish_list(s, uid))
    assert table.note == "22 items, 19 resolved"
    out = tmp_path / "台账.xlsx"
    excel.write_workbook([table], out)
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert "22 items, 19 resolved" in " ".join(cells)
    assert sum(1 for c in cells if c == "已办结") == 19


def test_roster_blank_before_and_filled_after(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from fieldvisit.cli import main

    d = str(tmp_path / "fv")
    assert main(["--data-dir", d, "init", "--device", "HZ08", "--team", "一组"]) == 0
    r = Replica.open(Path(d))
    today = date.today()
    with r.session() as s:
        campaigns.create_campaign(
            s,
            campaigns.CampaignInput(
                name="双节送温暖", starts_on=today - timedelta(days=1), ends_on=today
            ),
        )
        registry.create_unit(s, registry.UnitInput(name="办税服务厅", code="SW1", workers=3))
    r.close()

    def run(*argv: str) -> int:
        return main(["--data-dir", d, *argv])

    blank = tmp_path / "blank.pdf"
    assert (
        run("units", "roster", "--unit", "SW1", "--campaign", "双节送温暖", "--out", str(blank))
        == 0
    )
    text = pdftotext(blank).replace(" ", "")
    assert "单位慰问金（品）发放签收表" in text and "办税服务厅" in text and "本人签字" in text
    assert all(str(n) in text for n in (1, 2, 3))
    roster = tmp_path / "roster.csv"
    roster.write_text("姓名,身份证后四位,金额,份数\n张三,0012,500,1\n李四,003X,500,1\n", "utf-8")
    base = [
        "units",
        "visit",
        "--unit",
        "SW1",
        "--campaign",
        "双节送温暖",
        "--cash",
        "1000",
        "--packages",
        "2",
        "--visitor",
        "李工会",
        "--json",
    ]
    capsys.readouterr()
    assert run(*base, "--reached", "3", "--roster", str(roster)) == 2  # 3 reached, 2 lines
    assert "roster" in capsys.readouterr().err
    assert run(*base, "--reached", "2", "--roster", str(roster)) == 0
    no = json.loads(capsys.readouterr().out)["receipt_no"]
    filled = tmp_path / "filled.pdf"
    assert run("units", "roster", "--unit", "SW1", "--filled", no, "--out", str(filled)) == 0
    text = pdftotext(filled).replace(" ", "")
    assert "张三" in text and "003X" in text and "人民币壹仟元整" in text
