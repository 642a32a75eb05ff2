"""Demo data: campaigns, teams, households with members, visits, payments and needs.

Invented people with realistic names, addresses and valid ID numbers. Every
row is validated by the feature layer's input classes and recorded as an
ordinary operation (so the op log is complete and the demo syncs like anything
else). A few thousand households are folded a batch at a time; more go into the
log and are folded at once (``store.bulk``), invented meanwhile in a second process
(``demo_worker``). Deterministic for a given seed, in either process.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from fieldvisit import campaigns, demo_worker, needs, payments
from fieldvisit import validation as v
from fieldvisit.errors import FieldVisitError
from fieldvisit.households import edit
from fieldvisit.i18n import translate
from fieldvisit.store import bulk, oplog
from fieldvisit.store.models import Campaign, ReceiptCounter
from fieldvisit.store.replica import Replica, team_id_for

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强海燕小红小明玉兰"
    "春梅冬梅国庆红梅晓东晓燕子涵浩然欣怡宇轩雨桐梓萱文博思远家豪俊杰婷婷丹丹淑珍德胜福"
)
DISTRICTS = (
    ("330102", "上城区", ("清波街道", "湖滨街道", "小营街道", "南星街道")),
    ("330105", "拱墅区", ("米市巷街道", "湖墅街道", "小河街道", "和睦街道")),
    ("330106", "西湖区", ("北山街道", "西溪街道", "翠苑街道", "文新街道")),
    ("330108", "滨江区", ("西兴街道", "长河街道", "浦沿街道")),
    ("330109", "萧山区", ("城厢街道", "北干街道", "蜀山街道", "新塘街道")),
)
WORKPLACES = (
    "市纺织厂",
    "城建集团",
    "公交公司",
    "环卫所",
    "机械厂",
    "物流园",
    "食品公司",
    "建筑工地",
    "电子厂",
    "快递网点",
    "个体",
    "社区服务中心",
)
RELATIONS = ("配偶", "子", "女", "父亲", "母亲", "孙子", "孙女")
TEAMS = ("第一走访组", "第二走访组", "第三走访组")
WARM_STANDARDS = {
    "困难职工": 100_000,
    "困难党员": 100_000,
    "劳动模范": 150_000,
    "农民工": 80_000,
    "一线职工": 50_000,
    "*": 50_000,
}


#: Operations a demo household makes on average (household, members, visits,
#: payments, needs): decides whether the demo is written as a bulk load.
OPS_PER_HOUSEHOLD = 4


@dataclass(frozen=True)
class DemoSummary:
    households: int
    members: int
    visits: int
    payments: int
    needs: int
    campaigns: int
    units: int = 0


def _id_number(rng: random.Random, area: str, born: date, male: bool) -> str:
    serial = rng.randrange(0, 500) * 2 + (1 if male else 0)
    # not f"{born:%Y%m%d}": strftime imports a module on every call (slow under Qt's hook)
    body = f"{area}{born.year:04d}{born.month:02d}{born.day:02d}{serial:03d}"
    return body + v.id_check_char(body)


def _person(rng: random.Random) -> str:
    surname = rng.choice(SURNAMES)
    n = 1 if rng.random() < 0.35 else 2
    return surname + "".join(rng.choice(GIVEN) for _ in range(n))


def generate(
    replica: Replica,
    households: int,
    *,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    batch: int = 2000,
    folding: bulk.FoldProgress | None = None,
) -> DemoSummary:
    """Invent ``households`` households with their visits, payments and needs.

    ``progress`` is told the households made so far. If they are folded in one bulk
    step at the end (many households), which takes about as long again, ``folding`` is
    told ``(0, 0)`` when it starts, then the percentage done ``(percent, 100)``."""
    today = date.today()
    # The running campaign spans today (a visit's default date falls inside it); the
    # two before it are over. Named after the year they run in, as offices name them.
    warm_from, warm_to = today - timedelta(days=30), today + timedelta(days=60)
    summer_from, summer_to = today - timedelta(days=200), today - timedelta(days=120)
    school_from, school_to = today - timedelta(days=110), today - timedelta(days=50)
    if _enrolled_field(replica):
        # The hub and every replica accept from a field laptop only its own team's
        # records, and campaigns come from the office: use those that have arrived.
        team_ids = [replica.team_id]
        amounts, periods = _office_campaigns(replica, today)
        unit_campaign = next(iter(amounts))
    else:
        team_ids = [replica.team_id] + [
            team_id_for(t) for t in TEAMS if team_id_for(t) != replica.team_id
        ]
        with replica.session() as s:
            for tid, tname in zip(team_ids[1:], TEAMS, strict=False):
                if s.get(oplog.MUTABLE["team"], tid) is None:
                    oplog.create(s, "team", tid, {"name": tname})
            warm = campaigns.create_campaign(
                s,
                campaigns.CampaignInput(
                    name=f"{warm_to.year}年双节送温暖",
                    kind="双节送温暖",
                    starts_on=warm_from,
                    ends_on=warm_to,
                    fund_source="市总工会帮扶资金",
                    budget_fen=households * 60 * 800 * 100 // 100,
                    cap_fen=300_000,
                    standards=WARM_STANDARDS,
                    catalogue=[
                        campaigns.CatalogueItem("大米", "袋", 12_000, households),
                        campaigns.CatalogueItem("食用油", "桶", 9_000, households),
                        campaigns.CatalogueItem("温暖包", "个", 20_000, households // 2),
                    ],
                ),
            )
            summer = campaigns.create_campaign(
                s,
                campaigns.CampaignInput(
                    name=f"{summer_from.year}年夏送清凉",
                    kind="夏送清凉",
                    starts_on=summer_from,
                    ends_on=summer_to,
                    fund_source="工会经费",
                    budget_fen=households * 20 * 100,
                    standards={"*": 20_000},
                    catalogue=[campaigns.CatalogueItem("清凉物资", "份", 8_000, households)],
                ),
            )
            school = campaigns.create_campaign(
                s,
                campaigns.CampaignInput(
                    name=f"{school_from.year}年金秋助学",
                    kind="金秋助学",
                    starts_on=school_from,
                    ends_on=school_to,
                    fund_source="金秋助学专项",
                    budget_fen=households * 30 * 2000,
                    standards={"*": 200_000},
                ),
            )
        # None: the standard for the household's category, as the wizard proposes it
        amounts = {warm: None, summer: 20_000, school: 200_000}
        unit_campaign = summer
        periods = {
            warm: (warm_from, today),
            summer: (summer_from, summer_to),
            school: (school_from, school_to),
        }
    camp_ids = list(amounts)
    with replica.reader() as s:
        caps = {c: campaigns.get(s, c).cap_fen for c in camp_ids}
        plan = Plan(
            seed=seed,
            team_ids=team_ids,
            amounts=amounts,
            periods=periods,
            today=today,
            caps=caps,
            device_id=replica.device_id,
            prefix=payments.receipt_prefix(s),
        )
        held = bulk.held(s)
    if bulk.worth_it(households * OPS_PER_HOUSEHOLD, held):
        counts = _bulk_load(replica, plan, households, batch, progress, folding)
    else:
        counts = _batch_by_batch(replica, plan, households, batch, progress)
    from fieldvisit.units.demo import generate_units

    units = generate_units(replica, unit_campaign, team_ids, seed)
    return DemoSummary(
        households,
        counts["members"],
        counts["visits"],
        counts["payments"],
        counts["needs"],
        len(camp_ids),
        units,
    )


def _bulk_load(
    replica: Replica,
    plan: Plan,
    households: int,
    batch: int,
    progress: Callable[[int, int], None] | None,
    folding: bulk.FoldProgress | None,
) -> dict[str, int]:
    """Many households: the operations go into the log and the whole log is folded
    once, as a first sync does (store.bulk); one transaction, so a demo cut off leaves
    nothing half-made. Households are invented in a second process meanwhile
    (:mod:`fieldvisit.demo_worker`) while this one numbers and logs them.

    The log grows at its end (time-ordered ids and stamps): the connection's own page
    cache is enough, for the log's row and sequence indexes too (they are kept: 80-83 s
    against 84-87 s at 200,000). The transaction writes most of the file: through a
    rollback journal where nothing else has the replica open (``Replica.alone``), not
    once into the WAL and again into the file."""
    done = 0
    with replica.alone(), replica.session() as s:
        bulk.begin(s, drop_log_indexes=False)
        plan = replace(plan, receipts=_receipt_counters(s, plan.prefix))
        with demo_worker.invented(plan, households, batch) as made:
            for n, rows in made:
                oplog.log_created(s, rows)
                # what the fold would compute, while the worker invents the next batch
                new = [(r, json.loads(x)["fields"]) for e, r, _t, x in rows if e == "household"]
                bulk.keys_ahead(s, "household", new)
                done += n
                if progress:
                    progress(done, households)
        _store_receipt_counters(s, plan.prefix, made.receipts)
        if folding:
            folding(0, 0)
        bulk.fold_log(s, folding)
    return made.counts


def _batch_by_batch(
    replica: Replica,
    plan: Plan,
    households: int,
    batch: int,
    progress: Callable[[int, int], None] | None,
) -> dict[str, int]:
    """Few households: each batch folded and committed on its own."""
    inventor = Inventor(plan)
    done = 0
    for n in demo_worker.batch_sizes(households, batch):
        with replica.session() as s:
            # a bigger page cache for this connection while rows pour in
            s.execute(text("PRAGMA cache_size = -262144"))
            inventor.receipts = _receipt_counters(s, plan.prefix)
            oplog.record_created(s, inventor.batch(n), new_rows=True, fold=True)
            _store_receipt_counters(s, plan.prefix, inventor.receipts)
            s.execute(text("PRAGMA cache_size = -65536"))
        done += n
        if progress:
            progress(done, households)
    return inventor.counts


def _enrolled_field(replica: Replica) -> bool:
    return replica.role != "office" and bool(replica.settings.get("device_keys"))


def _office_campaigns(
    replica: Replica, today: date
) -> tuple[dict[str, int | None], dict[str, tuple[date, date]]]:
    """Up to three campaigns this laptop has received: amount per household, period so far."""
    with replica.reader() as s:
        found = (
            s.execute(
                select(Campaign)
                .where(Campaign.archived.is_(False))
                .order_by(Campaign.starts_on.desc(), Campaign.id)
                .limit(3)
            )
            .scalars()
            .all()
        )
    if not found:
        raise FieldVisitError(
            translate(
                "Demo",
                "This laptop is enrolled for a team and has no campaign yet: campaigns come "
                "from the office. Sync with the hub (or import the office's bundle) first.",
            )
        )
    amounts: dict[str, int | None] = {
        c.id: max(1, min(int((c.standards or {}).get("*") or 50_000), c.cap_fen or 10**9))
        for c in found
    }
    periods = {}
    for c in found:
        first = min(c.starts_on or today, today)
        periods[c.id] = (first, max(first, min(c.ends_on or today, today)))
    return amounts, periods


@dataclass(frozen=True)
class Plan:
    """Everything households are invented from: sent to the process that invents them
    (``demo_worker``), so only plain values."""

    seed: int
    team_ids: list[str]
    amounts: dict[str, int | None]
    periods: dict[str, tuple[date, date]]
    today: date
    caps: dict[str, int | None]
    device_id: str
    prefix: str
    #: year -> the last receipt number taken so far (``ReceiptCounter``)
    receipts: dict[int, int] = field(default_factory=dict)


class Inventor:
    """Invents households a batch at a time as (entity, row id, payload, team id) items for
    :func:`oplog.record_created`; the same households for the same plan, in this process
    or another. Rows are validated by the same input classes the forms use; the payloads
    are made here too (in the worker, it shares the work of the process that logs)."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.rng = random.Random(plan.seed)
        self.receipts = dict(plan.receipts)
        self.counts = dict(members=0, visits=0, payments=0, needs=0)
        self.items: list[tuple[str, str, dict[str, Any], str | None]] = []

    def batch(self, n: int) -> list[tuple[str, str, dict[str, Any], str | None]]:
        for _ in range(n):
            _one_household(self)
        items, self.items = self.items, []
        return items

    def receipt_no(self, when: date) -> str:
        last = self.receipts[when.year] = self.receipts.get(when.year, 0) + 1
        return f"{self.plan.prefix}-{when.year}-{last:06d}"

    def add(self, entity: str, fields: dict[str, Any], team_id: str | None) -> str:
        row_id = oplog.new_id()
        self.items.append((entity, row_id, oplog.create_payload(fields), team_id))
        return row_id


