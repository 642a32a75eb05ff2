"""Receipt PDFs read back by real readers: pdffonts, pdftotext, pdftoppm + zbar."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldvisit import payments
from fieldvisit.errors import FieldVisitError
from fieldvisit.receipts import fonts, render_batch, render_receipt
from fieldvisit.receipts.data import mask_id
from fieldvisit.receipts.verify import verify_payload
from fieldvisit.store.models import ReceiptEvent

from .conftest import World, pdffonts, pdftotext, zbar_read

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _render(world: World, pid: str, out: Path, **kw: object) -> str:
    with world.replica.session() as s:
        render_receipt(s, pid, out, **kw)  # type: ignore[arg-type]
    return pdftotext(out)


def test_every_font_is_embedded_and_subset(world: World, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    _render(world, world.pay(goods=[payments.GoodsLine("大米", "袋", 1, 12_000)]), out)
    rows = pdffonts(out)
    assert rows, "no fonts listed"
    for row in rows:
        emb, sub = row[-5], row[-4]
        assert (emb, sub) == ("yes", "yes"), row
        assert "WenQuanYi" in row[0]


def test_text_has_name_masked_id_amount_in_words_and_copies(world: World, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    text = _render(world, world.pay(cash_fen=140_950), out)
    assert "王秀英" in text
    assert "110105********0708" in text
    assert "110105194912310708" not in text  # the full number never reaches paper
    assert "人民币壹仟肆佰零玖元伍角" in text
    assert "¥1,409.50" in text
    assert "存根" in text and "交受助家庭" in text and "沿此线裁开" in text
    assert "测试区总工会" in text and "2026年双节送温暖" in text
    assert re.search(r"HZ01-2025-\d{6}", text)
    assert "本人已收到上述慰问金" in text
    assert "fieldvisit 0." in text


def test_qr_is_read_by_zbar_from_a_150_dpi_render(world: World, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    pid = world.pay(cash_fen=600_714)
    _render(world, pid, out)
    codes = zbar_read(out, tmp_path)
    assert len(codes) == 2  # one per copy
    assert codes[0] == codes[1]
    fields = codes[0].split("|")
    assert fields[0] == "FV2" and fields[2] == "600714" and fields[5] == "20251201"
    assert codes[0].isascii()


def test_first_print_is_original_later_prints_are_reprints(world: World, tmp_path: Path) -> None:
    pid = world.pay()
    first = _render(world, pid, tmp_path / "1.pdf")
    second = _render(world, pid, tmp_path / "2.pdf")
    third = _render(world, pid, tmp_path / "3.pdf")
    assert "补打" not in first
    assert "补打（第1次）" in second and "REPRINT" in second
    assert "补打（第2次）" in third
    with world.replica.reader() as s:
        kinds = [
            e.kind
            for e in s.execute(select(ReceiptEvent).order_by(ReceiptEvent.created_at)).scalars()
        ]
    assert kinds == ["issue", "print", "reprint", "reprint"]


def test_voided_receipt_prints_void_and_keeps_its_number(world: World, tmp_path: Path) -> None:
    pid = world.pay()
    with world.replica.session() as s:
        rid = payments.void_payment(s, pid, "金额录入错误")
        no = s.get(payments.Payment, pid).receipt_no  # type: ignore[union-attr]
    text = _render(world, rid, tmp_path / "v.pdf")  # the reversal's id prints the original
    assert text.count("作废 VOID") == 2  # the stamp on both copies (plus the large watermark)
    assert no in text
    next_pid = world.pay()
    with world.replica.reader() as s:
        next_no = s.get(payments.Payment, next_pid).receipt_no  # type: ignore[union-attr]
    assert next_no != no and int(next_no[-6:]) == int(no[-6:]) + 1


def test_goods_only_payment(world: World, tmp_path: Path) -> None:
    pid = world.pay(cash_fen=0, goods=[payments.GoodsLine("温暖包", "个", 2, 12_000)])
    text = _render(world, pid, tmp_path / "g.pdf")
    assert "本次未发放慰问金" in text
    assert "人民币零元整" not in text
    assert "温暖包" in text and "¥240.00" in text and "人民币贰佰肆拾元整" in text
    assert "本人已收到上述慰问品" in text


def test_many_goods_lines_are_summarised_not_overflowing(world: World, tmp_path: Path) -> None:
    goods = [payments.GoodsLine(f"物品{i}", "件", 1, 1_000 + i) for i in range(20)]
    pid = world.pay(cash_fen=0, goods=goods)
    out = tmp_path / "many.pdf"
    text = _render(world, pid, out)
    assert "其余" in text
    total = sum(1_000 + i for i in range(20))
    assert f"¥{total / 100:,.2f}" in text
    _assert_inside_page(out)


def test_household_without_id_prints_a_dash(world: World, tmp_path: Path) -> None:
    hid = world.household(name="李四", id_number=None)
    text = _render(world, world.pay(hid), tmp_path / "n.pdf")
    assert "李四" in text
    assert re.search(r"身份证号\s*\n*.*—", text, re.S)
    assert mask_id(None) == "—"
    assert mask_id("110105194912310708") == "110105********0708"


def test_largest_amount(world: World, tmp_path: Path) -> None:
    hid = world.household()
    with world.replica.session() as s:
        pid = payments.record_payment(
            s,
            household_id=hid,
            campaign_id=world.campaign_id,
            paid_on=__import__("datetime").date(2025, 12, 1),
            data=payments.PaymentInput(cash_fen=99_999_999_999, override_reason="测试上限"),
        )
    out = tmp_path / "big.pdf"
    text = _render(world, pid, out)
    assert "¥999,999,999.99" in text
    assert "人民币玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分" in text
    _assert_inside_page(out)
    assert len(zbar_read(out, tmp_path)) == 2


def _assert_inside_page(pdf: Path, margin: float = 20.0) -> None:
    """Every word's box lies inside the page's printable area (nothing overflows)."""
    html = pdftotext(pdf, "-bbox")
    page_w = float(re.search(r'<page width="([\d.]+)"', html)[1])  # type: ignore[index]
    words = re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<', html)
    assert words
    for x0, x1, word in words:
        assert float(x0) >= margin and float(x1) <= page_w - margin, (word, x0, x1)


def test_very_long_name_and_address_stay_inside_their_cells(world: World, tmp_path: Path) -> None:
    name = "欧阳" + "慕容司马上官" * 3
    address = (
        "新疆维吾尔自治区伊犁哈萨克自治州" + "某某县某某镇某某村民委员会第十二村民小组" * 6 + "88号"
    )
    hid = world.household(name=name, address=address)
    out = tmp_path / "long.pdf"
    text = _render(world, world.pay(hid), out)
    flat = re.sub(r"\s", "", text)
    assert name in flat
    assert address in flat  # wrapped, shrunk, but complete
    _assert_inside_page(out)


#: A CJK Extension G character: in no bundled font (the fv-han subsets stop at F).
NO_FONT_HAS = "\U00030000"


def test_character_no_font_has_gets_a_visible_marker_and_a_warning(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDVISIT_FALLBACK_FONTS", "")
    fonts.reset_cache()
    hid = world.household(name=f"{NO_FONT_HAS}田秀英")
    with pytest.warns(fonts.MissingGlyphWarning, match="U\\+30000"):
        text = _render(world, world.pay(hid), tmp_path / "rare.pdf")
    assert "〓田秀英" in text


def test_extension_b_name_prints_from_the_bundled_font(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """𠮷 (U+20BB7) is in the fv-han fonts the GUI ships: the receipt draws it, no 〓."""
    monkeypatch.setenv("FIELDVISIT_FALLBACK_FONTS", "")  # nothing from the system
    fonts.reset_cache()
    out = tmp_path / "rare.pdf"
    with warnings.catch_warnings():
        warnings.simplefilter("error", fonts.MissingGlyphWarning)
        text = _render(world, world.pay(world.household(name="𠮷祥")), out)
    assert "𠮷祥" in text and "〓" not in text
    rows = pdffonts(out)
    assert any("FVHanExt" in row[0] for row in rows), rows
    assert all(row[-5] == "yes" for row in rows), "every font embedded"


@pytest.mark.skipif(not DEJAVU.exists(), reason="needs DejaVu Sans as a stand-in fallback font")
def test_fallback_font_draws_what_the_primary_lacks(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDVISIT_FALLBACK_FONTS", str(DEJAVU))
    fonts.reset_cache()
    assert ord("℞") not in fonts.primary().chars
    hid = world.household(name="张℞三")
    out = tmp_path / "fb.pdf"
    with warnings.catch_warnings():
        warnings.simplefilter("error", fonts.MissingGlyphWarning)
        text = _render(world, world.pay(hid), out)
    fonts.reset_cache()
    assert "张℞三" in text
    names = [row[0] for row in pdffonts(out)]
    assert any("DejaVu" in n for n in names)
    assert all(row[-5] == "yes" for row in pdffonts(out))


def test_traditional_script(world: World, tmp_path: Path) -> None:
    world.replica.set_setting("receipt_script", "hant")
    hid = world.household(name="劉德華", address="臺北市中正區重慶南路一段122號")
    text = _render(world, world.pay(hid, cash_fen=120_000), tmp_path / "t.pdf")
    assert "慰問金（品）簽收單" in text
    assert "人民幣壹仟貳佰元整" in text
    assert "劉德華" in text and "臺北市中正區" in text


def test_a5_layout_prints_one_copy_a_page(world: World, tmp_path: Path) -> None:
    out = tmp_path / "a5.pdf"
    text = _render(world, world.pay(), out, layout="a5")
    pages = text.split("\f")
    assert "存根" in pages[0] and "交受助家庭" not in pages[0]
    assert "交受助家庭" in pages[1]
    assert len(zbar_read(out, tmp_path, page=2)) == 1


def test_missing_folder_and_bad_layout_are_clear_errors(world: World, tmp_path: Path) -> None:
    pid = world.pay()
    with world.replica.session() as s:
        with pytest.raises(FieldVisitError, match="does not exist"):
            render_receipt(s, pid, tmp_path / "nowhere" / "r.pdf")
        with pytest.raises(FieldVisitError, match="layout"):
            render_receipt(s, pid, tmp_path / "r.pdf", layout="letter")
        with pytest.raises(FieldVisitError, match="No such payment"):
            render_receipt(s, "nope", tmp_path / "r.pdf")
    with world.replica.reader() as s:
        kinds = list(s.execute(select(ReceiptEvent.kind)).scalars())
    assert kinds == ["issue"]  # failed prints record nothing
    assert not (tmp_path / "r.pdf").exists()


def test_batch_is_one_pdf_with_a_sheet_per_receipt(world: World, tmp_path: Path) -> None:
    ids = [world.pay(cash_fen=10_000 * (i + 1)) for i in range(3)]
    out = tmp_path / "b.pdf"
    with world.replica.session() as s:
        render_batch(s, ids, out)
    pages = pdftotext(out).split("\f")
    assert len([p for p in pages if p.strip()]) == 3
    assert "第2页共3页" in pages[1].replace(" ", "")
    assert "¥300.00" in pages[2]
    with world.replica.reader() as s:  # batches draw the QR with a fixed mask: still readable
        for page, pid in enumerate(ids, 1):
            (code, _) = zbar_read(out, tmp_path, page=page)
            v = verify_payload(s, code)
            assert v.status == "genuine" and v.entry and v.entry["payment_id"] == pid


def test_locked_target_is_a_clear_error_and_leaves_nothing(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on Windows when the old PDF is open in a viewer: replacing it fails."""
    import errno
    import os

    def locked(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    pid = world.pay()
    outdir = tmp_path / "out"
    outdir.mkdir()
    with (
        pytest.raises(FieldVisitError, match=r"Could not write .*Permission denied"),
        world.replica.session() as s,
    ):
        render_receipt(s, pid, outdir / "r.pdf")
    assert list(outdir.iterdir()) == []  # no torn file, no temporary left behind
    with world.replica.reader() as s:  # the failed print was rolled back with its event
        assert list(s.execute(select(ReceiptEvent.kind)).scalars()) == ["issue"]


def _signature_png() -> bytes:
    from io import BytesIO

    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (300, 100), (255, 255, 255, 0))
    ImageDraw.Draw(img).line(
        [(10, 80), (90, 20), (160, 90), (290, 30)], fill=(0, 0, 90, 255), width=5
    )
    buf = BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def test_signature_image_proxy_visitors_and_witness(world: World, tmp_path: Path) -> None:
    import subprocess

    pid = world.pay(
        signature_png=_signature_png(),
        proxy_name="李小明",
        proxy_relation="儿子",
        visitors="张建国、李小红",
        witness="社区主任陈海燕",
    )
    out = tmp_path / "sig.pdf"
    text = _render(world, pid, out)
    for expected in ("李小明", "儿子", "张建国、李小红", "社区主任陈海燕", "代领人", "见证人"):
        assert expected in text
    assert "按手印处" not in text
    images = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert images, "the captured signature is not in the PDF"


