"""Clock stamps that order forever.

Stamps were 13 digits of milliseconds and 5 of counter, compared as text: past
99,999 the counter took a sixth digit and sorted before its predecessors. The
counter now has 10 digits (``fieldvisit.store.hlc``). Every stored stamp and
every key built from one is rewritten to the new width, so an upgraded replica
folds exactly as a fresh one fed the same operations (which ``merge.Op``
normalises on arrival): ``operation.hlc``, ``operation.sort_key``, the ``base``
in operation payloads, every mutable row's ``head_key``, and the stamps in
``conflict``. Pure SQL, one statement per table, so a million-operation
replica upgrades in seconds.

Revision ID: 0006
Revises: 0004
"""

from __future__ import annotations

import json

from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None

_MUTABLE = ("household", "member", "campaign", "team", "device", "need")


def _stamp(e: str) -> str:
    """SQL: the stamp ``e`` widened to 13 + 10 digits."""
    return f"(substr({e}, 1, 13) || substr('0000000000' || substr({e}, 14), -10))"


def _key(e: str) -> str:
    """SQL: the sort key ``e`` (stamp|device|seq) with its stamp widened; '' stays ''."""
    bar = f"instr({e}, '|')"
    return (
        f"(CASE WHEN {bar} = 0 OR {bar} = 24 THEN {e} "
        f"ELSE {_stamp(f'substr({e}, 1, {bar} - 1)')} || substr({e}, {bar}) END)"
    )


def _widen(stamp: str) -> str:
    if len(stamp) == 23:
        return stamp
    return f"{int(stamp[:13]):013d}{int(stamp[13:] or 0):010d}"


def upgrade() -> None:
    conn = op.get_bind()
    conn.exec_driver_sql(
        f"UPDATE operation SET hlc = {_stamp('hlc')}, sort_key = {_key('sort_key')} "
        "WHERE length(hlc) != 23"
    )
    base = "json_extract(payload, '$.base')"
    conn.exec_driver_sql(
        f"UPDATE operation SET payload = json_set(payload, '$.base', {_key(base)}) "
        f"WHERE {base} IS NOT NULL AND {base} != '' AND instr({base}, '|') != 24"
    )
    for table in _MUTABLE:
        conn.exec_driver_sql(
            f"UPDATE {table} SET head_key = {_key('head_key')} "
            "WHERE head_key != '' AND instr(head_key, '|') != 24"
        )
    rows = conn.exec_driver_sql("SELECT id, detected_at, \"values\" FROM conflict").all()
    for cid, detected, values in rows:
        vals = json.loads(values) if isinstance(values, str) else values
        for v in vals or []:
            if isinstance(v, dict) and v.get("hlc"):
                v["hlc"] = _widen(str(v["hlc"]))
        conn.exec_driver_sql(
            "UPDATE conflict SET detected_at = ?, \"values\" = ? WHERE id = ?",
            (_widen(detected) if detected else detected, json.dumps(vals, ensure_ascii=False, separators=(",", ":")), cid),
        )


def downgrade() -> None:
    """Stamps stay wide: the old program cannot order them, and nothing is lost."""
