"""Extract, check and compile translations.

    python -m fieldvisit.tools.translations update [AREA]  # lupdate sources -> translations/*.ts
    python -m fieldvisit.tools.translations check     # exit 1 if any string in the sources
                                                      # is missing or unfinished in the .ts
    python -m fieldvisit.tools.translations release   # lrelease .ts -> .qm

One .ts file per area and language (``core_zh_CN.ts`` ...), so areas can be
translated independently. English is the source language; its .ts is kept
complete by copying each source text as its translation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from fieldvisit.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "fieldvisit"
OUT = ROOT / "translations"

#: area -> source folders/files (relative to the package). Everything under the
#: package belongs to exactly one area; "core" takes what no other area claims.
AREAS: dict[str, tuple[str, ...]] = {
    "sync": ("sync", "cli/sync.py"),
    "receipts": ("receipts", "cli/receipt.py"),
    "reports": ("reports", "cli/report.py", "ui/office"),
    "ui": ("ui", "cli/gui.py"),
    "units": ("units", "cli/units.py", "reports/summary.py"),
}


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found; install PySide6-Essentials")
    return found


def sources() -> dict[str, list[Path]]:
    claimed: dict[str, list[Path]] = {a: [] for a in AREAS}
    claimed["core"] = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG).as_posix()
        if "/migrations/" in f"/{rel}" or rel.startswith("tools/"):
            continue
        area = next(
            (
                a
                for a, parts in AREAS.items()
                if any(rel == p or rel.startswith(p + "/") for p in parts)
            ),
            "core",
        )
        claimed[area].append(path)
    return claimed


def ts_path(area: str, lang: str, folder: Path = OUT) -> Path:
    return folder / f"{area}_{lang}.ts"


def update(only: str | None = None, folder: Path = OUT) -> None:
    folder.mkdir(exist_ok=True)
    lupdate = _tool("pyside6-lupdate")
    for area, files in sources().items():
        if not files or (only and area != only):
            continue
        for lang in LANGUAGES:
            ts = ts_path(area, lang, folder)
            subprocess.run(
                [
                    lupdate,
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-target-language",
                    lang,
                    *map(str, files),
                    "-ts",
                    str(ts),
                ],
                check=True,
                capture_output=True,
            )
            if lang == "en":
                _fill_english(ts)


def _fill_english(ts: Path) -> None:
    tree = ET.parse(ts)
    for msg in tree.iter("message"):
        tr = msg.find("translation")
        src = msg.find("source")
        if tr is not None and src is not None and (tr.get("type") == "unfinished" or not tr.text):
            tr.text = src.text
            tr.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def unfinished(folder: Path = OUT) -> dict[str, list[str]]:
    """ts file name -> source texts without a finished translation."""
    out: dict[str, list[str]] = {}
    for ts in sorted(folder.glob("*.ts")):
        missing = []
        for msg in ET.parse(ts).iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished",) or not (tr.text or "").strip():
                if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                    continue
                missing.append(msg.findtext("source") or "")
        if missing:
            out[ts.name] = missing
    return out


def release() -> None:
    lrelease = _tool("pyside6-lrelease")
    for ts in sorted(OUT.glob("*.ts")):
        subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "release"
    if cmd == "update":
        update(argv[1] if len(argv) > 1 else None)
    elif cmd == "release":
        release()
    elif cmd == "check":
        # Extract from the current sources into a scratch copy first, so a string
        # added to the code but never extracted counts as unfinished too.
        with tempfile.TemporaryDirectory() as scratch:
            copy = Path(scratch)
            for ts in OUT.glob("*.ts"):
                shutil.copy2(ts, copy / ts.name)
            update(folder=copy)
            missing = unfinished(copy)
        for name, texts in missing.items():
            print(f"{name}: {len(texts)} unfinished", *(f"  {t}" for t in texts[:20]), sep="\n")
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
