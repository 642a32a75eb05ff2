"""``fieldvisit check``: is the database sound and does the data keep its promises?

Checks SQLite's own integrity and the search index's, then the domain's invariants: dense device
sequences (sync relies on them), a ledger whose reversals point at real
payments and never twice, payments and visits that hang on a household, unique
receipt numbers, that the running totals the office checks read equal the ledger,
that the stored rows equal a fresh fold of their operations, and lists operations
received that the authorization rules refused (quarantine).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from fieldvisit.i18n import translate
from fieldvisit.store import damage
from fieldvisit.store.merge import MUTABLE, refold, to_json
from fieldvisit.store.models import Household, Operation, Payment, Setting, Visit


@dataclass(frozen=True)
class Problem:
    check: str
    message: str


def run(session: Session, *, refold_sample: int = 200) -> list[Problem]:
    problems = file_problems(session)
    if problems:
        return problems

    try:
        session.execute(text("INSERT INTO household_fts(household_fts) VALUES ('integrity-check')"))
    except DBAPIError as exc:
        problems.append(
            Problem(
                "search",
                translate("Check", "The household search index is damaged: %1").replace(
                    "%1", str(exc.orig)
                ),
            )
        )

    own = session.get(Setting, "device_id")
    for device, count, top in session.execute(
        select(Operation.device_id, func.count(), func.max(Operation.seq))
        .where(Operation.device_id == (own.value if own else ""))
        .group_by(Operation.device_id)
    ):
        if count != top:
            problems.append(
                Problem(
                    "sequence",
                    translate(
                        "Check",
                        "Device %1 has gaps in its operation sequence (%2 operations, highest %3).",
                    )
                    .replace("%1", device)
                    .replace("%2", str(count))
                    .replace("%3", str(top)),
                )
            )

    orphan_rev = session.execute(
        select(func.count())
        .select_from(Payment)
        .where(Payment.reverses_id.is_not(None), ~Payment.reverses_id.in_(select(Payment.id)))
    ).scalar()
    if orphan_rev:
        problems.append(
            Problem(
                "ledger",
                translate("Check", "%1 reversal(s) point at no payment.").replace(
                    "%1", str(orphan_rev)
                ),
            )
        )
    double = (
        session.execute(
            select(Payment.reverses_id)
            .where(Payment.reverses_id.is_not(None))
            .group_by(Payment.reverses_id)
            .having(func.count() > 1)
        )
        .scalars()
        .all()
    )
    if double:
        problems.append(
            Problem(
                "ledger",
                translate("Check", "%1 payment(s) reversed more than once.").replace(
                    "%1", str(len(double))
                ),
            )
        )
    dup_receipts = (
        session.execute(
            select(Payment.receipt_no)
            .where(Payment.receipt_no.is_not(None), Payment.reverses_id.is_(None))
            .group_by(Payment.receipt_no)
            .having(func.count() > 1)
        )
        .scalars()
        .all()
    )
    if dup_receipts:
        problems.append(
            Problem(
                "receipts",
                translate("Check", "Receipt numbers used twice: %1").replace(
                    "%1", ", ".join(str(n) for n in dup_receipts[:10])
                ),
            )
        )
    for model, label in ((Payment, "payments"), (Visit, "visits")):
        orphans = session.execute(
            select(func.count())
            .select_from(model)
            .where(~model.household_id.in_(select(Household.id)))
        ).scalar()
        if orphans:
            problems.append(
                Problem(
                    label,
                    translate("Check", "%1 %2 refer to a household this replica does not hold.")
                    .replace("%1", str(orphans))
                    .replace("%2", label),
                )
            )
    problems += tally_problems(session)
    problems += _refold_check(session, refold_sample)
    problems += quarantine_problems(session)
    return problems


def quarantine_problems(session: Session) -> list[Problem]:
    """Operations received and refused by the rules (sync.quarantine): never folded."""
    from fieldvisit.sync import quarantine

    reg = session.get(Setting, "device_keys")
    return [
        Problem(
            "quarantine",
            translate(
                "Check",
                "Operation %1 (%2/%3) written by %4, sent by %5 (%6), was refused: %7",
            )
            .replace("%1", h.op_id)
            .replace("%2", h.entity)
            .replace("%3", h.kind)
            .replace("%4", h.device_name or h.device_id)
            .replace("%5", h.sent_by_name or translate("Check", "unknown"))
            .replace("%6", h.source)
            .replace("%7", h.message),
        )
        for h in quarantine.held(session, (reg.value if reg else None) or {})
    ]


def file_problems(session: Session) -> list[Problem]:
    """Damaged pages (SQLCipher's HMAC per page), then SQLite's own structure check.

    Either can meet a page it cannot read; that is damage to report, not a crash."""
    damaged = translate("Check", "The replica file is damaged: %1")
    try:
        pages = damage.page_problems(session.connection())
        if pages:
            return [Problem("sqlite", damaged.replace("%1", p)) for p in pages[:20]]
        result = session.execute(text("PRAGMA integrity_check")).scalars().all()
    except DBAPIError as exc:
        if not damage.is_damage(exc):
            raise
        return [Problem("sqlite", damaged.replace("%1", str(exc.orig)))]
    if result != ["ok"]:
        return [Problem("sqlite", damaged.replace("%1", str(r))) for r in result[:20]]
    return []


# Each table kept by triggers (the running totals of migrations 0004, 0018, 0019 and 0021,
# the duplicate groups' members of 0024, the needs' visit days of 0025, the payments'
# categories of 0026) and the same
# figures from the ledger.
_BUDGET = importlib.import_module("fieldvisit.store.migrations.versions.0018_budget_tally")
_REACH = importlib.import_module("fieldvisit.store.migrations.versions.0019_reach_tally")
_HOUSEHOLDS = importlib.import_module("fieldvisit.store.migrations.versions.0021_household_tally")
_DUPLICATES = importlib.import_module("fieldvisit.store.migrations.versions.0024_duplicate_member")
_NEED_DAYS = importlib.import_module("fieldvisit.store.migrations.versions.0025_need_day")
_PAYMENT_CATEGORIES = importlib.import_module(
    "fieldvisit.store.migrations.versions.0026_payment_category"
)
TALLIES = {
    "budget_tally": (
        "SELECT campaign_id, team_id, district, category, cash_fen, goods_fen, live, entries "
        "FROM budget_tally WHERE entries != 0 OR cash_fen != 0 OR goods_fen != 0 OR live != 0",
        _BUDGET.FRESH,
    ),
    "reach_tally": (
        "SELECT campaign_id, team_id, district, packages, visited, visited_any "
        "FROM reach_tally WHERE packages != 0 OR visited != 0 OR visited_any != 0",
        _REACH.FRESH,
    ),
    "household_tally": (
        f"SELECT {_HOUSEHOLDS.COLUMNS} FROM household_tally "
        "WHERE visits != 0 OR payments != 0 OR needs != 0",
        f"SELECT * FROM ({_HOUSEHOLDS.FRESH}) WHERE visits != 0 OR payments != 0 OR needs != 0",
    ),
    "duplicate_member": (
        f"SELECT {_DUPLICATES.COLUMNS} FROM duplicate_member",
        _DUPLICATES.FRESH,
    ),
    "need_day": (f"SELECT {_NEED_DAYS.COLUMNS} FROM need_day", _NEED_DAYS.FRESH),
    "payment_category": (
        f"SELECT {_PAYMENT_CATEGORIES.COLUMNS} FROM payment_category",
        _PAYMENT_CATEGORIES.FRESH,
    ),
    "payment_tally": (
        "SELECT campaign_id, household_id, live FROM payment_tally WHERE live != 0",
        "SELECT coalesce(campaign_id, ''), household_id, "
        "sum(CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) "
        "FROM payment GROUP BY 1, 2 HAVING sum("
        "CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) != 0",
    ),
    "goods_tally": (
        "SELECT campaign_id, item, quantity, value_fen FROM goods_tally "
        "WHERE quantity != 0 OR value_fen != 0",
        "SELECT * FROM (SELECT p.campaign_id, json_extract(g.value, '$.item') AS item, "
        "coalesce(sum(json_extract(g.value, '$.quantity')), 0) AS q, "
        "coalesce(sum(json_extract(g.value, '$.value_fen')), 0) AS v "
        "FROM payment p, json_each(p.goods) g WHERE p.campaign_id IS NOT NULL "
        "AND json_extract(g.value, '$.item') IS NOT NULL GROUP BY 1, 2) WHERE q != 0 OR v != 0",
    ),
}


def tally_problems(session: Session) -> list[Problem]:
    problems = []
    for table, (stored, fresh) in TALLIES.items():
        kept = {tuple(r) for r in session.execute(text(stored))}
        recomputed = {tuple(r) for r in session.execute(text(fresh))}
        if kept != recomputed:
            problems.append(
                Problem(
                    "tally",
                    translate(
                        "Check", "The running totals in %1 differ from the ledger in %2 place(s)."
                    )
                    .replace("%1", table)
                    .replace("%2", str(len(kept ^ recomputed))),
                )
            )
    return problems


def _refold_check(session: Session, sample: int) -> list[Problem]:
    """Re-fold a sample of rows inside a savepoint and compare with what is stored."""
    problems: list[Problem] = []
    for entity, model in MUTABLE.items():
        table = model.__table__  # type: ignore[attr-defined]
        ids = (
            session.execute(select(table.c.id).order_by(func.random()).limit(sample))
            .scalars()
            .all()
        )
        for row_id in ids:
            before = session.execute(select(table).where(table.c.id == row_id)).mappings().first()
            nested = session.begin_nested()
            refold(session, entity, row_id)
            after = session.execute(select(table).where(table.c.id == row_id)).mappings().first()
            nested.rollback()
            b = {k: to_json(v) for k, v in (before or {}).items()}
            a = {k: to_json(v) for k, v in (after or {}).items()}
            if a != b:
                diff = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
                problems.append(
                    Problem(
                        "fold",
                        translate("Check", "%1 %2 differs from its operations in: %3")
                        .replace("%1", entity)
                        .replace("%2", row_id)
                        .replace("%3", ", ".join(diff)),
                    )
                )
    return problems
