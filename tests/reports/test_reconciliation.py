"""Every finding on diverged replicas appears once with the right figures, and acting on it
at the office travels back to the teams as operations."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from fieldvisit import needs, payments, visits
from fieldvisit.errors import FieldVisitError, ValidationError
from fieldvisit.households import edit
from fieldvisit.receipts.register import register
from fieldvisit.reports import budget, conflicts, coverage, duplicates, needs_ledger, payment_checks
from fieldvisit.reports.common import local_time
from fieldvisit.store import oplog
from fieldvisit.store.models import Household, Need, Payment, ReceiptCounter
from fieldvisit.sync.conflicts import list_open, resolve
from tests.reports.conftest import TODAY, World, ship


def _findings(r):
    with r.reader() as s:
        return {
            f.kind: f for f in payment_checks.payment_findings(s)
        }, payment_checks.payment_findings(s)


# ---------------------------------------------------------------- conflicts


def test_conflicting_phone_edits_show_once_with_both_sides(world: World):
    with world.office.reader() as s:
        items = list_open(s)
    assert len(items) == 1
    (c,) = items
    assert (c.label, c.field, c.base_value) == ("刘小山", "phone", "13800138000")
    sides = {(x.device_name, x.value) for x in c.contenders}
    assert sides == {("HZ01", "13911111111"), ("HZ02", "13922222222")}
    table = conflicts.conflicts_table(items)
    for x in c.contenders:  # the table shows local wall time, not UTC, not an HLC string
        shown = local_time(x.time)
        assert shown is not None and abs(shown - datetime.now()) < timedelta(minutes=5)
        assert (
            "HZ0" in conflicts.who(x)
            and f"{shown:%Y-%m-%d %H:%M}" in table.rows[0][4] + table.rows[0][6]
        )


def test_typed_resolution_syncs_to_both_teams(world: World):
    with world.office.reader() as s:
        (c,) = list_open(s)
    with pytest.raises(ValidationError), world.office.session() as s:
        resolve(s, c.id, value="12345")
    with world.office.session() as s:
        resolve(s, c.id, value="139 3333 3333")
    with pytest.raises(FieldVisitError), world.office.session() as s:
        resolve(s, c.id, value="13944444444")
    for r in (world.a, world.b):
        ship(world.office, r)
    for r in (world.office, world.a, world.b):
        with r.reader() as s:
            assert s.get(Household, world.liu).phone == "13933333333"
            assert list_open(s) == []


def test_taking_one_side_keeps_that_value_everywhere(world: World):
    with world.office.reader() as s:
        (c,) = list_open(s)
    chosen = next(x.op_id for x in c.contenders if x.device_name == "HZ02")
    with world.office.session() as s:
        resolve(s, c.id, take=chosen)
    ship(world.office, world.a)
    with world.a.reader() as s:
        assert s.get(Household, world.liu).phone == "13922222222"
        assert list_open(s) == []


# ---------------------------------------------------------------- duplicates


def _pairs(r):
    with r.reader() as s:
        return {(p.a.id, p.b.id): p.reasons for p in duplicates.duplicate_pairs(s)}


def test_same_family_registered_by_two_teams_is_proposed_once(world: World):
    pairs = _pairs(world.office)
    zhang = tuple(sorted((world.zhang_a, world.zhang_b)))
    yang = tuple(sorted((world.yang_a, world.yang_b)))
    assert set(pairs) == {zhang, yang}
    assert pairs[zhang] == ["name_phone", "similar_name"]  # 张晓明 / 張曉明, same phone
    assert pairs[yang] == ["similar_name"]  # 刘洋 / 劉洋 in 西湖区, different phones
    assert _pairs(world.a) == pairs  # the same on every replica that saw the same ops


def test_a_screen_loads_only_the_first_pairs_but_counts_all(world: World):
    from fieldvisit import reports

    with world.office.reader() as s:
        rep = reports.build(s, "duplicates", limit=1)
    assert len(rep.data) == 1 and rep.data[0].reasons[0] == "name_phone"  # strongest first
    assert rep.tables[0].note == "2 candidate pairs"


def test_a_pair_shows_when_each_household_was_registered_in_local_time(
    world: World, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        with world.office.reader() as s:
            (pair,) = [
                p for p in duplicates.duplicate_pairs(s) if world.zhang_a in (p.a.id, p.b.id)
            ]
            for brief in (pair.a, pair.b):
                stored = s.get(Household, brief.id).created_at  # UTC
                assert brief.created_at is not None
                assert brief.created_at - stored.replace(tzinfo=None) == timedelta(hours=8)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_homophone_and_id_number_rules(world: World):
    with world.a.session() as s:
        x = edit.create_household(s, edit.HouseholdInput(name="张小明", phone="13812345678"))
        y = edit.create_household(
            s, edit.HouseholdInput(name="陈静", id_number="110105198001010032")
        )
        z = edit.create_household(
            s, edit.HouseholdInput(name="陈晶晶", id_number="110105198001010032")
        )
    pairs = _pairs(world.a)
    assert pairs[tuple(sorted((y, z)))] == ["id_number"]
    assert pairs[tuple(sorted((x, world.zhang_a)))] == ["name_phone"]  # 小/晓 sound the same
    with world.a.reader() as s:
        p = next(p for p in duplicates.duplicate_pairs(s) if {p.a.id, p.b.id} == {y, z})
    assert p.a.id_number_masked == "110105********0032"


def test_names_that_only_share_initials_are_not_proposed(world: World):
    with world.a.session() as s:  # same district as 张晓明, initials "...xm", another family
        wang = edit.create_household(s, edit.HouseholdInput(name="王小明", district="拱墅区"))
        zhao = edit.create_household(s, edit.HouseholdInput(name="赵晓梅", district="拱墅区"))
    pairs = _pairs(world.a)
    assert not any({wang, zhao} & set(pair) for pair in pairs)
    with world.a.session() as s:
        again = edit.create_household(s, edit.HouseholdInput(name="王小銘", district="拱墅区"))
    assert _pairs(world.a)[tuple(sorted((wang, again)))] == ["similar_name"]


def test_dismissed_pair_is_not_proposed_again_on_any_replica(world: World):
    with world.office.session() as s:
        duplicates.dismiss_pair(s, world.yang_a, world.yang_b, "两户，不同人")
    with world.b.session() as s:  # the team dismisses the same pair at the same time
        duplicates.dismiss_pair(s, world.yang_b, world.yang_a)
    world.sync_all()
    ship(world.b, world.office)
    for r in (world.office, world.a, world.b):
        assert tuple(sorted((world.yang_a, world.yang_b))) not in _pairs(r)
        assert len(_pairs(r)) == 1


def test_merge_moves_payments_and_then_finds_the_double_payment(world: World):
    with world.b.session() as s:  # team 2 paid its copy of the family too
        visits.record_visit(
            s,
            visits.VisitInput(
                household_id=world.zhang_b,
                visited_on=TODAY,
                campaign_id=world.campaign,
                payment=payments.PaymentInput(cash_fen=30_000),
            ),
        )
    ship(world.b, world.office)
    by_kind, _ = _findings(world.office)
    assert by_kind["double"].household_id == world.liu  # not yet: two "different" households
    with world.office.session() as s:
        duplicates.merge_pair(s, world.zhang_b, world.zhang_a)
    ship(world.office, world.b)
    with world.b.reader() as s:
        loser = s.get(Household, world.zhang_b)
        assert loser.archived and loser.merged_into == world.zhang_a
        moved = (
            s.execute(
                select(Payment.household_id).where(Payment.orig_household_id == world.zhang_b)
            )
            .scalars()
            .all()
        )
        assert moved == [world.zhang_a]
    for r in (world.office, world.b):
        _, found = _findings(r)
        doubles = [f for f in found if f.kind == "double"]
        assert sorted(f.household for f in doubles) == ["刘小山", "张晓明"]
        zhang = next(f for f in doubles if f.household_id == world.zhang_a)
        assert zhang.amount_fen == 60_000 and len(zhang.payments) == 2
        assert tuple(sorted((world.zhang_a, world.zhang_b))) not in _pairs(r)


# ---------------------------------------------------------------- payment checks


def test_each_payment_finding_appears_once_with_its_figures(world: World):
    by_kind, found = _findings(world.office)
    assert sorted(f.kind for f in found) == ["double", "over_standard", "over_stock"]
    double = by_kind["double"]
    assert double.household == "刘小山" and double.amount_fen == 110_000
    assert {p.id for p in double.payments} == {world.pay_a, world.pay_b}
    assert {p.device for p in double.payments} == {"HZ01", "HZ02"}
    assert all(p.receipt_no.endswith("-000001") for p in double.payments)
    over = by_kind["over_standard"]
    assert (over.amount_fen, over.limit_fen, over.payments[0].id) == (60_000, 50_000, world.pay_a)
    # Read on two paths (the paid-twice line by rowid, the one above the standard in its
    # own query): the same payment shows the same date, team, device, amounts, number.
    line = over.payments[0]
    assert line == next(p for p in double.payments if p.id == world.pay_a)
    assert line.paid_on is not None and line.team and line.device in {"HZ01", "HZ02"}
    assert (line.cash_fen, over.household) == (60_000, "刘小山")
    stock = by_kind["over_stock"]
    assert (stock.item, stock.quantity, stock.stock, stock.amount_fen) == ("温暖包", 2, 1, 40_000)
    assert {f.key for f in _findings(world.a)[1]} == {f.key for f in found}


def test_void_with_reason_settles_findings_and_keeps_both_ledger_rows(world: World):
    with pytest.raises(ValidationError), world.office.session() as s:
        payment_checks.void_payment(s, world.pay_b, "  ")
    with world.office.session() as s:
        rid = payment_checks.void_payment(s, world.pay_b, "第二组重复发放 已追回")
    by_kind, _ = _findings(world.office)
    assert set(by_kind) == {"over_standard"}  # no longer twice, and one 温暖包 of one in stock
    for r in (world.a, world.b):
        ship(world.office, r)
        with r.reader() as s:
            rows = (
                s.execute(select(Payment).where(Payment.id.in_([world.pay_b, rid]))).scalars().all()
            )
            reversal = next(p for p in rows if p.id == rid)
            assert len(rows) == 2 and reversal.reverses_id == world.pay_b
            assert (reversal.cash_fen, reversal.reason) == (-50_000, "第二组重复发放 已追回")
        assert set(_findings(r)[0]) == {"over_standard"}


def test_accept_with_reason_closes_a_finding_everywhere(world: World):
    by_kind, _ = _findings(world.office)
    key = by_kind["over_standard"].key
    with pytest.raises(ValidationError), world.office.session() as s:
        payment_checks.accept_finding(s, key, "")
    with pytest.raises(FieldVisitError), world.office.session() as s:
        payment_checks.accept_finding(s, "double:nothing:here:0", "x")
    with world.office.session() as s:
        payment_checks.accept_finding(s, key, "重病户，经主席批准提高标准")
    with pytest.raises(FieldVisitError), world.office.session() as s:
        payment_checks.accept_finding(s, key, "again")
    world.sync_all()
    for r in (world.office, world.a, world.b):
        assert set(_findings(r)[0]) == {"double", "over_stock"}
        with r.reader() as s:
            decided = payment_checks.payment_findings(s, include_decided=True)
        assert key in {f.key for f in decided}


# ---------------------------------------------------------------- budget


def test_budget_against_disbursed_by_team_district_and_category(world: World):
    with world.office.reader() as s:
        rep = budget.budget_report(s)
    (line,) = rep.lines
    assert (line.budget_fen, line.cash_fen, line.goods_fen) == (100_000, 140_000, 40_000)
    assert line.over and line.remaining_fen == -80_000 and line.payments == 3
    by = {(b.dimension, b.key): (b.cash_fen, b.goods_fen, b.payments) for b in rep.breakdown}
    assert by[("district", "西湖区")] == (110_000, 20_000, 2)
    assert by[("district", "拱墅区")] == (30_000, 20_000, 1)
    assert by[("category", "困难职工")] == (110_000, 20_000, 2)
    assert by[("team", "第一走访组")] == (140_000, 40_000, 3)
    (goods,) = rep.goods
    assert (goods.item, goods.quantity, goods.value_fen, goods.stock) == ("温暖包", 2, 40_000, 1)
    with world.office.session() as s:
        payment_checks.void_payment(s, world.pay_b, "重复")
    with world.office.reader() as s:
        (line,) = budget.budget_report(s).lines
    assert (line.cash_fen, line.goods_fen, line.over, line.payments) == (90_000, 20_000, True, 2)


# ---------------------------------------------------------------- coverage and revisits


def test_teams_read_in_the_order_of_their_numbers(world: World, make_replica):
    """第二 before 第三 and 第十, as a person counts, not as the characters' codes sort."""
    for i, team in enumerate(("第十二走访组", "第三走访组", "第十走访组")):
        r = make_replica(f"T{i}", team=team)
        with r.session() as s:
            edit.create_household(
                s, edit.HouseholdInput(name="冯刚", district="上城区", category="困难职工")
            )
        ship(r, world.office)
    with world.office.reader() as s:
        rep = coverage.coverage(s, world.campaign)
    teams = list(dict.fromkeys(r.team for r in rep.by_team_district if r.team))
    assert teams == ["第一走访组", "第二走访组", "第三走访组", "第十走访组", "第十二走访组"]


