"""Office reconciliation reports, Qt-free: conflicts, duplicates, payment checks,
budget, coverage, revisits, needs ledger and the receipt register.

Each report is a function over a Session that returns plain dataclasses
(computed in SQL); ``build`` turns any of them into display ``Table``s with the
filters used, which the CLI prints, the exporters write to Excel or PDF, and the
office workspace shows.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.receipts.register import register as receipt_series
from fieldvisit.reports import (
    budget,
    conflicts,
    coverage,
    duplicates,
    needs_ledger,
    payment_checks,
    receipts_register,
    summary,
)
from fieldvisit.reports.common import find_campaign
from fieldvisit.reports.table import Table
from fieldvisit.sync import conflicts as sync_conflicts

KINDS = (
    "conflicts",
    "duplicates",
    "payments-check",
    "budget",
    "coverage",
    "revisits",
    "needs",
    "receipts",
    "summary",
)


@dataclass
class Report:
    kind: str
    tables: list[Table]
    data: Any  # the typed rows, for --json and tests
    filters: list[tuple[str, str]] = field(default_factory=list)
    #: the units' rows where a report covers units too (duplicates), for --json and tests
    unit_data: Any = None


def build(
    session: Session,
    kind: str,
    *,
    campaign: str | None = None,
    months: int = 6,
    today: date | None = None,
    limit: int | None = None,
    by: str | None = None,
) -> Report:
    """Run one report. ``campaign`` is an id or exact name (coverage takes the current
    campaign without one). ``limit`` caps the long lists a screen shows (duplicate
    pairs, households not visited); exports leave it unset and carry every row."""
    if kind not in KINDS:
        raise FieldVisitError(
            translate("Reports", "Unknown report %1; choose one of: %2")
            .replace("%1", kind)
            .replace("%2", ", ".join(KINDS))
        )
    camp = find_campaign(session, campaign)
    cid = camp.id if camp else None
    filters: list[tuple[str, str]] = []
    if camp is not None:
        filters.append((translate("Reports", "Campaign"), camp.name))
    tables: list[Table]
    data: Any
    unit_data: Any = None
    if kind == "conflicts":
        data = sync_conflicts.list_open(session)
        tables = [conflicts.conflicts_table(data)]
    elif kind == "duplicates":
        from fieldvisit.units import duplicates as unit_duplicates

        if limit is None:
            data = duplicates.duplicate_pairs(session)
            tables = [duplicates.duplicates_table(data)]
            unit_data = unit_duplicates.duplicate_pairs(session)
            tables.append(unit_duplicates.duplicates_table(unit_data))
        else:
            found = duplicates.candidate_pairs(session)
            data = duplicates.duplicate_pairs(session, limit, found)
            tables = [duplicates.duplicates_table(data, len(found))]
            unit_found = unit_duplicates.candidate_pairs(session)
            unit_data = unit_duplicates.duplicate_pairs(session, limit, unit_found)
            tables.append(unit_duplicates.duplicates_table(unit_data, len(unit_found)))
    elif kind == "payments-check":
        data = payment_checks.payment_findings(session, cid)
        tables = [payment_checks.findings_table(data)]
    elif kind == "budget":
        data = budget.budget_report(session, cid)
        tables = budget.budget_tables(data)
    elif kind == "coverage":
        if camp is None:
            from fieldvisit import campaigns

            camp = campaigns.current(session, today)
            if camp is None:
                raise FieldVisitError(translate("Reports", "There is no campaign yet."))
            filters.append((translate("Reports", "Campaign"), camp.name))
        data = coverage.coverage(session, camp.id, list_limit=limit or 1_000_000)
        tables = coverage.coverage_tables(data, camp.name)
        from fieldvisit.units.coverage import unit_coverage, unit_coverage_table

        tables.append(unit_coverage_table(unit_coverage(session, camp.id)))
    elif kind == "revisits":
        if months <= 0:
            raise FieldVisitError(translate("Reports", "The number of months must be at least 1."))
        filters.append((translate("Reports", "Months"), str(months)))
        data = coverage.revisits(session, months, today)
        tables = [coverage.revisits_table(data, months)]
    elif kind == "needs":
        data = needs_ledger.needs_ledger(session, today)
        tables = needs_ledger.needs_tables(data)
    elif kind == "summary":
        rows = summary.campaign_summary(session, cid, by)
        data = [summary.as_dict(r) for r in rows]
        tables = [summary.summary_table(rows, by)]
    else:
        data = sorted(receipt_series(session), key=lambda s: (s.device, s.series))
        tables = [receipts_register.register_table(data)]
    filters.append((translate("Reports", "Generated"), datetime.now().strftime("%Y-%m-%d %H:%M")))
    for t in tables:
        t.filters = filters
    return Report(kind, tables, data, filters, unit_data)


def to_plain(value: Any) -> Any:
    """Dataclasses (with their computed properties) as JSON-ready dicts."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for name in dir(type(value)):
            if isinstance(getattr(type(value), name, None), property):
                out[name] = to_plain(getattr(value, name))
        return out
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    return value
