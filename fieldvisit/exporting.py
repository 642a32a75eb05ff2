"""Exporting households, visits, payments and needs to Excel (.xlsx) or CSV.

Office staff live in Excel, so exports use the Chinese column names of the
registers they already keep (a household export can be imported again as a
register). Personal information is kept to what the sheet is for (PIPL): ID
numbers are masked unless the caller asks for them in full, and health notes,
photos and signatures are never exported. The .xlsx has a frozen header row
and money in yuan with a ¥ number format; the .csv is UTF-8 with a byte-order
mark so that Excel opens it without garbling the Chinese.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from fieldvisit.cellsafe import cleaned, csv_value, xlsx_text
from fieldvisit.errors import FieldVisitError
from fieldvisit.files import written_atomically
from fieldvisit.i18n import translate
from fieldvisit.store.models import Campaign, Household, Need, Payment, Team, Visit

MONEY_FORMAT = '"¥"#,##0.00'
KINDS = ("households", "visits", "payments", "needs")
STATUS = {"needy": "困难", "left_hardship": "已解困"}
NEED_STATUS = {"open": "待办", "in_progress": "办理中", "resolved": "已办结", "closed": "已关闭"}
SIGN = {"signature": "签字", "fingerprint": "按手印", "absent": "未签"}


@dataclass(frozen=True)
class Column:
    header: str
    width: int = 12
    money: bool = False


def mask_id(number: str | None) -> str:
    """110105********002X: the form ID numbers take outside the profile screen."""
    if not number:
        return ""
    return number[:6] + "*" * (len(number) - 10) + number[-4:] if len(number) > 10 else number


def _yuan(fen: int | None) -> float | None:
    return None if fen is None else fen / 100


Rows = Iterator[list[Any]]


def _households(s: Session, idf: Callable[[str | None], str]) -> tuple[list[Column], Rows]:
    cols = [
        Column("建档立卡编号", 16),
        Column("姓名", 10),
        Column("性别", 6),
        Column("身份证号", 20),
        Column("联系电话", 14),
        Column("家庭住址", 30),
        Column("所属区县", 12),
        Column("工作单位", 20),
        Column("困难类别", 12),
        Column("致困原因", 20),
        Column("月收入(元)", 12, money=True),
        Column("家庭人口", 8),
        Column("状态", 8),
        Column("走访组", 12),
    ]
    stmt = (
        select(Household, Team.name)
        .outerjoin(Team, Team.id == Household.team_id)
        .where(Household.archived.is_(False))
        .order_by(Household.register_no, Household.name, Household.id)
    )

    def rows() -> Rows:
        for h, team in s.execute(stmt):
            yield [
                h.register_no,
                h.name,
                h.gender,
                idf(h.id_number),
                h.phone,
                h.address,
                h.district,
                h.workplace,
                h.category,
                "、".join(h.causes or []),
                _yuan(h.monthly_income_fen),
                h.family_size,
                STATUS.get(h.status, h.status),
                team,
            ]

    return cols, rows()


def _visits(s: Session, idf: Callable[[str | None], str]) -> tuple[list[Column], Rows]:
    cols = [
        Column("走访日期", 12),
        Column("姓名", 10),
        Column("身份证号", 20),
        Column("建档立卡编号", 16),
        Column("活动", 20),
        Column("走访组", 12),
        Column("走访人", 16),
    ]
    stmt = (
        select(Visit, Household, Campaign.name, Team.name)
        .join(Household, Household.id == Visit.household_id)
        .outerjoin(Campaign, Campaign.id == Visit.campaign_id)
        .outerjoin(Team, Team.id == Visit.team_id)
        .order_by(Visit.visited_on, Household.name, Visit.id)
    )

    def rows() -> Rows:
        for v, h, camp, team in s.execute(stmt):
            yield [v.visited_on, h.name, idf(h.id_number), h.register_no, camp, team, v.visitors]

    return cols, rows()


def _payments(s: Session, idf: Callable[[str | None], str]) -> tuple[list[Column], Rows]:
    cols = [
        Column("签收单号", 18),
        Column("发放日期", 12),
        Column("姓名", 10),
        Column("身份证号", 20),
        Column("活动", 20),
        Column("慰问金(元)", 12, money=True),
        Column("慰问品", 24),
        Column("慰问品价值(元)", 14, money=True),
        Column("签收方式", 8),
        Column("代领人", 10),
        Column("代领人关系", 10),
        Column("冲正签收单号", 18),
        Column("说明", 20),
    ]
    original = aliased(Payment)
    stmt = (
        select(Payment, Household, Campaign.name, original.receipt_no)
        .join(Household, Household.id == Payment.household_id)
        .outerjoin(Campaign, Campaign.id == Payment.campaign_id)
        .outerjoin(original, original.id == Payment.reverses_id)
        .order_by(Payment.paid_on, Payment.receipt_no, Payment.id)
    )

    def rows() -> Rows:
        for p, h, camp, reversed_no in s.execute(stmt):
            goods = "；".join(
                f"{g.get('item', '')}{g.get('quantity', '')}{g.get('unit', '')}"
                for g in p.goods or []
            )
            yield [
                p.receipt_no,
                p.paid_on,
                p.recipient_name or h.name,
                idf(h.id_number),
                camp,
                _yuan(p.cash_fen),
                goods,
                _yuan(p.goods_value_fen),
                SIGN.get(p.sign_mode, p.sign_mode),
                p.proxy_name,
                p.proxy_relation,
                reversed_no if p.reverses_id else None,
                p.reason or p.override_reason,
            ]

    return cols, rows()


def _needs(s: Session, idf: Callable[[str | None], str]) -> tuple[list[Column], Rows]:
    del idf  # a need list does not need ID numbers
    cols = [
        Column("姓名", 10),
        Column("建档立卡编号", 16),
        Column("联系电话", 14),
        Column("诉求类别", 12),
        Column("诉求内容", 40),
        Column("责任人", 12),
        Column("办结期限", 12),
        Column("状态", 8),
    ]
    stmt = (
        select(Need, Household)
        .join(Household, Household.id == Need.household_id)
        .where(Need.archived.is_(False))
        .order_by(Need.due_on, Household.name, Need.id)
    )

    def rows() -> Rows:
        for n, h in s.execute(stmt):
            yield [
                h.name,
                h.register_no,
                h.phone,
                n.category,
                n.description,
                n.owner,
                n.due_on,
                NEED_STATUS.get(n.status, n.status),
            ]

    return cols, rows()


_BUILDERS = {
    "households": _households,
    "visits": _visits,
    "payments": _payments,
    "needs": _needs,
}


def export(session: Session, kind: str, path: Path, *, full_id: bool = False) -> int:
    """Write ``kind`` to ``path`` (.xlsx or .csv); returns the number of data rows."""
    if kind not in _BUILDERS:
        raise FieldVisitError(translate("Export", "Unknown export: %1").replace("%1", kind))
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise FieldVisitError(
            translate("Export", "Export to a file ending in .xlsx or .csv, not %1.").replace(
                "%1", path.name
            )
        )
    idf: Callable[[str | None], str] = (lambda x: x or "") if full_id else mask_id
    columns, rows = _BUILDERS[kind](session, idf)
    with written_atomically(path) as tmp:
        if suffix == ".xlsx":
            return _write_xlsx(tmp, kind, columns, rows)
        return _write_csv(tmp, columns, rows)


def _write_csv(path: Path, columns: list[Column], rows: Rows) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow([c.header for c in columns])
        for row in rows:
            w.writerow(
                [
                    (f"{v:.2f}" if c.money and v is not None else csv_value(_plain(v)))
                    for c, v in zip(columns, row, strict=True)
                ]
            )
            count += 1
    return count


def _plain(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return value


def _write_xlsx(path: Path, kind: str, columns: list[Column], rows: Rows) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(
        {
            "households": "慰问对象",
            "visits": "走访记录",
            "payments": "发放记录",
            "needs": "诉求台账",
        }[kind]
    )
    ws.freeze_panes = "A2"
    for i, c in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = c.width
    bold = Font(bold=True)
    header = []
    for c in columns:
        cell = WriteOnlyCell(ws, value=c.header)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    money_cols = [i for i, c in enumerate(columns) if c.money]
    date_cols = [i for i, c in enumerate(columns) if c.header.endswith(("日期", "期限"))]
    count = 0
    for row in rows:
        out: list[Any] = list(row)
        for i in money_cols:
            if out[i] is not None:
                cell = WriteOnlyCell(ws, value=out[i])
                cell.number_format = MONEY_FORMAT
                out[i] = cell
        for i in date_cols:
            if out[i] is not None:
                cell = WriteOnlyCell(ws, value=out[i])
                cell.number_format = "yyyy-mm-dd"
                out[i] = cell
        for i, value in enumerate(out):
            if isinstance(value, str):
                out[i] = xlsx_text(WriteOnlyCell(ws, value=cleaned(value)))
        ws.append(out)
        count += 1
    wb.save(path)
    return count
