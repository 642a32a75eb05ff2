"""Exported workbooks and PDFs, opened again and checked cell by cell."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fieldvisit import i18n, reports
from fieldvisit.reports import dashboard, excel, pdf
from fieldvisit.tools import translations
from tests.reports.conftest import World


def _build(world: World, kind: str):
    with world.office.reader() as s:
        return reports.build(s, kind, campaign=world.campaign)


def test_budget_workbook_cell_by_cell(world: World, tmp_path: Path):
    rep = _build(world, "budget")
    path = excel.write_workbook(rep.tables, tmp_path / "budget.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Budget use", "By Team", "By District", "By Category", "Goods"]
    ws = wb["Budget use"]
    assert ws["A1"].value == "Budget against disbursed"
    assert ws["A2"].value.startswith("Filters: Campaign = 2025 双节送温暖; Generated = ")
    assert ws["A3"].value == "1 campaign, 1 over budget"
    assert [c.value for c in ws[5]] == [
        "Campaign",
        "Fund source",
        "Budget",
        "Cash disbursed",
        "Goods value",
        "Total disbursed",
        "Remaining",
        "Used",
        "Payments (net)",
        "Over budget",
    ]
    assert ws.freeze_panes == "A6"
    assert ws.auto_filter.ref == "A5:J6"
    row = [c.value for c in ws[6]]
    assert row == [
        "2025 双节送温暖",
        "市总工会帮扶资金",
        1000,
        1400,
        400,
        1800,
        -800,
        1.8,
        3,
        "OVER BUDGET",
    ]
    for col in "CDEFG":
        assert ws[f"{col}6"].number_format == "¥#,##0.00"
        assert ws[f"{col}7"].number_format == "¥#,##0.00"
    assert ws["H6"].number_format == "0.0%"
    assert ws["A6"].font.color.rgb.endswith("C00000")  # over budget shows in red
    totals = [c.value for c in ws[7]]
    assert totals == ["Total", None, 1000, 1400, 400, 1800, -800, None, 3, None]
    assert ws["A7"].font.bold
    assert ws.column_dimensions["A"].width >= excel.display_width("2025 双节送温暖")
    assert ws.max_row == 7
    district = wb["By District"]
    got = {r[1]: r[2:] for r in district.iter_rows(min_row=6, max_row=7, values_only=True)}
    assert got == {"拱墅区": (1, 300, 200, 500), "西湖区": (2, 1100, 200, 1300)}
    assert [c.value for c in district[8]] == ["Total", None, 3, 1400, 400, 1800]


def test_money_in_fen_is_exact_in_yuan(tmp_path: Path):
    from fieldvisit.reports.table import Column, Table

    t = Table(
        "x",
        "x",
        [Column("a", "A"), Column("m", "M", "money", total=True)],
        [("a", 1), ("b", 123456789)],
    )
    ws = load_workbook(excel.write_workbook([t], tmp_path / "m.xlsx"))["x"]
    assert (ws["B6"].value, ws["B7"].value, ws["B8"].value) == (0.01, 1234567.89, 1234567.9)


@pytest.fixture
def chinese(tmp_path: Path):
    """Compile the reports translations and switch to zh_CN for one test."""
    lrelease = translations._tool("pyside6-lrelease")
    for ts in translations.OUT.glob("*_zh_CN.ts"):
        subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(tmp_path / ts.with_suffix(".qm").name)],
            check=True,
        )
    os.environ["FIELDVISIT_TRANSLATIONS"] = str(tmp_path)
    i18n.install("zh_CN")
    yield
    os.environ.pop("FIELDVISIT_TRANSLATIONS")
    i18n.install("en")


def test_chinese_headers_and_libreoffice_converts(world: World, tmp_path: Path, chinese):
    tables = []
    for kind in reports.KINDS:
        tables += _build(world, kind).tables
    path = excel.write_workbook(tables, tmp_path / "office.xlsx")
    wb = load_workbook(path)
    assert len(wb.sheetnames) == len(tables) == len(set(wb.sheetnames))
    ws = wb["预算执行"]
    assert ws["A1"].value == "预算执行情况"
    assert ws["A2"].value.startswith("筛选条件：活动 = 2025 双节送温暖")
    assert [c.value for c in ws[5]][:4] == ["活动", "资金来源", "预算", "慰问金发放"]
    assert ws["A7"].value == "合计"
    needs = wb["诉求台账"]
    assert needs["A3"].value == "共登记 2 件，已办结 0 件"
    (late,) = [t for t in tables if t.rows and "status" in [c.key for c in t.columns]]
    assert [r[3] for r in late.rows] == ["待办"]  # an overdue need's status, in the user's words
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("FIELDVISIT_REQUIRE_PG") == "1":
            pytest.fail("LibreOffice (soffice) is not installed")
        pytest.skip("LibreOffice (soffice) is not installed")
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "lo"),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    out = tmp_path / "lo" / "office.pdf"
    assert out.stat().st_size > 1000
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "预算执行情况" in text and "¥1,800.00" in text


def test_pdf_embeds_its_font_and_prints_the_figures(world: World, tmp_path: Path):
    rep = _build(world, "payments-check")
    path = pdf.write_pdf(rep.tables, tmp_path / "checks.pdf")
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    lines = [ln for ln in fonts.splitlines()[2:] if ln.strip()]
    assert lines and all(" yes " in ln for ln in lines)  # every font embedded
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Payments to check" in text and "3 open findings" in text
    assert "刘小山" in text and "¥1,100.00" in text and "¥500.00" in text and "温暖包" in text


def test_dashboard_pdf_shows_coverage_and_budget(world: World, tmp_path: Path):
    with world.office.reader() as s:
        data = dashboard.collect(s, world.campaign)
    assert data.coverage_by_team == [("第一走访组", 3, 2), ("第二走访组", 3, 0)]
    assert data.budget_use == [("2025 双节送温暖", 100_000, 180_000)]
    assert (data.open_conflicts, data.open_findings, data.overdue_needs) == (1, 3, 1)
    path = dashboard.write_dashboard(data, tmp_path / "dash.pdf")
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert (
        "2/6" in text and "第二走访组" in text and "Over budget: 2025 双节送温暖 (¥800.00)" in text
    )


def test_a_households_district_and_a_units_street_read_as_such_in_chinese(world: World, chinese):
    """Both reports say "District" in English; in Chinese a household's is 区域 and a
    unit's 街道 (one translation of the two used to win in both)."""
    from fieldvisit.units import coverage as unit_coverage

    duplicates = _build(world, "duplicates").tables[0]
    with world.office.reader() as s:
        units = unit_coverage.unit_coverage_table(unit_coverage.unit_coverage(s, world.campaign))
    assert "区域" in [c.header for c in duplicates.columns], "|".join(
        c.header for c in duplicates.columns
    )
    assert "街道" in [c.header for c in units.columns]
