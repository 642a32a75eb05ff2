"""The base of every visit wizard page: it knows its wizard and says whose visit it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QWizardPage,
)

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
