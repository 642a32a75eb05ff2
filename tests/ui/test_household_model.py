"""The household list model: lazy blocks over SQL ids, search, filters, sort, masking."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from fieldvisit.households.search import Filters
from fieldvisit.store.models import Household, Visit
from fieldvisit.ui.household_model import HouseholdModel, SearchSpec
from fieldvisit.ui.runner import Runner


def _all(replica: Any) -> list[Household]:
    with replica.reader() as s:
        return list(s.execute(select(Household).where(Household.archived.is_(False))).scalars())


def test_model_passes_qt_model_checks(qtmodeltester: Any, ctx: Any, demo_replica: Any) -> None:
    model = HouseholdModel(ctx)
    model.search(SearchSpec())
    assert model.rowCount() == 60
    qtmodeltester.check(model, force_py=True)


def test_rows_are_fetched_lazily_in_blocks(ctx: Any, demo_replica: Any, monkeypatch: Any) -> None:
    import fieldvisit.ui.household_model as hm

    monkeypatch.setattr(hm, "BLOCK", 10)
    model = HouseholdModel(ctx)
    reads: list[int] = []
    original = hm.load_rows
    monkeypatch.setattr(
        hm, "load_rows", lambda s, ids, c: reads.append(len(ids)) or original(s, ids, c)
    )
    model.search(SearchSpec())
    assert set(model.blocks) == {0} and reads == [10]  # the first block comes with the ids
    assert model.data(model.index(3, 0)) == model.blocks[0][3][1]
    assert reads == [10]  # ...so showing it reads nothing more
    model.data(model.index(25, 0))
    assert set(model.blocks) == {0, 2} and reads == [10, 10]  # later rows only when asked
    names = [model.data(model.index(r, 0)) for r in range(60)]
    assert names == sorted(names) and len(model.blocks) == 6


def test_a_block_read_for_replaced_ids_is_dropped(ctx: Any, demo_replica: Any) -> None:
    """A paint between a keystroke and its result asks for rows of the old ids; they
    must not land in the new list."""
    model = HouseholdModel(ctx)
    model.search(SearchSpec())
    old_epoch = model.epoch
    target = _all(demo_replica)[0]
    model.search(SearchSpec(text=target.name))
    shown = model.blocks[0]
    model._arrived(old_epoch, 0, [("stale", "stale", "", "", "", "", "", None)], 1)
    assert model.blocks[0] is shown and model.data(model.index(0, 0)) != "stale"


def test_search_by_name_and_id_digits(ctx: Any, demo_replica: Any) -> None:
    target = _all(demo_replica)[5]
    model = HouseholdModel(ctx)
    model.search(SearchSpec(text=target.name))
    ids = model.ids
    assert target.id in ids
    assert all(target.name in (model.data(model.index(r, 0)) or "") for r in range(len(ids)))
    model.search(SearchSpec(text=target.id_number[-6:]))
    assert target.id in model.ids


def test_id_numbers_are_masked(ctx: Any, demo_replica: Any) -> None:
    target = _all(demo_replica)[0]
    model = HouseholdModel(ctx)
    model.search(SearchSpec(text=target.name))
    row = model.row_of(target.id)
    shown = model.data(model.index(row, 1))
    assert shown == target.id_number[:6] + "********" + target.id_number[-4:]
    assert target.id_number not in str([model.data(model.index(row, c)) for c in range(7)])


def test_visited_filter_and_sort_in_sql(ctx: Any, demo_replica: Any) -> None:
    with demo_replica.reader() as s:
        (campaign,) = s.execute(select(Visit.campaign_id).limit(1)).one()
        visited = set(
            s.execute(select(Visit.household_id).where(Visit.campaign_id == campaign)).scalars()
        )
    model = HouseholdModel(ctx)
    model.search(SearchSpec(campaign_id=campaign, visited=True))
    assert set(model.ids) == visited
    model.search(SearchSpec(campaign_id=campaign, visited=False))
    assert not (set(model.ids) & visited) and len(model.ids) == 60 - len(visited)
    model.ready = True
    model.sort(3, Qt.SortOrder.DescendingOrder)  # district
    districts = [model.data(model.index(r, 3)) for r in range(model.rowCount())]
    assert districts == sorted(districts, reverse=True)


def test_team_filter(ctx: Any, demo_replica: Any) -> None:
    mine = [h.id for h in _all(demo_replica) if h.team_id == demo_replica.team_id]
    model = HouseholdModel(ctx)
    model.search(SearchSpec(filters=Filters(team_id=demo_replica.team_id)))
    assert sorted(model.ids) == sorted(mine) and 0 < len(mine) < 60


def test_stale_search_results_are_dropped(ctx: Any, demo_replica: Any) -> None:
    model = HouseholdModel(ctx)
    model.search(SearchSpec())
    gen_before = model.generation
    model.search(SearchSpec(text="zzzz-nobody"))
    assert model.ids == []
    model._apply(gen_before, ["late-result"], complete=True)  # the older search answers last
    assert model.ids == []


def test_browsing_shows_a_first_page_then_all_ids_without_a_reset(
    ctx: Any, demo_replica: Any, monkeypatch: Any
) -> None:
    import fieldvisit.ui.household_model as hm

    monkeypatch.setattr(hm, "FIRST_PAGE", 10)
    model = HouseholdModel(ctx)
    pages: list[int] = []
    model.searched.connect(lambda n, _s: pages.append(n))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.search(SearchSpec())
    assert pages == [10, 60] and len(resets) == 1  # the rest was appended, not reset
    assert model.complete and len(set(model.ids)) == 60
    names = [model.data(model.index(r, 0)) for r in range(60)]
    assert names == sorted(names)


def test_a_new_search_interrupts_the_long_one(qtbot: Any, make_ctx: Any, demo_replica: Any) -> None:
    """The full-list query of a stale search is stopped, and its error stays silent."""
    ctx = make_ctx(demo_replica, synchronous=False)
    model = HouseholdModel(ctx)
    errors: list[str] = []
    ctx.runner.error_shown.connect(errors.append)
    interrupted: list[bool] = []
    original = model.full_search.interrupt

    def spy() -> None:
        interrupted.append(True)
        original()

    model.full_search.interrupt = spy  # type: ignore[method-assign]
    model.search(SearchSpec())
    model.search(SearchSpec(text=_all(demo_replica)[0].name))
    qtbot.waitUntil(ctx.runner.idle, timeout=10_000)
    assert interrupted and errors == []
    assert _all(demo_replica)[0].id in model.ids and model.complete


def test_interruptible_stops_a_running_query(replica: Any) -> None:
    import threading
    import time

    from sqlalchemy import text

    from fieldvisit.ui.household_model import Interruptible

    stopper = Interruptible()
    outcome: dict[str, BaseException] = {}
    endless = text(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    )

    def work() -> None:
        with replica.reader() as s:
            try:
                stopper.run(s, lambda: s.execute(endless).scalar())
            except Exception as exc:
                outcome["error"] = exc

    thread = threading.Thread(target=work)
    thread.start()
    deadline = time.monotonic() + 5
    while stopper.conn is None and time.monotonic() < deadline:
        time.sleep(0.001)
    time.sleep(0.05)
    stopper.interrupt()
    thread.join(10)
    assert not thread.is_alive()
    assert "interrupt" in str(outcome.get("error", "")).lower()
    assert stopper.conn is None


def test_full_list_follows_a_short_search_on_the_worker(
    qtbot: Any, make_ctx: Any, demo_replica: Any, monkeypatch: Any
) -> None:
    """Whether the full list is needed is decided by this search's first page, not by
    the previous search's state (which the GUI thread may not have updated yet)."""
    import time

    import fieldvisit.ui.household_model as hm

    monkeypatch.setattr(hm, "FIRST_PAGE", 10)
    ctx = make_ctx(demo_replica, synchronous=False)
    model = HouseholdModel(ctx)
    model.search(SearchSpec(text=_all(demo_replica)[0].name))  # a short list: complete
    qtbot.waitUntil(ctx.runner.idle, timeout=10_000)
    assert model.complete
    model.search(SearchSpec())  # 60 rows: the first 10, then the rest
    time.sleep(0.5)  # both jobs finish on the worker before the GUI thread hears of either
    qtbot.waitUntil(ctx.runner.idle, timeout=10_000)
    assert len(model.ids) == 60 and model.complete


