"""Who may sign receipts: this device's own key, and the registry of public keys.

Every replica has an Ed25519 signing key of its own: enrolment installs the
one whose public half the hub registers (``fv_device.public_key``); a replica
that was never enrolled makes one the first time it prints. A key replaced at
enrolment is kept as a retired public key, so receipts printed before still
verify here and in an exported registry.

The registry (device id -> name, role, public keys, receipt prefixes) is read
from the replica (``device_keys`` from the hub, plus itself and the prefixes
seen in its ledger) or from a file ``receipt registry --out`` wrote, which an
auditor can use with no replica and no secret at all.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.errors import FieldVisitError
from fieldvisit.files import written_atomically
from fieldvisit.i18n import translate
from fieldvisit.receipts import payload
from fieldvisit.store.models import Device, Distribution, Payment, Setting

SIGNING_SETTING = "signing_key"  # hex, private; the same key signs bundles once enrolled
RETIRED_SETTING = "retired_public_keys"  # hex public keys this device signed with before
FILE_FORMAT = "fieldvisit-receipt-registry"
_SERIES = re.compile(r"^(?P<prefix>.+)-\d{4}-\d+$")


@dataclass
class Signer:
    device_id: str
    name: str
    role: str = "field"
    public_keys: list[str] = field(default_factory=list)
    prefixes: set[str] = field(default_factory=set)
    revoked: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "public_keys": self.public_keys,
            "prefixes": sorted(self.prefixes),
            "revoked": self.revoked,
        }


def prefix_of(receipt_no: str) -> str | None:
    m = _SERIES.match(receipt_no)
    return m["prefix"] if m else None


def _setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return row.value if row is not None else None


def own_key(session: Session) -> tuple[str, Ed25519PrivateKey]:
    """This device's id and signing key; made (and kept) the first time a replica needs one."""
    device_id = str(_setting(session, "device_id") or "")
    hex_key = _setting(session, SIGNING_SETTING)
    if not hex_key:
        key = Ed25519PrivateKey.generate()
        from cryptography.hazmat.primitives import serialization

        raw = key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        session.merge(Setting(key=SIGNING_SETTING, value=raw.hex()))
        session.flush()
        return device_id, key
    return device_id, payload.private_key(str(hex_key))


def retire_key(old_hex: str | None, new_hex: str, retired: list[str] | None) -> list[str]:
    """The retired public keys after ``old_hex`` is replaced by ``new_hex`` (enrolment)."""
    out = list(retired or [])
    if old_hex and old_hex != new_hex:
        pub = payload.public_hex(payload.private_key(old_hex))
        if pub not in out:
            out.append(pub)
    return out


def from_replica(session: Session, *, prefixes: bool = False) -> dict[str, Signer]:
    """The registry as this replica knows it (the hub's, its own device, its ledger's prefixes)."""
    out: dict[str, Signer] = {}
    for did, d in (_setting(session, "device_keys") or {}).items():
        keys = [str(d["public_key"])] if d.get("public_key") else []
        out[str(did)] = Signer(
            str(did),
            str(d.get("name") or did),
            str(d.get("role") or "field"),
            keys,
            revoked=bool(d.get("revoked")),
        )
    for dev in session.execute(select(Device)).scalars():
        if dev.id not in out:
            out[dev.id] = Signer(dev.id, dev.name, dev.role)
    me = str(_setting(session, "device_id") or "")
    if me:
        mine = out.setdefault(
            me,
            Signer(
                me,
                str(_setting(session, "device_name") or me),
                str(_setting(session, "role") or "field"),
            ),
        )
        hex_key = _setting(session, SIGNING_SETTING)
        own = [payload.public_hex(payload.private_key(str(hex_key)))] if hex_key else []
        for k in own + list(_setting(session, RETIRED_SETTING) or []):
            if k not in mine.public_keys:
                mine.public_keys.append(k)
    if prefixes:  # household payments and unit distributions share the receipt counter
        for model in (Payment, Distribution):
            for did, no in session.execute(
                select(model.device_id, model.receipt_no)
                .where(model.receipt_no.is_not(None))
                .distinct()
            ):
                pre = prefix_of(str(no))
                if pre and did in out:
                    out[did].prefixes.add(pre)
    return out


def export(session: Session, path: Path) -> int:
    """Write the registry (public keys only) for verifying without a replica; returns devices."""
    reg = from_replica(session, prefixes=True)
    devices = {did: s.as_dict() for did, s in sorted(reg.items()) if s.public_keys}
    doc = {
        "format": FILE_FORMAT,
        "version": 1,
        "organisation": str(_setting(session, "organisation") or ""),
        "made_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "devices": devices,
    }
    with written_atomically(path) as tmp:
        tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=2), "utf-8")
    return len(devices)


def load(path: Path) -> dict[str, Signer]:
    """A registry file written by :func:`export`."""
    try:
        doc = json.loads(Path(path).read_text("utf-8"))
        if doc.get("format") != FILE_FORMAT:
            raise ValueError(doc.get("format"))
        return {
            str(did): Signer(
                str(did),
                str(d["name"]),
                str(d.get("role") or "field"),
                [str(k) for k in d["public_keys"]],
                {str(p) for p in d.get("prefixes", [])},
                bool(d.get("revoked")),
            )
            for did, d in doc["devices"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise FieldVisitError(
            translate("Receipts", "%1 is not a receipt registry file.").replace("%1", str(path))
        ) from exc


def merged(*registries: dict[str, Signer]) -> dict[str, Signer]:
    """One registry from several (a replica's and a file's): keys and prefixes add up."""
    out: dict[str, Signer] = {}
    for reg in registries:
        for did, s in reg.items():
            have = out.get(did)
            if have is None:
                out[did] = Signer(
                    did, s.name, s.role, list(s.public_keys), set(s.prefixes), s.revoked
                )
                continue
            have.public_keys += [k for k in s.public_keys if k not in have.public_keys]
            have.prefixes |= s.prefixes
            have.revoked = have.revoked or s.revoked
    return out
