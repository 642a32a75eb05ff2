"""Load the packaging scripts (packaging/ is not a Python package, on purpose: the name would
shadow the ``packaging`` library) as modules for the tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"fv_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def bundle_files() -> ModuleType:
    return load("bundle_files")


@pytest.fixture(scope="session")
def version_script() -> ModuleType:
    return load("version")


@pytest.fixture(scope="session")
def make_icons() -> ModuleType:
    return load("make_icons")
