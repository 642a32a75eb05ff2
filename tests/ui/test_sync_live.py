"""The sync page against a real hub, driven as a user drives it.

Replica A records households and syncs through the API; replica B's sync page
is clicked with the threaded runner the app uses, so the sync runs on its own
lane while the page stays live. These are the only tests that run the page's
sync button end to end: cancelling mid-pull, and a hub that does not answer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from fieldvisit import i18n
from fieldvisit.store.models import Household, Operation
from fieldvisit.store.replica import Replica
from fieldvisit.sync import client
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.home import HomePage
from fieldvisit.ui.households import HouseholdsPage
from fieldvisit.ui.syncpage import SyncPage
from tests.helpers import all_ops, canonical
from tests.sync import conftest as hub_fixtures
from tests.sync.util import household

# The hub fixtures of tests/sync, bound here so pytest finds them for this module.
hub_url = hub_fixtures.hub_url
enrolled = hub_fixtures.enrolled

WAIT_MS = 60_000


def _names(r: Replica) -> list[str]:
    with r.reader() as s:
        return sorted(s.execute(select(Household.name)).scalars())


def _ops_from(r: Replica, device_id: str) -> int:
    with r.reader() as s:
        return int(
            s.execute(
                select(func.count()).select_from(Operation).where(Operation.device_id == device_id)
            ).scalar()
            or 0
        )


def _hold_sync_at(
    monkeypatch: pytest.MonkeyPatch,
    stage: str,
    seen: list[str] | None = None,
    when: Callable[[int, int], bool] = lambda done, total: True,
) -> tuple[threading.Event, threading.Event]:
    """Hold the page's sync the first time it reports ``stage`` (with a count ``when``
    accepts) until the second event is set (or WAIT_MS passes), so a test acts mid-sync;
    the first event says it got there. ``seen`` collects every stage reported."""
    real = client.sync
    reached, resume = threading.Event(), threading.Event()

    def held(replica: Replica, **kw: Any) -> client.SyncReport:
        progress = kw["progress"]

        def report(now: str, done: int, total: int) -> None:
            if seen is not None:
                seen.append(now)
            progress(now, done, total)
            if now == stage and when(done, total) and not reached.is_set():
                reached.set()
                resume.wait(WAIT_MS / 1000)

        return real(replica, progress=report, cancelled=kw["cancelled"])

    monkeypatch.setattr(client, "sync", held)
    return reached, resume


def _page(qtbot: Any, ctx: AppContext) -> SyncPage:
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitUntil(ctx.runner.idle, timeout=WAIT_MS)  # the conflicts list is read
    return page


def _click_sync(qtbot: Any, page: SyncPage) -> None:
    """Click "Sync now" and check the page shows a sync under way before any result."""
    assert page.sync_btn.isEnabled()
    qtbot.mouseClick(page.sync_btn, Qt.MouseButton.LeftButton)
    # The sync runs on the worker; nothing has come back to the GUI thread yet.
    assert page.running is not None
    assert page.progress.isVisible() and page.cancel_btn.isVisible()
    assert page.cancel_btn.isEnabled() and not page.sync_btn.isEnabled()


def _wait_over(qtbot: Any, ctx: AppContext, page: SyncPage) -> None:
    qtbot.waitUntil(lambda: page.running is None and ctx.runner.idle(), timeout=WAIT_MS)
    assert not page.progress.isVisible() and not page.cancel_btn.isVisible()
    assert page.sync_btn.isEnabled()


def test_sync_now_brings_the_other_laptops_households(
    qtbot: Any, make_ctx: Callable[..., AppContext], enrolled: Callable[..., Replica]
) -> None:
    a, b = enrolled("A"), enrolled("B")
    for i in range(30):
        household(a, f"甲{i:02d}")
    client.sync(a)
    ctx = make_ctx(b, synchronous=False)
    page = _page(qtbot, ctx)
    home, households = HomePage(ctx), HouseholdsPage(ctx)
    for w in (home, households):
        qtbot.addWidget(w)
        w.show()
    qtbot.waitUntil(lambda: home.loaded and households.first_ready(), timeout=WAIT_MS)
    assert households.model.rowCount() == 0
    assert home.cards["sync"].note.text() == "never synced"
    assert "Never synced." in page.status.text()
    assert "127.0.0.1" in page.status.text()  # the hub the enrolment set, not "no hub"
    mine = _ops_from(b, b.device_id)  # its enrolment wrote a few operations of its own
    broadcasts: list[set[str]] = []
    ctx.changed.connect(broadcasts.append)
    shown: list[tuple[int, int]] = []
    page.progress.valueChanged.connect(lambda v: shown.append((v, page.progress.maximum())))

    _click_sync(qtbot, page)
    assert page.result.text() == "Syncing… you can keep working."
    _wait_over(qtbot, ctx, page)

    assert _names(b) == [f"甲{i:02d}" for i in range(30)]
    assert canonical(b)["household"] == canonical(a)["household"]
    received = _ops_from(b, a.device_id)
    assert received >= 30
    # A determinate bar over the rows read, which also counts B's own operations
    # echoed back by the hub (skipped): it ends full, not short.
    assert shown and shown[-1][0] == shown[-1][1] >= received
    assert "Never synced" not in page.status.text()
    assert page.status.text().splitlines()[1].startswith("Last sync: ")
    assert page.result.text().startswith(
        f"Last result: {mine} sent, {received} received, 0 new conflicts"
    )
    assert any("households" in c for c in broadcasts)
    qtbot.waitUntil(lambda: households.model.rowCount() == 30, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: home.cards["sync"].note.text().startswith("last sync: "))


def test_cancel_stops_after_a_batch_and_sync_again_finishes(
    qtbot: Any,
    make_ctx: Callable[..., AppContext],
    enrolled: Callable[..., Replica],
    hub_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(client, "PULL_BATCH", 5)
    monkeypatch.setattr(client, "PULL_COMMIT", 10)
    a, b = enrolled("A"), enrolled("B")
    for i in range(60):
        household(a, f"乙{i:02d}")
    client.sync(a)
    household(b, "本机户")  # B has its own change to send as well
    expected = len(all_ops(a)) + len(all_ops(b))  # each operation once, wherever it came from

    # Hold the sync after its first pulled batch so the click lands mid-sync.
    real = client.sync
    paused, resume = _hold_sync_at(monkeypatch, "pull")
    ctx = make_ctx(b, synchronous=False)
    page = _page(qtbot, ctx)
    try:
        _click_sync(qtbot, page)
        qtbot.waitUntil(paused.is_set, timeout=WAIT_MS)
        qtbot.mouseClick(page.cancel_btn, Qt.MouseButton.LeftButton)
        assert not page.cancel_btn.isEnabled()  # one click is enough; say it was heard
        assert page.result.text() == "Stopping after the current batch…"
    finally:
        resume.set()
    _wait_over(qtbot, ctx, page)

    assert page.result.text().startswith("Sync stopped on request.")
    assert "Never synced." in page.status.text()  # a cancelled sync is not a sync
    assert "last_sync_at" not in b.settings
    got = len(_names(b))
    assert 1 < got < 61  # stopped part-way: its own row and some of A's
    pulled = _ops_from(b, a.device_id)
    cursor = int(b.settings[client.CURSOR_KEY])
    with psycopg.connect(hub_url) as hub:  # the saved cursor covers exactly what was folded
        row = hub.execute(
            "SELECT count(*) FROM fv_ops WHERE pos <= %s AND device_id <> %s",
            (cursor, b.device_id),
        ).fetchone()
    assert row is not None and row[0] == pulled > 0

    _click_sync(qtbot, page)
    _wait_over(qtbot, ctx, page)
    assert len(all_ops(b)) == expected  # nothing lost, nothing twice
    assert _names(b) == sorted([f"乙{i:02d}" for i in range(60)] + ["本机户"])
    assert page.result.text().startswith(
        f"Last result: 0 sent, {len(all_ops(a)) - pulled} received"
    )
    assert page.status.text().splitlines()[1].startswith("Last sync: ")
    real(a)
    assert canonical(b)["household"] == canonical(a)["household"]
    assert page.status.text().splitlines()[1].startswith("Last sync: ")


def test_hub_unreachable_is_said_in_the_users_language_and_keeps_the_outbox(
    qtbot: Any,
    make_ctx: Callable[..., AppContext],
    enrolled: Callable[..., Replica],
    compiled_translations: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    b = enrolled("B")
    household(b, "离线户")
    before = all_ops(b)
    b.set_setting("hub_conninfo", {**b.settings["hub_conninfo"], "host": "127.0.0.1", "port": "1"})
    i18n.install("zh_CN")  # make_ctx puts English back afterwards
    ctx = make_ctx(b, synchronous=False)
    page = _page(qtbot, ctx)
    assert page.sync_btn.text() == "立即同步(&S)"
    errors: list[str] = []
    ctx.runner.error_shown.connect(errors.append)

    _click_sync(qtbot, page)
    _wait_over(qtbot, ctx, page)

    boxes = [w for w in page.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1
    text = boxes[0].text()
    assert text.startswith("无法连接中心库（") and "下次同步时发出" in text
    assert "Traceback" not in text and errors == [text]
    assert page.result.text() == text  # stays on the page after the dialog is closed
    assert not [r for r in caplog.records if r.exc_info]  # no traceback logged either
    boxes[0].close()
    assert all_ops(b) == before
    assert client.outbox_of(b) == before
    assert "last_sync_at" not in b.settings and "从未同步" in page.status.text()


def test_a_first_sync_says_it_is_putting_in_order_what_arrived(
    qtbot: Any,
    make_ctx: Callable[..., AppContext],
    enrolled: Callable[..., Replica],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bulk load ends in one fold that has no count and no cancel: the bar turns busy,
    the page says what is going on, and Cancel is greyed until it is done."""
    from fieldvisit.store import bulk

    monkeypatch.setattr(client, "BULK_MIN", 0)  # a first sync of any size is a bulk load
    a, b = enrolled("A"), enrolled("B")
    for i in range(20):
        household(a, f"丙{i:02d}")
    client.sync(a)
    stages: list[str] = []
    real = client.sync
    folding, resume = _hold_sync_at(monkeypatch, "fold", stages)
    ctx = make_ctx(b, synchronous=False)
    page = _page(qtbot, ctx)
    try:
        _click_sync(qtbot, page)
        qtbot.waitUntil(folding.is_set, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: page.progress.maximum() == 0, timeout=WAIT_MS)
        assert page.progress.isVisible() and page.progress.minimum() == 0  # busy, no count
        assert page.cancel_btn.isVisible() and not page.cancel_btn.isEnabled()
        assert page.result.text().startswith("Putting in order what arrived")
        with b.reader() as s:  # not folded yet: the log holds what arrived
            assert bulk.pending(s)
    finally:
        resume.set()
    _wait_over(qtbot, ctx, page)
    assert stages.index("fold") > max(i for i, st in enumerate(stages) if st == "pull")
    assert _names(b) == [f"丙{i:02d}" for i in range(20)]
    assert page.result.text().startswith("Last result:")
    # the hub had no snapshot: the page says that was the wait, and who can spare the next
    assert "because the hub had no snapshot it could use" in page.result.text()
    # a sync that is no bulk load has no such step
    monkeypatch.setattr(client, "BULK_MIN", 10**9)
    stages.clear()
    household(a, "丁00")
    real(a)
    _click_sync(qtbot, page)
    _wait_over(qtbot, ctx, page)
    assert "fold" not in stages and "丁00" in _names(b)
    assert "snapshot" not in page.result.text()