def _receipt_counters(s: Session, prefix: str) -> dict[int, int]:
    rows = s.execute(select(ReceiptCounter).where(ReceiptCounter.prefix == prefix)).scalars()
    return {c.year: c.last for c in rows}


def _store_receipt_counters(s: Session, prefix: str, receipts: dict[int, int]) -> None:
    for year, last in receipts.items():
        counter = s.get(ReceiptCounter, (prefix, year))
        if counter is None:
            s.add(ReceiptCounter(prefix=prefix, year=year, last=last))
        else:
            counter.last = last
    s.flush()


def _one_household(b: Inventor) -> None:
    rng, counts, p = b.rng, b.counts, b.plan
    team_ids, amounts, periods, today = p.team_ids, p.amounts, p.periods, p.today
    area, district, streets = rng.choice(DISTRICTS)
    male = rng.random() < 0.6
    born = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 365 * 52))
    name = _person(rng)
    category = rng.choices(
        ("困难职工", "困难党员", "劳动模范", "农民工", "一线职工"), (50, 10, 3, 25, 12)
    )[0]
    causes = rng.sample(edit.CAUSES[:8], k=rng.choice((1, 1, 2)))
    street = rng.choice(streets)
    addr = f"杭州市{district}{street}{rng.randrange(1, 300)}号{rng.randrange(1, 12)}幢{rng.randrange(101, 1802)}室"
    left = rng.random() < 0.05
    team = rng.choice(team_ids)
    members = _members(rng, area, born, today)
    fields = edit.HouseholdInput(
        name=name,
        id_number=_id_number(rng, area, born, male),
        register_no=f"{area[-4:]}{rng.randrange(10**6, 10**7)}",
        phone=f"1{rng.choice('3578')}{rng.randrange(10**8, 10**9)}",
        address=addr,
        district=district,
        workplace=rng.choice(WORKPLACES),
        category=category,
        causes=causes,
        monthly_income_fen=rng.randrange(800, 4000) * 100,
        family_size=len(members) + 1 + rng.choice((0, 0, 0, 1)),
        status="left_hardship" if left else "needy",
        left_hardship_on=today - timedelta(days=rng.randrange(10, 300)) if left else None,
        team_id=team,
    ).clean()
    hid = b.add("household", fields, team)
    for member in members:
        b.add("member", {"household_id": hid, **member}, team)
        counts["members"] += 1
    if rng.random() < 0.6:
        camp = rng.choice(list(amounts))
        first, last = periods[camp]
        day = first + timedelta(days=rng.randrange(0, (last - first).days + 1))
        # the campaign's standard for the category, as the wizard proposes it
        cash = amounts[camp] or WARM_STANDARDS.get(category, 50_000)
        goods = [payments.GoodsLine("大米", "袋", 1, 12_000)] if rng.random() < 0.4 else []
        visitors = f"{_person(rng)}、{_person(rng)}"
        vid = b.add(
            "visit",
            {
                "household_id": hid,
                "campaign_id": camp,
                "team_id": team,
                "device_id": p.device_id,
                "visited_on": day,
                "visitors": visitors,
                "observations": {
                    "health": rng.choice(("良好", "慢性病", "重病住院")),
                    "housing": rng.choice(("自有住房", "租房", "危房")),
                },
                "notes": None,
            },
            team,
        )
        pay = payments.PaymentInput(
            cash_fen=cash,
            goods=goods,
            recipient_name=None,
            sign_mode=rng.choice(("signature", "fingerprint")),
            visitors=visitors,
        ).clean(p.caps[camp])
        receipt = b.receipt_no(day)
        pid = b.add(
            "payment",
            {
                **pay,
                "household_id": hid,
                "campaign_id": camp,
                "paid_on": day,
                "visit_id": vid,
                "team_id": team,
                "device_id": p.device_id,
                "receipt_no": receipt,
            },
            team,
        )
        b.add(
            "receipt_event",
            {"receipt_no": receipt, "payment_id": pid, "device_id": p.device_id, "kind": "issue"},
            team,
        )
        counts["visits"] += 1
        counts["payments"] += 1
        if rng.random() < 0.25:
            need = needs.NeedInput(
                rng.choice(needs.CATEGORIES),
                rng.choice(
                    (
                        "孩子学费有困难",
                        "需要联系医院转诊",
                        "希望介绍工作",
                        "拖欠工资三个月",
                        "房屋漏雨需修缮",
                    )
                ),
                owner="社区工作站",
                due_on=day + timedelta(days=30),
            ).clean()
            b.add("need", {"household_id": hid, "visit_id": vid, "team_id": team, **need}, team)
            counts["needs"] += 1


