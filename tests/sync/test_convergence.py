"""Convergence, property-based: replicas of two teams and an office, a hub, USB bundles.

Hypothesis drives random household edits, visits, payments, needs, merges and
deletes on four replicas, syncs them in random order through the hub (pushes
and pulls cut off half-way by killing the connection) and through bundles
(duplicated, dropped, delivered out of order), with clocks skewed by days.
After a final round of syncs:

- the office holds exactly the hub's operations and the same rows as a fresh
  replica fed the hub's log; each field replica equals a fresh replica fed its
  team's share of the log (and its team mate);
- payment totals equal the sum of the payments made;
- every pair of concurrent edits of one field ended as a recorded conflict.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import tempfile
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule
from psycopg import sql
from sqlalchemy import func, select

from fieldvisit import integrity
from fieldvisit.errors import FieldVisitError
from fieldvisit.households import edit
from fieldvisit.needs import NeedInput, create_need, reopen, transition
from fieldvisit.payments import PaymentInput, record_payment
from fieldvisit.store import oplog
from fieldvisit.store.hlc import Clock, wall_ms
from fieldvisit.store.merge import Op, apply
from fieldvisit.store.models import Conflict, Household, Need, Operation, Payment
from fieldvisit.store.replica import Replica
from fieldvisit.sync import bundle, client, enrol, hub
from fieldvisit.sync.conflicts import list_open, resolve
from tests.conftest import PG_URL
from tests.helpers import canonical

DAY = 86_400_000
TEAMS = ("第一走访组", "第二走访组")
FIELDS = ("address", "notes", "workplace")
NAMES = ("A1", "A2", "B1", "OFFICE")  # A1, A2 in team 1; B1 in team 2


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.saved = (client.PUSH_BATCH, client.PULL_BATCH)
        client.PUSH_BATCH, client.PULL_BATCH = 4, 5
        self.tmp = Path(tempfile.mkdtemp(prefix="fv-conv-"))
        self.db = f"fv_test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(PG_URL, autocommit=True) as c:
            c.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(self.db)))
        self.url = PG_URL.rsplit("/", 1)[0] + "/" + self.db
        self.reps: list[Replica] = []
        try:
            hub.init(self.url, "测试区总工会")
            for name in NAMES:
                office = name == "OFFICE"
                team = "办公室" if office else TEAMS[0] if name.startswith("A") else TEAMS[1]
                e = hub.enroll(self.url, device=name, team=team, office=office)
                code = enrol.new_code()
                f = self.tmp / f"{name}.fvenrol"
                enrol.seal(e.data, f, code)
                self.reps.append(enrol.enrol_from_file(self.tmp / name, f, code))
            self.team_ids = [self.reps[0].team_id, self.reps[2].team_id]
            self.paid = 0
            self.counter = itertools.count()
            self.held: list[Path] = []
            # Start from shared households, so that edits soon meet each other.
            for i, rep in enumerate(self.reps):
                with rep.session() as s:
                    for k in range(2):
                        tid = self.team_ids[k] if rep.role == "office" else rep.team_id
                        edit.create_household(
                            s,
                            edit.HouseholdInput(name=f"初始户{i}{k}", address="起始地址"),
                            team_id=tid,
                        )
            for rep in self.reps + self.reps:
                client.sync(rep)
        except BaseException:
            self._cleanup()
            raise

    def teardown(self) -> None:
        try:
            self.final_round_and_check()
        finally:
            self._cleanup()

    def _cleanup(self) -> None:
        for r in self.reps:
            r.close()
        client.PUSH_BATCH, client.PULL_BATCH = self.saved
        hub.drop_roles(self.url)
        with psycopg.connect(PG_URL, autocommit=True) as c:
            c.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(self.db))
            )
        shutil.rmtree(self.tmp, ignore_errors=True)

    # ------------------------------------------------------------ helpers
    def _households(self, r: Replica, live: bool = False) -> list[Household]:
        with r.reader() as s:
            q = select(Household).order_by(Household.id)
            if live:
                q = q.where(Household.archived.is_(False))
            return list(s.execute(q).scalars())

    def _pick(self, r: Replica, n: int, live: bool = False) -> Household | None:
        hs = self._households(r, live)
        return hs[n % len(hs)] if hs else None

    def _value(self, fld: str) -> str:
        return f"{fld}-{next(self.counter)}"

    # ------------------------------------------------------------ work on a replica
    @rule(r=st.integers(0, 3), team=st.integers(0, 1))
    def create_household(self, r: int, team: int) -> None:
        rep = self.reps[r]
        tid = self.team_ids[team] if rep.role == "office" else rep.team_id
        with rep.session() as s:
            edit.create_household(
                s,
                edit.HouseholdInput(name=f"户{next(self.counter)}", address="起始地址"),
                team_id=tid,
            )

    @rule(r=st.integers(0, 3), n=st.integers(0, 50), f=st.sampled_from(FIELDS))
    def edit_household(self, r: int, n: int, f: str) -> None:
        rep = self.reps[r]
        hh = self._pick(rep, n)
        if hh is None:
            return
        with rep.session() as s:
            oplog.update(s, "household", hh.id, {f: self._value(f)}, team_id=hh.team_id)

    @rule(
        who=st.lists(st.integers(0, 3), min_size=2, max_size=3, unique=True),
        n=st.integers(0, 50),
        f=st.sampled_from(FIELDS),
    )
    def concurrent_edits(self, who: list[int], n: int, f: str) -> None:
        """Several laptops edit the same field of a household they all hold, offline."""
        common = set.intersection(*({h.id for h in self._households(self.reps[i])} for i in who))
        if not common:
            return
        hid = sorted(common)[n % len(common)]
        for i in who:
            rep = self.reps[i]
            with rep.session() as s:
                hh = s.get(Household, hid)
                assert hh is not None
                oplog.update(s, "household", hid, {f: self._value(f)}, team_id=hh.team_id)

    @rule(r=st.integers(0, 3), n=st.integers(0, 50), fen=st.integers(1, 500_00))
    def pay(self, r: int, n: int, fen: int) -> None:
        rep = self.reps[r]
        hh = self._pick(rep, n)
        if hh is None:
            return
        with rep.session() as s:
            record_payment(
                s,
                household_id=hh.id,
                campaign_id=None,
                paid_on=date(2025, 1, 20),
                data=PaymentInput(cash_fen=fen, recipient_name="户主"),
                team_id=hh.team_id,
            )
        self.paid += fen

    @rule(r=st.integers(0, 3), n=st.integers(0, 50))
    def need(self, r: int, n: int) -> None:
        rep = self.reps[r]
        hh = self._pick(rep, n, live=True)
        if hh is None:
            return
        with rep.session() as s:
            create_need(
                s, hh.id, NeedInput(category="就医", description="转诊"), team_id=hh.team_id
            )

    @rule(
        r=st.integers(0, 3),
        n=st.integers(0, 50),
        to=st.sampled_from(("in_progress", "resolved", "closed", "reopen")),
    )
    def move_need(self, r: int, n: int, to: str) -> None:
        rep = self.reps[r]
        with rep.reader() as s:
            ids = list(s.execute(select(Need.id).order_by(Need.id)).scalars())
        if not ids:
            return
        try:
            with rep.session() as s:
                if to == "reopen":
                    reopen(s, ids[n % len(ids)], "又有困难")
                else:
                    transition(s, ids[n % len(ids)], to, "已办结")
        except FieldVisitError:
            pass

    @rule(r=st.integers(0, 3), n=st.integers(0, 50))
    def delete(self, r: int, n: int) -> None:
        rep = self.reps[r]
        hh = self._pick(rep, n, live=True)
        if hh is not None:
            with rep.session() as s:
                edit.archive_household(s, hh.id)

    @rule(r=st.integers(0, 3), n=st.integers(0, 50), m=st.integers(0, 50))
    def merge(self, r: int, n: int, m: int) -> None:
        rep = self.reps[r]
        live = self._households(rep, live=True)
        if len(live) < 2:
            return
        loser, survivor = live[n % len(live)], live[m % len(live)]
        if loser.id == survivor.id or loser.team_id != survivor.team_id:
            return
        with rep.session() as s:
            edit.merge_households(s, loser.id, survivor.id)

    @rule(r=st.integers(0, 3), days=st.sampled_from((-3, -1, 0, 2, 5)))
    def skew_clock(self, r: int, days: int) -> None:
        self.reps[r].writer.clock = Clock(wall=lambda: wall_ms() + days * DAY)

    @rule()
    def office_resolves(self) -> None:
        office = self.reps[3]
        with office.reader() as s:
            views = list_open(s)
        if views:
            with office.session() as s:
                resolve(s, views[0].id, take="2")

    # ------------------------------------------------------------ delivery
    @rule(r=st.integers(0, 3), cut=st.none() | st.integers(1, 4))
    def sync(self, r: int, cut: int | None) -> None:
        rep = self.reps[r]
        calls = 0

        def progress(stage: str, done: int, total: int) -> None:
            nonlocal calls
            calls += 1
            if calls == cut:
                with psycopg.connect(self.url, autocommit=True) as c:
                    c.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                        (rep.settings["hub_conninfo"]["user"],),
                    )

        with contextlib.suppress(client.HubUnreachable):
            client.sync(rep, progress=progress)

    @rule(
        r=st.integers(0, 2),
        everything=st.booleans(),
        how=st.sampled_from(("once", "twice", "drop", "hold")),
    )
    def bundle_to_office(self, r: int, everything: bool, how: str) -> None:
        rep, office = self.reps[r], self.reps[3]
        if rep.device_id not in (office.settings.get("device_keys") or {}):
            return  # the office has not met this laptop's key yet
        f = self.tmp / f"b{next(self.counter)}.fvb"
        bundle.export_bundle(rep, f, everything=everything)
        if how == "hold":
            self.held.append(f)
        for _ in range({"once": 1, "twice": 2}.get(how, 0)):
            bundle.import_bundle(office, f)

    @rule()
    def deliver_held_in_reverse(self) -> None:
        for f in reversed(self.held):
            bundle.import_bundle(self.reps[3], f)
        self.held.clear()

    @rule(r=st.integers(0, 2), twice=st.booleans())
    def return_bundle(self, r: int, twice: bool) -> None:
        rep, office = self.reps[r], self.reps[3]
        if office.device_id not in (rep.settings.get("device_keys") or {}):
            return
        if rep.device_id not in (office.settings.get("device_keys") or {}):
            return
        f = self.tmp / f"r{next(self.counter)}.fvb"
        bundle.export_bundle(office, f, for_device=rep.device_id)
        for _ in range(2 if twice else 1):
            bundle.import_bundle(rep, f)

    # ------------------------------------------------------------ the verdict
    def final_round_and_check(self) -> None:
        for _ in range(2):
            for rep in self.reps:
                client.sync(rep)
        with psycopg.connect(self.url) as c:
            rows = c.execute(
                "SELECT op_id, device_id, seq, hlc, entity, row_id, kind, payload,"
                " team_id FROM fv_ops ORDER BY pos"
            ).fetchall()
        hub_ops = [Op(*row) for row in rows]
        office = self.reps[3]
        with office.reader() as s:
            office_ids = set(s.execute(select(Operation.op_id)).scalars())
        assert office_ids == {o.op_id for o in hub_ops}, (
            "the office and the hub hold different operations"
        )
        scopes: list[tuple[Replica, set[str | None] | None]] = [
            (office, None),
            (self.reps[0], {self.team_ids[0], None}),
            (self.reps[1], {self.team_ids[0], None}),
            (self.reps[2], {self.team_ids[1], None}),
        ]
        for rep, scope in scopes:
            mine = [o for o in hub_ops if scope is None or o.team_id in scope]
            ref = Replica.create(
                self.tmp / f"ref-{uuid.uuid4().hex[:6]}", device="REF", team="参考组"
            )
            try:
                with ref.session() as s:
                    for o in mine:
                        apply(s, o)
                got, want = _without(canonical(rep), ref), _without(canonical(ref), ref)
                assert got == want, (
                    f"{rep.settings['device_name']} differs from the hub's view of its scope: "
                    + _diff(got, want)
                )
                with rep.reader() as s:
                    assert integrity.tally_problems(s) == [], "running totals drifted"
            finally:
                ref.close()
        with office.reader() as s:
            total = s.execute(select(func.coalesce(func.sum(Payment.cash_fen), 0))).scalar()
            assert total == self.paid, "payments lost or counted twice"
            _check_concurrent_edits_are_conflicts(s)


def _without(dump: dict[str, Any], ref: Replica) -> dict[str, Any]:
    """A canonical dump minus the reference replica's own team and device rows."""
    out = dict(dump)
    out["team"] = [t for t in dump["team"] if t["id"] != ref.team_id]
    out["device"] = [d for d in dump["device"] if d["id"] != ref.device_id]
    return out