def test_coverage_by_team_and_district(world: World):
    with world.office.reader() as s:
        rep = coverage.coverage(s, world.campaign)
    got = {(r.team, r.district): (r.in_scope, r.visited) for r in rep.by_team_district}
    assert got == {
        ("第一走访组", "西湖区"): (2, 1),
        ("第一走访组", "拱墅区"): (1, 1),
        ("第二走访组", "上城区"): (1, 0),
        ("第二走访组", "拱墅区"): (1, 0),
        ("第二走访组", "西湖区"): (1, 0),
    }
    assert {u.household_id for u in rep.unvisited} == {
        world.unvisited,
        world.zhang_b,
        world.yang_a,
        world.yang_b,
    }
    with world.office.session() as s:
        duplicates.merge_pair(s, world.zhang_b, world.zhang_a)
    with world.office.reader() as s:
        rep = coverage.coverage(s, world.campaign)
    assert (rep.in_scope, rep.visited) == (5, 2)


def test_revisit_list_until_visited(world: World):
    with world.office.reader() as s:
        # the day the world was made: a run that crosses midnight counts from it too
        (r,) = coverage.revisits(s, 6, today=TODAY)
        assert coverage.revisits(s, 1, today=TODAY) == []  # left 40 days ago
    assert (r.household_id, r.days_since_left, r.last_visit) == (world.wang, 40, None)
    with world.a.session() as s:
        visits.record_visit(s, visits.VisitInput(household_id=world.wang, visited_on=TODAY))
    ship(world.a, world.office)
    with world.office.reader() as s:
        assert coverage.revisits(s, 6, today=TODAY) == []


