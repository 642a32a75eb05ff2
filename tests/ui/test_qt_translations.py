"""Qt's own dialogs (file chooser, message boxes) speak the user's language.

Which file names carry Qt's strings differs between Qt builds: ``qtbase_<lang>.qm``
(Qt 5.3+ split catalogues) or one ``qt_<lang>.qm``. Whatever the installed Qt ships
must load.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLibraryInfo
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from fieldvisit import i18n

QT_DIR = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))

EXPECTED = {
    "zh_CN": {"cancel": "取消", "look_in": "查找范围"},
    "zh_TW": {"cancel": "取消", "look_in": "尋找於"},
}


def _texts(widget: Any) -> set[str]:
    return {w.text() for w in widget.findChildren(QLabel)}


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_standard_buttons_and_file_dialog_read_chinese(qapp: Any, lang: str) -> None:
    try:
        i18n.install(lang)
        box = QMessageBox(QMessageBox.Icon.Question, "t", "t")
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        assert cancel is not None and EXPECTED[lang]["cancel"] in cancel.text()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        assert "Save" not in buttons.button(QDialogButtonBox.StandardButton.Save).text()
        dlg = QFileDialog()
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        assert any(EXPECTED[lang]["look_in"] in t for t in _texts(dlg)), _texts(dlg)
        dlg.deleteLater()
        box.deleteLater()
    finally:
        i18n.install("en")


@pytest.mark.parametrize("shipped", ["qt_{}.qm", "qtbase_{}.qm"])
def test_whichever_catalogue_name_qt_ships_loads(
    qapp: Any, tmp_path: Path, monkeypatch: Any, shipped: str
) -> None:
    """A Qt that ships only ``qt_zh_CN.qm`` (one catalogue, older layout) is used too."""
    source = QT_DIR / "qtbase_zh_CN.qm"
    if not source.exists():
        pytest.skip("this Qt has no qtbase_zh_CN.qm to copy")
    shutil.copy(source, tmp_path / shipped.format("zh_CN"))
    monkeypatch.setattr(i18n, "qt_translations_dirs", lambda: [tmp_path])
    try:
        i18n.install("zh_CN")
        box = QMessageBox()
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        assert "取消" in box.button(QMessageBox.StandardButton.Cancel).text()
        box.deleteLater()
    finally:
        monkeypatch.undo()
        i18n.install("en")
