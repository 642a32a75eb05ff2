"""Needs: settling one needs a note; search and filters (in SQL) still find settled ones."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from fieldvisit import needs
from fieldvisit.cli import main
from fieldvisit.errors import FieldVisitError
from fieldvisit.needs import NeedFilter, NeedInput, search_needs
from tests.reports.conftest import TODAY, World


def _find(world: World, **kw: object) -> list[needs.NeedRow]:
    with world.office.reader() as s:
        return search_needs(s, NeedFilter(**kw), today=TODAY)  # type: ignore[arg-type]


@pytest.fixture
def extra(world: World) -> dict[str, str]:
    """Two more needs on the office: 王芳's without owner or due date, and one due this week."""
    with world.office.session() as s:
        plain = needs.create_need(s, world.wang, NeedInput("就业帮扶", "希望介绍保洁工作"))
        week = needs.create_need(
            s,
            world.unvisited,
            NeedInput("住房改善", "屋顶漏雨", owner="王干事", due_on=TODAY),
        )
    return {"plain": plain, "week": week}


@pytest.mark.parametrize("to", ["resolved", "closed"])
def test_settling_a_need_requires_a_note(world: World, extra: dict[str, str], to: str) -> None:
    nid = extra["plain"]
    for note in (None, "", "   "):
        with world.office.session() as s, pytest.raises(FieldVisitError):
            needs.transition(s, nid, to, note)
    with world.office.session() as s:
        needs.transition(s, nid, "in_progress")  # moving on without settling needs none
        needs.transition(s, nid, to, "已介绍到社区保洁岗位")
    (row,) = _find(world, status=to)
    assert (row.id, row.note) == (nid, "已介绍到社区保洁岗位")


def test_filters_by_status_owner_due_campaign_and_text(world: World, extra: dict[str, str]) -> None:
    ids = lambda rows: {r.description for r in rows}  # noqa: E731
    assert ids(_find(world)) == {"住院费用报销", "学费减免", "希望介绍保洁工作", "屋顶漏雨"}
    assert ids(_find(world, owner="李干事")) == {"住院费用报销", "学费减免"}
    assert ids(_find(world, owner="")) == {"希望介绍保洁工作"}
    assert ids(_find(world, due="overdue")) == {"住院费用报销"}
    assert ids(_find(world, due="week")) >= {"屋顶漏雨"}
    assert "学费减免" not in ids(_find(world, due="week"))
    assert ids(_find(world, due="none")) == {"希望介绍保洁工作"}
    assert ids(_find(world, campaign_id=world.campaign)) == {"住院费用报销", "学费减免"}
    assert ids(_find(world, text="刘小山")) == {"住院费用报销", "学费减免"}
    assert ids(_find(world, text="liuxiaoshan")) == {"住院费用报销", "学费减免"}  # pinyin
    assert ids(_find(world, text="漏雨")) == {"屋顶漏雨"}
    assert ids(_find(world, text="100%")) == set()  # LIKE wildcards are literal
    rows = _find(world)
    assert [r.due_on for r in rows][-1] is None  # no due date last
    assert rows[0].overdue and rows[0].due_on == TODAY - timedelta(days=3)


def test_closed_needs_stay_findable(world: World, extra: dict[str, str]) -> None:
    with world.office.session() as s:
        needs.transition(s, extra["week"], "closed", "已联系住建部门维修")
    assert extra["week"] not in {r.id for r in _find(world)}
    found = _find(world, status="all", text="屋顶")
    assert [(r.id, r.status, r.note) for r in found] == [
        (extra["week"], "closed", "已联系住建部门维修")
    ]


def test_cli_list_and_move_need_a_note(world: World, extra: dict[str, str], capsys) -> None:
    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--lang", "en", "--data-dir", str(world.office.base), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    code, _, err = run("need", "move", extra["plain"], "--to", "closed")
    assert code == 2 and "settled" in err
    code, _, err = run("need", "move", extra["plain"], "--to", "closed", "--note", "家属已找到工作")
    assert code == 0, err
    code, out, _ = run("need", "list", "--status", "closed", "--search", "王芳", "--json")
    (row,) = json.loads(out)["needs"]
    assert (row["id"], row["note"]) == (extra["plain"], "家属已找到工作")
    code, out, _ = run(
        "need", "list", "--due", "overdue", "--campaign", "2025 双节送温暖", "--json"
    )
    assert [r["description"] for r in json.loads(out)["needs"]] == ["住院费用报销"]
