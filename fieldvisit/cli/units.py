"""CLI for units (慰问单位/站点): the registry, unit visits with group distributions, wish lists.

fieldvisit units add --name N [--kind K] [--code C] ... | list [QUERY] | show REF
fieldvisit units import FILE [--dry-run] [--rows-to-fix FILE.xlsx]
fieldvisit units visit --unit REF --campaign NAME [--date D] [--cash YUAN]
                       [--goods ITEM:QTY[:UNIT_VALUE]]... [--packages N] --reached N
                       --visitor NAME... --representative NAME [--post P] [--reason TEXT]
fieldvisit units need --unit REF --text TEXT [--category C] [--owner O] [--due D]
fieldvisit units wishlist REF [--out FILE.xlsx|FILE.pdf]
fieldvisit units receipt RECEIPT_NO_OR_ID --out FILE.pdf
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from fieldvisit import campaigns
from fieldvisit import validation as v
from fieldvisit.cli.common import add_json, emit, open_replica
from fieldvisit.i18n import translate
from fieldvisit.needs import NeedInput
from fieldvisit.payments import goods_line
from fieldvisit.units import distributions, registry, wishlist


def register(sub: Any) -> None:
    p = sub.add_parser(
        "units",
        help=translate(
            "UnitsCli", "units visited as a whole: registry, group distributions, wish lists"
        ),
    )
    acts = p.add_subparsers(dest="action", required=True)

    q = acts.add_parser("add", help=translate("UnitsCli", "register a unit"))
    q.add_argument("--name", required=True, help=translate("UnitsCli", "unit name"))
    q.add_argument(
        "--kind", default="企业", choices=registry.KINDS, help=translate("UnitsCli", "kind of unit")
    )
    q.add_argument("--code", help=translate("UnitsCli", "the office's code for the unit"))
    q.add_argument("--address", help=translate("UnitsCli", "address"))
    q.add_argument("--district", help=translate("UnitsCli", "district or street"))
    q.add_argument("--contact", help=translate("UnitsCli", "contact person"))
    q.add_argument("--phone", help=translate("UnitsCli", "contact phone"))
    q.add_argument("--workers", type=int, help=translate("UnitsCli", "number of workers"))
    add_json(q)
    q.set_defaults(func=cmd_add)

    q = acts.add_parser("list", help=translate("UnitsCli", "find units (name, pinyin, code)"))
    q.add_argument(
        "query", nargs="?", default="", help=translate("UnitsCli", "name, pinyin or code")
    )
    add_json(q)
    q.set_defaults(func=cmd_list)

    q = acts.add_parser("show", help=translate("UnitsCli", "one unit with its visits"))
    q.add_argument("ref", help=translate("UnitsCli", "unit id, code or name"))
    add_json(q)
    q.set_defaults(func=cmd_show)

    q = acts.add_parser("import", help=translate("UnitsCli", "import a list of units"))
    q.add_argument(
        "file", type=Path, help=translate("UnitsCli", "the list of units (.xlsx, .xls or .csv)")
    )
    q.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("UnitsCli", "report what would change, change nothing"),
    )
    q.add_argument(
        "--rows-to-fix",
        type=Path,
        metavar="FILE",
        help=translate(
            "UnitsCli", "write the rows that could not be imported to this workbook, to fix"
        ),
    )
    add_json(q)
    q.set_defaults(func=cmd_import)

    q = acts.add_parser("visit", help=translate("UnitsCli", "record a visit to a unit (补录)"))
    q.add_argument("--unit", required=True, help=translate("UnitsCli", "unit id, code or name"))
    q.add_argument("--campaign", required=True, help=translate("UnitsCli", "campaign name or id"))
    q.add_argument("--date", help=translate("UnitsCli", "date of the visit, YYYY-MM-DD"))
    q.add_argument("--cash", help=translate("UnitsCli", "cash handed over, in yuan"))
    q.add_argument(
        "--goods",
        action="append",
        default=[],
        help=translate("UnitsCli", "goods as ITEM:QTY[:UNIT_VALUE_YUAN]"),
    )
    q.add_argument(
        "--packages", type=int, default=0, help=translate("UnitsCli", "number of packages")
    )
    q.add_argument(
        "--reached",
        type=int,
        required=True,
        help=translate("UnitsCli", "number of workers reached"),
    )
    q.add_argument(
        "--visitor",
        action="append",
        default=[],
        required=True,
        help=translate("UnitsCli", "visitor (经办人); repeat for several"),
    )
    q.add_argument(
        "--representative",
        help=translate("UnitsCli", "the unit's representative who signs (unless --roster)"),
    )
    q.add_argument("--post", help=translate("UnitsCli", "the representative's post"))
    q.add_argument("--reason", help=translate("UnitsCli", "why to go on despite a warning"))
    q.add_argument("--note", help=translate("UnitsCli", "notes"))
    q.add_argument(
        "--roster",
        type=Path,
        help=translate(
            "UnitsCli", "CSV of the signed roster: name, ID tail, cash in yuan, packages"
        ),
    )
    add_json(q)
    q.set_defaults(func=cmd_visit)

    q = acts.add_parser("need", help=translate("UnitsCli", "add an item to a unit's wish list"))
    q.add_argument("--unit", required=True, help=translate("UnitsCli", "unit id, code or name"))
    q.add_argument("--text", required=True, help=translate("UnitsCli", "what is needed"))
    q.add_argument(
        "--category",
        default="其他",
        choices=wishlist.CATEGORIES,
        help=translate("UnitsCli", "category"),
    )
    q.add_argument("--owner", help=translate("UnitsCli", "who follows it up"))
    q.add_argument("--due", help=translate("UnitsCli", "due date, YYYY-MM-DD"))
    add_json(q)
    q.set_defaults(func=cmd_need)

    q = acts.add_parser("wishlist", help=translate("UnitsCli", "a unit's wish list (台账)"))
    q.add_argument("ref", help=translate("UnitsCli", "unit id, code or name"))
    q.add_argument("--out", help=translate("UnitsCli", "write the ledger to this .xlsx or .pdf"))
    add_json(q)
    q.set_defaults(func=cmd_wishlist)

    q = acts.add_parser(
        "roster", help=translate("UnitsCli", "print a unit's sign-off roster (发放签收表)")
    )
    q.add_argument("--unit", required=True, help=translate("UnitsCli", "unit id, code or name"))
    q.add_argument("--campaign", help=translate("UnitsCli", "campaign name or id"))
    q.add_argument(
        "--filled",
        metavar="RECEIPT_NO",
        help=translate("UnitsCli", "print the roster entered for this distribution"),
    )
    q.add_argument(
        "--lines", type=int, help=translate("UnitsCli", "blank lines (default: the unit's workers)")
    )
    q.add_argument("--out", required=True, help=translate("UnitsCli", "PDF file"))
    add_json(q)
    q.set_defaults(func=cmd_roster)

    q = acts.add_parser("receipt", help=translate("UnitsCli", "print unit receipts (单位签收单)"))
    q.add_argument(
        "refs", nargs="*", help=translate("UnitsCli", "receipt numbers or distribution ids")
    )
    q.add_argument("--campaign", help=translate("UnitsCli", "every unit receipt of a campaign"))
    q.add_argument("--out", required=True, help=translate("UnitsCli", "PDF file"))
    add_json(q)
    q.set_defaults(func=cmd_receipt)


def _plain(u: Any) -> dict[str, Any]:
    return {
        k: getattr(u, k)
        for k in (
            "id",
            "code",
            "name",
            "kind",
            "address",
            "district",
            "contact_name",
            "contact_phone",
            "workers",
            "team_id",
        )
    }


def cmd_add(args: argparse.Namespace) -> int:
    with open_replica(args) as replica, replica.session() as s:
        uid = registry.create_unit(
            s,
            registry.UnitInput(
                name=args.name,
                kind=args.kind,
                code=args.code,
                address=args.address,
                district=args.district,
                contact_name=args.contact,
                contact_phone=args.phone,
                workers=args.workers,
            ),
        )
    emit(args, {"id": uid}, [translate("UnitsCli", "Unit registered: %1").replace("%1", uid)])
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_replica(args) as replica, replica.reader() as s:
        rows = [_plain(u) for u in registry.search(s, args.query)]
    emit(
        args,
        rows,
        [f"{r['code'] or '—'}  {r['name']}  {r['kind']}  {r['district'] or ''}" for r in rows],
    )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_replica(args) as replica, replica.reader() as s:
        unit = registry.find(s, args.ref)
        data = _plain(unit)
        data["distributions"] = [
            {
                "id": d.id,
                "paid_on": d.paid_on,
                "campaign_id": d.campaign_id,
                "cash_fen": d.cash_fen,
                "goods_value_fen": d.goods_value_fen,
                "packages": d.packages,
                "workers_reached": d.workers_reached,
                "receipt_no": d.receipt_no,
                "reverses_id": d.reverses_id,
            }
            for d in distributions.distributions_of(s, unit.id)
        ]
        wl = wishlist.wish_list(s, unit.id)
        data["wishlist"] = wl.count_line()
    lines = [f"{data['name']} ({data['kind']})", data["wishlist"]]
    lines += [
        f"{d['paid_on']}  {d['receipt_no'] or ''}  ¥{d['cash_fen'] / 100:,.2f}  "
        f"{d['packages']}  {d['workers_reached']}"
        for d in data["distributions"]
    ]
    emit(args, data, lines)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """The registers' reader and report: sheets read or skipped, a preview, rows to fix."""
    from fieldvisit.importing import problem_rows
    from fieldvisit.importing.register import sheet_line
    from fieldvisit.units.importing import UNITS, apply_plan, changed_fields, plan_units

    fix = args.rows_to_fix
    if fix is not None and fix.suffix.lower() != ".xlsx":
        raise v.fail("rows-to-fix", translate("UnitsCli", "must end in .xlsx"))
    with open_replica(args) as replica, replica.session() as s:
        plan = plan_units(s, args.file)
        report = plan.report
        if args.dry_run:
            report.dry_run = True
        else:
            apply_plan(s, plan)
    written = problem_rows.write(plan, fix, UNITS) if fix is not None and plan.rejected else 0
    lines = [sheet_line(sh) for sh in report.sheets]
    if report.dry_run:
        lines.append(translate("UnitsCli", "Dry run: nothing was changed."))
        words = {
            "create": translate("UnitsCli", "new"),
            "update": translate("UnitsCli", "update"),
            "unchanged": translate("UnitsCli", "unchanged"),
            "repeated": translate("UnitsCli", "repeated"),
            "problem": translate("UnitsCli", "problem"),
        }
        lines += [
            f"{a.sheet}:{a.row}  {words.get(a.action, a.action)}  {a.name}  "
            f"{changed_fields(a.detail) if a.action == 'update' else a.detail}".rstrip()
            for a in report.actions
        ]
    lines.append(
        translate("UnitsCli", "%1 rows: %2 new, %3 updated, %4 unchanged, %5 with problems")
        .replace("%1", str(report.rows_total))
        .replace("%2", str(report.created))
        .replace("%3", str(report.updated))
        .replace("%4", str(report.unchanged))
        .replace("%5", str(len(report.problems)))
    )
    lines += [f"{p.sheet}:{p.row}  {p.reason}" for p in report.problems]
    if written:
        lines.append(
            translate("UnitsCli", "%1 rows to fix written to %2")
            .replace("%1", str(written))
            .replace("%2", str(fix))
        )
    out = report.as_dict()
    if fix is not None:
        out["rows_to_fix"] = {"file": str(fix), "rows": written}
    emit(args, out, lines)
    return 0


