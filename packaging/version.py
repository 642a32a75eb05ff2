"""Print fieldvisit's version, read from fieldvisit/__init__.py without importing the package.

The version lives only there; the Makefile, the PyInstaller spec, the Windows build script
(which passes it to Inno Setup as /DMyAppVersion=...) and the tarball name all ask this script.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

INIT = Path(__file__).resolve().parent.parent / "fieldvisit" / "__init__.py"


def version() -> str:
    text = INIT.read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.M)
    if not match:
        raise SystemExit(f"no __version__ in {INIT}")
    return match.group(1)


def windows_version(v: str) -> str:
    """Four dotted numbers, as Windows file versions need: 2.3rc1 -> 2.3.0.0."""
    numbers = [int(n) for n in re.findall(r"\d+", v.split("+")[0])[:3]]
    return ".".join(str(n) for n in [*numbers, 0, 0, 0, 0][:4])


if __name__ == "__main__":
    print(windows_version(version()) if "--windows" in sys.argv else version())
