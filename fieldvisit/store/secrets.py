"""The replica's encryption key: a random key in the OS keyring, or a passphrase.

Nothing secret is ever written to disk by us. Where no keyring backend works
(a headless Linux box, CI), the user gives a passphrase; unattended CLI use reads
it from FIELDVISIT_PASSPHRASE.
"""

from __future__ import annotations

import contextlib
import os
import secrets

from fieldvisit.errors import ReplicaError
from fieldvisit.i18n import translate

SERVICE = "fieldvisit"
PASSPHRASE_ENV = "FIELDVISIT_PASSPHRASE"


def keyring_usable() -> bool:
    """True when a real keyring backend answers (not the fail backend, not a dead D-Bus)."""
    if os.environ.get("FIELDVISIT_NO_KEYRING"):
        return False
    try:
        import keyring
        from keyring.backends import chainer, fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return False
        if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
            return False
        backend.get_password(SERVICE, "probe")
        return True
    except Exception:
        return False


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
