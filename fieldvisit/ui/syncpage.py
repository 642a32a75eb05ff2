"""Sync: with the hub (progress, cancel), by USB bundle, and the open conflicts.

A sync runs on its own lane (a second worker thread) with its own database
connections, so it never holds the serial worker: the user keeps searching and
recording visits while it runs. SQLite lets one writer at a time; the sync
engine commits in batches, so a visit saved meanwhile waits at most for one
batch (the connection's busy timeout covers it). Cancel sets a flag the sync
engine checks between batches; what was committed stays, and the next sync
resumes from there.

The sync modules come from the sync area; until they are installed the
buttons are disabled with the reason, and conflicts are read from the
replica's own ``conflict`` table.
"""

from __future__ import annotations

import importlib
import json
from collections import deque
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.i18n import translate
from fieldvisit.store.models import Conflict, Device, Household
from fieldvisit.ui import tables
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.format import local_time
from fieldvisit.ui.joinhub import ask_join, is_enrolled, join_function
from fieldvisit.ui.online import hub_address
from fieldvisit.ui.page import Page
from fieldvisit.ui.runner import error_text, show_error
from fieldvisit.validation import field_label

EVERYTHING = {"households", "visits", "payments", "needs", "conflicts", "sync"}
# What the page keeps of the sync report (the report itself is a dataclass).
REPORT_KEYS = (
    "pushed",
    "pulled",
    "conflicts",
    "seconds",
    "clock_warning",
    "cancelled",
    "incarnated",
    "snapshot",
    "snapshot_missed",
)


def sync_module(name: str) -> Any:
    try:
        return importlib.import_module(f"fieldvisit.sync.{name}")
    except ImportError:
        return None


def _hlc_time(hlc: str | None) -> str:
    """An HLC stamp (hex wall ms first) -> local time; raw text if it is not one."""
    if not hlc:
        return ""
    try:
        from fieldvisit.store.hlc import Timestamp

        ts = Timestamp.decode(hlc)
        from datetime import UTC, datetime

        return local_time(datetime.fromtimestamp(ts.ms / 1000, tz=UTC))
    except Exception:
        return str(hlc)


def hub_text(settings: dict[str, Any]) -> str | None:
    """Where this laptop syncs, for the status line.

    Enrolment writes ``hub_conninfo`` (libpq parameters); an older set-up may
    have a plain ``hub_url``. None means no hub is set up."""
    info = settings.get("hub_conninfo")
    if isinstance(info, dict) and info:
        where = hub_address(settings)
        host = f"{where[0]}:{where[1]}" if where else ""
        return "/".join(x for x in (host, str(info.get("dbname") or "")) if x) or "PostgreSQL"
    url = settings.get("hub_url")
    return str(url) if url else None


def _getter(obj: Any) -> Any:
    """Read a field of a dict or a dataclass alike (the sync API may return either)."""

    def get(key: str) -> Any:
        return obj.get(key) if isinstance(obj, dict) else getattr(obj, key, None)

    return get