def test_first_rows_do_not_wait_for_the_full_list(
    qtbot: Any, make_ctx: Any, demo_replica: Any, monkeypatch: Any
) -> None:
    """The worker is serial: the visible rows come with the first page, not behind the
    full id list (150 ms for "w" at 200,000 households)."""
    import threading

    import fieldvisit.ui.household_model as hm

    monkeypatch.setattr(hm, "FIRST_PAGE", 20)
    monkeypatch.setattr(hm, "BLOCK", 10)
    release = threading.Event()
    original = hm.find_ids

    def slow_full_list(s: Any, spec: SearchSpec, *, first: int | None = None) -> list[str]:
        if first is None:
            release.wait(10)
        return original(s, spec, first=first)

    monkeypatch.setattr(hm, "find_ids", slow_full_list)
    ctx = make_ctx(demo_replica, synchronous=False)
    model = HouseholdModel(ctx)
    try:
        model.search(SearchSpec())
        qtbot.waitUntil(lambda: len(model.ids) == 20, timeout=5_000)
        assert 0 in model.blocks and not model.complete  # rows shown, full list pending
        assert model.data(model.index(0, 0)) == model.blocks[0][0][1]
    finally:
        release.set()
    qtbot.waitUntil(ctx.runner.idle, timeout=10_000)
    assert len(model.ids) == 60 and model.complete


