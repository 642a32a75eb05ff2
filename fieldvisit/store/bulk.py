"""A bulk load: the business tables folded from the whole operation log at once.

A replica that starts empty (or far behind) receives hundreds of thousands of
operations. Folding them one batch at a time writes every row into tables
whose secondary indexes, search index and running totals are updated row by
row in random-UUID order; that, not the merge rules, is what a first sync
spends its time on. Here the same rules run over the log read in its own order:
rows with several operations through ``merge._step`` in Python; facts and rows
made by one create (most of a log) by SQLite itself, one ``INSERT … SELECT`` a
table (:class:`_FactSql`). The tables' secondary indexes, triggers and derived
tables (search index, running totals) are built afterwards, in one pass each.

Exactly the fold's result: a mutable row is the fold of its operations in sort
order (what ``merge.refold`` computes); a fact is its operation's fields with
``household_id`` the end of its household's merge chain (what re-pointing
keeps); of several reversals of one payment the smallest sort key stands and
the others are ``void_duplicate`` rows naming it (``voids``). The only
difference is where the work is done; ``tests/sync/test_bulk_load.py`` compares
a bulk-loaded replica with an operation-by-operation one row for row.

:func:`log_only` records received operations in the log without folding them
(the first stage of a bulk pull, committed batch by batch with the cursor);
:func:`fold_log` then replaces every folded table by the fold of the log, in
one transaction. Until that commits, the business tables lag the log; a pull
that is cut off leaves the setting :data:`PENDING` so that the next sync
finishes the load (``fieldvisit.sync.client``).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Date, func, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from fieldvisit.store import merge, voids
from fieldvisit.store.engine import dumps
from fieldvisit.store.merge import APPEND_ONLY, MUTABLE, Op
from fieldvisit.store.models import (
    Conflict,
    DuplicateVoid,
    GoodsTally,
    NeedEvent,
    Operation,
    PaymentTally,
    Setting,
)

#: Replica setting present while a bulk load has put operations in the log that
#: are not folded yet; its value lists the log's indexes dropped meanwhile.
PENDING = "bulk_load"
#: Fewest incoming operations for which folding the whole log at once beats
#: folding them batch by batch (a first sync, a big demo).
MINIMUM = 20000
#: Below this share of the log's operations, a table's are read through the log's row
#: index rather than by reading the whole log (:func:`_reading`): a row's page at random
#: costs about what a page in order does (the pages are decrypted either way), and a
#: page holds several operations.
FEW = 1 / 64
#: Rows written per executemany: bounds what a bulk load holds in memory.
CHUNK = 5000
#: Operations of the log per statement of the fact tables' shared read
#: (:func:`_one_pass`): an INSERT into a view holds all its SELECT gives in memory
#: before the view's triggers run, so the log is read a slice at a time. Read whole,
#: the first sync at 100,000 households peaked at 373 MB.
PASS_ROWS = 4096
#: The fold's page cache (KiB; a replica's is 32 MiB, store.cipher). Temporary storage
#: is in memory (nothing leaves the encrypted file), so each index the fold builds
#: sorts in memory besides the cache; with the smaller cache the first sync at 100,000
#: households peaked at 237 MB instead of 267 MB (`python -m bench sync`), no slower.
FOLD_CACHE_KIB = 8192
#: FTS5's limit on the terms it holds in memory before writing a segment (bytes), while
#: the search index is built in one pass, and its default, restored afterwards. The two
#: FTS tables of 200,000 households, written and merged a megabyte at a time, took 8.1 s;
#: with 16 MiB 5.7 s (64 MiB: 4.3 s, but the first sync at 100,000 households then peaked
#: at 247 MB, against 236-237 MB with 16 MiB or the default; its target is 250 MB).
FTS_HASH_BYTES = 16 * 1024 * 1024
FTS_HASH_DEFAULT = 1024 * 1024
#: The FTS tables :func:`_search_index` fills.
FTS_TABLES = ("household_fts", "household_order")
#: Indexes of the log that only the fold reads; a bulk load drops them while it
#: fills the log and builds them once, sorted, before folding.
LOG_INDEXES = ("ix_operation_row", "ix_operation_device_seq")
#: Triggers that keep derived tables in step row by row; a bulk load drops them
#: and builds what they keep (:func:`_search_index`, :func:`_tallies`) in one pass.
TRIGGERS = {
    "household": (
        "household_fts_ai",
        "household_fts_ad",
        "household_fts_au",
        "budget_tally_hai",
        "budget_tally_had",
        "budget_tally_hau",
        "reach_tally_hai",
        "reach_tally_had",
        "reach_tally_hau",
        "duplicate_member_ai",
        "duplicate_member_ad",
        "duplicate_member_au",
        "payment_category_hai",
        "payment_category_had",
        "payment_category_hau",
    ),
    "payment": (
        "payment_tally_ai",
        "payment_tally_ad",
        "payment_tally_au",
        "budget_tally_pai",
        "budget_tally_pad",
        "budget_tally_pau",
        "reach_tally_pai",
        "reach_tally_pad",
        "reach_tally_pau",
        "household_tally_payment_ai",
        "household_tally_payment_ad",
        "household_tally_payment_au",
        "payment_category_pai",
        "payment_category_pad",
        "payment_category_pau",
    ),
    "visit": (
        "reach_tally_vai",
        "reach_tally_vad",
        "reach_tally_vau",
        "household_tally_visit_ai",
        "household_tally_visit_ad",
        "household_tally_visit_au",
        "need_day_visit_ai",
        "need_day_visit_ad",
        "need_day_visit_au",
    ),
    "unit_visit": ("need_day_unit_visit_ai", "need_day_unit_visit_ad", "need_day_unit_visit_au"),
    "need": (
        "household_tally_need_ai",
        "household_tally_need_ad",
        "household_tally_need_au",
        "need_day_nai",
        "need_day_nad",
        "need_day_nau",
    ),
}

#: The budget totals' formula lives with the migration that made them (imported
#: when needed: migrations import Alembic, which a start of the app does not).
_BUDGET = "fieldvisit.store.migrations.versions.0018_budget_tally"
_REACH = "fieldvisit.store.migrations.versions.0019_reach_tally"
_HOUSEHOLDS = "fieldvisit.store.migrations.versions.0021_household_tally"
_DUPLICATES = "fieldvisit.store.migrations.versions.0024_duplicate_member"
_NEED_DAYS = "fieldvisit.store.migrations.versions.0025_need_day"
_PAYMENT_CATEGORIES = "fieldvisit.store.migrations.versions.0026_payment_category"
#: Ranks per bucket of ``household_order`` (migration 0014, households.search).
SPAN = 2**31
#: Tables a bulk load rebuilds, besides the entities' own.
DERIVED = (Conflict, NeedEvent, DuplicateVoid, PaymentTally, GoodsTally)
_COLUMNS = "op_id, device_id, seq, hlc, entity, row_id, kind, payload, team_id"
#: The dialect whose bind processors :func:`_exact` applies (the replica's).
_DIALECT = sqlite.dialect()
#: A fold's stages with their share of its time (percent), so that a progress bar moves
#: in step with the work (measured on the demo's fold of 50,000 households; the stages'
#: times at 200,000 are in the same proportions): the rows many operations made,
#: households and members, the other rows of one operation, facts, reversals and
#: conflicts, the search index, running totals, the tables' secondary indexes, and the
#: duplicate groups' members.
SHARES = {
    "edited": 2,
    "created": 26,
    "mutable": 3,
    "facts": 20,
    "finish": 1,
    "search": 16,
    "tallies": 8,
    "indexes": 23,
    "duplicates": 1,
}
#: Told (percent done, 100) as a fold goes (:func:`fold_log`).
FoldProgress = Callable[[int, int], None]


def _raw(session: Session) -> Connection:
    session.flush()
    return session.connection()


def needed(held: int, minimum: int | None = None) -> int:
    """Fewest incoming operations for which folding the whole log at once is quicker
    than folding them batch by batch: ``minimum`` (:data:`MINIMUM`), and at least as
    many as the log holds already (folding the whole log costs in proportion to all
    of it)."""
    return max(MINIMUM if minimum is None else minimum, held)


def worth_it(incoming: int, held: int, minimum: int | None = None) -> bool:
    """Is folding the whole log at once quicker for ``incoming`` operations (:func:`needed`)?"""
    return incoming >= needed(held, minimum)


def held(session: Session) -> int:
    """Operations the log holds: what a bulk load would fold again (:func:`needed`)."""
    return int(session.execute(select(func.count()).select_from(Operation)).scalar() or 0)


def pending(session: Session) -> bool:
    return session.get(Setting, PENDING) is not None


def begin(session: Session, *, drop_log_indexes: bool = True) -> None:
    """Start a bulk load: mark it pending and drop the log's fold-only indexes.

    Their definitions go into the mark (same transaction), so whatever happens
    next :func:`fold_log` can build them again. ``drop_log_indexes=False`` keeps
    them, for operations this device makes itself (a demo): time-ordered row ids
    and its own sequence make both indexes grow at their end, which costs less than
    building them again afterwards."""
    conn = _raw(session)
    mark = session.get(Setting, PENDING)
    dropped: dict[str, str] = dict(mark.value.get("indexes", {})) if mark is not None else {}
    for name in LOG_INDEXES if drop_log_indexes else ():
        sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
        ).scalar()
        if sql:
            dropped[name] = sql
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
    session.merge(Setting(key=PENDING, value={"indexes": dropped}))


def log_only(session: Session, ops: list[Op], texts: Mapping[str, str] | None = None) -> list[Op]:
    """Record the operations the log does not hold yet, without folding; return them.

    ``texts``: the JSON text a payload arrived as, by op id, recorded as it is
    (an operation not named there has its payload encoded). The first stage of a
    bulk load (see :func:`begin`); :func:`fold_log` folds them."""
    if not ops:
        return []
    conn = _raw(session)
    unique: list[Op] = []
    seen: set[str] = set()
    for op in ops:  # an operation sent twice in one batch: its first copy counts
        if op.op_id not in seen:
            seen.add(op.op_id)
            unique.append(op)
    stamp = _received_now(conn)
    given = texts or {}
    # The log's primary key tells which operations it holds already: one probe of
    # the key per operation, made by the insert itself. Rows take rowids past the
    # last one, so when some were known the new ones are the rows after it.
    last = conn.exec_driver_sql("SELECT max(rowid) FROM operation").scalar() or 0
    added = conn.exec_driver_sql(
        f"{_LOG_INSERT} ON CONFLICT (op_id) DO NOTHING",
        [  # type: ignore[arg-type]
            (
                op.op_id,
                op.device_id,
                op.seq,
                op.hlc,
                op.entity,
                op.row_id,
                op.kind,
                given.get(op.op_id) or dumps(op.payload),
                op.team_id,
                op.sort_key,
                stamp,
            )
            for op in unique
        ],
    ).rowcount
    if added == len(unique):
        return unique
    new = {
        r[0] for r in conn.exec_driver_sql("SELECT op_id FROM operation WHERE rowid > ?", (last,))
    }
    return [op for op in unique if op.op_id in new]


#: One row of the log: its columns (:data:`_COLUMNS`), sort key and time received.
_LOG_INSERT = (
    f"INSERT INTO operation ({_COLUMNS}, sort_key, received_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _received_now(conn: Connection) -> Any:
    """Now, bound as ``received_at`` stores it: the same value as an insert of
    ``op.log_row(now)``, through the column's processors once for a whole batch."""
    bind = Operation.__table__.c.received_at.type._cached_bind_processor(conn.dialect)  # type: ignore[attr-defined]
    now = datetime.now(UTC)
    return bind(now) if bind is not None else now


