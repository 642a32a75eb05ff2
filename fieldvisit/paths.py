"""Where the replica and its side files live on this machine."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "fieldvisit"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then FIELDVISIT_DATA_DIR, then the platform's user data folder."""
    chosen = override or os.environ.get("FIELDVISIT_DATA_DIR")
    if chosen:
        return Path(chosen).expanduser().resolve()
    return Path(user_data_dir(APP_NAME, appauthor=False))


def replica_db(base: Path) -> Path:
    return base / "replica.db"


def replica_info(base: Path) -> Path:
    """Non-secret facts about the replica (how it is unlocked, its id)."""
    return base / "replica.json"
