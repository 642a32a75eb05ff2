"""The replica's encryption key: a random key in the OS keyring, or a passphrase.

Nothing secret is ever written to disk by us. Where no secure keyring backend
works (a headless Linux box, CI, or only a plaintext backend such as
keyrings.alt), the user gives a passphrase; unattended CLI use reads it from
FIELDVISIT_PASSPHRASE.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from typing import Any

from fieldvisit.errors import ReplicaError
from fieldvisit.i18n import translate

SERVICE = "fieldvisit"
PASSPHRASE_ENV = "FIELDVISIT_PASSPHRASE"


#: Keyring backends that keep secrets in a plain (or merely obfuscated) file, or nowhere:
#: a replica key or hub password stored there is as good as written to disk.
INSECURE_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


def _insecure(backend: Any) -> bool:
    """True for a backend that would not keep a secret safe (see INSECURE_MODULES)."""
    module = type(backend).__module__ or ""
    if any(module == m or module.startswith(m + ".") for m in INSECURE_MODULES):
        return True
    try:
        return float(backend.priority) < 1
    except Exception:
        return True


def keyring_problem() -> str | None:
    """Why the system keyring may not hold our secrets here, or None when it may.

    Refused: no keyring, one that does not answer, and plaintext or "insecure"
    backends (keyrings.alt's files, priority below 1); then the passphrase is used."""
    if os.environ.get("FIELDVISIT_NO_KEYRING"):
        return translate("Secrets", "The system keyring is switched off (FIELDVISIT_NO_KEYRING).")
    try:
        import keyring
        from keyring.backends import chainer

        backend = keyring.get_keyring()
        writer = backend
        if isinstance(backend, chainer.ChainerBackend):
            chain = list(backend.backends)
            if not chain:
                return translate("Secrets", "No system keyring is installed.")
            writer = chain[0]  # a chain stores in its first backend
        if _insecure(writer):
            return translate(
                "Secrets",
                "The keyring backend %1 keeps secrets in a plain or weakly protected file, "
                "so fieldvisit does not use it.",
            ).replace("%1", type(writer).__name__)
        backend.get_password(SERVICE, "probe")
    except Exception as exc:
        return translate("Secrets", "The system keyring does not answer: %1").replace(
            "%1", str(exc) or type(exc).__name__
        )
    return None


def keyring_usable() -> bool:
    """True when a secure keyring backend answers (see :func:`keyring_problem`)."""
    return keyring_problem() is None


def new_raw_key() -> str:
    """256 random bits as hex, used as a raw SQLCipher key (no slow KDF at open)."""
    return secrets.token_hex(32)


def store_key(replica_id: str, key: str) -> None:
    import keyring

    keyring.set_password(SERVICE, f"replica:{replica_id}", key)


def load_key(replica_id: str) -> str:
    import keyring

    try:
        key = keyring.get_password(SERVICE, f"replica:{replica_id}")
    except Exception as exc:  # backend vanished (locked session, removed package)
        raise ReplicaError(
            translate("Secrets", "The system keyring could not be read: %1").replace("%1", str(exc))
        ) from exc
    if not key:
        raise ReplicaError(
            translate(
                "Secrets",
                "The key for this replica is not in the system keyring. "
                "Restore it from a backup or enrol the laptop again.",
            )
        )
    return key


def delete_key(replica_id: str) -> None:
    import keyring

    with contextlib.suppress(Exception):
        keyring.delete_password(SERVICE, f"replica:{replica_id}")


def passphrase_from_env() -> str | None:
    value = os.environ.get(PASSPHRASE_ENV)
    return value if value else None
