"""USB bundles: the same operations as the hub carries, in one signed, encrypted file.

Layout (all integers big-endian)::

    b"FVBUNDLE" | u8 format | u32 header length | header (JSON, UTF-8)
    | u64 body length | body | 64-byte Ed25519 signature

The header is readable without keys (organisation, exporting device, counts,
sequence ranges, created time, the exporter's acknowledgements) so a wrong
file is named precisely. The body is zlib-compressed JSON lines of operations,
encrypted with AES-GCM under the organisation's bundle key with the header as
associated data. The signature, by the exporting device's key, covers
everything before it. Import checks all of it before touching the replica and
folds the operations in one transaction, so a bad file changes nothing and a
good one imported twice changes nothing the second time.

Who may carry what: a field device's bundle may carry only its own operations;
an office device's bundle may relay anyone's (it received them from the hub or
from verified bundles). The office passes relayed operations on to the hub at
its next sync (its hub role may append in other devices' names; see
docs/sync-protocol.md).
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import literal_column, or_, select

from fieldvisit.errors import FieldVisitError
from fieldvisit.files import written_atomically
from fieldvisit.i18n import translate
from fieldvisit.store.chunked import chunked
from fieldvisit.store.merge import Op
from fieldvisit.store.models import (
    Conflict,
    Household,
    Member,
    Need,
    Operation,
    Payment,
    Photo,
    ReceiptEvent,
    Visit,
)
from fieldvisit.store.replica import Replica
from fieldvisit.sync import incarnation
from fieldvisit.sync.client import apply_batch

MAGIC = b"FVBUNDLE"
FORMAT = 1
SIG_LEN = 64
HELD = 1000  # return bundles fingerprint the receiving laptop's last this many operations


@dataclass
class BundleReport:
    device_id: str = ""
    device_name: str = ""
    operations: int = 0  # in the file
    applied: int = 0  # new to this replica (import)
    conflicts: int = 0  # new open conflicts (import)
    first_seq: int = 0
    last_seq: int = 0
    path: str = ""
    acks: dict[str, int] = field(default_factory=dict)
    incarnated: str | None = None  # export: this replica was a copy and moved on (message)


def _err(text: str) -> FieldVisitError:
    return FieldVisitError(text)


def _need_org(replica: Replica) -> tuple[str, bytes]:
    org, key = replica.settings.get("org_id"), replica.settings.get("bundle_key")
    if not org or not key or not replica.settings.get("signing_key"):
        raise _err(
            translate(
                "Bundle",
                "This replica is not enrolled in an organisation, so it cannot exchange "
                "bundles. Enrol it first ('fieldvisit enroll FILE').",
            )
        )
    return str(org), bytes.fromhex(key)


# ---------------------------------------------------------------- export


def _selection(replica: Replica, everything: bool, for_device: str | None) -> Any:
    me = replica.device_id
    if replica.role != "office" or for_device is None:
        if everything:
            return Operation.device_id == me, None
        acked = int(replica.settings.get("hub_acked_seq") or 0)
        peers = replica.settings.get("peer_acks") or {}
        acked = max([acked, *(int(v) for v in peers.values())])
        return (Operation.device_id == me) & (Operation.seq > acked), None
    # An office's return bundle: what the laptop's team sees, not yet sent to it.
    team = (replica.settings.get("device_keys") or {}).get(for_device, {}).get("team_id")
    if team is None:
        raise _err(
            translate("Bundle", "Device %1 is not known to this replica.").replace("%1", for_device)
        )
    scope = or_(Operation.team_id == team, Operation.team_id.is_(None))
    cond = scope & (Operation.device_id != for_device)
    sent = int((replica.settings.get("bundle_sent") or {}).get(for_device, 0))
    if not everything and sent:
        # The operation table's rowid grows with arrival, so it marks what was sent.
        cond = cond & (_rowid() > sent)
    return cond, team


def _rowid() -> Any:
    return literal_column("operation.rowid")


def _moved_in(s: Any, team: str) -> set[str]:
    """Households now in ``team`` (directly or through the one they were merged into)
    whose history carries another team's stamp: they were moved into it."""
    members = set(s.execute(select(Household.id).where(Household.team_id == team)).scalars())
    frontier = set(members)
    while frontier:  # households merged into those, however indirectly
        found = set(
            s.execute(
                select(Household.id).where(Household.merged_into.in_(sorted(frontier)))
            ).scalars()
        )
        frontier = found - members
        members |= found
    moved: set[str] = set()
    ids = sorted(members)
    for chunk in chunked(ids):
        moved.update(
            s.execute(
                select(Operation.row_id)
                .where(
                    Operation.entity == "household",
                    Operation.row_id.in_(chunk),
                    Operation.team_id.is_not(None),
                    Operation.team_id != team,
                )
                .distinct()
            ).scalars()
        )
    return moved


