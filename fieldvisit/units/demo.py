"""Demo units: sites a summer campaign visited, their group distributions and a factory's wish list.

Shaped on what trade-union reports describe: a power-supply service team of nine, a
hospital, epidemic checkpoints, building sites where 清凉物资 reached hundreds of
workers, and a factory whose 心愿清单 has 22 items, 19 of them resolved.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from fieldvisit import campaigns
from fieldvisit.needs import NeedInput, transition
from fieldvisit.payments import GoodsLine
from fieldvisit.store.replica import Replica
from fieldvisit.units import distributions as dist
from fieldvisit.units import registry, wishlist

SITES = (
    ("供电公司城东客户服务班", "窗口单位", 9),
    ("区税务局办税服务厅", "窗口单位", 24),
    ("区人民医院", "医院", 860),
    ("高速路口防控点", "防控点", 36),
    ("地铁三号线二标段工地", "工地/车间", 871),
    ("滨江路环卫所", "职工之家", 120),
    ("东方机械厂", "企业", 430),
    ("新城快递分拨中心", "企业", 210),
)
DISTRICTS = ("东街街道", "西湖街道", "北山街道", "南城街道")
ROADS = ("建设路", "解放路", "文一路", "滨江大道", "工业园路")
WISHES = (
    ("设施", "修建职工篮球场"),
    ("停车", "增加电动车充电车位"),
    ("食堂", "食堂增加夜班餐"),
    ("安全与健康", "组织职工健康体检"),
    ("设施", "设立女职工休息室"),
    ("成长成才", "开展技能培训"),
    ("食堂", "公布每周菜谱"),
    ("设施", "更换宿舍空调"),
    ("安全与健康", "配发防暑降温用品"),
    ("其他", "组织职工文体活动"),
    ("停车", "规划非机动车停车棚"),
)


def generate_units(replica: Replica, campaign_id: str, team_ids: list[str], seed: int = 1) -> int:
    """Register the demo units, visit most of them in the campaign; returns how many."""
    rng = random.Random(seed)
    with replica.session() as s:
        camp = campaigns.get(s, campaign_id)
        start = camp.starts_on or date.today() - timedelta(days=30)
        end = min(camp.ends_on or date.today(), date.today())
        made = []
        for i, (name, kind, workers) in enumerate(SITES):
            made.append(
                registry.create_unit(
                    s,
                    registry.UnitInput(
                        name=name,
                        kind=kind,
                        code=f"DW{i + 1:03d}",
                        district=DISTRICTS[i % len(DISTRICTS)],
                        address=f"{ROADS[i % len(ROADS)]}{rng.randint(1, 300)}号",
                        contact_name="王主席" if i % 2 else "李主任",
                        contact_phone=f"1380000{i:04d}",
                        workers=workers,
                        team_id=team_ids[i % len(team_ids)],
                    ),
                )
            )
        days = max((end - start).days, 0)
        # a campaign that has not started yet (an office's, on a field laptop) gets no visits
        visited = made[:-1] if start <= date.today() else []
        visit_of: dict[str, str] = {}
        for uid, (_name, _kind, workers) in zip(visited, SITES, strict=False):
            reached = min(workers, rng.randint(8, 300))
            visit_of[uid] = dist.record_unit_visit(
                s,
                dist.UnitVisitInput(
                    unit_id=uid,
                    visited_on=start + timedelta(days=rng.randint(0, days)),
                    campaign_id=campaign_id,
                    visitors="张主席、刘干事",
                    notes="听取职工意见建议",
                    distribution=dist.DistributionInput(
                        cash_fen=reached * 5_000,
                        # not the campaign catalogue's 清凉物资: its stock is for households
                        goods=[GoodsLine("防暑降温包", "份", reached, 3_000)],
                        packages=reached,
                        workers_reached=reached,
                        representative_name="王建国",
                        representative_post="工会主席",
                    ),
                ),
            ).visit_id
        factory = made[SITES.index(("东方机械厂", "企业", 430))]
        # The workers' wishes were heard at the factory's visit ("听取职工意见建议").
        ids = [
            wishlist.add_unit_need(
                s,
                factory,
                NeedInput(category=cat, description=f"{text}（第{n + 1}项）"),
                visit_id=visit_of.get(factory),
            )
            for n in range(22)
            for cat, text in [WISHES[n % len(WISHES)]]
        ]
        for nid in ids[:19]:
            transition(s, nid, "resolved", "已办结")
    return len(SITES)
