"""Enrolment files: sealed with a one-time code, opened on the laptop.

The administrator's ``hub enroll`` writes a file holding the device's hub
credentials, its signing key (bundles and receipts) and the organisation's bundle
key (an office also gets the old shared receipt key, for old-scheme receipts),
encrypted with AES-GCM under a key derived (scrypt) from a short one-time
code that is shown once and travels separately (read aloud, on paper). The
laptop's ``enroll`` opens it, creates (or re-keys, or joins) its replica and keeps the
database password in the OS keyring — or, where there is none, inside the
encrypted replica. Nothing secret is written in plain text.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from fieldvisit.errors import FieldVisitError
from fieldvisit.files import written_atomically
from fieldvisit.i18n import translate
from fieldvisit.receipts.signers import RETIRED_SETTING, SIGNING_SETTING, retire_key
from fieldvisit.store import secrets as store_secrets
from fieldvisit.store.models import Setting
from fieldvisit.store.replica import Replica

MAGIC = b"FVENROL1"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
CODE_ENV = "FIELDVISIT_ENROL_CODE"


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))


def _key(code: str, salt: bytes) -> bytes:
    clean = code.replace("-", "").replace(" ", "").upper().encode("ascii", "ignore")
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(clean)


def seal(data: dict[str, Any], path: Path, code: str) -> None:
    salt, nonce = os.urandom(16), os.urandom(12)
    body = AESGCM(_key(code, salt)).encrypt(nonce, json.dumps(data).encode("utf-8"), MAGIC)
    with written_atomically(path) as tmp:
        tmp.write_bytes(MAGIC + salt + nonce + body)


def unseal(path: Path, code: str) -> dict[str, Any]:
    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise FieldVisitError(
            translate("Enrol", "The enrolment file cannot be read: %1").replace("%1", str(exc))
        ) from exc
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + 28 + 16:
        raise FieldVisitError(translate("Enrol", "This is not a fieldvisit enrolment file."))
    salt, nonce, body = blob[8:24], blob[24:36], blob[36:]
    try:
        plain = AESGCM(_key(code, salt)).decrypt(nonce, body, MAGIC)
    except InvalidTag:
        raise FieldVisitError(
            translate(
                "Enrol", "The code does not match this enrolment file (or the file is damaged)."
            )
        ) from None
    return dict(json.loads(plain))


# ---------------------------------------------------------------- credentials


ENROLLED = "enrolled_device_id"  # the login's own device id; see sync/incarnation.py


def _keyring_name(replica: Replica) -> str:
    """Named after the enrolled device, which a new incarnation of it does not change."""
    return f"hub:{replica.settings.get(ENROLLED) or replica.device_id}"


def store_password(replica: Replica, password: str) -> None:
    """Keyring first; the encrypted replica where no keyring works."""
    if store_secrets.keyring_usable():
        import keyring

        keyring.set_password(store_secrets.SERVICE, _keyring_name(replica), password)
        replica.set_setting("hub_password_in", "keyring")
        if "hub_password" in replica.settings:
            replica.set_setting("hub_password", None)
    else:
        replica.set_setting("hub_password", password)
        replica.set_setting("hub_password_in", "replica")


def load_password(replica: Replica) -> str:
    if replica.settings.get("hub_password_in") == "keyring":
        import keyring

        try:
            pw = keyring.get_password(store_secrets.SERVICE, _keyring_name(replica))
        except Exception as exc:
            raise FieldVisitError(
                translate("Enrol", "The system keyring could not be read: %1").replace(
                    "%1", str(exc)
                )
            ) from exc
        if pw:
            return str(pw)
        raise FieldVisitError(
            translate("Enrol", "The hub password is not in the keyring; enrol this laptop again.")
        )
    pw = replica.settings.get("hub_password")
    if not pw:
        raise FieldVisitError(translate("Enrol", "This laptop has no hub credentials; enrol it."))
    return str(pw)


def is_enrolled(replica: Replica) -> bool:
    return bool(replica.settings.get("hub_conninfo") or replica.settings.get("bundle_key"))


def apply_enrolment(replica: Replica, data: dict[str, Any]) -> None:
    """Store everything the enrolment brings in the (encrypted) replica's settings."""
    with replica.reader() as s:  # read afresh: a key made at a first print is not in the cache
        held = s.get(Setting, SIGNING_SETTING)
    if replica.device_id == data["device_id"]:
        # An incarnation keeps its own key; the file holds the original device's.
        retired = retire_key(
            str(held.value) if held is not None and held.value else None,
            data["signing_key"],
            replica.settings.get(RETIRED_SETTING),
        )
        if retired:  # receipts this replica signed before enrolment keep verifying
            replica.set_setting(RETIRED_SETTING, retired)
        replica.set_setting(SIGNING_SETTING, data["signing_key"])
    for key in ("org_id", "org_name", "bundle_key"):
        replica.set_setting(key, data[key])
    if data.get("receipt_key"):  # office devices only: checks old-scheme receipts
        replica.set_setting("receipt_key", data["receipt_key"])
    replica.set_setting(ENROLLED, data["device_id"])
    replica.set_setting("hub_conninfo", data["conninfo"])
    replica.set_setting("device_keys", data.get("devices", {}))
    store_password(replica, data["password"])


