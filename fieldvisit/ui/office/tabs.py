"""The office tabs: conflicts, duplicates and payment findings to act on; read-only reports.

Every tab loads through the workspace's runner (``reports.build`` on the
worker) and acts through it (one write per decision); the broadcast of what
changed makes the workspace reload, so a settled item leaves the list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldvisit import reports
from fieldvisit.reports import conflicts, duplicates, payment_checks
from fieldvisit.reports.table import Column, Table, yuan
from fieldvisit.sync.conflicts import ConflictView, coerce_value, resolve
from fieldvisit.units import duplicates as unit_duplicates
from fieldvisit.units import registry as unit_registry

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from fieldvisit.ui.office.workspace import OfficeWorkspace

from fieldvisit.ui.office.merge_dialogs import RecentMergesDialog
from fieldvisit.ui.office.widgets import MAX_ROWS, Grid


class ReportTab(QWidget):
    """A read-only report: one inner tab per table, the headline above."""

    def __init__(self, ws: OfficeWorkspace, kind: str) -> None:
        super().__init__(ws)
        self.ws = ws
        self.kind = kind
        self.report: reports.Report | None = None
        lay = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setObjectName("headline")
        lay.addWidget(self.note)
        self.inner = QTabWidget(self)
        lay.addWidget(self.inner, 1)

    def load(self) -> None:
        kind, campaign, months = self.kind, self.ws.campaign_id(), self.ws.months
        self.ws.ctx.runner.read(
            lambda s: reports.build(s, kind, campaign=campaign, months=months, limit=MAX_ROWS),
            label=self.tr("Preparing the report…"),
        ).success(self.show_report).run(self)

    def show_report(self, report: reports.Report) -> None:
        self.report = report
        self.note.setText(" · ".join(t.note for t in self.tables_of(report) if t.note))
        current = self.inner.currentIndex()
        self.inner.clear()
        for table in self.tables_of(report):
            grid = Grid(self.inner)
            grid.show_table(table, self.keys(table, report))
            self.inner.addTab(grid, table.name)
        if 0 <= current < self.inner.count():
            self.inner.setCurrentIndex(current)
        self.shown()

    def tables_of(self, report: reports.Report) -> list[Table]:
        """The report's tables this tab shows (exports carry all of them)."""
        return report.tables

    def keys(self, table: Table, report: reports.Report) -> list[Any] | None:
        return None

    def shown(self) -> None:
        pass

    def grid(self) -> Grid | None:
        w = self.inner.widget(0)
        return w if isinstance(w, Grid) else None


def _side(parent: QWidget) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(parent)
    form = QFormLayout(box)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    return box, form


