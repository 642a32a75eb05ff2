"""Creating and upgrading the hub schema (its own Alembic environment).

The hub keeps its Alembic version in ``fieldvisit_hub_version``: that table is
how ``hub init`` recognises a database it owns. A database with other tables
and no such table is not ours and is left alone.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate

VERSION_TABLE = "fieldvisit_hub_version"
MIGRATIONS = Path(__file__).resolve().parent / "hub_migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head() -> str:
    return str(ScriptDirectory.from_config(_config()).get_current_head())


def current(conn: psycopg.Connection) -> str | None:
    """The hub schema revision, or None when the database has no hub schema."""
    exists = conn.execute("SELECT to_regclass(%s) IS NOT NULL", (f"public.{VERSION_TABLE}",))
    row = exists.fetchone()
    if not row or not row[0]:
        return None
    got = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
    return str(got[0]) if got else None


def foreign_tables(conn: psycopg.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
    ).fetchall()
    return [r[0] for r in rows]


def upgrade(url: str) -> tuple[str | None, str]:
    """Create or upgrade the schema; returns (revision before, revision after)."""
    with psycopg.connect(url, autocommit=True) as conn:
        before = current(conn)
        if before is None and foreign_tables(conn):
            raise FieldVisitError(
                translate(
                    "Hub",
                    "This database already holds tables that are not a fieldvisit hub (%1). "
                    "Use an empty database for the hub.",
                ).replace("%1", ", ".join(foreign_tables(conn)[:5]))
            )
        known = {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}
        if before is not None and before not in known:
            raise FieldVisitError(
                translate(
                    "Hub",
                    "This hub was set up by a newer version of fieldvisit (schema %1). "
                    "Install the newer version to manage it.",
                ).replace("%1", before)
            )
    engine = create_engine(sqla_url(url), poolclass=NullPool)
    try:
        with engine.begin() as conn:
            cfg = _config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()
    return before, head()


def sqla_url(url: str) -> str:
    """A libpq URL as SQLAlchemy wants it (psycopg 3 driver)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url
