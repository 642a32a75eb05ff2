"""The replica's check (Python) and the hub's fv_check (SQL) decide alike on a table of cases."""

from __future__ import annotations

import json
from typing import Any

import psycopg
import pytest

from fieldvisit.store.merge import Op
from fieldvisit.sync import authz

T1, T2, D1, D2, OFF = "team-1", "team-2", "dev-1", "dev-2", "dev-office"
FIELD = authz.Sender(D1, T1, "field")
OFFICE = authz.Sender(OFF, "team-o", "office")


def op(
    entity: str = "payment",
    kind: str = "append",
    fields: Any = None,
    team: str | None = T1,
    row: str = "row-1",
    device: str = D1,
    payload: Any = None,
    hlc: str = "0000000000000000000",
    seq: int = 1,
) -> Op:
    if fields is None:
        fields = pay()
    return Op(
        "op-1",
        device,
        seq,
        hlc,
        entity,
        row,
        kind,
        payload if payload is not None else {"fields": fields},
        team,
    )


def pay(**over: Any) -> dict[str, Any]:
    f: dict[str, Any] = {
        "household_id": "h1",
        "team_id": T1,
        "device_id": D1,
        "cash_fen": 1000,
        "goods": [{"item": "米", "unit": "袋", "quantity": 2, "value_fen": 600}],
        "goods_value_fen": 600,
    }
    f.update(over)
    return f


def dist(**over: Any) -> dict[str, Any]:
    f: dict[str, Any] = {
        "unit_id": "u1",
        "team_id": T1,
        "device_id": D1,
        "cash_fen": 200_000,
        "goods": [],
        "goods_value_fen": 0,
        "packages": 9,
        "workers_reached": 9,
    }
    f.update(over)
    return f


