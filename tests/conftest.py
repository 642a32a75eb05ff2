"""Shared test set-up.

- Qt runs on the offscreen platform, set before the session's one QApplication exists.
- Replicas are unlocked with a passphrase from the environment (no keyring on CI).
- PostgreSQL comes from FIELDVISIT_TEST_PG_URL (default: the local server). Where
  none answers, PostgreSQL tests skip with the reason; with FIELDVISIT_REQUIRE_PG=1
  (set by .ci/run) they fail instead, so CI cannot go green by skipping.
- Hub roles are cluster-wide and outlive a dropped database: under FIELDVISIT_REQUIRE_PG=1
  a run that leaves a device or group role behind fails (:func:`pytest_sessionfinish`).
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


#: The roles a hub makes (``sync.hub``): ``fvg_…`` for its organisation, ``fvd_…`` a device.
_HUB_ROLES = "SELECT rolname FROM pg_roles WHERE rolname ~ '^fv[dg]_'"


def _hub_roles() -> set[str] | None:
    import psycopg

    try:
        with psycopg.connect(_pg_admin_url(), connect_timeout=3) as conn:
            return {str(r[0]) for r in conn.execute(_HUB_ROLES)}
    except psycopg.Error:
        return None


def _guards_roles(config: pytest.Config) -> bool:
    """In CI only, where nothing else makes hubs meanwhile; once, in the process that
    runs the session (not in each xdist worker)."""
    return os.environ.get("FIELDVISIT_REQUIRE_PG") == "1" and not hasattr(config, "workerinput")


_ROLES_BEFORE = pytest.StashKey[set[str]]()


def pytest_sessionstart(session: pytest.Session) -> None:
    if _guards_roles(session.config) and (roles := _hub_roles()) is not None:
        session.config.stash[_ROLES_BEFORE] = roles


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A test that drops its hub database but not the hub's roles leaves them in the
    cluster for good; fail the run and name them."""
    before = session.config.stash.get(_ROLES_BEFORE, None)
    if before is None:
        return
    left = sorted((_hub_roles() or set()) - before)
    if left:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        message = f"hub roles left in the cluster by this run: {', '.join(left)}"
        if reporter is not None:
            reporter.ensure_newline()
            reporter.write_sep("=", message, red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


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
    """A fresh, empty PostgreSQL database for one test; dropped afterwards, with the
    roles of a hub made in it (they belong to the cluster, not the database)."""
    import psycopg
    from psycopg import sql

    from fieldvisit.sync import hub

    name = f"fv_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_available, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = pg_available.rsplit("/", 1)[0] + "/" + name
    try:
        yield url
    finally:
        with psycopg.connect(pg_available, autocommit=True) as conn:
            present = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (name,)
            ).fetchone()
        if present:  # (``hub remove`` may have dropped it already)
            hub.drop_roles(url)
        with psycopg.connect(pg_available, autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,)
            )
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
