"""A visit to a unit: what was handed over for its workers, who signed, and the checks.

The same rules as the CLI (``fieldvisit.units.distributions``): warnings — a second
distribution in this campaign, a date outside it — are shown as soon as the campaign
and date are chosen, and Save asks for a reason while any stands.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.i18n import translate
from fieldvisit.payments import GoodsLine
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.page import set_tab_order
from fieldvisit.ui.runner import error_text
from fieldvisit.ui.units.data import campaign_choices
from fieldvisit.units import distributions as dist


class UnitVisitDialog(QDialog):
    def __init__(
        self, ctx: AppContext, unit: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unit = unit
        self.choices: dict[str, Any] = {"campaigns": []}
        self.result_receipt: str | None = None
        self.campaign = QComboBox(self)
        self.campaign.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.when = QDateEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd")
        self.when.setDate(QDate.currentDate())
        self.when.setMaximumDate(QDate.currentDate())
        self.visitors = QLineEdit(self)
        self.cash = QDoubleSpinBox(self)
        self.cash.setRange(0, 9_999_999.99)
        self.cash.setDecimals(2)
        self.cash.setPrefix("¥")
        self.item = QComboBox(self)
        self.qty = QSpinBox(self)
        self.qty.setRange(0, 1_000_000)
        self.packages = QSpinBox(self)
        self.packages.setRange(0, 1_000_000)
        self.reached = QSpinBox(self)
        self.reached.setRange(0, 1_000_000)
        self.representative = QLineEdit(self)
        self.post = QLineEdit(self)
        self.notes = QLineEdit(self)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setProperty("role", "warning")
        self.reason = QLineEdit(self)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        # the form's rows in reading order, which is also the Tab order
        fields = [
            ("campaign", self.campaign),
            ("date", self.when),
            ("visitors", self.visitors),
            ("cash", self.cash),
            ("item", self.item),
            ("qty", self.qty),
            ("packages", self.packages),
            ("reached", self.reached),
            ("representative", self.representative),
            ("post", self.post),
            ("notes", self.notes),
            ("reason", self.reason),
        ]
        for key, widget in fields:
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            self.form.addRow(label, widget)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # wide enough for a campaign name and the reason's hint in every language
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        box = QVBoxLayout(self)
        box.addLayout(self.form)
        box.addWidget(self.warnings)
        box.addWidget(self.error)
        box.addWidget(self.buttons)
        set_tab_order(fields)
        self.campaign.currentIndexChanged.connect(lambda _i: self._campaign_changed())
        self.when.dateChanged.connect(lambda _d: self.check())
        self.retranslateUi()
        ctx.runner.read(campaign_choices).success(self._fill).run(self)

    def retranslateUi(self) -> None:
        self.setWindowTitle(
            translate("UnitVisit", "Visit to %1").replace("%1", self.unit.get("name", ""))
        )
        texts = {
            "campaign": translate("UnitVisit", "&Campaign:"),
            "date": translate("UnitVisit", "&Date:"),
            "visitors": translate("UnitVisit", "&Visitors (经办人):"),
            "cash": translate("UnitVisit", "Ca&sh:"),
            "item": translate("UnitVisit", "&Goods:"),
            "qty": translate("UnitVisit", "&Quantity:"),
            "packages": translate("UnitVisit", "&Packages:"),
            "reached": translate("UnitVisit", "&Workers reached:"),
            "representative": translate("UnitVisit", "&Representative:"),
            "post": translate("UnitVisit", "P&ost:"),
            "notes": translate("UnitVisit", "&Notes:"),
            "reason": translate("UnitVisit", "&Reason to go on:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.reason.setPlaceholderText(
            translate("UnitVisit", "needed only when a warning is shown above")
        )

    def _fill(self, choices: dict[str, Any]) -> None:
        self.choices = choices
        self.campaign.blockSignals(True)
        self.campaign.clear()
        for c in choices["campaigns"]:
            self.campaign.addItem(c["name"], c["id"])
        if choices["current"]:
            self.campaign.setCurrentIndex(max(0, self.campaign.findData(choices["current"])))
        self.campaign.blockSignals(False)
        self._campaign_changed()

    def _current(self) -> dict[str, Any] | None:
        cid = self.campaign.currentData()
        return next((c for c in self.choices["campaigns"] if c["id"] == cid), None)

    def _campaign_changed(self) -> None:
        self.item.clear()
        self.item.addItem(translate("UnitVisit", "(no goods)"), None)
        camp = self._current()
        for entry in (camp or {}).get("catalogue", []):
            self.item.addItem(f"{entry['item']}（{entry['unit']}）", entry)
        self.check()

    def _input(self) -> dist.UnitVisitInput:
        entry = self.item.currentData()
        goods = (
            [
                GoodsLine(
                    entry["item"], entry["unit"], self.qty.value(), int(entry["unit_value_fen"])
                )
            ]
            if entry and self.qty.value() > 0
            else []
        )
        cash = round(self.cash.value() * 100)
        qd = self.when.date()
        return dist.UnitVisitInput(
            unit_id=self.unit["id"],
            visited_on=date(qd.year(), qd.month(), qd.day()),
            campaign_id=self.campaign.currentData(),
            visitors=self.visitors.text(),
            notes=self.notes.text() or None,
            reason=self.reason.text() or None,
            distribution=dist.DistributionInput(
                cash_fen=cash,
                goods=goods,
                packages=self.packages.value(),
                workers_reached=self.reached.value(),
                representative_name=self.representative.text(),
                representative_post=self.post.text() or None,
            )
            if cash or goods
            else None,
        )

    def check(self) -> None:
        """Show the warnings for the chosen campaign and date (off the GUI thread)."""
        if self.campaign.currentData() is None:
            return
        data = self._input()
        if data.distribution is None:  # warn before the amounts are typed, not after
            data.distribution = dist.DistributionInput()

        def show(found: list[dist.Warning]) -> None:
            self.warnings.setText("\n".join(f"⚠ {w.message}" for w in found))
            self.warnings.setVisible(bool(found))

        self.ctx.runner.read(lambda s: dist.warnings_for(s, data)).success(show).run(self)

    def save(self) -> None:
        data = self._input()

        def done(result: dist.UnitVisitResult) -> None:
            self.result_receipt = result.receipt_no
            self.accept()

        def failed(error: BaseException) -> None:
            self.error.setText(error_text(error))

        self.ctx.runner.write(
            lambda s: dist.record_unit_visit(s, data), changes={"units", "payments"}
        ).success(done).failure(failed).run(self)
