"""The running totals the payment checks read (payment_tally, goods_tally) always equal the
ledger: after merges, voids and goods, in any delivery order, bulk or one by one."""

from __future__ import annotations

import random

from sqlalchemy import text

from fieldvisit import demo, integrity, needs, payments, visits
from fieldvisit.households import edit
from fieldvisit.reports import duplicates, payment_checks
from fieldvisit.store import oplog
from fieldvisit.store.merge import apply_batch
from tests.helpers import all_ops, deliver
from tests.reports.conftest import TODAY, World


def _tallies(r) -> tuple[set[tuple], set[tuple]]:
    with r.reader() as s:
        live = {
            tuple(x)
            for x in s.execute(
                text("SELECT campaign_id, household_id, live FROM payment_tally WHERE live != 0")
            )
        }
        goods = {tuple(x) for x in s.execute(text("SELECT * FROM goods_tally ORDER BY 1, 2"))}
    return live, goods


def _busy_history(world: World) -> None:
    with world.b.session() as s:  # team 2 pays its copy of 张晓明 two warmth packs
        visits.record_visit(
            s,
            visits.VisitInput(
                household_id=world.zhang_b,
                visited_on=TODAY,
                campaign_id=world.campaign,
                payment=payments.PaymentInput(
                    cash_fen=30_000, goods=[payments.GoodsLine("温暖包", "个", 2, 20_000)]
                ),
            ),
        )
    world.sync_all()
    with world.office.session() as s:
        duplicates.merge_pair(s, world.zhang_b, world.zhang_a)  # re-points team 2's payment
        payment_checks.void_payment(s, world.pay_b, "重复发放")  # reverses cash and goods
    world.sync_all()


def test_totals_follow_merges_voids_and_goods(world: World) -> None:
    _busy_history(world)
    live, goods = _tallies(world.office)
    assert (world.campaign, world.liu, 1) in live  # paid twice, one voided
    assert (world.campaign, world.zhang_a, 2) in live  # both copies' payments, after the merge
    assert not any(hid == world.zhang_b for _c, hid, _n in live)
    assert goods == {(world.campaign, "温暖包", 3, 60_000)}  # 1 + 2 given, 1 taken back
    for r in (world.office, world.a, world.b):
        with r.reader() as s:
            assert integrity.tally_problems(s) == []
        assert _tallies(r) == (live, goods)


def test_any_delivery_order_gives_the_same_totals(world: World, make_replica) -> None:
    _busy_history(world)
    want = _tallies(world.office)
    ops = all_ops(world.office)
    rng = random.Random(11)
    for attempt in range(4):
        shuffled = ops[:]
        rng.shuffle(shuffled)
        fresh = make_replica(f"OFF{attempt}", team="办公室", role="office")
        if attempt % 2:
            with fresh.session() as s:
                apply_batch(s, shuffled + shuffled[:7])  # duplicates too
        else:
            deliver(shuffled, fresh)
        assert _tallies(fresh) == want
        with fresh.reader() as s:
            assert integrity.tally_problems(s) == []


def test_check_reports_totals_that_drifted(world: World) -> None:
    with world.office.session() as s:
        s.execute(text("UPDATE goods_tally SET quantity = quantity + 5"))
        s.execute(text("DELETE FROM payment_tally WHERE household_id = :h"), {"h": world.liu})
    with world.office.reader() as s:
        problems = integrity.tally_problems(s)
    assert [p.check for p in problems] == ["tally", "tally"]
    assert "payment_tally" in problems[0].message and "goods_tally" in problems[1].message


def _cells(r, table: str = "budget_tally") -> tuple[set[tuple], set[tuple]]:
    """A running total as kept, and the same cells recomputed from the ledger."""
    stored, fresh = integrity.TALLIES[table]
    with r.reader() as s:
        return {tuple(x) for x in s.execute(text(stored))}, {
            tuple(x) for x in s.execute(text(fresh))
        }


