"""``fieldvisit report`` and ``fieldvisit office`` on an office replica on disk."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from fieldvisit.cli import main
from tests.reports.conftest import World


def _run(world: World, capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", "--data-dir", str(world.office.base), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_report_json_then_act_from_the_command_line(world: World, capsys):
    code, out, _ = _run(world, capsys, "report", "payments-check", "--json")
    assert code == 0
    rows = json.loads(out)["rows"]
    assert sorted(r["kind"] for r in rows) == ["double", "over_standard", "over_stock"]
    over = next(r for r in rows if r["kind"] == "over_standard")
    code, _, err = _run(world, capsys, "office", "accept", over["key"], "--reason", "主席批准")
    assert code == 0, err
    code, _, _ = _run(world, capsys, "office", "void", world.pay_b, "--reason", "重复发放")
    assert code == 0
    code, out, _ = _run(world, capsys, "report", "payments-check", "--json")
    assert json.loads(out)["rows"] == []


def test_duplicates_list_pair_ids_and_merge(world: World, capsys):
    code, out, _ = _run(world, capsys, "report", "duplicates")
    assert code == 0 and world.zhang_a in out and "same name and phone" in out
    code, out, _ = _run(world, capsys, "office", "merge", world.zhang_b, world.zhang_a, "--json")
    got = json.loads(out)
    assert code == 0 and (got["merged"], got["into"]) == (world.zhang_b, world.zhang_a)
    code, _, _ = _run(
        world, capsys, "office", "dismiss", world.yang_a, world.yang_b, "--reason", "两户"
    )
    assert code == 0
    code, out, _ = _run(world, capsys, "report", "duplicates", "--json")
    assert json.loads(out)["rows"] == []


def test_merge_with_different_ids_needs_a_reason_and_unmerge_undoes_it(world: World, capsys):
    from fieldvisit.households import edit
    from fieldvisit.store.models import Household
    from fieldvisit.validation import id_check_char

    with world.office.session() as s:
        for hid, body in (
            (world.zhang_a, "33010619900101001"),
            (world.zhang_b, "33010619900101002"),
        ):
            edit.update_household(s, hid, {"id_number": body + id_check_char(body)})
    code, _, err = _run(world, capsys, "office", "merge", world.zhang_b, world.zhang_a)
    assert code == 2 and "different ID numbers" in err
    code, out, err = _run(
        world, capsys, "office", "merge", world.zhang_b, world.zhang_a, "--reason", "户籍核实"
    )
    assert code == 0, err
    code, out, _ = _run(world, capsys, "office", "merges", "--json")
    (m,) = json.loads(out)["merges"]
    assert (m["household_id"], m["into_id"], m["reason"]) == (
        world.zhang_b,
        world.zhang_a,
        "户籍核实",
    )
    code, _, err = _run(world, capsys, "office", "unmerge", world.zhang_b, "--reason", " ")
    assert code == 2
    code, _, err = _run(world, capsys, "office", "unmerge", world.zhang_b, "--reason", "不是一家")
    assert code == 0, err
    with world.office.reader() as s:
        hh = s.get(Household, world.zhang_b)
        assert hh is not None and not hh.archived and hh.merged_into is None
    code, out, _ = _run(world, capsys, "office", "merges", "--json")
    assert json.loads(out)["merges"] == []


def test_resolve_conflict_by_taking_a_side(world: World, capsys):
    code, out, _ = _run(world, capsys, "report", "conflicts", "--json")
    (c,) = json.loads(out)["rows"]
    code, out, _ = _run(world, capsys, "office", "resolve", c["id"], "--take", "2", "--json")
    assert code == 0 and json.loads(out)["value"] == c["contenders"][1]["value"]
    code, out, _ = _run(world, capsys, "report", "conflicts", "--json")
    assert json.loads(out)["rows"] == []


def test_out_file_by_extension_and_bad_input(world: World, capsys, tmp_path: Path):
    xlsx = tmp_path / "cov.xlsx"
    assert (
        _run(
            world, capsys, "report", "coverage", "--campaign", "2025 双节送温暖", "--out", str(xlsx)
        )[0]
        == 0
    )
    assert load_workbook(xlsx)["Coverage"]["A1"].value == "Coverage of 2025 双节送温暖"
    pdf = tmp_path / "needs.pdf"
    assert (
        _run(world, capsys, "report", "needs", "--out", str(pdf))[0] == 0
        and pdf.read_bytes()[:4] == b"%PDF"
    )
    dash = tmp_path / "dash.pdf"
    assert _run(world, capsys, "report", "dashboard", "--out", str(dash))[0] == 0 and dash.exists()
    for argv, needle in (
        (("report", "budget", "--out", str(tmp_path / "x.csv")), ".xlsx or .pdf"),
        (("report", "budget", "--campaign", "没有这个活动"), "No such campaign"),
        (("report", "revisits", "--months", "0"), "at least 1"),
        (("office", "accept", "nonsense", "--reason", "x"), "No such finding"),
        (("office", "void", "no-such-payment", "--reason", "x"), "No such payment"),
        (("office", "merge", world.zhang_a, world.zhang_a), "itself"),
    ):
        code, _out, err = _run(world, capsys, *argv)
        assert code == 2 and needle in err and len(err.strip().splitlines()) == 1, (argv, err)
    assert not (tmp_path / "x.csv").exists()


def test_finding_numbers_are_short_and_quotable(world: World, capsys):
    """The Excel sheet and the CLI show a number a clerk can read out on the phone
    ("2-048391"), not "over_standard:<uuid>:<uuid>"; the CLI accepts it back."""
    import re

    code, out, _ = _run(world, capsys, "report", "payments-check", "--json")
    rows = json.loads(out)["rows"]
    numbers = [r["number"] for r in rows]
    assert all(re.fullmatch(r"\d-\d{6}", n) for n in numbers), numbers
    assert len(set(numbers)) == len(numbers)
    over = next(r for r in rows if r["kind"] == "over_standard")
    code, _, err = _run(world, capsys, "office", "accept", over["number"], "--reason", "主席批准")
    assert code == 0, err
    code, out, _ = _run(world, capsys, "report", "payments-check", "--json")
    assert over["number"] not in [r["number"] for r in json.loads(out)["rows"]]
    code, _, err = _run(world, capsys, "office", "accept", "9-000000", "--reason", "x")
    assert code == 2 and "9-000000" in err
    xlsx = world.office.base / "check.xlsx"
    code, _, _ = _run(world, capsys, "report", "payments-check", "--out", str(xlsx))
    sheet = load_workbook(xlsx).active
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert not [c for c in cells if c.startswith(("double:", "over_"))], cells
