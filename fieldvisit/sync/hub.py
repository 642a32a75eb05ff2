"""Administering the hub: ``hub init``, enrolling and revoking devices.

These run with the administrator's connection (the role that owns the hub
tables). Each device gets its own LOGIN role, member of the organisation's
group role, which may only read its team's operations (row-level security),
append operations in its own name and read the device registry — never update
or delete anything. Revoking a device disables its role and ends its sessions.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from typing import Any

import psycopg
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from fieldvisit.errors import FieldVisitError, first_line
from fieldvisit.i18n import translate
from fieldvisit.store.bulk import MINIMUM
from fieldvisit.store.replica import team_id_for
from fieldvisit.sync import authz, hubschema
from fieldvisit.text import normalize

DEVICE_COLUMNS = "id, name, team_id, role, public_key, revoked, incarnation_of"
# Timeouts of every device role (also set on existing roles by hub migration 0002).
DEVICE_ROLE_SETTINGS = {
    "lock_timeout": "5s",
    "statement_timeout": "120s",
    "idle_in_transaction_session_timeout": "15s",
}


@dataclass(frozen=True)
class InitReport:
    org_id: str
    org_name: str
    before: str | None
    after: str


def admin_connect(url: str) -> psycopg.Connection:
    try:
        return psycopg.connect(url, connect_timeout=10)
    except psycopg.OperationalError as exc:
        raise FieldVisitError(
            translate("Hub", "Cannot connect to the hub database: %1").replace(
                "%1", first_line(exc)
            )
        ) from exc


def _require_hub(conn: psycopg.Connection) -> dict[str, Any]:
    if hubschema.current(conn) is None:
        raise FieldVisitError(
            translate(
                "Hub", "This database is not a fieldvisit hub. Run 'fieldvisit hub init' first."
            )
        )
    row = conn.execute(
        "SELECT id, name, bundle_key, receipt_key, group_role FROM fv_org"
    ).fetchone()
    if row is None:
        raise FieldVisitError(
            translate("Hub", "The hub has no organisation; run 'hub init' again.")
        )
    return dict(zip(("id", "name", "bundle_key", "receipt_key", "group_role"), row, strict=True))


def init(url: str, org_name: str = "") -> InitReport:
    """Create or upgrade schema, organisation, group role and grants. Safe to run again."""
    before, after = hubschema.upgrade(url)
    with admin_connect(url) as conn:
        org = conn.execute("SELECT id, name, group_role FROM fv_org").fetchone()
        if org is None:
            org_id = str(uuid.uuid4())
            name = normalize(org_name) or "fieldvisit"
            group = f"fvg_{org_id.replace('-', '')[:16]}"
            conn.execute(
                "INSERT INTO fv_org (id, name, bundle_key, receipt_key, group_role)"
                " VALUES (%s, %s, %s, %s, %s)",
                (org_id, name, secrets.token_bytes(32), secrets.token_bytes(32), group),
            )
        else:
            org_id, name, group = org
            if org_name and normalize(org_name) != name:
                conn.execute("UPDATE fv_org SET name = %s", (normalize(org_name),))
                name = normalize(org_name)
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (group,)).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))
        _grants(conn, group)
        conn.commit()
    return InitReport(org_id, name, before, after)


def _grants(conn: psycopg.Connection, group: str) -> None:
    g = sql.Identifier(group)
    db = sql.Identifier(conn.info.dbname)
    statements = [
        "GRANT CONNECT ON DATABASE {db} TO {g}",
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC",
        "GRANT USAGE ON SCHEMA public TO {g}",
        # Devices read the log; they write it only through fv_push (rules checked there).
        "REVOKE ALL ON fv_ops FROM {g}",
        "GRANT SELECT ON fv_ops TO {g}",
        "REVOKE ALL ON SEQUENCE fv_ops_pos_seq FROM {g}",
        "GRANT SELECT (" + DEVICE_COLUMNS + ") ON fv_device TO {g}",
        "GRANT SELECT ON fv_team TO {g}",
        "GRANT EXECUTE ON FUNCTION fv_head(text), fv_my_device(), fv_my_team(), fv_is_office(),"
        " fv_may_write_as(text), fv_push(text, jsonb), fv_my_devices(),"
        " fv_new_incarnation(text, bytea), fv_relay_incarnation(text, text, bytea),"
        " fv_team_households(), fv_household_family(text) TO {g}",
        # team moves: a team reads the markers of households moved into it (policy on it)
        "GRANT SELECT ON fv_team_backfill TO {g}",
        # first syncs: the snapshot of the device's own scope (policies on both)
        "GRANT SELECT ON fv_snapshot, fv_snapshot_part TO {g}",
    ]
    owned = conn.execute(
        "SELECT datdba = (SELECT oid FROM pg_roles WHERE rolname = current_user)"
        " FROM pg_database WHERE datname = current_database()"
    ).fetchone()
    if owned and owned[0]:
        # Only on a database the hub administrator owns (made for the hub): others'
        # databases keep the privileges their owners gave.
        statements.insert(0, "REVOKE ALL ON DATABASE {db} FROM PUBLIC")
    for stmt in statements:
        conn.execute(sql.SQL(stmt).format(db=db, g=g))  # type: ignore[arg-type]
    _load_rules(conn)
    _grant_signal(conn)


def _grant_signal(conn: psycopg.Connection) -> None:
    """Let the hub owner end idle device sessions (fv_clear_idle), where it may grant that."""
    for role in ("pg_signal_backend", "pg_read_all_stats"):
        has = conn.execute("SELECT pg_has_role(current_user, %s, 'USAGE')", (role,)).fetchone()
        if has and has[0]:
            continue
        try:
            with conn.transaction():
                conn.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(sql.Identifier(role)))
        except psycopg.Error:
            pass  # not allowed to grant it: 'hub check' says so


def _load_rules(conn: psycopg.Connection) -> None:
    """Copy the rules table (fieldvisit.sync.authz.RULES) into the hub's fv_rules."""
    conn.execute("DELETE FROM fv_rules")
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO fv_rules (entity, role, kinds, scope, names_device, names_team)"
            " VALUES (%s, %s, %s, %s, %s, %s)",
            [
                (
                    entity,
                    role,
                    sorted(kinds),
                    scope,
                    entity in authz.NAMES_DEVICE,
                    entity in authz.NAMES_TEAM,
                )
                for entity, by_role in authz.RULES.items()
                for role, (kinds, scope) in by_role.items()
            ],
        )


