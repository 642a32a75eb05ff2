"""Opening a replica written at schema 0001 upgrades it, search index included."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from fieldvisit.households import edit
from fieldvisit.households.search import search
from fieldvisit.store import migrate
from fieldvisit.store.replica import Replica


def test_upgrade_from_0001_builds_the_search_index(replica: Replica) -> None:
    with replica.session() as s:
        edit.create_household(s, edit.HouseholdInput(name="刘小山"))
    base = replica.base
    with replica.engine.begin() as conn:
        command.downgrade(migrate._config(conn), "0001")
        conn.exec_driver_sql("PRAGMA user_version = 1")
        conn.execute(text("UPDATE household SET name_key = '刘小山 lxs'"))  # the old key format
        assert (
            conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE name = 'household_fts'"
            ).scalar()
            == 0
        )
    replica.close()
    with Replica.open(base) as r:
        with r.engine.connect() as conn:
            assert migrate.schema_serial(conn) == migrate.LATEST
        with r.reader() as s:
            assert [h.name for h in search(s, "小山")] == ["刘小山"]
            assert [h.name for h in search(s, "劉")] == ["刘小山"]


def test_upgrade_rereads_names_with_rare_characters(replica: Replica) -> None:
    """Keys written before 𠮷 had a reading are rebuilt, so "zhangjixiao" finds the row."""
    with replica.session() as s:
        edit.create_household(s, edit.HouseholdInput(name="张\U00020bb7笑"))
    base = replica.base
    with replica.engine.begin() as conn:
        command.downgrade(migrate._config(conn), "0004")
        conn.exec_driver_sql("PRAGMA user_version = 4")
        old = "张\U00020bb7笑 \U00020bb7笑 笑 張\U00020bb7笑 zhangxiao xiao zx x"
        conn.execute(text("UPDATE household SET name_key = :k"), {"k": old})
    replica.close()
    with Replica.open(base) as r, r.reader() as s:
        assert [h.name for h in search(s, "zhangjixiao")] == ["张\U00020bb7笑"]


def test_upgrade_to_0019_counts_the_households_reached(replica: Replica) -> None:
    """A replica with payments and visits made before the summary's running counts gets
    them filled from its ledger and visits, and the summary reads the same figures."""
    from fieldvisit import demo, integrity
    from fieldvisit.reports import summary

    demo.generate(replica, 15, seed=6)
    with replica.reader() as s:
        want = [summary.as_dict(r) for r in summary.campaign_summary(s, by="district")]
    with Replica.open(_downgraded(replica, 18, "reach_tally")) as r, r.reader() as s:
        assert [summary.as_dict(r) for r in summary.campaign_summary(s, by="district")] == want
        assert sum(x["households_visited"] for x in want) > 0
        assert integrity.tally_problems(s) == []


def test_upgrade_to_0021_counts_each_households_visits_payments_and_needs(
    replica: Replica,
) -> None:
    """A replica with visits, payments, voids and needs made before the per-household
    running counts gets them filled from its tables; the duplicates report's figures
    stay what they were."""
    from fieldvisit import demo, integrity
    from fieldvisit.reports import duplicates

    demo.generate(replica, 15, seed=6)
    with replica.reader() as s:
        hids = list(s.execute(text("SELECT id FROM household ORDER BY id")).scalars())
        want = duplicates._briefs(s, hids)
    with Replica.open(_downgraded(replica, 20, "household_tally")) as r, r.reader() as s:
        assert duplicates._briefs(s, hids) == want
        assert sum(b.visits for b in want.values()) > 0
        assert sum(b.payments for b in want.values()) > 0
        assert sum(b.needs for b in want.values()) > 0
        assert integrity.tally_problems(s) == []


def test_upgrade_to_0022_names_households_from_the_narrow_index(replica: Replica) -> None:
    """Reports that name households and group by category read ix_household_brief
    (INDEXED BY: they fail without it); an older replica gets it built on open, and
    the lists read the same as before."""
    from datetime import date

    from fieldvisit import demo
    from fieldvisit.reports import needs_ledger, payment_checks

    demo.generate(replica, 15, seed=6)
    today = date(2027, 1, 1)
    with replica.reader() as s:
        ledger = needs_ledger.needs_ledger(s, today)
        found = payment_checks.payment_findings(s, include_decided=True)
    assert any(o.household for o in ledger.overdue)
    assert any(d.household for d in ledger.settled_needs)
    with Replica.open(_downgraded(replica, 21, "ix_household_brief")) as r, r.reader() as s:
        assert needs_ledger.needs_ledger(s, today) == ledger
        assert payment_checks.payment_findings(s, include_decided=True) == found


def _with_duplicates(replica: Replica) -> None:
    """A small register with a pair for each reason the report gives."""
    from fieldvisit import demo
    from fieldvisit.households import edit

    demo.generate(replica, 20, seed=8)
    with replica.session() as s:
        for name, phone, id_number, address in (
            ("张晓明", "13812345678", "", "清波街道 1 号"),
            ("張曉明", "13812345678", "", ""),  # same phone, same sound
            ("张小明", "", "", "清波街道 1 号"),  # same address, same sound
            ("陈静", "", "110105198001010032", ""),
            ("陈晶晶", "", "110105198001010032", ""),  # same ID number
        ):
            edit.create_household(
                s,
                edit.HouseholdInput(
                    name=name, phone=phone, id_number=id_number, address=address, district="上城区"
                ),
            )


def test_upgrade_to_0023_finds_the_same_duplicates_from_the_narrow_indexes(
    replica: Replica,
) -> None:
    """The pairs' columns read their own index (INDEXED BY: the report fails without it);
    an older replica gets it built on open, and the pairs, their reasons and what they
    show are the same as before."""
    from fieldvisit.reports import duplicates

    _with_duplicates(replica)
    with replica.reader() as s:
        found = duplicates.candidate_pairs(s)
        pairs = duplicates.duplicate_pairs(s)
    assert {r for reasons in found.values() for r in reasons} == set(duplicates.REASONS)
    with Replica.open(_downgraded(replica, 22, "ix_household_card")) as r, r.reader() as s:
        assert duplicates.candidate_pairs(s) == found
        assert duplicates.duplicate_pairs(s) == pairs


def test_upgrade_to_0024_finds_the_same_duplicates_from_the_groups_members(
    replica: Replica,
) -> None:
    """The report reads the duplicate groups' members from their own table; an older
    replica gets it filled on open, the same pairs for the same reasons, and the check
    finds it equal to its definition."""
    from fieldvisit import integrity
    from fieldvisit.households import edit
    from fieldvisit.reports import duplicates

    _with_duplicates(replica)
    with replica.reader() as s:
        found = duplicates.candidate_pairs(s)
    assert {r for reasons in found.values() for r in reasons} == set(duplicates.REASONS)
    with Replica.open(_downgraded(replica, 23, "duplicate_member")) as r:
        with r.reader() as s:
            assert duplicates.candidate_pairs(s) == found
            assert integrity.tally_problems(s) == []
        with r.session() as s:  # and it is kept from then on
            hid = s.execute(text("SELECT min(id) FROM household WHERE name = '陈静'")).scalar()
            edit.update_household(s, hid, {"id_number": None})
        with r.reader() as s:
            assert [rs for rs in duplicates.candidate_pairs(s).values() if "id_number" in rs] == []


def test_upgrade_to_0025_gives_needs_the_day_of_their_visit(replica: Replica) -> None:
    """An older replica gets each need's visit day filled on open: the needs ledger's
    ages count from the visits as they would have, and the check finds the table equal
    to its definition."""
    from datetime import date, timedelta

    from fieldvisit import demo, integrity, needs, visits
    from fieldvisit.reports import needs_ledger

    demo.generate(replica, 15, seed=6)
    with replica.session() as s:
        hid = s.execute(text("SELECT min(id) FROM household")).scalar()
        visits.record_visit(  # a paper visit of three weeks ago, typed in today
            s,
            visits.VisitInput(
                household_id=hid,
                visited_on=date.today() - timedelta(days=21),
                needs=[needs.NeedInput("医疗救助", "门诊费用")],
            ),
        )
    later = date.today() + timedelta(days=2)
    with replica.reader() as s:
        want = needs_ledger.needs_ledger(s, later).rows
    assert max(r.oldest_open_days for r in want) >= 23
    with Replica.open(_downgraded(replica, 24, "need_day")) as r, r.reader() as s:
        assert needs_ledger.needs_ledger(s, later).rows == want
        assert integrity.tally_problems(s) == []
        assert s.execute(text("SELECT count(*) FROM need_day")).scalar() > 1


def test_upgrade_to_0026_keeps_the_payment_checks_findings(replica: Replica) -> None:
    """An older replica gets its payments' categories filled on open: the payments above
    their standard are the same findings, the check finds the table as defined, and the
    index the check read before is gone."""
    from fieldvisit import demo, integrity
    from fieldvisit.reports import payment_checks

    demo.generate(replica, 30, seed=4)
    with replica.session() as s:
        # one live payment made sure to be above its standard (ids are random: which
        # campaign comes first, and what its demo payments are, is not)
        pid, cid, hid = s.execute(
            text(
                "SELECT id, campaign_id, household_id FROM payment p WHERE reverses_id IS NULL "
                "AND campaign_id IS NOT NULL AND NOT EXISTS "
                "(SELECT 1 FROM payment r WHERE r.reverses_id = p.id) ORDER BY id LIMIT 1"
            )
        ).one()
        s.execute(text("UPDATE household SET category = '农民工' WHERE id = :h"), {"h": hid})
        s.execute(text("UPDATE payment SET cash_fen = 50000 WHERE id = :p"), {"p": pid})
        s.execute(
            text("UPDATE campaign SET standards = :std WHERE id = :id"),
            {"std": '{"困难职工": 20000, "*": 40000}', "id": cid},
        )
    with replica.reader() as s:
        want = [(f.key, f.limit_fen) for f in payment_checks.payment_findings(s)]
    assert any(key.startswith("over_standard") for key, _lim in want)
    with Replica.open(_downgraded(replica, 25, "payment_category")) as r, r.reader() as s:
        assert [(f.key, f.limit_fen) for f in payment_checks.payment_findings(s)] == want
        assert integrity.tally_problems(s) == []
        assert s.execute(text("SELECT count(*) FROM payment_category")).scalar() > 1
        # the check's former range has no reader left: no payment keeps it up to date
        assert not s.execute(
            text("SELECT count(*) FROM sqlite_master WHERE name = 'ix_payment_cash'")
        ).scalar()


def _downgraded(replica: Replica, serial: int, table: str) -> Path:
    """Take ``replica`` back to schema ``serial`` (``table`` and its triggers gone), close
    it and return its folder: the next open upgrades it."""
    base = replica.base
    with replica.engine.begin() as conn:
        command.downgrade(migrate._config(conn), f"{serial:04d}")
        conn.exec_driver_sql(f"PRAGMA user_version = {serial}")
        assert not conn.exec_driver_sql(
            f"SELECT count(*) FROM sqlite_master WHERE name LIKE '{table}%'"
        ).scalar()
    replica.close()
    return base
