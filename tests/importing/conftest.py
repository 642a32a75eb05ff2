"""The register_rows fixture: a small register with title, header, total and signature rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.importing.builders import make_id


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
