"""A small world that really diverges: an office and two teams working offline.

- the office sets up a campaign (standard ¥500 for 困难职工, ¥300 otherwise; budget
  ¥1,000; 1 温暖包 in stock) and household 刘小山 (team 1), shipped to both teams;
- offline, team 1 pays 刘小山 ¥600 and team 2 pays him ¥500 + one 温暖包 (paid
  twice, once above the standard, goods beyond stock); both edit his phone;
- team 1 registers 张晓明, team 2 registers 張曉明 with the same phone (one family);
  both register 刘洋/劉洋 in 西湖区 with different phones (a pair the office dismisses);
- team 1 records needs; 王芳 left hardship last month and was not visited since.

``ship(src, dst)`` moves operations between replicas; the lead swaps it for a
hub round trip after merging the sync branch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from fieldvisit import campaigns, needs, payments, visits
from fieldvisit.households import edit
from fieldvisit.store.replica import Replica
from fieldvisit.validation import id_check_char
from tests.helpers import all_ops, deliver

TODAY = date.today()


def ship(src: Replica, dst: Replica) -> int:
    """Deliver every operation ``src`` holds to ``dst`` (idempotent)."""
    return deliver(all_ops(src), dst)


def id_number(body: str) -> str:
    return body + id_check_char(body)


@dataclass
class World:
    office: Replica
    a: Replica
    b: Replica
    campaign: str
    liu: str  # paid twice, phone edited on both teams
    pay_a: str
    pay_b: str
    zhang_a: str
    zhang_b: str
    yang_a: str
    yang_b: str
    wang: str
    unvisited: str

    def sync_all(self) -> None:
        for r in (self.a, self.b):
            ship(r, self.office)
        for r in (self.a, self.b):
            ship(self.office, r)


def _hh(r: Replica, name: str, **kw: object) -> str:
    with r.session() as s:
        return edit.create_household(s, edit.HouseholdInput(name=name, **kw))  # type: ignore[arg-type]


@pytest.fixture
def world(make_replica) -> World:
    return build_world(make_replica)


def build_world(make_replica) -> World:
    """The scenario above, from any ``make_replica(device, team=, role=)`` factory."""
    office = make_replica("OFFICE", team="办公室", role="office")
    a = make_replica("HZ01", team="第一走访组")
    b = make_replica("HZ02", team="第二走访组")
    with office.session() as s:
        cid = campaigns.create_campaign(
            s,
            campaigns.CampaignInput(
                name="2025 双节送温暖",
                kind="双节送温暖",
                starts_on=TODAY - timedelta(days=30),
                ends_on=TODAY + timedelta(days=30),
                fund_source="市总工会帮扶资金",
                budget_fen=100_000,
                standards={"困难职工": 50_000, "*": 30_000},
                catalogue=[campaigns.CatalogueItem("温暖包", "个", 20_000, stock=1)],
            ),
        )
    liu = _hh(
        office,
        "刘小山",
        id_number=id_number("33010619800101001"),
        phone="13800138000",
        district="西湖区",
        category="困难职工",
        team_id=a.team_id,
    )
    wang = _hh(
        office,
        "王芳",
        district="上城区",
        category="困难职工",
        team_id=a.team_id,
        status="left_hardship",
        left_hardship_on=TODAY - timedelta(days=40),
    )
    unvisited = _hh(office, "赵敏", district="上城区", category="农民工", team_id=b.team_id)
    for r in (a, b):
        ship(office, r)
    # Offline: both teams visit and pay 刘小山, both correct his phone.
    with a.session() as s:
        pay_a = visits.record_visit(
            s,
            visits.VisitInput(
                household_id=liu,
                visited_on=TODAY,
                campaign_id=cid,
                payment=payments.PaymentInput(cash_fen=60_000, override_reason=None),
                needs=[
                    needs.NeedInput(
                        "医疗救助", "住院费用报销", owner="李干事", due_on=TODAY - timedelta(days=3)
                    ),
                    needs.NeedInput(
                        "子女就学", "学费减免", owner="李干事", due_on=TODAY + timedelta(days=20)
                    ),
                ],
            ),
        ).payment_id
        edit.update_household(s, liu, {"phone": "13911111111"})
    with b.session() as s:
        pay_b = visits.record_visit(
            s,
            visits.VisitInput(
                household_id=liu,
                visited_on=TODAY,
                campaign_id=cid,
                payment=payments.PaymentInput(
                    cash_fen=50_000, goods=[payments.GoodsLine("温暖包", "个", 1, 20_000)]
                ),
            ),
        ).payment_id
        edit.update_household(s, liu, {"phone": "13922222222"})
    zhang_a = _hh(a, "张晓明", phone="13812345678", district="拱墅区", category="农民工")
    zhang_b = _hh(b, "張曉明", phone="138 1234 5678", district="拱墅区", category="农民工")
    yang_a = _hh(a, "刘洋", phone="13700000001", district="西湖区")
    yang_b = _hh(b, "劉洋", phone="13700000002", district="西湖区")
    with a.session() as s:
        visits.record_visit(
            s,
            visits.VisitInput(
                household_id=zhang_a,
                visited_on=TODAY,
                campaign_id=cid,
                payment=payments.PaymentInput(
                    cash_fen=30_000, goods=[payments.GoodsLine("温暖包", "个", 1, 20_000)]
                ),
            ),
        )
    assert pay_a and pay_b
    w = World(
        office, a, b, cid, liu, pay_a, pay_b, zhang_a, zhang_b, yang_a, yang_b, wang, unvisited
    )
    w.sync_all()
    return w
