"""Files that hold personal data stay the user's own: private modes, private temp folder.

The data folder is 0700 and its files (replica, write-ahead log, side file,
backups) 0600. Temporary files holding personal data (a receipt preview, a
rendered page being read for its QR code) are made in ``<data folder>/tmp``,
never in the system's shared temp folder, and whatever a crashed run left there
is removed the next time a replica is opened (app start, every CLI command).

Each process works in a folder of its own inside ``tmp`` that it holds a lock
file in, so a second process (the CLI while the GUI runs) never removes a
preview the first one still shows. On Windows the modes are not POSIX modes;
the data folder lives in the user's own profile there.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from fieldvisit import paths

TMP_NAME = "tmp"
LOCK_NAME = ".inuse"
FOLDER_MODE = 0o700
FILE_MODE = 0o600

_current: dict[str, Path] = {}  # "base": the data folder of the replica opened last
_own: dict[Path, tuple[Path, IO[bytes]]] = {}  # data folder -> this process's folder, its lock


def secure_folder(path: Path) -> Path:
    """Create ``path`` (and parents) and make it 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    with contextlib.suppress(OSError):
        os.chmod(path, FOLDER_MODE)
    return path


def secure_file(path: Path) -> None:
    """Make an existing file 0600 (a missing one, or a disk without modes, is fine)."""
    with contextlib.suppress(OSError):
        os.chmod(path, FILE_MODE)


def create_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist (SQLite then keeps the mode)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE))


def replica_files(base: Path) -> list[Path]:
    db = paths.replica_db(base)
    return [
        db,
        db.with_name(db.name + "-wal"),
        db.with_name(db.name + "-shm"),
        db.with_name(db.name + "-journal"),
        paths.replica_info(base),
    ]


def protect(base: Path) -> None:
    """The data folder 0700 and the replica's files 0600 (older installs made them 0644)."""
    secure_folder(base)
    for f in replica_files(base):
        secure_file(f)


def tmp_root(base: Path) -> Path:
    return base / TMP_NAME


def _held(folder: Path) -> bool:
    """True when a live process holds ``folder``'s lock file."""
    lock = folder / LOCK_NAME
    if not lock.exists():
        return False
    if sys.platform == "win32":  # an open file cannot be removed there
        try:
            lock.unlink()
        except PermissionError:
            return True
        return False
    import fcntl

    try:
        with lock.open("rb") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    return False


def clear_stale(base: Path) -> int:
    """Remove what earlier runs left in the private temp folder; returns entries removed."""
    root = secure_folder(tmp_root(base))
    mine = _own.get(base)
    removed = 0
    for entry in root.iterdir():
        if mine is not None and entry == mine[0]:
            continue
        if entry.is_dir() and not entry.is_symlink():
            if _held(entry):
                continue
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                entry.unlink()
        removed += 1
    return removed


def open_data_folder(base: Path) -> None:
    """Called when a replica is opened or created: modes, leftovers, and where temp files go."""
    protect(base)
    clear_stale(base)
    _current["base"] = base


def _own_folder(base: Path | None) -> Path | None:
    """This process's locked folder inside ``base``'s private temp folder."""
    base = base or _current.get("base")
    if base is None:
        return None
    mine = _own.get(base)
    if mine is not None and mine[0].is_dir():
        return mine[0]
    root = secure_folder(tmp_root(base))
    own = Path(tempfile.mkdtemp(prefix="run-", dir=root))  # mkdtemp makes it 0700
    fh = (own / LOCK_NAME).open("wb")
    if sys.platform != "win32":
        import fcntl

        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    if not _own:
        atexit.register(_release_all)
    _own[base] = (own, fh)
    return own


def _release_all() -> None:
    """At a normal exit: this process's folders go (a crash leaves them to the next start)."""
    for own, fh in list(_own.values()):
        with contextlib.suppress(OSError):
            fh.close()
        shutil.rmtree(own, ignore_errors=True)
    _own.clear()


def tmpdir(prefix: str = "fv-", base: Path | None = None) -> Path:
    """A new 0700 folder for temporary files holding personal data; the caller removes it.

    Inside the private temp folder of ``base`` (default: the data folder of the
    replica this process opened last); the system's temp folder only when no
    replica was opened (nothing personal to hide then)."""
    return Path(tempfile.mkdtemp(prefix=prefix, dir=_own_folder(base)))


@contextlib.contextmanager
def temporary_folder(prefix: str = "fv-", base: Path | None = None) -> Iterator[Path]:
    """:func:`tmpdir` as a context manager: removed when the block ends."""
    folder = tmpdir(prefix, base)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