def log_minted(session: Session, rows: Sequence[tuple[Any, ...]]) -> None:
    """Record operations this device has just numbered and stamped
    (``oplog.Writer.stamp``), without folding: :data:`_COLUMNS` and the sort key each,
    the payload as the JSON text the log stores. Fresh ids, so no probe for ones the
    log holds; :func:`fold_log` folds them."""
    if rows:
        conn = _raw(session)
        stamp = _received_now(conn)
        conn.exec_driver_sql(_LOG_INSERT, [(*r, stamp) for r in rows])  # type: ignore[arg-type]


def keys_ahead(
    session: Session, entity: str, rows: Iterable[tuple[str, Mapping[str, Any]]]
) -> None:
    """Compute ahead of :func:`fold_log`, in this transaction, the derived columns
    (``merge.DERIVED``) of new rows from the fields of their create: (row id, fields)
    each. The demo's households, while the worker invents the next batch and this
    process would wait: the pinyin and address keys cost the fold 2 s at 200,000.
    The fold takes a row's keys from here only for a row made by that one create."""
    derived = merge.DERIVED[entity]
    conn = _raw(session)
    table = _ahead(entity)
    conn.exec_driver_sql(
        f"CREATE TEMP TABLE IF NOT EXISTS {table} "
        f"(row_id TEXT PRIMARY KEY, {', '.join(derived)}) WITHOUT ROWID"
    )
    marks = ", ".join("?" * (len(derived) + 1))
    conn.exec_driver_sql(
        f"INSERT OR REPLACE INTO temp.{table} VALUES ({marks})",
        [  # type: ignore[arg-type]
            (row_id, *(fn(fields.get(src)) for src, fn in derived.values()))
            for row_id, fields in rows
        ],
    )


