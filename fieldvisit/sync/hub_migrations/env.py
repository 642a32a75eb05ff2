"""Alembic environment for the hub schema; always given a live connection."""

from __future__ import annotations

from alembic import context

from fieldvisit.sync.hubschema import VERSION_TABLE

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, version_table=VERSION_TABLE)
with context.begin_transaction():
    context.run_migrations()
