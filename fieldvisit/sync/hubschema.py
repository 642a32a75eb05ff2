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
    """Tables in any schema of the database but the system's (a hub has only its own)."""
    rows = conn.execute(
        "SELECT CASE WHEN schemaname = 'public' THEN tablename"
        " ELSE schemaname || '.' || tablename END FROM pg_tables"
        " WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"
    ).fetchall()
    return [r[0] for r in rows]


# Databases every cluster has; a hub never lives in them.
SYSTEM_DATABASES = frozenset({"postgres", "template0", "template1"})


def not_owned_tables(conn: psycopg.Connection) -> list[str]:
    """Tables in any schema of this database that the connecting role does not own."""
    rows = conn.execute(
        "SELECT schemaname || '.' || tablename FROM pg_tables"
        " WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
        " AND tableowner <> current_user ORDER BY 1"
    ).fetchall()
    return [r[0] for r in rows]


def refuse_unsuitable(conn: psycopg.Connection) -> None:
    """``hub init`` leaves the cluster's own databases and other people's tables alone."""
    if conn.info.dbname in SYSTEM_DATABASES:
        raise FieldVisitError(
            translate(
                "Hub",
                "%1 is one of PostgreSQL's own databases; the hub needs a database of its "
                "own. Create one (for example: createdb fieldvisit_hub) and use its URL.",
            ).replace("%1", conn.info.dbname)
        )
    others = not_owned_tables(conn)
    if others:
        raise FieldVisitError(
            translate(
                "Hub",
                "This database holds tables that belong to another role (%1). Use an empty "
                "database that the hub administrator owns.",
            ).replace("%1", ", ".join(others[:5]))
        )


def upgrade(url: str) -> tuple[str | None, str]:
    """Create or upgrade the schema; returns (revision before, revision after)."""
    with psycopg.connect(url, autocommit=True) as conn:
        refuse_unsuitable(conn)
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
