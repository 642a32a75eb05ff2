"""Exports safe to open: text that looks like a formula stays text, control characters go."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from fieldvisit import exporting
from fieldvisit.reports import excel
from fieldvisit.reports.table import Column, Table
from fieldvisit.store import oplog
from fieldvisit.store.replica import Replica

NASTY = {
    "JD1": '=HYPERLINK("http://example.invalid/x","点击")',
    "JD2": "=1+1",
    "JD3": "+86 138",
    "JD4": "-2+3",
    "JD5": "@SUM(A1:A2)",
    "JD6": "\t=1+2",
    "JD7": "\r=1+3",
    "JD8": "王\x07五\x00六\x1b",
}
CLEAN = {**NASTY, "JD8": "王五六"}
#: An .xlsx is XML: a carriage return reads back as a line feed.
CLEAN_XML = {k: v.replace("\r", "\n") for k, v in CLEAN.items()}


@pytest.fixture
def nasty(replica: Replica) -> Replica:
    """Households whose names came in some other way (a synced edit, an old import)."""
    with replica.session() as s:
        oplog.create_many(
            s,
            [
                ("household", oplog.new_id(), {"name": name, "register_no": reg}, None)
                for reg, name in NASTY.items()
            ],
            new_rows=True,
        )
    return replica


def _xlsx_names(path: Path) -> dict[str, tuple[object, str]]:
    ws = openpyxl.load_workbook(path).worksheets[0]
    return {
        str(row[0].value): (row[1].value, row[1].data_type)
        for row in ws.iter_rows(min_row=2)
        if row[0].value
    }


def test_xlsx_export_writes_formulas_as_text(nasty: Replica, tmp_path: Path) -> None:
    out = tmp_path / "h.xlsx"
    with nasty.reader() as s:
        assert exporting.export(s, "households", out) == len(NASTY)
        assert exporting.export(s, "households", tmp_path / "again.xlsx") == len(NASTY)
    got = _xlsx_names(out)
    assert {k: v for k, (v, _t) in got.items()} == CLEAN_XML
    assert {t for _v, t in got.values()} == {"s"}  # never "f" (a live formula)
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws["B2"].quotePrefix  # Excel and WPS keep it as text when edited


def test_csv_export_prefixes_formulas(nasty: Replica, tmp_path: Path) -> None:
    out = tmp_path / "h.csv"
    with nasty.reader() as s:
        exporting.export(s, "households", out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = {r[0]: r[1] for r in list(csv.reader(f))[1:]}
    assert rows == {k: ("'" + v if k != "JD8" else v) for k, v in CLEAN.items()}


def test_report_workbook_writes_formulas_as_text(tmp_path: Path) -> None:
    t = Table("x\x01", "=1+1", [Column("a", "A")], [(v,) for v in NASTY.values()])
    ws = openpyxl.load_workbook(excel.write_workbook([t], tmp_path / "r.xlsx"))["x"]
    cells = [ws.cell(r, 1) for r in range(6, 6 + len(NASTY))]
    assert [c.value for c in cells] == list(CLEAN_XML.values())
    assert {c.data_type for c in cells} == {"s"}
    assert ws["A1"].value == "=1+1" and ws["A1"].data_type == "s"


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("FIELDVISIT_REQUIRE_PG") == "1":
            pytest.fail("LibreOffice (soffice) is not installed")
        pytest.skip("LibreOffice (soffice) is not installed")
    return found


def _convert(src: Path, to: str, out: Path, *infilter: str) -> Path:
    done = subprocess.run(
        [
            _soffice(),
            f"-env:UserInstallation={(out / 'profile').as_uri()}",
            "--headless",
            *infilter,
            "--convert-to",
            to,
            "--outdir",
            str(out),
            str(src),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    result = out / f"{src.stem}.{to.split(':')[0]}"
    assert result.exists(), done.stdout + done.stderr
    return result


def test_libreoffice_opens_the_exports_without_running_them(nasty: Replica, tmp_path: Path) -> None:
    xlsx, csv_file = tmp_path / "h.xlsx", tmp_path / "h.csv"
    with nasty.reader() as s:
        exporting.export(s, "households", xlsx)
        exporting.export(s, "households", csv_file)
    # the .xlsx as LibreOffice reads it, saved again: still text, never evaluated
    again = _convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path / "lo1")
    with again.open(encoding="utf-8", newline="") as f:
        names = {r[0]: r[1] for r in list(csv.reader(f))[1:]}
    assert names["JD2"] == "=1+1" and names["JD1"].startswith("=HYPERLINK")
    assert names["JD8"] == "王五六"
    # the .csv opened by LibreOffice (UTF-8, comma): no cell became a formula
    book = _convert(
        csv_file, "xlsx", tmp_path / "lo2", "--infilter=CSV:44,34,76,1,,0,false,true,false"
    )
    ws = openpyxl.load_workbook(book).worksheets[0]
    cells = [c for row in ws.iter_rows(min_row=2) for c in row if c.value is not None]
    assert cells and all(c.data_type != "f" for c in cells)
    assert {ws.cell(r, 2).value for r in range(2, ws.max_row + 1)} >= {"'=1+1", "王五六"}
