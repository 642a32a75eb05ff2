"""Registers in the shapes offices really produce, each trap built in code and checked exactly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from fieldvisit.cli import main
from fieldvisit.importing import headers
from fieldvisit.importing.register import ImportReport, import_register
from fieldvisit.store.models import Household, Member
from fieldvisit.store.replica import Replica
from fieldvisit.validation import id_check_char
from tests.importing.builders import make_id, op_count, write_xlsx

HEAD = ["序号", "姓名", "身份证号", "联系电话", "家庭住址"]


def _import(r: Replica, path: Path, **kw: Any) -> ImportReport:
    with r.session() as s:
        return import_register(s, path, **kw)


def _households(r: Replica) -> dict[str, Household]:
    with r.reader() as s:
        return {h.name: h for h in s.execute(select(Household)).scalars()}


def _problems(report: ImportReport) -> list[tuple[str, int, str, bool]]:
    return sorted((p.sheet, p.row, p.kind, p.imported) for p in report.problems)


def _id_whose_rounded_form_passes() -> tuple[str, str]:
    """A real ID whose value rounded to 15 significant digits (what Excel keeps of a
    number) is again a *valid* ID, of someone else: the trap that imported wrong IDs."""
    for day in range(1, 29):
        for serial in range(1, 1000):
            body = f"4413021980{day % 12 + 1:02d}{day:02d}{serial:03d}"
            real = body + id_check_char(body)
            if real[17] == "X":
                continue
            kept = float(round(int(real), -3))  # Excel keeps 15 significant digits
            wrong = str(int(kept))
            if wrong != real and id_check_char(wrong[:17]) == wrong[17]:
                return real, wrong
    raise AssertionError("no such ID")


# ---------------------------------------------------------------- IDs stored as numbers


def test_id_stored_as_number_is_never_imported(replica: Replica, tmp_path: Path) -> None:
    real, wrong = _id_whose_rounded_form_passes()
    rows: list[list[Any]] = [
        HEAD,
        [1, "甲", float(round(int(real), -3)), None, None],  # what Excel keeps: 4.41302E+17
        [2, "乙", int(make_id(serial="301")), None, None],  # all 18 digits, still a number
        [3, "丙", 330106800101123, None, None],  # 15-digit legacy number: converted
        [4, "丁", make_id(serial="303"), None, None],  # text: fine
    ]
    report = _import(replica, write_xlsx(tmp_path / "n.xlsx", rows))
    assert _problems(report) == [
        ("花名册", 2, "id_as_number", False),
        ("花名册", 3, "id_as_number", False),
    ]
    reasons = {p.reason for p in report.problems}
    assert reasons == {"stored as a number, the last digits are lost — retype it as text"}
    hs = _households(replica)
    assert set(hs) == {"丙", "丁"}
    assert hs["丙"].id_number is not None and len(hs["丙"].id_number) == 18
    assert all(h.id_number != wrong for h in hs.values())
    assert report.invalid_id == 2


def test_xls_from_wps_with_numbers_and_error_cells(replica: Replica, tmp_path: Path) -> None:
    xlwt = pytest.importorskip("xlwt")
    real, _wrong = _id_whose_rounded_form_passes()
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("花名册")
    for c, h in enumerate([*HEAD, "月收入"]):
        ws.write(0, c, h)
    data: list[list[Any]] = [
        [1, "甲", float(round(int(real), -3)), "13800138000", "一路1号", 1200],
        [2, None, make_id(serial="311"), None, None, None],  # name: #N/A
        [3, "丙", make_id(serial="312"), None, None, None],  # income: #DIV/0!
        [4, "丁", make_id(serial="313"), None, None, 900],  # phone: #REF!
    ]
    for r, row in enumerate(data, start=1):
        for c, value in enumerate(row):
            if value is not None:
                ws.write(r, c, value)
    ws.row(2).set_cell_error(1, 42)  # #N/A
    ws.row(3).set_cell_error(5, 7)  # #DIV/0!
    ws.row(4).set_cell_error(3, 23)  # #REF!
    total = book.add_sheet("汇总")
    for c, h in enumerate(HEAD):
        total.write(0, c, h)
    total.write(1, 1, "旧名")
    total.write(1, 2, make_id(serial="319"))
    old = book.add_sheet("旧表")
    for c, h in enumerate(HEAD):
        old.write(0, c, h)
    old.write(1, 1, "隐藏")
    old.write(1, 2, make_id(serial="318"))
    old.visibility = 1  # hidden
    path = tmp_path / "wps.xls"
    book.save(str(path))
    report = _import(replica, path)
    assert _problems(report) == [
        ("花名册", 2, "id_as_number", False),
        ("花名册", 3, "excel_error", False),
        ("花名册", 4, "excel_error", True),
        ("花名册", 5, "excel_error", True),
    ]
    assert [(x.name, x.status, x.reason_kind) for x in report.sheets] == [
        ("花名册", "read", "register"),
        ("汇总", "skipped", "summary"),
        ("旧表", "skipped", "hidden"),
    ]
    hs = _households(replica)
    assert set(hs) == {"丙", "丁"}  # never a household named "42" or "#N/A"
    assert hs["丙"].monthly_income_fen is None and hs["丁"].phone is None
    assert hs["丁"].monthly_income_fen == 90_000


def test_error_values_in_xlsx_are_never_data(replica: Replica, tmp_path: Path) -> None:
    rows: list[list[Any]] = [HEAD]
    for i, err in enumerate(("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!")):
        rows.append([i + 1, err, make_id(serial=f"{320 + i}"), None, None])
    rows.append([8, "好人", "#N/A", "13800138000", "#VALUE!"])
    report = _import(replica, write_xlsx(tmp_path / "e.xlsx", rows))
    assert [p.kind for p in report.problems] == ["excel_error"] * 8
    assert [p.imported for p in report.problems] == [False] * 8
    assert report.problems[-1].field == "ID number"
    assert _households(replica) == {}  # an unknown ID number is never guessed at


def test_apostrophes_invisible_characters_and_spaces(replica: Replica, tmp_path: Path) -> None:
    ids = [make_id(serial=f"{330 + i}") for i in range(7)]
    rows: list[list[Any]] = [
        HEAD,
        [1, "甲", "'" + ids[0], None, None],
        [2, "乙", "\u200b" + ids[1] + "\u200b", None, None],
        [3, "丙", "\u202a" + ids[2] + "\u202c", None, None],
        [4, "丁", "\ufeff" + ids[3], None, None],
        [5, "戊", ids[4][:6] + "\u00a0" + ids[4][6:] + "\u3000", None, None],
        [6, "己", "\u2007" + ids[5] + "\u202f\u2060", "'138\u00a00013\u20098000", None],
        [7, "\u200e庚\u200f", "\u202e" + ids[6] + "\u202d", None, None],
    ]
    report = _import(replica, write_xlsx(tmp_path / "inv.xlsx", rows))
    assert report.problems == []
    hs = _households(replica)
    assert sorted(h.id_number or "" for h in hs.values()) == sorted(ids)
    assert hs["己"].phone == "13800138000"
    assert "庚" in hs


# ---------------------------------------------------------------- headers


@pytest.mark.parametrize(
    ("wording", "field"),
    [
        ("居民身份证号码", "id_number"),
        ("公民身份号码", "id_number"),
        ("证件号码", "id_number"),
        ("身份证号码（18位）", "id_number"),
        ("身份证号码\n(18位)", "id_number"),
        ("户主身份证号", "id_number"),
        ("居民身份證號碼", "id_number"),
        ("户主 姓 名", "name"),
        ("姓  名*", "name"),
        ("联系电话（手机）", "phone"),
        ("手机号码/联系电话", "phone"),
        ("家庭详细住址", "address"),
        ("现居住地址", "address"),
        ("困难职工类别", "category"),
        ("主要致困原因", "causes"),
        ("家庭月人均收入（元）", "monthly_income"),
        ("家庭人口数（人）", "family_size"),
        ("共同生活人口", "family_size"),
        ("档案编号", "register_no"),
        ("建档立卡号", "register_no"),
        ("出生日期", "birth_date"),
        ("解困日期", "left_hardship_on"),
    ],
)
def test_header_wordings(wording: str, field: str) -> None:
    assert headers.field_of(wording) == field


def test_resident_id_header_brings_ids_and_reimport_adds_nothing(
    replica: Replica, tmp_path: Path
) -> None:
    rows: list[list[Any]] = [
        ["序号", "户主姓名", "居民身份证号码", "手机号码"],
        *[[i + 1, f"人{i}", make_id(serial=f"{340 + i}"), None] for i in range(5)],
    ]
    path = write_xlsx(tmp_path / "r.xlsx", rows)
    first = _import(replica, path)
    assert (first.created, first.problems) == (5, [])
    assert all(h.id_number for h in _households(replica).values())
    ops = op_count(replica)
    again = _import(replica, path)
    assert (again.created, again.updated, again.unchanged, op_count(replica)) == (0, 0, 5, ops)


# ---------------------------------------------------------------- many sheets


def _multi_sheet(path: Path, *, phone_on_second: str = "13800000001") -> Path:
    wb = openpyxl.Workbook()
    west = wb.active
    assert west is not None
    west.title = "西湖街道"
    west.append(["西湖街道困难职工花名册"])
    west.append(HEAD)
    west.append([1, "甲", make_id(serial="401"), "13800000001", "西湖一路"])
    west.append([2, "乙", make_id(serial="402"), "13800000002", "西湖二路"])
    north = wb.create_sheet("拱墅街道")
    north.append(HEAD)
    north.append([1, "丙", make_id(serial="403"), "13800000003", "拱墅一路"])
    north.append([2, "甲", make_id(serial="401"), phone_on_second, "西湖一路"])  # moved/both
    total = wb.create_sheet("汇总")
    total.append(HEAD)
    total.append([1, "甲甲", make_id(serial="401"), "13800000009", "错字"])  # stale typo
    total.append([2, "已删", make_id(serial="409"), None, None])  # removed long ago
    hidden = wb.create_sheet("旧表")
    hidden.append(HEAD)
    hidden.append([1, "隐藏", make_id(serial="410"), None, None])
    hidden.sheet_state = "hidden"
    notes = wb.create_sheet("填表说明")
    notes.append(["1. 身份证号请设置为文本格式"])
    stats = wb.create_sheet("分类统计")
    stats.append(["姓名", "身份证号", "人数"])
    wb.save(path)
    return path


def test_many_sheets_read_skip_and_say_why(replica: Replica, tmp_path: Path) -> None:
    report = _import(replica, _multi_sheet(tmp_path / "m.xlsx"))
    assert [(s.name, s.status, s.reason_kind, s.rows) for s in report.sheets] == [
        ("西湖街道", "read", "register", 2),
        ("拱墅街道", "read", "register", 2),
        ("汇总", "skipped", "summary", 0),
        ("旧表", "skipped", "hidden", 0),
        ("填表说明", "skipped", "no_header", 0),
        ("分类统计", "skipped", "summary", 0),
    ]
    assert all(s.reason for s in report.sheets)
    assert set(_households(replica)) == {"甲", "乙", "丙"}
    assert report.problems == []  # 甲 on two sheets, same details: once, nothing to say
    assert (report.created, report.rows_total) == (3, 4)


def test_household_on_two_sheets_with_other_details(replica: Replica, tmp_path: Path) -> None:
    report = _import(replica, _multi_sheet(tmp_path / "m.xlsx", phone_on_second="13900000001"))
    assert _problems(report) == [("拱墅街道", 3, "repeated_row", True)]
    (p,) = report.problems
    assert "西湖街道" in p.reason and "3" in p.reason and p.field == "Phone"
    assert _households(replica)["甲"].phone == "13800000001"  # the first one counts
    assert report.created == 3


# ---------------------------------------------------------------- members


def _family_register(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "花名册"
    ws.append(["2025年困难职工家庭花名册"])
    ws.append(["序号", "户主姓名", "身份证号", "家庭住址", "家庭成员情况", None, None])
    ws.append([None, None, None, None, "姓名", "与户主关系", "身份证号码"])
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    ws.merge_cells("C2:C3")
    ws.merge_cells("D2:D3")
    ws.merge_cells("E2:G2")
    ws.append([1, "张三", make_id(serial="501"), "一路1号", "李四", "配偶", make_id(serial="502")])
    ws.append([None, None, None, None, "张小三", "子", make_id("330106", "20100101", "503")])
    ws.append([2, "王五", make_id(serial="505"), "二路2号", None, None, None])
    ws.append([3, "赵六", make_id(serial="507"), "三路3号", "赵小六", "女", None])
    ws.append([None, None, None, None, "钱七", "母亲", "'" + make_id("330106", "19500101", "508")])
    ws.merge_cells("A7:A8")  # the head's cells merged over its member rows
    ws.merge_cells("B7:B8")
    ws.merge_cells("C7:C8")
    ws.merge_cells("D7:D8")
    ws.append(["合计", "3户"])
    wb.save(path)
    return path


def test_members_under_a_two_level_header(replica: Replica, tmp_path: Path) -> None:
    path = _family_register(tmp_path / "fam.xlsx")
    report = _import(replica, path)
    assert report.problems == []
    assert (report.rows_total, report.created, report.members) == (3, 3, 4)
    hs = _households(replica)
    with replica.reader() as s:
        got = {
            (m.household_id, m.name, m.relation, m.id_number)
            for m in s.execute(select(Member)).scalars()
        }
    assert got == {
        (hs["张三"].id, "李四", "配偶", make_id(serial="502")),
        (hs["张三"].id, "张小三", "子", make_id("330106", "20100101", "503")),
        (hs["赵六"].id, "赵小六", "女", None),
        (hs["赵六"].id, "钱七", "母亲", make_id("330106", "19500101", "508")),
    }
    ops = op_count(replica)
    again = _import(replica, path)
    assert (again.created, again.updated, again.members, op_count(replica)) == (0, 0, 0, ops)


# ---------------------------------------------------------------- idempotent without IDs


def test_rows_without_id_match_on_reimport(replica: Replica, tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["姓名", "身份证号", "联系电话", "家庭住址", "档案编号"],
        ["甲", None, "13800000001", "一路1号", "DA1"],  # register number
        ["乙", None, None, "二路2号", None],  # name + address
        ["丙", None, "13800000003", None, None],  # name + phone
    ]
    path = write_xlsx(tmp_path / "noid.xlsx", rows)
    assert _import(replica, path).created == 3
    ops = op_count(replica)
    again = _import(replica, path)
    assert (again.created, again.updated, again.unchanged, op_count(replica)) == (0, 0, 3, ops)
    rows[2][2] = "13900000002"  # 乙 gets a phone: found by name + address, updated
    rows[3][3] = "三路3号"  # 丙 gets an address: found by name + phone
    changed = _import(replica, write_xlsx(tmp_path / "noid2.xlsx", rows))
    assert (changed.created, changed.updated, changed.unchanged) == (0, 2, 1)
    assert op_count(replica) == ops + 2
    hs = _households(replica)
    assert (hs["乙"].phone, hs["丙"].address) == ("13900000002", "三路3号")


# ---------------------------------------------------------------- every row on its own


def test_huge_incomes_fail_their_row_only(replica: Replica, tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["姓名", "身份证号", "月收入"],
        ["甲", make_id(serial="601"), "1e400"],
        ["乙", make_id(serial="602"), "1" * 30],
        ["丙", make_id(serial="603"), 10**29],
        ["丁", make_id(serial="604"), "1500"],
    ]
    report = _import(replica, write_xlsx(tmp_path / "big.xlsx", rows))
    assert _problems(report) == [
        ("花名册", 2, "invalid_value", True),
        ("花名册", 3, "invalid_value", True),
        ("花名册", 4, "invalid_value", True),
    ]
    hs = _households(replica)
    assert [hs[n].monthly_income_fen for n in "甲乙丙丁"] == [None, None, None, 150_000]


def test_gbk_csv_saved_by_excel(replica: Replica, tmp_path: Path) -> None:
    text = (
        "序号,姓名,公民身份号码,联系电话,家庭住址,月收入\r\n"
        "1,甲,4.41302E+17,13800000001,一路,1200\r\n"
        f"2,#N/A,{make_id(serial='611')},,,\r\n"
        f"3,丙,{make_id(serial='612')},,二路,1e400\r\n"
        f"4,丁,'{make_id(serial='613')},,三路,\r\n"
    )
    path = tmp_path / "excel.csv"
    path.write_bytes(text.encode("gbk"))
    report = _import(replica, path)
    assert _problems(report) == [
        ("excel", 2, "id_as_number", False),
        ("excel", 3, "excel_error", False),
        ("excel", 4, "invalid_value", True),
    ]
    assert set(_households(replica)) == {"丙", "丁"}


# ---------------------------------------------------------------- dry run


def test_cli_dry_run_changes_nothing(
    replica: Replica, tmp_path: Path, register_rows, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "d.xlsx", register_rows(4))
    before = op_count(replica)
    rc = main(
        ["--data-dir", str(replica.base), "import", "register", str(path), "--dry-run", "--json"]
    )
    out = json.loads(capsys.readouterr().out)
    assert rc == 0 and out["dry_run"] is True
    assert (out["created"], out["valid"]) == (4, 4)
    assert op_count(replica) == before
    assert _households(replica) == {}


# ---------------------------------------------------------------- rows to fix


def test_problem_rows_file_fixes_and_imports_again(replica: Replica, tmp_path: Path) -> None:
    from fieldvisit.importing import problem_rows
    from fieldvisit.importing.register import apply_plan, plan_register

    real, _wrong = _id_whose_rounded_form_passes()
    good = make_id(serial="701")
    rows: list[list[Any]] = [
        ["姓名", "身份证号", "联系电话", "成员姓名", "与户主关系"],
        ["甲", float(round(int(real), -3)), "13800000001", None, None],
        ["乙", good, "12345", "乙妻", "配偶"],  # bad phone: imported without it
        [None, make_id(serial="703"), None, None, None],
        ["-丁", make_id(serial="705")[:17] + "0", None, None, None],  # wrong check character
    ]
    with replica.session() as s:
        plan = plan_register(s, write_xlsx(tmp_path / "in.xlsx", rows))
        apply_plan(s, plan)
        out = tmp_path / "fix.xlsx"
        assert problem_rows.write(plan, out) == 4
    book = openpyxl.load_workbook(out)
    ws = book.worksheets[0]
    got = [[c.value for c in r] for r in ws.iter_rows()]
    assert got[0] == [
        "姓名",
        "身份证号",
        "联系电话",
        "成员姓名",
        "与户主关系",
        "原表位置",
        "问题说明",
    ]
    assert got[1][:3] == ["甲", "4.41302E+17", "13800000001"]
    assert "retype it as text" in got[1][6] and got[1][5] == "花名册 row 2"
    assert got[2][:3] == ["乙", good, "12345"] and "Phone" in got[2][6]
    assert got[3][:2] == [None, make_id(serial="703")]
    assert got[4][0] == "-丁" and ws.cell(5, 1).data_type == "s" and ws.cell(5, 1).quotePrefix
    # the clerk fixes the three rows and imports the same file again
    ws.cell(2, 2).value = real
    ws.cell(3, 3).value = "13900000002"
    ws.cell(4, 1).value = "丙"
    ws.cell(5, 2).value = make_id(serial="705")
    ws.cell(2, 6).value = ws.cell(2, 7).value = None
    book.save(out)
    again = _import(replica, out)
    assert again.problems == []
    assert (again.created, again.updated, again.unchanged, again.members) == (3, 1, 0, 0)
    hs = _households(replica)
    assert hs["甲"].id_number == real and hs["乙"].phone == "13900000002"
    assert {"丙", "-丁"} <= set(hs)


@pytest.mark.parametrize(
    "written",
    [
        "2024-03-05",
        "2024/3/5",
        "2024.3.5",
        "2024年3月5日",
        "20240305",
        45356,
        "2024-03-05 00:00:00",
    ],
)
def test_dates_written_six_ways(written: object) -> None:
    from datetime import date

    from fieldvisit.importing.cells import as_date

    assert as_date(written) == date(2024, 3, 5)


def test_left_hardship_dates_import(replica: Replica, tmp_path: Path) -> None:
    from datetime import date, datetime

    rows: list[list[Any]] = [
        ["姓名", "身份证号", "脱困日期"],
        ["甲", make_id(serial="901"), "2024年3月5日"],
        ["乙", make_id(serial="902"), datetime(2024, 3, 6)],
        ["丙", make_id(serial="903"), "2024-02-30"],  # no such day: reported, row imported
    ]
    report = _import(replica, write_xlsx(tmp_path / "d.xlsx", rows))
    assert _problems(report) == [("花名册", 4, "invalid_value", True)]
    hs = _households(replica)
    assert (hs["甲"].left_hardship_on, hs["乙"].left_hardship_on) == (
        date(2024, 3, 5),
        date(2024, 3, 6),
    )
    assert hs["丙"].left_hardship_on is None
    assert [hs[n].status for n in "甲乙丙"] == ["left_hardship", "left_hardship", "needy"]


def test_a_line_break_inside_a_csv_cell_stays_in_its_cell(replica: Replica, tmp_path: Path) -> None:
    """Found by the property test below in CI: a lone CR in a quoted cell stopped the
    reader with csv.Error ("new-line character seen in unquoted field")."""
    import csv as _csv

    from fieldvisit.importing.register import plan_register

    path = tmp_path / "cr.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = _csv.writer(f)
        w.writerow(["姓名", "身份证号", "联系电话", "月收入", "家庭人口", "解困日期"])
        w.writerow(["", "", "", "", "", "'"])
        w.writerow(["刘小山", "", "", "", "'", "\r"])
        w.writerow(["王\r\n芳", "", "", "", "", ""])
    with replica.reader() as s:
        plan = plan_register(s, path)
    # the apostrophe-only row is blank once the apostrophe is stripped; both people import
    assert (plan.report.rows_total, plan.report.valid) == (2, 2)


def test_any_cell_fails_at_most_its_row(replica: Replica, tmp_path: Path) -> None:
    """Whatever the cells hold, the import finishes and every row is accounted for."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from fieldvisit.importing.register import plan_register

    cell = st.one_of(
        st.text(max_size=25),
        st.sampled_from(["1e400", "-0", "NaN", "inf", "#N/A", "'", "\u202e", "4.41302E+17"]),
        st.integers(min_value=-(10**40), max_value=10**40).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
    )
    row = st.lists(cell, min_size=6, max_size=6)
    counter = iter(range(10**6))

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(st.lists(row, min_size=1, max_size=8))
    def check(rows: list[list[str]]) -> None:
        import csv as _csv

        path = tmp_path / f"r{next(counter)}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            w = _csv.writer(f)
            w.writerow(["姓名", "身份证号", "联系电话", "月收入", "家庭人口", "解困日期"])
            w.writerows(rows)
        with replica.reader() as s:
            try:
                plan = plan_register(s, path)
            except Exception as exc:  # only "no register" may stop a file
                assert type(exc).__name__ == "ImportFileError", repr(exc)
                return
        r = plan.report
        done = r.valid + r.invalid_id + r.duplicate_id + r.missing_name
        failed_other = len({(p.sheet, p.row) for p in r.problems if not p.imported}) - (
            r.invalid_id + r.duplicate_id + r.missing_name
        )
        assert done + failed_other == r.rows_total

    check()


def test_members_in_an_xls_saved_by_libreoffice(replica: Replica, tmp_path: Path) -> None:
    from tests.importing.builders import to_xls

    xls = to_xls(_family_register(tmp_path / "fam.xlsx"))
    if xls is None:
        pytest.skip("LibreOffice (soffice) is not installed, so no .xls can be made")
    report = _import(replica, xls)
    assert report.problems == []
    assert (report.rows_total, report.created, report.members) == (3, 3, 4)
