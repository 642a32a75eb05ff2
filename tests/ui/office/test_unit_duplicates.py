"""Units in the office: their duplicate candidates side by side, the merge confirmed with the
households' dialog, undone from recent merges, and units in the campaign summary."""

from __future__ import annotations

from datetime import date
from typing import Any

from fieldvisit.store.models import Distribution, Unit
from fieldvisit.ui.office import OfficeWorkspace
from fieldvisit.ui.office.merge_dialogs import UnitMergeConfirmDialog
from fieldvisit.units import distributions as dist
from fieldvisit.units import duplicates, registry
from tests.reports.conftest import World, ship


def _units(world: World) -> tuple[str, str, str]:
    """Two teams registered the same power-supply window; the second one was paid."""
    with world.office.session() as s:
        a = registry.create_unit(
            s,
            registry.UnitInput(
                name="城东供电所", address="建设路1号", workers=9, team_id=world.a.team_id
            ),
        )
        b = registry.create_unit(
            s,
            registry.UnitInput(
                name="城東供電所", address="建设路 1号", workers=9, team_id=world.b.team_id
            ),
        )
        registry.create_unit(s, registry.UnitInput(name="城西水厂", workers=30))
        res = dist.record_unit_visit(
            s,
            dist.UnitVisitInput(
                unit_id=b,
                visited_on=date.today(),
                visitors="李工会",
                distribution=dist.DistributionInput(
                    cash_fen=90_000, packages=9, workers_reached=9, representative_name="王班长"
                ),
            ),
        )
    assert res.distribution_id is not None
    return a, b, res.distribution_id


def _workspace(qtbot: Any, make_ctx: Any, world: World) -> OfficeWorkspace:
    ws = OfficeWorkspace(make_ctx(world.office))
    qtbot.addWidget(ws)
    ws.resize(1200, 760)
    ws.show()
    ws.ask_reason = lambda *_a: "同一单位，两组各登记一次"
    return ws


def test_unit_pair_side_by_side_merge_then_undo(qtbot: Any, make_ctx: Any, world: World) -> None:
    a, b, did = _units(world)
    ws = _workspace(qtbot, make_ctx, world)
    seen: list[Any] = []

    def confirm(_parent: Any, preview: Any) -> str:
        seen.append(preview)
        return "同一单位"

    ws.confirm_merge = confirm
    ws.tabs.setCurrentWidget(ws.unit_duplicates)
    tab = ws.unit_duplicates
    grid = tab.grid()
    assert grid is not None and grid.rowCount() == 1
    pair = tab.current()
    assert {pair.a.id, pair.b.id} == {a, b}
    assert {tab.values[0]["name"].text(), tab.values[1]["name"].text()} == {
        "城东供电所",
        "城東供電所",
    }
    assert tab.boxes[0].title() == "Unit A"
    keep = tab.keep_a if pair.a.id == a else tab.keep_b
    keep.click()
    (preview,) = seen
    assert isinstance(preview, duplicates.MergePreview)
    assert (preview.keep.id, preview.merge.id) == (a, b)
    assert preview.merge.distributions == 1
    assert tab.grid().rowCount() == 0  # type: ignore[union-attr]
    with world.office.reader() as s:
        assert s.get(Unit, b).merged_into == a
        assert s.get(Distribution, did).unit_id == a
    tab.recent.click()
    dlg = tab.merges_dialog
    assert dlg is not None and [m.unit_id for m in dlg.records] == [b]
    assert dlg.table.horizontalHeaderItem(0).text() == "Merged unit"
    dlg.undo.click()
    with world.office.reader() as s:
        assert s.get(Unit, b).merged_into is None
        assert s.get(Distribution, did).unit_id == b
    tab.load()  # undone as "not the same unit": not proposed again
    assert tab.grid().rowCount() == 0  # type: ignore[union-attr]
    ship(world.office, world.b)
    with world.b.reader() as s:
        assert s.get(Distribution, did).unit_id == b


def test_not_the_same_unit_and_the_confirmation_dialog(
    qtbot: Any, make_ctx: Any, world: World
) -> None:
    a, b, _ = _units(world)
    with world.office.reader() as s:
        preview = duplicates.merge_preview(s, b, a)
    dlg = UnitMergeConfirmDialog(preview)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Merge duplicate units"
    assert dlg.merge_button.isEnabled()  # no ID numbers to differ: a note is optional
    assert dlg.cells["distributions"][1].text() == "1"
    ws = _workspace(qtbot, make_ctx, world)
    ws.tabs.setCurrentWidget(ws.unit_duplicates)
    ws.unit_duplicates.dismiss.click()
    assert ws.unit_duplicates.grid().rowCount() == 0  # type: ignore[union-attr]
    with world.office.reader() as s:
        assert duplicates.candidate_pairs(s) == {}


def test_the_campaign_summary_counts_units(qtbot: Any, make_ctx: Any, world: World) -> None:
    _units(world)
    ws = _workspace(qtbot, make_ctx, world)
    summary = next(t for t in ws.reports if t.kind == "summary")
    ws.tabs.setCurrentWidget(summary)
    assert summary.report is not None
    cols = [c.key for c in summary.report.tables[0].columns]
    assert "units_visited" in cols and "workers_reached" in cols