def remember_password(conn: psycopg.Connection, role: str) -> None:
    """Record the role's password verifier, where the owner may read it (see fv_password_ok)."""
    readable = conn.execute(
        "SELECT has_table_privilege('pg_catalog.pg_authid', 'SELECT')"
    ).fetchone()
    if readable and readable[0]:
        conn.execute(
            "INSERT INTO fv_device_auth (db_role, verifier)"
            " SELECT rolname, rolpassword FROM pg_catalog.pg_authid"
            " WHERE rolname = %s AND rolpassword IS NOT NULL"
            " ON CONFLICT (db_role) DO UPDATE SET verifier = excluded.verifier",
            (role,),
        )


def device_role_settings(conn: psycopg.Connection, role: str) -> None:
    """Timeouts for a device role, so no device session holds the hub up for long."""
    for key, value in DEVICE_ROLE_SETTINGS.items():
        conn.execute(
            sql.SQL("ALTER ROLE {} SET {} = {}").format(
                sql.Identifier(role), sql.Identifier(key), sql.Literal(value)
            )
        )


@dataclass(frozen=True)
class Enrolment:
    """What a laptop needs to join: the content of the sealed enrolment file."""

    data: dict[str, Any]


DEFAULT_SSLMODE = "prefer"


def device_conninfo(
    admin_url: str, hub_url: str | None, user: str, password: str
) -> dict[str, str]:
    """Connection parameters for a device: the admin URL's host/db, the device's role."""
    params = conninfo_to_dict(hub_url or admin_url)
    params.pop("password", None)
    params.pop("user", None)
    params["user"] = user
    # Ask for TLS: encrypted whenever the hub offers it. An office that set up
    # certificates passes sslmode=require (or verify-full) in --hub-url; kept as given.
    params.setdefault("sslmode", DEFAULT_SSLMODE)
    del password  # kept apart: the client stores it in the keyring
    return {k: str(v) for k, v in params.items() if v is not None}


