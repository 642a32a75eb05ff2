"""Device incarnations: an older copy of a replica carries on under a new device id.

A device numbers its operations 1, 2, 3 ... and the hub trusts ``(device, seq)``
to name one operation. A laptop restored from a backup, a copied data folder,
a VM snapshot, or a second folder enrolled with the same file, starts again
from an older number and would hand out numbers the hub already holds for
other operations (and the push, which sends only what lies above the hub's
head, would silently skip them). Such a copy is detected at its next sync:

* the hub holds operations under this device's numbers that this replica does
  not have at those numbers, or
* the hub's head for this device is beyond the local head.

It then registers a new device id with its own key pair on the hub (an
*incarnation*, bound to the same login; ``fv_new_incarnation``), re-stamps its
own operations that the hub does not hold under the new id (same operation
ids and content, new ``(device, seq)``), and syncs on. Nothing is renumbered
that the hub holds, so no ``(device, seq)`` is ever used twice. Receipt
numbering continues after the highest number seen for any incarnation of the
device (:func:`continue_receipts`, after every pull).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete, func, select, update

from fieldvisit.i18n import translate
from fieldvisit.store import merge, oplog
from fieldvisit.store.chunked import chunked
from fieldvisit.store.models import Device, Operation, Payment, ReceiptCounter, Setting
from fieldvisit.store.replica import Replica
from fieldvisit.sync import enrol

PENDING = "incarnation_pending"
ENROLLED = enrol.ENROLLED
HISTORY = "incarnations"
_NUMBER = re.compile(r"^(?P<prefix>.+)-(?P<year>\d{4})-(?P<n>\d+)$")


@dataclass(frozen=True)
class Incarnated:
    old_id: str
    new_id: str
    restamped: int

    def message(self) -> str:
        return translate(
            "Sync",
            "This laptop's data is an older copy (restored from a backup, copied, or enrolled "
            "twice with one file): it now carries on as a new incarnation of this device. "
            "%1 operations not yet on the hub were renumbered and sent; nothing was lost.",
        ).replace("%1", str(self.restamped))


def _local_max(replica: Replica, device: str) -> int:
    with replica.reader() as s:
        return int(
            s.execute(select(func.max(Operation.seq)).where(Operation.device_id == device)).scalar()
            or 0
        )


def forked_on_hub(conn: psycopg.Connection, replica: Replica, hub_head: int) -> bool:
    """Does the hub hold other operations under this device's numbers, or more of them?"""
    me = replica.device_id
    local_max = _local_max(replica, me)
    if hub_head > local_max:
        return True
    floor = min(int(replica.settings.get("hub_acked_seq") or 0), hub_head)
    if hub_head <= floor:
        return False
    rows = conn.execute(
        "SELECT seq, op_id FROM fv_ops WHERE device_id = %s AND seq > %s AND seq <= %s",
        (me, floor, hub_head),
    ).fetchall()
    conn.commit()
    hub = {int(seq): op_id for seq, op_id in rows}
    with replica.reader() as s:
        local = s.execute(
            select(Operation.seq, Operation.op_id).where(
                Operation.device_id == me, Operation.seq > floor, Operation.seq <= hub_head
            )
        ).all()
    # One of ours the hub holds another operation under can never be sent as it is.
    # (A pulled operation of another copy may sit beside ours under the same number.)
    return any(hub.get(int(seq)) != op_id for seq, op_id in local)


def _new_pending(replica: Replica) -> dict[str, str]:
    key = Ed25519PrivateKey.generate()
    pending = {
        "id": str(uuid.uuid4()),
        "of": replica.device_id,
        "signing_key": key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        ).hex(),
        "public_key": key.public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        .hex(),
    }
    # Saved before the hub hears of it: a sync cut off after the hub registered the
    # incarnation retries with the same id and key (the hub accepts that again).
    replica.set_setting(PENDING, pending)
    return pending


def _held_by_hub(conn: psycopg.Connection, ids: list[str]) -> set[str]:
    held: set[str] = set()
    for chunk in chunked(ids):
        rows = conn.execute("SELECT op_id FROM fv_ops WHERE op_id = ANY(%s)", (chunk,)).fetchall()
        held.update(r[0] for r in rows)
    conn.commit()
    return held


def carry_on(conn: psycopg.Connection, replica: Replica, hub_head: int) -> Incarnated:
    """Register a new incarnation on the hub and move this replica's unsent work onto it."""
    pending = replica.settings.get(PENDING)
    if not pending or pending.get("of") != replica.device_id:
        pending = _new_pending(replica)
    conn.execute(
        "SELECT fv_new_incarnation(%s, %s)",
        (pending["id"], bytes.fromhex(pending["public_key"])),
    )
    conn.commit()
    floor = min(int(replica.settings.get("hub_acked_seq") or 0), hub_head)
    mine = _own_above(replica, floor)
    held = _held_by_hub(conn, [r[0] for r in mine])
    return _switch(replica, pending, [r for r in mine if r[0] not in held], registered=True)


