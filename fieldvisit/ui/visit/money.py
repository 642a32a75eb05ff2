"""Page 3, money and goods: cash prefilled from the campaign standard, goods from
its catalogue, a running total."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from fieldvisit import validation as v
from fieldvisit import visit_checks
from fieldvisit.errors import ValidationError
from fieldvisit.i18n import translate
from fieldvisit.ui.format import yuan
from fieldvisit.ui.visit.step import Step

if TYPE_CHECKING:
    from fieldvisit.ui.visit.wizard import VisitWizard


class MoneyStep(Step):
    def __init__(self, wizard: VisitWizard) -> None:
        super().__init__(wizard)
        self.cash = QLineEdit(self)
        self.cash_label = QLabel(self)
        self.cash_label.setBuddy(self.cash)
        self.standard = QLabel(self)
        self.standard.setProperty("role", "muted")
        # The checks before money changes hands: paid before, above the standard or
        # cap, outside the campaign period. Each warning needs a reason to go on.
        self.warnings = QLabel(self)
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setStyleSheet(
            "QLabel { background: #fef3c7; border: 1px solid #f59e0b; border-radius: 4px;"
            " padding: 6px; color: #78350f; }"
        )
        self.override = QLineEdit(self)
        self.override_label = QLabel(self)
        self.override_label.setBuddy(self.override)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.total = QLabel(self)
        self.total.setProperty("role", "h2")
        self.goods = QTableWidget(0, 4, self)
        # Only the quantities are input: Tab goes from one to the next, never cell by cell.
        self.goods.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.goods.setTabKeyNavigation(False)
        self.goods.verticalHeader().setVisible(False)
        self.goods.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.goods_label = QLabel(self)
        self.goods_label.setProperty("role", "h2")
        grid = QGridLayout(self)
        grid.addWidget(self.cash_label, 0, 0)
        grid.addWidget(self.cash, 0, 1)
        grid.addWidget(self.standard, 0, 2)
        grid.addWidget(self.warnings, 1, 0, 1, 3)
        grid.addWidget(self.override_label, 2, 0)
        grid.addWidget(self.override, 2, 1, 1, 2)
        grid.addWidget(self.error, 3, 0, 1, 3)
        grid.addWidget(self.goods_label, 4, 0, 1, 3)
        grid.addWidget(self.goods, 5, 0, 1, 3)
        grid.addWidget(self.total, 6, 0, 1, 3)
        grid.setRowStretch(5, 1)
        self.cash.textChanged.connect(wizard.touched)
        self.cash.textChanged.connect(self.update_total)
        self.cash.textChanged.connect(self.update_checks)
        self.override.textChanged.connect(wizard.touched)
        self.cash.setObjectName("cash")
        self.override.setObjectName("override")
        self.spins: list[QSpinBox] = []

    def set_catalogue(self, catalogue: list[dict[str, Any]]) -> None:
        self.goods.setRowCount(len(catalogue))
        self.spins = []
        for r, item in enumerate(catalogue):
            self.goods.setItem(r, 0, QTableWidgetItem(item["item"]))
            self.goods.setItem(r, 1, QTableWidgetItem(item["unit"]))
            self.goods.setItem(r, 2, QTableWidgetItem(yuan(item["unit_value_fen"])))
            spin = QSpinBox(self.goods)
            spin.setObjectName("quantity")
            spin.setRange(0, 100)
            spin.valueChanged.connect(self.wiz.touched)
            spin.valueChanged.connect(self.update_total)
            self.goods.setCellWidget(r, 3, spin)
            QWidget.setTabOrder(self.spins[-1] if self.spins else self.override, spin)
            self.spins.append(spin)
            for c in range(3):
                cell = self.goods.item(r, c)
                if cell is not None:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def update_total(self, *_args: Any) -> None:
        goods = sum(g.quantity * g.unit_value_fen for g in self.wiz.goods_lines())
        try:
            cash = v.amount_fen(self.cash.text(), "cash")
        except ValidationError:
            self.total.setText("")
            return
        self.total.setText(
            translate("VisitWizard", "Total handed over: %1 (cash %2, goods %3)")
            .replace("%1", yuan(cash + goods))
            .replace("%2", yuan(cash))
            .replace("%3", yuan(goods))
        )

    def checks(self) -> list[visit_checks.Check]:
        """The warnings for what is on the form now (none when nothing is handed over)."""
        facts = self.wiz.setup.facts
        if facts is None or not self.wiz.has_payment():
            return []
        try:
            cash = self.wiz.cash_fen()
        except ValidationError:
            return []
        return visit_checks.money_checks(
            facts,
            campaign_id=self.wiz.conditions.campaign.currentData(),
            paid_on=self.wiz.visit_day(),
            cash_fen=cash,
        )

    def update_checks(self, *_args: Any) -> None:
        found = self.checks()
        self.warnings.setText("\n".join(f"⚠ {c.message}" for c in found))
        for w in (self.warnings, self.override_label, self.override):
            w.setVisible(bool(found))

    def initializePage(self) -> None:
        self.update_checks()

    def validatePage(self) -> bool:
        self.error.clear()
        try:
            self.wiz.cash_fen()
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.cash.setFocus()
            return False
        self.update_checks()
        if visit_checks.blocking(self.checks(), self.override.text()):
            self.error.setText(
                translate(
                    "VisitWizard",
                    "Read the warnings above with the family; to go on, write the reason.",
                )
            )
            self.override.setFocus()
            return False
        return True

    def retranslateUi(self) -> None:
        self.setTitle(translate("VisitWizard", "Money and goods"))
        self.setSubTitle(
            translate(
                "VisitWizard",
                "The amount is the campaign's standard for this household's category; change it if needed.",
            )
        )
        self.cash_label.setText(translate("VisitWizard", "&Cash (yuan):"))
        self.override_label.setText(translate("VisitWizard", "&Reason to go on:"))
        self.goods_label.setText(translate("VisitWizard", "Goods from the campaign catalogue"))
        self.goods.setHorizontalHeaderLabels(
            [
                translate("VisitWizard", "Item"),
                translate("VisitWizard", "Unit"),
                translate("VisitWizard", "Unit value"),
                translate("VisitWizard", "Quantity"),
            ]
        )
        self.update_total()
        self.update_checks()
        camp = self.wiz.campaign()
        if camp is not None:
            text = translate("VisitWizard", "Standard: %1").replace(
                "%1", yuan(camp["standard_fen"])
            )
            if camp.get("cap_fen"):
                text += "  " + translate("VisitWizard", "cap: %1").replace(
                    "%1", yuan(camp["cap_fen"])
                )
            self.standard.setText(text)