def list_conflicts(s: Session) -> list[dict[str, Any]]:
    """Open conflicts as plain rows, from the sync area's API when present."""
    api = sync_module("conflicts")
    if api is not None and hasattr(api, "list_open"):
        out = []
        for c in api.list_open(s):
            get = _getter(c)
            contenders = []
            for x in get("contenders") or []:
                xg = _getter(x)
                contenders.append(
                    {
                        "take": str(xg("op_id") or xg("number") or ""),
                        "device": xg("device_name") or xg("device_id") or "",
                        "time": local_time(xg("time")) if xg("time") else "",
                        "value": xg("value"),
                    }
                )
            out.append(
                {
                    "id": get("id"),
                    "household": get("household_name") or get("household") or "",
                    "field": get("field_label") or get("field") or "",
                    "contenders": contenders,
                }
            )
        return out
    devices: dict[str, str] = {r[0]: r[1] for r in s.execute(select(Device.id, Device.name))}
    rows = list(
        s.execute(
            select(Conflict).where(Conflict.status == "open").order_by(Conflict.detected_at)
        ).scalars()
    )
    wanted = {c.row_id for c in rows}
    names: dict[str, str] = {
        r[0]: r[1]
        for r in s.execute(select(Household.id, Household.name).where(Household.id.in_(wanted)))
    }
    return [
        {
            "id": c.id,
            "household": names.get(c.row_id, c.row_id[:8]),
            "field": field_label(c.field)
            if c.kind == "field"
            else translate("SyncPage", "deleted while edited"),
            "contenders": [
                {
                    "take": str(v.get("op_id", "")),
                    "device": devices.get(v.get("device_id", ""), str(v.get("device_id", ""))[:8]),
                    "time": _hlc_time(v.get("hlc")),
                    "value": v.get("value"),
                }
                for v in c.values or []
            ],
        }
        for c in rows
    ]


