"""Recognising a register's header row, whatever its wording, order, script or levels.

Offices word their columns differently (身份证号 / 居民身份证号码 / 公民身份号码 /
身份证号码（18位）, 姓名 / 户主姓名 ...), put them in any order, add units in
brackets, break lines inside a cell, write in Traditional characters, and group
columns under a second header level (家庭成员情况 over 姓名 / 关系 / 身份证号码).

A header cell is normalised (width, spaces and line breaks, brackets, asterisks,
Traditional -> Simplified with OpenCC) and looked up in ONE table below: first the
exact wordings, then keyword patterns tried in order. The header row is the first
row near the top that names enough known columns, so merged title rows and a
填报单位/填报日期 line above it are skipped.

The reader is generic (rows in, column -> field out): a :class:`Vocabulary` says which
fields exist, which identify a record, and which column groups hold child records
(household members); units (慰问单位) can bring their own vocabulary.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from fieldvisit.importing.cells import safe_text
from fieldvisit.text import to_simplified


@dataclass(frozen=True)
class Vocabulary:
    """Header wordings for one kind of register."""

    #: field -> exact wordings (Simplified; Traditional is converted first)
    synonyms: dict[str, tuple[str, ...]]
    #: (field, pattern) tried in order when no exact wording matches
    keywords: tuple[tuple[str, str], ...]
    #: fields that say whose row it is: a header must name one of them
    identifying: frozenset[str]
    #: upper-level header patterns whose columns describe child records -> field prefix
    groups: tuple[tuple[str, str], ...] = ()
    #: child fields: a row with only these filled belongs to the record above it
    child_fields: frozenset[str] = frozenset()
    #: fields that never count towards "enough known columns"
    ignored: frozenset[str] = frozenset()
    _exact: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _patterns: list[tuple[str, re.Pattern[str]]] = field(
        default_factory=list, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        for fld, words in self.synonyms.items():
            for w in words:
                self._exact.setdefault(w, fld)
        self._patterns.extend((f, re.compile(p)) for f, p in self.keywords)

    def field_of(self, value: Any) -> str | None:
        text = clean_header(value)
        if not text:
            return None
        hit = self._exact.get(text) or self._exact.get(_loose(value))
        if hit:
            return hit
        for part in _ALTERNATIVES.split(text):
            for fld, pattern in self._patterns:
                if part and pattern.search(part):
                    return fld
        return None

    def group_of(self, value: Any) -> str | None:
        text = clean_header(value)
        for pattern, prefix in self.groups:
            if text and re.search(pattern, text):
                return prefix
        return None


#: THE table: household register fields and how offices head their columns.
REGISTER = Vocabulary(
    synonyms={
        "id_number": (
            "身份证号",
            "身份证号码",
            "居民身份证号码",
            "居民身份证号",
            "公民身份号码",
            "公民身份证号码",
            "公民身份证号",
            "证件号码",
            "证件号",
            "身份证",
            "户主身份证号",
            "户主身份证号码",
            "身份证件号码",
            "身份号码",
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
        "district": (
            "所属区县",
            "区县",
            "所属街道",
            "街道",
            "所属区",
            "区(县)",
            "县区",
            "所属地区",
        ),
        "street": ("镇街", "乡镇", "镇(街道)", "乡镇街道", "所属镇街"),
        "notes": ("备注", "说明"),
        "gender": ("性别",),
        "serial": ("序号", "序"),
        "relation": ("与户主关系", "关系", "家庭关系", "成员关系", "称谓"),
        "member_name": ("成员姓名", "家庭成员姓名", "家属姓名"),
        "member_id_number": ("成员身份证号", "成员身份证号码", "家庭成员身份证号"),
        "birth_date": ("出生日期", "出生年月", "出生年月日"),
        "left_hardship_on": ("解困日期", "脱困日期", "解困时间", "脱困时间"),
    },
    keywords=(
        ("member_id_number", r"成员.*(身份|证件)"),
        ("member_name", r"成员.*姓名"),
        ("relation", r"关系$"),
        ("id_number", r"(身份证|身份号|证件号)"),
        ("name", r"姓名$"),
        ("phone", r"(电话|手机|联系方式)"),
        ("address", r"(住址|地址)$"),
        ("register_no", r"^(建档|立卡|档案|建档立卡).*号$"),
        ("left_hardship_on", r"(解困|脱困)"),
        ("birth_date", r"出生"),
        ("category", r"(类别|类型)$"),
        ("causes", r"原因$"),
        ("monthly_income", r"^(?!.*年).*收入"),
        ("family_size", r"(人口|人数)"),
        ("workplace", r"单位$"),
        ("district", r"(区县|县区|街道)$"),
    ),
    identifying=frozenset({"name", "id_number"}),
    groups=((r"(家庭成员|家属|共同生活|成员情况|成员信息)", "member_"),),
    child_fields=frozenset({"member_name", "member_id_number", "relation"}),
    ignored=frozenset({"serial"}),
)
#: Kept for callers that only need the household wordings.
SYNONYMS = REGISTER.synonyms

_BRACKETS = re.compile(r"[(（\[【<〈《][^)）\]】>〉》]*[)）\]】>〉》]")
_NOISE = re.compile(r"[\s*＊:：※#№.。]")
_ALTERNATIVES = re.compile(r"[/／或|]")


def clean_header(value: Any) -> str:
    """What a header cell says, reduced to compare: 月人均收入(元) -> 月人均收入."""
    text = to_simplified(safe_text(value))
    text = _NOISE.sub("", text)
    bare = _BRACKETS.sub("", text)
    return bare or text


def _loose(value: Any) -> str:
    return _NOISE.sub("", to_simplified(safe_text(value)))


def field_of(value: Any, vocabulary: Vocabulary = REGISTER) -> str | None:
    return vocabulary.field_of(value)


@dataclass
class Header:
    """Where a sheet's header is and what each column holds."""

    index: int  # index into the sheet's rows of the (last) header row
    levels: int  # 1, or 2 for a two-level header
    columns: dict[int, str]  # column -> field
    labels: dict[int, str]  # column -> header text as written ("家庭成员情况/姓名"), all columns

    def layout_key(self) -> str:
        """The same header layout gives the same key (to remember a mapping)."""
        text = "\x1f".join(f"{c}={clean_header(t)}" for c, t in sorted(self.labels.items()))
        return hashlib.sha256(text.encode()).hexdigest()[:16]