CASES: list[tuple[str, Op, authz.Sender | None]] = [
    ("good payment", op(), FIELD),
    ("unknown device", op(), None),
    ("other device", op(device=D2), FIELD),
    ("unknown entity", op(entity="salary"), FIELD),
    ("unknown kind", op(kind="create"), FIELD),
    ("other team", op(team=T2, fields=pay(team_id=T2)), FIELD),
    ("global payment", op(team=None, fields=pay(team_id=None)), FIELD),
    ("office any team", op(team=T2, device=OFF, fields=pay(team_id=T2, device_id=OFF)), OFFICE),
    ("names other device", op(fields=pay(device_id=D2)), FIELD),
    ("names no device", op(fields={k: v for k, v in pay().items() if k != "device_id"}), FIELD),
    ("names other team", op(fields=pay(team_id=T2)), FIELD),
    ("negative", op(fields=pay(cash_fen=-5_000_000)), FIELD),
    ("huge", op(fields=pay(cash_fen=10**15)), FIELD),
    ("max", op(fields=pay(cash_fen=authz.MAX_FEN)), FIELD),
    ("max+1", op(fields=pay(cash_fen=authz.MAX_FEN + 1)), FIELD),
    ("bool cash", op(fields=pay(cash_fen=True)), FIELD),
    ("string cash", op(fields=pay(cash_fen="1000")), FIELD),
    ("float cash", op(fields=pay(cash_fen=10.5)), FIELD),
    ("null cash", op(fields=pay(cash_fen=None)), FIELD),
    ("no cash key", op(fields={k: v for k, v in pay().items() if k != "cash_fen"}), FIELD),
    ("goods sum wrong", op(fields=pay(goods_value_fen=601)), FIELD),
    (
        "negative goods line",
        op(fields=pay(goods=[{"value_fen": -600}], goods_value_fen=-600)),
        FIELD,
    ),
    ("goods not a list", op(fields=pay(goods="x")), FIELD),
    ("goods null", op(fields=pay(goods=None, goods_value_fen=0)), FIELD),
    ("goods line not object", op(fields=pay(goods=[5], goods_value_fen=5)), FIELD),
    (
        "reversal in range",
        op(fields=pay(reverses_id="p0", cash_fen=-1000, goods=[], goods_value_fen=0)),
        FIELD,
    ),
    (
        "reversal positive",
        op(fields=pay(reverses_id="p0", cash_fen=1000, goods=[], goods_value_fen=0)),
        FIELD,
    ),
    ("payload not object", op(payload=[1, 2]), FIELD),
    ("fields not object", op(payload={"fields": [1]}), FIELD),
    ("rename other team", op("team", "update", {"name": ["a", "b"]}, None, T2), FIELD),
    ("rename own team", op("team", "update", {"name": ["a", "b"]}, None, T1), FIELD),
    ("create own team", op("team", "create", {"name": "一组"}, None, T1), FIELD),
    ("create other team", op("team", "create", {"name": "二组"}, None, T2), FIELD),
    ("own team scoped", op("team", "create", {"name": "一组"}, T1, T1), FIELD),
    ("office renames team", op("team", "update", {"name": ["a", "b"]}, None, T2, OFF), OFFICE),
    (
        "device self",
        op("device", "create", {"name": "x", "team_id": T1, "role": "field"}, None, D1),
        FIELD,
    ),
    (
        "device self office",
        op("device", "create", {"name": "x", "team_id": T1, "role": "office"}, None, D1),
        FIELD,
    ),
    (
        "device self other team",
        op("device", "create", {"name": "x", "team_id": T2, "role": "field"}, None, D1),
        FIELD,
    ),
    (
        "device other",
        op("device", "create", {"name": "x", "team_id": T1, "role": "field"}, None, D2),
        FIELD,
    ),
    ("device promote", op("device", "update", {"role": ["field", "office"]}, None, D2), FIELD),
    (
        "office edits device",
        op("device", "update", {"role": ["field", "office"]}, None, D2, OFF),
        OFFICE,
    ),
    ("campaign by field", op("campaign", "create", {"name": "c"}, None), FIELD),
    ("campaign by office", op("campaign", "create", {"name": "c"}, None, device=OFF), OFFICE),
    ("household ok", op("household", "create", {"name": "n", "team_id": T1}), FIELD),
    ("household other team field", op("household", "create", {"name": "n", "team_id": T2}), FIELD),
    ("household move by field", op("household", "update", {"team_id": [T1, T2]}), FIELD),
    (
        "household move by office",
        op("household", "update", {"team_id": [T1, T2]}, device=OFF),
        OFFICE,
    ),
    ("household merge", op("household", "merge", {}, payload={"base": "", "into": "h2"}), FIELD),
    ("need transition", op("need", "transition", payload={"from": "open", "to": "closed"}), FIELD),
    ("visit names other", op("visit", "append", {"team_id": T1, "device_id": D2}), FIELD),
    ("receipt event", op("receipt_event", "append", {"device_id": D1, "kind": "print"}), FIELD),
    ("finding by field", op("finding_decision", "append", {"device_id": D1}, None), FIELD),
    (
        "finding by office",
        op("finding_decision", "append", {"device_id": OFF}, None, device=OFF),
        OFFICE,
    ),
    (
        "dismissal global by field",
        op("duplicate_dismissal", "append", {"device_id": D1}, None),
        FIELD,
    ),
    ("member edit", op("member", "update", {"health": ["a", "b"]}), FIELD),
    # A stamp no replica can read would crash every fold that meets it.
    ("garbage stamp", op(hlc="soon"), FIELD),
    ("stamp too long", op(hlc="9" * 40), FIELD),
    ("old 18-digit stamp", op(hlc="1" * 18), FIELD),
    ("sequence zero", op(seq=0), FIELD),
    # Units (issue 17) follow the same rules as households and payments.
    ("unit by field", op("unit", "create", {"name": "工地", "team_id": T1}), FIELD),
    ("unit other team", op("unit", "create", {"name": "工地", "team_id": T2}, T2), FIELD),
    ("unit moved by field", op("unit", "update", {"team_id": [T1, T2]}), FIELD),
    # merging units, and undoing a merge, is the office's decision
    ("unit merge by field", op("unit", "merge", {}, payload={"base": "", "into": "u2"}), FIELD),
    (
        "unit merge by office",
        op("unit", "merge", {}, payload={"base": "", "into": "u2"}, device=OFF),
        OFFICE,
    ),
    ("unit unmerge by field", op("unit", "unmerge", {}, payload={"merge_op": "m"}), FIELD),
    ("unit visit", op("unit_visit", "append", {"team_id": T1, "device_id": D1}), FIELD),
    ("distribution ok", op("distribution", "append", dist()), FIELD),
    ("distribution negative", op("distribution", "append", dist(cash_fen=-5_000_000)), FIELD),
    ("distribution 10^15 fen", op("distribution", "append", dist(cash_fen=10**15)), FIELD),
    ("distribution names other", op("distribution", "append", dist(device_id=D2)), FIELD),
    (
        "distribution reversal",
        op("distribution", "append", dist(reverses_id="d0", cash_fen=-100, goods_value_fen=0)),
        FIELD,
    ),
    ("roster line", op("roster_entry", "append", {"distribution_id": "d0"}), FIELD),
    # The organisation's name is the office's; undoing a merge is the office's.
    ("organisation by field", op("organisation", "update", {"name": ["a", "b"]}, None), FIELD),
    (
        "organisation by office",
        op("organisation", "update", {"name": ["a", "b"]}, None, device=OFF),
        OFFICE,
    ),
    ("unmerge by field", op("household", "unmerge", payload={"merge_op": "m", "base": ""}), FIELD),
    (
        "unmerge by office",
        op("household", "unmerge", payload={"merge_op": "m", "base": ""}, device=OFF),
        OFFICE,
    ),
]


