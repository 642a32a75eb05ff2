"""The core commands end to end: init, demo, search, check (text and --json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldvisit import i18n
from fieldvisit.cli import main


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_init_demo_search_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = str(tmp_path / "fv")
    info = _json(
        capsys, "--data-dir", d, "init", "--device", "HZ03", "--team", "第一走访组", "--json"
    )
    assert isinstance(info, dict) and info["unlock"] == "passphrase"
    demo = _json(capsys, "--data-dir", d, "demo", "--households", "300", "--seed", "4", "--json")
    assert isinstance(demo, dict) and demo["households"] == 300 and demo["visits"] > 100
    check = _json(capsys, "--data-dir", d, "check", "--json")
    assert check == {"ok": True, "problems": []}
    found = _json(capsys, "--data-dir", d, "search", "王", "--json")
    assert isinstance(found, list) and found
    assert all("王" in h["name"] for h in found)
    assert all("*" in h["id_number"] for h in found)  # masked on the command line
    names = [h["name"] for h in found]
    assert names == sorted(names)


def test_demo_is_deterministic_and_every_row_is_an_operation(make_replica) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from fieldvisit import demo
    from fieldvisit.store.merge import APPEND_ONLY, MUTABLE
    from fieldvisit.store.models import Household, Operation

    a, b = make_replica("A1"), make_replica("B1")
    for r in (a, b):
        demo.generate(r, 120, seed=9, batch=50)
    with a.reader() as sa, b.reader() as sb:
        names_a = sa.execute(select(Household.name).order_by(Household.name)).scalars().all()
        names_b = sb.execute(select(Household.name).order_by(Household.name)).scalars().all()
        assert names_a == names_b and len(names_a) == 120
        rows = sum(
            sa.execute(select(func.count()).select_from(m)).scalar() or 0
            for m in {**MUTABLE, **APPEND_ONLY}.values()
        )
        ops = sa.execute(
            select(func.count()).select_from(Operation).where(Operation.kind != "transition")
        ).scalar()
        # each row of each business table came from one operation (a need's progress,
        # as the demo factory's resolved wishes, is an operation on an existing row)
        assert ops == rows


def test_bad_usage_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "none"), "search", "x"]) == 2
    err = capsys.readouterr().err.strip()
    assert "fieldvisit init" in err and len(err.splitlines()) == 1
    assert main(["--data-dir", str(tmp_path), "demo", "--households", "-3"]) == 2
    assert main(["import", "nothing"]) == 2


def test_a_command_that_waited_out_a_long_task_says_so(
    make_replica, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    """Another program (the GUI's first sync) holds the write lock past the busy timeout:
    the command says the laptop is busy and nothing was saved, and saves nothing."""
    from sqlalchemy import func, select

    from fieldvisit.store import cipher
    from fieldvisit.store.models import Household

    monkeypatch.setattr(cipher, "BUSY_TIMEOUT_S", 0.2)
    r = make_replica()
    holder = r.engine.raw_connection()
    holder.driver_connection.execute("BEGIN IMMEDIATE")
    try:
        code = main(["--lang", "zh_CN", "--data-dir", str(r.base), "demo", "--households", "5"])
    finally:
        holder.driver_connection.execute("ROLLBACK")
        holder.close()
        i18n.install("en")  # --lang stays installed for the worker's later tests
    err = capsys.readouterr().err
    assert code == 2 and "仍在处理" in err and "没有保存" in err  # in the user's language
    assert "Traceback" not in err and "locked" not in err
    with r.reader() as s:
        assert s.execute(select(func.count()).select_from(Household)).scalar() == 0
