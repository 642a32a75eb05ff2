"""fieldvisit export: read every kind back from .xlsx and .csv."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from fieldvisit import campaigns, needs, payments, visits
from fieldvisit.cli import main
from fieldvisit.households import edit
from fieldvisit.store.replica import Replica
from tests.importing.builders import make_id

IDN = make_id("330106", "19800101", "111")


@pytest.fixture
def filled(replica: Replica) -> Replica:
    with replica.session() as s:
        hid = edit.create_household(
            s,
            edit.HouseholdInput(
                name="刘小山",
                id_number=IDN,
                phone="13812345678",
                register_no="JD0001",
                monthly_income_fen=123_456,
                causes=["患重病", "子女就学"],
                notes="心脏病，长期服药",
            ),
        )
        camp = campaigns.create_campaign(
            s, campaigns.CampaignInput(name="2026年双节送温暖", budget_fen=10**7, cap_fen=300_000)
        )
        visits.record_visit(
            s,
            visits.VisitInput(
                household_id=hid,
                visited_on=date(2026, 1, 5),
                campaign_id=camp,
                visitors="张三",
                payment=payments.PaymentInput(
                    cash_fen=120_000, goods=[payments.GoodsLine("大米", "袋", 2, 12_000)]
                ),
                needs=[
                    needs.NeedInput(
                        "子女就学", "孩子学费有困难", owner="社区", due_on=date(2026, 2, 1)
                    )
                ],
            ),
        )
    return replica


def _export(r: Replica, kind: str, out: Path, *extra: str) -> None:
    assert main(["--data-dir", str(r.base), "export", kind, "--out", str(out), *extra]) == 0


def test_households_xlsx(filled: Replica, tmp_path: Path) -> None:
    out = tmp_path / "hh.xlsx"
    _export(filled, "households", out)
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    header = [c.value for c in ws[1]]
    assert header[:4] == ["建档立卡编号", "姓名", "性别", "身份证号"]
    assert ws.freeze_panes == "A2"
    row = {h: c for h, c in zip(header, ws[2], strict=True)}
    assert row["姓名"].value == "刘小山"
    assert row["身份证号"].value == IDN[:6] + "********" + IDN[-4:]
    assert row["月收入(元)"].value == pytest.approx(1234.56)
    assert "¥" in row["月收入(元)"].number_format
    assert row["致困原因"].value == "患重病、子女就学"
    # minimal: notes (health) are never exported
    assert all("心脏病" not in str(c.value) for c in ws[2])


def test_full_id_on_request(filled: Replica, tmp_path: Path) -> None:
    out = tmp_path / "hh.csv"
    _export(filled, "households", out, "--full-id")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert rows[0]["身份证号"] == IDN
    assert rows[0]["月收入(元)"] == "1234.56"


def test_household_export_imports_again(filled: Replica, tmp_path: Path) -> None:
    from fieldvisit.importing.register import import_register

    out = tmp_path / "hh.xlsx"
    _export(filled, "households", out, "--full-id")
    with filled.session() as s:
        report = import_register(s, out)
    assert (report.valid, report.unchanged, report.operations) == (1, 1, 0)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_visits_payments_needs(filled: Replica, tmp_path: Path, suffix: str) -> None:
    got = {}
    for kind in ("visits", "payments", "needs"):
        out = tmp_path / f"{kind}{suffix}"
        _export(filled, kind, out)
        if suffix == ".csv":
            got[kind] = list(csv.DictReader(out.open(encoding="utf-8-sig")))
        else:
            ws = openpyxl.load_workbook(out).active
            assert ws is not None
            values = list(ws.iter_rows(values_only=True))
            got[kind] = [dict(zip(values[0], r, strict=True)) for r in values[1:]]
    (v,) = got["visits"]
    assert v["姓名"] == "刘小山" and v["走访人"] == "张三" and "*" in v["身份证号"]
    (p,) = got["payments"]
    assert str(p["慰问金(元)"]) in ("1200.00", "1200", "1200.0")
    assert p["慰问品"] == "大米2袋"
    assert p["签收单号"]
    (n,) = got["needs"]
    assert (n["诉求内容"], n["状态"]) == ("孩子学费有困难", "待办")
    assert "身份证号" not in n


def test_bad_target(filled: Replica, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(
        ["--data-dir", str(filled.base), "export", "households", "--out", str(tmp_path / "x.pdf")]
    )
    assert rc == 2 and ".xlsx" in capsys.readouterr().err
    rc = main(
        [
            "--data-dir",
            str(filled.base),
            "export",
            "households",
            "--out",
            str(tmp_path / "no" / "x.csv"),
        ]
    )
    assert rc == 2
    assert not list(tmp_path.glob("**/*.part"))
