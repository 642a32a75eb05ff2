"""CLI of the office: ``fieldvisit report KIND`` and the actions on what it finds.

fieldvisit report duplicates [--json] [--out dups.xlsx|dups.pdf]
fieldvisit report dashboard --out dash.pdf
fieldvisit office merge LOSER SURVIVOR [--reason R] | dismiss A B [--reason]
fieldvisit office merges | unmerge HOUSEHOLD_OR_UNIT --reason R

merge, unmerge and dismiss take households' or units' ids alike (a pair is two of a kind).
fieldvisit office void PAYMENT --reason R | accept FINDING_KEY --reason R
fieldvisit office resolve CONFLICT (--take 1|2 | --value V)
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldvisit import reports
from fieldvisit.cli.common import add_json, emit, open_replica
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.reports import dashboard, duplicates, payment_checks
from fieldvisit.reports.table import text_lines
from fieldvisit.sync.conflicts import coerce_value, resolve


def register(sub: Any) -> None:
    p = sub.add_parser(
        "report",
        help=translate("Reports", "office reports: reconciliation, budget, coverage, needs"),
    )
    p.add_argument(
        "kind", choices=(*reports.KINDS, "dashboard"), help=translate("Reports", "which report")
    )
    p.add_argument("--campaign", help=translate("Reports", "campaign name or id"))
    p.add_argument(
        "--months",
        type=int,
        default=6,
        help=translate("Reports", "revisits: left hardship within this many months"),
    )
    p.add_argument(
        "--by",
        choices=("team", "district"),
        help=translate("Reports", "summary: one row per campaign and team or district"),
    )
    p.add_argument("--out", help=translate("Reports", "write to this .xlsx or .pdf file"))
    add_json(p)
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("office", help=translate("Reports", "act on what the office reports found"))
    acts = p.add_subparsers(dest="action", required=True)
    q = acts.add_parser(
        "merge",
        help=translate("Reports", "merge a duplicate household or unit into the one to keep"),
    )
    q.add_argument("loser", help=translate("Reports", "id of the household or unit that goes"))
    q.add_argument("survivor", help=translate("Reports", "id of the household or unit to keep"))
    q.add_argument(
        "--reason",
        help=translate("Reports", "why they are one family (required when the ID numbers differ)"),
    )
    add_json(q)
    q.set_defaults(func=cmd_merge)
    q = acts.add_parser("merges", help=translate("Reports", "list the merges in effect"))
    add_json(q)
    q.set_defaults(func=cmd_merges)
    q = acts.add_parser(
        "unmerge",
        help=translate("Reports", "undo the merge of a household or unit (it is live again)"),
    )
    q.add_argument(
        "household",
        metavar="HOUSEHOLD_OR_UNIT",
        help=translate("Reports", "id of the household or unit merged away"),
    )
    q.add_argument(
        "--reason", required=True, help=translate("Reports", "why (kept in the history)")
    )
    add_json(q)
    q.set_defaults(func=cmd_unmerge)
    q = acts.add_parser(
        "dismiss", help=translate("Reports", "mark two households as not the same family")
    )
    q.add_argument("a", help=translate("Reports", "id of one household"))
    q.add_argument("b", help=translate("Reports", "id of the other household"))
    q.add_argument("--reason", help=translate("Reports", "why (kept in the history)"))
    add_json(q)
    q.set_defaults(func=cmd_dismiss)
    q = acts.add_parser(
        "void", help=translate("Reports", "void a payment with a reason (reversal entry)")
    )
    q.add_argument("payment", help=translate("Reports", "payment id"))
    q.add_argument(
        "--reason", required=True, help=translate("Reports", "why (kept in the history)")
    )
    add_json(q)
    q.set_defaults(func=cmd_void)
    q = acts.add_parser(
        "accept", help=translate("Reports", "accept a payment finding with a reason")
    )
    q.add_argument("finding", help=translate("Reports", "finding number, as the report shows it"))
    q.add_argument(
        "--reason", required=True, help=translate("Reports", "why (kept in the history)")
    )
    add_json(q)
    q.set_defaults(func=cmd_accept)
    q = acts.add_parser(
        "resolve", help=translate("Reports", "settle a conflict with one value or a new one")
    )
    q.add_argument("conflict", help=translate("Reports", "conflict id"))
    g = q.add_mutually_exclusive_group(required=True)
    g.add_argument(
        "--take",
        type=int,
        choices=(1, 2),
        help=translate("Reports", "keep the first or second value"),
    )
    g.add_argument("--value", help=translate("Reports", "type a new value"))
    add_json(q)
    q.set_defaults(func=cmd_resolve)


def _out_path(out: str) -> Path:
    path = Path(out)
    if path.suffix.lower() not in (".xlsx", ".pdf"):
        raise FieldVisitError(translate("Reports", "--out must end in .xlsx or .pdf"))
    return path


def cmd_report(args: argparse.Namespace) -> int:
    out = _out_path(args.out) if args.out else None
    with open_replica(args) as replica, replica.reader() as s:
        if args.kind == "dashboard":
            if out is None or out.suffix.lower() != ".pdf":
                raise FieldVisitError(translate("Reports", "The dashboard needs --out FILE.pdf"))
            data = dashboard.collect(s, args.campaign)
            dashboard.write_dashboard(data, out)
            emit(
                args,
                {"out": str(out)},
                [translate("Reports", "Written: %1").replace("%1", str(out))],
            )
            return 0
        rep = reports.build(s, args.kind, campaign=args.campaign, months=args.months, by=args.by)
    if out is not None:
        from fieldvisit.reports import excel, pdf

        if out.suffix.lower() == ".xlsx":
            excel.write_workbook(rep.tables, out)
        else:
            pdf.write_pdf(rep.tables, out)
        emit(
            args,
            {"kind": rep.kind, "out": str(out)},
            [translate("Reports", "Written: %1").replace("%1", str(out))],
        )
        return 0
    plain: dict[str, Any] = {
        "kind": rep.kind,
        "filters": dict(rep.filters),
        "rows": reports.to_plain(rep.data),
    }
    if rep.unit_data is not None:
        plain["unit_rows"] = reports.to_plain(rep.unit_data)
    emit(args, plain, text_lines(rep.tables))
    return 0


def _units(s: Any, *ids: str) -> bool:
    """True when the ids name units, False for households; a mix is refused."""
    from fieldvisit.store.models import Unit

    kinds = {s.get(Unit, i) is not None for i in ids}
    if len(kinds) > 1:
        raise FieldVisitError(
            translate("Reports", "One is a household and the other a unit: choose two of a kind.")
        )
    return kinds == {True}


def cmd_merge(args: argparse.Namespace) -> int:
    from fieldvisit.units import registry as unit_registry

    with open_replica(args) as replica, replica.session() as s:
        if _units(s, args.loser, args.survivor):
            op = unit_registry.merge_units(s, args.loser, args.survivor, args.reason)
        else:
            op = duplicates.merge_pair(s, args.loser, args.survivor, args.reason)
    emit(
        args,
        {"merged": args.loser, "into": args.survivor, "operation": op},
        [translate("Reports", "Merged.")],
    )
    return 0


def cmd_merges(args: argparse.Namespace) -> int:
    from fieldvisit.units import duplicates as unit_duplicates

    with open_replica(args) as replica, replica.reader() as s:
        merges = duplicates.recent_merges(s)
        unit_merges = unit_duplicates.recent_merges(s)
    lines = [f"{m.household_id}  {m.name} → {m.into_name}  {m.reason}".rstrip() for m in merges]
    lines += [f"{m.unit_id}  {m.name} → {m.into_name}  {m.reason}".rstrip() for m in unit_merges]
    emit(
        args,
        {"merges": reports.to_plain(merges), "unit_merges": reports.to_plain(unit_merges)},
        lines or [translate("Reports", "No merges.")],
    )
    return 0


def cmd_unmerge(args: argparse.Namespace) -> int:
    with open_replica(args) as replica, replica.session() as s:
        if not (args.reason or "").strip():
            raise FieldVisitError(translate("Reports", "Say why the merge is undone (--reason)."))
        if _units(s, args.household):
            from fieldvisit.units import duplicates as unit_duplicates

            op = unit_duplicates.unmerge(s, args.household, args.reason)
        else:
            op = duplicates.unmerge(s, args.household, args.reason)
    emit(
        args,
        {"unmerged": args.household, "operation": op},
        [translate("Reports", "Merge undone.")],
    )
    return 0


def cmd_dismiss(args: argparse.Namespace) -> int:
    with open_replica(args) as replica, replica.session() as s:
        if _units(s, args.a, args.b):
            from fieldvisit.units import duplicates as unit_duplicates

            did = unit_duplicates.dismiss_pair(s, args.a, args.b, args.reason)
        else:
            did = duplicates.dismiss_pair(s, args.a, args.b, args.reason)
    emit(args, {"dismissal": did}, [translate("Reports", "Marked as not a duplicate.")])
    return 0


def cmd_void(args: argparse.Namespace) -> int:
    with open_replica(args) as replica, replica.session() as s:
        rid = payment_checks.void_payment(s, args.payment, args.reason)
    emit(
        args,
        {"reversal": rid},
        [translate("Reports", "Voided; reversal entry %1.").replace("%1", rid)],
    )
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    with open_replica(args) as replica, replica.session() as s:
        fid = payment_checks.accept_finding(s, args.finding, args.reason)
    emit(args, {"decision": fid}, [translate("Reports", "Finding accepted.")])
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    with open_replica(args) as replica, replica.session() as s:
        if args.take:
            value = resolve(s, args.conflict, take=str(args.take))
        else:
            value = resolve(s, args.conflict, value=coerce_value(s, args.conflict, args.value))
    emit(
        args,
        {"conflict": args.conflict, "value": value},
        [translate("Reports", "Conflict resolved.")],
    )
    return 0