def test_budget_totals_stay_exact_through_random_histories(make_replica) -> None:
    """Random merges, unmerges, voids, visits, district and category edits and archives:
    the per-campaign cells of the budget and of the summary's household counts equal the
    ledger's after every step, and a replica that receives the same operations shuffled
    (bulk or one by one) holds the same cells."""
    office = make_replica("OFFICE", team="办公室", role="office")
    demo.generate(office, 40, seed=3)
    _homophones(office)  # groups of duplicates for the edits, merges and archives to break
    rng = random.Random(5)
    with office.reader() as s:
        hids = list(s.execute(text("SELECT id FROM household ORDER BY id")).scalars())
        visited = list(s.execute(text("SELECT campaign_id, visited_on FROM visit ORDER BY id")))
    merged: list[str] = []
    archived: set[str] = set()
    for step in range(60):
        with office.session() as s:
            kind = rng.choice(
                (
                    *("merge", "unmerge", "void", "visit", "district", "category", "archive"),
                    *("need", "drop need"),
                )
            )
            live = [h for h in hids if h not in merged and h not in archived]
            if kind == "merge" and len(live) > 2:
                loser, survivor = rng.sample(live, 2)
                edit.merge_households(s, loser, survivor, "同一家庭")
                merged.append(loser)
            elif kind == "unmerge" and merged:
                edit.unmerge_household(s, merged.pop(rng.randrange(len(merged))), "不是一家")
            elif kind == "void":
                pids = list(
                    s.execute(
                        text(
                            "SELECT id FROM payment p WHERE reverses_id IS NULL AND NOT EXISTS "
                            "(SELECT 1 FROM payment r WHERE r.reverses_id = p.id) ORDER BY id"
                        )
                    ).scalars()
                )
                if pids:
                    payment_checks.void_payment(s, rng.choice(pids), "重复发放")
            elif kind == "visit":  # the office's own team visits again
                cid, day = rng.choice(visited)
                visits.record_visit(
                    s,
                    visits.VisitInput(
                        household_id=rng.choice(live),
                        visited_on=day,
                        campaign_id=cid,
                        needs=[needs.NeedInput("生活", "缺米面油")] if rng.random() < 0.5 else [],
                    ),
                )
            elif kind in ("district", "category"):
                value = rng.choice(
                    ("上城区", "西湖区", None) if kind == "district" else ("农民工", "困难职工")
                )
                edit.update_household(s, rng.choice(live), {kind: value})
            elif kind == "archive":
                archived.add(rng.choice(live))
                edit.archive_household(s, max(archived & set(live)))
            elif kind == "need":
                needs.create_need(s, rng.choice(live), needs.NeedInput("生活", "缺过冬棉被"))
            elif kind == "drop need":
                nids = list(
                    s.execute(text("SELECT id FROM need WHERE archived = 0 ORDER BY id")).scalars()
                )
                if nids:
                    oplog.tombstone(s, "need", rng.choice(nids))
        stored, fresh = _cells(office)
        assert stored == fresh, (step, kind)
        reach, recounted = _cells(office, "reach_tally")
        assert reach == recounted, (step, kind)
        households, recounted = _cells(office, "household_tally")
        assert households == recounted, (step, kind)
        members, recounted = _cells(office, "duplicate_member")
        assert members == recounted, (step, kind)
        days, recounted = _cells(office, "need_day")
        assert days == recounted, (step, kind)
        categories, recounted = _cells(office, "payment_category")
        assert categories == recounted, (step, kind)
    assert len(merged) + sum(1 for c in stored if c[6] < c[7]) > 0  # merges and voids happened
    ops = all_ops(office)
    for attempt in range(2):
        shuffled = ops[:]
        rng.shuffle(shuffled)
        other = make_replica(f"OFF{attempt}", team="办公室", role="office")
        if attempt:
            with other.session() as s:
                apply_batch(s, shuffled)
        else:
            deliver(shuffled, other)
        kept, recomputed = _cells(other)
        assert kept == recomputed
        assert _cells(other, "reach_tally") == (reach, reach)
        assert _cells(other, "household_tally") == (households, households)
        assert _cells(other, "duplicate_member") == (members, members)
        # needs delivered before the visits they were raised at take the day all the same
        assert _cells(other, "need_day") == (days, days)
        # payments delivered before their households take the category all the same
        assert _cells(other, "payment_category") == (categories, categories)
        # the office's own bootstrap team and device rows carry no payments
        assert kept == stored


def test_check_reports_budget_totals_that_drifted(make_replica) -> None:
    office = make_replica("OFFICE", team="办公室", role="office")
    demo.generate(office, 10, seed=3)
    with office.session() as s:
        s.execute(
            text(
                "UPDATE budget_tally SET cash_fen = cash_fen + 1 "
                "WHERE campaign_id = (SELECT min(campaign_id) FROM budget_tally)"
            )
        )
    with office.reader() as s:
        problems = integrity.tally_problems(s)
    assert [p.message for p in problems if "budget_tally" in p.message]


