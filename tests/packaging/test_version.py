"""The version lives in fieldvisit/__init__.py only; everything else reads it from there."""

from __future__ import annotations

import re
import subprocess
from types import ModuleType

import pytest

import fieldvisit
from fieldvisit.cli import main
from tests.packaging.conftest import ROOT


def test_version_script_reads_the_package_version(version_script: ModuleType) -> None:
    assert version_script.version() == fieldvisit.__version__


@pytest.mark.parametrize(
    ("version", "windows"),
    [
        ("0.1.0", "0.1.0.0"),
        ("1.2", "1.2.0.0"),
        ("2.0.1rc3", "2.0.1.0"),
        ("3.4.5+local.7", "3.4.5.0"),
    ],
)
def test_windows_file_version_is_four_numbers(
    version_script: ModuleType, version: str, windows: str
) -> None:
    assert version_script.windows_version(version) == windows


def test_cli_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"fieldvisit {fieldvisit.__version__}"


def test_no_other_tracked_file_spells_the_version() -> None:
    """Packaging files must ask packaging/version.py, never repeat the number."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    files = subprocess.run(
        ["git", "ls-files", "packaging", "docs", "pyproject.toml", ".ci"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    spelled = re.compile(rf"(?<![\d.]){re.escape(fieldvisit.__version__)}(?![\d])")
    offenders = [
        f
        for f in files
        if (ROOT / f).is_file()
        and not f.endswith((".png", ".ico"))
        and spelled.search((ROOT / f).read_text(encoding="utf-8", errors="replace"))
    ]
    assert offenders == []


def test_pyproject_takes_its_version_from_the_package() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in text
    assert 'version = { attr = "fieldvisit.__version__" }' in text
