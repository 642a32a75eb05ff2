"""The household list as a Qt model over ordered ids from SQL (Anki's browser table).

``rowCount`` is the number of ids the search returned; a row's content is read
only when the view asks for it, a block of ``BLOCK`` rows at a time, on the
worker thread, into a cache. Search and sort happen in SQL
(``fieldvisit.households.search.query``), never in a proxy model, so 200,000
rows cost one list of ids and the handful of blocks on screen. The first block
comes with the search's first page, so a keystroke costs one trip to the worker.
Each search has a generation number: a result that arrives after a newer search
started is dropped, and so is a block read for ids that have since been replaced.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from fieldvisit.households.search import Filters, ordered_ids, query
from fieldvisit.i18n import translate
from fieldvisit.store.models import Household, Visit
from fieldvisit.text import compact
from fieldvisit.ui.context import AppContext
from fieldvisit.ui.format import mask_id

#: Rows read at a time: the first block comes with a keystroke's ids, so it is
#: about a screenful (a block of 200 rows cost 10-45 ms of random row reads).
BLOCK = 50
FIRST_PAGE = 400
#: The full id list waits for the first page to be painted (see ``search``), or
#: this long when no view paints it (a hidden page).
REST_AFTER_MS = 250
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


#: The index that gives households in name order (added with the search index).
NAME_INDEX = "ix_household_name_id"


def has_name_index(s: Session) -> bool:
    return bool(
        s.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = :n"),
            {"n": NAME_INDEX},
        ).first()
    )


def broad(text_: str) -> bool:
    """A query likely to match a large share of the register: none, one character, or
    one or two Latin letters (pinyin initials). Only then does walking the name index
    beat collecting the matches and sorting them."""
    q = "".join(text_.split())
    if not q:
        return True
    if any(ch.isdigit() for ch in q):
        return False
    return len(q) == 1 or (len(q) == 2 and q.isascii() and q.isalpha())


def find_ids(s: Session, spec: SearchSpec, *, first: int | None = None) -> list[str]:
    """Matching ids in display order; ``first`` = only the first rows (a quick first page)."""
    if (
        first is not None
        and spec.sort == "name"
        and not spec.descending
        and (not spec.campaign_id or spec.visited is None)
        and compact(spec.text)
    ):
        # A page in name order: the search's own plan (the name-ordered index for
        # names, index ranges for digits) reads a few rows however broad the query.
        return ordered_ids(s, spec.text, limit=first, filters=spec.filters)
    stmt = query(spec.text, spec.filters)
    if spec.campaign_id and spec.visited is not None:
        seen = select(Visit.household_id).where(Visit.campaign_id == spec.campaign_id)
        stmt = stmt.where(Household.id.in_(seen) if spec.visited else Household.id.not_in(seen))
    if first is not None and spec.sort == "name" and broad(spec.text) and has_name_index(s):
        return _first_by_name(s, stmt, first, spec.descending)
    col = SORTABLE.get(spec.sort, Household.name)
    if first is None:
        return _all_ids(s, stmt, col, spec.descending)
    if spec.descending:
        stmt = stmt.order_by(col.desc(), Household.id.desc())
    else:
        stmt = stmt.order_by(col.asc(), Household.id.asc())
    if first is not None:
        stmt = stmt.limit(first)
    return list(s.execute(stmt).scalars())


def _all_ids(s: Session, stmt: Any, col: Any, descending: bool) -> list[str]:
    """Every matching id in order, read as ONE value: the ids joined by SQLite.

    Read row by row, 100,000 ids hold the GIL for a Python step per row on the
    worker while the GUI thread paints the first page (the paint took 2-5x
    longer). ``group_concat`` runs the whole query inside one ``sqlite3_step``,
    which releases the GIL; the ORDER BY inside the aggregate (SQLite 3.44) keeps
    the order. Ids are UUIDs: no comma in them."""
    direction = "DESC" if descending else "ASC"
    inner = stmt.add_columns(col.label("sort_key")).compile(dialect=s.get_bind().dialect)
    params = tuple(inner.params[k] for k in inner.positiontup or ())
    sql = (
        f"SELECT group_concat(id, ',' ORDER BY sort_key {direction}, id {direction}) FROM ({inner})"
    )
    joined = s.connection().exec_driver_sql(sql, params).scalar()
    return joined.split(",") if joined else []


def _first_by_name(s: Session, stmt: Any, first: int, descending: bool) -> list[str]:
    """Walk the name index and stop after ``first`` matches.

    Left alone, SQLite fetches every row of the team through the team index and
    sorts them all (0.5 s at 200,000) before returning the first page. The same
    WHERE clause is kept, with its bound parameters; only the FROM is pinned."""
    where = stmt.whereclause
    direction = "DESC" if descending else "ASC"
    sql = f"SELECT household.id FROM household INDEXED BY {NAME_INDEX}"
    params: tuple[Any, ...] = ()
    if where is not None:
        compiled = where.compile(dialect=s.get_bind().dialect)
        sql += f" WHERE {compiled}"
        params = tuple(compiled.params[k] for k in compiled.positiontup or ())
    sql += f" ORDER BY household.name {direction}, household.id {direction} LIMIT {int(first)}"
    return [row[0] for row in s.connection().exec_driver_sql(sql, params)]


class Interruptible:
    """The connection a long search is running on, so a newer keystroke can stop it.

    The lock makes sure ``interrupt`` only reaches the connection while that search
    runs, never a later job that happens to reuse the pooled connection."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.conn: Any = None

    def run(self, s: Session, fn: Any) -> Any:
        raw = s.connection().connection.dbapi_connection
        with self.lock:
            self.conn = raw
        try:
            return fn()
        finally:
            with self.lock:
                self.conn = None

    def interrupt(self) -> None:
        with self.lock:
            if self.conn is not None:
                self.conn.interrupt()


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


