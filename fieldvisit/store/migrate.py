"""Schema upgrades for the replica (Alembic), and refusal of newer databases.

Revisions are numbered "0001", "0002", ... and the number is mirrored in
``PRAGMA user_version`` so that opening an up-to-date replica costs one pragma
instead of loading Alembic.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from fieldvisit.errors import ReplicaError
from fieldvisit.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config(connection: Connection | None = None) -> Config:
    # Alembic is imported only when a schema must change (0.4 s at every start otherwise).
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_serial() -> int:
    """The schema number this version of the program writes."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    return int(head or 0)


LATEST = 26  # keep equal to the newest revision; a test checks it


def schema_serial(conn: Connection) -> int:
    return int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision; refuse one written by a newer program."""
    with engine.connect() as conn:
        current = schema_serial(conn)
    if current == LATEST:
        return
    if current > LATEST:
        raise ReplicaError(
            translate(
                "Migrate",
                "This replica was written by a newer version of fieldvisit (schema %1, "
                "this program knows %2). Install the newer version to open it.",
            )
            .replace("%1", str(current))
            .replace("%2", str(LATEST))
        )
    with engine.begin() as conn:
        from alembic import command

        command.upgrade(_config(conn), "head")
        conn.exec_driver_sql(f"PRAGMA user_version = {LATEST}")


def ensure_alembic_table_matches(engine: Engine) -> str | None:
    with engine.connect() as conn:
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None
