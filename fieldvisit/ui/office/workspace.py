"""The office workspace: reconcile what the teams synced, and take the reports away.

A tab per question the office answers (conflicts, duplicates, payment checks,
budget, coverage, revisits, needs ledger, receipt register), a campaign filter,
and exports of the current tab to Excel or PDF plus the dashboard PDF. Only the
visible tab loads; the others reload when next shown after a change.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldvisit import reports
from fieldvisit.reports import dashboard, excel, pdf
from fieldvisit.reports.common import campaign_names
from fieldvisit.store.models import Campaign
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.office.merge_dialogs import confirm_merge
from fieldvisit.ui.office.tabs import (
    ConflictsTab,
    DuplicatesTab,
    FindingsTab,
    ReportTab,
    UnitDuplicatesTab,
)
from fieldvisit.ui.office.widgets import ask_reason
from fieldvisit.ui.page import Page


def _campaigns(s: Session) -> list[tuple[str, str]]:
    names = campaign_names(s)
    order = s.query(Campaign.id).order_by(Campaign.starts_on.desc(), Campaign.name).all()
    return [(cid, names[cid]) for (cid,) in order]


def file_stem(title: str) -> str:
    """A file name suggested in the user's language: the report's title as shown
    ("预算", "Budget" -> "budget"), without the Alt-shortcut marker."""
    stem = title.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    if stem.isascii():
        stem = stem.lower().replace(" ", "-")
    return "".join("-" if c in '\\/:*?"<>|' else c for c in stem)


class OfficeWorkspace(Page):
    shows = frozenset({"households", "units", "visits", "payments", "needs", "conflicts", "sync"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("OfficeWorkspace")
        self.months = 6
        #: Dialog hooks, replaced in tests.
        self.ask_reason = ask_reason
        self.confirm_merge = confirm_merge
        self.ask_save_path = self._ask_save_path
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.campaign_label = QLabel(self)
        self.campaign = QComboBox(self)
        self.campaign.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.campaign.setMinimumWidth(220)
        self.months_label = QLabel(self)
        self.months_box = QSpinBox(self)
        self.months_box.setRange(1, 36)
        self.months_box.setValue(self.months)
        self.refresh_button = QPushButton(self)
        self.excel_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.dashboard_button = QPushButton(self)
        for w in (self.campaign_label, self.campaign, self.months_label, self.months_box):
            bar.addWidget(w)
        bar.addStretch(1)
        for b in (self.refresh_button, self.excel_button, self.pdf_button, self.dashboard_button):
            bar.addWidget(b)
        self.campaign_label.setBuddy(self.campaign)
        self.months_label.setBuddy(self.months_box)
        lay.addLayout(bar)
        self.status = QLabel(self)
        self.tabs = QTabWidget(self)
        self.conflicts = ConflictsTab(self)
        self.duplicates = DuplicatesTab(self)
        self.unit_duplicates = UnitDuplicatesTab(self)
        self.findings = FindingsTab(self)
        self.reports: list[ReportTab] = [
            self.conflicts,
            self.duplicates,
            self.unit_duplicates,
            self.findings,
            *(
                ReportTab(self, k)
                for k in ("budget", "summary", "coverage", "revisits", "needs", "receipts")
            ),
        ]
        for tab in self.reports:
            self.tabs.addTab(tab, "")
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.status)
        self._loaded: set[int] = set()
        self.tabs.currentChanged.connect(lambda _i: self._load_current())
        self.campaign.currentIndexChanged.connect(lambda _i: self._reload_all())
        self.months_box.valueChanged.connect(self._months)
        self.refresh_button.clicked.connect(self._reload_all)
        self.excel_button.clicked.connect(lambda: self.export(".xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.dashboard_button.clicked.connect(self.export_dashboard)
        self.retranslateUi()

    def title(self) -> str:
        return self.tr("Office")

    def retranslateUi(self) -> None:
        self.campaign_label.setText(self.tr("Ca&mpaign:"))
        self.months_label.setText(self.tr("Revisits &within months:"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.excel_button.setText(self.tr("Export to &Excel…"))
        self.pdf_button.setText(self.tr("Export to &PDF…"))
        self.dashboard_button.setText(self.tr("&Dashboard PDF…"))
        labels = (
            self.tr("Conflicts"),
            self.tr("Duplicates"),
            self.tr("Unit duplicates"),
            self.tr("Payment checks"),
            self.tr("Budget"),
            self.tr("Campaign summary"),
            self.tr("Coverage"),
            self.tr("Revisits"),
            self.tr("Needs ledger"),
            self.tr("Receipts"),
        )
        for i, label in enumerate(labels):
            self.tabs.setTabText(i, label)
        for tab in getattr(self, "reports", []):  # the tabs are plain widgets: tell them
            retranslate = getattr(tab, "retranslateUi", None)
            if retranslate is not None:
                retranslate()
        if getattr(self, "_loaded", None):  # report titles and columns in the new language
            self._loaded.clear()
            if self.isVisible() and self.ctx.replica is not None:
                self._load_current()
            else:
                self._stale = True  # reloaded when shown (Page.showEvent)
        if self.campaign.count():
            self.campaign.setItemText(0, self.tr("All campaigns"))

    # ---------------------------------------------------------------- loading
    def campaign_id(self) -> str | None:
        data = self.campaign.currentData()
        return str(data) if data else None

    def refresh(self) -> None:
        self.ctx.runner.read(_campaigns).success(self._fill_campaigns).run(self)
        self._reload_all()

    def _fill_campaigns(self, items: list[tuple[str, str]]) -> None:
        keep = self.campaign_id()
        self.campaign.blockSignals(True)
        self.campaign.clear()
        self.campaign.addItem(self.tr("All campaigns"), None)
        for cid, name in items:
            self.campaign.addItem(name, cid)
        idx = self.campaign.findData(keep) if keep else 0
        self.campaign.setCurrentIndex(max(idx, 0))
        self.campaign.blockSignals(False)

    def _months(self, value: int) -> None:
        self.months = value
        self._reload_all()

    def _reload_all(self) -> None:
        self._loaded.clear()
        self._load_current()

    def _load_current(self) -> None:
        i = self.tabs.currentIndex()
        if i in self._loaded or self.ctx.replica is None:
            return
        self._loaded.add(i)
        self.reports[i].load()

    def current_tab(self) -> ReportTab:
        return self.reports[self.tabs.currentIndex()]

    # ---------------------------------------------------------------- exports
    def _ask_save_path(self, suffix: str, name: str) -> Path | None:
        filters = {".xlsx": self.tr("Excel workbook (*.xlsx)"), ".pdf": self.tr("PDF (*.pdf)")}
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), name + suffix, filters[suffix]
        )
        if not path:
            return None
        out = Path(path)
        return out if out.suffix.lower() == suffix else out.with_suffix(suffix)

    def export(self, suffix: str) -> None:
        tab = self.current_tab()
        out = self.ask_save_path(suffix, file_stem(self.tabs.tabText(self.tabs.currentIndex())))
        if out is None:
            return
        kind, campaign, months = tab.kind, self.campaign_id(), self.months

        def work(s: Session) -> Path:
            rep = reports.build(s, kind, campaign=campaign, months=months)
            if suffix == ".xlsx":
                return excel.write_workbook(rep.tables, out)
            return pdf.write_pdf(rep.tables, out)

        self.ctx.runner.read(work, label=self.tr("Exporting…")).success(self._written).run(self)

    def export_dashboard(self) -> None:
        out = self.ask_save_path(".pdf", file_stem(self.tr("Dashboard")))
        if out is None:
            return
        campaign = self.campaign_id()
        self.ctx.runner.read(
            lambda s: dashboard.write_dashboard(dashboard.collect(s, campaign), out),
            label=self.tr("Exporting…"),
        ).success(self._written).run(self)

    def _written(self, path: Any) -> None:
        self.status.setText(self.tr("Written: %1").replace("%1", str(path)))