def _history_of(s: Any, households: set[str]) -> set[str]:
    """Every operation of these households (their rows, members, visits, photos,
    payments, receipts and needs), as the hub's ``household_id`` assigns them."""
    hids = sorted(households)
    if not hids:
        return set()
    rows: dict[str, set[str]] = {"household": set(households)}
    for entity, model in (
        ("member", Member),
        ("visit", Visit),
        ("payment", Payment),
        ("need", Need),
    ):
        col = model.orig_household_id  # type: ignore[attr-defined]
        for chunk in chunked(hids):
            rows.setdefault(entity, set()).update(
                s.execute(select(model.id).where(col.in_(chunk))).scalars()  # type: ignore[attr-defined]
            )
    visits, payments = sorted(rows["visit"]), sorted(rows["payment"])
    rows["photo"] = set()
    for chunk in chunked(visits):
        rows["photo"].update(s.execute(select(Photo.id).where(Photo.visit_id.in_(chunk))).scalars())
    rows["receipt_event"] = set()
    for chunk in chunked(payments):
        rows["receipt_event"].update(
            s.execute(select(ReceiptEvent.id).where(ReceiptEvent.payment_id.in_(chunk))).scalars()
        )
    ops: set[str] = set()
    for entity, ids in rows.items():
        got = sorted(ids)
        for chunk in chunked(got):
            ops.update(
                s.execute(
                    select(Operation.op_id).where(
                        Operation.entity == entity, Operation.row_id.in_(chunk)
                    )
                ).scalars()
            )
    return ops


def export_bundle(
    replica: Replica, path: Path, *, everything: bool = False, for_device: str | None = None
) -> BundleReport:
    """Write what the receiver has not yet seen from this device (``everything``: all of it).

    An office replica given ``for_device`` writes a return bundle for that
    laptop: every operation in the laptop's team scope not sent to it before."""
    org, key = _need_org(replica)
    moved = None
    if for_device is None:
        moved = incarnation.carry_on_offline(replica)
    cond, team = _selection(replica, everything, for_device)
    me = replica.device_id
    lines: list[bytes] = []
    seqs: list[int] = []
    top_rowid = 0
    moved_sent = dict(replica.settings.get("bundle_moved") or {})
    with replica.reader() as s:
        if team is not None and for_device is not None:
            # Households moved into the laptop's team bring their whole history once
            # (the hub does the same with its backfill markers).
            known = set() if everything else set(moved_sent.get(for_device) or [])
            arrived = _moved_in(s, team)
            history = _history_of(s, arrived - known)
            if history:
                cond = or_(cond, Operation.op_id.in_(sorted(history)))
            moved_sent[for_device] = sorted(arrived | known)
        rows = s.execute(select(Operation, _rowid()).where(cond).order_by(Operation.sort_key)).all()
        for op_row, rowid in rows:
            op = Op.from_row(op_row)
            lines.append(json.dumps(op.to_dict(), ensure_ascii=False).encode("utf-8"))
            if op.device_id == me:
                seqs.append(op.seq)
            top_rowid = max(top_rowid, int(rowid))
        acks: dict[str, int] = {}
        held: dict[str, dict[str, str]] = {}
        if for_device is not None:
            have = s.execute(
                select(Operation.seq, Operation.op_id)
                .where(Operation.device_id == for_device)
                .order_by(Operation.seq)
            ).all()
            n = 0
            for seq, _op_id in have:
                if seq != n + 1:
                    break
                n = seq
            acks[for_device] = n
            # Fingerprints of the laptop's last operations here: an older copy of it
            # sees that its numbers are taken (sync/incarnation.py).
            held[for_device] = {
                str(seq): incarnation.digest(op_id) for seq, op_id in have[-HELD:] if seq <= n
            }
    header = {
        "format": FORMAT,
        "org_id": org,
        "device_id": me,
        "device_name": replica.settings.get("device_name", ""),
        "count": len(lines),
        "first_seq": min(seqs, default=0),
        "last_seq": max(seqs, default=0),
        "for_device": for_device,
        "acks": acks,
        "created": datetime.now(UTC).isoformat(),
    }
    if replica.role == "office":
        # The registry as the office has it from the hub: a laptop that only ever meets
        # the office by USB learns of devices enrolled after it (the rules need them).
        header["devices"] = replica.settings.get("device_keys") or {}
    if held:
        header["held"] = held
    cert = replica.settings.get(incarnation.UNREGISTERED)
    if cert and for_device is None:
        header["incarnation"] = cert
    head = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    nonce = os.urandom(12)
    body = nonce + AESGCM(key).encrypt(nonce, zlib.compress(b"\n".join(lines), 6), head)
    signed = (
        MAGIC + struct.pack(">BI", FORMAT, len(head)) + head + struct.pack(">Q", len(body)) + body
    )
    signer = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(replica.settings["signing_key"]))
    with written_atomically(path) as tmp:
        tmp.write_bytes(signed + signer.sign(signed))
    if for_device is not None and team is not None:
        replica.set_setting("bundle_moved", moved_sent)
    if for_device is not None and top_rowid:
        sent = dict(replica.settings.get("bundle_sent") or {})
        sent[for_device] = max(top_rowid, int(sent.get(for_device, 0)))
        replica.set_setting("bundle_sent", sent)
    return BundleReport(
        device_id=me,
        device_name=str(header["device_name"]),
        operations=len(lines),
        first_seq=int(header["first_seq"]),  # type: ignore[call-overload]
        last_seq=int(header["last_seq"]),  # type: ignore[call-overload]
        path=str(path),
        acks=acks,
        incarnated=moved.message() if moved else None,
    )


