"""The household list model: lazy blocks over SQL ids, search, filters, sort, masking."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from fieldvisit.households.search import Filters
from fieldvisit.store.models import Household, Visit
from fieldvisit.ui.household_model import BLOCK, HouseholdModel, SearchSpec


def _all(replica: Any) -> list[Household]:
    with replica.reader() as s:
        return list(s.execute(select(Household).where(Household.archived.is_(False))).scalars())


def test_model_passes_qt_model_checks(qtmodeltester: Any, ctx: Any, demo_replica: Any) -> None:
    model = HouseholdModel(ctx)
    model.search(SearchSpec())
    assert model.rowCount() == 60
    qtmodeltester.check(model, force_py=True)


def test_rows_are_fetched_lazily_in_blocks(ctx: Any, demo_replica: Any) -> None:
    model = HouseholdModel(ctx)
    model.search(SearchSpec())
    assert model.blocks == {}  # nothing read until asked
    model.data(model.index(3, 0))
    assert set(model.blocks) == {0} and len(model.blocks[0]) == min(BLOCK, 60)


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
    model._apply(gen_before, ["late-result"])  # the older search answers last
    assert model.ids == []
