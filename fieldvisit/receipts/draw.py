"""Drawing one receipt copy on a reportlab canvas.

A copy fills a landscape A5 box (half an A4 sheet): header with issuing unit,
title, copy mark and number; a ruled grid with recipient, masked ID, address,
amount in figures and words, goods lines, the statement of receipt; then the
total of cash and goods (figures and 大写), the signature or fingerprint box,
proxy, witness, the visitors (经办人) with a line to sign, a box for the unit's
stamp (盖章), and the QR code.
Every text goes through :mod:`fonts` (fit or wrap inside its cell), so nothing
overflows and no character prints blank.

The printed words are Chinese whatever the UI language: this is a Chinese
financial voucher. ``script="hant"`` prints them in Traditional characters
(OpenCC); the family's own data is printed exactly as recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from io import BytesIO

import segno
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from fieldvisit import __version__
from fieldvisit.receipts import fonts, money
from fieldvisit.receipts.data import ReceiptData
from fieldvisit.text import to_traditional

COPY_W, COPY_H = A4[0], A4[1] / 2  # 595 x 421 pt: landscape A5
INK = HexColor("#111111")
MUTED = HexColor("#555555")
RULE = HexColor("#333333")
SHADE = HexColor("#EEF0F3")
RED = HexColor("#B3121B")
STAMP = Color(0.75, 0.05, 0.08, alpha=0.28)

STUB, FAMILY = "存根", "交受助家庭"


@lru_cache(maxsize=256)
def zh(text: str, script: str = "hans") -> str:
    """A printed label in the chosen script."""
    return to_traditional(text) if script == "hant" else text


@lru_cache(maxsize=64)
def qr_ops(text: str, mask: int | None = None) -> tuple[int, str]:
    """PDF operators filling the dark modules of ``text``'s QR code, in module units.

    One rectangle per horizontal run of dark modules, written with integer
    coordinates (exact, and far cheaper than a reportlab path of float rects).
    Error correction M. With ``mask=None`` segno scores all eight masks and takes
    the best (about 8 ms); batches pass a fixed mask, which every QR reader
    accepts, to stay within their time budget.
    """
    m = segno.make(text, error="m", micro=False, mask=mask).matrix
    n = len(m)
    ops = []
    for r, row in enumerate(m):
        y = n - 1 - r
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                ops.append(f"{start + 4} {y + 4} {col - start} 1 re")
            else:
                col += 1
    ops.append("f")
    return n + 8, "\n".join(ops)


def qr(c: Canvas, text: str, x: float, y: float, size: float, mask: int | None = None) -> None:
    """The QR code filling a ``size`` square (four modules of quiet zone included)."""
    n, ops = qr_ops(text, mask)
    c.saveState()
    c.setFillColor(INK)
    c.transform(size / n, 0, 0, size / n, x, y)
    c._code.append(ops)
    c.restoreState()


def _label(c: Canvas, x: float, y: float, w: float, h: float, text: str, size: float = 8.5) -> None:
    c.setFillColor(SHADE)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColor(MUTED)
    fonts.draw_box(c, x + 2, y, w - 4, h, text, size, align="center")
    c.setFillColor(INK)


def _bold(c: Canvas, x: float, y: float, text: str, size: float, align: str = "left") -> None:
    c.saveState()
    c.setLineWidth(size / 40)
    c._code.append("2 Tr")  # fill and stroke: a heavier face from a font without a bold
    fonts.draw(c, x, y, text, size, align=align)
    c._code.append("0 Tr")
    c.restoreState()


def _stamp(c: Canvas, x: float, y: float, text: str, size: float, color: Color = RED) -> None:
    """A boxed red mark (补打 / 作废) with its text centred on (x, y)."""
    w = fonts.width(text, size) + size
    c.saveState()
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setLineWidth(1.2)
    c.roundRect(x - w / 2, y - size * 0.45, w, size * 1.5, 3, stroke=1, fill=0)
    fonts.draw(c, x, y, text, size, align="center")
    c.restoreState()


def draw_copy(
    c: Canvas,
    d: ReceiptData,
    ox: float,
    oy: float,
    copy: str | None,
    copy_no: int,
    *,
    script: str = "hans",
    reprint: int = 0,
    page: tuple[int, int] = (1, 1),
    qr_mask: int | None = None,
) -> None:
    """Draw one copy with its lower-left corner at (ox, oy); ``reprint`` = 补打 count (0: original).

    ``copy=None`` draws only the body shared by both copies (see :func:`draw_marks`).
    """

    def t(text: str) -> str:
        return zh(text, script)

    left, right = ox + 30, ox + COPY_W - 30
    width = right - left
    top = oy + COPY_H - 20
    c.setFillColor(INK)
    c.setStrokeColor(RULE)

    # ---- header
    fonts.draw_box(c, left + 90, top - 13, width - 180, 13, d.organisation, 10, align="center")
    _bold(c, ox + COPY_W / 2, top - 34, t("慰问金（品）签收单"), 17, align="center")
    if reprint:
        _stamp(
            c,
            left + 48,
            top - 12,
            t("补打（第%1次）").replace("%1", str(reprint)) + " REPRINT",
            8.5,
        )
    if d.voided:
        _stamp(c, left + 48 + (120 if reprint else 0), top - 12, t("作废") + " VOID", 10)
    info_y = top - 52
    camp = t("活动：") + (d.campaign or "—")
    if d.fund_source:
        camp += t("　资金来源：") + d.fund_source
    fonts.draw_box(c, left, info_y - 3, width * 0.6, 12, camp, 8.5)
    c.setFillColor(RED)
    no_txt = "No. " + d.receipt_no
    fonts.draw(c, right, info_y, no_txt, 11, align="right")
    c.setFillColor(MUTED)
    day = t("发放日期：") + f"{d.paid_on.year}年{d.paid_on.month:02d}月{d.paid_on.day:02d}日"
    fonts.draw(c, right - fonts.width(no_txt, 11) - 14, info_y, day, 8.5, align="right")
    c.setFillColor(INK)

    # ---- grid
    g_top = info_y - 8
    lw = 56  # label column
    rows: list[float] = []
    c.setLineWidth(0.6)
    c.setStrokeColor(RULE)
    y = g_top

    # row 1: recipient, ID, category
    h = 22
    y -= h
    c1 = [left, left + lw, left + lw + 140, left + lw + 140 + lw, left + lw + 140 + lw + 150]
    c1.append(c1[4] + lw)
    _label(c, c1[0], y, lw, h, t("受助人"))
    name = d.name + (
        f"（{t('领取人')}：{d.recipient_name}）"
        if d.recipient_name and d.recipient_name != d.name
        else ""
    )
    fonts.draw_box(c, c1[1] + 5, y, c1[2] - c1[1] - 10, h, name, 11)
    _label(c, c1[2], y, lw, h, t("身份证号"))
    fonts.draw_box(c, c1[3] + 5, y, c1[4] - c1[3] - 10, h, d.id_masked, 10)
    _label(c, c1[4], y, lw, h, t("困难类别"))
    fonts.draw_box(c, c1[5] + 5, y, right - c1[5] - 10, h, d.category or "—", 9.5)
    rows.append(y)
    # row 2: address
    h = 24
    y -= h
    _label(c, left, y, lw, h, t("家庭住址"))
    fonts.draw_box(
        c, left + lw + 5, y + 1, width - lw - 10, h - 2, d.address or "—", 9.5, min_size=5.5
    )
    rows.append(y)
    # row 3: cash
    h = 26
    y -= h
    _label(c, left, y, lw, h, t("慰问金"))
    fig_w = 150
    if d.cash_fen:
        fonts.draw(c, left + lw + 6, y + 9, t("（大写）"), 8.5)
        in_words = t(money.words_or_dash(d.cash_fen))
        room = right - fig_w - (left + lw + 42) - 6
        _bold(c, left + lw + 42, y + 8.5, in_words, fonts.fit_size(in_words, 11.5, room))
        fonts.draw(c, right - fig_w + 6, y + 9, t("（小写）"), 8.5)
        _bold(c, right - 6, y + 8.5, money.figures(d.cash_fen), 12, align="right")
    else:
        c.setFillColor(MUTED)
        fonts.draw(c, left + lw + 6, y + 9, t("本次未发放慰问金（仅发放慰问品）"), 9)
        fonts.draw(c, right - 6, y + 9, "—", 11, align="right")
        c.setFillColor(INK)
    c.line(right - fig_w, y, right - fig_w, y + h)
    rows.append(y)

    # ---- goods take what they need (at least three ruled lines); the signature box the rest
    foot_y = oy + 16
    stmt_h = 20
    total_h = 20
    lines_needed = min(max(len(d.goods), 3), 9) if d.goods else 2
    goods_h = 15 + lines_needed * 16 + 16
    sign_h = max(72.0, min(118.0, y - (foot_y + 12) - stmt_h - total_h - goods_h))
    sign_y = foot_y + 12
    stmt_y = sign_y + sign_h
    total_y = stmt_y + stmt_h
    goods_bottom = total_y + total_h
    _goods(c, d, left, right, lw, goods_bottom, y, t)
    rows.append(goods_bottom)

    # total of cash and goods, in words and in figures (what an auditor adds up)
    _label(c, left, total_y, lw, total_h, t("合计"))
    fonts.draw(c, left + lw + 6, total_y + 6.5, t("（大写）"), 8.5)
    in_words = t(money.words_or_dash(d.total_fen))
    room = right - fig_w - (left + lw + 42) - 6
    _bold(c, left + lw + 42, total_y + 6, in_words, fonts.fit_size(in_words, 11, room))
    fonts.draw(c, right - fig_w + 6, total_y + 6.5, t("（小写）"), 8.5)
    _bold(c, right - 6, total_y + 6, money.figures(d.total_fen), 11.5, align="right")
    c.line(right - fig_w, total_y, right - fig_w, total_y + total_h)
    rows.append(total_y)

    # statement
    _label(c, left, stmt_y, lw, stmt_h, t("签收声明"))
    what = (
        t("慰问金和慰问品")
        if d.cash_fen and d.goods
        else t("慰问金")
        if d.cash_fen
        else t("慰问品")
    )
    stmt = t("本人已收到上述%1，数量、金额无误，特此签收。").replace("%1", what)
    if d.sign_mode == "absent":
        stmt = (
            t("本人不在场，上述%1由代领人代为签收，数量、金额无误。")
            if d.proxy_name
            else t("本人不在场，上述%1已当面交付，由见证人证明。")
        ).replace("%1", what)
    fonts.draw_box(c, left + lw + 6, stmt_y, width - lw - 12, stmt_h, stmt, 9.5)
    rows.append(stmt_y)

    # signature row: signature box | proxy, witness, 经办人 | unit stamp | QR
    qr_w = min(sign_h, 86.0)
    stamp_w = 84.0
    sx = left + lw
    sig_w = 150
    _label(c, left, sign_y, lw, sign_h, t("领取人签字\n（或按手印）"), 8)
    _signature(c, d, sx, sign_y, sig_w, sign_h, t)
    px = sx + sig_w
    stamp_x = right - qr_w - stamp_w
    pw = stamp_x - px
    lines = [
        (
            t("代领人"),
            f"{d.proxy_name}（{t('关系')}：{d.proxy_relation}）" if d.proxy_name else "—",
        ),
        (t("见证人"), d.witness or "—"),
        (t("经办人"), "、".join(d.visitor_names) or "—"),
        (t("经办人签字"), ""),  # a line for the visitors to sign by hand
    ]
    lh = sign_h / len(lines)
    for i, (lab, val) in enumerate(lines):
        ly = sign_y + sign_h - lh * (i + 1)
        _label(c, px, ly, 50, lh, lab, 7.5 if len(lab) > 3 else 8)
        if val:
            fonts.draw_box(c, px + 55, ly, pw - 60, lh, val, 9)
        if i:
            c.line(px, ly + lh, stamp_x, ly + lh)
    c.line(px + 50, sign_y, px + 50, sign_y + sign_h)
    _stamp_box(c, stamp_x, sign_y, stamp_w, sign_h, t)
    qr(c, d.qr, right - qr_w + 1, sign_y + (sign_h - qr_w) / 2 + 1, qr_w - 2, qr_mask)

    # frame and rules
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    for ry in rows:
        c.line(left, ry, right, ry)
    c.line(left + lw, sign_y, left + lw, g_top)
    for x in c1[1:]:
        c.line(x, rows[0], x, g_top)
    c.line(px, sign_y, px, stmt_y)
    c.line(stamp_x, sign_y, stamp_x, stmt_y)
    c.line(right - qr_w, sign_y, right - qr_w, stmt_y)
    c.setLineWidth(1.1)
    c.rect(left, sign_y, width, g_top - sign_y, stroke=1, fill=0)

    # footer
    c.setFillColor(MUTED)
    fonts.draw(c, left, foot_y, f"fieldvisit {__version__}", 6.5)
    lost = fonts.missing_chars(d.name + d.address + d.recipient_name + d.proxy_name)
    if lost:
        c.setFillColorRGB(*fonts.MARKER_COLOR)
        fonts.draw(
            c,
            left + 70,
            foot_y,
            t("〓 为字库缺字，请手写补全：") + " ".join(f"U+{ord(ch):04X}" for ch in lost),
            7,
        )
        c.setFillColor(MUTED)
    fonts.draw(
        c,
        right,
        foot_y,
        t("第 %1 页 共 %2 页").replace("%1", str(page[0])).replace("%2", str(page[1])),
        7,
        align="right",
    )
    c.setFillColor(INK)

    if copy:
        draw_marks(c, ox, oy, copy, copy_no, script, voided=d.voided)


def draw_marks(
    c: Canvas, ox: float, oy: float, copy: str, copy_no: int, script: str, *, voided: bool = False
) -> None:
    """What is drawn per copy: the copy mark, the footer's copy line, the 作废 watermark.

    Kept apart so an A4 sheet can draw the receipt body once (a PDF form) and
    place it twice, which halves the drawing and the file. The translucent
    watermark belongs to the page, not the form (its graphics state lives there).
    """
    if voided:
        c.saveState()
        c.translate(ox + COPY_W / 2, oy + COPY_H / 2)
        c.rotate(18)
        c.setFillColor(STAMP)
        fonts.draw(c, 0, -30, zh("作 废", script), 96, align="center")
        c.restoreState()
    left, right = ox + 30, ox + COPY_W - 30
    top = oy + COPY_H - 20
    mark = zh(copy, script)
    c.saveState()
    c.setFillColor(RED)
    c.setStrokeColor(RED)
    c.setLineWidth(0.9)
    mw = fonts.width(mark, 10) + 14
    c.rect(right - mw, top - 18, mw, 17, stroke=1, fill=0)
    fonts.draw(c, right - mw / 2, top - 13, mark, 10, align="center")
    c.setFillColor(MUTED)
    line = zh("第%1联 %2", script).replace("%1", str(copy_no)).replace("%2", mark)
    fonts.draw(
        c, (left + right) / 2, oy + 16, line + "　" + zh("扫码验真", script), 7, align="center"
    )
    c.restoreState()


def _goods(
    c: Canvas,
    d: ReceiptData,
    left: float,
    right: float,
    lw: float,
    bottom: float,
    top: float,
    zt: Callable[[str], str],
) -> None:
    c.setFillColor(SHADE)
    c.rect(left, bottom, lw, top - bottom, stroke=0, fill=1)
    c.setFillColor(MUTED)
    fonts.draw_box(c, left + 2, bottom, lw - 4, top - bottom, zt("慰问品"), 8.5, align="center")
    c.setFillColor(INK)
    x0 = left + lw
    cols = [x0, x0 + 190, x0 + 240, x0 + 290, x0 + 370, right]
    heads = [zt("品名"), zt("单位"), zt("数量"), zt("单价"), zt("金额")]
    goods = d.goods
    if not goods:
        c.setFillColor(MUTED)
        fonts.draw_box(
            c,
            x0 + 6,
            bottom,
            right - x0 - 12,
            top - bottom,
            zt("本次未发放慰问品"),
            9,
            align="center",
        )
        c.setFillColor(INK)
        return
    hh = 15
    y = top - hh
    c.setLineWidth(0.4)
    c.setFillColor(MUTED)
    for i, head in enumerate(heads):
        fonts.draw_box(c, cols[i] + 3, y, cols[i + 1] - cols[i] - 6, hh, head, 8, align="center")
    c.setFillColor(INK)
    c.line(x0, y, right, y)
    avail = y - bottom - 16  # leave a total row
    row_h = min(16.0, max(11.0, avail / len(goods)))
    fit = int(avail // row_h)
    shown = goods if len(goods) <= fit else goods[: fit - 1]
    size = 9.5 if row_h >= 15 else 8
    for g in shown:
        y -= row_h
        vals = [
            str(g["item"]),
            str(g["unit"]),
            str(g["quantity"]),
            money.figures(int(g["unit_value_fen"])),
            money.figures(int(g["value_fen"])),
        ]
        for i, val in enumerate(vals):
            al = "left" if i == 0 else "center" if i < 3 else "right"
            fonts.draw_box(c, cols[i] + 4, y, cols[i + 1] - cols[i] - 8, row_h, val, size, align=al)
        c.setStrokeColor(HexColor("#BBBBBB"))
        c.line(x0, y, right, y)
    if len(shown) < len(goods):
        rest = goods[len(shown) :]
        y -= row_h
        more = zt("其余%1项").replace("%1", str(len(rest)))
        fonts.draw_box(c, cols[0] + 4, y, cols[3] - cols[0] - 8, row_h, more, size)
        fonts.draw_box(
            c,
            cols[4] + 4,
            y,
            cols[5] - cols[4] - 8,
            row_h,
            money.figures(sum(int(g["value_fen"]) for g in rest)),
            size,
            align="right",
        )
    c.setStrokeColor(RULE)
    total = zt("小计（大写）") + zt(money.words_or_dash(d.goods_value_fen))
    fonts.draw_box(c, x0 + 6, bottom, cols[4] - x0 - 12, 16, total, 9)
    _bold(c, right - 4, bottom + 4.5, money.figures(d.goods_value_fen), 10, align="right")
    for x in cols[1:-1]:
        c.line(x, bottom + 16, x, top)
    c.line(x0, bottom + 16, right, bottom + 16)


def _stamp_box(c: Canvas, x: float, y: float, w: float, h: float, zt: Callable[[str], str]) -> None:
    """The place for the issuing unit's seal (盖章): empty, its caption at the foot."""
    c.setFillColor(MUTED)
    fonts.draw(c, x + w / 2, y + 5, zt("（单位盖章）"), 7.5, align="center")
    c.setStrokeColor(HexColor("#BBBBBB"))
    c.setDash(2, 2)
    r = min(w, h - 14) / 2 - 4
    c.circle(x + w / 2, y + 14 + (h - 14) / 2, r, stroke=1, fill=0)
    c.setDash()
    c.setStrokeColor(RULE)
    c.setFillColor(INK)


