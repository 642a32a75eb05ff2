"""``fieldvisit need``: find needs (also settled ones) and move one on, with the note it needs.

fieldvisit need list [--search T] [--status active|all|open|in_progress|resolved|closed]
                     [--owner NAME] [--due any|overdue|week|none] [--campaign C] [--json]
fieldvisit need move NEED --to in_progress|resolved|closed|reopen --note TEXT
"""

from __future__ import annotations

import argparse
from typing import Any

from fieldvisit import needs
from fieldvisit.cli.common import add_json, emit, open_replica
from fieldvisit.i18n import translate
from fieldvisit.reports import to_plain
from fieldvisit.reports.common import find_campaign


def register(sub: Any) -> None:
    p = sub.add_parser("need", help=translate("Cli", "find needs and move them on"))
    acts = p.add_subparsers(dest="action", required=True)
    q = acts.add_parser(
        "list", help=translate("Cli", "needs matching the filters, soonest due first")
    )
    q.add_argument("--search", default="", help=translate("Cli", "text or household name"))
    q.add_argument(
        "--status",
        choices=needs.STATUS_FILTERS,
        default="active",
        help=translate("Cli", "which needs by their state (default: active)"),
    )
    q.add_argument("--owner", help=translate("Cli", "owner (empty: needs without an owner)"))
    q.add_argument(
        "--due",
        choices=needs.DUE_FILTERS,
        default="any",
        help=translate("Cli", "which needs by their due date (default: any)"),
    )
    q.add_argument("--campaign", help=translate("Cli", "campaign name or id"))
    add_json(q)
    q.set_defaults(func=cmd_list)
    q = acts.add_parser(
        "move", help=translate("Cli", "move a need on; settling or reopening needs a note")
    )
    q.add_argument("need", help=translate("Cli", "id of the need"))
    q.add_argument(
        "--to",
        required=True,
        choices=("in_progress", "resolved", "closed", "reopen"),
        help=translate("Cli", "the state it moves to"),
    )
    q.add_argument("--note", help=translate("Cli", "what was done, or why it is reopened"))
    add_json(q)
    q.set_defaults(func=cmd_move)


def cmd_list(args: argparse.Namespace) -> int:
    with open_replica(args) as replica, replica.reader() as s:
        campaign = find_campaign(s, args.campaign) if args.campaign else None
        cid = campaign.id if campaign is not None else None
        found = needs.search_needs(
            s,
            needs.NeedFilter(
                text=args.search,
                status=args.status,
                owner=args.owner,
                due=args.due,
                campaign_id=cid,
            ),
            limit=None,
        )
    lines = [
        "\t".join(
            (
                n.id,
                n.due_on.isoformat() if n.due_on else "-",
                n.status,
                n.household,
                n.owner,
                n.description,
            )
        )
        for n in found
    ]
    emit(args, {"needs": to_plain(found)}, lines or [translate("Cli", "No needs found.")])
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    with open_replica(args) as replica, replica.session() as s:
        if args.to == "reopen":
            needs.reopen(s, args.need, args.note or "")
        else:
            needs.transition(s, args.need, args.to, args.note)
        status = needs.get(s, args.need).status
    emit(args, {"need": args.need, "status": status}, [translate("Cli", "Need updated.")])
    return 0
