"""Household search, done in SQL so it stays instant at 200,000 rows.

A query is read as what it looks like:

- digits (and a final X) are the last digits of an ID number or phone, or the
  start of a register number: reversed copies of ID and phone (``id_rev``,
  ``phone_rev``) turn "last digits" into indexed range scans;
- anything else is part of a name (Simplified or Traditional, full pinyin from
  any syllable, initials) or the start of a register number. Names are found
  through the FTS5 table ``household_fts`` over ``name_key`` tokens (every
  suffix of the name, its pinyin and its initials), where a prefix query on a
  token is a substring query on the name — fast even for one character.

Results are ordered by name, then id, so the order is stable between runs and
replicas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, literal_column, select, text, union
from sqlalchemy.orm import Session

from fieldvisit.store.models import Household
from fieldvisit.text import compact, normalize, search_terms

_DIGITS = re.compile(r"^[0-9]+[0-9X]?$|^X$")
_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class Filters:
    district: str | None = None
    category: str | None = None
    cause: str | None = None
    team_id: str | None = None
    include_archived: bool = False


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _prefix(column: Any, prefix: str) -> Any:
    # A range, not LIKE: SQLite's LIKE is case-insensitive and so cannot use a
    # BINARY index; the range can.
    return and_(column >= prefix, column < _upper_bound(prefix))


def fts_query(query: str) -> str | None:
    """The FTS5 MATCH expression for a name query: every word as a token prefix."""
    words: list[str] = []
    for term in search_terms(query):
        words += [w for w in _WORD.split(term) if w and w != "_"]
    if not words:
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)


def _matching_rowids(q: str, raw: str) -> Any:
    """A SELECT of household rowids matching the query text (a union of index lookups)."""
    rowid: Any = literal_column("household.rowid")
    if _DIGITS.match(q):
        rev = q[::-1]
        return union(
            select(rowid).select_from(Household.__table__).where(_prefix(Household.id_rev, rev)),
            select(rowid).select_from(Household.__table__).where(_prefix(Household.phone_rev, rev)),
            select(rowid).select_from(Household.__table__).where(_prefix(Household.register_no, q)),
        )
    parts = [
        select(rowid)
        .select_from(Household.__table__)
        .where(_prefix(Household.register_no, normalize(raw).replace(" ", "")))
    ]
    match = fts_query(raw)
    if match:
        parts.append(
            select(literal_column("rowid")).select_from(
                text("household_fts WHERE household_fts MATCH :fts_match").bindparams(
                    fts_match=match
                )
            )
        )
    return union(*parts)


def query(text_: str, filters: Filters | None = None) -> Select[Any]:
    """The SELECT of matching household ids, unordered; callers add order and limits."""
    filters = filters or Filters()
    stmt = select(Household.id)
    q = compact(text_).upper()
    if q:
        stmt = stmt.where(literal_column("household.rowid").in_(_matching_rowids(q, text_)))
    if not filters.include_archived:
        stmt = stmt.where(Household.archived.is_(False))
    if filters.district:
        stmt = stmt.where(Household.district == filters.district)
    if filters.category:
        stmt = stmt.where(Household.category == filters.category)
    if filters.team_id:
        stmt = stmt.where(Household.team_id == filters.team_id)
    if filters.cause:
        stmt = stmt.where(Household.causes.like(f'%"{_escape(filters.cause)}"%', escape="\\"))
    return stmt


_NAME_SQL = (
    "SELECT id FROM ("
    " SELECT hid AS id, name FROM household_fts"
    " WHERE household_fts MATCH :m {archived_fts}"
    " UNION"
    " SELECT id, name FROM household"
    " WHERE register_no >= :lo AND register_no < :hi {archived}"
    ") ORDER BY name, id {limit}"
)


def _plain(filters: Filters | None) -> bool:
    f = filters or Filters()
    return not (f.district or f.category or f.cause or f.team_id)


#: Ranks per bucket of ``household_order`` (migration 0014): a rank's high bits
#: grow with the name's first two characters, its low 31 bits count households
#: within that bucket.
SPAN = 2**31

_RANKED = (
    "FROM household_order CROSS JOIN household_rank r ON r.rank = household_order.rowid"
    " {join} WHERE household_order MATCH :m {where}"
)
_RANK_SQL = (
    "SELECT household_order.rowid, r.hid, r.name "
    + _RANKED
    + " {bound} ORDER BY household_order.rowid"
)
_REGISTER_SQL = (
    "SELECT id, name FROM household h WHERE register_no >= :lo AND register_no < :hi"
    " {where} ORDER BY name, id LIMIT :limit"
)


def _filter_sql(f: Filters) -> tuple[str, dict[str, Any]]:
    """The filters as SQL conditions on ``household h`` (AND-prefixed), with parameters."""
    where, params = "", {}
    for column in ("district", "category", "team_id"):
        if getattr(f, column):
            where += f" AND h.{column} = :f_{column}"
            params[f"f_{column}"] = getattr(f, column)
    if f.cause:
        where += " AND h.causes LIKE :f_cause ESCAPE '\\'"
        params["f_cause"] = f'%"{_escape(f.cause)}"%'
    return where, params


def _first_by_rank(
    session: Session, match: str, reg: str, limit: int, filters: Filters | None
) -> list[str]:
    """The first ``limit`` matches of a name query in (name, id) order, reading few rows.

    ``household_order`` returns matches in rank order, and a rank never
    decreases as the name grows. So every match in a bucket after the one
    holding the ``limit``-th match sorts after all ``limit`` matches before it:
    the page is among the first ``limit`` matches and the rest of that bucket,
    which are read (one narrow row each, and the household row only when there
    are filters) and sorted exactly. Register numbers are looked up on their own
    index and merged."""
    if limit <= 0:
        return []
    f = filters or Filters()
    where, params = _filter_sql(f)
    join = "JOIN household h ON h.id = r.hid" if where else ""
    ranked_where = where + ("" if f.include_archived else " AND r.archived = 0")
    params |= {"m": match}
    first = _RANK_SQL.format(join=join, where=ranked_where, bound="") + " LIMIT :limit"
    got = list(session.execute(text(first), params | {"limit": limit}))
    if len(got) == limit:  # the rest of the last match's bucket may sort before it
        last = int(got[-1][0])
        more = _RANK_SQL.format(
            join=join,
            where=ranked_where,
            bound="AND household_order.rowid > :last AND household_order.rowid <= :end",
        )
        end = (last // SPAN) * SPAN + SPAN - 1
        got += session.execute(text(more), params | {"last": last, "end": end})
    rows = {(r[1], r[2]) for r in got}
    register = _REGISTER_SQL.format(
        where=where + ("" if f.include_archived else " AND archived = 0")
    )
    rows |= {
        (r[0], r[1])
        for r in session.execute(
            text(register), params | {"lo": reg, "hi": _upper_bound(reg), "limit": limit}
        )
    }
    return [hid for hid, _ in sorted(rows, key=lambda r: (r[1], r[0]))[:limit]]


#: A digit query with at least this many matches walks the name index instead:
#: so many names match that the first page is among the first few thousand rows
#: in name order, while collecting and sorting every match costs ~5 µs each.
WALK_AT = 8000

#: A query of one character (a digit, or X) is sought first walking at most this many
#: names in order (:func:`_probe_names`): wherever ID numbers or phones are filled in,
#: one in four households or so matches it, so its page lies within the first few
#: hundred names, and the count that would choose the walk reads up to
#: :data:`WALK_AT` index entries for nothing.
PROBE = 2000

#: Where a digit query looks: the column, its index ending in (archived, name, id)
#: (migration 0016), and whether the column holds the digits reversed (a range of
#: "last digits").
_DIGIT_SOURCES = (
    ("id_rev", "ix_household_id_rev_name", True),
    ("phone_rev", "ix_household_phone_rev_name", True),
    ("register_no", "ix_household_register_no_name", False),
)


def _digit_ranges(q: str) -> tuple[list[str], dict[str, str]]:
    """Each source's range condition (column prefix), with its parameters."""
    conds: list[str] = []
    params: dict[str, str] = {}
    for column, _index, reverse in _DIGIT_SOURCES:
        key = q[::-1] if reverse else q
        conds.append(f"{column} >= :{column}_lo AND {column} < :{column}_hi")
        params |= {f"{column}_lo": key, f"{column}_hi": _upper_bound(key)}
    return conds, params


