"""CLI: ``fieldvisit receipt print|batch|roster|register|verify|registry``."""

from __future__ import annotations

import argparse
import sys
import warnings
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from fieldvisit import campaigns, payments
from fieldvisit.cli.common import add_json, data_dir, emit, open_replica
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate
from fieldvisit.receipts import fonts, money, signers
from fieldvisit.receipts.register import register as receipt_register
from fieldvisit.receipts.render import (
    batch_payment_ids,
    default_layout,
    render_batch,
    render_receipt,
)
from fieldvisit.receipts.roster import render_roster
from fieldvisit.receipts.verify import (
    GENUINE,
    SCHEME_OLD,
    SIGNED,
    Verdict,
    old_scheme_note,
    verify_payload,
    verify_pdf,
)
from fieldvisit.store.models import Team
from fieldvisit.store.replica import Replica, team_id_for


def register(sub: Any) -> None:
    """Add this area's subcommands to the parser."""
    p = sub.add_parser("receipt", help=translate("ReceiptCli", "print, check and list receipts"))
    rsub = p.add_subparsers(dest="receipt_command", required=True, parser_class=type(p))

    q = rsub.add_parser("print", help=translate("ReceiptCli", "print one payment's receipt"))
    q.add_argument(
        "payment_id",
        metavar="PAYMENT_OR_RECEIPT_NO",
        help=translate("ReceiptCli", "payment id or receipt number (e.g. HZ03-2025-000123)"),
    )
    q.add_argument("--out", required=True, type=Path, help=translate("ReceiptCli", "PDF file"))
    q.add_argument(
        "--layout",
        choices=("a4", "a5"),
        default=None,
        help=translate("ReceiptCli", "a4: two copies and a cut line; a5: one copy a page"),
    )
    q.add_argument(
        "--reprint",
        action="store_true",
        help=translate("ReceiptCli", "mark as a reprint even if never printed"),
    )
    add_json(q)
    q.set_defaults(func=cmd_print)

    q = rsub.add_parser(
        "batch", help=translate("ReceiptCli", "all receipts of a campaign in one PDF")
    )
    _selection(q)
    q.add_argument("--date", type=_day, help=translate("ReceiptCli", "only this day (YYYY-MM-DD)"))
    q.add_argument(
        "--layout",
        choices=("a4", "a5"),
        default=None,
        help=translate("ReceiptCli", "a4: two copies and a cut line; a5: one copy a page"),
    )
    add_json(q)
    q.set_defaults(func=cmd_batch)

    q = rsub.add_parser("roster", help=translate("ReceiptCli", "the sign-off roster of a campaign"))
    _selection(q)
    add_json(q)
    q.set_defaults(func=cmd_roster)

    q = rsub.add_parser(
        "register", help=translate("ReceiptCli", "numbers issued per device, gaps, voids, reprints")
    )
    add_json(q)
    q.set_defaults(func=cmd_register)

    q = rsub.add_parser("verify", help=translate("ReceiptCli", "check a receipt's QR code"))
    q.add_argument("file", nargs="?", type=Path, help=translate("ReceiptCli", "receipt PDF"))
    q.add_argument("--payload", help=translate("ReceiptCli", "the text read from the QR code"))
    q.add_argument(
        "--registry",
        type=Path,
        help=translate(
            "ReceiptCli", "a registry file of devices' public keys (works without a replica)"
        ),
    )
    add_json(q)
    q.set_defaults(func=cmd_verify)

    q = rsub.add_parser(
        "registry",
        help=translate("ReceiptCli", "write the devices' public keys for checking receipts"),
    )
    q.add_argument("--out", required=True, type=Path, help=translate("ReceiptCli", "JSON file"))
    add_json(q)
    q.set_defaults(func=cmd_registry)


def _selection(q: argparse.ArgumentParser) -> None:
    q.add_argument("--campaign", required=True, help=translate("ReceiptCli", "campaign id or name"))
    q.add_argument("--team", help=translate("ReceiptCli", "team id or name"))
    q.add_argument("--out", required=True, type=Path, help=translate("ReceiptCli", "PDF file"))


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("ReceiptCli", "not a date (YYYY-MM-DD): %1").replace("%1", text)
        ) from None


def _team(session: Any, text: str | None) -> str | None:
    if not text:
        return None
    if session.get(Team, text) is not None:
        return text
    found = session.execute(select(Team.id).where(Team.name == text)).scalar()
    if found:
        return str(found)
    if session.get(Team, team_id_for(text)) is not None:
        return team_id_for(text)
    raise FieldVisitError(translate("ReceiptCli", "No such team: %1").replace("%1", text))


def _report_warnings(caught: list[warnings.WarningMessage]) -> list[str]:
    out = [str(w.message) for w in caught if issubclass(w.category, fonts.MissingGlyphWarning)]
    for line in out:
        print(translate("ReceiptCli", "warning: %1").replace("%1", line), file=sys.stderr)
    return out


def cmd_print(args: argparse.Namespace) -> int:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", fonts.MissingGlyphWarning)
        with open_replica(args) as r, r.session() as s:
            out = render_receipt(
                s,
                payments.find(s, args.payment_id).id,
                args.out,
                layout=args.layout or default_layout(s),
                reprint=True if args.reprint else None,
            )
    msgs = _report_warnings(caught)
    emit(
        args,
        {"out": str(out), "warnings": msgs},
        [translate("ReceiptCli", "Receipt written to %1").replace("%1", str(out))],
    )
    return 0