def enrol_from_file(base: Path, file: Path, code: str, passphrase: str | None = None) -> Replica:
    """Open the sealed file and create (or re-key, or join) this laptop's replica for it.

    An existing replica made alone (never enrolled) joins the hub keeping its data:
    see :func:`join_hub`."""
    data = unseal(file, code)
    if Replica.exists(base):
        replica = Replica.open(base, passphrase=passphrase)
        try:
            _enrol_existing(replica, data)
        except Exception:
            replica.close()
            raise
        return replica
    return create_enrolled(base, data, passphrase)


def create_enrolled(base: Path, data: dict[str, Any], passphrase: str | None = None) -> Replica:
    """A new replica in ``base`` for the device an enrolment's content names."""
    replica = Replica.create(
        base,
        device=data["device_name"],
        team=data["team_name"],
        organisation=data["org_name"],
        role=data["role"],
        passphrase=passphrase,
        device_id=data["device_id"],
        team_id=data["team_id"],
    )
    try:
        apply_enrolment(replica, data)
    except Exception:
        replica.close()
        raise
    return replica


def join_hub(replica: Replica, file: Path, code: str) -> None:
    """Enrol the open replica from a sealed file, keeping everything it holds.

    A replica made alone has its changes re-issued under the enrolled device
    (:func:`fieldvisit.sync.adopt.restamp`), so the first sync sends them and
    every other laptop receives them. The GUI's "join a hub" calls this.
    """
    _enrol_existing(replica, unseal(file, code))


def _enrol_existing(replica: Replica, data: dict[str, Any]) -> None:
    """Re-key this device's replica, or let a replica made alone join the hub."""
    theirs = replica.settings.get("org_id")
    if theirs and theirs != data["org_id"]:
        # Its log, pull cursor and receipt series belong to the other organisation's
        # hub: mixing them in would pull part of the new log and never the rest.
        name = str(replica.settings.get("org_name") or replica.settings.get("organisation"))
        raise FieldVisitError(
            translate(
                "Enrol",
                "This replica belongs to another organisation's hub (%1); this enrolment "
                "file is for %2. Enrol into an empty folder instead: a replica never moves "
                "between hubs.",
            )
            .replace("%1", name)
            .replace("%2", str(data["org_name"]))
        )
    if data["device_id"] not in (replica.device_id, replica.settings.get(ENROLLED)):
        if is_enrolled(replica):
            raise FieldVisitError(
                translate(
                    "Enrol",
                    "A replica for another device already exists in %1. Enrol into an empty "
                    "folder, or ask the administrator to enrol this device's id (%2).",
                )
                .replace("%1", str(replica.base))
                .replace("%2", replica.device_id)
            )
        from fieldvisit.sync.adopt import restamp

        restamp(replica, data)
    apply_enrolment(replica, data)