@pytest.fixture
def hub_conn(hub_url: str):
    with psycopg.connect(hub_url) as c:
        yield c


def _sql(c: psycopg.Connection, o: Op, s: authz.Sender | None) -> str | None:
    row = c.execute(
        "SELECT fv_check(%s::jsonb, %s, %s, %s)",
        (
            json.dumps(o.to_dict()),
            s.id if s else None,
            s.team_id if s else None,
            s.role if s else None,
        ),
    ).fetchone()
    return row[0] if row else None


def test_python_and_sql_decide_alike(hub_conn):
    seen = set()
    for name, o, sender in CASES:
        want = authz.check(o, sender)
        got = _sql(hub_conn, o, sender)
        assert (want.code if want else None) == got, name
        seen.add(got)
    # The table exercises every refusal the pure check can give, and acceptance.
    assert seen >= {None} | (set(authz.CODES) - {"reversal_mismatch", "reversal_unknown"})


ORIGINAL = pay()
REVERSALS: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        "exact",
        pay(
            reverses_id="p0",
            cash_fen=-1000,
            goods=[{"item": "米", "unit": "袋", "quantity": -2, "value_fen": -600}],
            goods_value_fen=-600,
        ),
        ORIGINAL,
    ),
    ("cash half", pay(reverses_id="p0", cash_fen=-500, goods_value_fen=-600), ORIGINAL),
    ("goods kept", pay(reverses_id="p0", cash_fen=-1000, goods_value_fen=-600), ORIGINAL),
    (
        "other household",
        pay(
            reverses_id="p0",
            household_id="h9",
            cash_fen=-1000,
            goods=[{"item": "米", "unit": "袋", "quantity": -2, "value_fen": -600}],
            goods_value_fen=-600,
        ),
        ORIGINAL,
    ),
    (
        "reversal of a reversal",
        pay(reverses_id="p0", cash_fen=1000, goods=[], goods_value_fen=0),
        pay(reverses_id="pp", cash_fen=-1000, goods=[], goods_value_fen=0),
    ),
    (
        "cash only",
        pay(reverses_id="p0", cash_fen=-1000, goods=[], goods_value_fen=0),
        pay(goods=[], goods_value_fen=0),
    ),
    (
        "garbage quantity",
        pay(reverses_id="p0", cash_fen=-1000, goods_value_fen=-600),
        pay(goods=[{"item": "米", "quantity": "two", "value_fen": 600}]),
    ),
]


def test_reversal_checks_agree(hub_conn):
    for name, fields, original in REVERSALS:
        o = op(fields=fields)
        want = authz.check_reversal(o, original)
        row = hub_conn.execute(
            "SELECT fv_check_reversal(%s::jsonb, %s::jsonb)",
            (json.dumps(o.to_dict()), json.dumps(original)),
        ).fetchone()
        assert (want.code if want else None) == (row[0] if row else None), name
    assert authz.check_reversal(op(fields=REVERSALS[0][1]), ORIGINAL) is None