# ---------------------------------------------------------------- import


def _damaged() -> FieldVisitError:
    return _err(
        translate(
            "Bundle",
            "The bundle file is truncated or damaged. Nothing was imported; copy it again "
            "from the sending laptop.",
        )
    )


def read_bundle(replica: Replica, path: Path) -> tuple[dict[str, Any], list[Op]]:
    """Parse, authenticate and decrypt a bundle; raise a clear error for any bad file."""
    org, key = _need_org(replica)
    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise _err(
            translate("Bundle", "The bundle file cannot be read: %1").replace("%1", str(exc))
        ) from exc
    if not blob.startswith(MAGIC):
        raise _err(translate("Bundle", "This is not a fieldvisit bundle file."))
    try:
        fmt, hlen = struct.unpack_from(">BI", blob, len(MAGIC))
        at = len(MAGIC) + 5
        head = blob[at : at + hlen]
        (blen,) = struct.unpack_from(">Q", blob, at + hlen)
        body_at = at + hlen + 8
        body = blob[body_at : body_at + blen]
        sig = blob[body_at + blen :]
        if len(head) != hlen or len(body) != blen or len(sig) != SIG_LEN:
            raise _damaged()
        header = json.loads(head)
    except (struct.error, ValueError):
        raise _damaged() from None
    if fmt != FORMAT:
        raise _err(translate("Bundle", "This bundle was written by a newer version of fieldvisit."))
    if header.get("org_id") != org:
        raise _err(
            translate(
                "Bundle",
                "This bundle belongs to another organisation; it cannot be imported here.",
            )
        )
    sender = str(header.get("device_id"))
    known = (replica.settings.get("device_keys") or {}).get(sender)
    if known is None:
        known = _incarnation_entry(replica, header)
    if known is None:
        raise _err(
            translate(
                "Bundle",
                "This bundle comes from a device this replica does not know (%1). Sync with "
                "the hub first, or ask the office to enrol that laptop.",
            ).replace("%1", str(header.get("device_name") or sender))
        )
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(known["public_key"])).verify(
            sig, blob[: body_at + blen]
        )
    except InvalidSignature:
        raise _err(
            translate(
                "Bundle",
                "The bundle's signature does not match: it was altered or damaged after it "
                "was written. Nothing was imported.",
            )
        ) from None
    try:
        plain = zlib.decompress(AESGCM(key).decrypt(body[:12], body[12:], head))
        ops = [Op.from_dict(json.loads(line)) for line in plain.split(b"\n") if line]
    except (InvalidTag, zlib.error, ValueError, KeyError):
        raise _damaged() from None
    if len(ops) != header.get("count"):
        raise _damaged()
    if known.get("role") != "office" and any(o.device_id != sender for o in ops):
        raise _err(
            translate(
                "Bundle",
                "This bundle carries operations in another device's name; only office "
                "devices may pass on others' work. Nothing was imported.",
            )
        )
    if known.get("revoked"):
        raise _err(translate("Bundle", "This bundle comes from a revoked device."))
    _check_scope(replica, header, ops)
    return header, ops


