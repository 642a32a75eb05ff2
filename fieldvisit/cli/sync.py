"""CLI of the sync area: hub administration, enrolment, sync, conflicts, bundles."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldvisit.cli.common import add_json, data_dir, emit, open_replica
from fieldvisit.errors import FieldVisitError
from fieldvisit.i18n import translate

if TYPE_CHECKING:
    from fieldvisit.sync.hub import Scope

HUB_URL_ENV = "FIELDVISIT_HUB_URL"


def _group(sub: Any, name: str, help_text: str) -> Any:
    p = sub.add_parser(name, help=help_text)
    return p.add_subparsers(dest=f"{name}_command", required=True, parser_class=type(p))


def register(sub: Any) -> None:
    hub = _group(sub, "hub", translate("SyncCli", "administer the central hub database"))
    p = hub.add_parser("init", help=translate("SyncCli", "create or upgrade the hub schema"))
    p.add_argument("url", help=translate("SyncCli", "administrator's PostgreSQL URL of the hub"))
    p.add_argument("--org", default="", help=translate("SyncCli", "the organisation's name"))
    add_json(p)
    p.set_defaults(func=cmd_hub_init)

    p = hub.add_parser("enroll", help=translate("SyncCli", "enrol a laptop for a team"))
    p.add_argument("url", help=translate("SyncCli", "administrator's PostgreSQL URL of the hub"))
    p.add_argument("--device", required=True, help=translate("SyncCli", "the laptop's name"))
    p.add_argument("--team", required=True, help=translate("SyncCli", "its visiting team"))
    p.add_argument(
        "--office", action="store_true", help=translate("SyncCli", "an office device (all teams)")
    )
    p.add_argument("--out", required=True, help=translate("SyncCli", "enrolment file to write"))
    p.add_argument(
        "--hub-url", help=translate("SyncCli", "address the laptop uses (default: the same)")
    )
    p.add_argument("--device-id", help=translate("SyncCli", "keep the id of an existing replica"))
    add_json(p)
    p.set_defaults(func=cmd_hub_enroll)

    p = hub.add_parser("revoke", help=translate("SyncCli", "end a lost laptop's access"))
    p.add_argument("device", help=translate("SyncCli", "device name or id"))
    p.add_argument("--url", help=translate("SyncCli", "hub URL (default: FIELDVISIT_HUB_URL)"))
    p.set_defaults(func=cmd_hub_revoke)

    p = hub.add_parser("devices", help=translate("SyncCli", "list enrolled devices"))
    p.add_argument("url", help=translate("SyncCli", "administrator's PostgreSQL URL of the hub"))
    add_json(p)
    p.set_defaults(func=cmd_hub_devices)

    p = hub.add_parser(
        "check", help=translate("SyncCli", "what the hub cannot enforce itself, and pg_hba lines")
    )
    p.add_argument("url", help=translate("SyncCli", "administrator's PostgreSQL URL of the hub"))
    add_json(p)
    p.set_defaults(func=cmd_hub_check)

    p = hub.add_parser(
        "remove",
        help=translate(
            "SyncCli", "drop a hub's database and its roles (they outlive the database)"
        ),
    )
    p.add_argument("url", help=translate("SyncCli", "administrator's PostgreSQL URL of the hub"))
    p.add_argument(
        "--yes",
        action="store_true",
        help=translate("SyncCli", "remove it (without this, only say what would be removed)"),
    )
    add_json(p)
    p.set_defaults(func=cmd_hub_remove)

    p = hub.add_parser(
        "snapshot",
        help=translate(
            "SyncCli",
            "store a team's folded data in the hub for first syncs and laptops far behind",
        ),
    )
    p.add_argument("url", help=translate("SyncCli", "administrator's PostgreSQL URL of the hub"))
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--team", help=translate("SyncCli", "the team it is for"))
    which.add_argument(
        "--all",
        action="store_true",
        help=translate(
            "SyncCli",
            "every scope that has a snapshot or whose new laptops would fold a big log "
            "(what 'hub check' names): one line for the nightly cron",
        ),
    )
    p.add_argument(
        "--office", action="store_true", help=translate("SyncCli", "for office devices (all teams)")
    )
    p.add_argument(
        "--dir",
        help=translate(
            "SyncCli",
            "folder of the team's snapshot replica (with --all, one folder in it for each "
            "scope; default: in the data folder)",
        ),
    )
    add_json(p)
    p.set_defaults(func=cmd_hub_snapshot)

    p = sub.add_parser("enroll", help=translate("SyncCli", "join this laptop to the hub"))
    p.add_argument("file", help=translate("SyncCli", "the enrolment file from the administrator"))
    p.add_argument("--code", help=translate("SyncCli", "the one-time code (asked if not given)"))
    add_json(p)
    p.set_defaults(func=cmd_enroll)

    p = sub.add_parser("sync", help=translate("SyncCli", "send and receive changes via the hub"))
    add_json(p)
    p.set_defaults(func=cmd_sync)

    conf = _group(sub, "conflicts", translate("SyncCli", "list and resolve conflicting edits"))
    p = conf.add_parser("list", help=translate("SyncCli", "open conflicts"))
    add_json(p)
    p.set_defaults(func=cmd_conflicts_list)
    p = conf.add_parser("resolve", help=translate("SyncCli", "settle one conflict"))
    p.add_argument("id", help=translate("SyncCli", "conflict id (or its first characters)"))
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--take", help=translate("SyncCli", "contender number (1, 2) or op id"))
    how.add_argument("--value", help=translate("SyncCli", "a value to set instead"))
    p.set_defaults(func=cmd_conflicts_resolve)

    bun = _group(sub, "bundle", translate("SyncCli", "exchange changes on a USB stick"))
    p = bun.add_parser("export", help=translate("SyncCli", "write a bundle file"))
    p.add_argument("file", help=translate("SyncCli", "bundle file to write"))
    p.add_argument(
        "--all", action="store_true", help=translate("SyncCli", "everything, not only what is new")
    )
    p.add_argument(
        "--for", dest="for_device", help=translate("SyncCli", "office: a return bundle for DEVICE")
    )
    add_json(p)
    p.set_defaults(func=cmd_bundle_export)
    p = bun.add_parser("import", help=translate("SyncCli", "read a bundle file"))
    p.add_argument("file", help=translate("SyncCli", "bundle file to read"))
    add_json(p)
    p.set_defaults(func=cmd_bundle_import)


# ---------------------------------------------------------------- hub


def cmd_hub_init(args: argparse.Namespace) -> int:
    from fieldvisit.sync import hub

    rep = hub.init(args.url, args.org)
    line = (
        translate("SyncCli", "Hub ready: organisation %1, schema %2 (was %3).")
        .replace("%1", rep.org_name)
        .replace("%2", rep.after)
        .replace("%3", rep.before or "-")
    )
    emit(args, asdict(rep), [line])
    return 0


def cmd_hub_enroll(args: argparse.Namespace) -> int:
    from fieldvisit.sync import enrol, hub

    out = Path(args.out)
    e = hub.enroll(
        args.url,
        device=args.device,
        team=args.team,
        office=args.office,
        hub_url=args.hub_url,
        device_id=args.device_id,
    )
    code = enrol.new_code()
    enrol.seal(e.data, out, code)
    data = {"file": str(out), "device_id": e.data["device_id"], "code": code}
    emit(
        args,
        data,
        [
            translate("SyncCli", "Enrolment file written: %1").replace("%1", str(out)),
            translate(
                "SyncCli", "One-time code (give it separately, not with the file): %1"
            ).replace("%1", code),
        ],
    )
    return 0


def cmd_hub_revoke(args: argparse.Namespace) -> int:
    from fieldvisit.sync import hub

    url = args.url or os.environ.get(HUB_URL_ENV)
    if not url:
        raise FieldVisitError(
            translate("SyncCli", "Give the hub URL with --url or FIELDVISIT_HUB_URL.")
        )
    did = hub.revoke(url, args.device)
    print(
        translate("SyncCli", "Device %1 revoked; it can no longer reach the hub.").replace(
            "%1", did
        )
    )
    return 0


def cmd_hub_devices(args: argparse.Namespace) -> int:
    from fieldvisit.sync import hub

    rows = hub.devices(args.url)
    emit(
        args,
        rows,
        [
            f"{r['name']}\t{r['team']}\t{r['role']}\t{r['head_seq']}\t{r['last_seen'] or '-'}"
            + ("\t" + translate("SyncCli", "revoked") if r["revoked"] else "")
            for r in rows
        ],
    )
    return 0


def cmd_hub_check(args: argparse.Namespace) -> int:
    from fieldvisit.sync import hub

    found = hub.check(args.url)
    emit(
        args,
        asdict(found),
        (found.problems or [translate("SyncCli", "Hub checks passed.")])
        + ["", translate("SyncCli", "pg_hba.conf lines for the hub (put them first):")]
        + found.hba,
    )
    return 1 if found.problems else 0


def cmd_hub_remove(args: argparse.Namespace) -> int:
    """Destructive: without --yes it only says what would go, and exits 1."""
    from fieldvisit.sync import hub

    if not args.yes:
        plan = hub.removal(args.url)
        n_roles = len(plan.roles)  # a plain name: pyside6-lupdate skips expressions
        line = (
            translate(
                "SyncCli",
                "This would drop hub database %1 with its %n roles, and every operation the "
                "laptops sent to it. Nothing was removed; run again with --yes to remove it.",
                None,
                n_roles,
            )
        ).replace("%1", plan.database)
        emit(args, asdict(plan), [line])
        return 1
    done = hub.remove(args.url)
    n_removed = len(done.roles)
    line = translate(
        "SyncCli", "Hub database %1 and its %n roles removed.", None, n_removed
    ).replace("%1", done.database)
    emit(args, asdict(done), [line])
    return 0


def cmd_hub_snapshot(args: argparse.Namespace) -> int:
    import psycopg

    from fieldvisit.sync import hub

    if args.all and args.office:
        raise FieldVisitError(
            translate("SyncCli", "--all makes the offices' snapshot too: leave out --office.")
        )
    scopes = (
        hub.snapshot_scopes(args.url) if args.all else [hub.Scope(args.team, args.office, 0, False)]
    )
    made: list[dict[str, Any]] = []
    lines: list[str] = []
    failed = 0
    for scope in scopes:
        try:
            made.append(_one_snapshot(args, scope))
        except (FieldVisitError, psycopg.Error) as exc:
            if not args.all:
                raise
            failed += 1  # the other scopes are still made; the exit code tells cron
            made.append({"scope": scope.team, "office": scope.office, "error": str(exc)})
            lines.append(f"{scope.label}: {exc}")
            continue
        lines.append(
            (f"{scope.label}: " if args.all else "")
            + translate(
                "SyncCli",
                "Snapshot stored: %1 operations up to position %2, %3 MB, in %4 s. This "
                "team's new laptops, and those far behind, load it instead of putting the "
                "whole log in order.",
            )
            .replace("%1", str(made[-1]["ops"]))
            .replace("%2", str(made[-1]["pos"]))
            .replace("%3", f"{made[-1]['size'] / 1e6:.0f}")
            .replace("%4", f"{made[-1]['seconds']:.1f}")
        )
    if not scopes:
        lines.append(
            translate(
                "SyncCli",
                "No scope needs a snapshot yet: none has one, and no log is big enough "
                "for a new laptop to wait for it.",
            )
        )
    emit(args, made if args.all else made[0], lines)
    return 1 if failed else 0


def _one_snapshot(args: argparse.Namespace, scope: Scope) -> dict[str, Any]:
    """Make one scope's snapshot; what it made, with the folder of its replica."""
    from psycopg.conninfo import conninfo_to_dict

    from fieldvisit.store.replica import team_id_for
    from fieldvisit.sync import snapshot

    key = "office" if scope.office else team_id_for(scope.team)
    db = str(conninfo_to_dict(args.url).get("dbname") or "hub")
    if not args.dir:
        folder = data_dir(args) / "hub-snapshots" / f"{db}-{key}"
    else:  # with --all, one folder for each scope inside the one given
        folder = Path(args.dir) / key if args.all else Path(args.dir)
    made = snapshot.make(args.url, team=scope.team, office=scope.office, folder=folder)
    return {
        **asdict(made),
        "folder": str(folder),
        "scope": scope.team,
        "office": scope.office,
    }