def cmd_visit(args: argparse.Namespace) -> int:
    """``units visit`` and ``visit record --unit``: the same arguments, the same checks."""
    if not args.campaign:
        raise v.fail("campaign", translate("UnitsCli", "name the campaign (--campaign)"))
    if not getattr(args, "reached", None):
        raise v.fail(
            "reached", translate("UnitsCli", "say how many workers it reached (--reached)")
        )
    with open_replica(args) as replica, replica.session() as s:
        unit = registry.find(s, args.unit)
        camp = campaigns.find(s, args.campaign)
        when = v.a_date(args.date, "date", allow_future=False) if args.date else None
        goods = [goods_line(g, list(camp.catalogue or [])) for g in args.goods]
        roster_file = getattr(args, "roster", None)
        roster = _roster(roster_file) if roster_file else []
        cash = v.amount_fen(args.cash or "", "cash")
        data = distributions.UnitVisitInput(
            unit_id=unit.id,
            visited_on=when or date.today(),
            campaign_id=camp.id,
            visitors="、".join(x.strip() for x in args.visitor if x.strip()),
            notes=args.note or None,
            reason=args.reason or None,
            distribution=distributions.DistributionInput(
                cash_fen=cash,
                goods=goods,
                packages=getattr(args, "packages", 0) or 0,
                workers_reached=args.reached,
                representative_name=getattr(args, "representative", None),
                representative_post=getattr(args, "post", None),
                sign_mode="roster" if roster else "representative",
                roster=roster,
            )
            if cash or goods
            else None,
        )
        result = distributions.record_unit_visit(s, data)
    emit(
        args,
        {
            "visit_id": result.visit_id,
            "distribution_id": result.distribution_id,
            "receipt_no": result.receipt_no,
        },
        [translate("UnitsCli", "Visit saved; receipt %1.").replace("%1", result.receipt_no or "—")],
    )
    return 0