def enroll(
    url: str,
    *,
    device: str,
    team: str,
    office: bool = False,
    hub_url: str | None = None,
    device_id: str | None = None,
) -> Enrolment:
    """Register a device and create its database role; returns the enrolment content."""
    device, team = normalize(device), normalize(team)
    if not device or not team:
        raise FieldVisitError(translate("Hub", "A device name and a team name are required."))
    with admin_connect(url) as conn:
        org = _require_hub(conn)
        taken = conn.execute("SELECT revoked FROM fv_device WHERE name = %s", (device,)).fetchone()
        if taken is not None:
            raise FieldVisitError(
                translate(
                    "Hub", "A device named %1 is already enrolled; choose another name."
                ).replace("%1", device)
            )
        tid = team_id_for(team)
        conn.execute(
            "INSERT INTO fv_team (id, name) VALUES (%s, %s) ON CONFLICT (id) DO NOTHING",
            (tid, team),
        )
        did = device_id or str(uuid.uuid4())
        role = f"fvd_{secrets.token_hex(8)}"
        password = secrets.token_urlsafe(24)
        key = Ed25519PrivateKey.generate()
        public = key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        private = key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(role), sql.Literal(password), sql.Identifier(org["group_role"])
            )
        )
        device_role_settings(conn, role)
        remember_password(conn, role)
        conn.execute(
            "INSERT INTO fv_device (id, name, team_id, role, db_role, public_key)"
            " VALUES (%s, %s, %s, %s, %s, %s)",
            (did, device, tid, "office" if office else "field", role, public),
        )
        devices = registry(conn)
        conn.commit()
    return Enrolment(
        {
            "format": 1,
            "conninfo": device_conninfo(url, hub_url, role, password),
            "password": password,
            "device_id": did,
            "device_name": device,
            "role": "office" if office else "field",
            "team_id": tid,
            "team_name": team,
            "org_id": org["id"],
            "org_name": org["name"],
            "bundle_key": bytes(org["bundle_key"]).hex(),
            # Receipts are signed by each device's own key now; only an office still needs
            # the old shared key, to check receipts printed under the old scheme.
            "receipt_key": bytes(org["receipt_key"]).hex() if office else None,
            "signing_key": private.hex(),
            "devices": devices,
        }
    )


def registry(conn: psycopg.Connection) -> dict[str, dict[str, Any]]:
    """The device registry as replicas keep it: id -> name, team, role, public key, revoked."""
    rows = conn.execute(f"SELECT {DEVICE_COLUMNS} FROM fv_device ORDER BY id").fetchall()
    return {
        r[0]: {
            "name": r[1],
            "team_id": r[2],
            "role": r[3],
            "public_key": bytes(r[4]).hex(),
            "revoked": bool(r[5]),
            **({"incarnation_of": r[6]} if r[6] else {}),
        }
        for r in rows
    }


def revoke(url: str, device: str) -> str:
    """End a device's access: mark it revoked, forbid its login, end its sessions."""
    with admin_connect(url) as conn:
        _require_hub(conn)
        row = conn.execute(
            "SELECT coalesce(incarnation_of, id), db_role FROM fv_device"
            " WHERE id = %s OR (name = %s AND incarnation_of IS NULL)",
            (device, normalize(device)),
        ).fetchone()
        if row is None:
            raise FieldVisitError(
                translate("Hub", "No enrolled device is called %1.").replace("%1", device)
            )
        did, role = row
        conn.execute(  # the device and every incarnation of it (they share the login)
            "UPDATE fv_device SET revoked = true, revoked_at = now() WHERE db_role = %s", (role,)
        )
        conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(role)))
        conn.commit()
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (role,)
        )
        conn.commit()
    return str(did)


