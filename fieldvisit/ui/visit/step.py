"""The base of every visit wizard page: it knows its wizard and says whose visit it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDateEdit, QWidget, QWizardPage

if TYPE_CHECKING:
    from fieldvisit.ui.visit.wizard import VisitWizard


class Step(QWizardPage):
    def __init__(self, wizard: VisitWizard) -> None:
        super().__init__()
        self.wiz = wizard

    def setTitle(self, title: str) -> None:
        """Every step says whose visit it is: "Money and goods · 王秀英"."""
        super().setTitle(f"{title}  ·  {self.wiz.setup.name}")

    def retranslateUi(self) -> None:
        pass


class DateField(QDateEdit):
    """A date field that Tab and Shift+Tab leave at once.

    QDateEdit walks its year, month and day with Tab; in a form that is a trap
    (an owner typed "there" landed in the date and was lost). The arrow keys and
    typing still move between the parts."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