def _check_scope(replica: Replica, header: dict[str, Any], ops: list[Op]) -> None:
    """A return bundle is for the laptop named in it; a field laptop takes only its team's
    operations and global ones (the same scope the hub lets it read)."""
    meant = header.get("for_device")
    if meant and meant != replica.device_id:
        name = (replica.settings.get("device_keys") or {}).get(meant, {}).get("name") or meant
        raise _err(
            translate(
                "Bundle",
                "This return bundle was made for another laptop (%1), not this one. Nothing "
                "was imported; ask the office for a bundle made for this laptop.",
            ).replace("%1", str(name))
        )
    if replica.role == "office":
        return
    sender = (replica.settings.get("device_keys") or {}).get(str(header.get("device_id")), {})
    if meant == replica.device_id and sender.get("role") == "office":
        # A return bundle an office made for this laptop carries what the hub would let it
        # read — including the history of a household moved into its team, which is
        # stamped with the team it had then.
        return
    mine = replica.team_id
    outside = [o for o in ops if o.team_id is not None and o.team_id != mine]
    if outside:
        raise _err(
            translate(
                "Bundle",
                "This bundle carries %1 operations of another team; a field laptop takes "
                "only its own team's. Nothing was imported.",
            ).replace("%1", str(len(outside)))
        )


def _learn_registry(replica: Replica, header: dict[str, Any]) -> dict[str, Any] | None:
    """Devices an office's (signed) bundle knows and this replica does not; None if none."""
    own = dict(replica.settings.get("device_keys") or {})
    sender = own.get(str(header.get("device_id")), {})
    theirs = header.get("devices")
    if sender.get("role") != "office" or not isinstance(theirs, dict):
        return None
    new = {
        str(k): v
        for k, v in theirs.items()
        if k not in own and isinstance(v, dict) and {"team_id", "role", "public_key"} <= v.keys()
    }
    return {**own, **new} if new else None


def _incarnation_entry(replica: Replica, header: dict[str, Any]) -> dict[str, Any] | None:
    """A sender not yet in the registry: a new incarnation vouched for by a known device."""
    cert = header.get("incarnation")
    if not isinstance(cert, dict) or cert.get("id") != header.get("device_id"):
        return None
    keys = replica.settings.get("device_keys") or {}
    of = keys.get(str(cert.get("of")))
    if of is None or not incarnation.verify_certificate(cert, of["public_key"]):
        return None
    return {
        **of,
        "public_key": cert["public_key"],
        "incarnation_of": of.get("incarnation_of") or cert["of"],
    }


def import_bundle(replica: Replica, path: Path) -> BundleReport:
    """Verify the whole file, then fold its operations in one transaction."""
    header, ops = read_bundle(replica, path)
    with replica.reader() as s:
        before = set(s.execute(select(Conflict.id).where(Conflict.status == "open")).scalars())
    settings: dict[str, Any] = {}
    registry = _learn_registry(replica, header)
    if registry is not None:
        replica.set_setting("device_keys", registry)
    acks = {str(k): int(v) for k, v in (header.get("acks") or {}).items()}
    if replica.device_id in acks:
        peers = dict(replica.settings.get("peer_acks") or {})
        peers[str(header["device_id"])] = acks[replica.device_id]
        settings["peer_acks"] = peers
        settings["peer_held"] = dict((header.get("held") or {}).get(replica.device_id) or {})
    sender = str(header["device_id"])
    keys = replica.settings.get("device_keys") or {}
    if sender not in keys:  # a verified new incarnation (read_bundle checked it)
        # Known before the fold: the rules screen each operation against the registry.
        replica.set_setting("device_keys", {**keys, sender: _incarnation_entry(replica, header)})
        if replica.role == "office":
            relay = dict(replica.settings.get("relay_incarnations") or {})
            relay[sender] = header["incarnation"]
            settings["relay_incarnations"] = relay
    applied = apply_batch(replica, ops, settings, sent_by=sender)
    with replica.reader() as s:
        after = set(s.execute(select(Conflict.id).where(Conflict.status == "open")).scalars())
    return BundleReport(
        device_id=str(header["device_id"]),
        device_name=str(header.get("device_name", "")),
        operations=len(ops),
        applied=applied,
        conflicts=len(after - before),
        first_seq=int(header.get("first_seq", 0)),
        last_seq=int(header.get("last_seq", 0)),
        path=str(path),
        acks=acks,
    )