def _signature(
    c: Canvas, d: ReceiptData, x: float, y: float, w: float, h: float, zt: Callable[[str], str]
) -> None:
    if d.signature_png:
        img = ImageReader(BytesIO(d.signature_png))
        iw, ih = img.getSize()
        scale = min((w - 10) / iw, (h - 10) / ih)
        c.drawImage(
            img,
            x + (w - iw * scale) / 2,
            y + (h - ih * scale) / 2,
            iw * scale,
            ih * scale,
            mask="auto",
        )
        return
    c.setFillColor(HexColor("#9A9A9A"))
    if d.sign_mode == "fingerprint":
        c.setStrokeColor(HexColor("#9A9A9A"))
        c.setDash(2, 2)
        eh = min(h - 12, 64.0)
        c.ellipse(x + w - 60, y + (h - eh) / 2, x + w - 12, y + (h + eh) / 2, stroke=1, fill=0)
        c.setDash()
        fonts.draw(c, x + w - 36, y + h / 2 - 3, zt("按手印处"), 7.5, align="center")
    elif d.sign_mode == "absent":
        text = zt("本人不在场，由代领人签字") if d.proxy_name else zt("本人不在场，由见证人证明")
        fonts.draw_box(c, x + 6, y, w - 12, h, text, 8)
    c.setStrokeColor(RULE)
    c.setFillColor(INK)
