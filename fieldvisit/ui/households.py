"""Households: instant search over 200,000 rows, filters, and the profile.

Typing restarts a 150 ms timer; when it fires, one search runs on the worker
and the model replaces its ids (stale results are dropped by generation).
Filters (campaign visited / not yet, district, category, hardship cause, my
team) narrow the same SQL. Enter or a double-click opens the profile.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import campaigns
from fieldvisit.households.edit import CATEGORIES, CAUSES
from fieldvisit.households.search import Filters
from fieldvisit.i18n import translate
from fieldvisit.store.models import Household
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.household_model import HouseholdModel, SearchSpec
from fieldvisit.ui.page import Page, SearchBox
from fieldvisit.ui.profile import ProfileView

DEBOUNCE_MS = 150


def filter_choices(s: Session) -> dict[str, Any]:
    """Districts present, and the current campaign (for visited / not yet)."""
    districts = [
        d
        for d in s.execute(
            select(Household.district)
            .where(Household.district.is_not(None))
            .distinct()
            .order_by(Household.district)
        ).scalars()
        if d
    ]
    camp = campaigns.current(s)
    return {"districts": districts, "campaign": (camp.id, camp.name) if camp else None}


class ResultsView(QTableView):
    """Enter opens the selected household (the view is keyboard-first)."""

    def __init__(self, page: HouseholdsPage) -> None:
        super().__init__(page)
        self.page = page

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.page.open_current()
            return
        super().keyPressEvent(event)


class HouseholdsPage(Page):
    shows = frozenset({"households", "visits", "payments"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.campaign: tuple[str, str] | None = None
        self.model = HouseholdModel(ctx, self)
        self.model.searched.connect(lambda _n, _s: self._count_changed())

        self.stack = QStackedWidget(self)
        listing = QWidget(self.stack)
        self.heading = QLabel(listing)
        self.heading.setProperty("role", "h1")
        self.search_box = SearchBox(listing)
        self.search_box.setObjectName("search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(320)
        self.search_box.textChanged.connect(self._typed)
        self.search_box.returnPressed.connect(self._search_enter)
        self.search_box.down.connect(self._search_enter)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)

        self.visited = QComboBox(listing)
        self.district = QComboBox(listing)
        self.category = QComboBox(listing)
        self.cause = QComboBox(listing)
        self.mine = QCheckBox(listing)
        self.mine.setChecked(ctx.role != "office")
        for combo in (self.visited, self.district, self.category, self.cause):
            combo.currentIndexChanged.connect(self.run_search)
            # as wide as the longest item in the language shown now, also after a switch
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mine.toggled.connect(self.run_search)
        for name, w in (
            ("visited", self.visited),
            ("district", self.district),
            ("category", self.category),
            ("cause", self.cause),
            ("mine", self.mine),
        ):
            w.setObjectName(name)
        self.count = QLabel(listing)
        self.count.setProperty("role", "muted")
        self.empty_note = QLabel(listing)  # what to try when nothing matches
        self.empty_note.setProperty("role", "muted")
        self.empty_note.setWordWrap(True)
        self.empty_note.hide()

        self.view = ResultsView(self)
        self.view.setObjectName("results")
        # 200,000 rows x 6 columns: Tab must leave the list, the arrows move in it
        self.view.setTabKeyNavigation(False)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(28)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in enumerate((110, 190, 120, 90, 100, 260)):
            header.resizeSection(col, width)
        self.view.doubleClicked.connect(lambda _i: self.open_current())
        # The full id list of a search starts once its first rows are on screen.
        self.view.viewport().installEventFilter(self)

        search_row = QHBoxLayout()
        self.search_label = QLabel(listing)
        self.search_label.setBuddy(self.search_box)
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_box, 2)
        search_row.addWidget(self.count, 1)
        filter_row = QHBoxLayout()
        self.filter_label = QLabel(listing)
        filter_row.addWidget(self.filter_label)
        for w in (self.visited, self.district, self.category, self.cause, self.mine):
            filter_row.addWidget(w)
        filter_row.addStretch(1)
        self.import_button = QPushButton(listing)
        self.import_button.setObjectName("import_register")
        self.import_button.clicked.connect(self.import_register)
        filter_row.addWidget(self.import_button)
        lbox = QVBoxLayout(listing)
        lbox.setContentsMargins(24, 20, 24, 12)
        lbox.addWidget(self.heading)
        lbox.addLayout(search_row)
        lbox.addLayout(filter_row)
        lbox.addWidget(self.empty_note)
        lbox.addWidget(self.view, 1)

        self.profile = ProfileView(ctx, self.stack)
        self.profile.back.connect(self.show_list)
        self.profile.visit_requested.connect(self._visit)
        self.stack.addWidget(listing)
        self.stack.addWidget(self.profile)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.stack)
        self._filling = False
        self.retranslateUi()
        self.ctx.runner.read(filter_choices).success(self._choices).run(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.view.viewport():
            QTimer.singleShot(0, self.model.painted)  # after this paint is done
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- filters
    def _choices(self, choices: dict[str, Any]) -> None:
        self.campaign = choices["campaign"]
        self._filling = True
        current = self.district.currentData()
        self.district.clear()
        self.district.addItem("", None)
        for d in choices["districts"]:
            self.district.addItem(d, d)
        if current:
            self.district.setCurrentIndex(max(self.district.findData(current), 0))
        self._filling = False
        self.retranslateUi()
        self.run_search()

    def spec(self) -> SearchSpec:
        visited = self.visited.currentData()
        header = self.view.horizontalHeader()
        from fieldvisit.ui.household_model import COLUMNS, SORTABLE

        sort_col = (
            COLUMNS[header.sortIndicatorSection()]
            if 0 <= header.sortIndicatorSection() < len(COLUMNS)
            else "name"
        )
        return SearchSpec(
            text=self.search_box.text(),
            filters=Filters(
                district=self.district.currentData(),
                category=self.category.currentData(),
                cause=self.cause.currentData(),
                team_id=self.ctx.team_id if self.mine.isChecked() else None,
            ),
            campaign_id=self.campaign[0] if self.campaign else None,
            visited=visited,
            sort=sort_col if sort_col in SORTABLE else "name",
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )

    def _typed(self, _text: str) -> None:
        self.timer.start()

    def _search_enter(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.run_search()
        self.view.setFocus()
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def run_search(self) -> None:
        if self._filling:
            return
        self.model.search(self.spec())

    def refresh(self) -> None:
        if self.ctx.replica is None:
            return
        if self.campaign is None:
            self.ctx.runner.read(filter_choices).success(self._choices).run(self)
        else:
            self.model.reload()
        if (
            self.stack.currentWidget() is self.profile
            and self.profile.data is not None
            and not self.profile.editing
        ):
            self.profile.load(self.profile.data.id)

    def _count_changed(self) -> None:
        n = self.model.rowCount()
        if self.model.complete:
            self.count.setText(translate("HouseholdsPage", "%n households", None, n))
            self.empty_note.setText(self._empty_text() if n == 0 else "")
            self.empty_note.setVisible(n == 0)
        else:
            self.count.setText(translate("HouseholdsPage", "counting…"))

    def _empty_text(self) -> str:
        if self.search_box.text().strip():
            return translate(
                "HouseholdsPage",
                "No household matches “%1”. Check the spelling, or try the pinyin initials "
                "(lxs for 刘小山), the last digits of the ID number or phone, or clear the "
                "filters.",
            ).replace("%1", self.search_box.text().strip())
        return translate(
            "HouseholdsPage",
            "No household matches these filters. Choose “All …” in a filter, or untick "
            "“Only my team”.",
        )

    def first_ready(self) -> bool:
        """The list shows rows (or truly has none): what a user waits for."""
        return self.model.ready and (self.model.rowCount() > 0 or self.ctx.runner.idle())

    # ---------------------------------------------------------------- navigation
    def focus_search(self) -> None:
        self.show_list()
        self.search_box.setFocus()
        self.search_box.selectAll()

    def current_household_id(self) -> str | None:
        if self.stack.currentWidget() is self.profile and self.profile.data is not None:
            return self.profile.data.id
        idx = self.view.currentIndex()
        return self.model.household_id(idx.row()) if idx.isValid() else None

    def open_current(self) -> None:
        hid = self.current_household_id()
        if hid:
            self.open_profile(hid)

    def open_profile(self, household_id: str) -> None:
        self.profile.load(household_id)
        self.stack.setCurrentWidget(self.profile)
        row = self.model.row_of(household_id)
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.view.setFocus()

    def _visit(self, household_id: str) -> None:
        win = self.window()
        show = getattr(win, "show_page", None)
        if show is None:
            return
        page = show("visit")
        page.start_visit(household_id)

    def can_close(self) -> bool:
        return True

    # ---------------------------------------------------------------- texts
    def import_register(self) -> None:
        from fieldvisit.ui.importing.dialog import ImportDialog

        ImportDialog(self.ctx, self).open()

    def retranslateUi(self) -> None:
        self._filling = True
        self.import_button.setText(translate("HouseholdsPage", "&Import register…"))
        self.heading.setText(translate("HouseholdsPage", "Households"))
        self.search_label.setText(translate("HouseholdsPage", "&Search:"))
        self.search_box.setPlaceholderText(
            translate("HouseholdsPage", "name, pinyin or initials, ID or phone digits (Ctrl+F)")
        )
        self.filter_label.setText(translate("HouseholdsPage", "Show:"))
        vi = self.visited.currentIndex()
        self.visited.clear()
        camp = self.campaign[1] if self.campaign else ""
        self.visited.addItem(translate("HouseholdsPage", "All households"), None)
        self.visited.addItem(
            translate("HouseholdsPage", "Visited in %1").replace("%1", camp)
            if camp
            else translate("HouseholdsPage", "Visited"),
            True,
        )
        self.visited.addItem(
            translate("HouseholdsPage", "Not yet visited in %1").replace("%1", camp)
            if camp
            else translate("HouseholdsPage", "Not yet visited"),
            False,
        )
        self.visited.setCurrentIndex(max(vi, 0))
        self.visited.setEnabled(bool(camp))
        if self.district.count() == 0:
            self.district.addItem("", None)
        self.district.setItemText(0, translate("HouseholdsPage", "All districts"))
        for combo, values, first in (
            (self.category, CATEGORIES, translate("HouseholdsPage", "All categories")),
            (self.cause, CAUSES, translate("HouseholdsPage", "All hardship causes")),
        ):
            ci = combo.currentIndex()
            combo.clear()
            combo.addItem(first, None)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(ci, 0))
        self.mine.setText(translate("HouseholdsPage", "Only my &team"))
        self._filling = False
        self.model.retranslate()
        self._count_changed()
