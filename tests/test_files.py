"""Files are written whole or not at all, and failures are clear messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldvisit.errors import FieldVisitError
from fieldvisit.files import written_atomically


def test_success_replaces_the_target_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with written_atomically(target) as tmp:
        tmp.write_bytes(b"new")
        assert target.read_bytes() == b"old"  # nothing torn while writing
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_a_failing_writer_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), written_atomically(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("crash mid-write")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_an_unwritable_place_is_a_clear_error_naming_the_file(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "report.xlsx"
    with pytest.raises(FieldVisitError, match=r"report\.xlsx"), written_atomically(target) as tmp:
        tmp.write_bytes(b"x")


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_report_onto_a_folder_is_a_clear_error(tmp_path: Path, kind: str) -> None:
    """Reports used to let a raw OSError (a traceback in the CLI) escape here."""
    from fieldvisit.reports.excel import write_workbook
    from fieldvisit.reports.pdf import write_pdf

    target = tmp_path / f"report.{kind}"
    target.mkdir()  # a folder where the file should go: the final rename fails
    write = write_workbook if kind == "xlsx" else write_pdf
    with pytest.raises(FieldVisitError, match=r"report\.(xlsx|pdf)"):
        write([], target)
    assert [p.name for p in tmp_path.iterdir()] == [f"report.{kind}"]
