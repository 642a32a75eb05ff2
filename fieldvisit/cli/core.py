"""CLI: init, demo, search, check (import and export live in their own modules)."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from fieldvisit import demo, integrity
from fieldvisit.cli.common import add_json, data_dir, emit, open_replica
from fieldvisit.errors import FieldVisitError
from fieldvisit.exporting import mask_id
from fieldvisit.households.search import search
from fieldvisit.i18n import translate
from fieldvisit.store.replica import Replica


def register(sub: Any) -> None:
    p = sub.add_parser("init", help=translate("Cli", "create this laptop's encrypted replica"))
    p.add_argument(
        "--device", required=True, help=translate("Cli", "this laptop's name, e.g. HZ03")
    )
    p.add_argument(
        "--team", required=True, help=translate("Cli", "the visiting team this laptop belongs to")
    )
    p.add_argument(
        "--organisation", default="", help=translate("Cli", "issuing unit printed on receipts")
    )
    p.add_argument(
        "--office", action="store_true", help=translate("Cli", "an office replica (all teams)")
    )
    add_json(p)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help=translate("Cli", "fill the replica with invented demo data"))
    p.add_argument(
        "--households", type=int, required=True, help=translate("Cli", "how many households")
    )
    p.add_argument(
        "--seed", type=int, default=1, help=translate("Cli", "same seed, same invented data")
    )
    add_json(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "search", help=translate("Cli", "find households by name, pinyin, ID digits, phone")
    )
    p.add_argument("text", help=translate("Cli", "name, pinyin, initials or last digits"))
    p.add_argument("--limit", type=int, default=50, help=translate("Cli", "show at most this many"))
    add_json(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser(
        "check", help=translate("Cli", "check database integrity and domain invariants")
    )
    add_json(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("import", help=translate("Cli", "import data from a file"))
    isub = p.add_subparsers(dest="what", required=True, parser_class=type(p))
    q = isub.add_parser(
        "register",
        help=translate("Cli", "import a register of households (.xlsx, .xls or .csv)"),
    )
    q.add_argument("file", help=translate("Cli", "the register file"))
    q.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "check the file and say what would change, without changing it"),
    )
    add_json(q)
    q.set_defaults(func=cmd_import_register)

    p = sub.add_parser(
        "export", help=translate("Cli", "export households, visits, payments or needs")
    )
    p.add_argument(
        "kind",
        choices=("households", "visits", "payments", "needs"),
        help=translate("Cli", "what to export"),
    )
    p.add_argument("--out", required=True, help=translate("Cli", "an .xlsx or .csv file"))
    p.add_argument(
        "--full-id",
        action="store_true",
        help=translate("Cli", "write full ID numbers (otherwise masked)"),
    )
    add_json(p)
    p.set_defaults(func=cmd_export)


def unlock_method(method: str) -> str:
    """How a replica unlocks, in words ("passphrase" is a value, not a sentence)."""
    words = {
        "keyring": translate("Cli", "the system keyring"),
        "passphrase": translate("Cli", "password"),
    }
    return words.get(method, method)


def cmd_init(args: argparse.Namespace) -> int:
    base = data_dir(args)
    r = Replica.create(
        base,
        device=args.device,
        team=args.team,
        organisation=args.organisation,
        role="office" if args.office else "field",
    )
    with r:
        emit(
            args,
            {
                "data_dir": str(base),
                "device_id": r.device_id,
                "team_id": r.team_id,
                "unlock": r.info.unlock,
            },
            [
                translate("Cli", "Created an encrypted replica in %1 (unlocked by %2).")
                .replace("%1", str(base))
                .replace("%2", unlock_method(r.info.unlock))
            ],
        )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    if args.households < 0 or args.households > 1_000_000:
        raise FieldVisitError(translate("Cli", "--households must be between 0 and 1000000"))
    start = time.perf_counter()
    r = demo.ensure_replica(data_dir(args))
    with r:

        def progress(done: int, total: int) -> None:
            if not args.json and sys.stderr.isatty():
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        def folding(done: int, total: int) -> None:
            if not args.json and sys.stderr.isatty():
                line = translate("Cli", "putting the records in order, a few minutes at most…")
                shown = f" {done}%" if total else ""
                n = args.households
                print(f"\r{n}/{n} {line}{shown}", end="", file=sys.stderr, flush=True)

        summary = demo.generate(
            r, args.households, seed=args.seed, progress=progress, folding=folding
        )
        if not args.json and sys.stderr.isatty():
            print(file=sys.stderr)  # the counter's line ends before the summary
    took = time.perf_counter() - start
    emit(
        args,
        {**summary.__dict__, "seconds": round(took, 2)},
        [
            translate("Cli", "Demo data: %1 households, %2 visits, %3 payments, %4 needs in %5 s.")
            .replace("%1", str(summary.households))
            .replace("%2", str(summary.visits))
            .replace("%3", str(summary.payments))
            .replace("%4", str(summary.needs))
            .replace("%5", f"{took:.1f}")
        ],
    )
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_replica(args) as r, r.reader() as s:
        rows = search(s, args.text, limit=args.limit)
        data = [
            {
                "id": h.id,
                "name": h.name,
                "id_number": mask_id(h.id_number),
                "phone": h.phone,
                "register_no": h.register_no,
                "address": h.address,
                "district": h.district,
            }
            for h in rows
        ]
    emit(
        args,
        data,
        [f"{d['name']}\t{d['id_number']}\t{d['phone'] or ''}\t{d['address'] or ''}" for d in data]
        or [translate("Cli", "No household found.")],
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_replica(args) as r, r.session() as s:
        problems = integrity.run(s)
    emit(
        args,
        {"ok": not problems, "problems": [p.__dict__ for p in problems]},
        [f"{p.check}: {p.message}" for p in problems] or [translate("Cli", "All checks passed.")],
    )
    if any(p.check == "sqlite" for p in problems):
        return 2  # the file itself is damaged: as when it cannot be opened at all
    return 1 if problems else 0


def cmd_import_register(args: argparse.Namespace) -> int:
    from pathlib import Path

    from fieldvisit.importing.register import import_register, problem_line, sheet_line

    path = Path(args.file)
    with open_replica(args) as r:

        def progress(done: int, total: int) -> None:
            if not args.json and sys.stderr.isatty():
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        with r.session() as s:
            report = import_register(s, path, dry_run=args.dry_run, progress=progress)
    lines = [sheet_line(sh) for sh in report.sheets]
    if report.dry_run:
        lines.append(translate("Cli", "Dry run: nothing was changed."))
    lines += [
        translate(
            "Cli",
            "%1: %2 rows, %3 imported (%4 new, %5 updated, %6 unchanged); "
            "%7 invalid ID numbers, %8 duplicate ID numbers, %9 without a name.",
        )
        .replace("%1", report.file)
        .replace("%2", str(report.rows_total))
        .replace("%3", str(report.valid))
        .replace("%4", str(report.created))
        .replace("%5", str(report.updated))
        .replace("%6", str(report.unchanged))
        .replace("%7", str(report.invalid_id))
        .replace("%8", str(report.duplicate_id))
        .replace("%9", str(report.missing_name)),
        translate("Cli", "Family members: %1 read, %2 added.")
        .replace("%1", str(report.members_read))
        .replace("%2", str(report.members)),
    ]
    lines += [problem_line(p) for p in report.problems]
    emit(args, report.as_dict(), lines)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from fieldvisit import exporting

    with open_replica(args) as r, r.reader() as s:
        count = exporting.export(s, args.kind, Path(args.out), full_id=args.full_id)
    emit(
        args,
        {"kind": args.kind, "rows": count, "file": args.out},
        [
            translate("Cli", "Exported %1 rows to %2.")
            .replace("%1", str(count))
            .replace("%2", args.out)
        ],
    )
    return 0