# ---------------------------------------------------------------- needs ledger


def test_needs_ledger_counts_ages_and_overdue(world: World):
    with world.office.reader() as s:
        ledger = needs_ledger.needs_ledger(s, TODAY)  # not the clock: midnight may pass
    assert ledger.headline() == "2 recorded, 0 resolved"
    (late,) = ledger.overdue
    assert (late.household, late.category, late.days_overdue) == ("刘小山", "医疗救助", 3)
    with world.a.reader() as s:
        nid = s.execute(select(Need.id).where(Need.category == "子女就学")).scalar_one()
    with world.a.session() as s:
        needs.transition(s, nid, "resolved", "学校已减免")
    ship(world.a, world.office)
    with world.office.reader() as s:
        ledger = needs_ledger.needs_ledger(s, TODAY + timedelta(days=10))
    assert ledger.headline() == "2 recorded, 1 resolved"
    rows = {r.category: r for r in ledger.rows}
    assert (rows["子女就学"].resolved, rows["医疗救助"].open, rows["医疗救助"].overdue) == (1, 1, 1)
    # Recorded while the world was built: the day TODAY names, or the next if a run
    # crossed midnight since this module was imported.
    with world.office.reader() as s:
        stamp = s.execute(select(Need.created_at).where(Need.category == "医疗救助")).scalar_one()
    recorded = local_time(stamp).date()
    assert recorded - TODAY in (timedelta(0), timedelta(days=1))
    assert rows["医疗救助"].oldest_open_days == 10 - (recorded - TODAY).days
    assert rows["医疗救助"].owner == "李干事"
    (done,) = ledger.settled_needs  # settled needs stay in the ledger, with how
    assert (done.household, done.status, done.note) == ("刘小山", "resolved", "学校已减免")
    _ledger, late, settled = needs_ledger.needs_tables(ledger)
    assert settled.rows[0][-1] == "学校已减免"
    assert [r[3] for r in late.rows] == ["open"]
    assert [r[3] for r in settled.rows] == ["resolved"]