def _ahead(entity: str) -> str:
    """The temporary table of :func:`keys_ahead` for ``entity``."""
    return f"fv_keys_{entity}"


# ---------------------------------------------------------------- the fold of the whole log


def fold_log(session: Session, progress: FoldProgress | None = None) -> None:
    """Replace every folded table by the fold of the whole log, and end the bulk load.

    ``progress`` is told the percentage done after each stage (:data:`SHARES`): a
    first sync by the log folds for a minute or more at 100,000 households."""
    conn = _raw(session)
    mark = session.get(Setting, PENDING)
    cache = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    # Hand back the pages the pull cached before the sorts of the index builds need memory.
    conn.exec_driver_sql("PRAGMA shrink_memory")
    conn.exec_driver_sql(f"PRAGMA cache_size = -{FOLD_CACHE_KIB}")
    try:
        _fold(conn, mark, _Steps(progress))
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")
    if mark is not None:
        session.delete(mark)


class _Steps:
    """A fold's progress: each stage done adds its share (:data:`SHARES`)."""

    def __init__(self, progress: FoldProgress | None) -> None:
        self.progress = progress
        self.done = 0.0

    def add(self, stage: str, part: float = 1.0) -> None:
        """``stage`` is done (or ``part`` of it)."""
        self.done += SHARES[stage] * part
        if self.progress is not None:
            self.progress(min(round(self.done), 100), 100)


def _fold(conn: Connection, mark: Setting | None, steps: _Steps) -> None:
    for sql in (mark.value.get("indexes", {}) if mark is not None else {}).values():
        conn.exec_driver_sql(sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))
    tables = [m.__table__.name for m in (*MUTABLE.values(), *APPEND_ONLY.values())]  # type: ignore[attr-defined]
    tables += [m.__table__.name for m in DERIVED]  # type: ignore[attr-defined]
    indexes, triggers = _drop_indexes_and_triggers(conn, tables)
    for name in tables:
        conn.exec_driver_sql(f'DELETE FROM "{name}"')
    conn.exec_driver_sql("DELETE FROM budget_tally")
    conn.exec_driver_sql("DELETE FROM reach_tally")
    conn.exec_driver_sql("DELETE FROM household_tally")
    conn.exec_driver_sql("DELETE FROM duplicate_member")
    conn.exec_driver_sql("DELETE FROM need_day")
    conn.exec_driver_sql("DELETE FROM payment_category")
    _empty_fts(conn, "household_fts")
    conn.exec_driver_sql("DELETE FROM household_rank")
    conn.exec_driver_sql("INSERT INTO household_order(household_order) VALUES ('delete-all')")

    loader = _Loader(conn)
    loader.edited_rows()
    steps.add("edited")
    loader.scan(steps)
    loader.finish()
    steps.add("finish")

    _search_index(conn)
    steps.add("search")
    _tallies(conn)
    steps.add("tallies")
    # An index takes about as long as its table has rows.
    sizes = {table: _rows_about(conn, table) for table in {t for t, _sql in indexes}}
    whole = sum(sizes[table] for table, _sql in indexes) or 1
    for table, sql in indexes:
        conn.exec_driver_sql(sql)
        steps.add("indexes", sizes[table] / whole)
    # The duplicate groups' members (migration 0024), found through the groupings' indexes.
    conn.exec_driver_sql(importlib.import_module(_DUPLICATES).FILL)
    steps.add("duplicates")
    for sql in triggers:
        conn.exec_driver_sql(sql)


def _empty_fts(conn: Connection, table: str) -> None:
    """Empty an FTS5 table that keeps its content: made again from its definition, with
    FTS5's defaults. Deleting its rows updated its index row by row (7.2 s at 200,000
    households, when a replica far behind was loaded again)."""
    if conn.exec_driver_sql(f"SELECT 1 FROM {table} LIMIT 1").first() is None:
        return
    sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).scalar_one()
    conn.exec_driver_sql(f"DROP TABLE {table}")
    conn.exec_driver_sql(sql)


def _rows_about(conn: Connection, table: str) -> int:
    """About how many rows ``table`` holds: its largest rowid (it was filled from empty).
    A table without rowids counts as empty; the only one with an index is a running
    total whose index is partial (a few rows)."""
    (_schema, _name, _type, _ncol, without_rowid, _strict) = conn.exec_driver_sql(
        f'PRAGMA table_list("{table}")'
    ).one()
    if without_rowid:
        return 0
    return int(conn.exec_driver_sql(f'SELECT max(rowid) FROM "{table}"').scalar() or 0)


def _drop_indexes_and_triggers(
    conn: Connection, tables: list[str]
) -> tuple[list[tuple[str, str]], list[str]]:
    """Drop the secondary indexes of ``tables`` and the triggers on them; return the
    statements that create them again: the indexes' each with its table, the triggers'."""
    marks = ", ".join("?" for _ in tables)
    indexes = conn.exec_driver_sql(
        f"SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY name",
        tuple(tables),
    ).all()
    triggers = conn.exec_driver_sql(
        f"SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' "
        f"AND tbl_name IN ({marks}) ORDER BY name",
        tuple(tables),
    ).all()
    known = {t for names in TRIGGERS.values() for t in names}
    unknown = sorted(name for name, _t, _s in triggers if name not in known)
    if unknown:  # a new trigger keeps something this module does not know how to build
        raise RuntimeError(f"bulk load does not know how to rebuild what {unknown} keep")
    for name, _t, _sql in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    for name, _t, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return [(t, sql) for _n, t, sql in indexes], [sql for _n, _t, sql in triggers]


def _op(r: Any) -> Op:
    payload = json.loads(r[7]) if isinstance(r[7], str) else r[7]
    return Op(r[0], r[1], int(r[2]), r[3], r[4], r[5], r[6], payload, r[8])