def show_value(value: Any) -> str:
    if value is None:
        return translate("SyncPage", "(empty)")
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class SyncPage(Page):
    shows = frozenset({"conflicts", "sync", "households"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.client = sync_module("client")
        self.bundle = sync_module("bundle")
        self.conflicts_api = sync_module("conflicts")
        self.running: Any = None
        self.stopping = False
        # Shown instead of the last report until the next sync: why a sync failed,
        # or where a bundle went (a refresh must not wipe it).
        self.message: str | None = None
        # The stage of the report shown; set on this thread from ``stages``.
        self.stage = ""
        # Each report's stage, in the order made: the worker reports ahead of the page,
        # so a stage set from there would label reports still queued (a last batch
        # received would read as the fold's percent).
        self.stages: deque[str] = deque()
        self.conflicts: list[dict[str, Any]] = []
        self.last_report: dict[str, Any] | None = ctx.pref("last_sync_report") and json.loads(
            str(ctx.pref("last_sync_report"))
        )

        self.heading = QLabel(self)
        self.heading.setProperty("role", "h1")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.sync_btn = QPushButton(self)
        self.sync_btn.setProperty("role", "primary")
        self.cancel_btn = QPushButton(self)
        self.export_btn = QPushButton(self)
        self.import_btn = QPushButton(self)
        self.join_btn = QPushButton(self)
        self.join_btn.setObjectName("join_hub")
        self.join_btn.clicked.connect(self.join_hub)
        #: Dialog hooks, replaced in tests.
        self.ask_join = ask_join
        self.explain_not_enrolled = self._explain_not_enrolled
        self.sync_btn.clicked.connect(self.start_sync)
        self.cancel_btn.clicked.connect(self.cancel_sync)
        self.export_btn.clicked.connect(self.export_bundle)
        self.import_btn.clicked.connect(self.import_bundle)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.cancel_btn.setVisible(False)
        self.result = QLabel(self)
        self.result.setProperty("role", "muted")
        self.result.setWordWrap(True)

        self.conflicts_title = QLabel(self)
        self.conflicts_title.setProperty("role", "h2")
        self.table = QTableWidget(0, 4, self)
        tables.tune(self.table)
        self.take_btns: list[QPushButton] = [QPushButton(self), QPushButton(self)]
        for i, b in enumerate(self.take_btns):
            b.clicked.connect(lambda _c=False, i=i: self.resolve(i))
        self.table.itemSelectionChanged.connect(self._selected)

        buttons = QHBoxLayout()
        for b in (self.sync_btn, self.cancel_btn, self.export_btn, self.import_btn):
            buttons.addWidget(b)
        buttons.addWidget(self.join_btn)
        buttons.addStretch(1)
        resolve_row = QHBoxLayout()
        for b in self.take_btns:
            resolve_row.addWidget(b)
        resolve_row.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.addWidget(self.heading)
        box.addWidget(self.status)
        box.addLayout(buttons)
        box.addWidget(self.progress)
        box.addWidget(self.result)
        box.addWidget(self.conflicts_title)
        box.addWidget(self.table, 1)
        box.addLayout(resolve_row)
        self.retranslateUi()
        self._selected()

    # ---------------------------------------------------------------- conflicts
    def refresh(self) -> None:
        self.ctx.runner.read(list_conflicts).success(self._show_conflicts).run(self)

    def _show_conflicts(self, rows: list[dict[str, Any]]) -> None:
        self.conflicts = rows
        self.table.setRowCount(len(rows))
        for r, c in enumerate(rows):
            contenders = c["contenders"]
            cells = [c["household"], c["field"]]
            for x in contenders[:2]:
                cells.append(f"{show_value(x['value'])}  —  {x['device']}  {x['time']}")
            while len(cells) < 4:
                cells.append("")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c["id"])
                self.table.setItem(r, col, item)
        tables.fit(self.table)
        self.retranslateUi()
        self._selected()

    def _selected(self) -> None:
        row = self.table.currentRow()
        ok = (
            0 <= row < len(self.conflicts)
            and self.conflicts_api is not None
            and hasattr(self.conflicts_api, "resolve")
        )
        for i, b in enumerate(self.take_btns):
            b.setEnabled(ok and i < len(self.conflicts[row]["contenders"]))
            if self.conflicts_api is None:
                b.setToolTip(
                    translate(
                        "SyncPage",
                        "Resolving conflicts needs the sync module, which is not installed.",
                    )
                )

    def resolve(self, which: int) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.conflicts) or self.conflicts_api is None:
            return
        conflict = self.conflicts[row]
        take = conflict["contenders"][which]["take"] or str(which + 1)
        api = self.conflicts_api
        self.ctx.runner.write(
            lambda s: api.resolve(s, conflict["id"], take=take),
            changes={"conflicts", "households"},
        ).run(self)

    # ---------------------------------------------------------------- hub sync
    def start_sync(self) -> None:
        if self.client is None or self.running is not None or self.ctx.replica is None:
            return
        replica = self.ctx.replica
        client = self.client
        stages = self.stages = deque()

        def work(report: Any, cancelled: Any) -> dict[str, Any]:
            def progress(stage: str, done: int, total: int) -> None:
                stages.append(stage)  # before the report, which the page reads later
                report(done, total)

            r = client.sync(replica, progress=progress, cancelled=cancelled)
            get = _getter(r)
            return {k: get(k) for k in REPORT_KEYS}

        self.stage = ""
        self.stopping = False
        self.message = None
        self.progress.setRange(0, 0)  # busy until the first batch says how many
        self.progress.setVisible(True)
        self.cancel_btn.setVisible(True)
        self.cancel_btn.setEnabled(True)
        self.running = (
            self.ctx.runner.call(
                work, lane="sync", progress=True, cancellable=True, changes=EVERYTHING
            )
            .on_progress(self._progress)
            .success(self._synced)
            .failure(self._failed)
            .finally_(self._sync_over)
        )
        self.retranslateUi()
        self.running.run(self)

    def _progress(self, done: int, total: int) -> None:
        if self.stages:
            self.stage = self.stages.popleft()
        if self.stage == "fold":
            # One step a cancel would not stop, busy until its first stage is done, then
            # in percent: say what it is.
            self.progress.setRange(0, 100 if total > 0 else 0)
            self.progress.setValue(min(done, 100) if total > 0 else 0)
            self.progress.setFormat(translate("SyncPage", "Putting in order: %p%"))
            self.cancel_btn.setEnabled(False)
            self.result.setText(self._result_text())
            return
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if self.stage == "snapshot":
            # a sync (first, or far behind) loading the team snapshot; %v and %m are megabytes
            self.progress.setFormat(translate("SyncPage", "Receiving the team's data: %v / %m MB"))
            return
        stage = {
            "push": translate("SyncPage", "Sending"),
            "pull": translate("SyncPage", "Receiving"),
        }.get(self.stage, "")
        self.progress.setFormat(f"{stage} %v / %m" if stage else "%v / %m")

    def cancel_sync(self) -> None:
        """Ask the engine to stop at its next batch; the button goes grey so one
        click is seen to be enough while the batch finishes."""
        if self.running is not None:
            self.running.cancelled.set()
            self.stopping = True
            self.cancel_btn.setEnabled(False)
            self.retranslateUi()

    def _synced(self, report: dict[str, Any]) -> None:
        from datetime import UTC, datetime

        report["at"] = datetime.now(UTC).isoformat()
        self.last_report = report
        self.ctx.set_pref("last_sync_report", json.dumps(report, default=str))

    def _failed(self, error: BaseException) -> None:
        """The usual error dialog, and the reason stays on the page once it is closed."""
        self.message = error_text(error)
        self.ctx.runner.error_shown.emit(self.message)
        show_error(self, error)

    def _sync_over(self) -> None:
        self.running = None
        self.stopping = False
        self.progress.setVisible(False)
        self.cancel_btn.setVisible(False)
        self.retranslateUi()  # status (last sync time), result and buttons

    # ---------------------------------------------------------------- bundles
    def joined(self) -> bool:
        return self.ctx.replica is not None and is_enrolled(self.ctx.replica.settings)

    def join_hub(self) -> None:
        if self.ask_join(self.ctx, self):
            self._say(
                translate(
                    "SyncPage",
                    "This laptop has joined the hub. Press Sync now to send what it holds.",
                )
            )

    def _explain_not_enrolled(self) -> None:
        """Say in words what to do; offer to join right here."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("SyncPage", "Export a bundle"))
        box.setText(translate("SyncPage", "This laptop has not joined a hub yet."))
        box.setInformativeText(
            translate(
                "SyncPage",
                "A bundle is signed with the keys this laptop receives when it joins your "
                "organisation's hub; the office only accepts bundles it can check. Ask the "
                "office for an enrolment file and its one-time code, then press “Join a "
                "hub…”. Nothing on this laptop is lost: it goes into the first bundle or "
                "sync after joining.",
            )
        )
        join = box.addButton(
            translate("SyncPage", "&Join a hub…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        join.setEnabled(join_function() is not None)
        box.exec()
        if box.clickedButton() is join:
            self.join_hub()

    def export_bundle(self) -> None:
        if self.bundle is None or self.ctx.replica is None:
            return
        if not self.joined():  # before the file dialog: no file can come of it
            self.explain_not_enrolled()
            return
        name, _ = QFileDialog.getSaveFileName(
            self, translate("SyncPage", "Export a bundle"), str(Path.home() / "fieldvisit.fvbundle")
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        replica, bundle = self.ctx.replica, self.bundle
        self.ctx.runner.call(
            lambda: bundle.export_bundle(replica, path),
            lane="sync",
            label=translate("SyncPage", "Writing the bundle…"),
            changes={"sync"},
        ).success(
            lambda _r: self._say(
                translate("SyncPage", "Bundle written to %1").replace("%1", str(path))
            )
        ).run(self)

    def import_bundle(self) -> None:
        if self.bundle is None or self.ctx.replica is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, translate("SyncPage", "Import a bundle"), str(Path.home())
        )
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> None:
        replica, bundle = self.ctx.replica, self.bundle
        self.ctx.runner.call(
            lambda: bundle.import_bundle(replica, path),
            lane="sync",
            label=translate("SyncPage", "Reading the bundle…"),
            changes=EVERYTHING,
        ).success(
            lambda r: self._say(translate("SyncPage", "Bundle imported: %1").replace("%1", str(r)))
        ).run(self)

    def _say(self, text: str) -> None:
        self.message = text
        self.retranslateUi()

    # ---------------------------------------------------------------- texts
    def retranslateUi(self) -> None:
        self.heading.setText(translate("SyncPage", "Sync"))
        hub = hub_text(self.ctx.replica.settings) if self.ctx.replica is not None else None
        last = self.ctx.replica_setting("last_sync_at")
        lines = [
            translate("SyncPage", "Hub: %1").replace("%1", str(hub))
            if hub
            else translate("SyncPage", "No hub is set up for this laptop yet.")
        ]
        lines.append(
            translate("SyncPage", "Last sync: %1").replace("%1", local_time(last))
            if last
            else translate("SyncPage", "Never synced.")
        )
        self.status.setText("\n".join(lines))
        self.sync_btn.setText(translate("SyncPage", "&Sync now"))
        self.cancel_btn.setText(translate("SyncPage", "&Cancel"))
        self.export_btn.setText(translate("SyncPage", "&Export bundle…"))
        self.import_btn.setText(translate("SyncPage", "&Import bundle…"))
        missing = translate("SyncPage", "Needs the sync module, which is not installed.")
        no_hub = translate(
            "SyncPage",
            "This laptop works alone. Join your organisation's hub with the enrolment file "
            "and one-time code from the office (Join a hub…); its data is kept.",
        )
        self.join_btn.setText(translate("SyncPage", "&Join a hub…"))
        self.join_btn.setVisible(self.ctx.replica is not None and not self.joined())
        self.join_btn.setEnabled(join_function() is not None)
        self.sync_btn.setEnabled(self.client is not None and bool(hub) and self.running is None)
        self.sync_btn.setToolTip(missing if not self.client else "" if hub else no_hub)
        self.export_btn.setEnabled(self.bundle is not None)
        self.import_btn.setEnabled(self.bundle is not None)
        self.export_btn.setToolTip("" if self.bundle else missing)
        self.import_btn.setToolTip("" if self.bundle else missing)
        self.result.setText(self._result_text())
        self.conflicts_title.setText(
            translate("SyncPage", "Conflicts to settle: %1").replace("%1", str(len(self.conflicts)))
        )
        self.table.setHorizontalHeaderLabels(
            [
                translate("SyncPage", "Household"),
                translate("SyncPage", "Field"),
                translate("SyncPage", "Value A"),
                translate("SyncPage", "Value B"),
            ]
        )
        self.take_btns[0].setText(translate("SyncPage", "Keep value &A"))
        self.take_btns[1].setText(translate("SyncPage", "Keep value &B"))

    def _result_text(self) -> str:
        """One line on what the sync is doing or last did, in the current language."""
        if self.running is not None:
            if self.stage == "fold":
                return translate(
                    "SyncPage",
                    "Putting in order what arrived: a first sync, or one after weeks away, "
                    "takes up to a few minutes here. Please keep the program open.",
                )
            if self.stopping:
                return translate("SyncPage", "Stopping after the current batch…")
            return translate("SyncPage", "Syncing… you can keep working.")
        if self.message:
            return self.message
        r = self.last_report
        text = ""
        if r:
            text = (
                translate("SyncPage", "Last result: %1 sent, %2 received, %3 new conflicts, %4 s.")
                .replace("%1", str(r.get("pushed", 0)))
                .replace("%2", str(r.get("pulled", 0)))
                .replace("%3", str(r.get("conflicts", 0)))
                .replace("%4", f"{float(r.get('seconds') or 0):.1f}")
            )
            if r.get("cancelled"):
                text = translate(
                    "SyncPage",
                    "Sync stopped on request. What was sent or received is kept; sync again to finish.",
                )
            if r.get("incarnated"):
                text += " " + str(r["incarnated"])
            if r.get("clock_warning"):
                text += " " + translate(
                    "SyncPage", "Warning: this laptop's clock seems wrong: %1"
                ).replace("%1", str(r["clock_warning"]))
            if r.get("snapshot_missed") and self.client is not None:
                text += " " + self.client.missed_snapshot(int(r["snapshot_missed"]))
        return text
