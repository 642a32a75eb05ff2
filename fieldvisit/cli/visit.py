"""CLI: ``fieldvisit visit record`` — 补录, visits entered afterwards from paper forms.

Same rules as the wizard (``fieldvisit.visit_checks``): a check that needs a
reason and has none exits 2 with the wizard's message and saves nothing. With
``--from FILE`` every row of a CSV is checked and recorded in one unit of work;
a per-row report says what happened, and one failed row means nothing is saved.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from fieldvisit import paper_visits
from fieldvisit.cli.common import add_json, emit, open_replica
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate


class _RowsFailed(Exception):
    """Raised inside the unit of work so that it rolls back as a whole."""


def register(sub: Any) -> None:
    p = sub.add_parser("visit", help=translate("VisitCli", "record visits from paper forms"))
    vsub = p.add_subparsers(dest="visit_command", required=True, parser_class=type(p))
    q = vsub.add_parser(
        "record",
        help=translate("VisitCli", "record a visit afterwards (补录), or many from a CSV file"),
        description=translate(
            "VisitCli",
            "Record a visit from a paper form with the same checks as the visit wizard. "
            "A warning (paid before in this campaign, above the standard or cap, outside "
            "the campaign period) needs --reason; a future date is refused.",
        ),
    )
    q.add_argument(
        "--from",
        dest="from_file",
        type=Path,
        metavar="FILE",
        help=translate(
            "VisitCli",
            "a CSV file, one visit a row; its header names the columns household (ID number "
            "or register number), campaign, date (YYYY-MM-DD), cash (yuan), goods "
            "(ITEM:QTY;…), visitors (names;…), confirmed (signed, fingerprint or absent), "
            "proxy (who took it instead), proxy_relation, witness, reason and note",
        ),
    )
    q.add_argument(
        "--household",
        metavar="ID_OR_REGISTER_NO",
        help=translate("VisitCli", "the household: its ID number, register number or record id"),
    )
    q.add_argument(
        "--unit",
        metavar="NAME_OR_CODE",
        help=translate(
            "VisitCli",
            "or a unit (its name or code): a group distribution, with --reached and "
            "--representative",
        ),
    )
    q.add_argument(
        "--reached",
        type=int,
        metavar="N",
        help=translate("VisitCli", "with --unit: the number of workers reached"),
    )
    q.add_argument(
        "--packages",
        type=int,
        default=0,
        metavar="N",
        help=translate("VisitCli", "with --unit: the number of packages handed over"),
    )
    q.add_argument(
        "--representative",
        metavar="NAME",
        help=translate("VisitCli", "with --unit: the unit's representative who signs"),
    )
    q.add_argument(
        "--post",
        metavar="POST",
        help=translate("VisitCli", "with --unit: the representative's post"),
    )
    q.add_argument("--campaign", metavar="NAME", help=translate("VisitCli", "campaign name or id"))
    q.add_argument(
        "--date", metavar="YYYY-MM-DD", default="", help=translate("VisitCli", "default: today")
    )
    q.add_argument("--cash", metavar="YUAN", default="", help=translate("VisitCli", "cash in yuan"))
    q.add_argument(
        "--goods",
        action="append",
        default=[],
        metavar="ITEM:QTY[:VALUE]",
        help=translate(
            "VisitCli", "goods handed over; VALUE is the unit value in yuan (default: catalogue)"
        ),
    )
    q.add_argument(
        "--visitor",
        action="append",
        default=[],
        metavar="NAME",
        help=translate("VisitCli", "a visitor who handed it over (经办人); repeat for each"),
    )
    how = q.add_mutually_exclusive_group()
    for flag, value, text in (
        ("--signed", "signed", translate("VisitCli", "the recipient signed the paper form")),
        (
            "--fingerprint",
            "fingerprint",
            translate("VisitCli", "the recipient pressed a fingerprint"),
        ),
        (
            "--absent",
            "absent",
            translate("VisitCli", "the recipient was absent (needs --proxy or --witness)"),
        ),
    ):
        how.add_argument(flag, dest="confirmed", action="store_const", const=value, help=text)
    q.add_argument(
        "--proxy", default="", metavar="NAME", help=translate("VisitCli", "proxy collector")
    )
    q.add_argument(
        "--proxy-relation",
        default="",
        metavar="REL",
        help=translate("VisitCli", "the proxy's relation"),
    )
    q.add_argument("--witness", default="", metavar="NAME", help=translate("VisitCli", "witness"))
    q.add_argument(
        "--reason",
        default="",
        metavar="TEXT",
        help=translate("VisitCli", "why to go on despite a warning (kept on the payment)"),
    )
    q.add_argument("--note", default="", metavar="TEXT", help=translate("VisitCli", "visit notes"))
    add_json(q)
    q.set_defaults(func=cmd_record)


def _one(args: argparse.Namespace) -> paper_visits.PaperVisit:
    missing = [
        flag
        for flag, value in (
            ("--household", args.household),
            ("--campaign", args.campaign),
            ("--visitor", args.visitor),
            ("--signed | --fingerprint | --absent", args.confirmed),
        )
        if not value
    ]
    if missing:
        raise FieldVisitError(
            translate("VisitCli", "visit record needs %1 (or --from FILE)").replace(
                "%1", ", ".join(missing)
            )
        )
    return paper_visits.PaperVisit(
        household=args.household,
        campaign=args.campaign,
        confirmed=args.confirmed,
        visitors=list(args.visitor),
        day=args.date,
        cash=args.cash,
        goods=list(args.goods),
        proxy=args.proxy,
        proxy_relation=args.proxy_relation,
        witness=args.witness,
        reason=args.reason,
        note=args.note,
    )


def cmd_record(args: argparse.Namespace) -> int:
    if args.unit:
        from fieldvisit.cli.units import cmd_visit

        if args.household or args.from_file is not None:
            raise FieldVisitError(
                translate("VisitCli", "--unit records one unit's visit: no --household or --from.")
            )
        return cmd_visit(args)
    if args.from_file is not None:
        forms = paper_visits.read_csv(args.from_file)
        if not forms:
            raise FieldVisitError(
                translate("VisitCli", "%1 has no rows.").replace("%1", str(args.from_file))
            )
    else:
        forms = [_one(args)]
    results: list[paper_visits.RowResult] = []
    try:
        with open_replica(args) as r, r.session() as s:
            # row 1 is the header line of a CSV, so rows are numbered as a spreadsheet shows them
            first = 2 if args.from_file is not None else 1
            results = [paper_visits.record_form(s, f, first + i) for i, f in enumerate(forms)]
            if not all(x.ok for x in results):
                raise _RowsFailed
    except _RowsFailed:
        pass
    ok = all(x.ok for x in results)
    if args.from_file is None and not ok:
        raise FieldVisitError(results[0].message)  # the wizard's message, exit 2
    if ok:
        lines = [
            translate("VisitCli", "Row %1: visit saved, receipt %2")
            .replace("%1", str(x.row))
            .replace("%2", x.receipt_no or "—")
            if args.from_file is not None
            else translate("VisitCli", "Visit saved, receipt %1").replace("%1", x.receipt_no or "—")
            for x in results
        ]
    else:
        lines = [
            translate("VisitCli", "Row %1: %2").replace("%1", str(x.row)).replace("%2", x.message)
            if not x.ok
            else translate("VisitCli", "Row %1: in order").replace("%1", str(x.row))
            for x in results
        ]
        lines.append(
            translate("VisitCli", "Nothing was saved: correct the rows above and run again.")
        )
    data: dict[str, Any] = {"saved": ok, "rows": [x.as_dict() for x in results]}
    if args.from_file is None and ok:
        x = results[0]
        data = {"visit_id": x.visit_id, "payment_id": x.payment_id, "receipt_no": x.receipt_no}
    if ok:
        emit(args, data, lines)
        return 0
    if getattr(args, "json", False):
        emit(args, data)
    for line in lines:
        print(line, file=sys.stderr)
    return 2