def _reading(conn: Connection, entity: str) -> str | None:
    """How a statement of the fold reads ``entity``'s operations from the log: the whole
    log in its own order, page after page (``NOT INDEXED``), or, for a few of them
    (:data:`FEW`), only their pages, through the row index; None when it holds none.

    A read of the whole log costs the same for 7 operations as for 200,000 (1.5 s at
    810,000 operations): refolding the 200,000-household demo's replica spent 3.4 s so
    on its 7 distributions and 7 unit visits. The row index counts no further than needed."""
    rows = conn.exec_driver_sql("SELECT max(rowid) FROM operation").scalar() or 0
    few = int(rows * FEW)
    held = conn.exec_driver_sql(
        "SELECT count(*) FROM (SELECT 1 FROM operation WHERE entity = ? LIMIT ?)",
        (entity, few + 1),
    ).scalar()
    if not held:
        return None
    return "INDEXED BY ix_operation_row" if held <= few else _WHOLE


#: :func:`_reading` of the whole log
_WHOLE = "NOT INDEXED"


class _Rows:
    """One table's rows as the parameter tuples of one INSERT, built without per-column
    Python work for the plain columns.

    The same values ``merge._insert_many(conn, table, [merge._row_values(model, state)])``
    binds: JSON-form values decoded by column kind (``merge._from_json``), the column's
    bind processor, its default where ``state`` lacks the key. Most columns (text and
    integers, no default) need none of that and are read with one ``dict.get``."""

    def __init__(self, conn: Connection, model: Any, tail: str = "") -> None:
        table = model.__table__
        kinds = merge._column_kinds(model)
        cols = list(table.columns)
        self.keys = [c.key for c in cols]
        #: (position, key, kind, bind processor, default, cache of converted text)
        self.special: list[tuple[int, str, str, Any, Any, dict[str, Any] | None]] = []
        for i, c in enumerate(cols):
            proc = c.type._cached_bind_processor(conn.dialect)
            d = c.default
            kind = kinds[c.key]
            if proc is None and d is None and kind == "plain":
                continue
            if d is None:
                default: Any = lambda: None  # noqa: E731
            elif d.is_scalar:
                default = lambda v=d.arg: v  # noqa: E731
            else:
                default = lambda f=d.arg: f(None)  # noqa: E731
            # dates repeat (a campaign's visits fall on few days): convert each text once
            memo: dict[str, Any] | None = {} if kind == "date" else None
            self.special.append((i, c.key, kind, proc, default, memo))
        names = ", ".join(f'"{c.name}"' for c in cols)
        marks = ", ".join("?" for _ in cols)
        self.sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks}){tail}'

    def values(self, state: dict[str, Any]) -> tuple[Any, ...]:
        get = state.get
        row: list[Any] = [get(k) for k in self.keys]
        for i, key, kind, proc, default, memo in self.special:
            if key not in state:
                v = default()
            elif memo is not None and type(row[i]) is str:
                text = row[i]
                if text not in memo:
                    got = merge._from_json(kind, text)
                    memo[text] = proc(got) if proc is not None else got
                row[i] = memo[text]
                continue
            else:
                v = merge._from_json(kind, row[i])
            row[i] = proc(v) if proc is not None else v
        return tuple(row)


