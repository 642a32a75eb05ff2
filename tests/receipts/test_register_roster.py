"""The receipt register (gaps, voids, reprints) and the sign-off roster."""

from __future__ import annotations

import re
from pathlib import Path

from fieldvisit import payments
from fieldvisit.receipts import render_receipt
from fieldvisit.receipts.register import register
from fieldvisit.receipts.roster import per_page, render_roster
from fieldvisit.store.models import Payment, ReceiptCounter
from fieldvisit.store.replica import Replica
from tests.helpers import all_ops, deliver

from .conftest import World, pdffonts, pdftotext


def test_register_counts_voids_and_reprints(world: World, tmp_path: Path) -> None:
    ids = [world.pay() for _ in range(3)]
    with world.replica.session() as s:
        payments.void_payment(s, ids[1], "录错")
        for _ in range(3):
            render_receipt(s, ids[0], tmp_path / "r.pdf")
    with world.replica.reader() as s:
        (series,) = register(s)
        no = [s.get(Payment, i).receipt_no for i in ids]  # type: ignore[union-attr]
    assert (series.prefix, series.year, series.issued, series.last) == ("HZ01", 2025, 3, 3)
    assert series.gaps == []
    assert series.voids == [no[1]]
    assert series.reprints == {no[0]: 2}
    assert series.printed == 3
    assert series.device == "HZ01"


def test_office_sees_a_gap_for_a_receipt_not_synced_yet(world: World, make_replica: object) -> None:
    ids = [world.pay() for _ in range(4)]
    with world.replica.reader() as s:
        missing_no = s.get(Payment, ids[1]).receipt_no  # type: ignore[union-attr]
    office: Replica = make_replica("OFFICE", role="office")  # type: ignore[operator]
    ops = [
        op
        for op in all_ops(world.replica)
        if op.row_id != ids[1] and op.payload.get("fields", {}).get("payment_id") != ids[1]
    ]
    deliver(ops, office)
    with office.reader() as s:
        series = {x.prefix: x for x in register(s)}
    hz = series["HZ01"]
    assert hz.issued == 3 and hz.last == 4
    assert hz.gaps == [str(int(missing_no[-6:]))]
    assert hz.device == "HZ01"


def test_roster_pages_headers_totals(world: World, tmp_path: Path) -> None:
    n = per_page() + 5
    for i in range(n):
        hid = world.household(name=f"住户{i:03d}", address="杭州市上城区" + "很长的地址" * 12)
        world.pay(
            hid,
            cash_fen=10_000 + i,
            goods=[payments.GoodsLine("大米", "袋", 1, 12_000)] if i % 2 else None,
        )
    voided = world.pay(cash_fen=77_700)
    with world.replica.session() as s:
        payments.void_payment(s, voided, "重复")
    out = tmp_path / "roster.pdf"
    with world.replica.reader() as s:
        render_roster(s, "2026年双节送温暖", out)  # by name, as the GUI or CLI may give it
    pages = [p for p in pdftotext(out).split("\f") if p.strip()]
    assert len(pages) == 2
    for k, page in enumerate(pages, 1):
        flat = page.replace(" ", "")
        assert f"第{k}页共2页" in flat
        assert "领取人签字" in page and "身份证号" in page  # headers repeated
        assert "发放签收表" in page
    flat = re.sub(r"\s", "", pdftotext(out))
    cash = sum(10_000 + i for i in range(n))
    assert f"{cash / 100:,.2f}" in flat
    layout = pdftotext(out, "-layout")
    # the voided family stays listed, its money does not count
    assert re.search(rf"(?<!小计)合计\s*{n + 1}\s*户\s+{cash / 100:,.2f}", layout)
    assert re.search(rf"本页小计\s*{per_page()}\s*户", layout)
    assert "作废" in flat
    assert "住户000" in flat and f"住户{n - 1:03d}" in flat
    assert "110105********0708" in flat
    for row in pdffonts(out):
        assert row[-5:-3] == ["yes", "yes"], row


def test_register_finds_a_number_used_twice_and_a_gap_before_the_first(
    world: World, make_replica: object
) -> None:
    ids = [world.pay() for _ in range(3)]
    with world.replica.session() as s:  # e.g. a laptop restored from an old backup
        s.get(ReceiptCounter, ("HZ01", 2025)).last -= 1  # type: ignore[union-attr]
    again = world.pay()
    with world.replica.session() as s:
        payments.void_payment(s, ids[1], "录错")  # a void's reversal is not a second use
    with world.replica.reader() as s:
        (series,) = register(s)
        twice = s.get(Payment, again).receipt_no  # type: ignore[union-attr]
    assert twice == f"HZ01-2025-{3:06d}"
    assert series.reused == [twice] and series.issued == 3 and series.voided == 1
    office: Replica = make_replica("OFFICE", role="office")  # type: ignore[operator]
    gone = (ids[0], again)
    deliver(
        [
            op
            for op in all_ops(world.replica)
            if op.row_id not in gone and op.payload.get("fields", {}).get("payment_id") not in gone
        ],
        office,
    )
    with office.reader() as s:
        (series,) = register(s)
    # Number 1 never arrived at the office: a gap even though it comes before the first seen.
    assert (series.first, series.last, series.missing, series.gaps) == (2, 3, [(1, 1)], ["1"])
    assert series.missing_text() == "000001" and series.device_id == world.replica.device_id
    assert series.reused == [] and series.voids == [f"HZ01-2025-{2:06d}"]