class _QueuedRunner(Runner):
    """Holds operations until ``drain``: as the serial worker does while it is busy."""

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx, synchronous=True)
        self.queue: list[Any] = []

    def submit(self, op: Any) -> None:
        self.queue.append(op)

    def drain(self) -> None:
        while self.queue:
            Runner.submit(self, self.queue.pop(0))


def test_superseded_searches_never_run_and_never_paint(
    ctx: Any, demo_replica: Any, monkeypatch: Any
) -> None:
    """Keystrokes queued behind a busy worker: only the newest search reads the
    database, and the list is reset once, to its result."""
    import fieldvisit.ui.household_model as hm

    runner = _QueuedRunner(ctx)
    ctx.runner = runner
    model = HouseholdModel(ctx)
    searched: list[str] = []
    original = hm.find_ids

    def spy(s: Any, spec: SearchSpec, *, first: int | None = None) -> list[str]:
        searched.append(spec.text)
        return original(s, spec, first=first)

    monkeypatch.setattr(hm, "find_ids", spy)
    shown: list[list[str]] = []
    model.modelReset.connect(lambda: shown.append(list(model.ids)))
    target = _all(demo_replica)[0]
    for typed in ("w", "wa", target.name):
        model.search(SearchSpec(text=typed))
    runner.drain()
    assert searched == [target.name]
    assert len(shown) == 1 and target.id in shown[0]


def test_full_id_list_keeps_the_sort_order(ctx: Any, demo_replica: Any) -> None:
    """The whole list (read as one joined value) is in the order of every column."""
    from fieldvisit.ui.household_model import SORTABLE, find_ids

    with demo_replica.reader() as s:
        for key, col in SORTABLE.items():
            for desc in (False, True):
                spec = SearchSpec(sort=key, descending=desc)
                order = (col.desc(), Household.id.desc()) if desc else (col, Household.id)
                ref = list(
                    s.execute(
                        select(Household.id).where(Household.archived.is_(False)).order_by(*order)
                    ).scalars()
                )
                assert find_ids(s, spec) == ref, (key, desc)
        assert find_ids(s, SearchSpec(text="zzzz-nobody")) == []


def test_the_full_list_starts_when_the_first_page_is_painted(
    qtbot: Any, make_ctx: Any, demo_replica: Any, monkeypatch: Any
) -> None:
    """Not on a timer: the read of every id waits for the paint of the first rows."""
    import time

    import fieldvisit.ui.household_model as hm

    monkeypatch.setattr(hm, "FIRST_PAGE", 10)
    monkeypatch.setattr(hm, "REST_AFTER_MS", 60_000)
    ctx = make_ctx(demo_replica, synchronous=False)
    model = HouseholdModel(ctx)
    model.search(SearchSpec())
    qtbot.waitUntil(lambda: len(model.ids) == 10, timeout=5_000)
    time.sleep(0.2)
    qtbot.wait(50)
    assert not model.complete  # no paint yet: the full list waits
    model.painted()
    qtbot.waitUntil(lambda: model.complete, timeout=5_000)
    assert len(model.ids) == 60
