"""Needs: find them (search and filters, done in SQL) and move one on with a note.

A need moves open → in progress → resolved / closed; settling one says how
(the note is required), going back is an explicit reopen with a reason
(``fieldvisit.needs``). Settled needs stay findable: the status filter shows
them, with the note they were settled with. Each change is one write on the
worker; the list refreshes from the broadcast.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import needs
from fieldvisit.i18n import translate
from fieldvisit.store.merge import NEED_FORWARD
from fieldvisit.store.models import Campaign
from fieldvisit.ui import tables
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.format import day
from fieldvisit.ui.page import Page


def status_label(status: str) -> str:
    return {
        "open": translate("NeedsPage", "Open"),
        "in_progress": translate("NeedsPage", "In progress"),
        "resolved": translate("NeedsPage", "Resolved"),
        "closed": translate("NeedsPage", "Closed"),
    }.get(status, status)


@dataclass
class Loaded:
    rows: list[dict[str, Any]]
    owners: list[str]
    campaigns: list[tuple[str, str]]


def load_needs(s: Session, f: needs.NeedFilter) -> Loaded:
    found = needs.search_needs(s, f)
    rows = [
        {
            "id": n.id,
            "household_id": n.household_id,
            "household": n.household,
            "category": n.category,
            "description": n.description,
            "owner": n.owner,
            "due_on": n.due_on,
            "overdue": n.overdue,
            "status": n.status,
            "note": n.note,
        }
        for n in found
    ]
    campaigns = [
        (cid, name)
        for cid, name in s.execute(
            select(Campaign.id, Campaign.name).order_by(Campaign.starts_on.desc(), Campaign.name)
        )
    ]
    return Loaded(rows, needs.owners(s, f.team_id), campaigns)


def change_status(s: Session, need_id: str, to: str, note: str) -> None:
    if to == "reopen":
        needs.reopen(s, need_id, note)
    else:
        needs.transition(s, need_id, to, note or None)


class NeedsPage(Page):
    shows = frozenset({"needs", "households"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[dict[str, Any]] = []
        self.heading = QLabel(self)
        self.heading.setProperty("role", "h1")
        # Filters: each change reloads from SQL; typing waits for a pause.
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.status_label = QLabel(self)
        self.status = QComboBox(self)
        self.status_label.setBuddy(self.status)
        self.owner_label = QLabel(self)
        self.owner = QComboBox(self)
        self.owner.setMinimumContentsLength(8)
        self.owner_label.setBuddy(self.owner)
        self.due_label = QLabel(self)
        self.due = QComboBox(self)
        self.due_label.setBuddy(self.due)
        self.campaign_label = QLabel(self)
        self.campaign = QComboBox(self)
        self.campaign.setMinimumContentsLength(12)
        self.campaign_label.setBuddy(self.campaign)
        for value in needs.STATUS_FILTERS:
            self.status.addItem("", value)
        for value in needs.DUE_FILTERS:
            self.due.addItem("", value)
        self.owner.addItem("", None)
        self.campaign.addItem("", None)
        for combo in (self.status, self.due):  # fixed words: never narrower than they are,
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # in any
            combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)  # language
        for combo in (self.status, self.owner, self.due, self.campaign):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count = QLabel(self)
        self.table = QTableWidget(0, 7, self)
        tables.tune(self.table)
        # The current row, not the selection: an arrow key changes the selection
        # first, so the selection signal would still see the row the user left.
        self.table.currentCellChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda _i: self._open_household())

        self.to_label = QLabel(self)
        self.to = QComboBox(self)
        self.to.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.to_label.setBuddy(self.to)
        self.to.currentIndexChanged.connect(lambda _i: self._note_hint())
        self.note_label = QLabel(self)
        self.note = QPlainTextEdit(self)
        self.note.setMaximumHeight(70)
        self.note.setTabChangesFocus(True)  # Tab goes on to Update instead of typing a tab
        self.note_label.setBuddy(self.note)
        self.apply = QPushButton(self)
        self.apply.setProperty("role", "primary")
        self.apply.clicked.connect(self.apply_change)
        self.apply.setAutoDefault(True)  # Enter presses it once Tab has reached it
        for name, w in (
            ("search", self.search),
            ("status", self.status),
            ("owner", self.owner),
            ("due", self.due),
            ("campaign", self.campaign),
            ("needs", self.table),
            ("move_to", self.to),
            ("note", self.note),
            ("update", self.apply),
        ):
            w.setObjectName(name)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.empty_note = QLabel(self)  # what to do when the list is empty
        self.empty_note.setProperty("role", "muted")
        self.empty_note.setWordWrap(True)
        self.empty_note.hide()
        row = QHBoxLayout()
        row.addWidget(self.to_label)
        row.addWidget(self.to)
        row.addWidget(self.note_label)
        row.addWidget(self.note, 1)
        row.addWidget(self.apply)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count)
        filters = QHBoxLayout()
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        for label, combo in (
            (self.status_label, self.status),
            (self.owner_label, self.owner),
            (self.due_label, self.due),
            (self.campaign_label, self.campaign),
        ):
            filters.addSpacing(8)
            filters.addWidget(label)
            filters.addWidget(combo, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.addLayout(top)
        box.addLayout(filters)
        box.addWidget(self.table, 1)
        box.addWidget(self.empty_note)
        box.addLayout(row)
        box.addWidget(self.error)
        self.retranslateUi()
        self._selected()

    def current_filter(self) -> needs.NeedFilter:
        return needs.NeedFilter(
            text=self.search.text(),
            status=str(self.status.currentData() or "active"),
            owner=self.owner.currentData(),
            due=str(self.due.currentData() or "any"),
            campaign_id=self.campaign.currentData(),
            team_id=self.ctx.team_id if self.ctx.role != "office" else None,
        )

    def refresh(self) -> None:
        self._typing.stop()
        f = self.current_filter()
        self.ctx.runner.read(lambda s: load_needs(s, f)).success(self._loaded).run(self)

    def _loaded(self, loaded: Loaded) -> None:
        self._fill(self.owner, [(o, o) for o in loaded.owners])
        self._fill(self.campaign, loaded.campaigns)
        self._show(loaded.rows)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        """Refill a filter's choices after its first "all" entry, keeping the current one."""
        keep = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value, text in items:
            combo.addItem(text, value)
        i = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(i, 0))
        combo.blockSignals(False)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        keep = self.selected_id()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, n in enumerate(rows):
            due = day(n["due_on"]) + (" ⚠" if n["overdue"] else "")
            for c, text in enumerate(
                (
                    due,
                    n["household"],
                    n["category"],
                    status_label(n["status"]),
                    n["owner"],
                    n["description"],
                    n["note"],
                )
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, n["id"])
                if c == 0 and n["overdue"]:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
            if n["id"] == keep:
                self.table.selectRow(r)
        tables.fit(self.table)
        self.count.setText(translate("NeedsPage", "%1 shown").replace("%1", str(len(rows))))
        self.empty_note.setVisible(not rows)
        self._selected()

    def selected_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _selected(self) -> None:
        nid = self.selected_id()
        need = next((n for n in self.rows if n["id"] == nid), None)
        self.to.clear()
        if need is not None:
            for target in ("in_progress", "resolved", "closed"):
                if target in NEED_FORWARD.get(need["status"], set()):
                    self.to.addItem(status_label(target), target)
            if need["status"] in ("resolved", "closed"):
                self.to.addItem(translate("NeedsPage", "Reopen"), "reopen")
        for w in (self.to, self.note, self.apply):
            w.setEnabled(need is not None and self.to.count() > 0)
        self.error.clear()

    def _note_hint(self) -> None:
        to = self.to.currentData()
        if to in needs.NOTE_REQUIRED:
            hint = translate("NeedsPage", "How was it settled? (required)")
        elif to == "reopen":
            hint = translate("NeedsPage", "Why is it reopened? (required)")
        else:
            hint = ""
        self.note.setPlaceholderText(hint)

    def apply_change(self) -> None:
        nid, to, note = self.selected_id(), self.to.currentData(), self.note.toPlainText()
        if not nid or not to:
            return
        if not note.strip() and (to == "reopen" or to in needs.NOTE_REQUIRED):
            self.error.setText(
                translate("NeedsPage", "Say why the need is reopened.")
                if to == "reopen"
                else translate("NeedsPage", "Say how the need was settled.")
            )
            self.note.setFocus()
            return

        def done(_r: Any) -> None:
            self.note.clear()
            self.error.clear()

        self.ctx.runner.write(lambda s: change_status(s, nid, to, note), changes={"needs"}).success(
            done
        ).run(self)

    def _open_household(self) -> None:
        nid = self.selected_id()
        need = next((n for n in self.rows if n["id"] == nid), None)
        opener = getattr(self.window(), "open_household", None)
        if need and opener:
            opener(need["household_id"])

    def retranslateUi(self) -> None:
        self.heading.setText(translate("NeedsPage", "Needs"))
        self.search_label.setText(translate("NeedsPage", "Fin&d:"))
        self.search.setPlaceholderText(translate("NeedsPage", "need, owner or household name"))
        self.status_label.setText(translate("NeedsPage", "&Status:"))
        self.owner_label.setText(translate("NeedsPage", "O&wner:"))
        self.due_label.setText(translate("NeedsPage", "Du&e:"))
        self.campaign_label.setText(translate("NeedsPage", "Campai&gn:"))
        statuses = {
            "active": translate("NeedsPage", "Open and in progress"),
            "all": translate("NeedsPage", "All, settled too"),
        }
        for i, value in enumerate(needs.STATUS_FILTERS):
            self.status.setItemText(i, statuses.get(value) or status_label(value))
        dues = {
            "any": translate("NeedsPage", "Any time"),
            "overdue": translate("NeedsPage", "Overdue"),
            "week": translate("NeedsPage", "Due this week"),
            "none": translate("NeedsPage", "No due date"),
        }
        for i, value in enumerate(needs.DUE_FILTERS):
            self.due.setItemText(i, dues[value])
        self.owner.setItemText(0, translate("NeedsPage", "Everyone"))
        self.campaign.setItemText(0, translate("NeedsPage", "All campaigns"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("NeedsPage", "Due"),
                translate("NeedsPage", "Household"),
                translate("NeedsPage", "Category"),
                translate("NeedsPage", "Status"),
                translate("NeedsPage", "Owner"),
                translate("NeedsPage", "Need"),
                translate("NeedsPage", "Last note"),
            ]
        )
        self.to_label.setText(translate("NeedsPage", "&Move to:"))
        self.note_label.setText(translate("NeedsPage", "N&ote:"))
        self.apply.setText(translate("NeedsPage", "&Update"))
        self._note_hint()
        self.empty_note.setText(
            translate(
                "NeedsPage",
                "No open needs. Needs are recorded during a visit (its Needs step); tick "
                "“Show resolved and closed too” to see the finished ones.",
            )
        )
        if self.rows:
            self._show(self.rows)