def _own_above(replica: Replica, floor: int) -> list[Any]:
    with replica.reader() as s:
        return list(
            s.execute(
                select(Operation.op_id, Operation.seq, Operation.hlc)
                .where(Operation.device_id == replica.device_id, Operation.seq > floor)
                .order_by(Operation.seq)
            ).all()
        )


def _switch(
    replica: Replica, pending: dict[str, str], unsent: list[Any], *, registered: bool
) -> Incarnated:
    """Re-stamp ``unsent`` under the new id and make it this replica's device, in one go."""
    old, new = replica.device_id, str(pending["id"])
    replica.writer.device_id = new
    try:
        values = _restamp(replica, pending, unsent, registered)
    except BaseException:
        replica.writer.device_id = old
        raise
    replica.settings.update(values)
    return Incarnated(old, new, len(unsent))


def _restamp(
    replica: Replica, pending: dict[str, str], unsent: list[Any], registered: bool
) -> dict[str, Any]:
    old, new = replica.device_id, str(pending["id"])
    with replica.session() as s:
        touched: set[tuple[str, str]] = set()
        # This copy's own record of the original device (made when its folder was
        # enrolled) is another folder's too, and the hub holds that one: written under
        # the new id it would be a device recording another device, which the rules
        # refuse. The row folds from the copy the hub holds.
        own_record = set(
            s.execute(
                select(Operation.op_id).where(
                    Operation.op_id.in_([r[0] for r in unsent]),
                    Operation.entity == "device",
                    Operation.row_id == old,
                )
            ).scalars()
        )
        if own_record:
            s.execute(delete(Operation).where(Operation.op_id.in_(sorted(own_record))))
            touched.add(("device", old))
            unsent = [r for r in unsent if r[0] not in own_record]
        for n, (op_id, _seq, hlc) in enumerate(unsent, start=1):
            s.execute(
                update(Operation)
                .where(Operation.op_id == op_id)
                .values(device_id=new, seq=n, sort_key=f"{hlc}|{new}|{n:010d}")
            )
            row = s.get(Operation, op_id)
            if row is not None and row.entity in merge.MUTABLE:
                touched.add((row.entity, row.row_id))
        for entity, row_id in sorted(touched):
            merge.refold(s, entity, row_id)  # head keys follow the operations' new names
        history = list(replica.settings.get(HISTORY) or [])
        history.append({"id": new, "of": old, "at": datetime.now(UTC).isoformat()})
        values: dict[str, Any] = {
            "device_id": new,
            "signing_key": pending["signing_key"],
            ENROLLED: replica.settings.get(ENROLLED) or old,
            HISTORY: history,
            "hub_acked_seq": 0,
            "peer_acks": {},
            "peer_held": {},
            PENDING: None,
            UNREGISTERED: None if registered else _certificate(replica, pending),
        }
        for key, value in values.items():
            s.merge(Setting(key=key, value=value))
        s.flush()
        replica.writer.begin(s)
        dev = s.get(Device, old)
        oplog.create(
            s,
            "device",
            new,
            {
                "name": dev.name if dev else replica.settings.get("device_name", ""),
                "team_id": dev.team_id if dev else replica.team_id,
                "role": replica.role,
            },
        )
    return values


# ---------------------------------------------------------------- offline (bundles)

UNREGISTERED = "incarnation_unregistered"
# What the certificate of an offline incarnation signs (with the old device's key).
CERT_CONTEXT = b"fieldvisit incarnation\n"


def _certificate(replica: Replica, pending: dict[str, str]) -> dict[str, str]:
    """The old key vouches for the new one, so an office can accept its bundles."""
    signer = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(replica.settings["signing_key"]))
    message = CERT_CONTEXT + f"{pending['id']}\n{pending['public_key']}".encode()
    return {
        "id": pending["id"],
        "of": replica.device_id,
        "public_key": pending["public_key"],
        "proof": signer.sign(message).hex(),
    }


def verify_certificate(cert: dict[str, Any], of_public_key: str) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        message = CERT_CONTEXT + f"{cert['id']}\n{cert['public_key']}".encode()
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(of_public_key)).verify(
            bytes.fromhex(str(cert["proof"])), message
        )
    except (InvalidSignature, ValueError, KeyError, TypeError):
        return False
    return bool(_UUID.match(str(cert["id"]))) and len(bytes.fromhex(cert["public_key"])) == 32


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def digest(op_id: str) -> str:
    """A short fingerprint of an operation id (return bundles list them, not the ids)."""
    import hashlib

    return hashlib.sha256(op_id.encode()).hexdigest()[:12]


