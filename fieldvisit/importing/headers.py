"""Recognising a register's header row, whatever its wording, order or script.

Offices word their columns differently (身份证号 / 公民身份号码 / 证件号码,
姓名 / 户主姓名 ...), put them in any order, add units in brackets and sometimes
write in Traditional characters. A header cell is normalised (width, spaces,
brackets, Traditional -> Simplified with OpenCC) and matched against the known
wordings; the header row is the first row near the top that names enough
known columns, so merged title rows and a 填报单位/填报日期 line above it are skipped.
"""

from __future__ import annotations

import re
from typing import Any

from fieldvisit.text import normalize, to_simplified

#: Field -> the wordings offices use for it (Simplified; Traditional is converted first).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "id_number": (
        "身份证号",
        "身份证号码",
        "公民身份号码",
        "公民身份证号码",
        "公民身份证号",
        "证件号码",
        "证件号",
        "身份证",
        "户主身份证号",
        "户主身份证号码",
        "身份证件号码",
    ),
    "name": ("姓名", "户主姓名", "职工姓名", "户主", "困难职工姓名", "慰问对象", "对象姓名"),
    "phone": ("手机号码", "联系电话", "电话", "手机", "手机号", "联系方式", "电话号码"),
    "address": ("家庭住址", "住址", "家庭地址", "居住地址", "现住址", "地址", "户籍地址"),
    "register_no": ("建档立卡编号", "档案编号", "建档编号", "编号", "档案号", "立卡编号"),
    "category": ("困难类别", "类别", "困难类型", "帮扶类别", "对象类别"),
    "causes": ("致困原因", "困难原因", "致贫原因"),
    "monthly_income": (
        "月收入",
        "家庭月收入",
        "月人均收入",
        "家庭月人均收入",
        "人均月收入",
        "月均收入",
    ),
    "family_size": ("家庭人口", "家庭人口数", "家庭人数", "人口数", "人口"),
    "workplace": ("工作单位", "单位", "所在单位", "单位名称", "原工作单位"),
    "district": ("所属区县", "区县", "所属街道", "街道", "所属区", "区(县)", "县区", "所属地区"),
    "street": ("镇街", "乡镇", "镇(街道)", "乡镇街道", "所属镇街"),
    "notes": ("备注", "说明"),
    "gender": ("性别",),
    "serial": ("序号",),
}

_BRACKETS = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")
_NOISE = re.compile(r"[\s*＊:：]")
_LOOKUP: dict[str, str] = {}
for _field, _words in SYNONYMS.items():
    for _w in _words:
        _LOOKUP.setdefault(_w, _field)


def clean_header(value: Any) -> str:
    """What a header cell says, reduced to compare: 月人均收入(元) -> 月人均收入."""
    text = to_simplified(normalize(str(value or "")))
    text = _NOISE.sub("", text)
    bare = _BRACKETS.sub("", text)
    return bare or text


def field_of(value: Any) -> str | None:
    text = clean_header(value)
    if not text:
        return None
    return _LOOKUP.get(text) or _LOOKUP.get(_NOISE.sub("", to_simplified(normalize(str(value)))))


def find_header(rows: list[tuple[int, list[Any]]], scan: int = 30) -> tuple[int, dict[int, str]]:
    """(index into rows, column -> field) of the header row, or (-1, {}) when none.

    A header must name the person (name or ID number) and at least one more
    known column; the first such row wins, so title rows above are skipped."""
    for idx, (_number, cells) in enumerate(rows[:scan]):
        columns: dict[int, str] = {}
        for col, cell in enumerate(cells):
            fld = field_of(cell)
            if fld and fld not in columns.values():
                columns[col] = fld
        found = set(columns.values())
        if ({"name", "id_number"} & found) and len(found - {"serial"}) >= 2:
            return idx, columns
    return -1, {}
