"""Page 1, conditions: campaign, date, visitors, the checklist and notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldvisit import visit_checks, visits
from fieldvisit.i18n import translate
from fieldvisit.ui.visit.setup import observation_label
from fieldvisit.ui.visit.step import DateField, Step

if TYPE_CHECKING:
    from fieldvisit.ui.visit.wizard import VisitWizard


class ConditionsStep(Step):
    def __init__(self, wizard: VisitWizard) -> None:
        super().__init__(wizard)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.campaign = QComboBox(self)
        for c in wizard.setup.campaigns:
            self.campaign.addItem(c["name"], c["id"])
        self.day = DateField(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.currentDate())
        self.day.setMaximumDate(QDate.currentDate())
        self.visitors = QLineEdit(self)
        self.checks: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        self.labels: dict[str, QLabel] = {}
        fields: tuple[tuple[str, QWidget], ...] = (
            ("campaign", self.campaign),
            ("day", self.day),
            ("visitors", self.visitors),
        )
        for name, w in fields:
            label = QLabel(self)
            label.setBuddy(w)
            self.labels[name] = label
            form.addRow(label, w)
        self.checklist = QLabel(self)
        self.checklist.setProperty("role", "h2")
        form.addRow(self.checklist)
        for key in visits.OBSERVATIONS:
            box = QCheckBox(self)
            text = QLineEdit(self)
            text.setEnabled(False)
            box.toggled.connect(text.setEnabled)
            # No jump of the focus into the field: Tab reaches it next (it follows its box).
            self.checks[key] = (box, text)
            form.addRow(box, text)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(90)
        self.notes.setTabChangesFocus(True)  # Tab leaves the notes for Next, as in a form
        label = QLabel(self)
        label.setBuddy(self.notes)
        self.labels["notes"] = label
        form.addRow(label, self.notes)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        self.notes.textChanged.connect(wizard.touched)
        for line in (self.visitors, *[t for _b, t in self.checks.values()]):
            line.textChanged.connect(wizard.touched)
        self.campaign.currentIndexChanged.connect(wizard.campaign_changed)
        for name, w in (*fields, ("notes", self.notes)):
            w.setObjectName(name)
        for key, (box, text) in self.checks.items():
            box.setObjectName(f"check_{key}")
            text.setObjectName(f"seen_{key}")

    def validatePage(self) -> bool:
        """At least one visitor (经办人), and no date ahead of today."""
        found = visit_checks.visitor_checks(self.visitors.text()) + visit_checks.date_checks(
            self.wiz.visit_day()
        )
        if found:
            self.error.setText(" ".join(c.message for c in found))
            (self.day if found[0].kind == "future_date" else self.visitors).setFocus()
            return False
        self.error.clear()
        return True

    def retranslateUi(self) -> None:
        self.setTitle(translate("VisitWizard", "Conditions"))
        self.setSubTitle(
            translate(
                "VisitWizard",
                "How is the family doing? Tick what you checked and write what you saw.",
            )
        )
        self.labels["campaign"].setText(translate("VisitWizard", "&Campaign:"))
        self.labels["day"].setText(translate("VisitWizard", "&Date:"))
        self.labels["visitors"].setText(translate("VisitWizard", "&Visitors:"))
        self.labels["notes"].setText(translate("VisitWizard", "N&otes:"))
        self.checklist.setText(translate("VisitWizard", "Checklist"))
        for key, (box, text) in self.checks.items():
            box.setText(observation_label(key))
            text.setPlaceholderText(translate("VisitWizard", "what you saw"))
