"""Alembic environment for the replica schema; always given a live connection."""

from __future__ import annotations

from alembic import context

from fieldvisit.store import models  # noqa: F401  (registers the tables)
from fieldvisit.store.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
