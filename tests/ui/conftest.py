"""GUI test set-up: a context on a fresh replica, with a synchronous runner.

The synchronous runner (Picard's habit) runs each operation inline, so GUI
logic is tested without races; tests of the runner itself use the threaded one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import fieldvisit.ui  # noqa: F401  (applies the PySide6 reference-count guard)
from fieldvisit import i18n
from fieldvisit.store.replica import Replica
from fieldvisit.ui.context import AppContext


@pytest.fixture
def make_ctx(qapp: object, tmp_path: Path) -> Iterator[Callable[..., AppContext]]:
    made: list[AppContext] = []

    def factory(replica: Replica | None = None, *, synchronous: bool = True) -> AppContext:
        base = replica.base if replica is not None else tmp_path / f"ctx{len(made)}"
        ctx = AppContext(base, replica, synchronous=synchronous)
        made.append(ctx)
        return ctx

    yield factory
    for ctx in made:
        ctx.runner.shutdown()
    i18n.install("en")


@pytest.fixture
def ctx(make_ctx: Callable[..., AppContext], replica: Replica) -> AppContext:
    return make_ctx(replica)


@pytest.fixture
def demo_replica(replica: Replica) -> Replica:
    """A replica with a few dozen invented households, visits, payments and needs."""
    from fieldvisit import demo

    demo.generate(replica, 60, seed=7)
    return replica


@pytest.fixture(scope="session")
def compiled_translations() -> None:
    """The .qm files the language switch loads (built from translations/*.ts)."""
    from fieldvisit.tools import translations

    translations.release()