# ---------------------------------------------------------------- laptop


def cmd_enroll(args: argparse.Namespace) -> int:
    from fieldvisit.sync import enrol

    code = args.code or os.environ.get(enrol.CODE_ENV)
    if not code:
        if not sys.stdin.isatty():
            raise FieldVisitError(
                translate("SyncCli", "Give the one-time code with --code or FIELDVISIT_ENROL_CODE.")
            )
        code = getpass.getpass(translate("SyncCli", "One-time code: "))
    base = data_dir(args)
    r = enrol.enrol_from_file(base, Path(args.file), code)
    with r:
        emit(
            args,
            {"data_dir": str(base), "device_id": r.device_id, "team_id": r.team_id},
            [
                translate("SyncCli", "This laptop is enrolled as %1 (team %2).")
                .replace("%1", str(r.settings.get("device_name")))
                .replace("%2", str(r.settings.get("team_name")))
            ],
        )
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from fieldvisit.sync.client import missed_snapshot, sync

    with open_replica(args) as r:
        rep = sync(r)
    lines = [
        translate("SyncCli", "Sent %1, received %2, new conflicts %3, in %4 s.")
        .replace("%1", str(rep.pushed))
        .replace("%2", str(rep.pulled))
        .replace("%3", str(rep.conflicts))
        .replace("%4", f"{rep.seconds:.2f}")
    ]
    if rep.incarnated:
        lines.append(rep.incarnated)
    if rep.clock_warning:
        lines.append(rep.clock_warning)
    if rep.snapshot_missed:
        lines.append(missed_snapshot(rep.snapshot_missed))
    emit(args, asdict(rep), lines)
    return 0


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    from fieldvisit.sync.conflicts import list_open

    with open_replica(args) as r, r.reader() as s:
        views = list_open(s)
    lines = []
    for v in views:
        lines.append(f"{v.id[:8]}  {v.household_name or v.row_id[:8]}  {v.field_label}")
        for c in v.contenders:
            when = c.time.astimezone().strftime("%Y-%m-%d %H:%M")
            lines.append(f"    {c.number}. {c.value!s}  ({c.device_name}, {when})")
    if not views:
        lines.append(translate("SyncCli", "No open conflicts."))
    emit(args, [asdict(v) for v in views], lines)
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    from fieldvisit.sync.conflicts import coerce_value, resolve

    with open_replica(args) as r, r.session() as s:
        value = None if args.value is None else coerce_value(s, args.id, args.value)
        resolve(s, args.id, take=args.take, value=value)
    print(translate("SyncCli", "Conflict resolved; the decision goes out at the next sync."))
    return 0


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from fieldvisit.sync.bundle import export_bundle

    with open_replica(args) as r:
        rep = export_bundle(r, Path(args.file), everything=args.all, for_device=args.for_device)
    emit(
        args,
        asdict(rep),
        [
            translate("SyncCli", "Bundle written: %1 operations to %2.")
            .replace("%1", str(rep.operations))
            .replace("%2", rep.path),
            *([rep.incarnated] if rep.incarnated else []),
        ],
    )
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from fieldvisit.sync.bundle import import_bundle

    with open_replica(args) as r:
        rep = import_bundle(r, Path(args.file))
    emit(
        args,
        asdict(rep),
        [
            translate("SyncCli", "Bundle from %1: %2 operations, %3 new, %4 new conflicts.")
            .replace("%1", rep.device_name or rep.device_id)
            .replace("%2", str(rep.operations))
            .replace("%3", str(rep.applied))
            .replace("%4", str(rep.conflicts))
        ],
    )
    return 0
