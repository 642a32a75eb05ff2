"""Static checks of the Inno Setup script (it cannot be compiled on Linux)."""

from __future__ import annotations

import re

from tests.packaging.conftest import PACKAGING

ISS = (PACKAGING / "windows" / "fieldvisit.iss").read_text(encoding="utf-8-sig")


def _section(name: str) -> str:
    match = re.search(rf"^\[{name}\]\s*$(.*?)(?=^\[|\Z)", ISS, re.M | re.S)
    return match.group(1) if match else ""


def _directives() -> dict[str, str]:
    lines = [ln.strip() for ln in _section("Setup").splitlines()]
    return dict(ln.split("=", 1) for ln in lines if "=" in ln and not ln.startswith(";"))


def test_app_id_is_a_fixed_guid_so_upgrades_find_the_install() -> None:
    app_id = _directives()["AppId"]
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", app_id), app_id


def test_version_comes_from_the_command_line_only() -> None:
    setup = _directives()
    assert setup["AppVersion"] == "{#MyAppVersion}"
    assert re.search(r"#ifndef MyAppVersion\s*\n\s*#error", ISS)


def test_install_goes_to_program_files_never_to_the_data_folder() -> None:
    setup = _directives()
    assert setup["DefaultDirName"] == r"{autopf}\{#MyAppName}"
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["PrivilegesRequiredOverridesAllowed"] == "dialog"


def test_uninstall_leaves_the_users_data_alone() -> None:
    sections = re.findall(r"^\[(\w+)\]\s*$", ISS, re.M)
    assert "UninstallDelete" not in sections and "Registry" not in sections
    for section in ("InstallDelete", "Files"):
        body = _section(section).lower()
        assert "{localappdata}" not in body and "{userappdata}" not in body, section
    assert _section("InstallDelete").strip().endswith(r'Name: "{app}\_internal"')


def test_chinese_and_english_with_every_custom_message_in_both() -> None:
    languages = re.findall(r'^Name: "(\w+)"', _section("Languages"), re.M)
    assert languages == ["chinesesimplified", "english"]
    messages = re.findall(r"^(\w+)\.(\w+)=", _section("CustomMessages"), re.M)
    by_language = {lang: {name for lg, name in messages if lg == lang} for lang in languages}
    assert by_language["chinesesimplified"] == by_language["english"] != set()


def test_shortcuts_start_the_windowed_executable() -> None:
    icons = _section("Icons")
    assert r"{autoprograms}\{cm:AppTitle}" in icons
    assert "Tasks: desktopicon" in icons
    assert re.search(r'#define MyAppExe "fieldvisit-gui\.exe"', ISS)
