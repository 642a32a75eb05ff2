"""Duplicate households: the same family registered twice, often by two teams.

Candidates are pairs of live households that share an ID number, or whose names
*sound the same* (``household.sound_key``, the full pinyin: 张晓明 = 張曉明 = 张小明)
and that also share a phone, an address or a district. Pairs the office marked "not a duplicate" are
never proposed again. Acting on a pair is a merge (the loser becomes a tombstone
pointing at the survivor; its visits, payments and needs move) or a dismissal —
both operations, so the decision reaches every replica.
"""

from __future__ import annotations

import functools
import itertools
import json
import uuid
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError
from fieldvisit.households.edit import get as get_household
from fieldvisit.households.edit import (
    ids_differ,
    merge_households,
    merge_in_effect,
    unmerge_household,
)
from fieldvisit.i18n import translate
from fieldvisit.reports.common import (
    device_names,
    local_time,
    mask_id,
    read_ahead,
    rows,
    team_names,
    tuples,
    wanted_ids,
)
from fieldvisit.reports.table import Column, Table
from fieldvisit.store import oplog
from fieldvisit.store.merge import hlc_time
from fieldvisit.text import normalize

#: Reasons, strongest first.
REASONS = ("id_number", "name_phone", "name_address", "similar_name")
_RANK = {r: i for i, r in enumerate(REASONS)}
#: A bigger group of same-sounding names in one district is a common name, not a lead.
MAX_GROUP = 30
DISMISS_NS = uuid.UUID("9a0f3c57-1e2b-4d6a-8c9e-5b7d2f4a6e10")


@dataclass(slots=True)
class HouseholdBrief:
    """One side of a pair. Not frozen: a frozen dataclass sets each field through
    ``object.__setattr__``, three times the cost for the 41,521 of a large report."""

    id: str
    name: str
    id_number_masked: str
    phone: str
    address: str
    district: str
    team: str
    #: when the household was registered, as stored (UTC): converted only when read, since
    #: converting all 41,521 of a large report cost 0.34 s that its table never shows
    created_utc: datetime | str | None
    visits: int
    payments: int  # live payments: voided ones do not count
    needs: int = 0  # live needs, any status
    has_id_number: bool = False

    @property
    def created_at(self) -> datetime | None:
        """When the household was registered, in local time."""
        return local_time(self.created_utc)


@dataclass
class DuplicatePair:
    a: HouseholdBrief
    b: HouseholdBrief
    reasons: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.a.id} {self.b.id}"


#: Reason -> groups of households (ids joined by commas), strongest reason first: the
#: members of every group of two or more, kept as households change (migration 0024),
#: in group order. Reading the four groupings' whole indexes instead took 3 s of a
#: report with a cold page cache (200,000 households, 18,553 groups).
_GROUPS = {
    reason: "SELECT group_concat(household_id) FROM duplicate_member "
    f"WHERE reason = '{reason}' GROUP BY k1, k2"
    for reason in REASONS
}


#: What :func:`_briefs` reads of every household: each leaf page of the card index and
#: of the running totals (a column is counted: SQLite answers count(*) from a smaller
#: b-tree when it can).
_ALL_BRIEFS = (
    "SELECT count(name) FROM household INDEXED BY ix_household_card",
    "SELECT count(visits) FROM household_tally",
)


def candidate_pairs(session: Session) -> dict[tuple[str, str], list[str]]:
    """(id, id) with id_a < id_b -> reasons, strongest first; dismissed pairs left out.

    Pairs are found reason by reason, strongest first, and keep the order they were
    found in, so the first pairs are those with the strongest reason."""
    pairs: dict[tuple[str, str], list[str]] = {}
    for reason, sql in _GROUPS.items():
        for (ids,) in rows(session, sql):
            for a, b in itertools.combinations(sorted(ids.split(","))[:MAX_GROUP], 2):
                got = pairs.setdefault((a, b), [])
                if reason not in got:
                    got.append(reason)
    dismissed = {
        tuple(sorted((a, b)))
        for a, b in rows(session, "SELECT household_a, household_b FROM duplicate_dismissal")
    }
    return {k: r for k, r in pairs.items() if k not in dismissed}


def duplicate_pairs(
    session: Session,
    limit: int | None = None,
    found: dict[tuple[str, str], list[str]] | None = None,
) -> list[DuplicatePair]:
    """Candidate pairs, strongest reason first, with what the office compares side by side.

    ``limit`` keeps a screen fast on a large register: only the first pairs get their
    details loaded (the count of all pairs is ``len(candidate_pairs(...))``).
    """
    candidates = found
    # Every pair's households: about every page of their cards and running totals, read
    # ahead while the candidates are grouped and while the briefs are made from them
    # (a cold page cache, 200,000 households: medians of nine 2.13 s ended before the
    # briefs, 1.72 s with them).
    with read_ahead(session, *_ALL_BRIEFS) if limit is None and found is None else nullcontext():
        if candidates is None:
            candidates = candidate_pairs(session)
        # Candidates come strongest reason first already: no sort of all of them for a screen.
        chosen = list(itertools.islice(candidates.items(), limit))
        ids = sorted({i for pair, _r in chosen for i in pair})
        briefs = _briefs(session, ids)
    # Strongest reason first, then by name: sorted on plain tuples before the pairs are
    # made (a key reading each pair's attributes cost more than the sort).
    keyed = sorted(
        ((_RANK[reasons[0]], briefs[a].name, a, b, reasons) for (a, b), reasons in chosen),
        key=lambda k: k[:3],
    )
    return [DuplicatePair(briefs[a], briefs[b], reasons) for _r, _n, a, b, reasons in keyed]


