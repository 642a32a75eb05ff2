"""Received operations pass the rules before they are folded; the rest wait in quarantine.

Every operation a replica receives (hub pull, bundle) goes through
:func:`screen` before :func:`fieldvisit.store.merge.apply_batch`. The check is
per operation, pure Python over the registry dict; only reversals look up the
payment they name (one query for all of a batch). What fails is kept, as it
arrived, in the ``quarantine`` table with the reason and who sent it — never
folded — and :func:`release` re-checks it at the end of every pull or import,
so an operation that only waited for something (the payment it reverses, its
author's registry entry) is folded once that is there. Same operations and
registry, same decision on every replica.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fieldvisit.store.chunked import chunked
from fieldvisit.store.merge import Op
from fieldvisit.store.models import Operation, Quarantined
from fieldvisit.sync import authz

Registry = Mapping[str, Mapping[str, Any]]


def decide(
    session: Session, ops: list[Op], registry: Registry
) -> tuple[list[Op], list[tuple[Op, authz.Refusal]]]:
    """Split ``ops`` into (allowed, refused with the reason), keeping their order."""
    senders: dict[str, authz.Sender | None] = {}
    verdict: dict[str, authz.Refusal | None] = {}
    for op in ops:
        if op.device_id not in senders:
            senders[op.device_id] = authz.sender_of(registry, op.device_id)
        verdict[op.op_id] = authz.check(op, senders[op.device_id])
    wanted = {
        (op.entity, rid)
        for op in ops
        if verdict[op.op_id] is None and (rid := authz.reverses(op)) is not None
    }
    if wanted:
        originals = _originals(session, ops, verdict, wanted)
        for op in ops:
            rid = authz.reverses(op)
            if rid is not None and verdict[op.op_id] is None:
                verdict[op.op_id] = authz.check_reversal(op, originals.get((op.entity, rid)))
    good = [op for op in ops if verdict[op.op_id] is None]
    bad = [(op, r) for op in ops if (r := verdict[op.op_id]) is not None]
    return good, bad


def _originals(
    session: Session,
    ops: list[Op],
    verdict: Mapping[str, authz.Refusal | None],
    wanted: set[tuple[str, str]],
) -> dict[tuple[str, str], dict[str, Any]]:
    """The fields of the rows these reversals name (entity, id): from this batch or the log."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for op in ops:
        key = (op.entity, op.row_id)
        if key in wanted and verdict[op.op_id] is None:
            found.setdefault(key, op.payload.get("fields", {}))
    rest = sorted(wanted - found.keys())
    for chunk in chunked(rest):
        for entity, row_id, payload in session.execute(
            select(Operation.entity, Operation.row_id, Operation.payload).where(
                Operation.entity.in_({e for e, _ in chunk}),
                Operation.row_id.in_([r for _, r in chunk]),
            )
        ):
            if (entity, row_id) in wanted:
                found.setdefault((entity, row_id), dict(payload or {}).get("fields", {}))
    return found


def screen(
    session: Session,
    ops: list[Op],
    registry: Registry,
    *,
    source: str,
    sent_by: Mapping[str, str | None] | str | None = None,
) -> list[Op]:
    """The operations that may be folded; the refused ones go to quarantine.

    ``sent_by``: who pushed/relayed each operation (op id -> device) or who sent
    the whole bundle. An operation already in the log (folded before) is not
    quarantined again."""
    good, bad = decide(session, ops, registry)
    if not bad:
        return good
    ids = [op.op_id for op, _r in bad]
    folded: set[str] = set()
    for chunk in chunked(ids):
        folded.update(
            session.execute(select(Operation.op_id).where(Operation.op_id.in_(chunk))).scalars()
        )
    now = datetime.now(UTC)
    for op, why in bad:
        if op.op_id in folded:
            continue
        who = sent_by.get(op.op_id) if isinstance(sent_by, Mapping) else sent_by
        session.merge(
            Quarantined(
                op_id=op.op_id,
                op=op.to_dict(),
                device_id=op.device_id,
                entity=op.entity,
                kind=op.kind,
                reason=why.code,
                detail=why.detail,
                sent_by=who,
                source=source,
                received_at=now,
            )
        )
    session.flush()
    return good


def release(session: Session, registry: Registry) -> list[Op]:
    """Re-check everything in quarantine; return (and take out) what the rules now allow."""
    rows = session.execute(select(Quarantined)).scalars().all()
    if not rows:
        return []
    ops = [Op.from_dict(r.op) for r in rows]
    good, bad = decide(session, ops, registry)
    reasons = {op.op_id: why for op, why in bad}
    for r in rows:
        why = reasons.get(r.op_id)
        if why is not None and (why.code, why.detail) != (r.reason, r.detail):
            r.reason, r.detail = why.code, why.detail
    if good:
        ids = [op.op_id for op in good]
        for chunk in chunked(ids):
            session.execute(delete(Quarantined).where(Quarantined.op_id.in_(chunk)))
    session.flush()
    return good


@dataclass(frozen=True)
class Held:
    """One quarantined operation as ``check`` and the office's findings show it."""

    op_id: str
    device_id: str
    device_name: str
    entity: str
    kind: str
    team_id: str | None
    reason: str
    message: str
    sent_by: str | None
    sent_by_name: str
    source: str
    received_at: datetime
    op: dict[str, Any]


def held(session: Session, registry: Registry) -> list[Held]:
    """Everything in quarantine, oldest first, with device names from the registry."""
    rows = session.execute(
        select(Quarantined).order_by(Quarantined.received_at, Quarantined.op_id)
    ).scalars()

    def name(dev: str | None) -> str:
        return str((registry.get(dev) or {}).get("name") or dev or "") if dev else ""

    return [
        Held(
            op_id=r.op_id,
            device_id=r.device_id,
            device_name=name(r.device_id),
            entity=r.entity,
            kind=r.kind,
            team_id=(r.op or {}).get("team_id"),
            reason=r.reason,
            message=authz.Refusal(r.reason, r.detail).message(),
            sent_by=r.sent_by,
            sent_by_name=name(r.sent_by),
            source=r.source,
            received_at=r.received_at,
            op=dict(r.op or {}),
        )
        for r in rows
    ]
