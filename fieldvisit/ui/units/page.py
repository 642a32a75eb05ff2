"""Units: the list (search by name, pinyin or code), the chosen unit's distributions and
its wish list with the count line, and the actions — register, record a visit, print a
unit receipt, add a wish and move it forward.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.i18n import translate
from fieldvisit.needs import NeedInput, transition
from fieldvisit.receipts.unit_receipt import render_unit_receipts
from fieldvisit.ui import tables
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.format import day, yuan
from fieldvisit.ui.page import Page, SearchBox, set_tab_order
from fieldvisit.ui.runner import error_text
from fieldvisit.ui.units.data import list_units, profile
from fieldvisit.ui.units.visit_dialog import UnitVisitDialog
from fieldvisit.units import registry, wishlist

STATUS = {
    "open": lambda: translate("UnitsPage", "Open"),
    "in_progress": lambda: translate("UnitsPage", "In progress"),
    "resolved": lambda: translate("UnitsPage", "Resolved"),
    "closed": lambda: translate("UnitsPage", "Closed"),
}


def _fill(table: QTableWidget, rows: list[tuple[Any, ...]], ids: list[str]) -> None:
    table.setRowCount(len(rows))
    for r, (values, rid) in enumerate(zip(rows, ids, strict=True)):
        for c, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            item.setData(Qt.ItemDataRole.UserRole, rid)
            table.setItem(r, c, item)
    tables.fit(table)


def _current_id(table: QTableWidget) -> str | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item else None


class UnitDialog(QDialog):
    """Register a unit: the fields a clerk has from the unit's own letterhead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("UnitsPage", "New unit"))
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        self.kind.addItems(registry.KINDS)
        self.code = QLineEdit(self)
        self.district = QLineEdit(self)
        self.address = QLineEdit(self)
        self.contact = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.workers = QSpinBox(self)
        self.workers.setRange(0, registry.MAX_WORKERS)
        form = QFormLayout()
        for text, w in (
            (translate("UnitsPage", "&Name:"), self.name),
            (translate("UnitsPage", "&Kind:"), self.kind),
            (translate("UnitsPage", "&Code:"), self.code),
            (translate("UnitsPage", "&District:"), self.district),
            (translate("UnitsPage", "&Address:"), self.address),
            (translate("UnitsPage", "C&ontact person:"), self.contact),
            (translate("UnitsPage", "&Phone:"), self.phone),
            (translate("UnitsPage", "&Workers:"), self.workers),
        ):
            form.addRow(text, w)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(buttons)

    def value(self) -> registry.UnitInput:
        return registry.UnitInput(
            name=self.name.text(),
            kind=self.kind.currentText(),
            code=self.code.text() or None,
            district=self.district.text() or None,
            address=self.address.text() or None,
            contact_name=self.contact.text() or None,
            contact_phone=self.phone.text() or None,
            workers=self.workers.value() or None,
        )


