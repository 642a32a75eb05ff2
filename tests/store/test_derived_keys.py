"""The household's derived keys (search, name sound, address) follow every write path, and a
replica from before migration 0004 gets them, and the running totals, on opening."""

from __future__ import annotations

from datetime import date

from alembic import command
from sqlalchemy import text

from fieldvisit import integrity, payments
from fieldvisit.households import edit
from fieldvisit.store import migrate
from fieldvisit.store.models import Household
from fieldvisit.store.replica import Replica
from fieldvisit.text import address_key, name_key, sound_key
from tests.helpers import all_ops, deliver


def _keys(r: Replica, hid: str) -> tuple[str, str, str]:
    with r.reader() as s:
        h = s.get(Household, hid)
        assert h is not None
        return h.name_key, h.sound_key, h.addr_key


def test_edits_keep_the_keys_current(make_replica) -> None:
    a = make_replica("HZ01")
    with a.session() as s:
        hid = edit.create_household(
            s, edit.HouseholdInput(name="张晓明", address="上城區 某街道1号")
        )
    assert _keys(a, hid)[1:] == ("zhangxiaoming", "上城区某街道1号")
    with a.session() as s:  # an uncontested edit at the head of the row (the fast path)
        edit.update_household(s, hid, {"address": "西湖区 文三路 2-1号"})
    assert _keys(a, hid)[2] == "西湖区文三路21号"
    with a.session() as s:
        edit.update_household(s, hid, {"name": "張小明"})
    assert _keys(a, hid) == (name_key("張小明"), "zhangxiaoming", "西湖区文三路21号")
    b = make_replica("HZ02")  # the same operations folded elsewhere, in reverse (re-folds)
    deliver(list(reversed(all_ops(a))), b)
    assert _keys(b, hid) == _keys(a, hid)


def test_upgrade_from_0003_fills_keys_and_totals(replica: Replica) -> None:
    with replica.session() as s:
        hid = edit.create_household(s, edit.HouseholdInput(name="刘小山", address="滨江区 1号"))
        payments.record_payment(
            s,
            household_id=hid,
            campaign_id=None,
            paid_on=date(2025, 1, 20),
            data=payments.PaymentInput(cash_fen=10_000, sign_mode="absent"),
        )
    base = replica.base
    with replica.engine.begin() as conn:
        command.downgrade(migrate._config(conn), "0003")
        conn.exec_driver_sql("PRAGMA user_version = 3")
    replica.close()
    with Replica.open(base) as r:
        with r.engine.connect() as conn:
            assert migrate.schema_serial(conn) == migrate.LATEST
        assert _keys(r, hid)[1:] == (sound_key("刘小山"), address_key("滨江区 1号"))
        with r.reader() as s:
            assert s.execute(text("SELECT household_id, live FROM payment_tally")).all() == [
                (hid, 1)
            ]
            assert integrity.tally_problems(s) == []