class _Loader:
    """Rows folded from the log and written a chunk at a time.

    Most rows have one operation (a create, a fact): those are folded while the
    log is read once in its own order, which SQLite reads page after page. Rows
    with several operations (edits, archives, merges) are read through the log's
    row index and folded first, households first, so that the end of every merge
    chain is known before anything that hangs on a household is written."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        #: mutable rows with more than one operation, per entity
        self.edited: dict[str, list[str]] = {}
        self.edited_keys: set[tuple[str, str]] = set()
        #: household -> the household it is merged into (only merged ones); units alike
        self.pointers: dict[str, str] = {}
        self.unit_pointers: dict[str, str] = {}
        self.rows: dict[str, list[tuple[Any, ...]]] = {}
        self.tables: dict[str, _Rows] = {}
        #: row id -> (entity, sort key, row)
        self.reversals: dict[str, tuple[str, str, dict[str, Any]]] = {}
        self.conflicts: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []

    def effective(self, hid: str) -> str:
        """``merge.effective_household`` over the folded pointers."""
        return merge.chain_end(self.pointers.get, hid)

    def effective_unit(self, uid: str) -> str:
        """``merge.effective_unit`` over the folded pointers."""
        return merge.chain_end(self.unit_pointers.get, uid)

    def table(self, entity: str) -> _Rows:
        got = self.tables.get(entity)
        if got is None:
            model = MUTABLE.get(entity) or APPEND_ONLY[entity]
            # A fact's first operation makes it (merge._append): a later one with the same
            # id is not an error there either.
            tail = "" if entity in MUTABLE else " ON CONFLICT (id) DO NOTHING"
            got = self.tables[entity] = _Rows(self.conn, model, tail)
        return got

    def _write(self, entity: str, state: dict[str, Any]) -> None:
        rows = self.rows.setdefault(entity, [])
        rows.append(self.table(entity).values(state))
        if len(rows) >= CHUNK:
            self._flush(entity)

    def _flush(self, entity: str) -> None:
        rows = self.rows.pop(entity, [])
        if rows:
            self.conn.exec_driver_sql(self.table(entity).sql, rows)  # type: ignore[arg-type]

    # -- mutable rows: merge.refold

    def edited_rows(self) -> None:
        names = ", ".join(f"'{e}'" for e in MUTABLE)
        for entity, row_id in self.conn.exec_driver_sql(
            f"SELECT entity, row_id FROM operation WHERE entity IN ({names}) "
            "GROUP BY entity, row_id HAVING count(*) > 1 ORDER BY entity, row_id"
        ):
            self.edited.setdefault(entity, []).append(row_id)
        # households and units first: the ends of their merge chains place the rest
        for entity in sorted(self.edited, key=lambda e: e not in ("household", "unit")):
            for row_id in self.edited[entity]:
                ops = [
                    _op(r)
                    for r in self.conn.exec_driver_sql(
                        f"SELECT {_COLUMNS} FROM operation WHERE entity = ? AND row_id = ? "
                        "ORDER BY sort_key",
                        (entity, row_id),
                    )
                ]
                self.mutable(entity, ops)
            self._flush(entity)
        self.edited_keys = {(e, r) for e, rows in self.edited.items() for r in rows}
        self.edited.clear()

    def mutable(self, entity: str, ops: list[Op]) -> None:
        f = merge._Fold(entity, ops[0].row_id)
        for op in ops:
            merge._step(f, op)
        if f.state is not None:
            state = dict(f.state)
            state.update(id=f.row_id, head_key=f.applied[-1].sort_key if f.applied else "")
            if entity == "household" and state.get("merged_into"):
                self.pointers[f.row_id] = state["merged_into"]
            if entity == "unit" and state.get("merged_into"):
                self.unit_pointers[f.row_id] = state["merged_into"]
            merge.follow_owners(entity, state, self.effective, self.effective_unit)
            state.update(merge._derived(entity, state))
            self._write(entity, state)
        self.conflicts.extend(f.conflicts.values())
        for op, frm, to, ok in f.events:
            self.events.append(merge._need_event_row(op, frm, to, ok))

    # -- one pass over the log in its own order

    def scan(self, steps: _Steps) -> None:
        """Mutable rows with one operation, in the log's order; then the facts."""
        self.chains()
        self.created()
        steps.add("created")
        names = ", ".join(f"'{e}'" for e in MUTABLE if e not in _CreatedSql.ENTITIES)
        cur = self.conn.exec_driver_sql(
            f"SELECT {_COLUMNS} FROM operation WHERE entity IN ({names}) ORDER BY rowid"
        )
        while True:
            chunk = cur.fetchmany(2000)
            if not chunk:
                break
            for r in chunk:
                entity, row_id = r[4], r[5]
                if (entity, row_id) not in self.edited_keys:
                    self.mutable(entity, [_op(r)])
        for entity in list(self.rows):
            self._flush(entity)
        steps.add("mutable")
        self.facts()
        steps.add("facts")
        self.conn.exec_driver_sql("DROP TABLE temp.fv_chain")

    def created(self) -> None:
        """Households and members made by one operation and never touched again (most
        of them), made by SQLite as facts are (:class:`_CreatedSql`)."""
        conn = self.conn
        _FactSql.functions(conn)
        conn.exec_driver_sql(
            "CREATE TEMP TABLE fv_edited (entity TEXT, row_id TEXT, PRIMARY KEY (entity, row_id))"
        )
        edited = [k for k in self.edited_keys if k[0] in _CreatedSql.ENTITIES]
        if edited:
            conn.exec_driver_sql("INSERT INTO temp.fv_edited VALUES (?, ?)", edited)  # type: ignore[arg-type]
        for entity in _CreatedSql.ENTITIES:
            reading = _reading(conn, entity)
            if reading is not None:
                made = _CreatedSql(conn, entity, MUTABLE[entity], reading)
                conn.exec_driver_sql(*made.statement())
        conn.exec_driver_sql("DROP TABLE temp.fv_edited")
        for entity in merge.DERIVED:  # keys_ahead's, used or not: for this fold only
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{_ahead(entity)}")

    def chains(self) -> None:
        """``temp.fv_chain``: the end of every merged household's and unit's chain, for
        the rows SQLite makes (the edited rows before them have set the pointers)."""
        self.conn.exec_driver_sql(
            "CREATE TEMP TABLE fv_chain (kind TEXT, id TEXT, end_id TEXT, PRIMARY KEY (kind, id))"
        )
        ends = [("household", h, self.effective(h)) for h in self.pointers]
        ends += [("unit", u, self.effective_unit(u)) for u in self.unit_pointers]
        if ends:
            self.conn.exec_driver_sql("INSERT INTO temp.fv_chain VALUES (?, ?, ?)", ends)  # type: ignore[arg-type]

    def facts(self) -> None:
        """Facts, folded by SQLite from the log's JSON (:class:`_FactSql`); reversals of
        payments and distributions (and anything that might be one) go through
        :meth:`fact`, which keeps one reversal per original."""
        # A table with few operations reads only theirs, through the row index; the
        # others read the log once together, in its own order, page after page (the
        # row index would visit the pages at random).
        readings = {entity: _reading(self.conn, entity) for entity in APPEND_ONLY}
        whole: list[_FactSql] = []
        for entity, model in APPEND_ONLY.items():
            reading = readings[entity]
            if reading is None:
                continue
            made = _FactSql(self.conn, entity, model, reading)
            if reading == _WHOLE:
                whole.append(made)
            else:
                self.conn.exec_driver_sql(*made.statement())
        reversals: list[Any] = []
        for entity in voids.LEDGERS:  # reversals: one per original (row ids are unique)
            reading = readings[entity]
            if reading is not None and reading != _WHOLE:
                reversals += self.conn.exec_driver_sql(
                    f"SELECT rowid, {_COLUMNS} FROM operation {reading} WHERE entity = ? "
                    f"AND {_FactSql.MAYBE_REVERSAL} ORDER BY rowid",
                    (entity,),
                ).all()
        ledgers = [f.entity for f in whole if f.entity in voids.LEDGERS]
        reversals += _one_pass(self.conn, whole, ledgers)
        reversals.sort(key=lambda r: r[0])  # the log's order, as the fold meets them
        for r in reversals:
            self.fact(_op(r[1:]))
        for entity in list(self.rows):
            self._flush(entity)

    def fact(self, op: Op) -> None:
        """``merge._append``: the operation's fields, on the end of its household's chain."""
        model = APPEND_ONLY[op.entity]
        fields = merge.fact_fields(op, model, self.effective, self.effective_unit)
        if voids.is_reversal(op.entity, op.payload):
            values = merge._row_values(model, fields)
            self.reversals.setdefault(op.row_id, (op.entity, op.sort_key, values))
        else:
            self._write(op.entity, fields)

    def finish(self) -> None:
        """Reversals (of several for one payment or distribution, the smallest sort key
        stands; the others are void_duplicate rows naming it), conflicts and need events."""
        tried: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = {}
        for entity, key, row in self.reversals.values():
            tried.setdefault((entity, row["reverses_id"]), []).append((key, row))
        standing: dict[str, list[dict[str, Any]]] = {}
        duplicates: list[dict[str, Any]] = []
        for (entity, _original), group in tried.items():
            group.sort(key=lambda t: t[0])
            winner = group[0][1]
            standing.setdefault(entity, []).append(winner)
            duplicates += [voids.duplicate(entity, row, winner["id"]) for _k, row in group[1:]]
        conn = self.conn
        for entity, rows in standing.items():
            table = voids.LEDGERS[entity]
            merge._insert_many(conn, table, rows, tail=" ON CONFLICT (id) DO NOTHING")
        merge._insert_many(conn, DuplicateVoid.__table__, duplicates)  # type: ignore[attr-defined]
        merge._insert_many(conn, Conflict.__table__, self.conflicts)  # type: ignore[attr-defined]
        merge._insert_many(conn, NeedEvent.__table__, self.events)  # type: ignore[attr-defined]


