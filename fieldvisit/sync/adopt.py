"""Joining a hub with a replica that was made alone (为本机新建数据库), keeping its data.

A replica created on its own numbered its operations under a device id of
its own making; the hub knows the laptop by the id the administrator
enrolled. Nothing of the standalone replica has ever left the laptop (without
an enrolment it can neither sync nor write a bundle the office accepts), so
its operations are *re-issued under the enrolled device*: the same operation
ids, clock stamps and rows, numbered 1..n in the enrolled device's sequence,
with every mention of the old device id (and of the old team id, when the
hub's team differs) replaced by the enrolled one. The business tables are then
re-folded from the rewritten log, so the replica is exactly what the enrolled
device would hold had it written those changes itself; the first sync pushes
them like any other.

Kept as the hub says: the device's and team's names (the standalone's own
team/device rows take the enrolment's names; renames of them are dropped) and
the organisation (a standalone rename of the organisation is dropped: the
hub's organisation name stands).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select, update

from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.store.base import Base
from fieldvisit.store.merge import APPEND_ONLY, MUTABLE, Op, apply_batch
from fieldvisit.store.models import (
    AuditEntry,
    Conflict,
    GoodsTally,
    NeedEvent,
    Operation,
    PaymentTally,
    Setting,
)
from fieldvisit.store.oplog import Writer
from fieldvisit.store.replica import Replica


def _swap(value: Any, ids: dict[str, str]) -> Any:
    """Replace whole-string occurrences of the old ids anywhere in a payload."""
    if not any(old != new for old, new in ids.items()):
        return value
    text = json.dumps(value, ensure_ascii=False)
    for old, new in ids.items():
        text = text.replace(f'"{old}"', f'"{new}"')
    return json.loads(text)


def restamp(replica: Replica, data: dict[str, Any]) -> int:
    """Re-issue a standalone replica's operations under the enrolled device; returns how many.

    Refuses a replica holding other devices' operations: that one has synced
    before and is not a standalone replica.
    """
    old_dev, new_dev = replica.device_id, str(data["device_id"])
    old_team, new_team = replica.team_id, str(data["team_id"])
    ids = {old_dev: new_dev, old_team: new_team}
    own_rows = {("device", old_dev), ("team", old_team)}
    with replica.session() as s:
        foreign = s.execute(
            select(Operation.device_id).where(Operation.device_id != old_dev).limit(1)
        ).first()
        if foreign is not None:
            raise FieldVisitError(
                translate(
                    "Enrol",
                    "This replica already holds changes from other devices, so it is not a "
                    "replica made alone; it cannot take another device's enrolment.",
                )
            )
        ops: list[Op] = []
        for r in s.execute(select(Operation).order_by(Operation.seq)).scalars():
            op = Op.from_row(r)
            if op.entity == "organisation" or (
                (op.entity, op.row_id) in own_rows and op.kind != "create"
            ):
                continue
            payload = _swap(op.payload, ids)
            if (op.entity, op.row_id) == ("device", old_dev):
                payload = {
                    "fields": {
                        "name": data["device_name"],
                        "team_id": new_team,
                        "role": data["role"],
                    }
                }
            elif (op.entity, op.row_id) == ("team", old_team):
                payload = {"fields": {"name": data["team_name"]}}
            team = ids.get(op.team_id, op.team_id) if op.team_id else None
            ops.append(
                Op(
                    op.op_id,
                    new_dev,
                    len(ops) + 1,
                    op.hlc,
                    op.entity,
                    ids.get(op.row_id, op.row_id),
                    op.kind,
                    payload,
                    team,
                )
            )
        # Re-fold from the rewritten log: the rows become what the enrolled device
        # would hold had it written these changes itself.
        models: list[type[Base]] = [*APPEND_ONLY.values(), *MUTABLE.values()]
        models += [Conflict, NeedEvent, Operation]
        for model in models:
            s.execute(delete(model))
        s.execute(delete(PaymentTally))
        s.execute(delete(GoodsTally))
        apply_batch(s, sorted(ops, key=lambda o: o.sort_key))
        s.execute(
            update(AuditEntry).where(AuditEntry.device_id == old_dev).values(device_id=new_dev)
        )
        new_settings = {
            "device_id": new_dev,
            "device_name": data["device_name"],
            "team_id": new_team,
            "team_name": data["team_name"],
            "role": data["role"],
            "organisation": data["org_name"],
            "joined_from_device": old_dev,
        }
        for key, value in new_settings.items():
            s.merge(Setting(key=key, value=value))
    replica.settings.update(new_settings)
    replica.writer = Writer(new_dev, replica.writer.clock)
    return len(ops)