class UnitsPage(Page):
    shows = frozenset({"units", "needs", "payments"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[dict[str, Any]] = []
        self.unit: dict[str, Any] | None = None
        self.heading = QLabel(self)
        self.heading.setProperty("role", "h1")
        self.search = SearchBox(self)
        self.search.setClearButtonEnabled(True)
        self.new = QPushButton(self)
        self.new.clicked.connect(self.new_unit)
        self.import_list = QPushButton(self)
        self.import_list.clicked.connect(self.import_units)
        self.list = QTableWidget(0, 4, self)
        tables.tune(self.list)
        self.list.currentCellChanged.connect(lambda *_: self._load_profile())
        self.search.down.connect(self.list.setFocus)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())

        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.visit = QPushButton(self)
        self.visit.setProperty("role", "primary")
        self.visit.clicked.connect(self.record_visit)
        self.dist_label = QLabel(self)
        self.dists = QTableWidget(0, 7, self)
        tables.tune(self.dists)
        self.print_receipt = QPushButton(self)
        self.print_receipt.clicked.connect(self.print_selected)
        self.wish_label = QLabel(self)
        self.wishes = QTableWidget(0, 4, self)
        tables.tune(self.wishes)
        self.wish_text = QLineEdit(self)
        self.wish_category = QComboBox(self)
        self.wish_category.addItems(wishlist.CATEGORIES)
        self.add_wish = QPushButton(self)
        self.add_wish.clicked.connect(self.add_wish_item)
        self.resolve = QPushButton(self)
        self.resolve.clicked.connect(self.resolve_wish)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)

        left = QWidget(self)
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new)
        top.addWidget(self.import_list)
        lbox.addLayout(top)
        lbox.addWidget(self.list, 1)
        lbox.addWidget(self.empty)
        right = QWidget(self)
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.details, 1)
        head.addWidget(self.visit, 0, Qt.AlignmentFlag.AlignTop)
        rbox.addLayout(head)
        drow = QHBoxLayout()
        drow.addWidget(self.dist_label, 1)
        drow.addWidget(self.print_receipt)
        rbox.addLayout(drow)
        rbox.addWidget(self.dists, 1)
        rbox.addWidget(self.wish_label)
        rbox.addWidget(self.wishes, 1)
        wrow = QHBoxLayout()
        wrow.addWidget(self.wish_category)
        wrow.addWidget(self.wish_text, 1)
        wrow.addWidget(self.add_wish)
        wrow.addWidget(self.resolve)
        rbox.addLayout(wrow)
        rbox.addWidget(self.error)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        left.setMinimumWidth(self.list.fontMetrics().horizontalAdvance("M") * 34)
        split.setSizes([520, 800])
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.addWidget(self.heading)
        box.addWidget(split, 1)
        set_tab_order(
            [
                ("search", self.search),
                ("new_unit", self.new),
                ("import_units", self.import_list),
                ("units", self.list),
                ("record_visit", self.visit),
                ("print_receipt", self.print_receipt),
                ("distributions", self.dists),
                ("wishes", self.wishes),
                ("wish_category", self.wish_category),
                ("wish_text", self.wish_text),
                ("add_wish", self.add_wish),
                ("resolve_wish", self.resolve),
            ]
        )
        self.retranslateUi()
        self._show_profile(None)

    def title(self) -> str:
        return translate("UnitsPage", "Units")

    # ---------------------------------------------------------------- loading
    def refresh(self) -> None:
        text = self.search.text()
        self.ctx.runner.read(lambda s: list_units(s, text)).success(self._show_list).run(self)

    def _show_list(self, rows: list[dict[str, Any]]) -> None:
        keep = self.unit["id"] if self.unit else None
        self.rows = rows
        _fill(
            self.list,
            [(r["name"], r["kind"], r["district"], r["workers"]) for r in rows],
            [r["id"] for r in rows],
        )
        self.empty.setVisible(not rows)
        self.empty.setText(
            translate(
                "UnitsPage", "No unit matches. Check the spelling, or register it with New unit."
            )
            if self.search.text().strip()
            else translate(
                "UnitsPage",
                "No units yet. Register one with New unit, or import a list with Import unit list.",
            )
        )
        # Choose the row without the signal, then load once: a list refilled under the
        # same current cell would not tell us the unit behind it changed.
        index = next((r for r, row in enumerate(rows) if row["id"] == keep), 0)
        self.list.blockSignals(True)
        self.list.setCurrentCell(index if rows else -1, 0)
        self.list.blockSignals(False)
        self._load_profile()

    def _load_profile(self) -> None:
        uid = _current_id(self.list)
        if uid is None:
            self._show_profile(None)
            return
        self.ctx.runner.read(lambda s: profile(s, uid)).success(self._show_profile).run(self)

    def _show_profile(self, unit: dict[str, Any] | None) -> None:
        self.unit = unit
        for w in (self.visit, self.print_receipt, self.add_wish, self.resolve, self.wish_text):
            w.setEnabled(unit is not None)
        if unit is None:
            self.details.setText("")
            self.dists.setRowCount(0)
            self.wishes.setRowCount(0)
            self.wish_label.setText(translate("UnitsPage", "Wish list"))
            return
        workers = unit["workers"]
        self.details.setText(
            f"<b>{unit['name']}</b>（{unit['kind']}）  {unit['code']}<br>"
            f"{unit['district']} {unit['address']}<br>{unit['contact']}"
            + (
                "<br>" + translate("UnitsPage", "%1 workers").replace("%1", str(workers))
                if workers
                else ""
            )
        )
        ds = unit["distributions"]
        _fill(
            self.dists,
            [
                (
                    day(d["paid_on"]),
                    d["campaign"],
                    yuan(d["cash_fen"]),
                    yuan(d["goods_value_fen"]),
                    d["packages"],
                    d["workers_reached"],
                    d["receipt_no"]
                    + (" " + translate("UnitsPage", "(voided)") if d["voided"] else ""),
                )
                for d in ds
            ],
            [d["id"] for d in ds],
        )
        ws = unit["wishes"]
        _fill(
            self.wishes,
            [(w["category"], STATUS[w["status"]](), w["owner"], w["description"]) for w in ws],
            [w["id"] for w in ws],
        )
        self.wish_label.setText(
            translate("UnitsPage", "Wish list: %1").replace("%1", unit["count_line"])
        )

    # ---------------------------------------------------------------- actions
    def new_unit(self) -> None:
        dialog = UnitDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            data = dialog.value()
            try:
                data.clean()
            except Exception as exc:  # validation: say it beside the fields, keep the dialog
                dialog.error.setText(error_text(exc))
                continue
            self.ctx.runner.write(
                lambda s, d=data: registry.create_unit(s, d), changes={"units"}
            ).run(self)
            return

    def import_units(self) -> None:
        """The import preview on a unit list: see what it adds and updates, then import."""
        from fieldvisit.ui.importing.dialog import ImportDialog
        from fieldvisit.ui.importing.kinds import UnitListImport

        ImportDialog(self.ctx, self, UnitListImport()).open()

    def record_visit(self) -> None:
        if self.unit is None:
            return
        dialog = UnitVisitDialog(self.ctx, self.unit, self)
        dialog.exec()

    def print_selected(self) -> None:
        did = _current_id(self.dists)
        if did is None:
            self.error.setText(translate("UnitsPage", "Choose a distribution in the list first."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("UnitsPage", "Save the unit receipt"),
            translate("UnitsPage", "unit-receipt") + ".pdf",
            translate("UnitsPage", "PDF files (*.pdf)"),
        )
        if not path:
            return
        self.ctx.runner.read(lambda s: render_unit_receipts(s, [did], Path(path))).run(self)

    def add_wish_item(self) -> None:
        if self.unit is None:
            return
        uid, text, cat = self.unit["id"], self.wish_text.text(), self.wish_category.currentText()

        def done(_r: Any) -> None:
            self.wish_text.clear()
            self.error.clear()

        self.ctx.runner.write(
            lambda s: wishlist.add_unit_need(s, uid, NeedInput(category=cat, description=text)),
            changes={"needs", "units"},
        ).success(done).failure(lambda e: self.error.setText(error_text(e))).run(self)

    def resolve_wish(self) -> None:
        nid = _current_id(self.wishes)
        if nid is None:
            self.error.setText(translate("UnitsPage", "Choose a wish in the list first."))
            return
        note = self.wish_text.text()
        if not note.strip():
            self.error.setText(
                translate("UnitsPage", "Write in the box how the wish was resolved.")
            )
            self.wish_text.setFocus()
            return
        self.ctx.runner.write(
            lambda s: transition(s, nid, "resolved", note), changes={"needs", "units"}
        ).success(lambda _r: self.wish_text.clear()).failure(
            lambda e: self.error.setText(error_text(e))
        ).run(self)

    def retranslateUi(self) -> None:
        self.heading.setText(translate("UnitsPage", "Units and sites"))
        self.search.setPlaceholderText(translate("UnitsPage", "Search by name, pinyin or code"))
        self.new.setText(translate("UnitsPage", "&New unit…"))
        self.import_list.setText(translate("UnitsPage", "&Import unit list…"))
        self.visit.setText(translate("UnitsPage", "&Record a visit…"))
        self.print_receipt.setText(translate("UnitsPage", "&Print unit receipt…"))
        self.dist_label.setText(translate("UnitsPage", "Distributions"))
        self.add_wish.setText(translate("UnitsPage", "&Add wish"))
        self.resolve.setText(translate("UnitsPage", "Mark &resolved"))
        self.wish_text.setPlaceholderText(
            translate("UnitsPage", "A new wish, or how the chosen one was resolved")
        )
        self.list.setHorizontalHeaderLabels(
            [
                translate("UnitsPage", "Unit"),
                translate("UnitsPage", "Kind"),
                translate("UnitsPage", "District"),
                translate("UnitsPage", "Workers"),
            ]
        )
        self.dists.setHorizontalHeaderLabels(
            [
                translate("UnitsPage", "Date"),
                translate("UnitsPage", "Campaign"),
                translate("UnitsPage", "Cash"),
                translate("UnitsPage", "Goods"),
                translate("UnitsPage", "Packages"),
                translate("UnitsPage", "Reached"),
                translate("UnitsPage", "Receipt"),
            ]
        )
        self.wishes.setHorizontalHeaderLabels(
            [
                translate("UnitsPage", "Category"),
                translate("UnitsPage", "Status"),
                translate("UnitsPage", "Owner"),
                translate("UnitsPage", "Wish"),
            ]
        )
        if self.unit is not None:
            self._show_profile(self.unit)