def _briefs(session: Session, ids: list[str]) -> dict[str, HouseholdBrief]:
    """What the office compares, for the households of the listed pairs.

    The ids go into a temporary table that drives one read in id order, which is
    what a cold page cache rewards: the households' columns from ix_household_card
    (migration 0023) rather than their rows in the widest table, and the counts from
    the running totals (migration 0021), both kept in id order."""
    teams = team_names(session)
    out: dict[str, HouseholdBrief] = {}
    with wanted_ids(session, ids) as want:
        # Visits, live payments (voided ones not counted) and live needs beside the card.
        # Unpacked by position: attribute look-ups on 41,521 result rows cost more.
        for (
            hid,
            name,
            id_number,
            phone,
            address,
            district,
            team_id,
            created,
            visits,
            paid,
            needs,
        ) in tuples(
            session,
            "SELECT h.id, h.name, h.id_number, h.phone, h.address, h.district, h.team_id, "
            f"h.created_at, t.visits, t.payments, t.needs FROM {want} w CROSS JOIN household "
            "AS h INDEXED BY ix_household_card ON h.id = w.id "
            "LEFT JOIN household_tally t ON t.household_id = w.id",
        ):
            out[hid] = HouseholdBrief(
                id=hid,
                name=name,
                id_number_masked=mask_id(id_number),
                phone=phone or "",
                address=address or "",
                district=district or "",
                team=teams.get(team_id or "", ""),
                created_utc=created,
                visits=int(visits or 0),
                payments=int(paid or 0),
                needs=int(needs or 0),
                has_id_number=bool(id_number),
            )
    return out


def dismiss_pair(session: Session, a: str, b: str, reason: str | None = None) -> str:
    """Mark two households as *not* the same family; they are not proposed again.

    The id comes from the pair itself, so two offices dismissing the same pair
    make one row, not a clash.
    """
    if a == b:
        raise FieldVisitError(translate("Reports", "Choose two different households."))
    first, second = sorted((a, b))
    hh_a, hh_b = get_household(session, first), get_household(session, second)
    did = str(uuid.uuid5(DISMISS_NS, f"{first}:{second}"))
    oplog.create(
        session,
        "duplicate_dismissal",
        did,
        {
            "household_a": first,
            "household_b": second,
            "reason": v.text_field(reason, "reason", max_len=300),
            "device_id": oplog.writer_of(session).device_id,
        },
        team_id=hh_a.team_id if hh_a.team_id == hh_b.team_id else None,
    )
    return did


def merge_pair(session: Session, loser: str, survivor: str, reason: str | None = None) -> str:
    """Keep ``survivor``; ``loser`` becomes a tombstone pointing at it (see households.edit).

    Returns the merge operation's id."""
    return merge_households(session, loser, survivor, reason)


@dataclass(frozen=True)
class MergePreview:
    """What the office confirms before a merge: both households side by side."""

    keep: HouseholdBrief
    merge: HouseholdBrief
    #: both have ID numbers and they differ: the merge needs a typed reason
    ids_differ: bool
    #: field names whose values differ (name, id_number_masked, phone, address)
    differs: frozenset[str]


def merge_preview(session: Session, loser: str, survivor: str) -> MergePreview:
    if loser == survivor:
        raise FieldVisitError(translate("Households", "A household cannot be merged into itself."))
    a, b = get_household(session, survivor), get_household(session, loser)
    briefs = _briefs(session, [survivor, loser])
    keep, merge = briefs[survivor], briefs[loser]
    differs = frozenset(
        f
        for f, x, y in (
            ("name", normalize(a.name or ""), normalize(b.name or "")),
            ("id_number_masked", a.id_number or "", b.id_number or ""),
            ("phone", _digits(a.phone), _digits(b.phone)),
            ("address", normalize(a.address or ""), normalize(b.address or "")),
        )
        if x and y and x != y
    )
    return MergePreview(keep, merge, ids_differ(a, b), differs)


def _digits(value: str | None) -> str:
    return "".join(c for c in value or "" if c.isdigit())


@dataclass(frozen=True)
class MergeRecord:
    """A merge in effect, as the office sees it in "recent merges"."""

    household_id: str  # the merged-away household (what an unmerge names)
    name: str
    id_number_masked: str
    into_id: str
    into_name: str
    reason: str
    device: str
    at: datetime | None
    merge_op: str


