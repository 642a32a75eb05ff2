"""Every screen and dialog, in each language, at 1366×768 and at 125 % scaling: no label,
button, tab, combo item or column header is cut off or elided.

125 % on a 1366×768 screen leaves 1093×614 logical pixels, with fonts in the same
logical sizes: the same layouts as QT_SCALE_FACTOR=1.25, without a second process.
The offscreen screen itself is 800×800; each test gives it the size under test, so
dialogs that size themselves to the screen (fit_to_screen) do so as they would there.
The screens are opened the way the screenshot tool opens them (fieldvisit.tools.screenshots),
then once more after switching the language live, as a user does in Settings.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

from fieldvisit import demo, i18n
from fieldvisit.store.replica import Replica
from fieldvisit.tools import screenshots
from fieldvisit.ui.layout_check import clipped, english_words
from fieldvisit.ui.mainwindow import MainWindow

SIZES = {"1366x768": (1366, 768), "125%": (1093, 614)}
LANGS = ("zh_CN", "zh_TW", "en")


@pytest.fixture(scope="module")
def field_base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    mp = pytest.MonkeyPatch()
    mp.setenv("FIELDVISIT_PASSPHRASE", "layout-test")
    mp.setenv("FIELDVISIT_NO_KEYRING", "1")
    mp.setattr(screenshots, "tempfile", _Temp(tmp_path_factory.mktemp("shots")))
    yield screenshots.demo_base(120)
    mp.undo()


def _screen_of(monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]) -> None:
    """Every screen reports ``size`` as its room, as a real screen of that size would."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, *size))


class _Temp:
    """tempfile stand-in: the demo replica goes under pytest's tmp folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def mkdtemp(self, prefix: str = "") -> str:
        import tempfile

        return tempfile.mkdtemp(prefix=prefix, dir=self.folder)


@pytest.mark.parametrize("size", SIZES)
def test_every_screen_fits_in_every_language(
    qapp: Any, field_base: Path, compiled_translations: None, size: str, monkeypatch: Any
) -> None:
    monkeypatch.setenv("FIELDVISIT_PASSPHRASE", "layout-test")
    _screen_of(monkeypatch, SIZES[size])
    found: list[str] = []

    def inspect(lang: str, name: str, window: Any) -> None:
        found.extend(f"{lang} {name}: {p}" for p in clipped(window))
        if lang != "en":  # no English in the Chinese interface
            found.extend(f"{lang} {name}: English {p}" for p in english_words(window))
        w, h = SIZES[size]
        if window.width() > w or window.height() > h:
            found.append(f"{lang} {name}: {window.width()}x{window.height()} is beyond the screen")

    try:
        screenshots.shoot(
            Path("unused"), field_base, list(LANGS), size=SIZES[size], inspect=inspect
        )
    finally:
        i18n.install("en")
    assert not found, "\n".join(found)


def _walk_pages(qtbot: Any, win: MainWindow, found: list[str], lang: str) -> None:
    for entry in win.entries:
        page = win.show_page(entry.key)
        tabs = getattr(page, "tabs", None) if entry.key == "office" else None
        for t in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(t)
            qtbot.wait(20)
            found.extend(f"{lang} {entry.key}#{t}: {p}" for p in clipped(win))
            if lang != "en":
                found.extend(f"{lang} {entry.key}#{t}: English {p}" for p in english_words(win))
            hint = win.minimumSizeHint()
            if hint.width() > win.width() or hint.height() > win.height():
                found.append(f"{lang} {entry.key}#{t}: needs {hint.width()}x{hint.height()}")


@pytest.mark.parametrize("role", ["field", "office"])
@pytest.mark.parametrize("size", SIZES)
def test_switching_language_live_resizes_to_the_new_words(
    qtbot: Any, make_ctx: Any, tmp_path: Path, compiled_translations: None, role: str, size: str
) -> None:
    """Combo boxes sized for Chinese cut English ("All distric…") unless they follow."""
    replica = Replica.create(
        tmp_path / "r", device="OF01", team="办公室", organisation="某区总工会", role=role
    )
    demo.generate(replica, 60, seed=5)
    ctx = make_ctx(replica)
    ctx.set_language("zh_CN")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.setGeometry(0, 0, *SIZES[size])
    win.show()
    found: list[str] = []
    for lang in ("zh_CN", "en", "zh_TW"):
        ctx.set_language(lang)
        qtbot.wait(50)  # LanguageChange is posted
        _walk_pages(qtbot, win, found, lang)
    assert not found, "\n".join(found)


def test_visit_wizard_fits_a_125_percent_screen(
    qapp: Any, field_base: Path, compiled_translations: None, monkeypatch: Any
) -> None:
    """The wizard asks for 900×640; 125 % leaves 614 px of height, so it takes what there is."""
    monkeypatch.setenv("FIELDVISIT_PASSPHRASE", "layout-test")
    w, h = SIZES["125%"]
    _screen_of(monkeypatch, (w, h))
    sizes: list[tuple[str, int, int]] = []

    def inspect(lang: str, name: str, window: Any) -> None:
        if name.startswith("visit-"):
            sizes.append((name, window.width(), window.height()))

    try:
        screenshots.shoot(Path("unused"), field_base, ["zh_CN"], size=(w, h), inspect=inspect)
    finally:
        i18n.install("en")
    assert sizes and all(sw <= w and sh <= h for _n, sw, sh in sizes), sizes