def _one_pass(conn: Connection, facts: list[_FactSql], ledgers: list[str]) -> list[Any]:
    """Fill ``facts`` from one read of the log in its own order, and return the
    operations of ``ledgers`` that may be reversals (with their rowids).

    Each operation is inserted into a temporary view whose triggers make the row of
    its table (:meth:`_FactSql.trigger`) or keep it aside as a reversal: the log is
    read once instead of once per table (at 200,000 households, visits, payments and
    receipt events: 13.8-14.4 s against 16.3-16.5 s, with the reversals)."""
    if not facts:
        return []
    view = "fv_pass"
    conn.exec_driver_sql(
        f"CREATE TEMP VIEW {view} AS SELECT rowid AS n, {_COLUMNS}, sort_key FROM operation WHERE 0"
    )
    conn.exec_driver_sql(f"CREATE TEMP TABLE fv_reversal AS SELECT * FROM {view}")
    for made in facts:
        conn.exec_driver_sql(made.trigger(view))
    if ledgers:
        every = ", ".join(f"NEW.{c}" for c in ("n", *_COLUMNS.split(", "), "sort_key"))
        names = ", ".join(f"'{e}'" for e in ledgers)
        maybe = _FactSql.MAYBE_REVERSAL.replace("payload", "NEW.payload")
        conn.exec_driver_sql(
            f"CREATE TEMP TRIGGER fv_pass_reversal INSTEAD OF INSERT ON {view} "
            f"WHEN NEW.entity IN ({names}) AND {maybe} "
            f"BEGIN INSERT INTO fv_reversal VALUES ({every}); END"
        )
    try:
        names = ", ".join(f"'{f.entity}'" for f in facts)
        last = conn.exec_driver_sql("SELECT max(rowid) FROM operation").scalar() or 0
        for start in range(0, last, PASS_ROWS):
            conn.exec_driver_sql(
                f"INSERT INTO temp.{view} SELECT rowid, {_COLUMNS}, sort_key "
                f"FROM operation {_WHOLE} WHERE rowid > ? AND rowid <= ? "
                f"AND entity IN ({names}) ORDER BY rowid",
                (start, start + PASS_ROWS),
            )
        return list(
            conn.exec_driver_sql(f"SELECT n, {_COLUMNS} FROM temp.fv_reversal ORDER BY n").all()
        )
    finally:
        conn.exec_driver_sql(f"DROP VIEW temp.{view}")  # its triggers with it
        conn.exec_driver_sql("DROP TABLE temp.fv_reversal")