_ROLES = frozenset(
    (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole)
)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


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
        # Bumped whenever ``ids`` is replaced: a block read for other ids is dropped.
        # (Not ``generation``, which moves on before the new ids arrive.)
        self.epoch = 0
        self.last_seconds = 0.0
        self._inline = False
        self.ready = False  # no search before the page has set its filters
        self.complete = True  # False while only the first page of ids is known
        self.full_search = Interruptible()
        self._go = threading.Event()
        self.applied = 0  # the generation whose ids are shown

    # ---------------------------------------------------------------- searching
    def search(self, spec: SearchSpec) -> None:
        """Two steps when the list is long: the first page at once, then all the ids.

        The first ``FIRST_PAGE`` matches come from the search's page plan (the
        name-ordered index, or walking the name index for the whole register), so
        a one-letter search shows at once, with the rows of their first block read
        in the same unit of work: the worker is serial, so a block fetched after
        the reset would wait behind the full id list (150 ms for "w" at 200,000).
        When there are more, the full list follows once the page is shown, and a
        newer search interrupts it."""
        self.ready = True
        self.generation += 1
        gen = self.generation
        self.spec = spec
        self.full_search.interrupt()

        # Written by the first job, read by the next on the same serial worker. Not
        # ``self.complete``: the GUI thread sets that only when the first page is
        # applied, which may be after ``rest`` has already run.
        more = [False]
        self._go.set()  # a full list still waiting for the previous page: give up
        go = self._go = threading.Event()

        def first(s: Session) -> tuple[list[str], list[tuple[Any, ...]]] | None:
            if gen != self.generation:
                return None  # superseded while queued behind other work: never run
            ids = find_ids(s, spec, first=FIRST_PAGE)
            more[0] = len(ids) >= FIRST_PAGE
            return ids, load_rows(s, ids[:BLOCK], spec.campaign_id) if ids else []

        self.ctx.runner.read(first).success(lambda got: self._first_page(gen, got)).run()

        def rest(s: Session) -> list[str] | None:
            if gen != self.generation or not more[0]:
                return None  # stale, or the first page was everything: nothing to do
            # Let the GUI thread paint the first page before reading 100,000 ids:
            # on a busy 2-core laptop that read takes the CPU the paint needs (the
            # paint took 2-5x longer). The view says when it has painted
            # (``painted``); a newer search ends the wait too, and drops this list.
            if not self.ctx.runner.synchronous:
                go.wait(REST_AFTER_MS / 1000)
                if gen != self.generation:
                    return None
            return self.full_search.run(s, lambda: find_ids(s, spec))  # type: ignore[no-any-return]

        self.ctx.runner.read(rest).success(lambda ids: self._extend(gen, ids)).failure(
            lambda exc: self._interrupted(gen, exc)
        ).run()

    def painted(self) -> None:
        """The view has painted the current first page: the full list may start."""
        if self.applied == self.generation:
            self._go.set()

    def _first_page(self, gen: int, got: tuple[list[str], list[tuple[Any, ...]]] | None) -> None:
        if got is not None:  # None: skipped, a newer search had started
            self._apply(gen, got[0], complete=len(got[0]) < FIRST_PAGE, rows=got[1])

    def _interrupted(self, gen: int, exc: BaseException) -> None:
        if gen == self.generation:  # a real failure of the current search: say so
            from fieldvisit.ui.runner import show_error

            show_error(None, exc)

    def _apply(
        self,
        gen: int,
        ids: list[str],
        *,
        complete: bool,
        rows: list[tuple[Any, ...]] | None = None,
    ) -> None:
        """Swap in a new result; ``rows``: those of block 0, read with the ids."""
        if gen != self.generation:
            return  # a newer search is on its way; this result is stale
        self.beginResetModel()
        self.applied = gen
        self.ids = ids
        self.complete = complete
        self.epoch += 1
        self.blocks.clear()
        self.pending.clear()
        if rows:
            self.blocks[0] = rows
        self.endResetModel()
        self.searched.emit(len(ids), 0.0)

    def _extend(self, gen: int, ids: list[str] | None) -> None:
        """The full list arrived: add the rows after the first page (no reset, no jump)."""
        if ids is None or gen != self.generation:
            return
        have = len(self.ids)
        if ids[:have] != self.ids:  # the data changed in between: start over
            self._apply(gen, ids, complete=True)
            return
        if len(ids) > have:
            if have % BLOCK:  # the block at the old end is short now: read it again
                self.blocks.pop(have // BLOCK, None)
            self.beginInsertRows(QModelIndex(), have, len(ids) - 1)
            self.ids = ids
            self.endInsertRows()
        self.complete = True
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
        epoch = self.epoch
        ids = self.ids[block * BLOCK : (block + 1) * BLOCK]
        campaign = self.spec.campaign_id
        self._inline = True
        try:
            self.ctx.runner.read(lambda s: load_rows(s, ids, campaign)).success(
                lambda rows: self._arrived(epoch, block, rows, len(ids))
            ).run()
        finally:
            self._inline = False

    def _arrived(self, epoch: int, block: int, rows: list[tuple[Any, ...]], asked: int) -> None:
        if epoch != self.epoch:
            return  # read for ids since replaced; ``pending`` was cleared with them
        self.pending.discard(block)
        if asked < min(BLOCK, len(self.ids) - block * BLOCK):
            self._fetch(block)  # read before the full list came: the block grew since
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
        # A paint asks ~15 roles per cell; answer the ones we do not serve first.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.ids[index.row()]
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
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.ids:
            self.dataChanged.emit(
                self.index(0, len(COLUMNS) - 1), self.index(len(self.ids) - 1, len(COLUMNS) - 1)
            )