def test_fingerprint_box(world: World, tmp_path: Path) -> None:
    text = _render(world, world.pay(sign_mode="fingerprint"), tmp_path / "f.pdf")
    assert "按手印处" in text


def test_reprint_can_be_forced_either_way(world: World, tmp_path: Path) -> None:
    pid = world.pay()
    assert "补打（第1次）" in _render(world, pid, tmp_path / "a.pdf", reprint=True)
    assert "补打" not in _render(world, pid, tmp_path / "b.pdf", reprint=False)
    assert "补打（第2次）" in _render(world, pid, tmp_path / "c.pdf")


def test_missing_font_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVISIT_RESOURCES", str(tmp_path))
    fonts.primary.cache_clear()
    try:
        with pytest.raises(FieldVisitError, match="font is missing"):
            fonts.primary()
    finally:
        monkeypatch.undo()
        fonts.primary.cache_clear()
    assert fonts.primary().name == fonts.PRIMARY


def test_bundled_font_and_its_licence_ship_together() -> None:
    from fieldvisit.resources import resource_path

    assert resource_path("fonts", "wqy-microhei.ttc").stat().st_size > 4_000_000
    notice = resource_path("fonts", "wqy-microhei.NOTICE.txt").read_text("utf-8")
    assert "Apache" in notice
    assert "Apache License" in resource_path("fonts", "LICENSE-Apache-2.0.txt").read_text("utf-8")


