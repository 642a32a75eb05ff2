"""The Visit screen: start a visit, resume an unfinished one, see today's visits.

A visit starts from a household (the one selected in Households, or one found
here). After saving, the receipt preview opens for the new payment.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import drafts
from fieldvisit.households.search import Filters, search
from fieldvisit.i18n import translate
from fieldvisit.store.models import Household, Payment, Visit
from fieldvisit.ui import tables
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.format import local_time, mask_id, yuan
from fieldvisit.ui.page import Page, SearchBox
from fieldvisit.ui.visit import VisitWizard, load_setup


def overview(s: Session, device_id: str) -> dict[str, Any]:
    today = date.today()
    rows = s.execute(
        select(Visit.household_id, Household.name, Payment.cash_fen, Payment.receipt_no, Payment.id)
        .join(Household, Household.id == Visit.household_id)
        .outerjoin(Payment, Payment.visit_id == Visit.id)
        .where(Visit.device_id == device_id, Visit.visited_on == today)
        .order_by(Visit.created_at.desc())
    ).all()
    return {
        "drafts": drafts.pending(s),
        "today": [
            {
                "household_id": r[0],
                "name": r[1],
                "cash": r[2],
                "receipt_no": r[3],
                "payment_id": r[4],
            }
            for r in rows
        ],
    }


def quick_find(s: Session, text: str, team_id: str | None) -> list[tuple[str, str, str, str]]:
    found = search(s, text, limit=30, filters=Filters(team_id=team_id))
    return [(h.id, h.name, mask_id(h.id_number), h.address or "") for h in found]


class VisitPage(Page):
    shows = frozenset({"visits", "payments", "drafts"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.wizard: VisitWizard | None = None
        self.data: dict[str, Any] = {"drafts": [], "today": []}
        self.heading = QLabel(self)
        self.heading.setProperty("role", "h1")
        self.hint = QLabel(self)
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.find_box = SearchBox(self)
        self.find_box.setClearButtonEnabled(True)
        self.find_label = QLabel(self)
        self.find_label.setBuddy(self.find_box)
        self.results = QListWidget(self)
        self.results.setMaximumHeight(170)
        self.start = QPushButton(self)
        self.start.setProperty("role", "primary")
        self.start.clicked.connect(self._start_selected)
        self.results.itemActivated.connect(lambda _i: self._start_selected())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self._find)
        self.find_box.textChanged.connect(lambda _t: self.timer.start())
        self.find_box.returnPressed.connect(self._find_enter)
        self.find_box.down.connect(self._find_enter)

        self.drafts_title = QLabel(self)
        self.drafts_title.setProperty("role", "h2")
        self.drafts = QTableWidget(0, 2, self)
        self.resume = QPushButton(self)
        self.discard = QPushButton(self)
        self.resume.clicked.connect(self._resume_selected)
        self.discard.clicked.connect(self._discard_selected)
        self.today_title = QLabel(self)
        self.today_title.setProperty("role", "h2")
        self.today = QTableWidget(0, 3, self)
        self.reprint = QPushButton(self)
        self.reprint.clicked.connect(self._show_receipt)
        for table in (self.drafts, self.today):
            tables.tune(table)
        self.drafts.doubleClicked.connect(lambda _i: self._resume_selected())
        # Tab: the search, what it found, Start (which acts on what was found), then the
        # drafts with their buttons and today's visits with theirs.
        for name, w in (
            ("find", self.find_box),
            ("found", self.results),
            ("start", self.start),
            ("drafts", self.drafts),
            ("resume", self.resume),
            ("discard", self.discard),
            ("today", self.today),
            ("reprint", self.reprint),
        ):
            w.setObjectName(name)

        find_row = QHBoxLayout()
        find_row.addWidget(self.find_label)
        find_row.addWidget(self.find_box, 1)
        find_row.addWidget(self.start)
        draft_buttons = QHBoxLayout()
        draft_buttons.addWidget(self.resume)
        draft_buttons.addWidget(self.discard)
        draft_buttons.addStretch(1)
        today_buttons = QHBoxLayout()
        today_buttons.addWidget(self.reprint)
        today_buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.addWidget(self.heading)
        box.addWidget(self.hint)
        box.addLayout(find_row)
        box.addWidget(self.results)
        box.addWidget(self.drafts_title)
        box.addWidget(self.drafts, 1)
        box.addLayout(draft_buttons)
        box.addWidget(self.today_title)
        box.addWidget(self.today, 1)
        box.addLayout(today_buttons)
        self.retranslateUi()

    # ---------------------------------------------------------------- data
    def refresh(self) -> None:
        replica = self.ctx.replica
        if replica is None:
            return
        device = replica.device_id
        self.ctx.runner.read(lambda s: overview(s, device)).success(self._show).run(self)

    def _show(self, data: dict[str, Any]) -> None:
        self.data = data
        self.drafts.setRowCount(len(data["drafts"]))
        for r, d in enumerate(data["drafts"]):
            for c, text in enumerate((d.household_name, local_time(d.updated_at))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, d.id)
                self.drafts.setItem(r, c, item)
        self.today.setRowCount(len(data["today"]))
        for r, v in enumerate(data["today"]):
            cells = (v["name"], yuan(v["cash"]) if v["cash"] else "", v["receipt_no"] or "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (v["payment_id"], v["receipt_no"]))
                self.today.setItem(r, c, item)
        tables.fit(self.drafts)
        tables.fit(self.today)
        self.resume.setEnabled(bool(data["drafts"]))
        self.discard.setEnabled(bool(data["drafts"]))
        self.reprint.setEnabled(bool(data["today"]))

    def _find(self) -> None:
        text = self.find_box.text().strip()
        if not text:
            self.results.clear()
            return
        team = self.ctx.team_id if self.ctx.role != "office" else None
        self.ctx.runner.read(lambda s: quick_find(s, text, team)).success(self._found).run(self)

    def _found(self, rows: list[tuple[str, str, str, str]]) -> None:
        self.results.clear()
        for hid, name, masked, address in rows:
            item = QListWidgetItem(f"{name}    {masked}    {address}", self.results)
            item.setData(Qt.ItemDataRole.UserRole, hid)
        if rows:
            self.results.setCurrentRow(0)

    def _find_enter(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self._find()
        self.results.setFocus()

    # ---------------------------------------------------------------- visits
    def _start_selected(self) -> None:
        item = self.results.currentItem()
        if item is None:
            self.find_box.setFocus()
            return
        self.start_visit(item.data(Qt.ItemDataRole.UserRole))

    def start_visit(
        self,
        household_id: str | None,
        *,
        draft_id: str | None = None,
        draft: dict[str, Any] | None = None,
    ) -> None:
        if not household_id:
            self.find_box.setFocus()
            return
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            return
        self.ctx.runner.read(lambda s: load_setup(s, household_id)).success(
            lambda setup: self._open_wizard(setup, draft_id, draft)
        ).run(self)

    def _open_wizard(self, setup: Any, draft_id: str | None, draft: dict[str, Any] | None) -> None:
        self.wizard = VisitWizard(self.ctx, setup, self.window(), draft_id=draft_id, draft=draft)
        self.wizard.saved.connect(self._saved)
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard.destroyed.connect(lambda _o=None: setattr(self, "wizard", None))
        self.wizard.open()

    def _saved(self, result: Any) -> None:
        if result.payment_id:
            self.open_receipt(result.payment_id, result.receipt_no)

    def open_receipt(
        self, payment_id: str, receipt_no: str | None, reprint: str | None = None
    ) -> Any:
        from fieldvisit.ui.receipt_preview import ReceiptPreview

        dlg = ReceiptPreview(
            self.ctx, payment_id, self.window(), receipt_no=receipt_no, reprint=reprint
        )
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def _selected_draft(self) -> str | None:
        item = self.drafts.item(self.drafts.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def resume_draft(self, draft_id: str) -> None:
        def work(s: Session) -> dict[str, Any] | None:
            return drafts.load(s, draft_id)

        def resume(d: dict[str, Any] | None) -> None:
            if d:
                self.start_visit(d.get("household_id"), draft_id=draft_id, draft=d)

        self.ctx.runner.read(work).success(resume).run(self)

    def _resume_selected(self) -> None:
        did = self._selected_draft()
        if did:
            self.resume_draft(did)

    def _discard_selected(self) -> None:
        did = self._selected_draft()
        if not did:
            return
        if (
            QMessageBox.question(
                self,
                translate("VisitPage", "Discard draft"),
                translate("VisitPage", "Discard this unfinished visit?"),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self.ctx.runner.write(lambda s: drafts.remove(s, did), changes={"drafts"}).run(self)

    def _show_receipt(self) -> None:
        item = self.today.item(self.today.currentRow(), 0)
        if item is None:
            return
        pid, no = item.data(Qt.ItemDataRole.UserRole)
        if pid:
            self.open_receipt(
                pid, no, reprint=translate("VisitPage", "reprint requested at the door")
            )

    def can_close(self) -> bool:
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.reject()
            return self.wizard is None or not self.wizard.isVisible()
        return True

    # ---------------------------------------------------------------- texts
    def retranslateUi(self) -> None:
        self.heading.setText(translate("VisitPage", "Visit"))
        self.hint.setText(
            translate(
                "VisitPage",
                "Find the household you are visiting, or select it in Households and press Ctrl+N.",
            )
        )
        self.find_label.setText(translate("VisitPage", "&Household:"))
        self.find_box.setPlaceholderText(translate("VisitPage", "name, pinyin, ID or phone digits"))
        self.start.setText(translate("VisitPage", "&Start visit"))
        self.drafts_title.setText(translate("VisitPage", "Unfinished visits"))
        self.drafts.setHorizontalHeaderLabels(
            [translate("VisitPage", "Household"), translate("VisitPage", "Last change")]
        )
        self.resume.setText(translate("VisitPage", "&Resume"))
        self.discard.setText(translate("VisitPage", "&Discard"))
        self.today_title.setText(translate("VisitPage", "Today's visits from this laptop"))
        self.today.setHorizontalHeaderLabels(
            [
                translate("VisitPage", "Household"),
                translate("VisitPage", "Cash"),
                translate("VisitPage", "Receipt"),
            ]
        )
        self.reprint.setText(translate("VisitPage", "Show re&ceipt…"))
