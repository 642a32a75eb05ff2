"""Unit duplicates and merge: the households' rules for units.

Candidates by name sound (Simplified = Traditional = same pinyin) with the same address
or contact phone; a merge moves the loser's visits, distributions and wishes to the
survivor on every replica, whatever order the operations arrive in; an unmerge moves
them back and the pair is not proposed again; the CLI's ``office`` commands take unit ids.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from fieldvisit import campaigns
from fieldvisit.cli import main
from fieldvisit.errors import FieldVisitError
from fieldvisit.needs import NeedInput
from fieldvisit.reports import build
from fieldvisit.reports.summary import campaign_summary
from fieldvisit.store.merge import apply, apply_batch
from fieldvisit.store.models import Distribution, Need, Unit, UnitVisit
from fieldvisit.store.replica import Replica
from fieldvisit.sync import authz
from fieldvisit.units import distributions as dist
from fieldvisit.units import duplicates, registry, wishlist
from tests.helpers import all_ops, canonical


def _unit(r: Replica, name: str, **kw: object) -> str:
    with r.session() as s:
        return registry.create_unit(s, registry.UnitInput(name=name, workers=50, **kw))  # type: ignore[arg-type]


def _campaign(r: Replica) -> str:
    today = date.today()
    with r.session() as s:
        return campaigns.create_campaign(
            s,
            campaigns.CampaignInput(
                name="2026年夏送清凉",
                starts_on=today - timedelta(days=5),
                ends_on=today + timedelta(days=5),
            ),
        )


def _distribute(r: Replica, uid: str, cid: str, cash_fen: int, reason: str | None = None) -> str:
    with r.session() as s:
        res = dist.record_unit_visit(
            s,
            dist.UnitVisitInput(
                unit_id=uid,
                visited_on=date.today(),
                campaign_id=cid,
                visitors="李工会",
                reason=reason,
                distribution=dist.DistributionInput(
                    cash_fen=cash_fen, packages=10, workers_reached=10, representative_name="王班长"
                ),
            ),
        )
    assert res.distribution_id is not None
    return res.distribution_id


def _wish(r: Replica, uid: str, text: str) -> str:
    with r.session() as s:
        return wishlist.add_unit_need(s, uid, NeedInput(category="设施", description=text))


def test_candidates_by_name_sound_address_and_phone(replica: Replica) -> None:
    a = _unit(replica, "城东供电所", address="东城区建设路1号", contact_phone="0571-8888 1234")
    b = _unit(replica, "城東供電所", address="东城区 建设路1号")  # Traditional, spaced address
    c = _unit(replica, "城东供电营业厅", address="东城区建设路1号", contact_phone="057188881234")
    d = _unit(replica, "城西自来水厂", address="西城区水厂路2号")
    with replica.reader() as s:
        found = duplicates.candidate_pairs(s)
    assert found[tuple(sorted((a, b)))] == ["name_address", "same_name"]
    assert found[tuple(sorted((a, c)))] == ["phone_address"]  # another name, same phone+address
    assert not any(d in pair for pair in found)
    assert tuple(sorted((b, c))) not in found
    with replica.session() as s:
        duplicates.dismiss_pair(s, a, c, "营业厅与供电所是两个单位")
    with replica.reader() as s:
        pairs = duplicates.duplicate_pairs(s)
        rep = build(s, "duplicates")
    assert [{p.a.id, p.b.id} for p in pairs] == [{a, b}]
    assert rep.unit_data == pairs
    assert [t.name for t in rep.tables] == ["Duplicates", "Unit duplicates"]


def test_merge_moves_visits_distributions_and_wishes_then_unmerge_moves_them_back(
    replica: Replica,
) -> None:
    cid = _campaign(replica)
    keep = _unit(replica, "三号线地铁工地", address="建设路1号")
    lose = _unit(replica, "地铁三号线工地", address="建设路1号")
    d_keep = _distribute(replica, keep, cid, 100_000)
    d_lose = _distribute(replica, lose, cid, 50_000)
    n_lose = _wish(replica, lose, "增设休息室")
    with replica.session() as s:
        op = registry.merge_units(s, lose, keep, "同一工地登记两次")
    with replica.reader() as s:
        assert s.get(Unit, lose).merged_into == keep and s.get(Unit, lose).archived
        assert {d.unit_id for d in s.query(Distribution)} == {keep}
        assert s.get(Distribution, d_lose).orig_unit_id == lose
        assert {v.unit_id for v in s.query(UnitVisit)} == {keep}
        assert s.get(Need, n_lose).unit_id == keep
        assert [n.description for n in wishlist.wish_list(s, keep).items] == ["增设休息室"]
        (row,) = campaign_summary(s, cid)
        assert (row.units_visited, row.cash_fen) == (1, 150_000)
        (rec,) = duplicates.recent_merges(s)
        assert (rec.unit_id, rec.into_id, rec.reason, rec.merge_op) == (
            lose,
            keep,
            "同一工地登记两次",
            op,
        )
        # a third distribution to the survivor now warns: the loser's counts as its own
        warnings = dist.warnings_for(
            s,
            dist.UnitVisitInput(
                unit_id=keep,
                visited_on=date.today(),
                campaign_id=cid,
                distribution=dist.DistributionInput(cash_fen=1),
            ),
        )
        assert len([w for w in warnings if w.code == "second_distribution"]) == 2
    with replica.session() as s:
        duplicates.unmerge(s, lose, "不是同一工地")
    with replica.reader() as s:
        assert s.get(Unit, lose).merged_into is None and not s.get(Unit, lose).archived
        assert s.get(Distribution, d_lose).unit_id == lose
        assert s.get(Distribution, d_keep).unit_id == keep
        assert s.get(Need, n_lose).unit_id == lose
        assert duplicates.candidate_pairs(s) == {}  # dismissed by the unmerge


def test_a_merge_needs_two_live_units(replica: Replica) -> None:
    a, b = _unit(replica, "甲"), _unit(replica, "乙")
    with pytest.raises(FieldVisitError), replica.session() as s:
        registry.merge_units(s, a, a)
    with replica.session() as s:
        registry.merge_units(s, a, b)
    with pytest.raises(FieldVisitError), replica.session() as s:
        registry.merge_units(s, b, a)  # a is merged away


def test_rows_follow_the_merge_whatever_order_the_operations_arrive_in(
    make_replica: Callable[..., Replica],
) -> None:
    src = make_replica("SRC", role="office")
    cid = _campaign(src)
    a, b, c = (_unit(src, n) for n in ("甲厂", "乙厂", "丙厂"))
    _distribute(src, a, cid, 10_000)
    _wish(src, a, "食堂加菜")
    with src.session() as s:
        registry.merge_units(s, a, b)
        registry.merge_units(s, b, c)  # a chain: a -> b -> c
    _distribute(src, c, cid, 20_000, reason="补发")
    ops = all_ops(src)
    want = canonical(src)
    rng = random.Random(7)
    for trial in range(4):
        shuffled = ops + rng.sample(ops, 10)
        rng.shuffle(shuffled)
        for mode in ("apply", "batch"):
            r = make_replica(f"T{trial}{mode}")
            with r.session() as s:
                if mode == "apply":
                    for op in shuffled:
                        apply(s, op)
                else:
                    for i in range(0, len(shuffled), 5):
                        apply_batch(s, shuffled[i : i + 5])
            got = canonical(r)
            with r.reader() as s:
                assert set(s.execute(select(Distribution.unit_id)).scalars()) == {c}
                assert set(s.execute(select(Need.unit_id)).scalars()) == {c}
            for name in ("unit", "unit_visit", "distribution", "need"):
                assert got[name] == want[name], (trial, mode, name)


def test_a_field_laptops_unit_merge_is_refused_by_the_rules() -> None:
    """The rules table: merging units (and undoing it) is the office's decision."""
    kinds_field, _ = authz.RULES["unit"]["field"]
    kinds_office, _ = authz.RULES["unit"]["office"]
    assert "merge" not in kinds_field and "unmerge" not in kinds_field
    assert {"merge", "unmerge"} <= kinds_office


