"""Home: what the team has to do today, at a glance.

The current campaign, this team's households visited / not yet visited in it,
open needs due soon, changes not yet on the hub and the last sync. The figures
come from one read on the worker thread (``summary``), as plain data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldvisit import campaigns
from fieldvisit.i18n import translate
from fieldvisit.store.models import Household, Need, Operation, Setting, Visit
from fieldvisit.ui import tables
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.format import day, local_time
from fieldvisit.ui.page import Page

DUE_SOON_DAYS = 14


@dataclass
class HomeSummary:
    campaign: str | None = None
    campaign_period: str = ""
    households: int | None = None  # counted in a second step (it reads every row)
    visited: int | None = None  # likewise (one household row per visit)
    unsynced: int = 0
    last_sync: str | None = None
    due_soon: list[dict[str, Any]] = field(default_factory=list)  # the first few, overdue first
    open_needs: int = 0
    overdue: int = 0  # open needs past their date
    due_soon_count: int = 0  # open needs due from today to DUE_SOON_DAYS ahead
    can_sync: bool = False  # enrolled: a hub or bundle partners to send changes to


def summary(
    s: Session, team_id: str | None, device_id: str, today: date | None = None
) -> HomeSummary:
    today = today or date.today()
    settings = {r.key: r.value for r in s.execute(select(Setting)).scalars()}
    out = HomeSummary()
    camp = campaigns.current(s, today)
    if camp is not None:
        out.campaign = camp.name
        out.campaign_period = f"{day(camp.starts_on)} – {day(camp.ends_on)}"
    # As fieldvisit.sync.enrol.is_enrolled (read here without the optional sync module):
    # an unenrolled laptop has nowhere to send its changes, so none are "not yet synced".
    out.can_sync = bool(settings.get("hub_conninfo") or settings.get("bundle_key"))
    acked = settings.get("hub_acked_seq", 0)
    try:
        acked = int(acked or 0)
    except (TypeError, ValueError):
        acked = 0
    # The device sequence is dense (the hub relies on it), so the operations above
    # the acknowledged one are counted by the newest number: one index seek, where
    # counting them read 850,000 index entries (0.4 s) on a busy office laptop.
    newest = s.execute(
        select(func.max(Operation.seq)).where(Operation.device_id == device_id)
    ).scalar()
    out.unsynced = max(int(newest or 0) - acked, 0)
    out.last_sync = settings.get("last_sync_at")
    needs = (
        select(Need, Household.name)
        .join(Household, Household.id == Need.household_id)
        .where(Need.status.in_(("open", "in_progress")), Need.archived.is_(False))
    )
    if team_id:
        needs = needs.where(Need.team_id == team_id)
    out.open_needs = int(
        s.execute(select(func.count()).select_from(needs.subquery())).scalar() or 0
    )
    soon = needs.where(
        Need.due_on.is_not(None), Need.due_on <= today + timedelta(days=DUE_SOON_DAYS)
    )
    overdue = needs.where(Need.due_on.is_not(None), Need.due_on < today)
    out.overdue = int(s.execute(select(func.count()).select_from(overdue.subquery())).scalar() or 0)
    out.due_soon_count = (
        int(s.execute(select(func.count()).select_from(soon.subquery())).scalar() or 0)
        - out.overdue
    )
    for need, name in s.execute(soon.order_by(Need.due_on).limit(8)):
        out.due_soon.append(
            {
                "household_id": need.household_id,
                "household": name,
                "category": need.category,
                "description": need.description,
                "due_on": need.due_on,
                "overdue": bool(need.due_on and need.due_on < today),
            }
        )
    return out


def household_total(s: Session, team_id: str | None) -> int:
    """This team's households on the register (not archived): reads every row, so
    the home screen shows it a moment after the rest."""
    mine = select(func.count()).select_from(Household).where(Household.archived.is_(False))
    if team_id:
        mine = mine.where(Household.team_id == team_id)
    return int(s.execute(mine).scalar() or 0)


def visited_total(s: Session, team_id: str | None, today: date | None = None) -> int | None:
    """Households of this team visited in the current campaign (None: no campaign).

    Reads one household row per visit (0.7 s at 120,000 visits), so, like the
    household total, it is shown a moment after the rest of the home screen."""
    camp = campaigns.current(s, today or date.today())
    if camp is None:
        return None
    visited = (
        select(func.count(func.distinct(Visit.household_id)))
        .join(Household, Household.id == Visit.household_id)
        .where(Visit.campaign_id == camp.id, Household.archived.is_(False))
    )
    if team_id:
        visited = visited.where(Household.team_id == team_id)
    return int(s.execute(visited).scalar() or 0)


class Card(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.caption = QLabel(self)
        self.caption.setProperty("role", "muted")
        self.figure = QLabel(self)
        self.figure.setProperty("role", "figure")
        self.note = QLabel(self)
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.addWidget(self.caption)
        box.addWidget(self.figure)
        box.addWidget(self.note)
        box.addStretch(1)


class HomePage(Page):
    shows = frozenset({"households", "visits", "payments", "needs", "sync", "settings"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data = HomeSummary()
        self.loaded = False
        self.heading = QLabel(self)
        self.heading.setProperty("role", "h1")
        self.campaign = QLabel(self)
        self.campaign.setProperty("role", "h2")
        self.period = QLabel(self)
        self.period.setProperty("role", "muted")
        self.cards = {k: Card(self) for k in ("visited", "todo", "needs", "sync")}
        grid = QGridLayout()
        grid.setSpacing(12)
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, i)
        self.due_title = QLabel(self)
        self.due_title.setProperty("role", "h2")
        self.due = QTableWidget(0, 4, self)
        self.empty_note = QLabel(self)
        self.empty_note.setProperty("role", "muted")
        self.empty_note.setWordWrap(True)
        tables.tune(self.due)
        self.due.doubleClicked.connect(self._open_need_household)
        self.new_visit = QPushButton(self)
        self.new_visit.setProperty("role", "primary")
        self.new_visit.clicked.connect(self._new_visit)
        self.sync_now = QPushButton(self)
        self.sync_now.clicked.connect(lambda: self._main("show_page", "sync"))
        actions = QHBoxLayout()
        actions.addWidget(self.new_visit)
        actions.addWidget(self.sync_now)
        actions.addStretch(1)

        self.new_visit.setObjectName("new_visit")
        self.sync_now.setObjectName("sync_now")
        self.due.setObjectName("due")
        # the buttons sit above the table they were made after
        QWidget.setTabOrder(self.sync_now, self.due)

        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(10)
        box.addWidget(self.heading)
        box.addWidget(self.campaign)
        box.addWidget(self.period)
        box.addLayout(grid)
        box.addLayout(actions)
        box.addWidget(self.due_title)
        box.addWidget(self.due, 1)
        box.addWidget(self.empty_note)
        box.addStretch(0)
        self.retranslateUi()

    def title(self) -> str:
        return translate("HomePage", "Home")

    def refresh(self) -> None:
        replica = self.ctx.replica
        if replica is None:
            return
        team, device = replica.team_id, replica.device_id
        self.ctx.runner.read(lambda s: summary(s, team, device)).success(self._show).run(self)
        self.ctx.runner.read(lambda s: household_total(s, team)).success(self._total).run(self)
        self.ctx.runner.read(lambda s: visited_total(s, team)).success(self._visited).run(self)

    def first_ready(self) -> bool:
        return self.loaded

    def _show(self, data: HomeSummary) -> None:
        self.loaded = True
        data.households = self.data.households if data.households is None else data.households
        data.visited = self.data.visited if data.visited is None else data.visited
        self.data = data
        self.retranslateUi()

    def _total(self, total: int) -> None:
        self.data.households = total
        self.retranslateUi()

    def _visited(self, visited: int | None) -> None:
        self.data.visited = visited or 0
        self.retranslateUi()

    def retranslateUi(self) -> None:
        d = self.data
        team = self.ctx.replica_setting("team_name", "")
        self.heading.setText(
            translate("HomePage", "Today for %1").replace("%1", team)
            if team
            else translate("HomePage", "Today")
        )
        self.campaign.setText(
            translate("HomePage", "Current campaign: %1").replace("%1", d.campaign)
            if d.campaign
            else translate("HomePage", "No campaign yet")
        )
        self.period.setText(d.campaign_period)
        c = self.cards
        c["visited"].caption.setText(translate("HomePage", "Visited in this campaign"))
        c["visited"].figure.setText("…" if d.visited is None else f"{d.visited:,}")
        total = d.households or 0  # a plain name: pyside6-lupdate skips calls with expressions
        of_team = translate("HomePage", "of %n households of this team", None, total)
        if d.households is None:
            of_team = translate("HomePage", "of … households of this team")
        c["visited"].note.setText(of_team)
        c["todo"].caption.setText(translate("HomePage", "Not yet visited"))
        if not d.campaign:
            todo = "–"
        elif d.households is None or d.visited is None:
            todo = "…"
        else:
            todo = f"{max(d.households - d.visited, 0):,}"
        c["todo"].figure.setText(todo)
        c["todo"].note.setText(translate("HomePage", "no one must be left out"))
        c["needs"].caption.setText(translate("HomePage", "Open needs"))
        c["needs"].figure.setText(f"{d.open_needs:,}")
        c["needs"].note.setText(
            translate("HomePage", "%1 overdue, %2 due within two weeks")
            .replace("%1", f"{d.overdue:,}")
            .replace("%2", f"{d.due_soon_count:,}")
        )
        if d.can_sync:
            c["sync"].caption.setText(translate("HomePage", "Changes not yet synced"))
            c["sync"].figure.setText(f"{d.unsynced:,}")
            c["sync"].note.setText(
                translate("HomePage", "last sync: %1").replace("%1", local_time(d.last_sync))
                if d.last_sync
                else translate("HomePage", "never synced")
            )
        else:
            c["sync"].caption.setText(translate("HomePage", "Sync"))
            c["sync"].figure.setText("–")
            c["sync"].note.setText(
                translate(
                    "HomePage",
                    "This laptop is not joined to a hub yet: ask the office for an enrolment "
                    "file. Until then, changes stay on this laptop.",
                )
            )
        self.new_visit.setText(translate("HomePage", "&New visit (Ctrl+N)"))
        self.sync_now.setText(translate("HomePage", "&Sync…"))
        self.due_title.setText(translate("HomePage", "Needs overdue or due soon"))
        self.empty_note.setText(
            translate(
                "HomePage",
                "No open need is due in the next two weeks. Needs recorded during a visit "
                "appear here when their date comes near; all of them are on the Needs page.",
            )
        )
        self.due.setVisible(bool(d.due_soon))
        self.empty_note.setVisible(not d.due_soon)
        self.due.setHorizontalHeaderLabels(
            [
                translate("HomePage", "Due"),
                translate("HomePage", "Household"),
                translate("HomePage", "Category"),
                translate("HomePage", "Need"),
            ]
        )
        self.due.setRowCount(len(d.due_soon))
        for r, need in enumerate(d.due_soon):
            due = day(need["due_on"]) + (
                " " + translate("HomePage", "(overdue)") if need["overdue"] else ""
            )
            for col, text in enumerate(
                (due, need["household"], need["category"], need["description"])
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, need["household_id"])
                if need["overdue"] and col == 0:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.due.setItem(r, col, item)
        tables.fit(self.due)

    def _main(self, name: str, *args: Any) -> None:
        win = self.window()
        fn = getattr(win, name, None)
        if fn:
            fn(*args)

    def _new_visit(self) -> None:
        self._main("new_visit")

    def _open_need_household(self) -> None:
        item = self.due.item(self.due.currentRow(), 0)
        if item is not None:
            self._main("open_household", item.data(Qt.ItemDataRole.UserRole))