def _roles(conn: psycopg.Connection) -> list[str]:
    """The hub's device roles and its group role that exist in the cluster, group last."""
    roles = [r[0] for r in conn.execute("SELECT DISTINCT db_role FROM fv_device ORDER BY 1")]
    org = conn.execute("SELECT group_role FROM fv_org").fetchone()
    if org:
        roles.append(org[0])
    return [
        role
        for role in roles
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
    ]


def drop_roles(url: str) -> None:
    """Remove this hub's device and group roles from the cluster (before dropping the database).

    Roles are cluster-wide in PostgreSQL; a hub database that is thrown away
    should not leave its roles behind."""
    with psycopg.connect(url, autocommit=True) as conn:
        if hubschema.current(conn) is None:
            return
        for role in _roles(conn):
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (role,)
            )
            conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)))
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


@dataclass(frozen=True)
class Removal:
    """A hub's database and the roles that go with it; ``removed`` once they are gone."""

    database: str
    roles: list[str]
    removed: bool = False


def removal(url: str) -> Removal:
    """What ``hub remove`` would drop. Only a hub: any other database is refused, so a
    mistyped URL cannot drop the wrong one."""
    with admin_connect(url) as conn:
        if hubschema.current(conn) is None:
            raise FieldVisitError(
                translate(
                    "Hub", "Database %1 is not a fieldvisit hub; nothing was removed."
                ).replace("%1", conn.info.dbname)
            )
        return Removal(conn.info.dbname, _roles(conn))


#: Databases ``hub remove`` connects to while it drops the hub (one cannot drop the
#: database one is connected to); the first that answers is used.
MAINTENANCE_DATABASES = ("postgres", "template1")


def remove(url: str) -> Removal:
    """Drop the hub's roles, then its database. Cut off between the two, the database
    stays without roles, and running it again finishes the job."""
    planned = removal(url)
    try:
        drop_roles(url)
        with _maintenance(url) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                (planned.database,),
            )
            conn.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(planned.database)))
    except psycopg.Error as exc:
        raise FieldVisitError(
            translate("Hub", "The hub could not be removed: %1").replace("%1", first_line(exc))
        ) from exc
    return Removal(planned.database, planned.roles, removed=True)


def _maintenance(url: str) -> psycopg.Connection:
    failed: psycopg.OperationalError | None = None
    for name in MAINTENANCE_DATABASES:
        try:
            return psycopg.connect(url, dbname=name, autocommit=True, connect_timeout=10)
        except psycopg.OperationalError as exc:
            failed = exc
    assert failed is not None
    raise failed


def conninfo_string(params: dict[str, str], password: str) -> str:
    return make_conninfo(**params, password=password)


def devices(url: str) -> list[dict[str, Any]]:
    """The registry as the administrator sees it, for monitoring (last seen, pushed head)."""
    with admin_connect(url) as conn:
        _require_hub(conn)
        rows = conn.execute(
            "SELECT d.id, d.name, t.name, d.role, d.revoked, d.head_seq, d.last_seen, d.db_role"
            " FROM fv_device d JOIN fv_team t ON t.id = d.team_id ORDER BY d.name"
        ).fetchall()
    keys = ("id", "name", "team", "role", "revoked", "head_seq", "last_seen", "db_role")
    return [dict(zip(keys, r, strict=True)) for r in rows]


@dataclass(frozen=True)
class HubCheck:
    """What ``hub check`` found, and the pg_hba.conf lines that confine device logins."""

    problems: list[str]
    hba: list[str]


def hba_lines(dbname: str, group: str) -> list[str]:
    """pg_hba.conf lines (first match wins: put them above the others) that let the
    organisation's devices log in to the hub database only, over TLS."""
    return [
        f"# fieldvisit hub: devices (members of {group}) reach only the database {dbname}",
        f"hostssl  {dbname}  +{group}  0.0.0.0/0  scram-sha-256",
        f"hostssl  {dbname}  +{group}  ::/0       scram-sha-256",
        f"host     all       +{group}  0.0.0.0/0  reject",
        f"host     all       +{group}  ::/0       reject",
        f"local    all       +{group}             reject",
    ]


