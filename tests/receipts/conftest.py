"""Fixtures for receipts: a replica with a campaign, households and payments, and PDF readers."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from fieldvisit import campaigns, payments
from fieldvisit.households import edit
from fieldvisit.store.replica import Replica

ID_X = "110105194912310708"  # valid check digit X


@dataclass
class World:
    replica: Replica
    campaign_id: str
    pay: Callable[..., str]
    household: Callable[..., str]


@pytest.fixture
def world(replica: Replica) -> World:
    with replica.session() as s:
        cid = campaigns.create_campaign(
            s, campaigns.CampaignInput(name="2026年双节送温暖", fund_source="市总工会帮扶资金")
        )

    def household(
        name: str = "王秀英",
        id_number: str | None = ID_X,
        address: str | None = "杭州市上城区清波街道劳动路112号3幢402室",
        category: str = "困难职工",
    ) -> str:
        with replica.session() as s:
            return edit.create_household(
                s,
                edit.HouseholdInput(
                    name=name,
                    id_number=id_number,
                    address=address,
                    category=category,
                    district="上城区",
                ),
            )

    def pay(
        hid: str | None = None,
        cash_fen: int = 120_000,
        goods: list[payments.GoodsLine] | None = None,
        paid_on: date = date(2025, 12, 1),
        **kw: object,
    ) -> str:
        hid = hid or household()
        with replica.session() as s:
            return payments.record_payment(
                s,
                household_id=hid,
                campaign_id=cid,
                paid_on=paid_on,
                data=payments.PaymentInput(cash_fen=cash_fen, goods=goods or [], **kw),  # type: ignore[arg-type]
                team_id=replica.team_id,
            )

    return World(replica, cid, pay, household)


def pdftotext(pdf: Path, *extra: str) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *extra, str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Error" not in done.stderr, done.stderr  # poppler complains about a malformed PDF
    return done.stdout


def pdffonts(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def zbar_read(pdf: Path, tmp: Path, page: int = 1) -> list[str]:
    stem = tmp / f"render-{page}"
    done = subprocess.run(
        [
            "pdftoppm",
            "-r",
            "150",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            "-png",
            str(pdf),
            str(stem),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Error" not in done.stderr, done.stderr
    done = subprocess.run(
        # QR codes only, the one symbology receipts print: with all enabled, zbar once read
        # a stray Codabar "B71A" out of the page's text.
        [
            "zbarimg",
            "--quiet",
            "--raw",
            "-Sdisable",
            "-Sqrcode.enable",
            str(stem.with_suffix(".png")),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    return [x for x in done.stdout.splitlines() if x]


@pytest.fixture(autouse=True, scope="session")
def _tools() -> None:
    for tool in ("pdftotext", "pdffonts", "pdftoppm", "zbarimg"):
        if not shutil.which(tool):
            pytest.fail(f"{tool} is required for the receipt tests (see .ci/apt.d/receipts.txt)")
