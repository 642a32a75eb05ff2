"""The checks before money changes hands, Qt-free: what counts as paid before, and that
``record`` cannot be talked past with an empty reason."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from fieldvisit import campaigns, payments, visit_checks, visits
from fieldvisit.households import edit
from tests.helpers import all_ops, deliver

TODAY = date.today()


@pytest.fixture(autouse=True)
def _today() -> None:
    """Today as each test starts: taken once at import, a run that crosses midnight
    would call tomorrow "today" and a future date would pass."""
    global TODAY
    TODAY = date.today()


def _world(make_replica: Any) -> tuple[Any, Any, str, str]:
    a, b = make_replica("HZ01"), make_replica("HZ02")
    with a.session() as s:
        cid = campaigns.create_campaign(
            s,
            campaigns.CampaignInput(
                name="双节送温暖",
                starts_on=TODAY - timedelta(days=10),
                ends_on=TODAY + timedelta(days=30),
                standards={"困难职工": 100_000},
            ),
        )
        hid = edit.create_household(s, edit.HouseholdInput(name="王秀英", category="困难职工"))
    deliver(all_ops(a), b)
    return a, b, cid, hid


def _visit(hid: str, cid: str, cash: int, reason: str | None = None, **kw: Any) -> Any:
    return visits.VisitInput(
        household_id=hid,
        visited_on=kw.pop("day", TODAY),
        campaign_id=cid,
        visitors="王建国",
        payment=payments.PaymentInput(
            cash_fen=cash,
            visitors="王建国",
            override_reason=reason,
            **{"sign_mode": "fingerprint", **kw},
        ),
    )


def test_another_devices_payment_held_here_is_paid_before_and_a_voided_one_is_not(
    make_replica: Any,
) -> None:
    a, b, cid, hid = _world(make_replica)
    with b.session() as s:
        first = visit_checks.record(s, _visit(hid, cid, 100_000))
    with a.reader() as s:  # A has not seen B's payment yet: nothing to warn of
        assert (
            visit_checks.visit_checks(visit_checks.load_facts(s, hid), _visit(hid, cid, 50_000))
            == []
        )
    deliver(all_ops(b), a)
    with a.reader() as s:
        found = visit_checks.visit_checks(visit_checks.load_facts(s, hid), _visit(hid, cid, 50_000))
    assert [c.kind for c in found] == ["paid_before"]
    assert first.receipt_no in found[0].message and "HZ02" in found[0].message
    assert "1,000.00" in found[0].message and "王建国" in found[0].message
    with a.session() as s, pytest.raises(visit_checks.CheckFailed):
        visit_checks.record(s, _visit(hid, cid, 50_000, reason="   "))  # blank is no reason
    with b.session() as s:
        payments.void_payment(s, first.payment_id, "金额填错")
    deliver(all_ops(b), a)
    with a.reader() as s:
        facts = visit_checks.load_facts(s, hid)
    assert visit_checks.visit_checks(facts, _visit(hid, cid, 50_000)) == []


def test_warnings_pass_with_a_reason_refusals_never(make_replica: Any) -> None:
    a, _b, cid, hid = _world(make_replica)
    with a.session() as s:
        with pytest.raises(visit_checks.CheckFailed) as over:
            visit_checks.record(s, _visit(hid, cid, 150_000))
        assert over.value.page == "money" and "standard" in str(over.value)
        visit_checks.record(s, _visit(hid, cid, 150_000, reason="重病追加"))
        with pytest.raises(visit_checks.CheckFailed) as ahead:
            visit_checks.record(s, _visit(hid, cid, 0, reason="x", day=TODAY + timedelta(days=1)))
        assert [c.kind for c in ahead.value.checks] == ["future_date"]
        with pytest.raises(visit_checks.CheckFailed) as absent:
            visit_checks.record(s, _visit(hid, cid, 1_000, reason="x", sign_mode="absent"))
        assert "absent_unconfirmed" in [c.kind for c in absent.value.checks]