#: Relation -> (years after the head's birth, from, to): parents before, children after.
AGE_GAP = {
    "配偶": (-6, 6),
    "子": (20, 36),
    "女": (20, 36),
    "父亲": (-38, -20),
    "母亲": (-36, -18),
    "孙子": (42, 64),
    "孙女": (42, 64),
}


def _members(rng: random.Random, area: str, head_born: date, today: date) -> list[dict[str, Any]]:
    """Members as real families have them: at most one spouse and one father and mother,
    each born at an age that fits the relation, nobody born in the future."""
    out: list[dict[str, Any]] = []
    taken: set[str] = set()
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        relation = rng.choice(RELATIONS)
        if relation in taken and relation in ("配偶", "父亲", "母亲"):
            continue
        lo, hi = AGE_GAP[relation]
        born = head_born + timedelta(days=rng.randrange(lo * 365, hi * 365 + 1))
        if born >= today:
            continue
        taken.add(relation)
        school = None
        age = (today - born).days // 365
        if 6 <= age <= 22:
            school = "小学" if age < 12 else "初中" if age < 15 else "高中" if age < 18 else "大学"
        out.append(
            edit.MemberInput(
                name=_person(rng),
                relation=relation,
                id_number=_id_number(
                    rng,
                    area,
                    born,
                    relation in ("子", "父亲", "孙子")
                    or (relation == "配偶" and rng.random() < 0.4),
                ),
                schooling=school,
            ).clean()
        )
    return out


def ensure_replica(base: object, device: str = "DEMO01", team: str = "第一走访组") -> Replica:
    from pathlib import Path

    path = Path(str(base))
    if Replica.exists(path):
        return Replica.open(path)
    return Replica.create(path, device=device, team=team, organisation="杭州市某区总工会")
