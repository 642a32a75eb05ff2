"""Translation for every layer, GUI or not.

All user-visible strings go through Qt's translation system so that one set of
.ts files (translations/) serves the GUI, the CLI and the messages that feature
code raises. Only QtCore is used here, never QtWidgets. Source strings are
English; zh_CN is the users' language and the default.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("zh_CN", "zh_TW", "en")
DEFAULT_LANGUAGE = "zh_CN"

_installed: list[QTranslator] = []
_current = "en"


def translations_dir() -> Path:
    """Where the compiled .qm files live (next to the package, or in a frozen bundle)."""
    env = os.environ.get("FIELDVISIT_TRANSLATIONS")
    if env:
        return Path(env)
    import sys

    here = Path(__file__).resolve().parent
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "translations"] if frozen else []
    for candidate in (*candidates, here / "translations", here.parent / "translations"):
        if candidate.is_dir():
            return candidate
    return here.parent / "translations"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context``.

    Call sites write ``translate("Context", "literal")`` with literal strings:
    that is the form pyside6-lupdate extracts into translations/*.ts.
    Placeholders are %1, %2 (as in Qt), filled with ``.replace``. A count goes in
    ``n`` with ``%n`` in the text (``translate("Ctx", "%n households", None, n)``):
    Qt picks the language's plural form ("1 household", "2 households").
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


def current_language() -> str:
    return _current


def resolve_language(requested: str | None) -> str:
    """Pick the language: an explicit choice, then FIELDVISIT_LANG, then zh_CN."""
    lang = requested or os.environ.get("FIELDVISIT_LANG") or DEFAULT_LANGUAGE
    lang = lang.replace("-", "_")
    if lang not in LANGUAGES:
        aliases = {"zh": "zh_CN", "zh_Hans": "zh_CN", "zh_HK": "zh_TW", "zh_Hant": "zh_TW"}
        lang = aliases.get(lang, "en" if lang.startswith("en") else DEFAULT_LANGUAGE)
    return lang


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own catalogues may be: Qt's install, then a frozen bundle's copy."""
    import sys

    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        dirs += [Path(frozen) / "PySide6" / "Qt" / "translations", Path(frozen) / "translations"]
    return dirs


#: Qt's catalogue names, newest layout first: Qt 5.3+ splits ``qtbase_<lang>.qm`` out
#: (``qt_<lang>.qm`` then only points at it); older or trimmed builds ship one ``qt_<lang>.qm``.
QT_CATALOGUES = ("qtbase", "qt")


def _qt_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Qt's own strings (standard buttons, file dialog) from whatever file this Qt ships."""
    for folder in qt_translations_dirs():
        for name in QT_CATALOGUES:
            qt = QTranslator(app)
            if qt.load(QLocale(lang), name, "_", str(folder)) and not qt.isEmpty():
                return qt
    return None


def install(language: str | None = None) -> str:
    """Load Qt's own and our translations for ``language`` into the running app.

    Creates a QCoreApplication when none exists (the CLI), because Qt only routes
    ``translate`` through translators installed on an application object.
    Re-installing replaces the previous language, so the GUI can switch live.
    """
    global _current
    lang = resolve_language(language)
    app = QCoreApplication.instance() or QCoreApplication([])
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang != "en":
        qt = _qt_translator(app, lang)
        if qt is not None:
            app.installTranslator(qt)
            _installed.append(qt)
    # Ours after Qt's: the last installed is asked first, so qtgaps_<lang>.qm
    # fills what Qt's catalogue leaves in English. English loads ours too: its
    # plural forms ("1 household") live there.
    base = translations_dir()
    for qm in sorted(base.glob(f"*_{lang}.qm")):
        ours = QTranslator(app)
        if ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
    _current = lang
    return lang