def _digit_ids(session: Session, q: str, limit: int | None, filters: Filters | None) -> list[str]:
    """Ids matching a digit query in (name, id) order, from the digit indexes alone.

    Each range yields (rowid, name, id) from its covering index, so no household row
    is read unless a filter needs one (then by rowid). UNION ALL and a sort bounded
    by the limit, not UNION (a temp B-tree of every match): a household found by two
    ranges comes twice and is dropped here. A broad query (one digit, the start of
    register numbers that all begin alike) walks the name index instead."""
    f = filters or Filters()
    where, params = _filter_sql(f)
    conds, ranges = _digit_ranges(q)
    params |= ranges
    archived = "" if f.include_archived else " AND archived = 0"
    parts = [
        f"SELECT rowid AS r, name, id FROM household INDEXED BY {index} WHERE {cond}{archived}"
        for cond, (_c, index, _r) in zip(conds, _DIGIT_SOURCES, strict=True)
    ]
    union = " UNION ALL ".join(parts)
    if limit is not None:
        if limit <= 0:
            return []
        matched = " OR ".join(f"({c})" for c in conds)
        names = (
            f"FROM household h INDEXED BY ix_household_name_id"
            f" WHERE 1{archived.replace('archived', 'h.archived')}{where}"
        )
        if len(q) == 1:
            page = _probe_names(session, matched, names, params, limit)
            if page is not None:
                return page
        count = session.execute(
            text(f"SELECT count(*) FROM ({union} LIMIT {WALK_AT})"), params
        ).scalar_one()
        if count >= WALK_AT:
            walk = f"SELECT h.id {names} AND ({matched}) ORDER BY h.name, h.id LIMIT {int(limit)}"
            return list(session.execute(text(walk), params).scalars())
    join = " CROSS JOIN household h ON h.rowid = c.r" if where else ""
    bound = "" if limit is None else f" LIMIT {3 * int(limit)}"  # a household comes <= 3 times
    sql = f"SELECT c.id FROM ({union}) c{join} WHERE 1{where} ORDER BY c.name, c.id{bound}"
    ids = list(dict.fromkeys(session.execute(text(sql), params).scalars()))
    return ids if limit is None else ids[:limit]