class _FactSql:
    """One fact table filled from the log by one ``INSERT … SELECT``: what
    :func:`merge.fact_fields` and :func:`merge._row_values` make of each operation,
    computed by SQLite from the payload's JSON instead of row by row in Python.

    Plain columns are read with ``->>`` (SQLite's value of a JSON scalar is what
    binding the decoded value stores). A column with a bind processor or a JSON
    form (dates, JSON, bytes) goes through :func:`_exact`, the very conversion the
    fold applies; a column the payload lacks takes its default, computed once. The
    merge chains' ends come from ``temp.fv_chain``; ``created_at`` from the stamp.
    Operations of one id after the first are ignored, as ``merge._append`` does."""

    #: Ledger operations whose ``reverses_id`` is present and not null: reversals (and
    #: anything that might be one) are left to :meth:`_Loader.fact`.
    MAYBE_REVERSAL = "coalesce(json_type(payload, '$.fields.reverses_id'), 'null') != 'null'"
    #: ``merge.hlc_time(hlc)`` as the column stores it (UTC, microseconds)
    STAMP = (
        "strftime('%Y-%m-%d %H:%M:%S', CAST(substr(o.hlc, 1, 13) AS INTEGER) / 1000, "
        "'unixepoch') || printf('.%06d', (CAST(substr(o.hlc, 1, 13) AS INTEGER) % 1000) * 1000)"
    )

    def __init__(self, conn: Connection, entity: str, model: Any, reading: str) -> None:
        self.conn, self.entity, self.model = conn, entity, model
        #: how the log is read (:func:`_reading`)
        self.reading = reading

    @staticmethod
    def functions(conn: Connection) -> None:
        pooled = conn.connection
        if not pooled.info.get("fv_exact"):  # once per connection: not while statements run
            raw = pooled.dbapi_connection
            assert raw is not None
            raw.create_function("fv_exact", 3, _exact, deterministic=True)
            raw.create_function("fv_key", 3, _key, deterministic=True)
            pooled.info["fv_exact"] = True

    @staticmethod
    def field(key: str, as_value: bool = True) -> str:
        return f"o.payload {'->>' if as_value else '->'} '$.fields.{key}'"

    def column(self, col: Any, kind: str, params: list[Any]) -> str:
        key = col.key
        kinds = merge._column_kinds(self.model)
        if key == "id":
            return "o.row_id"
        if key == "created_at":
            return self.STAMP
        if key == "orig_household_id":
            return self.field("household_id")
        if key == "household_id" and "orig_household_id" in kinds:
            return self.chain("household", self.field("household_id"))
        unit = self.field("unit_id")
        given_unit = self.given(unit)
        if key == "orig_unit_id":
            return f"CASE WHEN {given_unit} THEN {unit} ELSE {self.plain(col, kind, params)} END"
        if key == "unit_id" and "orig_unit_id" in kinds:
            other = self.plain(col, kind, params)
            return f"CASE WHEN {given_unit} THEN {self.chain('unit', unit)} ELSE {other} END"
        return self.plain(col, kind, params)

    @staticmethod
    def given(value: str) -> str:
        """SQL for the Python truth of an id field (a non-empty string)."""
        return f"(typeof({value}) = 'text' AND {value} != '')"

    @staticmethod
    def chain(kind: str, value: str) -> str:
        return (
            f"coalesce((SELECT end_id FROM temp.fv_chain WHERE kind = '{kind}' AND id = {value}),"
            f" {value})"
        )

    def plain(self, col: Any, kind: str, params: list[Any]) -> str:
        proc = col.type._cached_bind_processor(self.conn.dialect)
        d = col.default
        absent = None if d is None else d.arg if d.is_scalar else d.arg(None)
        if absent is not None and proc is not None:
            absent = proc(absent)
        spec = f"{self.model.__table__.name}.{col.key}"
        exact = f"fv_exact('{spec}', '{kind}', {self.field(col.key, as_value=False)})"
        if proc is None and kind == "plain":
            value = self.field(col.key)
        elif kind == "date" and type(col.type) is Date:
            value = self.iso_date(self.field(col.key), exact)
        else:
            value = exact
        if absent is None:  # an absent key reads as NULL, its default too
            return value
        params.append(absent)
        return (
            f"CASE WHEN json_type(o.payload, '$.fields.{col.key}') IS NULL THEN ? ELSE {value} END"
        )

    @staticmethod
    def iso_date(text: str, exact: str) -> str:
        """SQL for a date column: a date written as the column stores it (``date()``
        gives it back unchanged, year 1 or later) is stored as it is; anything else
        goes through ``exact``. A Python call per row cost 2-3 s of the household and
        member statements' 26-27 s at 200,000 households (birth dates are nearly all
        different, so the converter's memo missed)."""
        return (
            f"CASE WHEN {text} IS NULL THEN NULL "
            f"WHEN date({text}) IS {text} AND {text} >= '0001' THEN {text} ELSE {exact} END"
        )

    def _insert(self) -> tuple[str, list[Any]]:
        """``INSERT INTO table (…) SELECT …`` up to its ``FROM``, with its parameters."""
        table = self.model.__table__
        kinds = merge._column_kinds(self.model)
        params: list[Any] = []
        exprs = [self.column(c, kinds[c.key], params) for c in table.columns]
        names = ", ".join(f'"{c.name}"' for c in table.columns)
        return f'INSERT INTO "{table.name}" ({names}) SELECT {", ".join(exprs)}', params

    def statement(self) -> tuple[str, tuple[Any, ...]]:
        insert, params = self._insert()
        params.append(self.entity)
        return (
            f"{insert} FROM operation o {self.reading}{self.join()} WHERE {self.where()} "
            f"ORDER BY o.rowid {self.TAIL}",
            tuple(params),
        )

    def join(self) -> str:
        """Another table the statement reads beside the log, if any."""
        return ""

    def trigger(self, view: str) -> str:
        """A trigger on ``view`` (:func:`_one_pass`) that makes this table's row of each
        of its operations inserted there: the statement's SELECT over the one new row,
        its parameters written into it (a trigger takes none)."""
        insert, params = self._insert()
        pieces = insert.split("?")
        if len(pieces) != len(params) + 1:  # a "?" that is not a parameter
            raise RuntimeError(f"bulk load cannot write {self.entity}'s statement as a trigger")
        body = pieces[0] + "".join(
            _literal(v) + rest for v, rest in zip(params, pieces[1:], strict=True)
        )
        source = ", ".join(f"NEW.{c} AS {c}" for c in _PASSED)
        return (
            f"CREATE TEMP TRIGGER fv_pass_{self.entity} INSTEAD OF INSERT ON {view} "
            f"WHEN NEW.entity = '{self.entity}' BEGIN {body} "
            f"FROM (SELECT {source}) o WHERE 1{self.condition()} {self.TAIL}; END"
        )

    #: the first operation of an id makes the fact (``merge._append``)
    TAIL = "ON CONFLICT (id) DO NOTHING"

    def where(self) -> str:
        return f"o.entity = ?{self.condition()}"

    def condition(self) -> str:
        """What the statement asks of an operation of its entity: a ledger's reversals
        are left to :meth:`_Loader.fact`."""
        if self.entity in voids.LEDGERS:
            return f" AND NOT {self.MAYBE_REVERSAL.replace('payload', 'o.payload')}"
        return ""


class _CreatedSql(_FactSql):
    """Rows of a mutable entity with one operation, a create (``merge._step`` on a
    create, ``follow_owners`` and ``merge._derived``), filled as facts are. Rows
    with more operations (``temp.fv_edited``) are folded in Python, and so are the
    other entities (a need follows a unit too and writes its first event)."""

    ENTITIES = ("household", "member")
    TAIL = ""  # one operation per row: no second one to ignore

    def __init__(self, conn: Connection, entity: str, model: Any, reading: str) -> None:
        super().__init__(conn, entity, model, reading)
        #: the derived columns computed ahead (:func:`keys_ahead`), if any
        self.ahead = entity in merge.DERIVED and bool(
            conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = ?",
                (_ahead(entity),),
            ).first()
        )

    def join(self) -> str:
        if not self.ahead:
            return ""
        return f" LEFT JOIN temp.{_ahead(self.entity)} k ON k.row_id = o.row_id"

    def column(self, col: Any, kind: str, params: list[Any]) -> str:
        key = col.key
        derived = merge.DERIVED.get(self.entity, {})
        if key == "id":
            return "o.row_id"
        if key == "archived":
            params.append(col.type._cached_bind_processor(self.conn.dialect)(False))
            return "?"
        if key == "merged_into":
            return "NULL"
        if key in ("created_at", "updated_at"):
            return self.STAMP
        if key == "head_key":
            return "o.sort_key"
        if key in derived:
            computed = f"fv_key('{self.entity}', '{key}', {self.field(derived[key][0])})"
            return f"coalesce(k.{key}, {computed})" if self.ahead else computed
        if self.entity == "member" and key in ("household_id", "orig_household_id"):
            hid = self.field("household_id")  # merge.follow_owners
            value = self.chain("household", hid) if key == "household_id" else hid
            other = self.plain(col, kind, params)
            return f"CASE WHEN {self.given(hid)} THEN {value} ELSE {other} END"
        if key in merge.SYSTEM:
            raise RuntimeError(f"bulk load does not know how to make {self.entity}.{key}")
        return self.plain(col, kind, params)

    def where(self) -> str:
        return (
            "o.entity = ? AND o.kind = 'create' AND NOT EXISTS (SELECT 1 FROM temp.fv_edited e "
            "WHERE e.entity = o.entity AND e.row_id = o.row_id)"
        )


