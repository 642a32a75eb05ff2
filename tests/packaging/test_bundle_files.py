"""The rules that decide what the bundle carries, checked against the real source tree."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from tests.packaging.conftest import ROOT


def _dest_files(datas: list[tuple[str, str]]) -> set[str]:
    return {f"{dest}/{Path(src).name}" for src, dest in datas}


def test_every_disk_loaded_script_ships_as_a_file(bundle_files: ModuleType) -> None:
    datas, _ = bundle_files.package_datas(ROOT)
    shipped = _dest_files(datas)
    pkg = ROOT / "fieldvisit"
    migrations = sorted(pkg.rglob("*migrations/**/*.py"))
    assert migrations, "the replica's Alembic scripts should exist"
    for script in migrations:
        assert script.relative_to(ROOT).as_posix() in shipped
    # Ordinary modules go into the archive, not beside it as source.
    assert "fieldvisit/store/migrate.py" not in shipped
    assert "fieldvisit/cli/__init__.py" not in shipped
    assert not any(f.startswith("fieldvisit/tools/") for f in shipped)
    assert "fieldvisit/py.typed" in shipped


def test_scripts_outside_packages_are_found_whatever_the_folder_is_called(
    bundle_files: ModuleType, tmp_path: Path
) -> None:
    pkg = tmp_path / "fieldvisit"
    (pkg / "sync" / "hub_migrations" / "versions").mkdir(parents=True)
    (pkg / "tools").mkdir()
    for init in (pkg, pkg / "sync", pkg / "tools"):
        (init / "__init__.py").write_text("")
    (pkg / "sync" / "client.py").write_text("import json\n")
    (pkg / "sync" / "hub_migrations" / "env.py").write_text(
        "from __future__ import annotations\nfrom alembic import context\nimport sqlalchemy as sa\n"
    )
    (pkg / "sync" / "hub_migrations" / "versions" / "0001_x.py").write_text(
        "from alembic import op\nfrom sqlalchemy.dialects import postgresql\n"
    )
    (pkg / "sync" / "hub_migrations" / "script.py.mako").write_text("")
    (pkg / "tools" / "helper.txt").write_text("dev only")

    datas, imports = bundle_files.package_datas(tmp_path)

    assert _dest_files(datas) == {
        "fieldvisit/sync/hub_migrations/env.py",
        "fieldvisit/sync/hub_migrations/script.py.mako",
        "fieldvisit/sync/hub_migrations/versions/0001_x.py",
    }
    assert {
        "alembic.context",
        "alembic.op",
        "sqlalchemy",
        "sqlalchemy.dialects.postgresql",
    } <= imports
    assert not any(m.startswith("__future__") for m in imports)


def test_app_datas_carries_resources_and_compiled_translations(
    bundle_files: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "fieldvisit").mkdir()
    (tmp_path / "fieldvisit" / "__init__.py").write_text("")
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    (tmp_path / "resources" / "fonts" / "a.ttf").write_bytes(b"x")
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "core_zh_CN.ts").write_text("<TS/>")
    (tmp_path / "translations" / "core_zh_CN.qm").write_bytes(b"qm")

    datas, _ = bundle_files.app_datas(tmp_path)

    assert _dest_files(datas) == {"resources/fonts/a.ttf", "translations/core_zh_CN.qm"}


def test_app_datas_refuses_a_tree_without_compiled_translations(
    bundle_files: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "fieldvisit").mkdir()
    (tmp_path / "translations").mkdir()
    try:
        bundle_files.app_datas(tmp_path)
    except SystemExit as exc:
        assert "translations" in str(exc)
    else:
        raise AssertionError("a bundle without .qm files must not be built")


def test_the_real_icons_are_in_the_bundle(bundle_files: ModuleType) -> None:
    shipped = _dest_files(bundle_files.tree(ROOT / "resources", "resources"))
    assert {"resources/icons/fieldvisit.ico", "resources/icons/fieldvisit-256.png"} <= shipped


def test_qt_trimming_keeps_what_the_app_needs(bundle_files: ModuleType) -> None:
    keep = bundle_files.keep_entry
    for needed in (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6\\plugins\\platforms\\qoffscreen.dll",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "PySide6\\translations\\qtbase_zh_TW.qm",
        "translations/core_zh_CN.qm",
        "libcrypto.so.3",
    ):
        assert keep(needed, "linux"), needed
    for unused in (
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqminimalegl.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6QuickWidgets.so.6",
        "PySide6\\Qt6Qml.dll",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/assistant_zh_CN.qm",
    ):
        assert not keep(unused, "linux"), unused


def test_the_cpp_runtime_is_left_to_linux_systems_only(bundle_files: ModuleType) -> None:
    assert not bundle_files.keep_entry("libstdc++.so.6", "linux")
    assert not bundle_files.keep_entry("libgcc_s.so.1", "linux")
    assert bundle_files.keep_entry("msvcp140.dll", "win32")
