"""Register import: the shared sample, other shapes, normalisation, re-import, bad rows."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldvisit.households.search import search
from fieldvisit.importing.register import import_register
from fieldvisit.store.models import Household
from fieldvisit.store.replica import Replica
from tests.importing.builders import DATA, make_id, op_count, to_xls, write_xlsx

EXPECTED_KEYS = (
    "rows_total",
    "valid",
    "invalid_id",
    "duplicate_id",
    "missing_name",
    "blank_rows",
    "ids_sha_count",
)


def _import(r: Replica, path: Path):  # type: ignore[no-untyped-def]
    with r.session() as s:
        return import_register(s, path)


def _households(r: Replica) -> list[Household]:
    with r.reader() as s:
        return list(s.execute(select(Household).order_by(Household.name)).scalars())


def test_sample_gives_expected_counts(replica: Replica) -> None:
    expected = json.loads((DATA / "register_sample.expected.json").read_text("utf-8"))
    report = _import(replica, DATA / "register_sample.xlsx")
    assert {k: getattr(report, k) for k in EXPECTED_KEYS} == expected


def test_sample_structure_and_reporting(replica: Replica) -> None:
    expected = json.loads((DATA / "register_sample.expected.json").read_text("utf-8"))
    report = _import(replica, DATA / "register_sample.xlsx")
    assert report.rows_total == expected["rows_total"]
    assert report.blank_rows == expected["blank_rows"]
    assert report.missing_name == expected["missing_name"]
    assert report.skipped_rows == 2  # the 合计 line and the signature line
    assert report.valid + report.invalid_id + report.duplicate_id + report.missing_name == 300
    assert report.created == report.valid == report.ids_sha_count == len(_households(replica))
    rows = {p.row for p in report.problems if p.kind == "missing_name"}
    assert rows == {7, 106}
    # every problem names its row and field
    assert all(p.row > 3 and p.field and p.reason for p in report.problems)


def test_header_variants_order_and_traditional(replica: Replica, tmp_path: Path) -> None:
    idn = make_id("110105", "19491231", "002")
    rows = [
        ["困難職工名冊"],
        ["聯繫電話", "公民身份號碼", "戶主姓名", "住址", "家庭月收入(元)", "檔案編號", "致困原因"],
        [
            "138-0013-8000",
            idn.lower(),
            " 劉小山 ",
            "北京市朝陽區",
            "1,234",
            "DA001",
            "患重病、下崗失業",
        ],
    ]
    report = _import(replica, write_xlsx(tmp_path / "trad.xlsx", rows))
    assert (report.valid, report.created, report.problems) == (1, 1, [])
    (h,) = _households(replica)
    assert h.name == "劉小山"
    assert h.id_number == idn.upper()
    assert h.phone == "13800138000"
    assert h.monthly_income_fen == 123_400
    assert h.register_no == "DA001"
    assert h.causes == ["患重病", "下崗失業"]
    with replica.reader() as s:
        assert [x.id for x in search(s, "刘")] == [h.id]


def test_fullwidth_digits_spaces_and_lowercase_x(replica: Replica, tmp_path: Path) -> None:
    idn = make_id("61011319", "650216", "824")
    assert len(idn) == 18
    wide = idn.translate(str.maketrans("0123456789X", "０１２３４５６７８９ｘ"))
    rows = [
        ["姓名", "身份证号码", "手机号码", "家庭人口"],
        ["王 芳", f" {wide} ", "１３９ ００１３ ９０００", "4人"],
    ]
    report = _import(replica, write_xlsx(tmp_path / "wide.xlsx", rows))
    assert report.valid == 1, report.problems
    (h,) = _households(replica)
    assert (h.name, h.id_number, h.phone, h.family_size) == ("王 芳", idn, "13900139000", 4)


def test_csv_utf8_and_gbk(make_replica, tmp_path: Path, register_rows) -> None:  # type: ignore[no-untyped-def]
    for enc in ("utf-8-sig", "gbk"):
        r = make_replica(f"C{enc[:3]}")
        path = tmp_path / f"reg-{enc}.csv"
        with path.open("w", encoding=enc, newline="") as f:
            csv.writer(f).writerows(register_rows(5))
        report = _import(r, path)
        assert (report.rows_total, report.valid, report.skipped_rows) == (5, 5, 2), enc
        assert {h.name for h in _households(r)} == {
            "测试甲",
            "测试乙",
            "测试丙",
            "测试丁",
            "测试戊",
        }


def test_xls(replica: Replica, tmp_path: Path, register_rows) -> None:  # type: ignore[no-untyped-def]
    xls = to_xls(write_xlsx(tmp_path / "old.xlsx", register_rows(4)))
    if xls is None:
        pytest.skip("LibreOffice (soffice) is not installed, so no .xls can be made")
    report = _import(replica, xls)
    assert (report.rows_total, report.valid) == (4, 4)
    assert sorted(h.monthly_income_fen or 0 for h in _households(replica)) == [
        150_000,
        150_100,
        150_200,
        150_300,
    ]


def test_reimport_updates_instead_of_duplicating(
    replica: Replica, tmp_path: Path, register_rows
) -> None:  # type: ignore[no-untyped-def]
    rows = register_rows(3)
    path = write_xlsx(tmp_path / "a.xlsx", rows)
    first = _import(replica, path)
    assert first.created == 3
    ops = op_count(replica)
    again = _import(replica, path)
    assert (again.created, again.updated, again.unchanged, again.operations) == (0, 0, 3, 0)
    assert op_count(replica) == ops
    rows[3][3] = "13912345678"  # a new phone for the first household
    rows[4][2] = None  # the second row lost its ID number: matched by register number
    rows[4][4] = "新地址1号"
    changed = _import(replica, write_xlsx(tmp_path / "b.xlsx", rows))
    assert (changed.created, changed.updated, changed.unchanged) == (0, 2, 1)
    assert op_count(replica) == ops + 2
    hs = {h.name: h for h in _households(replica)}
    assert len(hs) == 3
    assert hs["测试甲"].phone == "13912345678"
    assert hs["测试乙"].address == "新地址1号" and hs["测试乙"].id_number


def test_bad_rows_are_reported_and_never_abort(replica: Replica, tmp_path: Path) -> None:
    good = make_id(serial="201")
    bad_check = good[:17] + ("0" if good[17] != "0" else "1")
    rows = [
        ["姓名", "身份证号", "电话", "月收入"],
        ["甲", good, "12345", "1200"],  # bad phone: imported without it, reported
        ["乙", bad_check, None, None],
        ["丙", "110105194902301234", None, None],  # 30 February
        [None, make_id(serial="203"), None, None],
        ["丁", make_id(serial="205"), None, "-5"],
        ["戊", good, None, None],  # same ID, other name
        ["己", "330106800101123", None, "abc"],  # 15-digit legacy number, converted
    ]
    report = _import(replica, write_xlsx(tmp_path / "bad.xlsx", rows))
    kinds = sorted((p.row, p.kind, p.imported) for p in report.problems)
    assert kinds == [
        (2, "invalid_value", True),
        (3, "invalid_id", False),
        (4, "invalid_id", False),
        (5, "missing_name", False),
        (6, "invalid_value", True),
        (7, "duplicate_id", False),
        (8, "invalid_value", True),
    ]
    names = {h.name: h for h in _households(replica)}
    assert set(names) == {"甲", "丁", "己"}
    assert names["甲"].phone is None and names["甲"].monthly_income_fen == 120_000
    assert names["己"].id_number == "330106198001011230"[:17] + names["己"].id_number[17]
    assert len(names["己"].id_number) == 18


def test_progress_is_reported(replica: Replica, tmp_path: Path, register_rows) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int]] = []
    with replica.session() as s:
        import_register(
            s,
            write_xlsx(tmp_path / "p.xlsx", register_rows(7)),
            progress=lambda d, t: seen.append((d, t)),
        )
    assert seen and seen[-1] == (7, 7)
