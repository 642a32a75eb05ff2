"""The needs screen: settling needs a note; search and filters find settled needs too."""

from __future__ import annotations

from typing import Any

from fieldvisit.store.models import Need
from fieldvisit.ui.needspage import NeedsPage
from tests.reports.conftest import World, world  # noqa: F401  (fixture)


def _page(qtbot: Any, make_ctx: Any, world: World) -> NeedsPage:  # noqa: F811
    page = NeedsPage(make_ctx(world.office))
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()  # a shown page refreshes itself
    return page


def _choose(combo: Any, value: object) -> None:
    i = combo.findData(value)
    assert i >= 0, value
    combo.setCurrentIndex(i)


def test_closing_without_a_note_is_refused(qtbot: Any, make_ctx: Any, world: World) -> None:  # noqa: F811
    page = _page(qtbot, make_ctx, world)
    assert len(page.rows) == 2
    page.table.selectRow(0)
    nid = page.selected_id()
    _choose(page.to, "closed")
    assert "required" in page.note.placeholderText()
    page.note.setPlainText("  ")
    page.apply.click()
    assert page.error.text()
    with world.office.reader() as s:
        assert s.get(Need, nid).status == "open"  # type: ignore[union-attr]
    page.note.setPlainText("已报销")
    page.apply.click()
    with world.office.reader() as s:
        assert s.get(Need, nid).status == "closed"  # type: ignore[union-attr]
    assert nid not in [n["id"] for n in page.rows]
    _choose(page.status, "closed")
    assert [(n["id"], n["note"]) for n in page.rows] == [(nid, "已报销")]
    assert page.table.item(0, 6).text() == "已报销"  # type: ignore[union-attr]


def test_search_and_filters(qtbot: Any, make_ctx: Any, world: World) -> None:  # noqa: F811
    page = _page(qtbot, make_ctx, world)
    assert page.owner.findData("李干事") > 0
    assert page.campaign.findData(world.campaign) > 0
    _choose(page.due, "overdue")
    assert [n["description"] for n in page.rows] == ["住院费用报销"]
    _choose(page.due, "any")
    page.search.setText("学费")
    qtbot.waitUntil(lambda: len(page.rows) == 1)
    assert page.rows[0]["description"] == "学费减免"
    page.search.setText("没有这样的诉求")
    qtbot.waitUntil(lambda: not page.rows)
    assert not page.to.isEnabled()
    page.search.clear()
    _choose(page.status, "all")
    _choose(page.campaign, world.campaign)
    _choose(page.owner, "李干事")
    qtbot.waitUntil(lambda: len(page.rows) == 2)