def test_reach_counts_follow_any_change_of_a_row(make_replica) -> None:
    """The summary's household counts follow writes the fold does not make today too:
    rows updated in place (to the same group, or to another), and deleted."""
    office = make_replica("OFFICE", team="办公室", role="office")
    demo.generate(office, 12, seed=2)
    changes = [
        "UPDATE payment SET cash_fen = cash_fen, team_id = team_id",  # same groups
        "UPDATE visit SET campaign_id = campaign_id, household_id = household_id",
        "UPDATE payment SET cash_fen = 0, goods_value_fen = 0 "
        "WHERE id = (SELECT min(id) FROM payment)",  # a package no longer handed over
        "UPDATE visit SET team_id = NULL WHERE id IN (SELECT id FROM visit ORDER BY id LIMIT 3)",
        "UPDATE visit SET household_id = (SELECT max(household_id) FROM visit) "
        "WHERE id = (SELECT min(id) FROM visit)",
        "DELETE FROM visit WHERE id IN (SELECT id FROM visit ORDER BY id DESC LIMIT 4)",
        "DELETE FROM payment WHERE id IN (SELECT id FROM payment ORDER BY id DESC LIMIT 4)",
    ]
    _follows(office, "reach_tally", changes)


def test_household_counts_follow_any_change_of_a_row(make_replica) -> None:
    """Each household's visits, live payments and live needs (the duplicates report's
    figures) follow every write: rows updated in place, moved to another household,
    archived and restored, voided, deleted."""
    office = make_replica("OFFICE", team="办公室", role="office")
    demo.generate(office, 12, seed=2)
    with office.session() as s:
        hid = s.execute(text("SELECT min(household_id) FROM need")).scalar()
        needs.create_need(s, hid, needs.NeedInput("生活", "缺过冬棉被"))
    other = "(SELECT max(household_id) FROM visit)"
    changes = [
        "UPDATE visit SET household_id = household_id",  # same household
        f"UPDATE visit SET household_id = {other} WHERE id = (SELECT min(id) FROM visit)",
        f"UPDATE payment SET household_id = {other} WHERE id = (SELECT min(id) FROM payment)",
        "UPDATE payment SET reverses_id = (SELECT max(id) FROM payment) "
        "WHERE id = (SELECT min(id) FROM payment)",  # an original becomes a reversal
        "UPDATE need SET archived = 1 WHERE id IN (SELECT id FROM need ORDER BY id LIMIT 2)",
        "UPDATE need SET archived = 0 WHERE id = (SELECT min(id) FROM need)",
        f"UPDATE need SET household_id = {other} WHERE id = (SELECT max(id) FROM need)",
        "DELETE FROM visit WHERE id IN (SELECT id FROM visit ORDER BY id DESC LIMIT 4)",
        "DELETE FROM payment WHERE id IN (SELECT id FROM payment ORDER BY id DESC LIMIT 4)",
        "DELETE FROM need WHERE id = (SELECT max(id) FROM need)",
    ]
    before, _ = _cells(office, "household_tally")
    assert before and all(min(row[1:]) >= 0 for row in before)
    _follows(office, "household_tally", changes)


def test_need_days_follow_any_change_of_a_row(make_replica) -> None:
    """Each need's visit day (the needs ledger's ages) follows every write of a need or
    a visit, a household's or a unit's: visits moved in time, needs re-pointed to another
    visit or to none, visits and needs deleted and written again."""
    from fieldvisit.units import distributions, registry, wishlist

    office = make_replica("OFFICE", team="办公室", role="office")
    demo.generate(office, 12, seed=2)
    with office.session() as s:
        uid = registry.create_unit(s, registry.UnitInput(name="城西快递站"))
        got = distributions.record_unit_visit(
            s, distributions.UnitVisitInput(unit_id=uid, visited_on=TODAY, visitors="李干事")
        )
        wishlist.add_unit_need(
            s, uid, needs.NeedInput("食堂", "午餐没有热饭"), visit_id=got.visit_id
        )
        for hid in s.execute(text("SELECT id FROM household ORDER BY id LIMIT 3")).scalars():
            visits.record_visit(
                s,
                visits.VisitInput(
                    household_id=hid, visited_on=TODAY, needs=[needs.NeedInput("生活", "缺米面油")]
                ),
            )
    first = "(SELECT min(id) FROM need WHERE visit_id IS NOT NULL)"
    seen = "(SELECT id FROM visit ORDER BY id LIMIT 1)"
    changes = [
        "UPDATE visit SET visited_on = date(visited_on, '-9 days')",
        "UPDATE unit_visit SET visited_on = date(visited_on, '-3 days')",
        f"UPDATE need SET visit_id = {seen} WHERE id = {first}",
        "UPDATE need SET visit_id = NULL WHERE id = (SELECT max(id) FROM need)",
        "UPDATE need SET visit_id = (SELECT id FROM unit_visit) WHERE id = "
        "(SELECT max(id) FROM need WHERE visit_id IS NOT NULL)",
        "CREATE TEMP TABLE gone AS SELECT * FROM visit WHERE id IN "
        "(SELECT visit_id FROM need ORDER BY id LIMIT 3)",
        "DELETE FROM visit WHERE id IN (SELECT id FROM temp.gone)",
        "INSERT INTO visit SELECT * FROM temp.gone",  # a visit arriving after its needs
        "DELETE FROM unit_visit",
        "DELETE FROM need WHERE id = (SELECT max(id) FROM need WHERE visit_id IS NOT NULL)",
    ]
    before, _ = _cells(office, "need_day")
    with office.reader() as s:  # every need raised at a visit has its day, the unit's too
        raised = s.execute(text("SELECT count(*) FROM need WHERE visit_id IS NOT NULL")).scalar()
        at_unit = s.execute(
            text(
                "SELECT count(*) FROM need_day d JOIN need n ON n.id = d.need_id WHERE n.unit_id IS NOT NULL"
            )
        ).scalar()
    assert len(before) == raised >= 5 and at_unit >= 1
    _follows(office, "need_day", changes)