def test_total_of_cash_and_goods_visitors_lines_and_stamp_box(world: World, tmp_path: Path) -> None:
    """What an auditor adds up and signs: the 合计 of cash and goods in figures and words,
    the 经办人 named with a line to sign, and the place for the unit's seal."""
    pid = world.pay(
        cash_fen=100_000,
        goods=[
            payments.GoodsLine("大米", "袋", 1, 12_000),
            payments.GoodsLine("食用油", "桶", 2, 9_000),
        ],
        visitors="王建国、李秀兰",
        sign_mode="fingerprint",
    )
    text = _render(world, pid, tmp_path / "t.pdf")
    assert "合计" in text and "人民币壹仟叁佰元整" in text and "¥1,300.00" in text
    assert "小计（大写）人民币叁佰元整" in text  # the goods' own subtotal
    assert "经办人" in text and "王建国、李秀兰" in text and "经办人签字" in text
    assert "单位盖章" in text


def test_absent_recipient_statement_names_who_confirmed(world: World, tmp_path: Path) -> None:
    by_proxy = world.pay(sign_mode="absent", proxy_name="李小红", proxy_relation="女儿")
    text = _render(world, by_proxy, tmp_path / "p.pdf")
    assert "本人不在场" in text and "由代领人代为签收" in text
    assert "本人已收到上述" not in text  # the family member did not sign for herself
    witnessed = world.pay(sign_mode="absent", witness="社区主任 张明")
    text = _render(world, witnessed, tmp_path / "w.pdf")
    assert "由见证人证明" in text and "社区主任 张明" in text
