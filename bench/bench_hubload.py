"""A county's laptops syncing at once: 100 simulated laptops against one hub, on loopback.

Each laptop is a thread with its own device login (enrolled like a real laptop, ten
teams of ten): it pushes 200 new households through ``fv_push`` — the same statement
and batch format as ``client.push`` — then pulls with the same cursor query as
``client.pull`` until it has read everything its team pushed (row-level security
decides what it sees). It does not fold into a replica: this measures the hub.

Printed: p50/p95/max sync time per laptop (push + pull), errors (must be 0), the hub's
numbering throughput (operations numbered per second while all laptops push), and the
raw baseline of the same run — one connection inserting the same rows with a plain
multi-row INSERT into an unindexed copy of the log — with the ratio.

PostgreSQL's default ``max_connections`` is 100; the laptops share a connection budget
(``FV_HUBLOAD_CONNECTIONS``, default 60), as a pooler in front of a real hub would: a
laptop waiting for a connection counts that wait in its sync time.
"""

from __future__ import annotations

import json
import os
import statistics
import threading
import time
import uuid
from typing import Any

import psycopg
from psycopg import sql

from fieldvisit.store.hlc import Clock
from fieldvisit.store.merge import Op
from fieldvisit.sync import client, hub

ADMIN = os.environ.get("FIELDVISIT_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def _p(samples: list[float], q: float) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, int(q * len(s)))]


def _ops(device_id: str, team_id: str, n: int) -> list[Op]:
    clock = Clock()
    out = []
    for seq in range(1, n + 1):
        row = str(uuid.uuid4())
        out.append(
            Op(
                op_id=str(uuid.uuid4()),
                device_id=device_id,
                seq=seq,
                hlc=clock.now().encode(),
                entity="household",
                row_id=row,
                kind="create",
                payload={
                    "fields": {
                        "name": f"测试{seq}",
                        "address": f"建设路{seq}号",
                        "district": "东街街道",
                        "team_id": team_id,
                    }
                },
                team_id=team_id,
            )
        )
    return out


class Laptop(threading.Thread):
    def __init__(
        self,
        conninfo: dict[str, str],
        password: str,
        device_id: str,
        team_id: str,
        n: int,
        gate: threading.Semaphore,
        start: threading.Event,
    ) -> None:
        super().__init__(daemon=True)
        self.conninfo, self.password = conninfo, password
        self.device_id, self.team_id = device_id, team_id
        self.ops = _ops(device_id, team_id, n)
        self.gate, self.start_event = gate, start
        self.seconds = 0.0
        self.push_done = 0.0
        self.pulled = 0
        self.pos = 0
        self.error: str | None = None

    def run(self) -> None:
        self.start_event.wait()
        t0 = time.perf_counter()
        try:
            with (
                self.gate,
                psycopg.connect(
                    **self.conninfo, password=self.password, autocommit=True, connect_timeout=30
                ) as conn,
            ):
                for i in range(0, len(self.ops), client.PUSH_BATCH):
                    batch = self.ops[i : i + client.PUSH_BATCH]
                    # as client.push: one statement in autocommit, no open transaction
                    conn.execute(client.PUSH, (self.device_id, client._batch_json(batch)))
                self.push_done = time.perf_counter()
                self.pull(conn)
        except Exception as exc:  # every failure is counted and shown, never hidden
            self.error = f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
        self.seconds = time.perf_counter() - t0

    def pull(self, conn: psycopg.Connection) -> None:
        while True:
            rows = conn.execute(client.PULL, {"pos": self.pos, "n": client.PULL_BATCH}).fetchall()
            if not rows:
                return
            self.pulled += len(rows)
            self.pos = int(rows[-1][0])

    def catch_up(self) -> None:
        """The laptop's next sync: from its cursor, what its team pushed after it pulled."""
        with psycopg.connect(**self.conninfo, password=self.password, autocommit=True) as conn:
            self.pull(conn)


def _hub() -> str:
    name = f"fv_bench_load_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN, autocommit=True) as c:
        c.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    base, _, query = ADMIN.partition("?")
    return base.rsplit("/", 1)[0] + "/" + name + (f"?{query}" if query else "")


def _drop(url: str) -> None:
    name = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
    hub.drop_roles(url)
    with psycopg.connect(ADMIN, autocommit=True) as c:
        c.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def _raw_baseline(url: str, laptops: list[Laptop]) -> float:
    """The same rows, one connection, plain INSERTs into an unindexed table."""
    rows = [
        (
            o.op_id,
            o.device_id,
            o.seq,
            o.hlc,
            o.entity,
            o.row_id,
            o.kind,
            json.dumps(o.payload, ensure_ascii=False),
            o.team_id,
        )
        for lap in laptops
        for o in lap.ops
    ]
    with psycopg.connect(url, autocommit=True) as c:
        c.execute(
            "CREATE TABLE raw_ops (op_id text, device_id text, seq bigint, hlc text, entity text,"
            " row_id text, kind text, payload jsonb, team_id text)"
        )
        t0 = time.perf_counter()
        with c.cursor() as cur, c.transaction():
            cur.executemany("INSERT INTO raw_ops VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s)", rows)
        return time.perf_counter() - t0


def run(n_laptops: int, ops_each: int, teams: int, connections: int) -> dict[str, Any]:
    url = _hub()
    try:
        hub.init(url, "压力测试总工会")
        laptops: list[Laptop] = []
        gate = threading.Semaphore(connections)
        start = threading.Event()
        for i in range(n_laptops):
            e = hub.enroll(url, device=f"L{i:03d}", team=f"第{i % teams + 1}组")
            d = e.data
            laptops.append(
                Laptop(
                    d["conninfo"],
                    d["password"],
                    d["device_id"],
                    d["team_id"],
                    ops_each,
                    gate,
                    start,
                )
            )
        for lap in laptops:
            lap.start()
        t0 = time.perf_counter()
        start.set()
        for lap in laptops:
            lap.join()
        wall = time.perf_counter() - t0
        pushes_end = max(lap.push_done for lap in laptops if lap.push_done) - t0
        for lap in laptops:
            if not lap.error:
                lap.catch_up()  # a cursor that skipped a late commit would leave a gap here
        with psycopg.connect(url) as c:
            stored = int(c.execute("SELECT count(*) FROM fv_ops").fetchone()[0])  # type: ignore[index]
        raw = _raw_baseline(url, laptops)
    finally:
        _drop(url)
    times = [lap.seconds for lap in laptops]
    expected = ops_each * (n_laptops // teams)
    short = sum(1 for lap in laptops if not lap.error and lap.pulled != expected)
    errors = [lap.error for lap in laptops if lap.error]
    return {
        "laptops": n_laptops,
        "ops": n_laptops * ops_each,
        "stored": stored,
        "p50": statistics.median(times),
        "p95": _p(times, 0.95),
        "max": max(times),
        "wall": wall,
        "numbered_per_s": stored / pushes_end if pushes_end > 0 else 0.0,
        "raw_s": raw,
        "errors": errors,
        "short_pulls": short,
    }


def main(quick: bool) -> None:
    n = 20 if quick else 100
    conns = int(os.environ.get("FV_HUBLOAD_CONNECTIONS", "60"))
    r = run(n, 200, 10, conns)
    ratio = (r["ops"] / r["raw_s"]) / max(r["numbered_per_s"], 1e-9)
    print(
        f"   {n} laptops x 200 ops, {conns} connections at most: sync p50 {r['p50']:.2f} s,"
        f" p95 {r['p95']:.2f} s (target <= 5 s), max {r['max']:.2f} s, all done in"
        f" {r['wall']:.2f} s",
        flush=True,
    )
    print(
        f"   hub numbering {r['numbered_per_s']:,.0f} ops/s ({r['stored']:,} stored of"
        f" {r['ops']:,}); raw INSERT baseline {r['ops'] / r['raw_s']:,.0f} rows/s"
        f" (x{ratio:.1f} faster than the hub's checked, numbered path)",
        flush=True,
    )
    print(
        f"   errors: {len(r['errors'])} (must be 0); laptops whose cursor missed or doubled"
        f" a team operation after one more sync: {r['short_pulls']} (must be 0)"
        + (f" — first: {r['errors'][0]}" if r["errors"] else ""),
        flush=True,
    )


if __name__ == "__main__":
    main(quick=True)
