"""Receipt speed: one receipt, a 1,000-receipt batch, a 1,000-family roster.

Baseline, measured in the same run: bare reportlab drawing the same strings
(the two copies' texts, with the registered font) and the same QR code (segno
modules as rectangles) into a PDF, with no database, layout or checks. Targets
(issue 4): one receipt < 50 ms warm and <= 1.5x the baseline; a batch of 1,000
in one PDF < 10 s; a roster of 1,000 families < 5 s.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import warnings
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("FIELDVISIT_PASSPHRASE", "bench-passphrase")
os.environ.setdefault("FIELDVISIT_NO_KEYRING", "1")

import segno
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from fieldvisit import campaigns, payments
from fieldvisit.households import edit
from fieldvisit.receipts import data as rdata
from fieldvisit.receipts import fonts, render_batch, render_receipt
from fieldvisit.receipts.roster import render_roster
from fieldvisit.store.models import Campaign, Payment
from fieldvisit.store.replica import Replica


def _best(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _world(base: Path, families: int) -> tuple[Replica, list[str]]:
    r = Replica.create(base, device="BENCH01", team="第一走访组", organisation="杭州市某区总工会")
    ids = []
    with r.session() as s:
        cid = campaigns.create_campaign(
            s, campaigns.CampaignInput(name="2026年双节送温暖", fund_source="市总工会帮扶资金")
        )
        for i in range(families):
            hid = edit.create_household(
                s,
                edit.HouseholdInput(
                    name=f"王秀{'英兰芳娟'[i % 4]}{i}",
                    address=f"杭州市上城区清波街道劳动路{i % 300 + 1}号{i % 12 + 1}幢{i % 900 + 101}室",
                    category="困难职工",
                ),
            )
            ids.append(
                payments.record_payment(
                    s,
                    household_id=hid,
                    campaign_id=cid,
                    paid_on=date(2025, 12, 1),
                    data=payments.PaymentInput(
                        cash_fen=120_000,
                        goods=[payments.GoodsLine("大米", "袋", 1, 12_000)],
                        visitors="张建国、李小红",
                        witness="社区主任",
                    ),
                    team_id=r.team_id,
                )
            )
    return r, ids


def _baseline(out: Path, d: rdata.ReceiptData) -> None:
    """Bare reportlab: the same strings and QR, placed at fixed points, no checks."""
    face = fonts.primary()
    c = Canvas(str(out), initialFontName=face.name)
    strings = [
        d.organisation,
        "慰问金（品）签收单",
        "存根",
        d.campaign,
        d.receipt_no,
        d.name,
        d.id_masked,
        d.address,
        d.category,
        "人民币壹仟贰佰元整",
        "¥1,200.00",
        "大米",
        "袋",
        "1",
        "¥120.00",
        "本人已收到上述慰问金和慰问品，数量、金额无误，特此签收。",
        d.visitors,
        d.witness,
        "fieldvisit",
        "第1联 存根",
        "第 1 页 共 1 页",
    ]
    for half in (0, 421):
        c.setFont(face.name, 10)
        for i, s in enumerate(strings):
            c.drawString(40, half + 400 - i * 18, s)
        m = segno.make(d.qr, error="m").matrix
        p = c.beginPath()
        for r, row in enumerate(m):  # one rect per run of dark modules, as the receipt does
            k = 0
            while k < len(row):
                if row[k]:
                    start = k
                    while k < len(row) and row[k]:
                        k += 1
                    p.rect(480 + start * 2, half + 100 - r * 2, (k - start) * 2, 2)
                else:
                    k += 1
        c.drawPath(p, stroke=0, fill=1)
    c.showPage()
    c.save()


def main(quick: bool) -> None:
    n = 100 if quick else 1000
    warnings.simplefilter("ignore", fonts.MissingGlyphWarning)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        t0 = time.perf_counter()
        r, ids = _world(base / "replica", n)
        print(f"   set-up: {n} families and payments in {time.perf_counter() - t0:.1f} s")
        with r:
            cold = time.perf_counter()
            with r.session() as s:
                render_receipt(s, ids[0], base / "cold.pdf")
            print(
                f"   first receipt (cold: font registration) {1000 * (time.perf_counter() - cold):.0f} ms"
            )
            with r.reader() as s:
                (d,) = rdata.load(s, [ids[0]])
            runs = 10 if quick else 30

            base_t = _best(lambda: _baseline(base / "base.pdf", d), runs)

            fresh = iter(ids[1:])

            def one() -> None:  # a different payment each time: no QR or text cache hits
                with r.session() as s:
                    render_receipt(s, next(fresh), base / "one.pdf")

            one_t = _best(one, runs)
            print(
                f"   one receipt (load, record print, draw, write): {1000 * one_t:.1f} ms "
                f"(target < 50 ms); baseline {1000 * base_t:.1f} ms; "
                f"ratio {one_t / base_t:.2f} (target <= 1.5)"
            )

            t = time.perf_counter()
            with r.session() as s:
                render_batch(s, ids, base / "batch.pdf")
            batch_t = time.perf_counter() - t
            t = time.perf_counter()
            for _ in range(min(n, 100)):
                _baseline(base / "b.pdf", d)
            per_base = (time.perf_counter() - t) / min(n, 100)
            print(
                f"   batch of {n} receipts in one PDF: {batch_t:.2f} s (target < 10 s for 1,000); "
                f"{1000 * batch_t / n:.1f} ms a receipt; ratio to baseline per receipt "
                f"{batch_t / n / per_base:.2f}"
            )

            t = time.perf_counter()
            with r.reader() as s:
                camp = s.execute(select(Campaign)).scalars().one()
                render_roster(s, camp, base / "roster.pdf")
            roster_t = time.perf_counter() - t
            with r.reader() as s:
                count = len(list(s.execute(select(Payment.id)).scalars()))
            print(f"   roster of {count} families: {roster_t:.2f} s (target < 5 s for 1,000)")


if __name__ == "__main__":
    main(quick=False)