def check(url: str) -> HubCheck:
    """What the hub cannot enforce by itself, said plainly (device role settings, password
    changes, the owner's right to end stalling sessions, other databases devices may reach)."""
    with admin_connect(url) as conn:
        org = _require_hub(conn)
        group = str(org["group_role"])
        problems: list[str] = []
        for name, config in conn.execute(
            "SELECT d.name, r.rolconfig FROM fv_device d JOIN pg_roles r ON r.rolname = d.db_role"
            " WHERE NOT d.revoked ORDER BY d.name"
        ).fetchall():
            have = {c.split("=", 1)[0] for c in config or []}
            missing = [k for k in DEVICE_ROLE_SETTINGS if k not in have]
            if missing:
                problems.append(
                    translate("Hub", "Device %1 has no %2 on its hub login; run 'hub init' again.")
                    .replace("%1", name)
                    .replace("%2", ", ".join(missing))
                )
        readable = conn.execute(
            "SELECT has_table_privilege('pg_catalog.pg_authid', 'SELECT')"
        ).fetchone()
        if readable and readable[0]:
            for (name,) in conn.execute(
                "SELECT d.name FROM fv_device d JOIN fv_device_auth v ON v.db_role = d.db_role"
                " JOIN pg_catalog.pg_authid a ON a.rolname = d.db_role"
                " WHERE NOT d.revoked AND a.rolpassword IS DISTINCT FROM v.verifier"
                " ORDER BY d.name"
            ).fetchall():
                problems.append(
                    translate(
                        "Hub",
                        "Device %1 changed its own hub password: the hub refuses it until it "
                        "is enrolled again. Revoke it if nobody at the office did this.",
                    ).replace("%1", name)
                )
        else:
            problems.append(
                translate(
                    "Hub",
                    "The hub administrator cannot read password verifiers (it is not a "
                    "superuser), so a device changing its own hub password goes unnoticed. "
                    "Confine device logins with the pg_hba.conf lines below.",
                )
            )
        for role in ("pg_signal_backend", "pg_read_all_stats"):
            has = conn.execute("SELECT pg_has_role(current_user, %s, 'USAGE')", (role,)).fetchone()
            if not (has and has[0]):
                problems.append(
                    translate(
                        "Hub",
                        "The hub administrator is not a member of %1, so the hub cannot end a "
                        "device session that holds it up. A superuser can run: GRANT %1 TO %2;",
                    )
                    .replace("%1", role)
                    .replace("%2", str(conn.info.user))
                )
        others = [
            r[0]
            for r in conn.execute(
                "SELECT datname FROM pg_database WHERE datallowconn"
                " AND datname <> current_database()"
                " AND has_database_privilege(%s, datname, 'CONNECT') ORDER BY datname",
                (group,),
            ).fetchall()
        ]
        if others:
            problems.append(
                translate(
                    "Hub",
                    "Device logins may connect to other databases of this PostgreSQL "
                    "server (%1). Add the pg_hba.conf lines below and reload the server.",
                ).replace("%1", ", ".join(others))
            )
        problems += _snapshot_problems(conn)
        problems += _missing_snapshots(conn)
        return HubCheck(problems, hba_lines(conn.info.dbname, group))


# A snapshot older than this leaves a new laptop folding a week of its team's work.
SNAPSHOT_DAYS = 7
# Operations a scope's log holds from which a new laptop without a snapshot takes it
# as a bulk load and folds it all itself (store.bulk; about a minute at 100,000
# households, against seconds from a snapshot); a smaller log is folded quickly.
SNAPSHOT_WORTH = MINIMUM


def scope_label(office: bool, team: str) -> str:
    """A snapshot's scope as the administrator reads it: the team, or the offices."""
    return translate("Hub", "the offices") if office else team