def test_a_first_sync_shows_in_percent_how_far_it_has_put_things_in_order(
    qtbot: Any,
    make_ctx: Callable[..., AppContext],
    enrolled: Callable[..., Replica],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Once its first stage is done, the fold's bar counts percent (a minute or more at a
    county's size), still with no cancel."""
    monkeypatch.setattr(client, "BULK_MIN", 0)
    a, b = enrolled("A"), enrolled("B")
    for i in range(20):
        household(a, f"戊{i:02d}")
    client.sync(a)
    held: list[int] = []

    def halfway(done: int, total: int) -> bool:
        if total == 100 and done >= 50:
            held.append(done)
            return True
        return False

    folding, resume = _hold_sync_at(monkeypatch, "fold", when=halfway)
    ctx = make_ctx(b, synchronous=False)
    page = _page(qtbot, ctx)
    try:
        _click_sync(qtbot, page)
        qtbot.waitUntil(folding.is_set, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: page.progress.value() == held[0], timeout=WAIT_MS)
        assert (page.progress.minimum(), page.progress.maximum()) == (0, 100)
        assert page.progress.text() == f"Putting in order: {held[0]}%"
        assert page.cancel_btn.isVisible() and not page.cancel_btn.isEnabled()
        assert page.result.text().startswith("Putting in order what arrived")
    finally:
        resume.set()
    _wait_over(qtbot, ctx, page)
    assert _names(b) == [f"戊{i:02d}" for i in range(20)]


def test_each_report_shows_in_the_stage_it_was_made_in(
    qtbot: Any,
    make_ctx: Callable[..., AppContext],
    enrolled: Callable[..., Replica],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The last batch received and the fold's start are reported back to back; the page
    reads them later, on its own thread. The batch still shows as received, not as a
    fold 40 % done."""
    both, resume = threading.Event(), threading.Event()

    def sync(replica: Replica, **kw: Any) -> client.SyncReport:
        kw["progress"]("pull", 40, 100)
        kw["progress"]("fold", 0, 0)
        both.set()
        resume.wait(WAIT_MS / 1000)
        return client.SyncReport(pulled=40)

    monkeypatch.setattr(client, "sync", sync)
    ctx = make_ctx(enrolled("B"), synchronous=False)
    page = _page(qtbot, ctx)
    shown: list[tuple[str, int, int]] = []
    real_progress = page._progress

    def progress(done: int, total: int) -> None:
        real_progress(done, total)
        shown.append((page.progress.format(), page.progress.value(), page.progress.maximum()))

    monkeypatch.setattr(page, "_progress", progress)
    try:
        _click_sync(qtbot, page)
        assert both.wait(WAIT_MS / 1000)  # both reported before the page reads either
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=WAIT_MS)
        assert shown == [("Receiving %v / %m", 40, 100), ("Putting in order: %p%", 0, 0)]
    finally:
        resume.set()
    _wait_over(qtbot, ctx, page)


def test_a_first_sync_from_a_snapshot_counts_megabytes_and_can_be_cancelled(
    qtbot: Any,
    make_ctx: Callable[..., AppContext],
    enrolled: Callable[..., Replica],
    hub_url: str,
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The hub holds the team's snapshot: the bar counts its megabytes; Cancel during the
    download leaves the laptop as it was, and the next click loads it."""
    from fieldvisit.sync import snapshot

    a, b = enrolled("A"), enrolled("B")
    for i in range(20):
        household(a, f"戊{i:02d}")
    client.sync(a)
    monkeypatch.setattr(snapshot, "PART", 16 * 1024)  # several parts to stop between
    snapshot.make(hub_url, team="第一走访组", folder=tmp_path / "maker")
    stages: list[str] = []
    real = client.sync
    loading, resume = _hold_sync_at(monkeypatch, "snapshot", stages)
    ctx = make_ctx(b, synchronous=False)
    page = _page(qtbot, ctx)
    home, households = HomePage(ctx), HouseholdsPage(ctx)  # the window's other readers
    for w in (home, households):
        qtbot.addWidget(w)
        w.show()
    qtbot.waitUntil(lambda: home.loaded and households.first_ready(), timeout=WAIT_MS)
    try:
        _click_sync(qtbot, page)
        qtbot.waitUntil(loading.is_set, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: "MB" in page.progress.format(), timeout=WAIT_MS)
        assert page.progress.format() == "Receiving the team's data: %v / %m MB"
        assert page.progress.maximum() >= 1 and page.cancel_btn.isEnabled()
        qtbot.mouseClick(page.cancel_btn, Qt.MouseButton.LeftButton)
    finally:
        resume.set()
    _wait_over(qtbot, ctx, page)
    assert _names(b) == [] and not b.settings.get(client.CURSOR_KEY)
    monkeypatch.setattr(client, "sync", real)
    _click_sync(qtbot, page)
    _wait_over(qtbot, ctx, page)
    assert _names(b) == [f"戊{i:02d}" for i in range(20)]
    assert b.settings.get(client.CURSOR_KEY)
    assert page.last_report is not None and page.last_report.get("snapshot")  # not the log
    qtbot.waitUntil(lambda: households.model.rowCount() == 20, timeout=WAIT_MS)
