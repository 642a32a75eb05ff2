"""The Linux menu entry and the tarball's install script."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING, ROOT

DESKTOP = PACKAGING / "linux" / "fieldvisit.desktop"
INSTALL = PACKAGING / "linux" / "install.sh"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_has_what_menus_need() -> None:
    entry = _entry(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "fieldvisit"
    assert entry["Name[zh_CN]"] and entry["Name[zh_TW]"]
    assert entry["Name[zh_CN]"] != entry["Name[zh_TW]"]
    assert entry["Comment[zh_CN]"] and entry["Comment[zh_TW]"]
    assert entry["Exec"] == "fieldvisit gui"
    assert entry["Icon"] == "fieldvisit"
    assert entry["Categories"] == "Office;"
    assert entry["Terminal"] == "false"


@pytest.mark.skipif(
    not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed"
)
def test_desktop_file_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def _fake_unpacked_tarball(base: Path, version: str) -> Path:
    """The tarball's layout, with a stand-in program that reports its version."""
    top = base / f"fieldvisit-{version}-linux-x86_64"
    (top / "_internal").mkdir(parents=True)
    program = top / "fieldvisit"
    program.write_text(f"#!/bin/sh\necho fieldvisit {version}\n")
    program.chmod(0o755)
    (top / "VERSION").write_text(version + "\n")
    shutil.copy(INSTALL, top / "install.sh")
    (top / "share" / "applications").mkdir(parents=True)
    shutil.copy(DESKTOP, top / "share" / "applications" / "fieldvisit.desktop")
    for size in SIZES:
        icons = top / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        icons.mkdir(parents=True)
        shutil.copy(
            ROOT / "resources" / "icons" / f"fieldvisit-{size}.png", icons / "fieldvisit.png"
        )
    scalable = top / "share" / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "fieldvisit.svg", scalable / "fieldvisit.svg")
    return top


def _run(script: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    env.pop("XDG_DATA_HOME", None)
    return subprocess.run(["sh", str(script), *args], capture_output=True, text=True, env=env)


def test_user_install_upgrade_and_uninstall_keep_the_data(tmp_path: Path) -> None:
    home = tmp_path / "home"
    data = home / ".local" / "share" / "fieldvisit"  # platformdirs' user data folder
    data.mkdir(parents=True)
    (data / "replica.db").write_bytes(b"encrypted replica")

    old = _fake_unpacked_tarball(tmp_path / "old", "1.0.0")
    result = _run(old / "install.sh", home=home)
    assert result.returncode == 0, result.stderr
    program = home / ".local" / "bin" / "fieldvisit"
    assert program.is_symlink()
    assert (
        subprocess.run([program], capture_output=True, text=True).stdout.strip()
        == "fieldvisit 1.0.0"
    )
    app = home / ".local" / "lib" / "fieldvisit"
    desktop = home / ".local" / "share" / "applications" / "fieldvisit.desktop"
    assert _entry(desktop)["Exec"] == f"{app}/fieldvisit gui"
    assert (home / ".local/share/icons/hicolor/48x48/apps/fieldvisit.png").is_file()
    (app / "_internal" / "left-over-from-1.0.so").write_text("old")

    new = _fake_unpacked_tarball(tmp_path / "new", "1.1.0")
    result = _run(new / "install.sh", home=home)
    assert result.returncode == 0, result.stderr
    assert (
        subprocess.run([program], capture_output=True, text=True).stdout.strip()
        == "fieldvisit 1.1.0"
    )
    assert not (app / "_internal" / "left-over-from-1.0.so").exists()
    assert not Path(f"{app}.old").exists() and not Path(f"{app}.new").exists()

    result = _run(new / "install.sh", "--uninstall", home=home)
    assert result.returncode == 0, result.stderr
    assert not app.exists() and not program.exists() and not desktop.exists()
    assert (data / "replica.db").read_bytes() == b"encrypted replica"


def test_prefix_install_and_bad_option(tmp_path: Path) -> None:
    top = _fake_unpacked_tarball(tmp_path, "2.0.0")
    result = _run(top / "install.sh", "--prefix", str(tmp_path / "opt"), home=tmp_path / "h")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "opt" / "bin" / "fieldvisit").is_symlink()
    assert not (tmp_path / "h").exists()
    result = _run(top / "install.sh", "--frobnicate", home=tmp_path / "h")
    assert result.returncode == 2 and "unknown option" in result.stderr


def test_shell_scripts_parse_and_are_executable() -> None:
    for script in (INSTALL, PACKAGING / "linux" / "AppRun"):
        assert script.stat().st_mode & stat.S_IXUSR, script
        subprocess.run(["sh", "-n", str(script)], check=True)
    subprocess.run(["bash", "-n", str(PACKAGING / "smoke.sh")], check=True)