def _homophones(r) -> None:
    """Households that sound alike, share a phone, an address or an ID number."""
    with r.session() as s:
        for name, phone, id_number, address, district in (
            ("张晓明", "13812345678", "", "清波街道 1 号", "上城区"),
            ("張曉明", "138 1234 5678", "", "", "上城区"),
            ("张小明", "", "", "清波街道 1 号", "西湖区"),
            ("章晓明", "13812345678", "", "", "西湖区"),
            ("陈静", "", "110105198001010032", "", "上城区"),
            ("陈晶晶", "", "110105198001010032", "", ""),
        ):
            edit.create_household(
                s,
                edit.HouseholdInput(
                    name=name, phone=phone, id_number=id_number, address=address, district=district
                ),
            )


def test_duplicate_groups_follow_any_change_of_a_household(make_replica) -> None:
    """The members of each group of duplicates (what the duplicates report reads) follow
    every write to a household: keys edited into and out of a group, archived and
    restored, a group left with one member, households deleted and added."""
    office = make_replica("OFFICE", team="办公室", role="office")
    demo.generate(office, 12, seed=2)
    _homophones(office)
    first = "(SELECT min(household_id) FROM duplicate_member WHERE reason = 'name_phone')"
    jin = "(SELECT id FROM household WHERE name = '陈晶晶')"
    changes = [
        "UPDATE household SET phone_rev = phone_rev, district = district",  # same groups
        # a household joins the first of the phone groups, another leaves it
        "UPDATE household SET sound_key = (SELECT sound_key FROM household WHERE id = "
        f"{first}), phone_rev = (SELECT phone_rev FROM household WHERE id = {first}) "
        "WHERE id = (SELECT min(id) FROM household)",
        f"UPDATE household SET phone_rev = '' WHERE id = {first}",
        f"UPDATE household SET archived = 1 WHERE id = {jin}",  # the ID pair is one
        f"UPDATE household SET archived = 0 WHERE id = {jin}",
        f"UPDATE household SET id_number = NULL WHERE id = {jin}",
        "UPDATE household SET district = '西湖区' WHERE district = '上城区'",  # groups merge
        "UPDATE household SET district = NULL WHERE name = '张小明'",
        "DELETE FROM household WHERE name = '章晓明'",
        "DELETE FROM household WHERE id IN (SELECT household_id FROM duplicate_member "
        "WHERE reason = 'similar_name' AND household_id NOT IN (SELECT household_id FROM visit) "
        "AND household_id NOT IN (SELECT household_id FROM need) LIMIT 1)",
    ]
    before, _ = _cells(office, "duplicate_member")
    assert {row[0] for row in before} == {"id_number", "name_phone", "name_address", "similar_name"}
    _follows(office, "duplicate_member", changes)
    _homophones(office)  # and households added to groups that exist
    kept, recounted = _cells(office, "duplicate_member")
    assert kept == recounted and len(kept) > len(before)


def _follows(r, table: str, changes: list[str]) -> None:
    """After each of ``changes``, ``table`` equals its definition; and they changed it."""
    before, _ = _cells(r, table)
    for sql in changes:
        with r.session() as s:
            s.execute(text(sql))
        kept, recounted = _cells(r, table)
        assert kept == recounted, sql
    assert kept != before
