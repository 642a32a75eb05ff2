"""Units: registry, group distributions and their rules, wish lists, the campaign summary."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from fieldvisit import campaigns, integrity
from fieldvisit.cli import main
from fieldvisit.errors import FieldVisitError
from fieldvisit.households import edit
from fieldvisit.needs import NeedInput, transition
from fieldvisit.payments import GoodsLine, PaymentInput
from fieldvisit.reports import summary
from fieldvisit.store.models import Distribution, RosterEntry, Unit
from fieldvisit.store.replica import Replica
from fieldvisit.units import distributions as dist
from fieldvisit.units import registry, wishlist
from fieldvisit.units.importing import import_units
from fieldvisit.visits import VisitInput, record_visit
from tests.helpers import all_ops, canonical, deliver

TODAY = date.today()


@pytest.fixture(autouse=True)
def _today() -> None:
    """Today as each test starts: taken once at import, a run that crosses midnight
    would call tomorrow "today" and a future date would pass."""
    global TODAY
    TODAY = date.today()


def _campaign(s, name: str = "夏送清凉") -> str:  # type: ignore[no-untyped-def]
    return campaigns.create_campaign(
        s,
        campaigns.CampaignInput(
            name=name,
            starts_on=TODAY - timedelta(days=10),
            ends_on=TODAY + timedelta(days=10),
            budget_fen=10_000_000,
        ),
    )


def _visit(uid: str, cid: str, **kw) -> dist.UnitVisitInput:  # type: ignore[no-untyped-def]
    d = dict(
        cash_fen=kw.pop("cash_fen", 200_000),
        goods=kw.pop("goods", [GoodsLine("清凉包", "份", 9, 5_000)]),
        packages=kw.pop("packages", 9),
        workers_reached=kw.pop("reached", 9),
        representative_name=kw.pop("rep", "王班长"),
        sign_mode=kw.pop("sign_mode", "representative"),
        roster=kw.pop("roster", []),
    )
    return dist.UnitVisitInput(
        unit_id=uid,
        visited_on=kw.pop("visited_on", TODAY),
        campaign_id=cid,
        visitors=kw.pop("visitors", "李工会、张干事"),
        distribution=dist.DistributionInput(**d),
        reason=kw.pop("reason", None),
    )


def test_register_search_edit_archive(replica: Replica) -> None:
    with replica.session() as s:
        uid = registry.create_unit(
            s,
            registry.UnitInput(name="供电公司客户服务班", kind="窗口单位", workers=9, code="GD01"),
        )
        assert [u.id for u in registry.search(s, "gdgs")] == [uid]  # pinyin initials
        assert [u.id for u in registry.search(s, "供電")] == [uid]  # Traditional
        assert [u.id for u in registry.search(s, "GD01")] == [uid]
        assert registry.search(s, "医院") == []
        assert registry.update_unit(s, uid, {"workers": 12}) is True
        assert registry.find(s, "GD01").workers == 12
        with pytest.raises(FieldVisitError):
            registry.UnitInput(name="某站", kind="火星站").clean()
        registry.archive_unit(s, uid)
        assert registry.search(s, "gdgs") == []


def test_distribution_rules(replica: Replica) -> None:
    with replica.session() as s:
        cid = _campaign(s)
        uid = registry.create_unit(s, registry.UnitInput(name="建筑工地三标段", workers=40))
        # the representative signs for all; without one nothing is saved
        with pytest.raises(FieldVisitError, match="representative"):
            dist.record_unit_visit(s, _visit(uid, cid, rep=""))
        with pytest.raises(FieldVisitError, match="visitor"):
            dist.record_unit_visit(s, _visit(uid, cid, visitors=""))
        with pytest.raises(FieldVisitError):
            dist.record_unit_visit(s, _visit(uid, cid, reached=41))  # more than its workers
        with pytest.raises(FieldVisitError):
            dist.record_unit_visit(s, _visit(uid, cid, cash_fen=-100))
        with pytest.raises(FieldVisitError):
            dist.record_unit_visit(s, _visit(uid, cid, visited_on=TODAY + timedelta(days=1)))
        assert s.execute(select(func.count()).select_from(Distribution)).scalar() == 0
        first = dist.record_unit_visit(s, _visit(uid, cid))
        assert first.receipt_no and first.receipt_no.startswith("HZ01-")
        # a second distribution in the same campaign warns and needs a reason
        with pytest.raises(FieldVisitError, match=first.receipt_no):
            dist.record_unit_visit(s, _visit(uid, cid))
        second = dist.record_unit_visit(s, _visit(uid, cid, reason="第二批职工到岗"))
        row = s.get(Distribution, second.distribution_id)
        assert row is not None and row.override_reason == "第二批职工到岗"
        # a date outside the campaign period warns too
        early = TODAY - timedelta(days=30)
        other = registry.create_unit(s, registry.UnitInput(name="人民医院", kind="医院"))
        with pytest.raises(FieldVisitError, match="outside"):
            dist.record_unit_visit(s, _visit(other, cid, visited_on=early))
        # a void makes room for a new distribution without a warning
        dist.void_distribution(s, first.distribution_id, "填错金额")
        dist.void_distribution(s, second.distribution_id, "重复")
        dist.record_unit_visit(s, _visit(uid, cid))
        with pytest.raises(FieldVisitError):
            dist.void_distribution(s, first.distribution_id, "again")


def test_roster_totals_equal_the_distribution(replica: Replica) -> None:
    with replica.session() as s:
        cid = _campaign(s)
        uid = registry.create_unit(s, registry.UnitInput(name="税务大厅", kind="窗口单位"))
        roster = [dist.RosterLine(f"职工{i}", cash_fen=50_000, packages=1) for i in range(4)]
        bad = roster[:3]
        with pytest.raises(FieldVisitError, match="roster"):
            dist.record_unit_visit(
                s,
                _visit(
                    uid,
                    cid,
                    sign_mode="roster",
                    roster=bad,
                    packages=4,
                    reached=4,
                    rep="",
                    goods=[],
                ),
            )
        ok = dist.record_unit_visit(
            s,
            _visit(
                uid, cid, sign_mode="roster", roster=roster, packages=4, reached=4, rep="", goods=[]
            ),
        )
        lines = dist.roster_of(s, ok.distribution_id)
        assert [e.worker_name for e in lines] == [f"职工{i}" for i in range(4)]
        assert sum(e.cash_fen for e in lines) == 200_000
        assert s.execute(select(func.count()).select_from(RosterEntry)).scalar() == 4


def test_wish_list_count_line(replica: Replica) -> None:
    with replica.session() as s:
        uid = registry.create_unit(s, registry.UnitInput(name="机械厂"))
        ids = [
            wishlist.add_unit_need(s, uid, NeedInput(category=c, description=f"需求{i}"))
            for i, c in enumerate(("设施", "食堂", "停车"))
        ]
        transition(s, ids[0], "resolved", "球场已建成")
        wl = wishlist.wish_list(s, uid)
        assert len(wl.items) == 3 and wl.done == 1
        assert wl.count_line() == "3 items, 1 resolved"
        assert integrity.run(s) == []


def test_summary_against_a_hand_computed_scenario(replica: Replica) -> None:
    with replica.session() as s:
        cid = _campaign(s)
        hid = edit.create_household(s, edit.HouseholdInput(name="刘小山", district="东街"))
        record_visit(
            s,
            VisitInput(
                household_id=hid,
                visited_on=TODAY,
                campaign_id=cid,
                visitors="李工会",
                payment=PaymentInput(cash_fen=100_000, recipient_name="刘小山"),
            ),
        )
        u1 = registry.create_unit(s, registry.UnitInput(name="工地", district="东街", workers=871))
        u2 = registry.create_unit(s, registry.UnitInput(name="医院", kind="医院", district="西街"))
        dist.record_unit_visit(
            s,
            _visit(
                u1,
                cid,
                cash_fen=3_590_000,
                packages=228,
                reached=871,
                goods=[GoodsLine("清凉包", "份", 228, 1_000)],
            ),
        )
        voided = dist.record_unit_visit(
            s, _visit(u2, cid, cash_fen=500_000, packages=10, reached=10, goods=[])
        )
        dist.void_distribution(s, voided.distribution_id, "错录")
        dist.record_unit_visit(
            s, _visit(u2, cid, cash_fen=300_000, packages=20, reached=23, goods=[])
        )
        rows = summary.campaign_summary(s, cid)
        assert [summary.as_dict(r) for r in rows] == [
            {
                "campaign_id": cid,
                "campaign": "夏送清凉",
                "group": "",
                "cash_fen": 100_000 + 3_590_000 + 300_000,
                "goods_value_fen": 228_000,
                "packages": 1 + 228 + 20,
                "households_visited": 1,
                "units_visited": 2,
                "workers_reached": 1 + 871 + 23,
            }
        ]
        by_district = {r.group: r for r in summary.campaign_summary(s, cid, "district")}
        assert by_district["东街"].cash_fen == 100_000 + 3_590_000
        assert by_district["西街"].units_visited == 1 and by_district["西街"].packages == 20


def test_units_fold_the_same_in_any_order(make_replica: Callable[..., Replica]) -> None:
    a = make_replica("HZ01")
    with a.session() as s:
        cid = _campaign(s)
        uid = registry.create_unit(s, registry.UnitInput(name="纺织厂", workers=100))
        dist.record_unit_visit(s, _visit(uid, cid))
        wishlist.add_unit_need(s, uid, NeedInput(category="食堂", description="增加夜宵"))
        registry.update_unit(s, uid, {"contact_name": "赵主席"})
    ops = all_ops(a)
    b = make_replica("HZ02")
    deliver(list(reversed(ops)), b)  # edits before their creates: the re-fold settles them
    mine = {k: v for k, v in canonical(a).items() if k not in ("device", "team")}
    theirs = {k: v for k, v in canonical(b).items() if k not in ("device", "team")}
    assert mine["unit"] and mine["distribution"] and mine == theirs


def test_import_units_is_idempotent(replica: Replica, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["2025年夏送清凉慰问点名单"])
    ws.append(["序号", "单位名称", "类型", "所属街道", "联系人", "联系电话", "职工人数"])
    ws.append([1, "城东供电所", "窗口", "东街", "王明", "13812345678", 9])
    ws.append([2, "三号地铁工地", "工地", "西街", "李强", "13912345678", "871人"])
    ws.append([3, "", "企业", "西街", "", "", 5])
    ws.append([4, "防疫检查站", "防疫点", "北街", "", "", "很多"])
    ws.append(["合计", "", "", "", "", "", 880])
    path = tmp_path / "units.xlsx"
    wb.save(path)
    with replica.session() as s:
        rep = import_units(s, path)
        assert (rep.rows_total, rep.created, len(rep.problems)) == (4, 2, 2)
        kinds = dict(s.execute(select(Unit.name, Unit.kind)).all())
        assert kinds == {"城东供电所": "窗口单位", "三号地铁工地": "工地/车间"}
    with replica.session() as s:
        again = import_units(s, path)
        assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    ws.cell(row=3, column=7, value=12)
    wb.save(path)
    with replica.session() as s:
        changed = import_units(s, path)
        assert (changed.created, changed.updated) == (0, 1)
        assert registry.find(s, "城东供电所").workers == 12


def test_cli_visit_summary_and_wishlist(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = str(tmp_path / "fv")
    assert main(["--data-dir", d, "init", "--device", "HZ07", "--team", "一组"]) == 0
    r = Replica.open(Path(d))
    with r.session() as s:
        _campaign(s, "夏送清凉")
    r.close()
    capsys.readouterr()

    def run(*argv: str) -> int:
        return main(["--data-dir", d, *argv])

    assert (
        run(
            "units",
            "add",
            "--name",
            "城东供电所",
            "--kind",
            "窗口单位",
            "--workers",
            "9",
            "--code",
            "GD1",
        )
        == 0
    )
    args = [
        "units",
        "visit",
        "--unit",
        "GD1",
        "--campaign",
        "夏送清凉",
        "--cash",
        "2000",
        "--goods",
        "清凉包:9:50",
        "--packages",
        "9",
        "--reached",
        "9",
        "--visitor",
        "李工会",
        "--representative",
        "王班长",
        "--json",
    ]
    capsys.readouterr()
    assert run(*args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["receipt_no"].startswith("HZ07-")
    # the second distribution in one campaign: exit 2 without a reason, saved with one
    assert run(*args) == 2
    assert "HZ07-" in capsys.readouterr().err
    assert run(*args, "--reason", "补发") == 0
    capsys.readouterr()
    assert run("units", "need", "--unit", "GD1", "--text", "增设休息室", "--category", "设施") == 0
    capsys.readouterr()
    assert run("units", "wishlist", "GD1", "--json") == 0
    wl = json.loads(capsys.readouterr().out)
    assert wl["count_line"] == "1 items, 0 resolved" and wl["items"][0]["category"] == "设施"
    assert run("report", "summary", "--json") == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert rows[0]["cash_fen"] == 400_000 and rows[0]["goods_value_fen"] == 90_000
    assert rows[0]["packages"] == 18 and rows[0]["workers_reached"] == 18
    assert rows[0]["units_visited"] == 1 and rows[0]["households_visited"] == 0


def test_budget_counts_unit_distributions(replica: Replica) -> None:
    from fieldvisit.reports import budget

    with replica.session() as s:
        cid = _campaign(s)
        hid = edit.create_household(s, edit.HouseholdInput(name="刘小山"))
        record_visit(
            s,
            VisitInput(
                household_id=hid,
                visited_on=TODAY,
                campaign_id=cid,
                visitors="李工会",
                payment=PaymentInput(cash_fen=100_000, recipient_name="刘小山"),
            ),
        )
        uid = registry.create_unit(s, registry.UnitInput(name="工地", district="东街"))
        dist.record_unit_visit(s, _visit(uid, cid, cash_fen=3_000_000, packages=9, reached=9))
        rep = budget.budget_report(s, cid)
        line = rep.lines[0]
        assert line.cash_fen == 3_100_000
        assert line.goods_fen == 45_000  # 9 清凉包 at ¥50 from the unit
        assert line.payments == 2
        goods = {g.item: g.quantity for g in rep.goods}
        assert goods == {"清凉包": 9}


def test_coverage_lists_units_nobody_visited(replica: Replica) -> None:
    from fieldvisit import reports

    with replica.session() as s:
        cid = _campaign(s)
        seen = registry.create_unit(s, registry.UnitInput(name="已走访工地"))
        registry.create_unit(s, registry.UnitInput(name="未走访医院", kind="医院"))
        dist.record_unit_visit(s, _visit(seen, cid))
        rep = reports.build(s, "coverage", campaign=cid)
    table = rep.tables[-1]
    assert [r[2] for r in table.rows] == ["未走访医院"]
    assert table.note == "2 units in scope, 1 visited, 1 not yet visited"


def test_visit_record_with_unit_is_the_units_visit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = str(tmp_path / "fv")
    assert main(["--data-dir", d, "init", "--device", "HZ09", "--team", "一组"]) == 0
    r = Replica.open(Path(d))
    with r.session() as s:
        _campaign(s, "夏送清凉")
        registry.create_unit(s, registry.UnitInput(name="办税服务厅", code="SW1", workers=24))
    r.close()
    args = ["--data-dir", d, "visit", "record", "--unit", "SW1", "--campaign", "夏送清凉",
            "--cash", "1200", "--reached", "24", "--visitor", "李工会",
            "--representative", "赵科长", "--json"]  # fmt: skip
    capsys.readouterr()
    assert main(args) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["receipt_no"].startswith("HZ09-") and first["distribution_id"]
    assert main(args) == 2  # the second distribution in the campaign needs a reason
    assert first["receipt_no"] in capsys.readouterr().err
    assert main([*args, "--reason", "第二批"]) == 0
    assert main(["--data-dir", d, "visit", "record", "--unit", "SW1", "--campaign", "夏送清凉",
                 "--cash", "100", "--visitor", "李工会", "--representative", "赵"]) == 2  # fmt: skip


def test_goods_are_written_the_same_for_a_unit_as_for_a_household(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One ITEM:QTY[:VALUE] parser serves `visit record` for households and units alike:
    full-width colons (what a Chinese input method types) and spaces included."""
    from fieldvisit.households import edit
    from fieldvisit.store.models import Distribution, Payment

    d = str(tmp_path / "fv")
    assert main(["--data-dir", d, "init", "--device", "HZ09", "--team", "一组"]) == 0
    r = Replica.open(Path(d))
    with r.session() as s:
        _campaign(s, "夏送清凉")
        registry.create_unit(s, registry.UnitInput(name="办税服务厅", code="SW1", workers=24))
        hid = edit.create_household(s, edit.HouseholdInput(name="王秀英"))
    r.close()
    goods = ["--goods", "清凉包：9：25", "--goods", " 矿泉水 : 2 : 1.5 "]
    common = ["--campaign", "夏送清凉", "--visitor", "李工会"]
    assert main(["--data-dir", d, "visit", "record", "--unit", "SW1", *common, *goods,
                 "--reached", "9", "--representative", "赵科长"]) == 0  # fmt: skip
    assert main(["--data-dir", d, "visit", "record", "--household", hid, *common, *goods,
                 "--signed"]) == 0  # fmt: skip
    capsys.readouterr()
    r = Replica.open(Path(d))
    with r.reader() as s:
        unit_goods = s.query(Distribution).one().goods
        household_goods = s.query(Payment).one().goods
    r.close()
    assert unit_goods == household_goods
    assert [(g["item"], g["quantity"], g["unit_value_fen"]) for g in unit_goods] == [
        ("清凉包", 9, 2_500),
        ("矿泉水", 2, 150),
    ]
    bad = ["--data-dir", d, "visit", "record", "--unit", "SW1", *common, "--reached", "9",
           "--representative", "赵科长", "--reason", "再发", "--goods", "清凉包"]  # fmt: skip
    assert main(bad) == 2
    assert "ITEM:QUANTITY" in capsys.readouterr().err


def test_the_needs_ledger_names_a_units_needs_by_the_unit(replica: Replica) -> None:
    """A unit's need has no household: the ledger's overdue and settled lists name the
    unit, so the office knows whom to call back (they were blank)."""
    from fieldvisit.reports import needs_ledger

    with replica.session() as s:
        uid = registry.create_unit(s, registry.UnitInput(name="城东供电所", workers=9))
        late = wishlist.add_unit_need(
            s, uid, NeedInput(category="食堂", description="增加夜宵", due_on=TODAY)
        )
        done = wishlist.add_unit_need(s, uid, NeedInput(category="设施", description="空调"))
        transition(s, done, "resolved", "已安装")
        hid = edit.create_household(s, edit.HouseholdInput(name="刘小山"))
        from fieldvisit.needs import create_need

        create_need(s, hid, NeedInput(category="医疗救助", description="住院", due_on=TODAY))
    with replica.reader() as s:
        ledger = needs_ledger.needs_ledger(s, TODAY + timedelta(days=2))
    assert sorted((o.household, o.need_id == late) for o in ledger.overdue) == [
        ("刘小山", False),
        ("城东供电所", True),
    ]
    assert [(d.household, d.note) for d in ledger.settled_needs] == [("城东供电所", "已安装")]
