"""Shared test set-up.

- Qt runs on the offscreen platform, set before the session's one QApplication exists.
- Replicas are unlocked with a passphrase from the environment (no keyring on CI).
- PostgreSQL comes from FIELDVISIT_TEST_PG_URL (default: the local server). Where
  none answers, PostgreSQL tests skip with the reason; with FIELDVISIT_REQUIRE_PG=1
  (set by .ci/run) they fail instead, so CI cannot go green by skipping.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["FIELDVISIT_PASSPHRASE"] = "test-passphrase"
os.environ["FIELDVISIT_NO_KEYRING"] = "1"
os.environ.setdefault("FIELDVISIT_LANG", "en")

import pytest
from PySide6.QtWidgets import QApplication

from fieldvisit.store.hlc import Clock
from fieldvisit.store.replica import Replica

# One QApplication for the whole session, made before any test runs: CLI tests
# call i18n.install(), which would otherwise create a bare QCoreApplication, and
# widgets created later in the same worker would abort the interpreter.
_APP = QApplication.instance() or QApplication([])


def _english_as_the_app_runs() -> None:
    """The CLI and GUI always install a language; English brings its plural forms
    ("1 campaign"), so tests see it whatever ran before them."""
    from fieldvisit import i18n
    from fieldvisit.tools import translations

    if not any(translations.OUT.glob("*_en.qm")):
        translations.release()
    i18n.install("en")


_english_as_the_app_runs()

PG_URL = os.environ.get("FIELDVISIT_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture
def make_replica(tmp_path: Path) -> Iterator[Callable[..., Replica]]:
    """Factory: make_replica("HZ01", team="一组", wall=lambda: ms) -> an open Replica."""
    made: list[Replica] = []

    def factory(
        device: str = "HZ01",
        *,
        team: str = "第一走访组",
        role: str = "field",
        wall: Callable[[], int] | None = None,
    ) -> Replica:
        base = tmp_path / f"replica-{device}-{uuid.uuid4().hex[:6]}"
        r = Replica.create(base, device=device, team=team, organisation="测试区总工会", role=role)
        if wall is not None:
            r.writer.clock = Clock(wall=wall)
        made.append(r)
        return r

    yield factory
    for r in made:
        r.close()


@pytest.fixture
def replica(make_replica: Callable[..., Replica]) -> Replica:
    return make_replica()


def _pg_admin_url() -> str:
    return PG_URL


@pytest.fixture(scope="session")
def pg_available() -> str:
    """The admin URL of a reachable PostgreSQL, or skip/fail as the policy says."""
    import psycopg

    try:
        with psycopg.connect(_pg_admin_url(), connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except Exception as exc:  # pragma: no cover - depends on the machine
        reason = f"PostgreSQL not reachable at {PG_URL}: {exc}"
        if os.environ.get("FIELDVISIT_REQUIRE_PG") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return _pg_admin_url()


@pytest.fixture
def pg_database(pg_available: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test; dropped afterwards."""
    import psycopg
    from psycopg import sql

    name = f"fv_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_available, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = pg_available.rsplit("/", 1)[0] + "/" + name
    try:
        yield url
    finally:
        with psycopg.connect(pg_available, autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,)
            )
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
