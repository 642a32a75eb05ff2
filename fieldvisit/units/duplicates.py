"""Duplicate units: the same enterprise, window or site registered twice, often by two teams.

The same rules as households (``fieldvisit.reports.duplicates``): candidates are
pairs of live units whose names *sound the same* (normalised, Simplified or
Traditional, by their full pinyin: 城东供电所 = 城東供電所) or that share a contact phone
and an address; pairs the office marked "not a duplicate" are never proposed again.
Acting on a pair is an office decision — a merge (``registry.merge_units``: the
loser's visits, distributions and wishes follow the survivor) or a dismissal —
both operations, so the decision reaches every replica.

A county registers hundreds of units, not hundreds of thousands, so candidates are
grouped in Python from one query; no search keys are stored for them.
"""

from __future__ import annotations

import itertools
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from fieldvisit import text as textkeys
from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.reports.common import local_time, rows, team_names
from fieldvisit.reports.duplicates import merges_in_effect
from fieldvisit.reports.table import Column, Table
from fieldvisit.store import oplog
from fieldvisit.store.chunked import chunked
from fieldvisit.units import registry

# Reasons, strongest first.
REASONS = ("name_address", "name_phone", "same_name", "phone_address")
# A bigger group of same-sounding names is a chain's branches, not a lead.
MAX_GROUP = 30
# Dismissals of unit pairs live in the households' ``duplicate_dismissal`` table (ids are
# UUIDs, so a unit pair never collides with a household pair), with ids of their own.
DISMISS_NS = uuid.UUID("3d8b6f0e-2a4c-4f7e-9b1d-6c5a7e8f9012")


@dataclass(frozen=True)
class UnitBrief:
    """What the office compares side by side."""

    id: str
    name: str
    kind: str
    code: str
    address: str
    district: str
    contact: str
    phone: str
    workers: int | None
    team: str
    created_at: datetime | None
    visits: int
    distributions: int  # live distributions: voided ones do not count
    needs: int = 0


@dataclass
class UnitPair:
    a: UnitBrief
    b: UnitBrief
    reasons: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.a.id} {self.b.id}"


def _digits(value: str | None) -> str:
    return "".join(c for c in value or "" if c.isdigit())


def candidate_pairs(session: Session) -> dict[tuple[str, str], list[str]]:
    """(id, id) with id_a < id_b -> reasons, strongest first; dismissed pairs left out."""
    groups: dict[str, dict[tuple[str, ...], list[str]]] = {r: defaultdict(list) for r in REASONS}
    for r in rows(
        session, "SELECT id, name, address, contact_phone FROM unit WHERE archived = 0 ORDER BY id"
    ):
        sound = textkeys.sound_key(r.name)
        addr = textkeys.address_key(r.address)
        phone = _digits(r.contact_phone)
        if sound:
            groups["same_name"][(sound,)].append(r.id)
            if addr:
                groups["name_address"][(sound, addr)].append(r.id)
            if phone:
                groups["name_phone"][(sound, phone)].append(r.id)
        if phone and addr:
            groups["phone_address"][(phone, addr)].append(r.id)
    pairs: dict[tuple[str, str], list[str]] = {}
    for reason in REASONS:
        for ids in groups[reason].values():
            for a, b in itertools.combinations(sorted(ids)[:MAX_GROUP], 2):
                got = pairs.setdefault((a, b), [])
                if reason not in got:
                    got.append(reason)
    dismissed = {
        tuple(sorted((a, b)))
        for a, b in rows(session, "SELECT household_a, household_b FROM duplicate_dismissal")
    }
    return {k: r for k, r in pairs.items() if k not in dismissed}


def _briefs(session: Session, ids: list[str]) -> dict[str, UnitBrief]:
    teams = team_names(session)
    out: dict[str, UnitBrief] = {}
    for chunk in chunked(ids):
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        for r in rows(
            session,
            "SELECT u.id, u.name, u.kind, u.code, u.address, u.district, u.contact_name, "
            "u.contact_phone, u.workers, u.team_id, u.created_at, "
            "(SELECT count(*) FROM unit_visit v WHERE v.unit_id = u.id) AS visits, "
            "(SELECT count(*) FROM distribution d WHERE d.unit_id = u.id "
            " AND d.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM distribution r "
            " WHERE r.reverses_id = d.id)) AS live, "
            "(SELECT count(*) FROM need n WHERE n.unit_id = u.id AND n.archived = 0) AS needs "
            f"FROM unit u WHERE u.id IN ({marks})",
            **{f"i{n}": x for n, x in enumerate(chunk)},
        ):
            out[r.id] = UnitBrief(
                id=r.id,
                name=r.name,
                kind=r.kind or "",
                code=r.code or "",
                address=r.address or "",
                district=r.district or "",
                contact=r.contact_name or "",
                phone=r.contact_phone or "",
                workers=r.workers,
                team=teams.get(r.team_id or "", ""),
                created_at=local_time(r.created_at),
                visits=int(r.visits),
                distributions=int(r.live),
                needs=int(r.needs),
            )
    return out


