"""The organisation name printed on receipts: office renames it, the rename syncs, fields may not."""

from __future__ import annotations

import pytest

from fieldvisit import organisation
from fieldvisit.errors import FieldVisitError
from tests.helpers import all_ops, deliver


def test_office_renames_and_every_replica_prints_the_new_name(make_replica):
    office = make_replica("OFFICE", role="office")
    field = make_replica("HZ01")
    with field.reader() as s:
        assert organisation.name(s) == "测试区总工会"  # the name given at set-up
    with office.session() as s:
        assert organisation.rename(s, "杭州市西湖区总工会")
        assert not organisation.rename(s, "杭州市西湖区总工会")  # nothing changed
    with office.session() as s:
        organisation.rename(s, "杭州市西湖区总工会（帮扶中心）")
    deliver(all_ops(office), field)
    with field.reader() as s:
        assert organisation.name(s) == "杭州市西湖区总工会（帮扶中心）"


def test_a_field_device_may_not_rename_it(make_replica):
    field = make_replica("HZ01")
    with field.session() as s, pytest.raises(FieldVisitError, match="office"):
        organisation.rename(s, "随便一个单位")
    with field.reader() as s:
        assert organisation.name(s) == "测试区总工会"


def test_empty_name_is_refused(make_replica):
    office = make_replica("OFFICE", role="office")
    with office.session() as s, pytest.raises(FieldVisitError):
        organisation.rename(s, "  ")


def test_receipts_print_the_synced_name(make_replica):
    from datetime import date

    from fieldvisit import payments, visits
    from fieldvisit.households import edit
    from fieldvisit.receipts import data

    office = make_replica("OFFICE", role="office")
    with office.session() as s:
        organisation.rename(s, "杭州市西湖区总工会")
        hid = edit.create_household(s, edit.HouseholdInput(name="刘小山"))
        pid = visits.record_visit(
            s,
            visits.VisitInput(
                household_id=hid,
                visited_on=date.today(),
                payment=payments.PaymentInput(cash_fen=50_000),
            ),
        ).payment_id
    with office.reader() as s:
        (receipt,) = data.load(s, [pid])
    assert "杭州市西湖区总工会" in str(receipt)
