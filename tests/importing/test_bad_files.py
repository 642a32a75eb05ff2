"""Files that cannot be imported: a clear one-line message, exit 2, nothing changed."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from fieldvisit.cli import main
from fieldvisit.store.replica import Replica
from tests.importing.builders import op_count, write_xlsx


def _run(r: Replica, path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    before = op_count(r)
    rc = main(["--data-dir", str(r.base), "import", "register", str(path)])
    err = capsys.readouterr().err.strip()
    assert op_count(r) == before, "a refused file must change nothing"
    return rc, err


def _assert_one_line(rc: int, err: str, *words: str) -> None:
    assert rc == 2
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    for w in words:
        assert w in err


def test_corrupt_xlsx(replica: Replica, tmp_path: Path, register_rows, capsys) -> None:  # type: ignore[no-untyped-def]
    good = write_xlsx(tmp_path / "good.xlsx", register_rows(3)).read_bytes()
    bad = tmp_path / "corrupt.xlsx"
    bad.write_bytes(good[: len(good) // 2])
    _assert_one_line(*_run(replica, bad, capsys), "damaged", "corrupt.xlsx")


def test_zip_that_is_not_a_workbook(replica: Replica, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    path = tmp_path / "zip.xlsx"
    path.write_bytes(buf.getvalue())
    _assert_one_line(*_run(replica, path, capsys), "damaged")


def test_empty_file(replica: Replica, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    _assert_one_line(*_run(replica, path, capsys), "empty")


def test_missing_file(replica: Replica, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _assert_one_line(*_run(replica, tmp_path / "nope.xlsx", capsys), "does not exist")


def test_password_protected_xlsx(replica: Replica, tmp_path: Path, register_rows, capsys) -> None:  # type: ignore[no-untyped-def]
    msoffcrypto = pytest.importorskip(
        "msoffcrypto", reason="msoffcrypto-tool makes the encrypted file"
    )
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = write_xlsx(tmp_path / "plain.xlsx", register_rows(3))
    locked = tmp_path / "locked.xlsx"
    with plain.open("rb") as src, locked.open("wb") as dst:
        OOXMLFile(src).encrypt("secret", dst)
    assert locked.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"  # an OLE container, as Excel writes
    del msoffcrypto
    _assert_one_line(*_run(replica, locked, capsys), "password")


def test_text_file_renamed_xlsx(replica: Replica, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "notes.xlsx"
    path.write_text("这不是表格\n只是一些文字\n", "utf-8")
    _assert_one_line(*_run(replica, path, capsys), "not an Excel workbook")


def test_binary_file_as_csv(replica: Replica, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    _assert_one_line(*_run(replica, path, capsys), "neither")


def test_no_recognisable_header(replica: Replica, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(
        tmp_path / "other.xlsx",
        [["商品", "数量", "单价"], ["大米", 3, 120], ["食用油", 2, 90]],
    )
    _assert_one_line(*_run(replica, path, capsys), "No register header", "other.xlsx")


def test_cli_json_report(replica: Replica, tmp_path: Path, register_rows, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    path = write_xlsx(tmp_path / "ok.xlsx", register_rows(4))
    rc = main(["--data-dir", str(replica.base), "import", "register", str(path), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert rc == 0
    assert (out["rows_total"], out["valid"], out["created"], out["problems"]) == (4, 4, 4, [])
