"""Duplicate households: the same family registered twice, often by two teams.

Candidates are pairs of live households that share an ID number, or whose names
*sound the same* (same full pinyin: 张晓明 = 張曉明 = 张小明) and that also share a
phone, an address or a district. Pairs the office marked "not a duplicate" are
never proposed again. Acting on a pair is a merge (the loser becomes a tombstone
pointing at the survivor; its visits, payments and needs move) or a dismissal —
both operations, so the decision reaches every replica.
"""

from __future__ import annotations

import itertools
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError
from fieldvisit.households.edit import get as get_household
from fieldvisit.households.edit import merge_households
from fieldvisit.i18n import translate
from fieldvisit.reports.common import local_time, mask_id, rows, team_names
from fieldvisit.reports.table import Column, Table
from fieldvisit.store import oplog
from fieldvisit.text import compact, normalize

#: Reasons, strongest first.
REASONS = ("id_number", "name_phone", "name_address", "similar_name")
#: A bigger group of same-sounding names in one district is a common name, not a lead.
MAX_GROUP = 30
DISMISS_NS = uuid.UUID("9a0f3c57-1e2b-4d6a-8c9e-5b7d2f4a6e10")
_CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")


def pinyin_of_key(name_key: str | None) -> str:
    """The full-pinyin part of ``household.name_key`` (its second-to-last token)."""
    if not name_key:
        return ""
    if not _CJK.search(name_key):
        return name_key.replace(" ", "")
    tokens = name_key.split(" ")
    return tokens[-2] if len(tokens) >= 3 else tokens[0]


def _address_key(address: str | None) -> str:
    return compact(address).casefold() if address else ""


@dataclass(frozen=True)
class HouseholdBrief:
    id: str
    name: str
    id_number_masked: str
    phone: str
    address: str
    district: str
    team: str
    created_at: datetime | None
    visits: int
    payments: int


@dataclass
class DuplicatePair:
    a: HouseholdBrief
    b: HouseholdBrief
    reasons: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.a.id} {self.b.id}"


def register_functions(session: Session) -> None:
    """Give SQLite the pinyin and address keys so grouping happens in SQL."""
    raw = session.connection().connection.driver_connection
    raw.create_function("fv_pinyin", 1, pinyin_of_key, deterministic=True)  # type: ignore[union-attr]
    raw.create_function("fv_addr", 1, _address_key, deterministic=True)  # type: ignore[union-attr]


_GROUPS = {
    "id_number": "SELECT group_concat(id) FROM household WHERE archived = 0 AND id_number IS NOT NULL "
    "AND id_number != '' GROUP BY id_number HAVING count(*) > 1",
    "name_phone": "SELECT group_concat(id) FROM _fv_dup WHERE py != '' AND phone IS NOT NULL "
    "AND phone != '' GROUP BY py, phone HAVING count(*) > 1",
    "name_address": "SELECT group_concat(id) FROM _fv_dup WHERE py != '' AND addr != '' "
    "GROUP BY py, addr HAVING count(*) > 1",
    "similar_name": "SELECT group_concat(id) FROM _fv_dup WHERE py != '' AND district IS NOT NULL "
    "AND district != '' GROUP BY py, district HAVING count(*) > 1",
}


def candidate_pairs(session: Session) -> dict[tuple[str, str], list[str]]:
    """(id, id) with id_a < id_b -> reasons, strongest first; dismissed pairs left out."""
    register_functions(session)
    session.execute(text("DROP TABLE IF EXISTS temp._fv_dup"))
    session.execute(
        text(
            "CREATE TEMP TABLE _fv_dup AS SELECT id, phone, district, fv_pinyin(name_key) AS py, "
            "fv_addr(address) AS addr FROM household WHERE archived = 0"
        )
    )
    pairs: dict[tuple[str, str], list[str]] = {}
    try:
        for reason in REASONS:
            for (ids,) in rows(session, _GROUPS[reason]):
                members = sorted(ids.split(","))[:MAX_GROUP]
                for a, b in itertools.combinations(members, 2):
                    got = pairs.setdefault((a, b), [])
                    if reason not in got:
                        got.append(reason)
    finally:
        session.execute(text("DROP TABLE IF EXISTS temp._fv_dup"))
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
    candidates = found if found is not None else candidate_pairs(session)
    chosen = sorted(candidates.items(), key=lambda kv: (REASONS.index(kv[1][0]), kv[0]))
    if limit is not None:
        chosen = chosen[:limit]
    ids = sorted({i for pair, _r in chosen for i in pair})
    briefs = _briefs(session, ids)
    out = [DuplicatePair(briefs[a], briefs[b], reasons) for (a, b), reasons in chosen]
    out.sort(key=lambda p: (REASONS.index(p.reasons[0]), p.a.name, p.a.id))
    return out


def _briefs(session: Session, ids: list[str]) -> dict[str, HouseholdBrief]:
    teams = team_names(session)
    out: dict[str, HouseholdBrief] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join(f":p{n}" for n in range(len(chunk)))
        params = {f"p{n}": x for n, x in enumerate(chunk)}
        visits = dict(
            rows(
                session,
                f"SELECT household_id, count(*) FROM visit WHERE household_id IN ({marks}) GROUP BY household_id",
                **params,
            )
        )
        paid = dict(
            rows(
                session,
                f"SELECT household_id, count(*) FROM payment WHERE reverses_id IS NULL AND household_id IN ({marks}) GROUP BY household_id",
                **params,
            )
        )
        for r in rows(
            session,
            f"SELECT id, name, id_number, phone, address, district, team_id, created_at FROM household WHERE id IN ({marks})",
            **params,
        ):
            out[r.id] = HouseholdBrief(
                id=r.id,
                name=r.name,
                id_number_masked=mask_id(r.id_number),
                phone=r.phone or "",
                address=r.address or "",
                district=r.district or "",
                team=teams.get(r.team_id or "", ""),
                created_at=local_time(r.created_at),
                visits=int(visits.get(r.id, 0)),
                payments=int(paid.get(r.id, 0)),
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


def merge_pair(session: Session, loser: str, survivor: str) -> None:
    """Keep ``survivor``; ``loser`` becomes a tombstone pointing at it (see households.edit)."""
    merge_households(session, loser, survivor)


def reason_label(reason: str) -> str:
    return {
        "id_number": translate("Reports", "same ID number"),
        "name_phone": translate("Reports", "same name and phone"),
        "name_address": translate("Reports", "same name and address"),
        "similar_name": translate("Reports", "similar name in the same district"),
    }[reason]


def duplicates_table(pairs: list[DuplicatePair], total: int | None = None) -> Table:
    rows_ = [
        (
            "、".join(reason_label(r) for r in p.reasons),
            p.a.name,
            p.a.id_number_masked,
            p.a.phone,
            p.a.team,
            p.b.name,
            p.b.id_number_masked,
            p.b.phone,
            p.b.team,
            normalize(p.a.district or p.b.district),
            p.a.id,
            p.b.id,
        )
        for p in pairs
    ]
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
        note=translate("Reports", "%1 candidate pairs").replace(
            "%1", str(len(pairs) if total is None else total)
        ),
    )