def _diff(got: dict[str, Any], want: dict[str, Any]) -> str:
    out = []
    for table in got:
        g = {r["id"]: r for r in got[table]}
        w = {r["id"]: r for r in want[table]}
        if set(g) ^ set(w):
            out.append(f"{table}: rows only on one side {sorted(set(g) ^ set(w))[:3]}")
        for rid in sorted(set(g) & set(w)):
            if g[rid] != w[rid]:
                fields = {
                    f: (g[rid][f], w[rid].get(f)) for f in g[rid] if g[rid][f] != w[rid].get(f)
                }
                out.append(f"{table} {rid}: {fields}")
    return "; ".join(out[:5])


def _check_concurrent_edits_are_conflicts(s: Any) -> None:
    """Every value is written once, so two edits from the same old value to different new
    values cannot have seen each other: each such pair must be a recorded conflict."""
    edits: dict[tuple[str, str, Any], set[Any]] = {}
    for o in s.execute(
        select(Operation).where(Operation.entity == "household", Operation.kind == "update")
    ).scalars():
        for fld, (old, new) in o.payload["fields"].items():
            edits.setdefault((o.row_id, fld, old), set()).add(new)
    conflicted = {(c.row_id, c.field) for c in s.execute(select(Conflict)).scalars()}
    for (row_id, fld, _old), news in edits.items():
        if len(news) > 1:
            assert (row_id, fld) in conflicted, (
                f"concurrent edits of {fld} on {row_id} not a conflict"
            )


TestConvergence = SyncMachine.TestCase
TestConvergence.settings = settings(
    max_examples=int(os.environ.get("FIELDVISIT_CONVERGENCE_EXAMPLES", "8")),
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


@pytest.fixture(autouse=True)
def _needs_pg(pg_available: str) -> None:
    del pg_available
