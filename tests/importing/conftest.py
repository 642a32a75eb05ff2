"""Builders for register files of many shapes, and a replica to import into."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
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


@pytest.fixture
def register_rows() -> Callable[..., list[list[Any]]]:
    def rows(n: int = 3) -> list[list[Any]]:
        out: list[list[Any]] = [
            ["2025年困难职工花名册"],
            ["填报单位：测试区总工会", None, None, "填报日期：2025年1月2日"],
            [
                "序号",
                "姓名",
                "身份证号",
                "联系电话",
                "家庭住址",
                "困难类别",
                "月收入",
                "家庭人口",
                "建档立卡编号",
            ],
        ]
        for i in range(n):
            out.append(
                [
                    i + 1,
                    f"测试{'甲乙丙丁戊己庚辛壬癸'[i % 10]}",
                    make_id(serial=f"{100 + i:03d}"),
                    f"1380000{i:04d}",
                    f"西湖区文新街道{i}号",
                    "困难职工",
                    1500 + i,
                    3,
                    f"JD{i:05d}",
                ]
            )
        out.append(["合计", f"{n}户"])
        out.append(["制表人：", None, "审核人：", None, "负责人："])
        return out

    return rows
