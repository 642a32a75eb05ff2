"""The translation files hold the messages and their translations, not the code's notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldvisit.tools import translations


def test_a_code_comment_above_a_message_does_not_reach_the_translators(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "module.py"
    source.write_text(
        "from fieldvisit.i18n import translate\n"
        "\n"
        "#: Rows fetched at a time: bounds the memory a pull holds (ix_operation_row).\n"
        "BATCH = 10000\n"
        "#: Rows folded per transaction: a pull cut off redoes at most this many.\n"
        "COMMIT = 40000\n"
        "\n"
        "\n"
        "def hello() -> str:\n"
        '    return translate("Greeting", "Good morning")\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(translations, "sources", lambda: {"core": [source]})
    folder = tmp_path / "ts"
    translations.update(folder=folder)
    written = translations.ts_path("core", "zh_CN", folder).read_text(encoding="utf-8")
    assert "<source>Good morning</source>" in written  # the message is extracted
    assert "ix_operation_row" not in written and "extracomment" not in written
    assert translations.code_comments(folder) == []
    # a file written by an older update, or by hand, is named by the check
    zh = translations.ts_path("core", "zh_CN", folder)
    zh.write_text(
        written.replace(
            "<source>Good morning</source>",
            "<source>Good morning</source><extracomment>a code note</extracomment>",
        ),
        encoding="utf-8",
    )
    assert translations.code_comments(folder) == ["core_zh_CN.ts: Good morning"]


def test_the_projects_translation_files_carry_no_code_comments() -> None:
    assert translations.code_comments() == []