def _snapshot_problems(conn: psycopg.Connection) -> list[str]:
    """Snapshots new laptops would ignore (another schema) or gain little from (old)."""
    from fieldvisit.store import migrate  # the replica schema a snapshot must match

    found: list[str] = []
    for office, team, schema, days in conn.execute(
        "SELECT s.office, coalesce(t.name, ''), s.schema,"
        " extract(day FROM now() - s.made_at)::int"
        " FROM fv_snapshot s LEFT JOIN fv_team t ON t.id = s.team_id ORDER BY 1, 2"
    ).fetchall():
        scope = scope_label(office, team)
        if schema != migrate.LATEST:
            found.append(
                translate(
                    "Hub",
                    "The snapshot for %1 was made by another version of fieldvisit, so new "
                    "laptops ignore it. Run 'hub snapshot' for it again.",
                ).replace("%1", scope)
            )
        elif days >= SNAPSHOT_DAYS:
            found.append(
                translate(
                    "Hub",
                    "The snapshot for %1 is %2 days old: a new laptop folds everything since. "
                    "Run 'hub snapshot' every night (docs/hub.md).",
                )
                .replace("%1", scope)
                .replace("%2", str(days))
            )
    return found


@dataclass(frozen=True)
class Scope:
    """What a snapshot is made for: a team, or the offices (``office``; ``team`` is then
    an office laptop's team, which the scope's producer enrols in)."""

    team: str
    office: bool
    # operations its new laptops would read (see _scopes)
    ops: int
    # the hub keeps a snapshot of it
    kept: bool

    @property
    def label(self) -> str:
        return scope_label(self.office, self.team)

    @property
    def needs_one(self) -> bool:
        """Would a new laptop there take the whole log as a bulk load?"""
        return not self.kept and self.ops >= SNAPSHOT_WORTH


def snapshot_scopes(url: str) -> list[Scope]:
    """The scopes worth keeping a snapshot of (``hub snapshot --all``): those with one
    already, and those whose new laptops would otherwise fold a big log."""
    with admin_connect(url) as conn:
        _require_hub(conn)
        return [s for s in _scopes(conn) if s.kept or s.needs_one]


def _scopes(conn: psycopg.Connection) -> list[Scope]:
    """The offices (when an office laptop is enrolled) and every team the hub knows by its
    laptops, each with the operations its laptops read: all of them for the offices, a
    team's own and the shared ones for a team (operations of households moved into the
    team since are left out of the count)."""
    kept = conn.execute("SELECT office, team_id FROM fv_snapshot").fetchall()
    per_team: dict[str | None, int] = {
        team: int(n)
        for team, n in conn.execute("SELECT team_id, count(*) FROM fv_ops GROUP BY team_id")
    }
    shared = per_team.get(None, 0)
    found: list[Scope] = []
    office_team = conn.execute(
        "SELECT t.name FROM fv_device d JOIN fv_team t ON t.id = d.team_id"
        " WHERE d.role = 'office' AND NOT d.revoked ORDER BY d.enrolled_at, d.name LIMIT 1"
    ).fetchone()
    if office_team is not None:
        offices_kept = any(o for o, _t in kept)
        found.append(Scope(str(office_team[0]), True, sum(per_team.values()), offices_kept))
    with_snapshot = {t for o, t in kept if not o}
    # The offices' own team is read through the offices' scope: a team all of whose
    # laptops are office laptops has no field laptop to hand a snapshot to.
    for team, name in conn.execute(
        "SELECT t.id, t.name FROM fv_team t WHERE NOT EXISTS (SELECT 1 FROM fv_device d"
        " WHERE d.team_id = t.id AND d.role = 'office') OR EXISTS (SELECT 1 FROM fv_device d"
        " WHERE d.team_id = t.id AND d.role = 'field') ORDER BY t.name"
    ).fetchall():
        ops = per_team.get(team, 0) + shared
        found.append(Scope(str(name), False, ops, team in with_snapshot))
    return found


def _missing_snapshots(conn: psycopg.Connection) -> list[str]:
    """Scopes whose new laptops would fold their whole log because the hub keeps no
    snapshot of them (:func:`_scopes`)."""
    return [_no_snapshot(s.label, s.ops) for s in _scopes(conn) if s.needs_one]


def _no_snapshot(scope: str, ops: int) -> str:
    return (
        translate(
            "Hub",
            "There is no snapshot for %1: a new laptop there folds all %2 operations itself "
            "(about a minute at 100,000 households). Run 'hub snapshot' for it every night "
            "(docs/hub.md).",
        )
        .replace("%1", scope)
        .replace("%2", str(ops))
    )