def test_a_need_recorded_before_eight_in_the_morning_is_not_a_day_old(
    make_replica, monkeypatch: pytest.MonkeyPatch
):
    """Ages count in local days: at 07:30 in Beijing it is still yesterday in UTC."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        # The next 23:30 UTC, 07:30 in Beijing: ahead of the clock (a stamp never goes back),
        # by less than a day (the office takes it without doubting the team's clock).
        now = datetime.now(UTC)
        morning = now.replace(hour=23, minute=30, second=0, microsecond=0)
        morning += timedelta(days=1) if morning <= now else timedelta()
        beijing = (morning + timedelta(hours=8)).date()
        team = make_replica("HZ07", wall=lambda: int(morning.timestamp() * 1000))
        office = make_replica("OFFICE", team="办公室", role="office")
        with team.session() as s:
            hid = edit.create_household(s, edit.HouseholdInput(name="陈静", district="上城区"))
            needs.create_need(s, hid, needs.NeedInput("医疗救助", "门诊费用", owner="李干事"))
        ship(team, office)  # the office stamps it with the time it was recorded
        with office.reader() as s:
            (row,) = needs_ledger.needs_ledger(s, beijing).rows
            assert (row.oldest_open_days, row.avg_open_age_days) == (0, 0.0)
            (row,) = needs_ledger.needs_ledger(s, beijing + timedelta(days=10)).rows
            assert row.oldest_open_days == 10
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_need_from_a_paper_visit_counts_from_the_visit_day(make_replica):
    """A visit done on paper and typed in later: its needs are as old as the visit,
    a household's or a unit's; a need without a visit counts from its typing."""
    from fieldvisit.units import distributions, registry, wishlist

    team = make_replica("HZ07")
    office = make_replica("OFFICE", team="办公室", role="office")
    typed = date.today()
    with team.session() as s:
        hid = edit.create_household(s, edit.HouseholdInput(name="陈静", district="上城区"))
        visits.record_visit(
            s,
            visits.VisitInput(
                household_id=hid,
                visited_on=typed - timedelta(days=12),
                needs=[needs.NeedInput("医疗救助", "门诊费用", owner="李干事")],
            ),
        )
        uid = registry.create_unit(s, registry.UnitInput(name="城西快递站"))
        got = distributions.record_unit_visit(
            s,
            distributions.UnitVisitInput(
                unit_id=uid, visited_on=typed - timedelta(days=5), visitors="李干事"
            ),
        )
        wishlist.add_unit_need(
            s, uid, needs.NeedInput("食堂", "午餐没有热饭"), visit_id=got.visit_id
        )
        needs.create_need(s, hid, needs.NeedInput("子女就学", "学费", owner="王干事"))
    ship(team, office)
    with office.reader() as s:
        later = typed + timedelta(days=3)
        ages = {r.category: r.oldest_open_days for r in needs_ledger.needs_ledger(s, later).rows}
        stamp = s.execute(select(Need.created_at).where(Need.category == "子女就学")).scalar_one()
    # The need without a visit counts from the day it was typed in (today, or tomorrow
    # if the run crossed midnight).
    assert ages == {"医疗救助": 15, "食堂": 8, "子女就学": (later - local_time(stamp).date()).days}
    assert ages["子女就学"] in (2, 3)


# ---------------------------------------------------------------- receipt register


def test_receipt_register_gaps_voids_and_reprints(world: World):
    with world.a.session() as s:  # two numbers taken and lost (e.g. torn receipts never voided)
        s.get(ReceiptCounter, ("HZ01", TODAY.year)).last += 2
        pid = visits.record_visit(
            s,
            visits.VisitInput(
                household_id=world.unvisited,
                visited_on=TODAY,
                campaign_id=world.campaign,
                payment=payments.PaymentInput(cash_fen=10_000),
            ),
        ).payment_id
        rec = s.get(Payment, pid).receipt_no
        oplog.create(
            s,
            "receipt_event",
            "8b1c1e0e-0000-4000-8000-000000000001",
            {
                "receipt_no": rec,
                "payment_id": pid,
                "device_id": world.a.device_id,
                "kind": "reprint",
            },
        )
    ship(world.a, world.office)
    with world.office.session() as s:
        payment_checks.void_payment(s, world.pay_b, "重复")
    with world.office.reader() as s:
        series = {x.device: x for x in register(s)}
    a, b = series["HZ01"], series["HZ02"]
    assert (a.issued, a.first, a.last, a.missing, a.reprinted, a.voided) == (
        3,
        1,
        5,
        [(3, 4)],
        1,
        0,
    )
    assert a.missing_text() == "000003–000004"
    assert (b.issued, b.voided, b.missing_count, b.reused) == (1, 1, 0, [])