#: The operation's columns a fact's statement reads (``o.…``).
_PASSED = ("row_id", "payload", "hlc", "sort_key")


def _literal(value: Any) -> str:
    """``value`` as an SQL literal: a column's default, written into a trigger."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, bytes):
        return f"X'{value.hex()}'"
    raise TypeError(f"bulk load cannot write {value!r} into a trigger")


def _key(entity: str, column: str, value: Any) -> Any:
    """A derived column from its field's value (``merge.DERIVED``)."""
    return merge.DERIVED[entity][column][1](value)


def _exact(spec: str, kind: str, text: str | None) -> Any:
    """A column's value as the fold binds it: the JSON decoded, ``merge._from_json``,
    then the column type's bind processor."""
    if text is None:
        return None
    return _converter(spec, kind)(text)


@lru_cache(maxsize=256)
def _converter(spec: str, kind: str) -> Callable[[str], Any]:
    from fieldvisit.store.models import Base

    table_name, _, key = spec.partition(".")
    col = Base.metadata.tables[table_name].c[key]
    proc = col.type._cached_bind_processor(_DIALECT)

    @lru_cache(maxsize=4096)  # dates and empty lists repeat
    def convert(text: str) -> Any:
        value = merge._from_json(kind, json.loads(text))
        return proc(value) if proc is not None else value

    return convert


# ---------------------------------------------------------------- derived tables


def _bucket(name: str) -> str:
    """SQL for the first rank of ``name``'s bucket: the formula of migration 0014's
    triggers (the first two characters' code points, clamped to 16 bits)."""
    c1 = f"coalesce(unicode(substr({name}, 1, 1)), 0)"
    c2 = f"coalesce(unicode(substr({name}, 2, 1)), 0)"
    key = (
        f"(CASE WHEN {c1} >= 65535 THEN 4294901760 WHEN {c2} >= 65535"
        f" THEN {c1} * 65536 + 65535 ELSE {c1} * 65536 + {c2} END)"
    )
    return f"({key} * {SPAN})"


def _fts_hash(conn: Connection, size: int) -> None:
    for table in FTS_TABLES:
        conn.exec_driver_sql(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', ?)", (size,))


def _search_index(conn: Connection) -> None:
    """What the household triggers keep, built in one pass each: the FTS rows in rowid
    order, ranks numbered within each bucket in name order, the ordered index in rank
    order (FTS5 then appends instead of merging). FTS5 holds the terms of many rows in
    memory meanwhile (:data:`FTS_HASH_BYTES`), fewer segments to write and merge."""
    _fts_hash(conn, FTS_HASH_BYTES)
    try:
        _fill_search_index(conn)
    finally:
        _fts_hash(conn, FTS_HASH_DEFAULT)


def _fill_search_index(conn: Connection) -> None:
    conn.exec_driver_sql(
        "INSERT INTO household_fts(rowid, terms, name, hid, archived) "
        "SELECT rowid, name_key, name, id, archived FROM household ORDER BY rowid"
    )
    # The ranks are numbered once, into a narrow table in rank order that both read in
    # that order: not joined back to the household (random pages of the widest table),
    # nor numbered twice (a second read of that table and a second sort).
    conn.exec_driver_sql(
        "CREATE TEMP TABLE fv_rank (rank INTEGER PRIMARY KEY, hid, name, archived, terms)"
    )
    conn.exec_driver_sql("INSERT INTO temp.fv_rank " + _ranked("id, name, archived, name_key"))
    conn.exec_driver_sql(
        "INSERT INTO household_rank(rank, hid, name, archived) "
        "SELECT rank, hid, name, archived FROM temp.fv_rank ORDER BY rank"
    )
    conn.exec_driver_sql(
        "INSERT INTO household_order(rowid, terms) SELECT rank, terms FROM temp.fv_rank ORDER BY rank"
    )
    conn.exec_driver_sql("DROP TABLE temp.fv_rank")


def _ranked(columns: str) -> str:
    """SQL for every household's rank (migration 0014's), beside ``columns``, in rank order."""
    return (
        f"SELECT b + row_number() OVER (PARTITION BY b ORDER BY name, id) - 1, {columns} "
        f"FROM (SELECT {_bucket('name')} AS b, id, name, archived, name_key FROM household) "
        "ORDER BY 1"
    )


def _tallies(conn: Connection) -> None:
    """The running totals of migrations 0004, 0018, 0019 and 0021, summed from the ledger
    at once, the needs' visit days of 0025 and the payments' categories of 0026.

    Three of them look each payment's household up; they read its district and category
    from one narrow copy (``temp.fv_household``), not from the household rows, wide
    and at random (at 100,000 households: 2.9 s for the three and the copy instead of 6.0 s)."""
    households = "temp.fv_household"
    conn.exec_driver_sql(
        f"CREATE TABLE {households} (id TEXT PRIMARY KEY, district, category) WITHOUT ROWID"
    )
    conn.exec_driver_sql(f"INSERT INTO {households} SELECT id, district, category FROM household")
    conn.exec_driver_sql(
        "INSERT INTO budget_tally (campaign_id, team_id, district, category, cash_fen, "
        "goods_fen, live, entries) " + importlib.import_module(_BUDGET).fresh(households)
    )
    importlib.import_module(_REACH).rebuild(conn.exec_driver_sql, households)
    conn.exec_driver_sql(importlib.import_module(_PAYMENT_CATEGORIES).fill(households))
    conn.exec_driver_sql(f"DROP TABLE {households}")
    conn.exec_driver_sql(importlib.import_module(_HOUSEHOLDS).FILL)
    conn.exec_driver_sql(importlib.import_module(_NEED_DAYS).FILL)
    conn.exec_driver_sql(
        "INSERT INTO payment_tally (campaign_id, household_id, live) "
        "SELECT coalesce(campaign_id, ''), household_id, "
        "sum(CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) FROM payment GROUP BY 2, 1"
    )
    conn.exec_driver_sql(
        "INSERT INTO goods_tally (campaign_id, item, quantity, value_fen) "
        "SELECT p.campaign_id, json_extract(g.value, '$.item'), "
        "coalesce(sum(json_extract(g.value, '$.quantity')), 0), "
        "coalesce(sum(json_extract(g.value, '$.value_fen')), 0) "
        "FROM payment p, json_each(p.goods) g "
        "WHERE p.campaign_id IS NOT NULL AND json_extract(g.value, '$.item') IS NOT NULL "
        "GROUP BY 1, 2"
    )