@dataclass(frozen=True)
class MergeInEffect:
    """The latest merge of a merged-away row (a household or a unit), from the log."""

    row: Any  # the merged-away row: id, name, merged_into, into_name and any extra columns
    reason: str
    device: str
    at: datetime | None
    merge_op: str


def merges_in_effect(
    session: Session, table: str, limit: int, extra: str = ""
) -> list[MergeInEffect]:
    """Merges of ``table`` ('household' or 'unit') still in effect, newest first: the
    latest merge of each merged-away row. ``extra``: more columns of the row (``t.…, ``)."""
    assert table in ("household", "unit")
    out: dict[str, MergeInEffect] = {}
    devices = device_names(session)
    for r in rows(
        session,
        f"SELECT t.id, t.name, {extra}t.merged_into, s.name AS into_name, o.op_id, "
        f"o.device_id, o.hlc, o.payload FROM {table} t "
        f"JOIN operation o ON o.entity = '{table}' AND o.row_id = t.id AND o.kind = 'merge' "
        f"LEFT JOIN {table} s ON s.id = t.merged_into "
        "WHERE t.merged_into IS NOT NULL ORDER BY o.sort_key DESC",
    ):
        if r.id in out:
            continue
        payload = r.payload if isinstance(r.payload, dict) else json.loads(r.payload or "{}")
        out[r.id] = MergeInEffect(
            row=r,
            reason=str(payload.get("reason") or ""),
            device=devices.get(r.device_id, r.device_id),
            at=hlc_time(r.hlc),
            merge_op=r.op_id,
        )
        if len(out) >= limit:
            break
    return list(out.values())


def recent_merges(session: Session, limit: int = 200) -> list[MergeRecord]:
    """Merges still in effect, newest first (the latest merge of each merged household)."""
    return [
        MergeRecord(
            household_id=m.row.id,
            name=m.row.name,
            id_number_masked=mask_id(m.row.id_number),
            into_id=m.row.merged_into,
            into_name=m.row.into_name or "",
            reason=m.reason,
            device=m.device,
            at=m.at,
            merge_op=m.merge_op,
        )
        for m in merges_in_effect(session, "household", limit, extra="t.id_number, ")
    ]


def unmerge(session: Session, household_id: str, reason: str | None = None) -> str:
    """Undo a merge (see households.edit.unmerge_household); returns the operation id.

    The office undoes a merge because the two are *not* one family, so the pair is
    also marked "not a duplicate" with the same reason and is not proposed again."""
    merge = merge_in_effect(session, household_id)
    op_id = unmerge_household(session, household_id, reason)
    into = merge.payload.get("into") if merge is not None else None
    if into and into != household_id:
        dismiss_pair(session, household_id, str(into), reason)
    return op_id


def reason_label(reason: str) -> str:
    return {
        "id_number": translate("Reports", "same ID number"),
        "name_phone": translate("Reports", "same name and phone"),
        "name_address": translate("Reports", "same name and address"),
        "similar_name": translate("Reports", "similar name in the same district"),
    }[reason]


def duplicates_table(pairs: list[DuplicatePair], total: int | None = None) -> Table:
    labels = {r: reason_label(r) for r in REASONS}  # once, not per pair
    # Few distinct reason lists and districts among tens of thousands of pairs: each
    # worded once.
    why = functools.cache(lambda reasons: "、".join(labels[r] for r in reasons))
    place = functools.cache(normalize)
    rows_ = [
        (
            why(tuple(p.reasons)),
            p.a.name,
            p.a.id_number_masked,
            p.a.phone,
            p.a.team,
            p.b.name,
            p.b.id_number_masked,
            p.b.phone,
            p.b.team,
            place(p.a.district or p.b.district),
            p.a.id,
            p.b.id,
        )
        for p in pairs
    ]
    n_pairs = len(pairs) if total is None else total  # a name: lupdate skips expressions
    return Table(
        name=translate("Reports", "Duplicates"),
        title=translate("Reports", "Households that may be registered twice"),
        columns=[
            Column("reasons", translate("Reports", "Why")),
            Column("a_name", translate("Reports", "Name A")),
            Column("a_id", translate("Reports", "ID number A")),
            Column("a_phone", translate("Reports", "Phone A")),
            Column("a_team", translate("Reports", "Team A")),
            Column("b_name", translate("Reports", "Name B")),
            Column("b_id", translate("Reports", "ID number B")),
            Column("b_phone", translate("Reports", "Phone B")),
            Column("b_team", translate("Reports", "Team B")),
            Column("district", translate("Reports", "District")),
            Column("a", translate("Reports", "Household A id"), printed=False),
            Column("b", translate("Reports", "Household B id"), printed=False),
        ],
        rows=rows_,
        note=translate("Reports", "%n candidate pairs", None, n_pairs),
    )
