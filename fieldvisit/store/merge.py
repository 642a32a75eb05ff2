"""The one merge function.

Every change, local or received, is an operation; business tables are the fold
of the operations in one total order (``sort_key`` = HLC, device, sequence). A
replica applies its own writes and everybody else's through :func:`apply`, so
any two replicas that hold the same set of operations hold the same rows,
whatever order the operations arrived in.

Rules (DESIGN §4):
- visits, payments, receipt events and office decisions are append-only facts;
- mutable rows (households, members, campaigns, teams, needs) merge field by
  field, three-way: an edit applies when the field still holds the value it was
  edited from; otherwise the current value stays and a conflict is recorded;
- a delete is a tombstone; an edit the deleter had not seen, or an edit made
  without having seen the delete, is a delete-versus-edit conflict. "Seen" is
  the operation's ``seen`` list (the row's operations its writer held), never
  clock order; operations written before seen-sets fall back to their base key;
- a payment reversed twice keeps one reversal (the smallest sort key) in the
  ledger; the others are findings (:mod:`fieldvisit.store.voids`);
- a household merge tombstones the loser and re-points its visits, payments
  and needs to the survivor; an unmerge names the merge it undoes and, while
  that merge is the one in effect, makes the loser live again (its rows point
  back at it); a unit merge does the same for the unit's visits,
  distributions and wish-list items;
- needs move forward through their states; reopening is its own operation;
- a conflict resolution is an operation too, and forces the chosen value.

Fast paths keep the common cases (a new row, an edit at the head of a row with
no contention) to one statement; anything else re-folds that row from its
operations, which is deterministic by construction.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Date, LargeBinary, delete, insert, select, update
from sqlalchemy.orm import Session

from fieldvisit import text as textkeys
from fieldvisit.store import hlc as hlc_clock
from fieldvisit.store import voids
from fieldvisit.store.base import Base, UTCDateTime
from fieldvisit.store.chunked import chunked
from fieldvisit.store.models import (
    Campaign,
    Conflict,
    Device,
    Distribution,
    DuplicateDismissal,
    Finding,
    Household,
    Member,
    Need,
    NeedEvent,
    Operation,
    Organisation,
    Payment,
    Photo,
    ReceiptEvent,
    RosterEntry,
    Team,
    Unit,
    UnitVisit,
    Visit,
)

MUTABLE: dict[str, type[Base]] = {
    "household": Household,
    "member": Member,
    "campaign": Campaign,
    "team": Team,
    "device": Device,
    "need": Need,
    "organisation": Organisation,  # one global row: the name printed on receipts
    "unit": Unit,
}
APPEND_ONLY: dict[str, type[Base]] = {
    "visit": Visit,
    "photo": Photo,
    "payment": Payment,
    "receipt_event": ReceiptEvent,
    "duplicate_dismissal": DuplicateDismissal,
    "finding_decision": Finding,
    "unit_visit": UnitVisit,
    "distribution": Distribution,
    "roster_entry": RosterEntry,
}
#: Columns the merge owns; operations never set them through "fields".
SYSTEM = frozenset(
    {
        "id",
        "archived",
        "merged_into",
        "head_key",
        "created_at",
        "updated_at",
        "name_key",
        "id_rev",
        "phone_rev",
        "sound_key",
        "addr_key",
    }
)
NEED_FORWARD = {
    "open": {"in_progress", "resolved", "closed"},
    "in_progress": {"resolved", "closed"},
    "resolved": {"closed"},
    "closed": set(),
}
CONFLICT_NS = uuid.UUID("6f1c2b1e-5d0a-4c1e-9b7a-3c2f4e5d6a7b")


def sort_key(hlc: str, device_id: str, seq: int) -> str:
    """An operation's place in the one total order: stamp, device, sequence."""
    return f"{hlc}|{device_id}|{seq:010d}"


