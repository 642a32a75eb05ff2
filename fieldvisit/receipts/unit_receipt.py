"""The unit receipt (单位签收单): what a unit's representative signs for its workers.

One A4 sheet per distribution, two copies — 存根 (kept by the team) and 交受慰问单位
(left with the unit) — each with the totals in figures and 大写, packages and workers
reached, the representative's signature, 经办人 lines, a box for the unit's stamp and
the same signed QR code as a household receipt (the unit's id in the household slot).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import organisation
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.receipts import fonts, money, payload, signers
from fieldvisit.receipts.data import setting
from fieldvisit.receipts.draw import MUTED, qr, zh
from fieldvisit.receipts.render import save_pdf
from fieldvisit.store.models import Campaign, Distribution, Unit

W, H = A4
COPY_H = H / 2
MARGIN = 36.0


@dataclass
class UnitReceiptData:
    distribution_id: str
    receipt_no: str
    paid_on: date
    organisation: str
    campaign: str
    unit_name: str
    unit_kind: str
    address: str
    cash_fen: int
    goods: list[dict[str, Any]]
    goods_value_fen: int
    packages: int
    workers_reached: int
    representative: str
    post: str
    sign_mode: str
    visitors: str
    voided: bool
    qr: str


def find(session: Session, ref: str) -> Distribution:
    """A distribution by id or by its receipt number (what a clerk has in hand)."""
    row = session.execute(
        select(Distribution).where(
            Distribution.reverses_id.is_(None),
            (Distribution.id == ref) | (Distribution.receipt_no == ref),
        )
    ).scalar()
    if row is None:
        raise FieldVisitError(
            translate("UnitReceipt", "No unit distribution has the number or id %1.").replace(
                "%1", ref
            )
        )
    return row


def load(session: Session, distribution_ids: Sequence[str]) -> list[UnitReceiptData]:
    me, key = signers.own_key(session)
    is_office = setting(session, "role") == "office"
    org = organisation.name(session)
    out = []
    for did in distribution_ids:
        d = find(session, did)
        if d.device_id != me and not is_office:
            # the code is signed by the printing device; another laptop's number would be forged
            raise FieldVisitError(
                translate(
                    "Receipts",
                    "Receipt %1 was issued on another laptop; only that laptop or the office "
                    "can print it (its code is signed by the device that prints it).",
                ).replace("%1", str(d.receipt_no))
            )
        unit = session.get(Unit, d.unit_id)
        camp = session.get(Campaign, d.campaign_id) if d.campaign_id else None
        voided = (
            session.execute(select(Distribution.id).where(Distribution.reverses_id == d.id)).first()
            is not None
        )
        no = str(d.receipt_no)
        out.append(
            UnitReceiptData(
                distribution_id=d.id,
                receipt_no=no,
                paid_on=d.paid_on,
                organisation=org,
                campaign=camp.name if camp else "",
                unit_name=unit.name if unit else "",
                unit_kind=unit.kind if unit else "",
                address=(unit.address or "") if unit else "",
                cash_fen=d.cash_fen,
                goods=list(d.goods or []),
                goods_value_fen=d.goods_value_fen,
                packages=d.packages,
                workers_reached=d.workers_reached,
                representative=d.representative_name or "",
                post=d.representative_post or "",
                sign_mode=d.sign_mode,
                visitors=d.visitors or "",
                voided=voided,
                qr=payload.sign(
                    key,
                    me,
                    no,
                    d.cash_fen,
                    d.goods_value_fen,
                    d.orig_unit_id or d.unit_id,
                    d.paid_on,
                ).text(),
            )
        )
    return out


def _row(
    c: Canvas, x: float, y: float, label: str, value: str, w: float, size: float = 9.5
) -> None:
    c.setFillColor(MUTED)
    fonts.draw(c, x, y, label, size - 1)
    c.setFillColorRGB(0, 0, 0)
    fonts.draw_box(c, x + 62, y - 3, w - 62, size * 1.4, value, size)


def _copy(c: Canvas, d: UnitReceiptData, oy: float, copy: str) -> None:
    top = oy + COPY_H - MARGIN
    right = W - MARGIN
    fonts.draw(c, W / 2, top - 4, d.organisation or " ", 11, align="center")
    fonts.draw(c, W / 2, top - 26, zh("单位慰问金（品）签收单"), 16, align="center")
    fonts.draw(c, right, top - 4, copy, 9, align="right")
    fonts.draw(c, MARGIN, top - 44, f"{zh('编号')}：{d.receipt_no}", 9.5)
    fonts.draw(c, right - 110, top - 44, f"{zh('日期')}：{d.paid_on:%Y-%m-%d}", 9.5)
    col = (right - MARGIN - 130) / 2
    y = top - 66
    _row(c, MARGIN, y, zh("受慰问单位"), f"{d.unit_name}（{d.unit_kind}）", col * 2)
    y -= 18
    _row(c, MARGIN, y, zh("地址"), d.address, col * 2)
    y -= 18
    _row(c, MARGIN, y, zh("活动"), d.campaign, col * 2)
    y -= 18
    _row(
        c,
        MARGIN,
        y,
        zh("慰问金"),
        f"{money.figures(d.cash_fen)}  {money.words(d.cash_fen)}",
        col * 2,
    )
    y -= 18
    goods = "；".join(
        f"{g.get('item', '')} {g.get('quantity', '')}{g.get('unit', '')}" for g in d.goods
    )
    _row(
        c,
        MARGIN,
        y,
        zh("慰问品"),
        f"{goods or '—'}（{zh('价值')} {money.figures(d.goods_value_fen)}）",
        col * 2,
    )
    y -= 18
    total = d.cash_fen + d.goods_value_fen
    _row(c, MARGIN, y, zh("合计"), f"{money.figures(total)}  {money.words(total)}", col * 2)
    y -= 18
    _row(c, MARGIN, y, zh("发放份数"), f"{d.packages}", col)
    _row(c, MARGIN + col, y, zh("惠及职工"), f"{d.workers_reached} {zh('人')}", col)
    y -= 22
    statement = zh("本单位已收到上述慰问金（品），将按规定发放给职工，特此签收。")
    if d.sign_mode == "roster":
        statement = zh("上述慰问金（品）已按所附发放签收表逐人发放，由职工本人签收。")
    fonts.draw_box(c, MARGIN, y - 4, col * 2, 14, statement, 9)
    y -= 30
    _row(c, MARGIN, y, zh("单位代表"), f"{d.representative}  {d.post}", col)
    _row(c, MARGIN + col, y, zh("签名"), "", col)
    c.line(MARGIN + col + 62, y - 4, MARGIN + col * 2, y - 4)
    y -= 22
    _row(c, MARGIN, y, zh("经办人"), d.visitors, col)
    _row(c, MARGIN + col, y, zh("经办人签名"), "", col)
    c.line(MARGIN + col + 62, y - 4, MARGIN + col * 2, y - 4)
    # the unit's stamp box and the QR code on the right
    box = 96.0
    bx, by = right - box, top - 66 - box
    c.saveState()
    c.setStrokeColor(MUTED)
    c.setDash(3, 2)
    c.rect(bx, by, box, box)
    c.restoreState()
    c.setFillColor(MUTED)
    fonts.draw(c, bx + box / 2, by + box / 2 - 4, zh("单位盖章"), 9, align="center")
    c.setFillColorRGB(0, 0, 0)
    qr(c, d.qr, right - 84, oy + MARGIN - 8, 84)
    if d.voided:
        c.saveState()
        c.setFillColorRGB(0.8, 0, 0)
        c.setStrokeColorRGB(0.8, 0, 0)
        fonts.draw(c, W / 2, oy + COPY_H / 2, zh("作废"), 48, align="center")
        c.restoreState()


def render_unit_receipts(session: Session, refs: Sequence[str], out: Path) -> Path:
    """Write the unit receipts (by id or receipt number) to one PDF; two copies a sheet."""
    items = load(session, refs)
    buf = BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1, initialFontName=fonts.primary().name)
    c.setTitle(translate("UnitReceipt", "Unit receipts"))
    for d in items:
        fonts.warn_missing((d.unit_name, d.address, d.representative, d.visitors), d.receipt_no)
        _copy(c, d, COPY_H, zh("第一联 存根"))
        _copy(c, d, 0, zh("第二联 交受慰问单位"))
        c.saveState()
        c.setStrokeColor(MUTED)
        c.setDash(4, 3)
        c.line(MARGIN / 2, COPY_H, W - MARGIN / 2, COPY_H)
        c.restoreState()
        c.showPage()
    c.save()
    return save_pdf(buf.getvalue(), out)


def campaign_refs(session: Session, campaign_id: str) -> list[str]:
    """Every live distribution of a campaign, for batch printing."""
    return list(
        session.execute(
            select(Distribution.id)
            .where(Distribution.campaign_id == campaign_id, Distribution.reverses_id.is_(None))
            .order_by(Distribution.paid_on, Distribution.receipt_no)
        ).scalars()
    )
