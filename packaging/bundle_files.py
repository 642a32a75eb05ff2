"""What goes into the bundle, decided from the source tree: used by fieldvisit.spec and tests.

Kept out of the spec so the rules can be tested without running PyInstaller, and so that
areas added later (GUI screens, the hub's migrations, receipt fonts) ship without edits:

* every non-Python file under fieldvisit/ (templates, py.typed, ...);
* every .py file that is not importable as a module because a folder on its path has no
  ``__init__.py`` (Alembic's migrations/, the hub's hub_migrations/, their versions/).
  Alembic loads these scripts from disk, so they ship as files, and the modules they import
  become hidden imports (PyInstaller cannot see them);
* resources/ wholesale and translations/*.qm.

``keep_entry`` then trims what PyInstaller's Qt hooks collect to what the app can use.
"""

from __future__ import annotations

import ast
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP_DIRS = {"__pycache__", ".mypy_cache", ".pytest_cache", "tests"}
DEV_PACKAGES = ("tools",)  # fieldvisit.tools: translation and screenshot helpers for developers

Entry = tuple[str, str]  # (source file, destination folder inside the bundle)


def _is_package(pkg: Path, folder: Path) -> bool:
    """True when folder and every folder between it and pkg have an __init__.py."""
    parts = folder.relative_to(pkg).parts
    return all((pkg.joinpath(*parts[:i]) / "__init__.py").exists() for i in range(len(parts) + 1))


def package_datas(root: Path = ROOT) -> tuple[list[Entry], set[str]]:
    """Data files and disk-loaded scripts of the fieldvisit package; the imports they need."""
    pkg = root / "fieldvisit"
    datas: list[Entry] = []
    imports: set[str] = set()
    for folder, dirs, files in os.walk(pkg):
        here = Path(folder)
        dirs[:] = sorted(
            d for d in dirs if d not in SKIP_DIRS and not (here == pkg and d in DEV_PACKAGES)
        )
        dest = here.relative_to(root).as_posix()
        from_disk = not _is_package(pkg, here)
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")):
                continue
            if name.endswith(".py") and not from_disk:
                continue  # an ordinary module: it goes into the archive as bytecode
            datas.append((str(here / name), dest))
            if name.endswith(".py"):
                imports |= imports_of(here / name)
    return datas, imports


def imports_of(path: Path) -> set[str]:
    """Absolute imports in a Python file, as module names (and module.name candidates)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names if a.name != "*"}
    return {m for m in found if m.split(".")[0] != "__future__"}


def tree(src: Path, dest: str, keep: Callable[[Path], bool] = lambda p: True) -> list[Entry]:
    """Every file under src (if it exists), placed under dest with the same layout."""
    if not src.is_dir():
        return []
    out: list[Entry] = []
    for path in sorted(src.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and keep(path):
            sub = path.parent.relative_to(src).as_posix()
            out.append((str(path), dest if sub == "." else f"{dest}/{sub}"))
    return out


def app_datas(root: Path = ROOT) -> tuple[list[Entry], set[str]]:
    """Everything of ours the bundle carries; fails when translations were not compiled."""
    own, imports = package_datas(root)
    qm = tree(root / "translations", "translations", keep=lambda p: p.suffix == ".qm")
    if not qm:
        raise SystemExit(
            "translations/*.qm missing: run `python -m fieldvisit.tools.translations release`"
        )
    return own + qm + tree(root / "resources", "resources"), imports


# --- trimming what the Qt hooks collect --------------------------------------------------------
KEEP_PLATFORMS = ("qxcb.", "qoffscreen.", "qminimal.", "qwayland.", "qwindows.", "qcocoa.")
QT_LANGS = ("zh_CN", "zh_TW", "en")
UNUSED_PLUGINS = (
    "/plugins/egldeviceintegrations/",
    "/plugins/qmltooling/",
    "/plugins/generic/",
    "/plugins/sqldrivers/",
    "/plugins/multimedia/",
    "/plugins/webview/",
    "qtvirtualkeyboardplugin",
    # GTK3 theme: it would load the system's GTK against the bundle's older GLib; Qt's own
    # dialogs (or the XDG portal's) are used instead.
    "/plugins/platformthemes/libqgtk3",
)
# Qt libraries that only unused plugins or modules pull in.
UNUSED_QT_LIBS = re.compile(
    r"Qt6(Qml|Quick|VirtualKeyboard|EglFsKmsSupport|EglFSDeviceIntegration|3D|Multimedia|"
    r"WebEngine|Designer|Charts|Sql|Test)\w*\.(so|dll|dylib)",
    re.I,
)
# The C++ runtime comes from the target system: every supported distribution has one at least
# as new as the build host's, and a bundled older copy breaks the system's OpenGL drivers.
LINUX_SYSTEM_LIBS = ("libstdc++.so.6", "libgcc_s.so.1")


def keep_entry(dest: str, platform: str = sys.platform) -> bool:
    """Whether a binary or data file PyInstaller collected (by bundle path) should ship."""
    d = dest.replace("\\", "/")
    name = d.rsplit("/", 1)[-1]
    if platform.startswith("linux") and d in LINUX_SYSTEM_LIBS:
        return False
    if "/plugins/platforms/" in d:
        return any(p in name for p in KEEP_PLATFORMS)
    if any(unused in d for unused in UNUSED_PLUGINS):
        return False
    if d.startswith("PySide6/") and "/translations/" in d and d.endswith(".qm"):
        ours = any(name.endswith(f"_{lang}.qm") for lang in QT_LANGS)
        tools = name.startswith(
            ("assistant", "designer", "linguist", "qtwebengine", "qtmultimedia")
        )
        return ours and not tools
    return not UNUSED_QT_LIBS.search(name)