def _probe_names(
    session: Session, matched: str, names: str, params: dict[str, Any], limit: int
) -> list[str] | None:
    """The first ``limit`` matches among the first :data:`PROBE` names in order (or
    among all, if there are fewer); None if that many names hold fewer matches. The
    walk stops at the ``limit``-th match: every name before it has been read."""
    scan = max(PROBE, limit)
    sql = f"SELECT h.id, {matched} {names} ORDER BY h.name, h.id LIMIT {int(scan)}"
    page: list[str] = []
    read = 0
    result = session.execute(text(sql), params)
    try:
        for hid, hit in result:
            read += 1
            if hit:
                page.append(hid)
                if len(page) == limit:
                    return page
    finally:
        result.close()
    return page if read < scan else None


def ordered_ids(
    session: Session, text_: str, *, limit: int | None = None, filters: Filters | None = None
) -> list[str]:
    """Matching ids in display order (name, id): what a lazy list model needs.

    A name query without other filters is answered from the FTS table alone
    (it stores name and id), so a common surname matching thousands of rows is
    sorted without reading their household rows. With a ``limit`` (a page), the
    name-ordered index ``household_order`` gives the page without sorting every
    match, however many there are."""
    q = compact(text_).upper()
    if q and _DIGITS.match(q):
        return _digit_ids(session, q, limit, filters)
    match = fts_query(text_) if q else None
    if match is not None and limit is not None:
        return _first_by_rank(session, match, normalize(text_).replace(" ", ""), limit, filters)
    if match is not None and _plain(filters):
        reg = normalize(text_).replace(" ", "")
        show_all = filters is not None and filters.include_archived
        sql = _NAME_SQL.format(
            archived_fts="" if show_all else "AND archived = 0",
            archived="" if show_all else "AND archived = 0",
            limit="" if limit is None else f"LIMIT {int(limit)}",
        )
        params = {"m": match, "lo": reg, "hi": _upper_bound(reg)}
        return list(session.execute(text(sql), params).scalars())
    stmt = query(text_, filters).order_by(Household.name, Household.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.execute(stmt).scalars())


def search(
    session: Session, text: str, *, limit: int = 200, filters: Filters | None = None
) -> list[Household]:
    ids = ordered_ids(session, text, limit=limit, filters=filters)
    if not ids:
        return []
    rows = {
        h.id: h for h in session.execute(select(Household).where(Household.id.in_(ids))).scalars()
    }
    return [rows[i] for i in ids if i in rows]


__all__ = ["Filters", "fts_query", "ordered_ids", "query", "search"]
