"""The household list as a Qt model over ordered ids from SQL (Anki's browser table).

``rowCount`` is the number of ids the search returned; a row's content is read
only when the view asks for it, a block of ``BLOCK`` rows at a time, on the
worker thread, into a cache. Search and sort happen in SQL
(``fieldvisit.households.search.query``), never in a proxy model, so 200,000
rows cost one list of ids and the handful of blocks on screen. Each search has a
generation number: a result that arrives after a newer search started is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.households.search import Filters, query
from fieldvisit.i18n import translate
from fieldvisit.store.models import Household, Visit
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.format import mask_id

BLOCK = 200
Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("name", "id_number", "phone", "district", "category", "causes", "visited")
SORTABLE = {
    "name": Household.name,
    "id_number": Household.id_number,
    "phone": Household.phone,
    "district": Household.district,
    "category": Household.category,
}


@dataclass(frozen=True)
class SearchSpec:
    text: str = ""
    filters: Filters = field(default_factory=Filters)
    campaign_id: str | None = None
    visited: bool | None = None  # None = all, True = visited in campaign, False = not yet
    sort: str = "name"
    descending: bool = False


def find_ids(s: Session, spec: SearchSpec) -> list[str]:
    stmt = query(spec.text, spec.filters)
    if spec.campaign_id and spec.visited is not None:
        seen = select(Visit.household_id).where(Visit.campaign_id == spec.campaign_id)
        stmt = stmt.where(Household.id.in_(seen) if spec.visited else Household.id.not_in(seen))
    col = SORTABLE.get(spec.sort, Household.name)
    order = col.desc() if spec.descending else col.asc()
    return list(s.execute(stmt.order_by(order, Household.id)).scalars())


def load_rows(s: Session, ids: list[str], campaign_id: str | None) -> list[tuple[Any, ...]]:
    rows = {
        r.id: r
        for r in s.execute(
            select(
                Household.id,
                Household.name,
                Household.id_number,
                Household.phone,
                Household.district,
                Household.category,
                Household.causes,
            ).where(Household.id.in_(ids))
        )
    }
    visited: set[str] = set()
    if campaign_id:
        visited = set(
            s.execute(
                select(Visit.household_id).where(
                    Visit.campaign_id == campaign_id, Visit.household_id.in_(ids)
                )
            ).scalars()
        )
    out: list[tuple[Any, ...]] = []
    for hid in ids:
        r = rows.get(hid)
        if r is None:  # archived or merged since the search: keep the row, show it empty
            out.append((hid, "", "", "", "", "", "", None))
            continue
        out.append(
            (
                hid,
                r.name,
                mask_id(r.id_number),
                r.phone or "",
                r.district or "",
                r.category or "",
                "、".join(r.causes or []),
                (hid in visited) if campaign_id else None,
            )
        )
    return out


class HouseholdModel(QAbstractTableModel):
    searched = Signal(int, float)  # rows, seconds

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spec = SearchSpec()
        self.ids: list[str] = []
        self.blocks: dict[int, list[tuple[Any, ...]]] = {}
        self.pending: set[int] = set()
        self.generation = 0
        self.last_seconds = 0.0
        self._inline = False
        self.ready = False  # no search before the page has set its filters

    # ---------------------------------------------------------------- searching
    def search(self, spec: SearchSpec) -> None:
        self.ready = True
        self.generation += 1
        gen = self.generation
        self.spec = spec
        self.ctx.runner.read(lambda s: find_ids(s, spec)).success(
            lambda ids: self._apply(gen, ids)
        ).run()

    def _apply(self, gen: int, ids: list[str]) -> None:
        if gen != self.generation:
            return  # a newer search is on its way; this result is stale
        self.beginResetModel()
        self.ids = ids
        self.blocks.clear()
        self.pending.clear()
        self.endResetModel()
        self.searched.emit(len(ids), 0.0)

    def reload(self) -> None:
        """Data changed elsewhere: search again with the same spec."""
        self.search(self.spec)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column] if 0 <= column < len(COLUMNS) else "name"
        if key not in SORTABLE or not self.ready:
            return
        self.search(replace(self.spec, sort=key, descending=order == Qt.SortOrder.DescendingOrder))

    # ---------------------------------------------------------------- rows
    def household_id(self, row: int) -> str | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, household_id: str) -> int:
        try:
            return self.ids.index(household_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> tuple[Any, ...] | None:
        block = row // BLOCK
        got = self.blocks.get(block)
        if got is None:
            self._fetch(block)
            got = self.blocks.get(block)
            if got is None:
                return None
        return got[row - block * BLOCK]

    def _fetch(self, block: int) -> None:
        if block in self.pending:
            return
        self.pending.add(block)
        gen = self.generation
        ids = self.ids[block * BLOCK : (block + 1) * BLOCK]
        campaign = self.spec.campaign_id
        self._inline = True
        try:
            self.ctx.runner.read(lambda s: load_rows(s, ids, campaign)).success(
                lambda rows: self._arrived(gen, block, rows)
            ).run()
        finally:
            self._inline = False

    def _arrived(self, gen: int, block: int, rows: list[tuple[Any, ...]]) -> None:
        self.pending.discard(block)
        if gen != self.generation:
            return
        self.blocks[block] = rows
        if not self._inline:
            first = block * BLOCK
            last = min(first + len(rows), len(self.ids)) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    # ---------------------------------------------------------------- Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return "…" if index.column() == 0 else ""
        value = row[index.column() + 1]
        if COLUMNS[index.column()] == "visited":
            if value is None:
                return ""
            return (
                translate("HouseholdModel", "Visited")
                if value
                else translate("HouseholdModel", "Not yet")
            )
        return value

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return {
            "name": translate("HouseholdModel", "Name"),
            "id_number": translate("HouseholdModel", "ID number"),
            "phone": translate("HouseholdModel", "Phone"),
            "district": translate("HouseholdModel", "District"),
            "category": translate("HouseholdModel", "Category"),
            "causes": translate("HouseholdModel", "Hardship causes"),
            "visited": translate("HouseholdModel", "This campaign"),
        }[COLUMNS[section]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.ids:
            self.dataChanged.emit(
                self.index(0, len(COLUMNS) - 1), self.index(len(self.ids) - 1, len(COLUMNS) - 1)
            )
