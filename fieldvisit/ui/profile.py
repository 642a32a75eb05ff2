"""A household's profile: details, members, and the timeline of visits, payments, needs.

ID numbers stay masked until the user presses Show; the full number is read
and the view is logged (``fieldvisit.audit``) in one unit of work. Editing
happens in place; a ``ValidationError`` is shown beside the field it names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import audit
from fieldvisit import validation as v
from fieldvisit.errors import ValidationError
from fieldvisit.households import edit
from fieldvisit.i18n import translate
from fieldvisit.store.models import Campaign, Need, Payment, Visit
from fieldvisit.ui import tables
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.format import day, mask_id, yuan
from fieldvisit.ui.page import Retranslating, set_tab_order

#: Fields the profile edits, in form order.
FIELDS = (
    "name",
    "phone",
    "address",
    "district",
    "workplace",
    "category",
    "family_size",
    "monthly_income",
    "notes",
)


@dataclass
class ProfileData:
    id: str
    details: dict[str, Any]
    members: list[dict[str, Any]] = field(default_factory=list)
    timeline: list[dict[str, Any]] = field(default_factory=list)


def load_profile(s: Session, household_id: str) -> ProfileData:
    hh = edit.get(s, household_id)
    details = {
        "name": hh.name,
        "register_no": hh.register_no or "",
        "id_masked": mask_id(hh.id_number),
        "gender": hh.gender or "",
        "birth_date": day(hh.birth_date),
        "phone": hh.phone or "",
        "address": hh.address or "",
        "district": hh.district or "",
        "workplace": hh.workplace or "",
        "category": hh.category or "",
        "causes": list(hh.causes or []),
        "family_size": "" if hh.family_size is None else str(hh.family_size),
        "monthly_income": ""
        if hh.monthly_income_fen is None
        else f"{hh.monthly_income_fen / 100:.2f}".rstrip("0").rstrip("."),
        "notes": hh.notes or "",
        "status": hh.status,
        "archived": hh.archived,
    }
    members = [
        {
            "id": m.id,
            "name": m.name,
            "relation": m.relation or "",
            "id_masked": mask_id(m.id_number),
            "health": m.health or "",
            "schooling": m.schooling or "",
        }
        for m in edit.members(s, household_id)
    ]
    camp_names: dict[str, str] = {r[0]: r[1] for r in s.execute(select(Campaign.id, Campaign.name))}
    timeline: list[dict[str, Any]] = []
    for vis in s.execute(select(Visit).where(Visit.household_id == household_id)).scalars():
        obs = "；".join(f"{val}" for val in (vis.observations or {}).values())
        timeline.append(
            {
                "when": vis.visited_on,
                "kind": "visit",
                "campaign": camp_names.get(vis.campaign_id or "", ""),
                "text": "；".join(x for x in (vis.visitors or "", obs, vis.notes or "") if x),
            }
        )
    for p in s.execute(select(Payment).where(Payment.household_id == household_id)).scalars():
        goods = "、".join(f"{g['item']}×{g['quantity']}" for g in p.goods or [])
        text = "  ".join(
            x for x in (yuan(p.cash_fen) if p.cash_fen else "", goods, p.receipt_no or "") if x
        )
        timeline.append(
            {
                "when": p.paid_on,
                "kind": "reversal" if p.reverses_id else "payment",
                "campaign": camp_names.get(p.campaign_id or "", ""),
                "text": text,
                "payment_id": p.id,
            }
        )
    for n in s.execute(select(Need).where(Need.household_id == household_id)).scalars():
        timeline.append(
            {
                "when": n.created_at.date(),
                "kind": "need",
                "campaign": n.category,
                "text": f"{n.description}",
                "status": n.status,
            }
        )
    order = {"visit": 0, "payment": 1, "reversal": 2, "need": 3}
    timeline.sort(key=lambda e: (e["when"], -order[e["kind"]]), reverse=True)
    return ProfileData(household_id, details, members, timeline)


def parse_changes(values: dict[str, str]) -> dict[str, Any]:
    """What the form holds -> the changes ``update_household`` takes (money in fen)."""
    out: dict[str, Any] = {}
    for key, text in values.items():
        if key == "monthly_income":
            out["monthly_income_fen"] = v.amount_fen(text, "income") if text.strip() else None
        elif key == "family_size":
            if text.strip() and not text.strip().isdigit():
                raise v.fail("family_size", translate("ProfileView", "is not a whole number"))
            out["family_size"] = int(text) if text.strip() else None
        else:
            out[key] = text
    return out


class ProfileView(Retranslating):
    back = Signal()
    visit_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: ProfileData | None = None
        self.revealed: str | None = None
        self.editing = False

        self.back_btn = QPushButton(self)
        self.back_btn.clicked.connect(self.back.emit)
        self.name = QLabel(self)
        self.name.setProperty("role", "h1")
        self.sub = QLabel(self)
        self.sub.setProperty("role", "muted")
        self.visit_btn = QPushButton(self)
        self.visit_btn.setProperty("role", "primary")
        self.visit_btn.clicked.connect(
            lambda: self.data and self.visit_requested.emit(self.data.id)
        )
        self.edit_btn = QPushButton(self)
        self.edit_btn.clicked.connect(self.toggle_edit)
        self.cancel_btn = QPushButton(self)
        self.cancel_btn.clicked.connect(self.cancel_edit)
        self.cancel_btn.hide()
        top = QHBoxLayout()
        top.addWidget(self.back_btn)
        titles = QVBoxLayout()
        titles.addWidget(self.name)
        titles.addWidget(self.sub)
        top.addLayout(titles, 1)
        top.addWidget(self.cancel_btn)
        top.addWidget(self.edit_btn)
        top.addWidget(self.visit_btn)

        # details form: label, field, error beside it
        details = QWidget(self)
        grid = QGridLayout(details)
        grid.setColumnStretch(1, 1)
        self.id_value = QLabel(details)
        self.id_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_id = QPushButton(details)
        self.show_id.clicked.connect(self.reveal_id)
        self.id_label = QLabel(details)
        id_row = QHBoxLayout()
        id_row.addWidget(self.id_value, 1)
        id_row.addWidget(self.show_id)
        grid.addWidget(self.id_label, 0, 0)
        grid.addLayout(id_row, 0, 1)
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        for r, key in enumerate(FIELDS, start=1):
            widget: QLineEdit | QComboBox
            if key == "category":
                widget = QComboBox(details)
                widget.setEditable(True)
                widget.addItems(list(edit.CATEGORIES))
            else:
                widget = QLineEdit(details)
            label = QLabel(details)
            label.setBuddy(widget)
            err = QLabel(details)
            err.setProperty("role", "error")
            self.inputs[key], self.labels[key], self.errors[key] = widget, label, err
            grid.addWidget(label, r, 0)
            grid.addWidget(widget, r, 1)
            grid.addWidget(err, r, 2)
        self.causes_label = QLabel(details)
        self.causes_value = QLabel(details)
        self.causes_value.setWordWrap(True)
        grid.addWidget(self.causes_label, len(FIELDS) + 1, 0)
        grid.addWidget(self.causes_value, len(FIELDS) + 1, 1, 1, 2)
        grid.setRowStretch(len(FIELDS) + 2, 1)

        right = QWidget(self)
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        self.members_title = QLabel(right)
        self.members_title.setProperty("role", "h2")
        self.members = QTableWidget(0, 4, right)
        self.timeline_title = QLabel(right)
        self.timeline_title.setProperty("role", "h2")
        self.timeline = QTableWidget(0, 4, right)
        for table in (self.members, self.timeline):
            tables.tune(table)
        rbox.addWidget(self.members_title)
        rbox.addWidget(self.members, 1)
        rbox.addWidget(self.timeline_title)
        rbox.addWidget(self.timeline, 2)

        split = QSplitter(self)
        split.addWidget(details)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(split, 1)
        self._keyboard()
        self._set_editing(False)
        self.retranslateUi()

    def _keyboard(self) -> None:
        """Tab in reading order: the top row left to right, then the form, then the tables.

        The buttons were made in another order than they are laid out; Enter in a
        field while editing saves, as on any form.
        """
        order: list[tuple[str, QWidget]] = [
            ("back", self.back_btn),
            ("cancel", self.cancel_btn),
            ("edit", self.edit_btn),
            ("new_visit", self.visit_btn),
            ("show_id", self.show_id),
            *((key, w) for key, w in self.inputs.items()),
            ("members", self.members),
            ("timeline", self.timeline),
        ]
        set_tab_order(order)
        for w in self.inputs.values():
            line = w if isinstance(w, QLineEdit) else w.lineEdit()
            if line is not None:
                line.returnPressed.connect(self._enter)

    def _enter(self) -> None:
        if self.editing:
            self.save()

    # ---------------------------------------------------------------- loading
    def load(self, household_id: str) -> None:
        self.revealed = None
        self.ctx.runner.read(lambda s: load_profile(s, household_id)).success(self.show_data).run(
            self
        )

    def show_data(self, data: ProfileData) -> None:
        self.data = data
        self._set_editing(False)
        self._fill()

    def _fill(self) -> None:
        if self.data is None:
            return
        d = self.data.details
        self.name.setText(d["name"])
        status = (
            translate("ProfileView", "Left hardship")
            if d["status"] == "left_hardship"
            else translate("ProfileView", "Needy")
        )
        if d["archived"]:
            status = translate("ProfileView", "Archived")
        self.sub.setText(
            "  ·  ".join(
                x
                for x in (
                    translate("ProfileView", "File no. %1").replace("%1", d["register_no"])
                    if d["register_no"]
                    else "",
                    d["gender"],
                    d["birth_date"],
                    status,
                )
                if x
            )
        )
        self.id_value.setText(self.revealed or d["id_masked"])
        for key, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                widget.setCurrentText(d[key])
            else:
                widget.setText(d[key])
            self.errors[key].clear()
        self.causes_value.setText("、".join(d["causes"]))
        self.members.setRowCount(len(self.data.members))
        for r, m in enumerate(self.data.members):
            for c, text in enumerate(
                (
                    m["name"],
                    m["relation"],
                    m["id_masked"],
                    "；".join(x for x in (m["health"], m["schooling"]) if x),
                )
            ):
                self.members.setItem(r, c, QTableWidgetItem(text))
        kinds = {
            "visit": translate("ProfileView", "Visit"),
            "payment": translate("ProfileView", "Payment"),
            "reversal": translate("ProfileView", "Void"),
            "need": translate("ProfileView", "Need"),
        }
        statuses = {
            "open": translate("ProfileView", "open"),
            "in_progress": translate("ProfileView", "in progress"),
            "resolved": translate("ProfileView", "resolved"),
            "closed": translate("ProfileView", "closed"),
        }
        self.timeline.setRowCount(len(self.data.timeline))
        for r, e in enumerate(self.data.timeline):
            text = e["text"] + (
                f"  [{statuses.get(e['status'], e['status'])}]" if e.get("status") else ""
            )
            for c, cell in enumerate((day(e["when"]), kinds[e["kind"]], e["campaign"], text)):
                self.timeline.setItem(r, c, QTableWidgetItem(cell))
        tables.fit(self.members)
        tables.fit(self.timeline)

    # ---------------------------------------------------------------- ID numbers
    def reveal_id(self) -> None:
        if self.data is None:
            return
        if self.revealed is not None:
            self.revealed = None
            self._fill()
            self.retranslateUi()
            return
        hid = self.data.id
        self.ctx.runner.write(
            lambda s: audit.reveal_id_number(s, "household", hid), changes=set()
        ).success(self._revealed).run(self)

    def _revealed(self, number: str) -> None:
        self.revealed = number
        self._fill()
        self.retranslateUi()

    # ---------------------------------------------------------------- editing
    def _set_editing(self, on: bool) -> None:
        self.editing = on
        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(not on)
                widget.setFrame(on)
                widget.setStyleSheet("" if on else "QLineEdit { background: transparent; }")
            else:
                widget.setEnabled(on)
                widget.setFrame(on)
        self.cancel_btn.setVisible(on)
        self.retranslateUi()

    def toggle_edit(self) -> None:
        if not self.editing:
            self._set_editing(True)
            self.inputs["name"].setFocus()
            return
        self.save()

    def cancel_edit(self) -> None:
        self._set_editing(False)
        self._fill()

    def form_values(self) -> dict[str, str]:
        return {
            k: (w.currentText() if isinstance(w, QComboBox) else w.text())
            for k, w in self.inputs.items()
        }

    def save(self) -> None:
        if self.data is None:
            return
        for err in self.errors.values():
            err.clear()
        hid = self.data.id
        before = self.data.details
        values = {k: val for k, val in self.form_values().items() if val != before.get(k, "")}
        if not values:
            self._set_editing(False)
            return
        try:
            changes = parse_changes(values)
        except ValidationError as exc:
            self.field_error(exc)
            return

        def work(s: Session) -> ProfileData:
            edit.update_household(s, hid, changes)
            return load_profile(s, hid)

        self.ctx.runner.write(work, changes={"households"}).success(self.show_data).failure(
            self._save_failed
        ).run(self)

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.field_error(error)
            return
        from fieldvisit.ui.runner import show_error

        show_error(self, error)

    def field_error(self, error: ValidationError) -> None:
        key = {"income": "monthly_income", "monthly_income_fen": "monthly_income"}.get(
            error.field, error.field
        )
        label = self.errors.get(key)
        if label is None:
            label = self.errors["name"]
            label.setText(str(error))
        else:
            label.setText(error.reason)
        widget = self.inputs.get(key)
        if widget is not None:
            widget.setFocus()

    # ---------------------------------------------------------------- texts
    def retranslateUi(self) -> None:
        self.back_btn.setText(translate("ProfileView", "← &Back"))
        self.back_btn.setShortcut("Alt+Left")
        self.visit_btn.setText(translate("ProfileView", "&New visit"))
        self.edit_btn.setText(
            translate("ProfileView", "&Save") if self.editing else translate("ProfileView", "&Edit")
        )
        self.cancel_btn.setText(translate("ProfileView", "&Cancel"))
        self.id_label.setText(translate("ProfileView", "ID number:"))
        self.show_id.setText(
            translate("ProfileView", "&Hide")
            if self.revealed
            else translate("ProfileView", "S&how")
        )
        self.show_id.setToolTip(
            translate("ProfileView", "Showing the full ID number is recorded in the access log.")
        )
        labels = {
            "name": translate("ProfileView", "Na&me:"),
            "phone": translate("ProfileView", "&Phone:"),
            "address": translate("ProfileView", "&Address:"),
            "district": translate("ProfileView", "&District:"),
            "workplace": translate("ProfileView", "&Workplace:"),
            "category": translate("ProfileView", "Ca&tegory:"),
            "family_size": translate("ProfileView", "&Family size:"),
            "monthly_income": translate("ProfileView", "Monthly &income (yuan):"),
            "notes": translate("ProfileView", "N&otes:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.causes_label.setText(translate("ProfileView", "Hardship causes:"))
        self.members_title.setText(translate("ProfileView", "Family members"))
        self.members.setHorizontalHeaderLabels(
            [
                translate("ProfileView", "Name"),
                translate("ProfileView", "Relation"),
                translate("ProfileView", "ID number"),
                translate("ProfileView", "Health / schooling"),
            ]
        )
        self.timeline_title.setText(translate("ProfileView", "Timeline"))
        self.timeline.setHorizontalHeaderLabels(
            [
                translate("ProfileView", "Date"),
                translate("ProfileView", "What"),
                translate("ProfileView", "Campaign / category"),
                translate("ProfileView", "Details"),
            ]
        )
        if self.data is not None:
            self._fill_texts_only()

    def _fill_texts_only(self) -> None:
        # statuses and kinds in the tables are translated: refill them
        if not self.editing:
            self._fill()