class ConflictsTab(ReportTab):
    """Both values side by side with who and when; keep one, or type a new value."""

    def __init__(self, ws: OfficeWorkspace) -> None:
        super().__init__(ws, "conflicts")
        self.sides: list[tuple[QGroupBox, QLabel, QLabel, QPushButton]] = []
        panel = QWidget(self)
        row = QHBoxLayout(panel)
        for i in range(2):
            box, form = _side(panel)
            value, who = QLabel(box), QLabel(box)
            value.setObjectName(f"value{i}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = value.font()
            font.setPointSize(font.pointSize() + 3)
            font.setBold(True)
            value.setFont(font)
            keep = QPushButton(box)
            keep.clicked.connect(lambda _=False, i=i: self.keep(i))
            form.addRow(value)
            form.addRow(who)
            form.addRow(keep)
            row.addWidget(box)
            self.sides.append((box, value, who, keep))
        typed = QWidget(self)
        trow = QHBoxLayout(typed)
        trow.setContentsMargins(0, 0, 0, 0)
        self.new_value = QLineEdit(typed)
        self.use_typed = QPushButton(typed)
        self.use_typed.clicked.connect(self.take_typed)
        trow.addWidget(self.new_value, 1)
        trow.addWidget(self.use_typed)
        lay = self.layout()
        assert isinstance(lay, QVBoxLayout)
        lay.addWidget(panel)
        lay.addWidget(typed)
        self.items: dict[str, ConflictView] = {}
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.sides[0][0].setTitle(self.tr("First value"))
        self.sides[1][0].setTitle(self.tr("Second value"))
        self.sides[0][3].setText(self.tr("Keep the &first value"))
        self.sides[1][3].setText(self.tr("Keep the &second value"))
        self.new_value.setPlaceholderText(self.tr("Or type the right value"))
        self.use_typed.setText(self.tr("&Use typed value"))

    def keys(self, table: Table, report: reports.Report) -> list[Any] | None:
        self.items = {c.id: c for c in report.data}
        return [c.id for c in report.data]

    def shown(self) -> None:
        grid = self.grid()
        if grid is not None:
            grid.rowChanged.connect(self.selected)
            grid.select_first()
        self.selected()

    def current(self) -> ConflictView | None:
        grid = self.grid()
        return self.items.get(grid.current_key()) if grid is not None else None

    def selected(self) -> None:
        c = self.current()
        for i, (box, value, who, _keep) in enumerate(self.sides):
            side = c.contenders[i] if c is not None and i < len(c.contenders) else None
            box.setEnabled(side is not None)
            value.setText("" if side is None else conflicts.show(side.value))
            who.setText("" if side is None else conflicts.who(side, " · "))
        self.use_typed.setEnabled(c is not None and c.field != "*")
        self.new_value.setEnabled(c is not None and c.field != "*")

    def keep(self, i: int) -> None:
        c = self.current()
        if c is None or i >= len(c.contenders):
            return
        self._resolve(lambda s: resolve(s, c.id, take=c.contenders[i].op_id))

    def take_typed(self) -> None:
        c = self.current()
        text = self.new_value.text().strip()
        if c is not None and text:
            self._resolve(lambda s: resolve(s, c.id, value=coerce_value(s, c.id, text)))

    def _resolve(self, work: Callable[[Session], object]) -> None:
        self.ws.ctx.runner.write(work, changes={"conflicts", "households"}).success(
            lambda _: self.new_value.clear()
        ).run(self)


class DuplicatesTab(ReportTab):
    """Candidate pairs side by side; merge either way or mark as not the same family."""

    FIELDS: tuple[str, ...] = (
        "name",
        "id_number_masked",
        "phone",
        "address",
        "district",
        "team",
        "visits",
        "payments",
    )

    def __init__(self, ws: OfficeWorkspace) -> None:
        super().__init__(ws, "duplicates")
        panel = QWidget(self)
        row = QHBoxLayout(panel)
        self.boxes: list[QGroupBox] = []
        self.values: list[dict[str, QLabel]] = []
        self.forms: list[QFormLayout] = []
        for _ in range(2):
            box, form = _side(panel)
            labels = {f: QLabel(box) for f in self.FIELDS}
            for f in self.FIELDS:
                form.addRow(f, labels[f])
            row.addWidget(box)
            self.boxes.append(box)
            self.values.append(labels)
            self.forms.append(form)
        buttons = QWidget(self)
        brow = QHBoxLayout(buttons)
        brow.setContentsMargins(0, 0, 0, 0)
        self.keep_a, self.keep_b, self.dismiss, self.recent = (
            QPushButton(buttons),
            QPushButton(buttons),
            QPushButton(buttons),
            QPushButton(buttons),
        )
        self.keep_a.clicked.connect(lambda: self.merge(keep=0))
        self.keep_b.clicked.connect(lambda: self.merge(keep=1))
        self.dismiss.clicked.connect(self.not_duplicate)
        self.recent.clicked.connect(self.show_merges)
        for b in (self.keep_a, self.keep_b, self.dismiss):
            brow.addWidget(b)
        brow.addStretch(1)
        brow.addWidget(self.recent)
        self.merges_dialog: RecentMergesDialog | None = None
        lay = self.layout()
        assert isinstance(lay, QVBoxLayout)
        lay.addWidget(panel)
        lay.addWidget(buttons)
        self.pairs: dict[str, Any] = {}
        self.retranslateUi()

    def field_names(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "id_number_masked": self.tr("ID number"),
            "phone": self.tr("Phone"),
            "address": self.tr("Address"),
            "district": self.tr("District"),
            "team": self.tr("Team"),
            "visits": self.tr("Visits"),
            "payments": self.tr("Payments"),
        }

    def side_titles(self) -> tuple[str, str]:
        return self.tr("Household A"), self.tr("Household B")

    def dismiss_text(self) -> str:
        return self.tr("&Not the same family…")

    def retranslateUi(self) -> None:
        for box, title in zip(self.boxes, self.side_titles(), strict=True):
            box.setTitle(title)
        names = self.field_names()
        for form in self.forms:
            for i, f in enumerate(self.FIELDS):
                label = form.itemAt(i, QFormLayout.ItemRole.LabelRole)
                if label is not None and isinstance(label.widget(), QLabel):
                    label.widget().setText(names[f])  # type: ignore[union-attr]
        self.keep_a.setText(self.tr("Keep &A, merge B into it…"))
        self.keep_b.setText(self.tr("Keep &B, merge A into it…"))
        self.dismiss.setText(self.dismiss_text())
        self.recent.setText(self.tr("Recent mer&ges…"))

    def tables_of(self, report: reports.Report) -> list[Table]:
        return report.tables[:1]  # the units' pairs have a tab of their own

    def keys(self, table: Table, report: reports.Report) -> list[Any] | None:
        self.pairs = {p.key: p for p in report.data}
        return [p.key for p in report.data]

    def shown(self) -> None:
        grid = self.grid()
        if grid is not None:
            grid.rowChanged.connect(self.selected)
            grid.select_first()
        self.selected()

    def current(self) -> Any:
        """The chosen pair (a household pair here, a unit pair on the units' tab)."""
        grid = self.grid()
        return self.pairs.get(grid.current_key()) if grid is not None else None

    def selected(self) -> None:
        p = self.current()
        for side, labels in zip((p.a, p.b) if p else (None, None), self.values, strict=True):
            for f, label in labels.items():
                label.setText("" if side is None else str(getattr(side, f)))
        for b in (self.keep_a, self.keep_b, self.dismiss):
            b.setEnabled(p is not None)

    def merge(self, keep: int) -> None:
        p = self.current()
        if p is None:
            return
        survivor, loser = (p.a.id, p.b.id) if keep == 0 else (p.b.id, p.a.id)
        self.ws.ctx.runner.read(lambda s: duplicates.merge_preview(s, loser, survivor)).success(
            self._confirm_merge
        ).run(self)

    def _confirm_merge(self, preview: duplicates.MergePreview) -> None:
        """Nothing moves until the office has seen both households and confirmed."""
        reason = self.ws.confirm_merge(self, preview)
        if reason is None:
            return
        loser, survivor = preview.merge.id, preview.keep.id
        self.ws.ctx.runner.write(
            lambda s: duplicates.merge_pair(s, loser, survivor, reason or None),
            changes={"households", "visits", "payments", "needs"},
        ).run(self)

    # ---------------------------------------------------------------- undoing merges
    def show_merges(self) -> None:
        if self.merges_dialog is None:
            self.merges_dialog = RecentMergesDialog(self)
            self.merges_dialog.unmergeRequested.connect(self.unmerge)
        self._load_merges()
        self.merges_dialog.open()

    def _load_merges(self) -> None:
        dlg = self.merges_dialog
        if dlg is not None:
            self.ws.ctx.runner.read(duplicates.recent_merges).success(dlg.show_records).run(self)

    def unmerge(self, household_id: str) -> None:
        dlg = self.merges_dialog
        rec = (
            next((m for m in dlg.records if m.household_id == household_id), None) if dlg else None
        )
        what = f"{rec.name} → {rec.into_name}" if rec else household_id
        reason = self.ws.ask_reason(
            dlg or self,
            self.tr("Undo merge"),
            self.tr(
                "Undo the merge %1? The household is live again and its own visits, "
                "payments and needs go back to it. Why?"
            ).replace("%1", what),
        )
        if reason is None:
            return
        self.ws.ctx.runner.write(
            lambda s: duplicates.unmerge(s, household_id, reason),
            changes={"households", "visits", "payments", "needs"},
        ).success(lambda _r: self._load_merges()).run(self)

    def not_duplicate(self) -> None:
        p = self.current()
        if p is None:
            return
        reason = self.ws.ask_reason(
            self, self.tr("Not the same family"), self.tr("Why are these two different families?")
        )
        if reason is None:
            return
        a, b = p.a.id, p.b.id
        self.ws.ctx.runner.write(
            lambda s: duplicates.dismiss_pair(s, a, b, reason), changes={"households"}
        ).run(self)


class UnitDuplicatesTab(DuplicatesTab):
    """Units that may be registered twice: the households' screen, with a unit's fields
    and the unit functions (a merge moves its visits, distributions and wishes)."""

    FIELDS = (
        "name",
        "kind",
        "code",
        "address",
        "phone",
        "contact",
        "team",
        "visits",
        "distributions",
    )

    def field_names(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "kind": self.tr("Kind"),
            "code": self.tr("Code"),
            "address": self.tr("Address"),
            "phone": self.tr("Contact phone"),
            "contact": self.tr("Contact person"),
            "team": self.tr("Team"),
            "visits": self.tr("Visits"),
            "distributions": self.tr("Distributions"),
        }

    def side_titles(self) -> tuple[str, str]:
        return self.tr("Unit A"), self.tr("Unit B")

    def dismiss_text(self) -> str:
        return self.tr("&Not the same unit…")

    def tables_of(self, report: reports.Report) -> list[Table]:
        return report.tables[1:]

    def keys(self, table: Table, report: reports.Report) -> list[Any] | None:
        pairs = report.unit_data or []
        self.pairs = {p.key: p for p in pairs}
        return [p.key for p in pairs]

    def merge(self, keep: int) -> None:
        p = self.current()
        if p is None:
            return
        survivor, loser = (p.a.id, p.b.id) if keep == 0 else (p.b.id, p.a.id)
        self.ws.ctx.runner.read(
            lambda s: unit_duplicates.merge_preview(s, loser, survivor)
        ).success(self._confirm_merge).run(self)

    def _confirm_merge(self, preview: Any) -> None:
        """Nothing moves until the office has seen both units and confirmed."""
        reason = self.ws.confirm_merge(self, preview)
        if reason is None:
            return
        loser, survivor = preview.merge.id, preview.keep.id
        self.ws.ctx.runner.write(
            lambda s: unit_registry.merge_units(s, loser, survivor, reason or None),
            changes={"units", "needs"},
        ).run(self)

    def show_merges(self) -> None:
        if self.merges_dialog is None:
            self.merges_dialog = RecentMergesDialog(self, units=True)
            self.merges_dialog.unmergeRequested.connect(self.unmerge)
        self._load_merges()
        self.merges_dialog.open()

    def _load_merges(self) -> None:
        dlg = self.merges_dialog
        if dlg is not None:
            self.ws.ctx.runner.read(unit_duplicates.recent_merges).success(dlg.show_records).run(
                self
            )

    def unmerge(self, unit_id: str) -> None:
        dlg = self.merges_dialog
        rec = next((m for m in dlg.records if m.unit_id == unit_id), None) if dlg else None
        what = f"{rec.name} → {rec.into_name}" if rec else unit_id
        reason = self.ws.ask_reason(
            dlg or self,
            self.tr("Undo merge"),
            self.tr(
                "Undo the merge %1? The unit is live again and its own visits, "
                "distributions and wishes go back to it. Why?"
            ).replace("%1", what),
        )
        if reason is None:
            return
        self.ws.ctx.runner.write(
            lambda s: unit_duplicates.unmerge(s, unit_id, reason), changes={"units", "needs"}
        ).success(lambda _r: self._load_merges()).run(self)

    def not_duplicate(self) -> None:
        p = self.current()
        if p is None:
            return
        reason = self.ws.ask_reason(
            self, self.tr("Not the same unit"), self.tr("Why are these two different units?")
        )
        if reason is None:
            return
        a, b = p.a.id, p.b.id
        self.ws.ctx.runner.write(
            lambda s: unit_duplicates.dismiss_pair(s, a, b, reason), changes={"units"}
        ).run(self)


class FindingsTab(ReportTab):
    """Payment findings; the payments behind one; void one with a reason, or accept with a reason."""

    def __init__(self, ws: OfficeWorkspace) -> None:
        super().__init__(ws, "payments-check")
        self.payments = Grid(self)
        buttons = QWidget(self)
        brow = QHBoxLayout(buttons)
        brow.setContentsMargins(0, 0, 0, 0)
        self.void_button, self.accept_button = QPushButton(buttons), QPushButton(buttons)
        self.void_button.clicked.connect(self.void)
        self.accept_button.clicked.connect(self.accept)
        brow.addWidget(self.void_button)
        brow.addWidget(self.accept_button)
        brow.addStretch(1)
        lay = self.layout()
        assert isinstance(lay, QVBoxLayout)
        split = QSplitter(Qt.Orientation.Vertical, self)
        lay.removeWidget(self.inner)
        split.addWidget(self.inner)
        split.addWidget(self.payments)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 300])
        lay.addWidget(split, 1)
        lay.addWidget(buttons)
        self.findings: dict[str, payment_checks.Finding] = {}
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.void_button.setText(self.tr("&Void selected payment…"))
        self.accept_button.setText(self.tr("&Accept finding…"))

    def keys(self, table: Table, report: reports.Report) -> list[Any] | None:
        self.findings = {f.key: f for f in report.data}
        return [f.key for f in report.data]

    def shown(self) -> None:
        grid = self.grid()
        if grid is not None:
            grid.rowChanged.connect(self.selected)
            grid.select_first()
        self.selected()

    def current(self) -> payment_checks.Finding | None:
        grid = self.grid()
        return self.findings.get(grid.current_key()) if grid is not None else None

    def selected(self) -> None:
        f = self.current()
        lines = f.payments if f is not None else []
        table = Table(
            "payments",
            "",
            [
                Column("receipt", self.tr("Receipt number")),
                Column("paid_on", self.tr("Paid on"), "date"),
                Column("team", self.tr("Team")),
                Column("device", self.tr("Device")),
                Column("cash", self.tr("Cash"), "money"),
                Column("goods", self.tr("Goods value"), "money"),
            ],
            [
                (p.receipt_no, p.paid_on, p.team, p.device, p.cash_fen, p.goods_value_fen)
                for p in lines
            ],
        )
        self.payments.show_table(table, [p.id for p in lines], with_totals=False)
        self.payments.select_first()
        self.void_button.setEnabled(bool(lines))
        self.accept_button.setEnabled(f is not None)

    def void(self) -> None:
        f = self.current()
        pid = self.payments.current_key()
        if f is None or pid is None:
            return
        line = next((p for p in f.payments if p.id == pid), None)
        what = f"{line.receipt_no} {yuan(line.cash_fen)}" if line else pid
        reason = self.ws.ask_reason(
            self, self.tr("Void payment"), self.tr("Why is %1 voided?").replace("%1", what)
        )
        if reason is None:
            return
        self.ws.ctx.runner.write(
            lambda s: payment_checks.void_payment(s, pid, reason), changes={"payments"}
        ).run(self)

    def accept(self) -> None:
        f = self.current()
        if f is None:
            return
        reason = self.ws.ask_reason(
            self, self.tr("Accept finding"), self.tr("Why is this in order?")
        )
        if reason is None:
            return
        key = f.key
        self.ws.ctx.runner.write(
            lambda s: payment_checks.accept_finding(s, key, reason), changes={"payments"}
        ).run(self)