@dataclass(frozen=True)
class Op:
    """An operation as it travels: the same shape in the outbox, on the hub and in bundles."""

    op_id: str
    device_id: str
    seq: int
    hlc: str
    entity: str
    row_id: str
    kind: str
    payload: dict[str, Any]
    team_id: str | None = None

    def __post_init__(self) -> None:
        # Stamps from older programs (hub rows, old bundles) are widened here, so every
        # replica compares the same text whatever format an operation travelled in.
        # A malformed stamp or payload (a hostile hub row) is left as it came: the rules
        # (sync.authz) refuse it before anything folds it.
        if len(self.hlc) != hlc_clock.WIDTH and hlc_clock.WELL_FORMED.match(self.hlc):
            object.__setattr__(self, "hlc", hlc_clock.normalise(self.hlc))
        base = self.payload.get("base") if isinstance(self.payload, dict) else None
        if (
            isinstance(base, str)
            and base
            and len(base.partition("|")[0]) != hlc_clock.WIDTH
            and hlc_clock.WELL_FORMED.match(base.partition("|")[0])
        ):
            object.__setattr__(
                self, "payload", {**self.payload, "base": hlc_clock.normalise_key(base)}
            )

    @property
    def sort_key(self) -> str:
        return sort_key(self.hlc, self.device_id, self.seq)

    def to_dict(self) -> dict[str, Any]:
        return {
            "op_id": self.op_id,
            "device_id": self.device_id,
            "seq": self.seq,
            "hlc": self.hlc,
            "entity": self.entity,
            "row_id": self.row_id,
            "kind": self.kind,
            "payload": self.payload,
            "team_id": self.team_id,
        }

    def log_row(self, received_at: datetime) -> dict[str, Any]:
        """The ``operation`` table row that records this operation."""
        return {**self.to_dict(), "sort_key": self.sort_key, "received_at": received_at}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Op:
        return cls(
            op_id=str(d["op_id"]),
            device_id=str(d["device_id"]),
            seq=int(d["seq"]),
            hlc=str(d["hlc"]),
            entity=str(d["entity"]),
            row_id=str(d["row_id"]),
            kind=str(d["kind"]),
            payload=dict(d["payload"]),
            team_id=d.get("team_id"),
        )

    @classmethod
    def from_row(cls, r: Operation) -> Op:
        return cls(
            r.op_id, r.device_id, r.seq, r.hlc, r.entity, r.row_id, r.kind, r.payload, r.team_id
        )


# ---------------------------------------------------------------- value codec


_PLAIN = frozenset({str, int, float, bool, type(None), list, dict})


def to_json(value: Any) -> Any:
    """Python value -> the JSON form operations carry."""
    if type(value) in _PLAIN:  # the common case, decided without isinstance chains
        return value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


@cache
def _column_kinds(model: type[Base]) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for col in model.__table__.columns:  # type: ignore[attr-defined]
        t = col.type
        kinds[col.key] = (
            "datetime"
            if isinstance(t, UTCDateTime)
            else "date"
            if isinstance(t, Date)
            else "bytes"
            if isinstance(t, LargeBinary)
            else "plain"
        )
    return kinds


