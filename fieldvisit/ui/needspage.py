"""Needs: the team's open needs, and moving one forward with a note.

A need moves open → in progress → resolved / closed; going back is an explicit
reopen with a reason (``fieldvisit.needs.reopen``). Each change is one write on
the worker; the list refreshes from the broadcast.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
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
from fieldvisit.store.models import Household, Need
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


def load_needs(s: Session, team_id: str | None, include_done: bool) -> list[dict[str, Any]]:
    if include_done:
        stmt = select(Need).where(Need.archived.is_(False))
        if team_id:
            stmt = stmt.where(Need.team_id == team_id)
        rows = list(s.execute(stmt.order_by(Need.due_on)).scalars())
    else:
        rows = needs.open_needs(s, team_id)
    wanted = {n.household_id for n in rows}
    names: dict[str, str] = {
        r[0]: r[1]
        for r in s.execute(select(Household.id, Household.name).where(Household.id.in_(wanted)))
    }
    today = date.today()
    return [
        {
            "id": n.id,
            "household_id": n.household_id,
            "household": names.get(n.household_id, ""),
            "category": n.category,
            "description": n.description,
            "owner": n.owner or "",
            "due_on": n.due_on,
            "overdue": bool(n.due_on and n.due_on < today and n.status in ("open", "in_progress")),
            "status": n.status,
        }
        for n in rows
    ]


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
        self.include_done = QCheckBox(self)
        self.include_done.toggled.connect(lambda _on: self.refresh())
        self.table = QTableWidget(0, 6, self)
        tables.tune(self.table)
        # The current row, not the selection: an arrow key changes the selection
        # first, so the selection signal would still see the row the user left.
        self.table.currentCellChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda _i: self._open_household())

        self.to_label = QLabel(self)
        self.to = QComboBox(self)
        self.to.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.to_label.setBuddy(self.to)
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
            ("include_done", self.include_done),
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
        top.addWidget(self.include_done)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addWidget(self.empty_note)
        box.addLayout(row)
        box.addWidget(self.error)
        self.retranslateUi()
        self._selected()

    def refresh(self) -> None:
        team = self.ctx.team_id if self.ctx.role != "office" else None
        done = self.include_done.isChecked()
        self.ctx.runner.read(lambda s: load_needs(s, team, done)).success(self._show).run(self)

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

    def apply_change(self) -> None:
        nid, to, note = self.selected_id(), self.to.currentData(), self.note.toPlainText()
        if not nid or not to:
            return
        if to == "reopen" and not note.strip():
            self.error.setText(translate("NeedsPage", "Say why the need is reopened."))
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
        self.heading.setText(translate("NeedsPage", "Open needs of this team"))
        self.include_done.setText(translate("NeedsPage", "Show &resolved and closed too"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("NeedsPage", "Due"),
                translate("NeedsPage", "Household"),
                translate("NeedsPage", "Category"),
                translate("NeedsPage", "Status"),
                translate("NeedsPage", "Owner"),
                translate("NeedsPage", "Need"),
            ]
        )
        self.to_label.setText(translate("NeedsPage", "&Move to:"))
        self.note_label.setText(translate("NeedsPage", "N&ote:"))
        self.apply.setText(translate("NeedsPage", "&Update"))
        self.empty_note.setText(
            translate(
                "NeedsPage",
                "No open needs. Needs are recorded during a visit (its Needs step); tick "
                "“Show resolved and closed too” to see the finished ones.",
            )
        )
        if self.rows:
            self._show(self.rows)
