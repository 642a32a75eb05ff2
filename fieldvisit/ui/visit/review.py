"""Page 6, review: everything on one page before the visit is saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QTextBrowser,
    QVBoxLayout,
    QWizard,
)

from fieldvisit.i18n import translate
from fieldvisit.ui.visit.step import Step

if TYPE_CHECKING:
    from fieldvisit.ui.visit.wizard import VisitWizard


class ReviewStep(Step):
    def __init__(self, wizard: VisitWizard) -> None:
        super().__init__(wizard)
        self.summary = QTextBrowser(self)
        self.summary.setObjectName("summary")
        box = QVBoxLayout(self)
        box.addWidget(self.summary)

    def initializePage(self) -> None:
        self.summary.setHtml(self.wiz.review_html())

    def retranslateUi(self) -> None:
        self.setTitle(translate("VisitWizard", "Review"))
        self.setSubTitle(
            translate(
                "VisitWizard",
                "Check everything with the family, then save. Saving takes the receipt number.",
            )
        )
        self.setButtonText(
            QWizard.WizardButton.FinishButton, translate("VisitWizard", "&Save visit")
        )
        if self.wiz.currentPage() is self:
            self.summary.setHtml(self.wiz.review_html())
