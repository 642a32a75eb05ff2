"""Convergence, property-based: replicas of two teams and an office, a hub, USB bundles.

Hypothesis drives random household edits, visits, payments, needs, merges and
deletes on four replicas, syncs them in random order through the hub (pushes
and pulls cut off half-way by killing the connection) and through bundles
(duplicated, dropped, delivered out of order), with clocks skewed by days.
After a final round of syncs:

- the office holds exactly the hub's operations and the same rows as a fresh
  replica fed the hub's log; each field replica equals a fresh replica fed its
  team's share of the log (and its team mate);
- payment totals equal the sum of the payments made, less each voided payment
  once: the net of every payment is its amount or zero, however many laptops
  voided it before they met;
- every pair of concurrent edits of one field ended as a recorded conflict;
- every archive (or merge) that had not seen an edit, and every edit that had not
  seen the archive, ended as a recorded delete-versus-edit conflict (unless a
  restore came between) — "seen" as the test itself recorded it at write time;
- the fold order respects what each writer had seen: every household operation
  sorts after every operation on that row its writer held, also on a laptop whose
  clock ran far ahead and whose counter went past 100,000.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable
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
from sqlalchemy.orm import Session

from fieldvisit import integrity
from fieldvisit.errors import FieldVisitError
from fieldvisit.households import edit
from fieldvisit.needs import NeedInput, create_need, reopen, transition
from fieldvisit.payments import PaymentInput, record_payment, void_payment
from fieldvisit.store import oplog
from fieldvisit.store.hlc import Clock, Timestamp, wall_ms
from fieldvisit.store.merge import Op, apply
from fieldvisit.store.models import (
    Conflict,
    Distribution,
    Household,
    Need,
    Operation,
    Payment,
    Unit,
)
from fieldvisit.store.replica import Replica
from fieldvisit.sync import bundle, client, enrol, hub
from fieldvisit.sync.conflicts import list_open, resolve
from fieldvisit.units import distributions as dist
from fieldvisit.units import registry as units
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
            #: payments a rule voided (id -> cash): each must net to zero, once
            self.voided: dict[str, int] = {}
            #: cash handed to units (集体发放), and the distributions a rule voided
            self.distributed = 0
            self.dist_voided: dict[str, int] = {}
            #: household operation id -> ids of the row's operations its writer held
            self.truth: dict[str, set[str]] = {}
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

    def _write(self, rep: Replica, hid: str, write: Callable[[Session], Any]) -> None:
        """Run ``write`` on ``rep`` and remember, for each household operation it made,
        which operations on that row the laptop held: the ground truth of "seen"."""
        with rep.reader() as s:
            held = set(
                s.execute(
                    select(Operation.op_id).where(
                        Operation.entity == "household", Operation.row_id == hid
                    )
                ).scalars()
            )
            top = s.execute(
                select(func.max(Operation.seq)).where(Operation.device_id == rep.device_id)
            ).scalar()
        with rep.session() as s:
            write(s)
        with rep.reader() as s:
            made = s.execute(
                select(Operation.op_id).where(
                    Operation.device_id == rep.device_id,
                    Operation.seq > (top or 0),
                    Operation.entity == "household",
                    Operation.row_id == hid,
                )
            ).scalars()
            for op_id in made:
                self.truth[op_id] = held

    def _live_payments(self, r: Replica) -> list[Payment]:
        with r.reader() as s:
            voided = select(Payment.reverses_id).where(Payment.reverses_id.is_not(None))
            return list(
                s.execute(
                    select(Payment)
                    .where(Payment.reverses_id.is_(None), Payment.id.not_in(voided))
                    .order_by(Payment.id)
                ).scalars()
            )

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
        value, team = self._value(f), hh.team_id
        self._write(
            rep, hh.id, lambda s: oplog.update(s, "household", hh.id, {f: value}, team_id=team)
        )

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
            value = self._value(f)

            def write(s: Session, value: str = value) -> None:
                hh = s.get(Household, hid)
                assert hh is not None
                oplog.update(s, "household", hid, {f: value}, team_id=hh.team_id)

            self._write(rep, hid, write)

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
            hid = hh.id
            self._write(rep, hid, lambda s: edit.archive_household(s, hid))

    @rule(r=st.integers(0, 3), n=st.integers(0, 50), m=st.integers(0, 50))
    def merge(self, r: int, n: int, m: int) -> None:
        rep = self.reps[r]
        live = self._households(rep, live=True)
        if len(live) < 2:
            return
        loser, survivor = live[n % len(live)], live[m % len(live)]
        if loser.id == survivor.id or loser.team_id != survivor.team_id:
            return
        lid, sid = loser.id, survivor.id
        self._write(rep, lid, lambda s: edit.merge_households(s, lid, sid))

    @rule(r=st.integers(0, 3), n=st.integers(0, 50))
    def void(self, r: int, n: int) -> None:
        rep = self.reps[r]
        live = self._live_payments(rep)
        if live:
            p = live[n % len(live)]
            with rep.session() as s:
                void_payment(s, p.id, "登记错误")
            self.voided[p.id] = p.cash_fen

    @rule(
        who=st.lists(st.integers(0, 3), min_size=2, max_size=3, unique=True), n=st.integers(0, 50)
    )
    def double_void(self, who: list[int], n: int) -> None:
        """Several laptops void the same payment before they meet."""
        common = set.intersection(*({p.id for p in self._live_payments(self.reps[i])} for i in who))
        if not common:
            return
        pid = sorted(common)[n % len(common)]
        for i in who:
            with self.reps[i].session() as s:
                void_payment(s, pid, f"作废{i}")
                cash = s.get(Payment, pid).cash_fen  # type: ignore[union-attr]
        self.voided[pid] = cash

    @rule(
        pair=st.lists(st.integers(0, 3), min_size=2, max_size=2, unique=True),
        n=st.integers(0, 50),
        days=st.sampled_from((0, 0, -2, 3)),
    )
    def archive_after_unseen_edit(self, pair: list[int], n: int, days: int) -> None:
        """Y edits a household; X, not having seen it, edits another field later (its
        own last operation on the row is stamped after Y's edit) and archives it. With
        ``days`` X's clock is also skewed for the two writes."""
        x, y = self.reps[pair[0]], self.reps[pair[1]]
        live = [{h.id: h for h in self._households(r, live=True)} for r in (x, y)]
        common = sorted(live[0].keys() & live[1].keys())
        if not common:
            return
        hid = common[n % len(common)]
        # each writes with the team its own copy shows (a moved household's may differ)
        team, y_team = live[0][hid].team_id, live[1][hid].team_id
        v1, v2 = self._value("notes"), self._value("workplace")
        self._write(y, hid, lambda s: oplog.update(s, "household", hid, {"notes": v1}, y_team))
        saved = x.writer.clock
        if days:
            x.writer.clock = Clock(saved.last, wall=lambda: wall_ms() + days * DAY)
        try:
            self._write(
                x, hid, lambda s: oplog.update(s, "household", hid, {"workplace": v2}, team)
            )
            self._write(x, hid, lambda s: edit.archive_household(s, hid))
        finally:
            x.writer.clock = saved

    @rule(r=st.integers(0, 3))
    def fast_clock(self, r: int) -> None:
        """This laptop has seen a stamp from a clock ten days ahead and counts on from it:
        its counter (and soon everybody's) passes 100,000 within a few operations."""
        ahead = wall_ms() + 10 * DAY
        self.reps[r].writer.clock = Clock(Timestamp(ahead, 99_995), wall=lambda: ahead - DAY)

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

    # ------------------------------------------------------------ units (慰问单位)
    def _units(self, r: Replica, live: bool = False) -> list[Unit]:
        with r.reader() as s:
            q = select(Unit).order_by(Unit.id)
            if live:
                q = q.where(Unit.archived.is_(False))
            units = list(s.execute(q).scalars())
        if r.role == "office":
            return units
        return [u for u in units if u.team_id == r.team_id]

    def _live_distributions(self, r: Replica) -> list[Distribution]:
        with r.reader() as s:
            reversed_ = select(Distribution.reverses_id).where(
                Distribution.reverses_id.is_not(None)
            )
            rows = s.execute(
                select(Distribution)
                .where(Distribution.reverses_id.is_(None), Distribution.id.not_in(reversed_))
                .order_by(Distribution.id)
            ).scalars()
            if r.role == "office":
                return list(rows)
            return [d for d in rows if d.team_id == r.team_id]

    @rule(r=st.integers(0, 3), team=st.integers(0, 1))
    def create_unit(self, r: int, team: int) -> None:
        rep = self.reps[r]
        tid = self.team_ids[team] if rep.role == "office" else rep.team_id
        with rep.session() as s:
            units.create_unit(
                s, units.UnitInput(name=f"单位{next(self.counter)}", kind="医院", team_id=tid)
            )

    @rule(r=st.integers(0, 3), n=st.integers(0, 50))
    def edit_unit(self, r: int, n: int) -> None:
        rep = self.reps[r]
        live = self._units(rep, live=True)
        if live:
            uid = live[n % len(live)].id
            with rep.session() as s:
                units.update_unit(s, uid, {"notes": self._value("notes")})

    @rule(r=st.integers(0, 3), n=st.integers(0, 50), fen=st.integers(1, 5_000_00))
    def visit_unit(self, r: int, n: int, fen: int) -> None:
        """A group distribution (集体发放): cash for the unit's workers, one receipt."""
        rep = self.reps[r]
        live = self._units(rep, live=True)
        if not live:
            return
        with rep.session() as s:
            dist.record_unit_visit(
                s,
                dist.UnitVisitInput(
                    unit_id=live[n % len(live)].id,
                    visited_on=date(2025, 1, 20),
                    visitors="李工会",
                    distribution=dist.DistributionInput(
                        cash_fen=fen, packages=3, workers_reached=9, representative_name="王主任"
                    ),
                ),
            )
        self.distributed += fen

    @rule(
        who=st.lists(st.integers(0, 3), min_size=1, max_size=3, unique=True), n=st.integers(0, 50)
    )
    def void_distribution(self, who: list[int], n: int) -> None:
        """One laptop, or several before they meet, void the same distribution."""
        common = set.intersection(
            *({d.id for d in self._live_distributions(self.reps[i])} for i in who)
        )
        if not common:
            return
        did = sorted(common)[n % len(common)]
        for i in who:
            with self.reps[i].session() as s:
                dist.void_distribution(s, did, f"作废{i}")
                cash = s.get(Distribution, did).cash_fen  # type: ignore[union-attr]
        self.dist_voided[did] = cash

    @rule(r=st.integers(0, 3), n=st.integers(0, 50))
    def archive_unit(self, r: int, n: int) -> None:
        rep = self.reps[r]
        live = self._units(rep, live=True)
        if live:
            uid = live[n % len(live)].id
            with rep.session() as s:
                units.archive_unit(s, uid)

    @rule(n=st.integers(0, 50), m=st.integers(0, 50))
    def merge_units(self, n: int, m: int) -> None:
        """The office merges a unit registered twice (field laptops may not)."""
        office = self.reps[3]
        live = self._units(office, live=True)
        if len(live) < 2:
            return
        loser, survivor = live[n % len(live)], live[m % len(live)]
        if loser.id == survivor.id or loser.team_id != survivor.team_id:
            return
        with office.session() as s:
            units.merge_units(s, loser.id, survivor.id)

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
            assert total == self.paid - sum(self.voided.values()), "payments lost or counted twice"
            _check_every_payment_nets_to_its_amount_or_zero(s, self.voided)
            _check_distributions(s, self.distributed, self.dist_voided)
            _check_fold_order_respects_what_was_seen(s, self.truth)
            _check_concurrent_edits_are_conflicts(s)
            _check_unseen_edits_of_archives_are_conflicts(s, self.truth)


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


def _check_every_payment_nets_to_its_amount_or_zero(s: Any, voided: dict[str, int]) -> None:
    net: dict[str, int] = {}
    cash: dict[str, int] = {}
    for p in s.execute(select(Payment)).scalars():
        key = p.reverses_id or p.id
        net[key] = net.get(key, 0) + p.cash_fen
        if not p.reverses_id:
            cash[p.id] = p.cash_fen
    for pid, amount in cash.items():
        assert net[pid] in (amount, 0), f"payment {pid} of {amount} nets to {net[pid]}"
        assert (net[pid] == 0) == (pid in voided), f"payment {pid}: voided {pid in voided}"


def _check_distributions(s: Any, distributed: int, voided: dict[str, int]) -> None:
    """Unit distributions add up like payments: each nets to its amount or zero."""
    net: dict[str, int] = {}
    cash: dict[str, int] = {}
    for d in s.execute(select(Distribution)).scalars():
        key = d.reverses_id or d.id
        net[key] = net.get(key, 0) + d.cash_fen
        if not d.reverses_id:
            cash[d.id] = d.cash_fen
    assert sum(net.values()) == distributed - sum(voided.values()), (
        "distributions lost or counted twice"
    )
    for did, amount in cash.items():
        assert net[did] in (amount, 0), f"distribution {did} of {amount} nets to {net[did]}"
        assert (net[did] == 0) == (did in voided), f"distribution {did}: voided {did in voided}"


def _check_unseen_edits_of_archives_are_conflicts(s: Any, truth: dict[str, set[str]]) -> None:
    """An archive (or merge) and an edit of the same household, neither of whose
    writers held the other: a delete-versus-edit conflict naming one of them, unless
    a restore folded between them (the archive was undone before the edit arrived)."""
    ops = {
        o.op_id: o
        for o in s.execute(select(Operation).where(Operation.entity == "household")).scalars()
    }
    named: dict[str, set[str]] = {}
    for c in s.execute(select(Conflict).where(Conflict.kind == "delete_edit")).scalars():
        named.setdefault(c.row_id, set()).update(v["op_id"] for v in c.values)
    for d in ops.values():
        if d.kind not in ("delete", "merge") or d.op_id not in truth:
            continue
        for e in ops.values():
            if e.row_id != d.row_id or e.kind != "update" or e.op_id not in truth:
                continue
            if e.op_id in truth[d.op_id] or d.op_id in truth[e.op_id]:
                continue  # one had seen the other
            restored = any(
                r.row_id == d.row_id
                and d.sort_key < r.sort_key < e.sort_key
                and (
                    r.kind == "restore"
                    or (r.kind == "resolve" and r.payload.get("field") == "*")
                    # an unmerge of this very merge undoes it like a restore
                    or (r.kind == "unmerge" and r.payload.get("merge_op") == d.op_id)
                )
                for r in ops.values()
            )
            if not restored:
                assert {d.op_id, e.op_id} & named.get(d.row_id, set()), (
                    f"archive {d.op_id} never saw edit {e.op_id} of {d.row_id}: no conflict"
                )


def _check_fold_order_respects_what_was_seen(s: Any, truth: dict[str, set[str]]) -> None:
    keys = dict(s.execute(select(Operation.op_id, Operation.sort_key)).all())
    for op_id, held in truth.items():
        for earlier in held:
            assert keys[earlier] < keys[op_id], (
                f"{op_id} sorts before {earlier}, which its writer had already folded"
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


# ---------------------------------------------------------------- focused runs of the harness
# The same machine, driven through one scenario each, so every case is exercised on every
# CI run whatever Hypothesis draws (and each fails on the code before its fix).


def _scenario(steps: Callable[[SyncMachine], None]) -> None:
    m = SyncMachine()
    try:
        steps(m)
    except BaseException:
        m._cleanup()
        raise
    m.teardown()


def test_double_void_takes_the_payment_back_once(pg_available: str) -> None:
    def steps(m: SyncMachine) -> None:
        m.pay(0, 0, 800_00)
        m.pay(2, 1, 300_00)
        for r in (0, 1, 2, 3):
            m.sync(r, None)
        m.double_void([0, 1, 3], 0)  # two laptops of a team and the office, offline
        m.double_void([2, 3], 1)

    _scenario(steps)


def test_archive_that_never_saw_an_edit_is_a_conflict(pg_available: str) -> None:
    def steps(m: SyncMachine) -> None:
        for n, days in enumerate((0, 3, -2)):  # same clocks, X ahead, X behind
            m.archive_after_unseen_edit([0, 1], n, days)
            m.archive_after_unseen_edit([3, 2], n, days)  # the office archives, a laptop edits
            m.sync(0, None)
            m.sync(3, None)

    _scenario(steps)


def test_fast_clock_past_100000_operations_keeps_causal_order(pg_available: str) -> None:
    def steps(m: SyncMachine) -> None:
        m.fast_clock(0)
        m.create_household(0, 0)
        for k in range(8):
            m.edit_household(0, k, FIELDS[k % 3])
        m.sync(0, None)
        m.sync(1, None)
        for k in range(4):
            m.edit_household(1, k, FIELDS[k % 3])
        m.archive_after_unseen_edit([1, 0], 2, 0)

    _scenario(steps)


def test_units_converge_and_a_double_voided_distribution_is_taken_back_once(
    pg_available: str,
) -> None:
    def steps(m: SyncMachine) -> None:
        m.create_unit(0, 0)
        m.create_unit(3, 1)
        m.visit_unit(0, 0, 3_000_00)
        m.visit_unit(3, 0, 500_00)
        for r in (0, 1, 2, 3):
            m.sync(r, None)
        m.void_distribution([0, 1, 3], 0)  # two laptops of a team and the office, offline
        m.edit_unit(1, 0)
        m.edit_unit(3, 0)
        m.void_distribution([2], 0)

    _scenario(steps)