def cmd_batch(args: argparse.Namespace) -> int:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", fonts.MissingGlyphWarning)
        with open_replica(args) as r, r.session() as s:
            camp = campaigns.find(s, args.campaign)
            ids = batch_payment_ids(s, camp, team_id=_team(s, args.team), day=args.date)
            out = render_batch(
                s, ids, args.out, layout=args.layout or default_layout(s), title=camp.name
            )
    msgs = _report_warnings(caught)
    emit(
        args,
        {"out": str(out), "receipts": len(ids), "warnings": msgs},
        [
            translate("ReceiptCli", "%1 receipts written to %2")
            .replace("%1", str(len(ids)))
            .replace("%2", str(out))
        ],
    )
    return 0


def cmd_roster(args: argparse.Namespace) -> int:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", fonts.MissingGlyphWarning)
        with open_replica(args) as r, r.reader() as s:
            camp = campaigns.find(s, args.campaign)
            out = render_roster(s, camp, args.out, team_id=_team(s, args.team))
    msgs = _report_warnings(caught)
    emit(
        args,
        {"out": str(out), "warnings": msgs},
        [translate("ReceiptCli", "Roster written to %1").replace("%1", str(out))],
    )
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    with open_replica(args) as r, r.reader() as s:
        series = receipt_register(s)
    lines = []
    for x in series:
        lines.append(
            translate("ReceiptCli", "%1-%2 (%3): %4 issued, last %5")
            .replace("%1", x.prefix)
            .replace("%2", str(x.year))
            .replace("%3", x.device)
            .replace("%4", str(x.issued))
            .replace("%5", f"{x.last:06d}")
        )
        lines.append(
            "  "
            + translate("ReceiptCli", "gaps: %1").replace(
                "%1", ", ".join(x.gaps) or translate("ReceiptCli", "none")
            )
        )
        lines.append(
            "  "
            + translate("ReceiptCli", "voided: %1").replace(
                "%1", ", ".join(x.voids) or translate("ReceiptCli", "none")
            )
        )
        lines.append(
            "  "
            + translate("ReceiptCli", "reprints: %1").replace(
                "%1",
                ", ".join(f"{k}×{v}" for k, v in sorted(x.reprints.items()))
                or translate("ReceiptCli", "none"),
            )
        )
    emit(
        args,
        [x.as_dict() for x in series],
        lines or [translate("ReceiptCli", "No receipts issued yet.")],
    )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    if bool(args.file) == bool(args.payload):
        raise FieldVisitError(
            translate("ReceiptCli", "Give either a receipt PDF or --payload TEXT.")
        )
    registry = signers.load(args.registry) if args.registry else None

    def check(s: Any) -> Verdict:
        if args.file:
            return verify_pdf(s, args.file, registry)
        return verify_payload(s, args.payload, registry)

    if registry is not None and not Replica.exists(data_dir(args)):
        v = check(None)  # an auditor's check: public keys only, no ledger
    else:
        with open_replica(args) as r, r.reader() as s:
            v = check(s)
    labels = {
        "genuine": translate("ReceiptCli", "GENUINE"),
        "altered": translate("ReceiptCli", "ALTERED"),
        "unknown": translate("ReceiptCli", "UNKNOWN"),
        "voided": translate("ReceiptCli", "VOIDED"),
        "forged": translate("ReceiptCli", "FORGED"),
        "signed": translate("ReceiptCli", "SIGNED"),
    }
    lines = [f"{labels.get(v.status, v.status)}: {v.message}"]
    if v.scheme == SCHEME_OLD:
        lines.append("  " + old_scheme_note())
    elif v.signer:
        lines.append(
            "  " + translate("ReceiptCli", "signed by: %1").replace("%1", v.signer["name"])
        )
    if v.entry:
        e = v.entry
        lines.append(
            f"  {e['receipt_no']}  {e['paid_on']}  {e.get('household') or e.get('unit') or ''}  "
            f"{e.get('id_number', '')}  "
            f"{money.figures(e['cash_fen'])}"
            + (f" + {money.figures(e['goods_value_fen'])}" if e["goods_value_fen"] else "")
        )
        kinds = {
            "issue": translate("ReceiptCli", "issued"),
            "print": translate("ReceiptCli", "printed"),
            "reprint": translate("ReceiptCli", "reprinted"),
            "void": translate("ReceiptCli", "voided"),
        }
        lines.extend(
            f"  {kinds.get(ev['kind'], ev['kind'])}  {(ev['at'] or '')[:19].replace('T', ' ')} UTC"
            for ev in e["events"]
        )
    emit(args, v.as_dict(), lines)
    return 0 if v.status in (GENUINE, SIGNED) else 1


def cmd_registry(args: argparse.Namespace) -> int:
    with open_replica(args) as r, r.session() as s:  # a session: makes this device's key if new
        n = signers.export(s, args.out)
    emit(
        args,
        {"out": str(args.out), "devices": n},
        [
            translate("ReceiptCli", "Public keys of %1 devices written to %2")
            .replace("%1", str(n))
            .replace("%2", str(args.out))
        ],
    )
    return 0
