"""An encrypted backup copy of the replica, verified before it is reported done.

SQLCipher's ``sqlcipher_export`` copies the open, unlocked database into an
attached one; attached without a KEY clause, the copy takes the main
database's key, so the backup is encrypted exactly like the original and opens
with the same keyring key or passphrase. Nothing is ever written in plaintext.
The side file (``replica.json``: which replica, how it is unlocked) is copied
too, so the folder can be opened like the original.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fieldvisit import paths, private_files
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.store.replica import Replica

PLAINTEXT_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class BackupResult:
    folder: Path
    size: int
    operations: int


def backup(replica: Replica, target_dir: Path, *, now: datetime | None = None) -> BackupResult:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder = target_dir / f"fieldvisit-backup-{stamp}"
    if folder.exists():
        raise FieldVisitError(
            translate("Backup", "The backup folder %1 already exists.").replace("%1", str(folder))
        )
    try:
        folder.mkdir(parents=True)
        private_files.secure_folder(folder)
    except OSError as exc:
        raise FieldVisitError(
            translate("Backup", "Cannot write to %1: %2")
            .replace("%1", str(target_dir))
            .replace("%2", exc.strerror or "")
        ) from exc
    db = paths.replica_db(folder)
    private_files.create_private(db)
    raw = replica.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("ATTACH DATABASE ? AS backup", (str(db),))
        try:
            cur.execute("SELECT sqlcipher_export('backup')")
            ops = cur.execute("SELECT count(*) FROM main.operation").fetchone()[0]
            copied = cur.execute("SELECT count(*) FROM backup.operation").fetchone()[0]
        finally:
            cur.execute("DETACH DATABASE backup")
    finally:
        raw.close()
    if copied != ops:
        raise FieldVisitError(translate("Backup", "The backup copy is incomplete; try again."))
    with db.open("rb") as fh:
        if fh.read(16) == PLAINTEXT_HEADER:
            db.unlink()
            raise FieldVisitError(
                translate("Backup", "The backup would not be encrypted; it was removed.")
            )
    shutil.copyfile(paths.replica_info(replica.base), paths.replica_info(folder))
    for f in private_files.replica_files(folder):
        private_files.secure_file(f)
    return BackupResult(folder, db.stat().st_size, int(ops))


def verify(replica: Replica, folder: Path) -> int:
    """Open the backup with the replica's own key and count its operations."""
    raw = replica.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("ATTACH DATABASE ? AS chk", (str(paths.replica_db(folder)),))
        try:
            return int(cur.execute("SELECT count(*) FROM chk.operation").fetchone()[0])
        finally:
            cur.execute("DETACH DATABASE chk")
    finally:
        raw.close()
