"""Builders for register files of many shapes (shared by several test packages)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import func, select

from fieldvisit.store.models import Operation
from fieldvisit.store.replica import Replica
from fieldvisit.validation import id_check_char

DATA = Path(__file__).resolve().parent.parent / "data"


def make_id(area: str = "330106", born: str = "19800101", serial: str = "123") -> str:
    body = area + born + serial
    return body + id_check_char(body)


def write_xlsx(path: Path, rows: list[list[Any]], title: str = "花名册") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def to_xls(xlsx: Path) -> Path | None:
    """Convert with LibreOffice when it is installed (xlwt is not maintained)."""
    try:
        subprocess.run(
            [
                "soffice",
                "--headless",
                "--convert-to",
                "xls",
                "--outdir",
                str(xlsx.parent),
                str(xlsx),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    out = xlsx.with_suffix(".xls")
    return out if out.exists() else None


def op_count(r: Replica) -> int:
    with r.reader() as s:
        return int(s.execute(select(func.count()).select_from(Operation)).scalar() or 0)