def _from_json(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "date" and isinstance(value, str):
        return date.fromisoformat(value)
    if kind == "datetime" and isinstance(value, str):
        return datetime.fromisoformat(value)
    if kind == "bytes" and isinstance(value, dict):
        return base64.b64decode(value["$b64"])
    return value


def _row_values(model: type[Base], state: dict[str, Any]) -> dict[str, Any]:
    kinds = _column_kinds(model)
    return {k: _from_json(kinds[k], v) for k, v in state.items() if k in kinds}


def hlc_time(hlc: str) -> datetime:
    return datetime.fromtimestamp(int(hlc[:13]) / 1000, tz=UTC)


# ---------------------------------------------------------------- entry point


def apply(session: Session, op: Op) -> bool:
    """Record ``op`` in the log and fold it into the business tables.

    Idempotent: an operation already in the log changes nothing and returns False.
    """
    known = session.execute(select(Operation.op_id).where(Operation.op_id == op.op_id)).first()
    if known is not None:
        return False
    session.execute(insert(Operation), [op.log_row(datetime.now(UTC))])
    if op.entity in APPEND_ONLY:
        _append(session, op)
    elif op.entity in MUTABLE:
        if not _fast_path(session, op):
            refold(session, op.entity, op.row_id)
    else:
        raise ValueError(f"unknown entity {op.entity!r}")
    return True


# ---------------------------------------------------------------- append-only


def effective_household(session: Session, household_id: str) -> str:
    """Follow merge pointers to the surviving household.

    A pure function of the current ``merged_into`` pointers, so every replica that
    folded the same operations answers the same. Two offices merging A into B and
    B into A concurrently make a cycle; its survivor is its smallest id.
    """

    def pointer(hid: str) -> str | None:
        return session.execute(
            select(Household.merged_into).where(Household.id == hid)
        ).scalar_one_or_none()

    return chain_end(pointer, household_id)


def chain_end(pointer: Callable[[str], str | None], household_id: str) -> str:
    """The end of ``household_id``'s merge chain, ``pointer`` giving each merge target
    (None for a household that is not merged away, or not there)."""
    path = [household_id]
    current = household_id
    while True:
        nxt = pointer(current)
        if not nxt:
            return current
        if nxt in path:
            return min(path[path.index(nxt) :])
        path.append(nxt)
        current = nxt


def effective_unit(session: Session, unit_id: str) -> str:
    """Follow unit merge pointers to the surviving unit (as :func:`effective_household`)."""

    def pointer(uid: str) -> str | None:
        return session.execute(select(Unit.merged_into).where(Unit.id == uid)).scalar_one_or_none()

    return chain_end(pointer, unit_id)


#: The end of a household's (or unit's) merge chain, however the caller looks it up.
Resolve = Callable[[str], str]


def fact_fields(op: Op, model: type[Base], household: Resolve, unit: Resolve) -> dict[str, Any]:
    """A fact's row (``_append``, the batched and the bulk fold alike): its operation's
    fields, stamped, on the ends of its household's and unit's merge chains. The
    household and unit it was recorded against stay in ``orig_household_id`` and
    ``orig_unit_id``."""
    kinds = _column_kinds(model)
    fields = dict(op.payload.get("fields", {}))
    fields["id"] = op.row_id
    if "created_at" in kinds:
        fields["created_at"] = hlc_time(op.hlc).isoformat()
    if "orig_household_id" in kinds:
        hid = fields["household_id"]
        fields["orig_household_id"] = hid
        fields["household_id"] = household(hid)
    if "orig_unit_id" in kinds and fields.get("unit_id"):
        fields["orig_unit_id"] = fields["unit_id"]
        fields["unit_id"] = unit(fields["unit_id"])
    return fields


def follow_owners(entity: str, state: dict[str, Any], household: Resolve, unit: Resolve) -> None:
    """Mutable rows that hang on a household (needs, members) or a unit (its wishes) follow
    it when it has been merged away. What the row was recorded against stays in
    ``orig_household_id`` / ``orig_unit_id``; the pointer is always recomputed from it,
    never moved step by step."""
    if entity in ("need", "member") and state.get("household_id"):
        state["orig_household_id"] = state["household_id"]
        state["household_id"] = household(state["household_id"])
    if entity == "need" and state.get("unit_id"):
        state["orig_unit_id"] = state["unit_id"]
        state["unit_id"] = unit(state["unit_id"])


def _append(session: Session, op: Op) -> None:
    model = APPEND_ONLY[op.entity]
    table = model.__table__  # type: ignore[attr-defined]
    if session.execute(select(table.c.id).where(table.c.id == op.row_id)).first() is not None:
        return
    fields = fact_fields(
        op,
        model,
        lambda hid: effective_household(session, hid),
        lambda uid: effective_unit(session, uid),
    )
    values = _row_values(model, fields)
    if voids.is_reversal(op.entity, op.payload):
        voids.fold_reversal(session, op.entity, op.sort_key, values)  # one reversal stands
        return
    session.execute(insert(model), [values])


# ---------------------------------------------------------------- mutable rows


#: Columns computed from a row's fields: column -> (the field, the function).
DERIVED: dict[str, dict[str, tuple[str, Callable[[Any], Any]]]] = {
    "household": {
        "name_key": ("name", textkeys.name_key),
        "id_rev": ("id_number", textkeys.reverse),
        "phone_rev": ("phone", textkeys.reverse),
        "sound_key": ("name", textkeys.sound_key),
        "addr_key": ("address", textkeys.address_key),
    },
    "unit": {"name_key": ("name", textkeys.name_key)},
}


#: The fields the derived columns are computed from.
DERIVED_FROM = frozenset(fld for cols in DERIVED.values() for fld, _fn in cols.values())


def _derived(entity: str, state: dict[str, Any]) -> dict[str, Any]:
    return {col: fn(state.get(fld)) for col, (fld, fn) in DERIVED.get(entity, {}).items()}


def _resolve_household(session: Session, entity: str, state: dict[str, Any]) -> None:
    """:func:`follow_owners`, looking merge chains up in the folded rows."""
    follow_owners(
        entity,
        state,
        lambda hid: effective_household(session, hid),
        lambda uid: effective_unit(session, uid),
    )


def _fast_path(session: Session, op: Op) -> bool:
    """Apply ops that land at the head of a row without contention; else ask for a re-fold."""
    model = MUTABLE[op.entity]
    table = model.__table__  # type: ignore[attr-defined]
    row = session.execute(select(table).where(table.c.id == op.row_id)).mappings().first()
    if row is None:
        if op.kind != "create":
            return False
        others = session.execute(
            select(Operation.op_id)
            .where(
                Operation.entity == op.entity,
                Operation.row_id == op.row_id,
                Operation.op_id != op.op_id,
            )
            .limit(1)
        ).first()
        if others is not None:
            return False
        state = {k: v for k, v in op.payload.get("fields", {}).items() if k not in SYSTEM}
        state.update(id=op.row_id, head_key=op.sort_key, archived=False)
        stamp = hlc_time(op.hlc).isoformat()
        kinds = _column_kinds(model)
        if "created_at" in kinds:
            state["created_at"] = stamp
            state["updated_at"] = stamp
        _resolve_household(session, op.entity, state)
        state.update(_derived(op.entity, state))
        session.execute(insert(model), [_row_values(model, state)])
        if op.entity == "need":
            _need_event(session, op, None, state.get("status", "open"), True)
        return True
    if op.kind != "update" or row["archived"] or op.sort_key <= row["head_key"]:
        return False
    fields = op.payload.get("fields", {})
    kinds = _column_kinds(model)
    current = {k: to_json(row[k]) for k in fields if k in kinds}
    if any(k in SYSTEM or k not in kinds or current[k] != old for k, (old, _new) in fields.items()):
        return False
    seen = op.payload.get("seen")
    if seen is not None and not _saw_all(session, op, seen):
        return False  # an operation its writer had not seen may hold a field: re-fold
    values = {k: new for k, (_old, new) in fields.items()}
    values["head_key"] = op.sort_key
    if "updated_at" in kinds:
        values["updated_at"] = hlc_time(op.hlc).isoformat()
    if op.entity in ("household", "unit") and (DERIVED_FROM & fields.keys()):
        merged = {k: to_json(v) for k, v in row.items()} | values
        values.update(_derived(op.entity, merged))
    session.execute(update(model).where(table.c.id == op.row_id).values(_row_values(model, values)))
    return True


def _saw_all(session: Session, op: Op, seen: list[str]) -> bool:
    """Had the writer of ``op`` seen every other operation on its row?"""
    have = set(seen)
    return all(
        o == op.op_id or o in have
        for o in session.execute(
            select(Operation.op_id).where(
                Operation.entity == op.entity, Operation.row_id == op.row_id
            )
        ).scalars()
    )


@dataclass
class _Fold:
    """Working state while folding one row's operations."""

    entity: str
    row_id: str
    state: dict[str, Any] | None = None
    source: dict[str, Op] = field(default_factory=dict)  # field -> op that set it
    applied: list[Op] = field(default_factory=list)
    deletes: list[Op] = field(default_factory=list)  # archives and merges since the last restore
    #: the merge in effect (an unmerge undoes only this one) and the plain delete
    #: in effect, which is what is left once a merge is undone
    merged_by: Op | None = None
    tombstone: Op | None = None
    conflicts: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: list[tuple[Op, str | None, str, bool]] = field(default_factory=list)
    seen_sets: dict[str, frozenset[str] | None] = field(default_factory=dict)

    def seen(self, op: Op) -> frozenset[str] | None:
        """The operations on this row ``op``'s writer had folded; None for operations
        written before seen-sets existed."""
        if op.op_id not in self.seen_sets:
            got = op.payload.get("seen")
            self.seen_sets[op.op_id] = None if got is None else frozenset(got)
        return self.seen_sets[op.op_id]

    @staticmethod
    def saw(op: Op, seen: frozenset[str] | None, other: Op) -> bool:
        """Had ``op``'s writer seen ``other``? By its seen-set; for old operations by
        their base key (clock order, the rule before seen-sets)."""
        if seen is not None:
            return other.op_id in seen
        return bool(other.sort_key <= op.payload.get("base", ""))

    def conflict(
        self,
        fld: str,
        kind: str,
        base: Any,
        first: Op,
        first_value: Any,
        second: Op,
        second_value: Any,
    ) -> None:
        cid = str(
            uuid.uuid5(
                CONFLICT_NS, f"{self.entity}:{self.row_id}:{fld}:{first.op_id}:{second.op_id}"
            )
        )
        self.conflicts[cid] = {
            "id": cid,
            "entity": self.entity,
            "row_id": self.row_id,
            "field": fld,
            "kind": kind,
            "base_value": base,
            "status": "open",
            "resolved_by": None,
            "resolution": None,
            "detected_at": second.hlc,
            "values": [
                {
                    "op_id": first.op_id,
                    "device_id": first.device_id,
                    "hlc": first.hlc,
                    "value": first_value,
                },
                {
                    "op_id": second.op_id,
                    "device_id": second.device_id,
                    "hlc": second.hlc,
                    "value": second_value,
                },
            ],
        }


def _step(f: _Fold, op: Op) -> None:
    payload = op.payload
    fields = payload.get("fields", {})
    if op.kind == "create":
        if f.state is None:
            f.state = {"archived": False, "merged_into": None}
            f.state["created_at"] = hlc_time(op.hlc).isoformat()
            for k, v in fields.items():
                if k not in SYSTEM:
                    f.state[k] = v
                    f.source[k] = op
            if f.entity == "need":
                f.events.append((op, None, f.state.get("status", "open"), True))
        # A second create for the same id cannot come from a correct device; ignore it.
    elif f.state is None:
        return  # an edit whose create has not arrived yet; a later re-fold picks it up
    elif op.kind == "update":
        seen = f.seen(op)
        # Every archive since the last restore, not only the latest: an edit made after
        # seeing one archive may still never have seen a concurrent second one.
        missed = [d for d in f.deletes if not f.saw(op, seen, d)]
        if missed:
            f.conflict(
                "*",
                "delete_edit",
                None,
                missed[-1],
                "deleted",
                op,
                {k: new for k, (_o, new) in fields.items()},
            )
        for k, (old, new) in fields.items():
            if k in SYSTEM:
                continue
            cur = f.state.get(k)
            if seen is None:  # an operation from before seen-sets: three-way by value
                fits = cur == old or k not in f.state
            else:  # the writer had folded the operation that set the current value
                src = f.source.get(k)
                fits = k not in f.state or src is None or src.op_id in seen
            if fits:
                f.state[k] = new
                f.source[k] = op
            elif cur != new:
                f.conflict(k, "field", old, f.source.get(k, op), cur, op, new)
    elif op.kind in ("delete", "merge"):
        seen = f.seen(op)
        unseen = [o for o in f.applied if o.kind == "update" and not f.saw(op, seen, o)]
        if unseen:
            f.conflict("*", "delete_edit", None, unseen[-1], "edited", op, "deleted")
        f.state["archived"] = True
        if op.kind == "merge":
            f.state["merged_into"] = payload["into"]
            f.merged_by = op
        else:
            f.tombstone = op
        f.deletes.append(op)
    elif op.kind == "unmerge":
        # Undo the merge it names, if that merge is still the one in effect; a merge
        # made after it (or concurrently, into another household) stands.
        if f.merged_by is not None and payload.get("merge_op") == f.merged_by.op_id:
            f.state["merged_into"] = None
            f.state["archived"] = f.tombstone is not None
            # only this merge is undone: an archive or another merge before it stands
            f.deletes = [d for d in f.deletes if d is not f.merged_by]
            f.merged_by = None
    elif op.kind == "restore":
        # Restore does not undo a merge: that is what unmerge is for.
        if not f.state.get("merged_into"):
            f.state["archived"] = False
            f.deletes.clear()
            f.tombstone = None
    elif op.kind == "resolve":
        fld = payload["field"]
        if fld != "*":
            f.state[fld] = payload.get("value")
            f.source[fld] = op
        elif payload.get("value") == "restore" and not f.state.get("merged_into"):
            f.state["archived"] = False
            f.deletes.clear()
            f.tombstone = None
        c = f.conflicts.get(payload["conflict_id"])
        if c is not None:
            c.update(status="resolved", resolved_by=op.op_id, resolution=payload.get("value"))
    elif op.kind in ("transition", "reopen"):
        cur = f.state.get("status", "open")
        to = "open" if op.kind == "reopen" else payload["to"]
        ok = (
            cur in ("resolved", "closed")
            if op.kind == "reopen"
            else to in NEED_FORWARD.get(cur, set())
        )
        if ok:
            f.state["status"] = to
        f.events.append((op, cur, to, ok))
    else:
        raise ValueError(f"unknown operation kind {op.kind!r}")
    f.applied.append(op)
    f.state["updated_at"] = hlc_time(op.hlc).isoformat()


def refold(session: Session, entity: str, row_id: str) -> None:
    """Rebuild one mutable row, its conflicts and its history from its operations."""
    model = MUTABLE[entity]
    table = model.__table__  # type: ignore[attr-defined]
    rows = (
        session.execute(
            select(Operation)
            .where(Operation.entity == entity, Operation.row_id == row_id)
            .order_by(Operation.sort_key)
        )
        .scalars()
        .all()
    )
    f = _Fold(entity, row_id)
    for r in rows:
        _step(f, Op.from_row(r))
    session.execute(delete(model).where(table.c.id == row_id))
    session.execute(delete(Conflict).where(Conflict.entity == entity, Conflict.row_id == row_id))
    if f.state is not None:
        state = dict(f.state)
        state.update(id=row_id, head_key=f.applied[-1].sort_key if f.applied else "")
        _resolve_household(session, entity, state)
        state.update(_derived(entity, state))
        session.execute(insert(model), [_row_values(model, state)])
    for c in f.conflicts.values():
        session.execute(insert(Conflict), [c])
    if entity == "need":
        session.execute(delete(NeedEvent).where(NeedEvent.need_id == row_id))
        for op, frm, to, ok in f.events:
            _need_event(session, op, frm, to, ok)
    if (
        entity == "household"
        and f.state is not None
        and (f.state.get("merged_into") or any(o.kind == "unmerge" for o in f.applied))
    ):
        _repoint(session, row_id)
    if (
        entity == "unit"
        and f.state is not None
        and (f.state.get("merged_into") or any(o.kind == "unmerge" for o in f.applied))
    ):
        _repoint_unit(session, row_id)


def _repoint_unit(session: Session, unit_id: str) -> None:
    """Where rows recorded against this unit (or any unit merged into it) now belong."""
    affected = {unit_id}
    frontier = [unit_id]
    while frontier:
        children = (
            session.execute(select(Unit.id).where(Unit.merged_into.in_(frontier))).scalars().all()
        )
        frontier = [c for c in children if c not in affected]
        affected.update(frontier)
    for orig in sorted(affected):
        target = effective_unit(session, orig)
        for model in (UnitVisit, Distribution, Need):
            session.execute(
                update(model)
                .where(model.orig_unit_id == orig, model.unit_id != target)
                .values(unit_id=target)
            )


def _repoint(session: Session, household_id: str) -> None:
    """Recompute where rows recorded against this household (or any household merged
    into it, however indirectly) now belong."""
    affected = {household_id}
    frontier = [household_id]
    while frontier:
        children = (
            session.execute(select(Household.id).where(Household.merged_into.in_(frontier)))
            .scalars()
            .all()
        )
        frontier = [c for c in children if c not in affected]
        affected.update(frontier)
    for orig in sorted(affected):
        target = effective_household(session, orig)
        for model in (Visit, Payment, Need, Member):
            session.execute(
                update(model)
                .where(model.orig_household_id == orig, model.household_id != target)
                .values(household_id=target)
            )


def _need_event(session: Session, op: Op, frm: str | None, to: str, ok: bool) -> None:
    session.execute(insert(NeedEvent), [_need_event_row(op, frm, to, ok)])


def _need_event_row(op: Op, frm: str | None, to: str, ok: bool) -> dict[str, Any]:
    return {
        "id": op.op_id,
        "need_id": op.row_id,
        "from_status": frm,
        "to_status": to,
        "note": op.payload.get("note"),
        "device_id": op.device_id,
        "applied": ok,
        "at": hlc_time(op.hlc),
    }


# ---------------------------------------------------------------- many new rows at once


def apply_batch(
    session: Session, ops: list[Op], *, minted: bool = False, new_rows: bool = False
) -> list[Op]:
    """Fold many operations; the same result as ``apply`` on each in order, but faster.

    Operations that only add rows nobody has touched (a ``create`` of a fresh
    mutable row, an append-only fact not yet present) are exactly the cases
    ``apply``'s fast path and ``_append`` handle one statement at a time; here
    they are inserted with one executemany per table. Anything else (an edit,
    a delete, a reversal, a row that already has operations) flushes the pending rows and
    goes through ``apply`` itself, so order and semantics are unchanged.
    Used by imports, demo data and sync pulls, where tens of thousands of rows
    arrive; returns the operations that were new (in order).

    ``minted``: the operations were numbered just now by this device's writer
    (fresh UUIDs), so none can be in the log yet. ``new_rows``: the caller made
    every row id just now (uuid4), so no row or operation can exist for them.
    Both only skip lookups whose answer is known; the result is the same.
    """
    if not ops:
        return []
    ids = [] if minted else [op.op_id for op in ops]
    known: set[str] = set()
    for chunk in chunked(ids):
        known.update(
            session.execute(select(Operation.op_id).where(Operation.op_id.in_(chunk))).scalars()
        )
    touched: dict[str, set[str]] = {}
    for op in ops:
        touched.setdefault(op.entity, set()).add(op.row_id)
    busy: set[tuple[str, str]] = set()  # rows with earlier operations or existing rows
    for entity, rows in touched.items():
        model = MUTABLE.get(entity) or APPEND_ONLY.get(entity)
        if model is None or new_rows:
            continue
        table = model.__table__  # type: ignore[attr-defined]
        lst = list(rows)
        for chunk in chunked(lst):
            busy.update(
                (entity, r)
                for r in session.execute(select(table.c.id).where(table.c.id.in_(chunk))).scalars()
            )
            if entity in MUTABLE:
                busy.update(
                    (entity, r)
                    for r in session.execute(
                        select(Operation.row_id).where(
                            Operation.entity == entity, Operation.row_id.in_(chunk)
                        )
                    ).scalars()
                )
    batch = _Batch(session, _merged_among(session, ops))
    new: list[Op] = []
    seen_ops: set[str] = set()
    for op in ops:
        if op.op_id in known or op.op_id in seen_ops:
            continue
        seen_ops.add(op.op_id)
        new.append(op)
        key = (op.entity, op.row_id)
        simple = key not in busy and (
            (op.entity in MUTABLE and op.kind == "create")
            or (op.entity in APPEND_ONLY and not voids.is_reversal(op.entity, op.payload))
        )
        busy.add(key)  # a second operation on the same row takes the slow path
        if simple:
            batch.add(op)
        else:
            batch.flush()
            apply(session, op)
            if op.entity == "household":
                batch.merged = None  # merge pointers may have moved: look them up again
    batch.flush()
    return new


def _merged_among(session: Session, ops: list[Op]) -> set[str]:
    """Which of the households these operations refer to are merged away (one query per 500),
    so rows for the others need no merge-chain lookup."""
    hids = sorted({str(h) for op in ops if (h := op.payload.get("fields", {}).get("household_id"))})
    merged: set[str] = set()
    for chunk in chunked(hids):
        merged.update(
            session.execute(
                select(Household.id).where(
                    Household.id.in_(chunk), Household.merged_into.is_not(None)
                )
            ).scalars()
        )
    return merged


class _Batch:
    """Rows waiting to be inserted together (see :func:`apply_batch`)."""

    def __init__(self, session: Session, merged: set[str] | None = None) -> None:
        self.session = session
        self.ops: list[dict[str, Any]] = []
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.events: list[Op] = []
        self.new_households: set[str] = set()
        self.effective: dict[str, str] = {}
        self.effective_units: dict[str, str] = {}
        #: households known to be merged away; None = unknown, ask per household
        self.merged = merged

    def _household(self, hid: str) -> str:
        if hid in self.new_households:
            return hid
        if self.merged is not None and hid not in self.merged:
            return hid
        if hid not in self.effective:
            self.effective[hid] = effective_household(self.session, hid)
        return self.effective[hid]

    def _unit(self, uid: str) -> str:
        if uid not in self.effective_units:
            self.effective_units[uid] = effective_unit(self.session, uid)
        return self.effective_units[uid]

    def add(self, op: Op) -> None:
        now = datetime.now(UTC)
        self.ops.append(op.log_row(now))
        model = MUTABLE.get(op.entity) or APPEND_ONLY[op.entity]
        kinds = _column_kinds(model)
        if op.entity in APPEND_ONLY:
            state = fact_fields(op, model, self._household, self._unit)
        else:
            state = {k: v for k, v in op.payload.get("fields", {}).items() if k not in SYSTEM}
            state.update(id=op.row_id, head_key=op.sort_key, archived=False)
            if "created_at" in kinds:
                stamp = hlc_time(op.hlc).isoformat()
                state["created_at"] = stamp
                state["updated_at"] = stamp
            follow_owners(op.entity, state, self._household, self._unit)
            state.update(_derived(op.entity, state))
            if op.entity == "household":
                self.new_households.add(op.row_id)
            if op.entity == "need":
                self.events.append(op)
        self.rows.setdefault(op.entity, []).append(_row_values(model, state))

    def flush(self) -> None:
        self.new_households, self.effective, self.effective_units = set(), {}, {}
        if not self.ops:
            return
        self.session.flush()
        conn = self.session.connection()
        _insert_many(conn, Operation.__table__, self.ops)  # type: ignore[attr-defined]
        # Households first: rows added later in the batch may hang on them.
        for entity in sorted(self.rows, key=lambda e: e != "household"):
            model = MUTABLE.get(entity) or APPEND_ONLY[entity]
            _insert_many(conn, model.__table__, self.rows[entity])  # type: ignore[attr-defined]
        if self.events:
            conn.execute(
                NeedEvent.__table__.insert(),  # type: ignore[attr-defined]
                [
                    {
                        "id": op.op_id,
                        "need_id": op.row_id,
                        "from_status": None,
                        "to_status": op.payload.get("fields", {}).get("status", "open"),
                        "note": op.payload.get("note"),
                        "device_id": op.device_id,
                        "applied": True,
                        "at": hlc_time(op.hlc),
                    }
                    for op in self.events
                ],
            )
        self.ops, self.rows, self.events = [], {}, []


def _insert_many(conn: Any, table: Any, rows: list[dict[str, Any]], *, tail: str = "") -> None:
    """One executemany of ``rows`` with SQLAlchemy's own value processing per column.

    Equivalent to ``conn.execute(table.insert(), rows)`` (column defaults for
    missing keys, the same bind processors), minus the per-row statement
    machinery that dominated bulk inserts. ``tail`` ends the statement (an
    ``ON CONFLICT`` clause)."""
    if not rows:
        return
    cols = list(table.columns)
    procs = [c.type._cached_bind_processor(conn.dialect) for c in cols]
    defaults: list[Any] = []
    for c in cols:
        d = c.default
        if d is None:
            defaults.append(lambda: None)
        elif d.is_scalar:
            defaults.append(lambda v=d.arg: v)
        else:
            defaults.append(lambda f=d.arg: f(None))
    keys = [c.key for c in cols]
    params = []
    for row in rows:
        values = []
        for key, proc, default in zip(keys, procs, defaults, strict=True):
            v = row[key] if key in row else default()
            values.append(proc(v) if proc is not None else v)
        params.append(tuple(values))
    names = ", ".join(f'"{c.name}"' for c in cols)
    marks = ", ".join("?" for _ in cols)
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks}){tail}', params)