def _row_fields(cells: list[Any], vocabulary: Vocabulary) -> dict[int, str]:
    columns: dict[int, str] = {}
    for col, cell in enumerate(cells):
        fld = vocabulary.field_of(cell)
        if fld and fld not in columns.values():
            columns[col] = fld
    return columns


def _second_level(
    upper: list[Any], lower: list[Any], columns: dict[int, str], vocabulary: Vocabulary
) -> tuple[dict[int, str], dict[int, str]] | None:
    """The columns of a two-level header (upper over lower), or None when ``lower`` is data."""
    filled = [c for c, v in enumerate(lower) if safe_text(v)]
    if not filled:
        return None
    found = {c: vocabulary.field_of(lower[c]) for c in filled}
    if not all(found.values()):
        return None
    out = {c: f for c, f in columns.items() if c not in found}
    labels = {c: t for c, t in enumerate(safe_text(x) for x in upper) if t and c not in found}
    for c in filled:
        group_col = next(
            (g for g in range(c, -1, -1) if g < len(upper) and safe_text(upper[g])), -1
        )
        group = safe_text(upper[group_col]) if group_col >= 0 else ""
        fld = found[c] or ""
        prefix = vocabulary.group_of(group) if group and columns.get(group_col) is None else None
        if prefix and not fld.startswith(prefix):
            fld = prefix + fld if prefix + fld in vocabulary.child_fields else fld
        if fld and fld not in out.values():
            out[c] = fld
        labels[c] = f"{group}/{safe_text(lower[c])}" if group else safe_text(lower[c])
    return out, labels


def find_header(
    rows: list[tuple[int, list[Any]]], vocabulary: Vocabulary = REGISTER, scan: int = 30
) -> Header | None:
    """The header of a sheet, or None when it has none.

    A header must name who the row is about (an identifying field) and at least one
    more known column; the first such row wins. The row below it is a second header
    level when every cell in it is a known wording."""
    for idx, (_number, cells) in enumerate(rows[:scan]):
        columns = _row_fields(cells, vocabulary)
        found = set(columns.values())
        if not (vocabulary.identifying & found) or len(found - vocabulary.ignored) < 2:
            continue
        if idx + 1 < len(rows):
            two = _second_level(cells, rows[idx + 1][1], columns, vocabulary)
            if two is not None:
                return Header(idx + 1, 2, two[0], two[1])
        labels = {c: t for c, t in enumerate(safe_text(x) for x in cells) if t}
        return Header(idx, 1, columns, labels)
    return None