def duplicate_pairs(
    session: Session,
    limit: int | None = None,
    found: dict[tuple[str, str], list[str]] | None = None,
) -> list[UnitPair]:
    """Candidate pairs, strongest reason first, with what the office compares."""
    candidates = found if found is not None else candidate_pairs(session)
    chosen = list(itertools.islice(candidates.items(), limit))
    briefs = _briefs(session, sorted({i for pair, _r in chosen for i in pair}))
    out = [UnitPair(briefs[a], briefs[b], reasons) for (a, b), reasons in chosen]
    out.sort(key=lambda p: (REASONS.index(p.reasons[0]), p.a.name, p.a.id))
    return out


def dismiss_pair(session: Session, a: str, b: str, reason: str | None = None) -> str:
    """Mark two units as *not* the same; they are not proposed again."""
    if a == b:
        raise FieldVisitError(translate("Units", "Choose two different units."))
    first, second = sorted((a, b))
    ua, ub = registry.get(session, first), registry.get(session, second)
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
        team_id=ua.team_id if ua.team_id == ub.team_id else None,
    )
    return did


@dataclass(frozen=True)
class MergePreview:
    """Both units side by side before the office confirms a merge."""

    keep: UnitBrief
    merge: UnitBrief
    # field names whose values differ (name, code, address, phone)
    differs: frozenset[str]


def merge_preview(session: Session, loser: str, survivor: str) -> MergePreview:
    if loser == survivor:
        raise FieldVisitError(translate("Units", "A unit cannot be merged into itself."))
    a, b = registry.get(session, survivor), registry.get(session, loser)
    briefs = _briefs(session, [survivor, loser])
    differs = frozenset(
        f
        for f, x, y in (
            ("name", textkeys.normalize(a.name), textkeys.normalize(b.name)),
            ("code", a.code or "", b.code or ""),
            ("address", textkeys.address_key(a.address), textkeys.address_key(b.address)),
            ("phone", _digits(a.contact_phone), _digits(b.contact_phone)),
        )
        if x and y and x != y
    )
    return MergePreview(briefs[survivor], briefs[loser], differs)


@dataclass(frozen=True)
class UnitMergeRecord:
    """A unit merge in effect, as the office sees it in "recent merges"."""

    unit_id: str  # the merged-away unit (what an unmerge names)
    name: str
    into_id: str
    into_name: str
    reason: str
    device: str
    at: datetime | None
    merge_op: str


def recent_merges(session: Session, limit: int = 200) -> list[UnitMergeRecord]:
    """Unit merges still in effect, newest first."""
    return [
        UnitMergeRecord(
            unit_id=m.row.id,
            name=m.row.name,
            into_id=m.row.merged_into,
            into_name=m.row.into_name or "",
            reason=m.reason,
            device=m.device,
            at=m.at,
            merge_op=m.merge_op,
        )
        for m in merges_in_effect(session, "unit", limit)
    ]


def unmerge(session: Session, unit_id: str, reason: str | None = None) -> str:
    """Undo a unit merge; the pair is also marked "not a duplicate" with the same reason."""
    merge = registry.merge_in_effect(session, unit_id)
    op_id = registry.unmerge_unit(session, unit_id, reason)
    into = merge.payload.get("into") if merge is not None else None
    if into and into != unit_id:
        dismiss_pair(session, unit_id, str(into), reason)
    return op_id


def reason_label(reason: str) -> str:
    return {
        "name_address": translate("Units", "same name and address"),
        "name_phone": translate("Units", "same name and contact phone"),
        "same_name": translate("Units", "names that sound the same"),
        "phone_address": translate("Units", "same contact phone and address"),
    }[reason]


def duplicates_table(pairs: list[UnitPair], total: int | None = None) -> Table:
    rows_ = [
        (
            "、".join(reason_label(r) for r in p.reasons),
            p.a.name,
            p.a.code,
            p.a.phone,
            p.a.team,
            p.b.name,
            p.b.code,
            p.b.phone,
            p.b.team,
            p.a.address or p.b.address,
            p.a.id,
            p.b.id,
        )
        for p in pairs
    ]
    n_pairs = len(pairs) if total is None else total  # a name: lupdate skips expressions
    return Table(
        name=translate("Units", "Unit duplicates"),
        title=translate("Units", "Units that may be registered twice"),
        columns=[
            Column("reasons", translate("Units", "Why")),
            Column("a_name", translate("Units", "Unit A")),
            Column("a_code", translate("Units", "Code A")),
            Column("a_phone", translate("Units", "Contact phone A")),
            Column("a_team", translate("Units", "Team A")),
            Column("b_name", translate("Units", "Unit B")),
            Column("b_code", translate("Units", "Code B")),
            Column("b_phone", translate("Units", "Contact phone B")),
            Column("b_team", translate("Units", "Team B")),
            Column("address", translate("Units", "Address")),
            Column("a", translate("Units", "Unit A id"), printed=False),
            Column("b", translate("Units", "Unit B id"), printed=False),
        ],
        rows=rows_,
        note=translate("Units", "%n candidate pairs", None, n_pairs),
    )