def cmd_need(args: argparse.Namespace) -> int:
    with open_replica(args) as replica, replica.session() as s:
        unit = registry.find(s, args.unit)
        nid = wishlist.add_unit_need(
            s,
            unit.id,
            NeedInput(
                category=args.category,
                description=args.text,
                owner=args.owner,
                due_on=v.a_date(args.due, "due") if args.due else None,
            ),
        )
    emit(
        args, {"id": nid}, [translate("UnitsCli", "Added to the wish list: %1").replace("%1", nid)]
    )
    return 0


def _roster(path: Path) -> list[distributions.RosterLine]:
    """name, ID tail, cash (yuan), packages — a header line is skipped."""
    import csv

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise v.fail("roster", str(exc)) from None
    out = []
    for n, row in enumerate(csv.reader(text.splitlines()), start=1):
        if not row or not "".join(row).strip():
            continue
        if n == 1 and not any(ch.isdigit() for ch in "".join(row[2:])):
            continue  # the header line
        cells = [*row, "", "", "", ""][:4]
        try:
            packages = int(cells[3] or 0)
        except ValueError:
            raise v.fail(
                "roster",
                translate("UnitsCli", "line %1: packages is not a whole number").replace(
                    "%1", str(n)
                ),
            ) from None
        out.append(
            distributions.RosterLine(
                cells[0].strip(),
                cells[1].strip() or None,
                v.amount_fen(cells[2], "roster"),
                packages,
            )
        )
    return out