def test_office_cli_merges_and_unmerges_units(
    replica: Replica, capsys: pytest.CaptureFixture[str]
) -> None:
    cid = _campaign(replica)
    keep = _unit(replica, "城东供电所", address="建设路1号")
    lose = _unit(replica, "城東供電所", address="建设路1号")
    hh_like = _unit(replica, "城西水厂")
    d = _distribute(replica, lose, cid, 20_000)
    base = ["--data-dir", str(replica.base)]
    assert main([*base, "report", "duplicates", "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert [{p["a"]["id"], p["b"]["id"]} for p in got["unit_rows"]] == [{keep, lose}]
    assert main([*base, "office", "merge", lose, keep, "--reason", "同一单位", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["into"] == keep
    with replica.reader() as s:
        assert s.get(Distribution, d).unit_id == keep
    assert main([*base, "office", "merges", "--json"]) == 0
    assert [m["unit_id"] for m in json.loads(capsys.readouterr().out)["unit_merges"]] == [lose]
    assert main([*base, "office", "unmerge", lose, "--reason", "两个单位"]) == 0
    capsys.readouterr()
    with replica.reader() as s:
        assert s.get(Distribution, d).unit_id == lose
    assert main([*base, "office", "dismiss", keep, hh_like, "--reason", "不同"]) == 0
    capsys.readouterr()


def test_a_void_after_a_merge_follows_its_distribution_through_an_unmerge(
    replica: Replica,
) -> None:
    """The reversal is recorded against the unit the distribution was recorded against, so an
    unmerge takes both back: the loser's distribution stays voided, the survivor's live."""
    cid = _campaign(replica)
    keep, lose = _unit(replica, "甲厂"), _unit(replica, "甲厂（分厂）")
    d_keep = _distribute(replica, keep, cid, 100_000)
    d_lose = _distribute(replica, lose, cid, 40_000)
    with replica.session() as s:
        registry.merge_units(s, lose, keep)
    with replica.session() as s:
        rid = dist.void_distribution(s, d_lose, "重复发放")
    with replica.session() as s:
        duplicates.unmerge(s, lose, "不是同一单位")
    with replica.reader() as s:
        assert s.get(Distribution, rid).unit_id == lose
        assert s.get(Distribution, d_keep).unit_id == keep
        for uid, live in ((keep, [d_keep]), (lose, [])):
            assert [d.id for d in dist._earlier(s, uid, cid)] == live
