"""Home tells the truth: overdue needs are not "due soon", "not yet synced" only where
syncing is possible, and an empty list says what to do next."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from fieldvisit import needs
from fieldvisit.households import edit
from fieldvisit.store.replica import Replica
from fieldvisit.ui.home import HomePage, summary


def _needs(replica: Replica, due_in_days: list[int]) -> None:
    with replica.session() as s:
        hid = edit.create_household(s, edit.HouseholdInput(name="刘小山"), team_id=replica.team_id)
        for days in due_in_days:
            needs.create_need(
                s,
                hid,
                needs.NeedInput("医疗", "慢病转诊", due_on=date.today() + timedelta(days=days)),
                team_id=replica.team_id,
            )


def test_overdue_needs_are_counted_apart_from_those_due_soon(replica: Replica) -> None:
    _needs(replica, [-90, -60, -30, 3, 10, 30])
    with replica.reader() as s:
        d = summary(s, replica.team_id, replica.device_id)
    assert (d.overdue, d.due_soon_count, d.open_needs) == (3, 2, 6)


def test_home_card_says_overdue_and_due_soon_separately(
    qtbot: Any, ctx: Any, replica: Replica
) -> None:
    _needs(replica, [-90, -60, 5])
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(page.first_ready)
    note = page.cards["needs"].note.text()
    assert "2 overdue" in note and "1 due within two weeks" in note, note


def test_unsynced_changes_only_for_a_replica_that_can_sync(
    qtbot: Any, ctx: Any, replica: Replica
) -> None:
    _needs(replica, [5])
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(page.first_ready)
    card = page.cards["sync"]
    assert "never synced" not in card.note.text().lower()
    assert "not joined" in card.note.text().lower() or "not enrolled" in card.note.text().lower()
    assert not card.figure.text()[:1].isdigit(), card.figure.text()
    replica.set_setting("hub_conninfo", "host=hub.example dbname=fv")
    page.refresh()
    qtbot.waitUntil(lambda: card.figure.text()[:1].isdigit())
    assert card.note.text() == "never synced"


def test_empty_needs_list_says_what_to_do(qtbot: Any, ctx: Any, replica: Replica) -> None:
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(page.first_ready)
    assert page.empty_note.isVisibleTo(page) and page.empty_note.text()
    assert not page.due.isVisibleTo(page)


def test_empty_search_says_what_to_try(qtbot: Any, ctx: Any, demo_replica: Replica) -> None:
    """Not just "0 households": what to try next."""
    from fieldvisit.ui.households import HouseholdsPage

    page = HouseholdsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.search_box.setText("zzzzqqq")
    page.run_search()
    qtbot.waitUntil(lambda: page.model.complete and page.model.rowCount() == 0)
    qtbot.waitUntil(page.empty_note.isVisible)
    assert "zzzzqqq" in page.empty_note.text() and "pinyin" in page.empty_note.text()
    page.mine.setChecked(False)
    page.search_box.setText("")
    page.run_search()
    qtbot.waitUntil(lambda: page.model.complete and page.model.rowCount() > 0)
    assert not page.empty_note.isVisible()
    assert page.count.text().endswith("households")


def test_empty_needs_list_says_where_needs_come_from(
    qtbot: Any, ctx: Any, replica: Replica
) -> None:
    from fieldvisit.ui.needspage import NeedsPage

    page = NeedsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(page.empty_note.isVisible)
    assert "visit" in page.empty_note.text()
