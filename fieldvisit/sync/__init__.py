"""Sync: the PostgreSQL hub, enrolment, push/pull, USB bundles and conflict handling.

Everything here moves or inspects :class:`fieldvisit.store.merge.Op` values; the
one merge function (``merge.apply``) folds them on every replica, so the hub is
an append-only log of operations, not a second copy of the business tables.
"""