def cmd_roster(args: argparse.Namespace) -> int:
    from fieldvisit.receipts.render import check_out
    from fieldvisit.receipts.unit_receipt import find as find_distribution
    from fieldvisit.receipts.unit_roster import MAX_LINES, render_unit_roster

    out = check_out(Path(args.out))
    if args.lines is not None and not 1 <= args.lines <= MAX_LINES:
        raise v.fail(
            "lines", translate("UnitsCli", "must be between 1 and %1").replace("%1", str(MAX_LINES))
        )
    with open_replica(args) as replica, replica.reader() as s:
        unit = registry.find(s, args.unit)
        camp = campaigns.find(s, args.campaign).id if args.campaign else None
        did = find_distribution(s, args.filled).id if args.filled else None
        render_unit_roster(s, unit.id, out, campaign_id=camp, distribution_id=did, lines=args.lines)
    emit(args, {"out": str(out)}, [translate("UnitsCli", "Written: %1").replace("%1", str(out))])
    return 0


def cmd_receipt(args: argparse.Namespace) -> int:
    from fieldvisit.receipts import unit_receipt
    from fieldvisit.receipts.render import check_out

    out = check_out(Path(args.out))
    with open_replica(args) as replica, replica.reader() as s:
        refs = list(args.refs)
        if args.campaign:
            refs += unit_receipt.campaign_refs(s, campaigns.find(s, args.campaign).id)
        if not refs:
            raise v.fail("refs", translate("UnitsCli", "name receipts or a campaign"))
        unit_receipt.render_unit_receipts(s, refs, out)
    emit(
        args,
        {"out": str(out), "receipts": len(refs)},
        [translate("UnitsCli", "Written: %1").replace("%1", str(out))],
    )
    return 0


def cmd_wishlist(args: argparse.Namespace) -> int:
    with open_replica(args) as replica, replica.reader() as s:
        unit = registry.find(s, args.ref)
        wl = wishlist.wish_list(s, unit.id)
        if args.out:
            from fieldvisit.reports import excel, pdf

            out = Path(args.out)
            table = wishlist.ledger_table(wl)
            if out.suffix.lower() == ".xlsx":
                excel.write_workbook([table], out)
            elif out.suffix.lower() == ".pdf":
                pdf.write_pdf([table], out)
            else:
                raise v.fail("out", translate("UnitsCli", "must end in .xlsx or .pdf"))
        items = [
            {
                "id": n.id,
                "category": n.category,
                "description": n.description,
                "owner": n.owner,
                "due_on": n.due_on,
                "status": n.status,
            }
            for n in wl.items
        ]
        line = wl.count_line()
    emit(
        args,
        {"unit": unit.name, "count_line": line, "items": items},
        [f"{unit.name}：{line}"]
        + [f"{i['status']:<12} {i['category']:<6} {i['description']}" for i in items],
    )
    return 0
