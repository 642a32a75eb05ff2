"""Extract, check and compile translations.

    python -m fieldvisit.tools.translations update [AREA]  # lupdate sources -> translations/*.ts
    python -m fieldvisit.tools.translations check     # exit 1 if any string in the sources
                                                      # is missing or unfinished in the .ts,
                                                      # two .ts translate it differently, or
                                                      # a code comment sits in one as a note
    python -m fieldvisit.tools.translations release   # lrelease .ts -> .qm

One .ts file per area and language (``core_zh_CN.ts`` ...), so areas can be
translated independently. English is the source language; its .ts is kept
complete by copying each source text as its translation.
"""

from __future__ import annotations

import os
import re
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
            plurals = _plural_forms(ts)
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
            _drop_code_comments(ts)
            _mark_plurals(ts, plurals, english=lang == "en")
            if lang == "en":
                _fill_english(ts)


def _drop_code_comments(ts: Path) -> None:
    """Remove every note for translators (``<extracomment>``) from ``ts``.

    pyside6-lupdate reads a ``#:`` comment, this code's way of documenting a constant,
    as a note for translators and hands it to the next message below it, however far:
    notes on batch sizes and indexes stood beside unrelated messages. The messages
    here carry no notes of their own, so none is kept."""
    tree = ET.parse(ts)
    for msg in tree.iter("message"):
        for note in msg.findall("extracomment"):
            msg.remove(note)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def code_comments(folder: Path = OUT) -> list[str]:
    """Messages in the .ts files that carry a note: a code comment that :func:`update`
    would drop (the files were written by an older update, or edited by hand)."""
    return [
        f"{ts.name}: {msg.findtext('source')}"
        for ts in sorted(folder.glob("*.ts"))
        for msg in ET.parse(ts).iter("message")
        if msg.find("extracomment") is not None
    ]


def _plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the finished plural forms of ``%n`` messages in ``ts``."""
    if not ts.exists():
        return {}
    out = {}
    for ctx in ET.parse(ts).iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            if tr is not None and tr.get("type") != "unfinished" and any(forms):
                out[(name, msg.findtext("source") or "")] = forms
    return out


def _mark_plurals(ts: Path, kept: dict[tuple[str, str], list[str]], english: bool) -> None:
    """Mark ``%n`` messages as plural, keeping their forms.

    pyside6-lupdate does not see the count argument of ``translate(ctx, text, None, n)``,
    so it neither marks such messages plural nor keeps their forms; this does both.
    """
    tree = ET.parse(ts)
    for ctx in tree.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if "%n" not in source or tr is None:
                continue
            msg.set("numerus", "yes")
            forms = kept.get((name, source))
            if forms is None and english:
                forms = english_forms(source)
            elif forms is None and tr.text and tr.get("type") != "unfinished":
                forms = [tr.text]
            tr.text = None
            for child in list(tr):
                tr.remove(child)
            for form in forms or [""]:
                ET.SubElement(tr, "numerusform").text = form
            if forms:
                tr.attrib.pop("type", None)
            else:
                tr.set("type", "unfinished")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def english_forms(source: str) -> list[str]:
    """Singular and plural of an English ``%n`` string: "%n households" -> "%n household"."""
    if re.match(r".*%n [a-z]*(ies|ss|series)\b", source):
        return [source, source]  # not a regular plural: write the singular by hand
    return [re.sub(r"(%n (?:[a-z]+ )?[a-z]+?)s\b", r"\1", source, count=1), source]


def _fill_english(ts: Path) -> None:
    tree = ET.parse(ts)
    for msg in tree.iter("message"):
        tr = msg.find("translation")
        src = msg.find("source")
        if msg.get("numerus") == "yes" and tr is not None and src is not None:
            if tr.get("type") == "unfinished":
                for child in list(tr):
                    tr.remove(child)
                for form in english_forms(src.text or ""):
                    ET.SubElement(tr, "numerusform").text = form
                tr.attrib.pop("type", None)
            continue
        if tr is not None and src is not None and (tr.get("type") == "unfinished" or not tr.text):
            tr.text = src.text
            tr.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def _texts(tr: ET.Element) -> list[str]:
    """A translation's text, or each of its plural forms."""
    return [tr.text or "", *(f.text or "" for f in tr.iter("numerusform"))]


def unfinished(folder: Path = OUT) -> dict[str, list[str]]:
    """ts file name -> source texts without a finished translation."""
    out: dict[str, list[str]] = {}
    for ts in sorted(folder.glob("*.ts")):
        missing = []
        for msg in ET.parse(ts).iter("message"):
            tr = msg.find("translation")
            texts = _texts(tr) if tr is not None else []
            if tr is None or tr.get("type") in ("unfinished",) or not "".join(texts).strip():
                if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                    continue
                missing.append(msg.findtext("source") or "")
        if missing:
            out[ts.name] = missing
    return out


def clashes(folder: Path = OUT) -> list[str]:
    """Messages (context and source) that two .ts files of one language translate
    differently. Every area's .qm is loaded at once, so only one of the two is ever
    shown, whichever was loaded last: a household's district read as a unit's street.
    A disambiguating comment does not tell them apart: lrelease leaves it out of a .qm
    where the file needs none, and that message then answers for every comment."""
    found: dict[tuple[str, str, str], dict[str, list[str]]] = {}
    for ts in sorted(folder.glob("*.ts")):
        lang = next((lang for lang in LANGUAGES if ts.stem.endswith(f"_{lang}")), ts.stem)
        for context in ET.parse(ts).iter("context"):
            name = context.findtext("name") or ""
            for msg in context.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("obsolete", "vanished"):
                    continue
                text = "|".join(_texts(tr))
                key = (lang, name, msg.findtext("source") or "")
                found.setdefault(key, {}).setdefault(text, []).append(ts.name)
    return [
        f"{lang} {name} {source!r}: "
        + "; ".join(f"{text!r} in {', '.join(files)}" for text, files in texts.items())
        for (lang, name, source), texts in found.items()
        if len(texts) > 1 and len({f for files in texts.values() for f in files}) > 1
    ]


def release() -> None:
    lrelease = _tool("pyside6-lrelease")
    for ts in sorted(OUT.glob("*.ts")):
        # Write aside, then rename: a running process (another test worker, the app)
        # has the old .qm mapped into memory, and overwriting it in place kills that
        # process with SIGBUS at its next translation.
        qm = ts.with_suffix(".qm")
        fresh = ts.with_suffix(f".qm.{os.getpid()}.tmp")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
        os.replace(fresh, qm)


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
        differ = clashes()
        for clash in differ:
            print(f"translated two ways: {clash}")
        notes = code_comments()
        for note in notes:
            print(f"a code comment as a note for translators (run update): {note}")
        return 1 if missing or differ or notes else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