def carry_on_offline(replica: Replica) -> Incarnated | None:
    """Before a bundle export: is this replica an older copy, going by the office's word?

    An office's return bundle tells the laptop how far the office holds its work
    (``peer_acks``) and fingerprints of its last operations (``peer_held``). The
    office holding more than this replica has, or other operations under this
    replica's numbers, means a copy: it carries on under a new incarnation at once
    (registered on the hub by the office that imports the bundle, or at the next
    sync) instead of writing operations under numbers already taken."""
    me = replica.device_id
    acks = [int(v) for v in (replica.settings.get("peer_acks") or {}).values()]
    held: dict[str, str] = dict(replica.settings.get("peer_held") or {})
    local_max = _local_max(replica, me)
    floor = int(replica.settings.get("hub_acked_seq") or 0)
    mine = _own_above(replica, floor)
    differs = [r for r in mine if str(r[1]) in held and held[str(r[1])] != digest(r[0])]
    if max(acks, default=0) <= local_max and not differs:
        return None
    pending = replica.settings.get(PENDING)
    if not pending or pending.get("of") != me:
        pending = _new_pending(replica)
    shared = {r[0] for r in mine if held.get(str(r[1])) == digest(r[0])}
    return _switch(replica, pending, [r for r in mine if r[0] not in shared], registered=False)


def register_offline(conn: psycopg.Connection, replica: Replica) -> None:
    """At the next sync, tell the hub about an incarnation started offline (idempotent)."""
    cert = replica.settings.get(UNREGISTERED)
    if not cert:
        return
    conn.execute(
        "SELECT fv_new_incarnation(%s, %s)", (cert["id"], bytes.fromhex(cert["public_key"]))
    )
    conn.commit()
    replica.set_setting(UNREGISTERED, None)


def relay_certificates(conn: psycopg.Connection, replica: Replica) -> None:
    """An office registers the incarnations it learnt from bundles before relaying them."""
    certs = dict(replica.settings.get("relay_incarnations") or {})
    if not certs:
        return
    for cert in certs.values():
        conn.execute(
            "SELECT fv_relay_incarnation(%s, %s, %s)",
            (cert["of"], cert["id"], bytes.fromhex(cert["public_key"])),
        )
    conn.commit()
    replica.set_setting("relay_incarnations", {})


def my_incarnations(replica: Replica) -> set[str]:
    """Every device id this replica's login has written under (as far as it knows)."""
    ids = {replica.device_id, str(replica.settings.get(ENROLLED) or replica.device_id)}
    ids.update(str(h["of"]) for h in replica.settings.get(HISTORY) or [])
    root = str(replica.settings.get(ENROLLED) or replica.device_id)
    for dev, info in (replica.settings.get("device_keys") or {}).items():
        if info.get("incarnation_of") == root:
            ids.add(str(dev))
    return ids


def continue_receipts(replica: Replica) -> None:
    """Move the receipt counters past every number any incarnation of this device issued."""
    ids = my_incarnations(replica)
    if len(ids) < 2:
        return  # never copied: the counter is the only source of numbers
    with replica.session() as s:
        top: dict[tuple[str, int], int] = {}
        for no in s.execute(
            select(Payment.receipt_no).where(
                Payment.device_id.in_(sorted(ids)), Payment.receipt_no.is_not(None)
            )
        ).scalars():
            m = _NUMBER.match(no or "")
            if m:
                key = (m["prefix"], int(m["year"]))
                top[key] = max(top.get(key, 0), int(m["n"]))
        for (prefix, year), n in top.items():
            counter = s.get(ReceiptCounter, (prefix, year))
            if counter is None:
                s.add(ReceiptCounter(prefix=prefix, year=year, last=n))
            elif counter.last < n:
                counter.last = n


def adopt_names(session: Any, ops: list[Any], incarnations: set[str]) -> int:
    """Give operations this replica already holds the name the hub gives them.

    A copy's operation may have reached this replica (in a bundle) under the old
    device id before the copy re-stamped it; the hub holds it under the new
    incarnation. The hub's name wins, so every replica sorts and labels it alike."""
    cand = {op.op_id: op for op in ops if op.device_id in incarnations}
    if not cand:
        return 0
    ids = list(cand)
    touched: set[tuple[str, str]] = set()
    for chunk in chunked(ids):
        for row in session.execute(select(Operation).where(Operation.op_id.in_(chunk))).scalars():
            op = cand[row.op_id]
            if (row.device_id, row.seq) == (op.device_id, op.seq):
                continue
            session.execute(
                update(Operation)
                .where(Operation.op_id == row.op_id)
                .values(device_id=op.device_id, seq=op.seq, sort_key=op.sort_key)
            )
            if row.entity in merge.MUTABLE:
                touched.add((row.entity, row.row_id))
    for entity, row_id in sorted(touched):
        merge.refold(session, entity, row_id)
    return len(touched)
