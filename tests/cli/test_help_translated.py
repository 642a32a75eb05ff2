"""``fieldvisit --help`` and every subcommand's help read in the user's language.

Walks the whole parser tree in zh_CN: every description and every help line
(argparse's own "usage:", "options:", "-h" lines included) must be Chinese.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import pytest

from fieldvisit import i18n
from fieldvisit.cli import build_parser

CJK = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_WORD = re.compile(r"\b[a-z]{3,}\b")


def _parsers(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


def _english_lines(help_text: str) -> list[str]:
    """Help lines with English prose: option names, metavars and choices removed."""
    bad = []
    usage, body = help_text.split("\n\n", 1) if "\n\n" in help_text else (help_text, "")
    if "usage" in usage:
        bad.append(usage.splitlines()[0])  # argparse's own prefix, untranslated
    for line in body.splitlines():
        prose = re.sub(r"\{[^}]*\}|--?[\w-]+|\b[A-Z_]{2,}\b|%\d", " ", line)
        if ENGLISH_WORD.search(prose) and not CJK.search(prose):
            bad.append(line)
    return bad


@pytest.fixture
def zh_parser(qapp: object, compiled_translations: None) -> Iterator[argparse.ArgumentParser]:
    i18n.install("zh_CN")
    try:
        yield build_parser()
    finally:
        i18n.install("en")


@pytest.fixture(scope="session")
def compiled_translations() -> None:
    from fieldvisit.tools import translations

    translations.release()


def test_every_help_line_is_chinese(zh_parser: argparse.ArgumentParser) -> None:
    untranslated: dict[str, list[str]] = {}
    for path, parser in _parsers(zh_parser):
        lines = _english_lines(parser.format_help())
        if lines:
            untranslated[" ".join(("fieldvisit", *path))] = lines
    assert not untranslated, untranslated


def test_every_argument_explains_itself(zh_parser: argparse.ArgumentParser) -> None:
    """An argument without help shows only its name: say what it is, in Chinese."""
    silent = []
    for path, parser in _parsers(zh_parser):
        for action in parser._actions:
            if action.help == argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):
                continue
            if not action.help or not CJK.search(action.help):
                silent.append((" ".join(path), action.dest, action.help))
    assert not silent, silent


def test_init_says_how_the_replica_unlocks_in_chinese(
    tmp_path: object, capsys: pytest.CaptureFixture[str], compiled_translations: None
) -> None:
    """Not "解锁方式：passphrase": the method is a word of the user's language."""
    from fieldvisit.cli import main

    try:
        code = main(
            ["--lang", "zh_CN", "--data-dir", f"{tmp_path}/fv", "init", "--device", "HZ03",
             "--team", "第一走访组"]
        )  # fmt: skip
    finally:
        i18n.install("en")
    out = capsys.readouterr().out
    assert code == 0 and "解锁方式：密码" in out, out
    assert not ENGLISH_WORD.search(re.sub(r"/\S+|fieldvisit", "", out)), out


def test_usage_errors_are_chinese_too(
    capsys: pytest.CaptureFixture[str], compiled_translations: None
) -> None:
    """A missing argument or a wrong choice is explained in the user's language."""
    from fieldvisit.cli import main

    try:
        assert main(["--lang", "zh_CN", "search"]) == 2
        missing = capsys.readouterr().err
        assert main(["--lang", "zh_CN", "export", "people", "--out", "x.xlsx"]) == 2
        choice = capsys.readouterr().err
    finally:
        i18n.install("en")
    for err in (missing, choice):
        prose = re.sub(r"'[^']*'|（[^）]*）|fieldvisit( \w+)?|\btext\b|\bkind\b", "", err)
        assert CJK.search(err) and not ENGLISH_WORD.search(prose), err


def test_visit_record_help_names_every_csv_column() -> None:
    """The --from help is written out in words: it must not drift from the columns read."""
    from fieldvisit import paper_visits

    parser = build_parser()
    record = next(p for path, p in _parsers(parser) if path == ("visit", "record"))
    help_text = " ".join(record.format_help().split())
    assert all(re.search(rf"\b{c}\b", help_text) for c in paper_visits.COLUMNS), help_text
