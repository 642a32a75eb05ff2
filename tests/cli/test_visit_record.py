"""``fieldvisit visit record`` (补录): the wizard's checks from the command line.

Each check that needs a reason exits 2 with the wizard's message and saves
nothing; with ``--reason`` the visit is saved, the reason is on the payment and
the office's payment findings show it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from fieldvisit import campaigns
from fieldvisit.cli import main
from fieldvisit.reports import payment_checks
from fieldvisit.store.models import Household, Payment
from fieldvisit.store.replica import Replica


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("fv") / "base"
    assert main(["--data-dir", str(d), "init", "--device", "HZ03", "--team", "第一走访组"]) == 0
    assert main(["--data-dir", str(d), "demo", "--households", "60", "--seed", "5"]) == 0
    return d


@pytest.fixture
def data(base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[str]:
    """A fresh copy of the demo replica for each test."""
    import shutil

    d = tmp_path / "fv"
    shutil.copytree(base, d)
    capsys.readouterr()
    yield str(d)


def _read(d: str) -> Replica:
    return Replica.open(Path(d))


def _household(d: str, *, paid: bool) -> tuple[Household, str, Any]:
    with _read(d).reader() as s:
        camp = campaigns.current(s)
        assert camp is not None
        in_camp = select(Payment.household_id).where(Payment.campaign_id == camp.id)
        cond = Household.id.in_(in_camp) if paid else Household.id.not_in(in_camp)
        hh = s.execute(select(Household).where(cond).order_by(Household.name)).scalars().first()
        return hh, camp.name, camp


def _payments(d: str) -> int:
    with _read(d).reader() as s:
        return int(s.execute(select(func.count()).select_from(Payment)).scalar() or 0)


def _record(d: str, *argv: str) -> int:
    return main(["--data-dir", d, "visit", "record", *argv])


def _findings(d: str, kind: str, household_id: str) -> list[payment_checks.Finding]:
    with _read(d).reader() as s:
        return [
            f
            for f in payment_checks.payment_findings(s)
            if f.kind == kind and f.household_id == household_id
        ]


def test_double_payment_needs_a_reason_then_is_listed_with_it(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    hh, camp, _c = _household(data, paid=True)
    with _read(data).reader() as s:
        first = s.execute(select(Payment).where(Payment.household_id == hh.id)).scalars().first()
    before = _payments(data)
    base = ["--household", hh.id_number, "--campaign", camp, "--cash", "500"]
    assert _record(data, *base, "--visitor", "王建国", "--signed") == 2
    err = capsys.readouterr().err
    assert "Already paid in this campaign" in err and first.receipt_no in err
    assert _payments(data) == before  # nothing saved
    reason = "本人住院期间首次发放由家属代领，补发差额"
    assert (
        _record(data, *base, "--visitor", "王建国", "--signed", "--reason", reason, "--json") == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["receipt_no"].startswith("HZ03-") and out["visit_id"] and out["payment_id"]
    found = _findings(data, "double", hh.id)
    assert len(found) == 1 and reason in {p.reason for p in found[0].payments}


def test_absent_needs_a_proxy_or_a_witness(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    hh, camp, _c = _household(data, paid=False)
    base = ["--household", hh.register_no, "--campaign", camp, "--visitor", "王建国", "--absent"]
    base += ["--cash", "300"]
    before = _payments(data)
    assert _record(data, *base) == 2
    assert "absent" in capsys.readouterr().err
    assert _record(data, *base, "--proxy", "李小红") == 2  # a proxy without a relation
    assert _payments(data) == before
    assert _record(data, *base, "--proxy", "李小红", "--proxy-relation", "女儿") == 0
    assert _payments(data) == before + 1


def test_a_visitor_is_always_needed(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    hh, camp, _c = _household(data, paid=False)
    assert (
        _record(data, "--household", hh.id, "--campaign", camp, "--visitor", " ", "--signed") == 2
    )
    assert "visitor" in capsys.readouterr().err


def test_date_outside_the_campaign_needs_a_reason_and_the_future_is_refused(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    hh, camp, c = _household(data, paid=False)
    early = (c.starts_on - timedelta(days=240)).isoformat()
    base = ["--household", hh.id_number, "--campaign", camp, "--visitor", "王建国", "--fingerprint"]
    base += ["--cash", "200"]
    before = _payments(data)
    assert _record(data, *base, "--date", early) == 2
    assert "outside the campaign period" in capsys.readouterr().err
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert _record(data, *base, "--date", tomorrow, "--reason", "预先登记") == 2
    assert "future" in capsys.readouterr().err
    assert _payments(data) == before
    assert _record(data, *base, "--date", early, "--reason", "补录去年纸质表") == 0
    with _read(data).reader() as s:
        pay = (
            s.execute(
                select(Payment).where(Payment.household_id == hh.id, Payment.campaign_id == c.id)
            )
            .scalars()
            .one()
        )
    assert pay.paid_on.isoformat() == early and pay.override_reason == "补录去年纸质表"


def test_over_standard_needs_a_reason_then_is_listed_with_it(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    hh, camp, c = _household(data, paid=False)
    std = campaigns.standard_for(c, hh.category)
    cash = str(std // 100 + 300)
    base = ["--household", hh.id_number, "--campaign", camp, "--visitor", "王建国", "--signed"]
    assert _record(data, *base, "--cash", cash, "--goods", "大米:2") == 2
    assert "standard" in capsys.readouterr().err
    assert _findings(data, "over_standard", hh.id) == []
    assert _record(data, *base, "--cash", cash, "--goods", "大米:2", "--reason", "重病追加") == 0
    found = _findings(data, "over_standard", hh.id)
    assert [p.reason for f in found for p in f.payments] == ["重病追加"]
    with _read(data).reader() as s:
        pay = (
            s.execute(
                select(Payment).where(Payment.household_id == hh.id, Payment.campaign_id == c.id)
            )
            .scalars()
            .one()
        )
    assert pay.goods[0]["item"] == "大米" and pay.goods[0]["quantity"] == 2


def test_csv_rows_all_or_nothing_with_a_report_per_row(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, camp, _c = _household(data, paid=False)
    with _read(data).reader() as s:
        b = (
            s.execute(select(Household).where(Household.id != a.id).order_by(Household.id_number))
            .scalars()
            .first()
        )
    head = "household,campaign,date,cash,goods,visitors,confirmed,proxy,proxy_relation,witness,reason,note\n"
    good = f"{a.id_number},{camp},,300,大米:1,王建国;李秀兰,signed,,,,,\n"
    bad = f"{b.id_number},{camp},,300,,王建国,absent,,,,,\n"  # absent, nobody confirms
    f = tmp_path / "paper.csv"
    f.write_text(head + good + bad, encoding="utf-8-sig")
    before = _payments(data)
    assert _record(data, "--from", str(f)) == 2
    err = capsys.readouterr().err
    assert "Row 2: in order" in err and "Row 3:" in err and "Nothing was saved" in err
    assert _payments(data) == before  # the good row was not saved either
    # the same household twice in one file: the second row sees the first
    f.write_text(head + good + good, encoding="utf-8-sig")
    assert _record(data, "--from", str(f)) == 2
    assert "Already paid" in capsys.readouterr().err
    f.write_text(head + good + bad.replace(",,,,,\n", ",,,社区主任,,\n"), encoding="utf-8-sig")
    assert _record(data, "--from", str(f), "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["saved"] and [r["ok"] for r in out["rows"]] == [True, True]
    assert _payments(data) == before + 2


def test_receipt_print_accepts_a_receipt_number(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with _read(data).reader() as s:
        pay = s.execute(select(Payment).where(Payment.receipt_no.is_not(None))).scalars().first()
    out = tmp_path / "r.pdf"
    assert main(["--data-dir", data, "receipt", "print", pay.receipt_no, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert (
        main(["--data-dir", data, "receipt", "print", "HZ03-1999-000001", "--out", str(out)]) == 2
    )
    assert "HZ03-1999-000001" in capsys.readouterr().err
