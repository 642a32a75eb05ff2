"""Devices push only through ``fv_push``, which applies the rules table; numbering without
advisory locks; device roles with timeouts.

* Device roles lose INSERT on ``fv_ops`` (and the position sequence). They push
  with ``fv_push(dev, batch)``, SECURITY DEFINER: the caller must be allowed to
  write as ``dev`` (``fv_may_write_as``: itself, or any device for an office
  relaying bundles), every operation must pass the rules (``fv_rules``, filled
  by ``hub init`` from ``fieldvisit.sync.authz.RULES``, and ``fv_check``, the SQL
  mirror of ``authz.check``), or the whole batch is refused with an error naming
  the operation and the reason. Operations already held are skipped; it returns
  the device's head and how many rows it stored.
* Positions: a writer locks the one row of ``fv_pos`` (no device role can touch
  that table) before it is given positions and keeps it until it commits, so
  positions still become visible in order. Advisory locks, which any role can
  take, play no part any more.
* Nobody waits long on a device: ``fv_push`` and ``fv_head`` wait at most 2 s for
  a lock; then they end device sessions that sit idle in a transaction while
  holding what they need (``fv_clear_idle``) and try again.
* Device roles get lock, statement and idle-in-transaction timeouts.
* PostgreSQL lets every role change its own password. Where the hub owner can
  read password verifiers (a superuser), ``hub enroll`` records each device's in
  ``fv_device_auth``; a device whose verifier no longer matches counts as unknown
  (``fv_my_device`` is NULL: it reads nothing, pushes nothing) until re-enrolled,
  and ``hub check`` lists it.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: The same settings ``hub enroll`` gives new device roles (fieldvisit.sync.hub).
DEVICE_ROLE_SETTINGS = {
    "lock_timeout": "5s",
    "statement_timeout": "120s",
    "idle_in_transaction_session_timeout": "15s",
}

SQL = r"""
CREATE TABLE fv_rules (
    entity text NOT NULL,
    role text NOT NULL,
    kinds text[] NOT NULL,
    scope text NOT NULL,
    names_device boolean NOT NULL,
    names_team boolean NOT NULL,
    PRIMARY KEY (entity, role)
);
CREATE TABLE fv_pos (
    id integer PRIMARY KEY CHECK (id = 1)
);
INSERT INTO fv_pos VALUES (1);
CREATE INDEX fv_ops_row ON fv_ops (entity, row_id);
CREATE TABLE fv_device_auth (
    db_role text PRIMARY KEY,
    verifier text NOT NULL
);

-- Is the caller's password still the one the hub gave it? True when the owner
-- cannot read verifiers (then 'hub check' says the check is off).
CREATE FUNCTION fv_password_ok() RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$
DECLARE
    want text;
    have text;
BEGIN
    SELECT verifier INTO want FROM fv_device_auth WHERE db_role = session_user;
    IF want IS NULL OR NOT has_table_privilege('pg_catalog.pg_authid', 'SELECT') THEN
        RETURN true;
    END IF;
    EXECUTE 'SELECT rolpassword FROM pg_catalog.pg_authid WHERE rolname = $1'
        INTO have USING session_user;
    RETURN have IS NOT DISTINCT FROM want;
END
$$;

CREATE OR REPLACE FUNCTION fv_my_device() RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$
DECLARE
    d text;
BEGIN
    SELECT id INTO d FROM fv_device WHERE db_role = session_user AND NOT revoked;
    IF d IS NOT NULL AND NOT fv_password_ok() THEN
        RETURN NULL;
    END IF;
    RETURN d;
END
$$;

CREATE OR REPLACE FUNCTION fv_ops_position() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM 1 FROM fv_pos WHERE id = 1 FOR UPDATE;
    NEW.pos := nextval('fv_ops_pos_seq');
    RETURN NEW;
END
$$;

-- May this login write operations in the name of device dev? Its own device, or
-- any device for an office (it relays bundles; pushed_by records who relayed).
CREATE OR REPLACE FUNCTION fv_may_write_as(dev text) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT fv_my_device() IS NOT NULL AND (dev = fv_my_device() OR fv_is_office()) $$;

-- Is a push in the name of dev a relay (an office passing on another device's work)?
-- Hub migration 0003 widens "own" to every incarnation of the caller's device.
CREATE FUNCTION fv_is_relay(dev text) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT dev IS DISTINCT FROM fv_my_device() $$;

-- A JSON value as text for comparisons: NULL for missing or null, the string
-- itself for strings, anything else marked so that it equals no string.
CREATE FUNCTION fv_jtext(j jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE WHEN j IS NULL OR jsonb_typeof(j) = 'null' THEN NULL
               WHEN jsonb_typeof(j) = 'string' THEN j #>> '{}'
               ELSE E'\x01' || j::text END $$;
-- A JSON integer as numeric; NULL when it is not one.
CREATE FUNCTION fv_jint(j jsonb) RETURNS numeric LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE WHEN jsonb_typeof(j) = 'number' AND j::text ~ '^-?[0-9]+$'
               THEN j::text::numeric END $$;

-- The payment (or unit distribution) an operation reverses (NULL when it is not a
-- reversal).
CREATE FUNCTION fv_reverses(op jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE WHEN op->>'entity' IN ('payment', 'distribution')
                    AND jsonb_typeof(op->'payload'->'fields') = 'object'
                    AND jsonb_typeof(op->'payload'->'fields'->'reverses_id') <> 'null'
               THEN op->'payload'->'fields'->>'reverses_id' END $$;

-- May a record written by device dev name device named as its own (payment.device_id,
-- the receipt's signer)? Itself; hub migration 0003 widens that to the same laptop's
-- incarnations (a copy's payment made before it knew names the id that signed it).
CREATE FUNCTION fv_same_laptop(named text, dev text) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT named = dev $$;

-- The SQL mirror of fieldvisit.sync.authz.check: the refusal code, or NULL.
CREATE FUNCTION fv_check(op jsonb, dev_id text, dev_team text, dev_role text) RETURNS text
    LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS
$$
DECLARE
    r fv_rules;
    ent text := op->>'entity';
    kind text := op->>'kind';
    team text := op->>'team_id';
    f jsonb;
    g jsonb;
    line jsonb;
    cash numeric;
    gv numeric;
    v numeric;
    lo numeric := 0;
    hi numeric := 99999999999;
    total numeric := 0;
    creating boolean := kind IN ('append', 'create');
BEGIN
    IF dev_id IS NULL OR op->>'device_id' IS DISTINCT FROM dev_id THEN
        RETURN 'unknown_device';
    END IF;
    -- A stamp every replica can read (13 ms digits and a counter), a positive sequence.
    IF jsonb_typeof(op->'hlc') IS DISTINCT FROM 'string'
       OR NOT (op->>'hlc' ~ '^[0-9]{18,23}$') THEN
        RETURN 'bad_payload';
    END IF;
    IF jsonb_typeof(op->'seq') IS DISTINCT FROM 'number' OR (op->>'seq')::numeric < 1
       OR (op->>'seq')::numeric <> trunc((op->>'seq')::numeric) THEN
        RETURN 'bad_payload';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM fv_rules WHERE entity = ent) THEN
        RETURN 'unknown_entity';
    END IF;
    SELECT * INTO r FROM fv_rules WHERE entity = ent AND role = dev_role;
    IF NOT FOUND OR kind IS NULL OR NOT (kind = ANY (r.kinds)) THEN
        RETURN 'not_allowed';
    END IF;
    IF r.scope = 'team' AND team IS DISTINCT FROM dev_team THEN
        RETURN 'team_scope';
    END IF;
    IF r.scope = 'own_team' AND (op->>'row_id' IS DISTINCT FROM dev_team OR team IS NOT NULL) THEN
        RETURN 'own_record';
    END IF;
    IF r.scope = 'self' AND (op->>'row_id' IS DISTINCT FROM dev_id OR team IS NOT NULL) THEN
        RETURN 'own_record';
    END IF;
    IF jsonb_typeof(op->'payload') IS DISTINCT FROM 'object' THEN
        RETURN 'bad_payload';
    END IF;
    f := coalesce(op->'payload'->'fields', '{}'::jsonb);
    IF jsonb_typeof(f) <> 'object' THEN
        RETURN 'bad_payload';
    END IF;
    IF creating AND r.names_device
       AND NOT coalesce(fv_same_laptop(fv_jtext(f->'device_id'), dev_id), false) THEN
        RETURN 'payload_device';
    END IF;
    IF creating AND r.names_team AND fv_jtext(f->'team_id') IS DISTINCT FROM team THEN
        RETURN 'payload_team';
    END IF;
    IF kind = 'update' AND f ? 'team_id' AND dev_role <> 'office' THEN
        RETURN 'payload_team';
    END IF;
    IF ent = 'device' AND (fv_jtext(f->'role') IS DISTINCT FROM dev_role
                           OR fv_jtext(f->'team_id') IS DISTINCT FROM dev_team) THEN
        RETURN 'own_record';
    END IF;
    IF ent NOT IN ('payment', 'distribution') THEN
        RETURN NULL;
    END IF;
    -- A reversal (of a household payment or a unit distribution) carries negated amounts.
    IF jsonb_typeof(f->'reverses_id') IS NOT NULL AND jsonb_typeof(f->'reverses_id') <> 'null' THEN
        lo := -99999999999;
        hi := 0;
    END IF;
    cash := CASE WHEN f ? 'cash_fen' THEN fv_jint(f->'cash_fen') ELSE 0 END;
    gv := CASE WHEN f ? 'goods_value_fen' THEN fv_jint(f->'goods_value_fen') ELSE 0 END;
    g := f->'goods';
    IF g IS NULL OR g IN ('null', 'false', '0', '""', '{}') THEN
        g := '[]';
    END IF;
    IF cash IS NULL OR gv IS NULL OR jsonb_typeof(g) <> 'array' THEN
        RETURN 'bad_payload';
    END IF;
    IF NOT (cash BETWEEN lo AND hi AND gv BETWEEN lo AND hi) THEN
        RETURN 'amount_range';
    END IF;
    FOR line IN SELECT value FROM jsonb_array_elements(g) LOOP
        v := CASE WHEN jsonb_typeof(line) = 'object' THEN fv_jint(line->'value_fen') END;
        IF v IS NULL THEN
            RETURN 'bad_payload';
        END IF;
        IF NOT v BETWEEN lo AND hi THEN
            RETURN 'amount_range';
        END IF;
        total := total + v;
    END LOOP;
    IF total <> gv THEN
        RETURN 'bad_payload';
    END IF;
    RETURN NULL;
END
$$;

-- The SQL mirror of fieldvisit.sync.authz.check_reversal, given the original's fields.
CREATE FUNCTION fv_check_reversal(op jsonb, orig jsonb) RETURNS text
    LANGUAGE plpgsql STABLE AS
$$
DECLARE
    f jsonb := op->'payload'->'fields';
    mine jsonb;
    lines jsonb;
BEGIN
    SELECT coalesce(jsonb_agg(jsonb_build_array(e->'item', e->'unit', e->'quantity', e->'value_fen')
                              ORDER BY n), '[]')
        INTO mine
        FROM jsonb_array_elements(CASE WHEN jsonb_typeof(f->'goods') = 'array'
                                       THEN f->'goods' ELSE '[]' END) WITH ORDINALITY x(e, n)
        WHERE jsonb_typeof(e) = 'object';
    SELECT coalesce(jsonb_agg(jsonb_build_array(
                e->'item', e->'unit',
                to_jsonb(-coalesce((e->>'quantity')::numeric, 0)),
                to_jsonb(-coalesce((e->>'value_fen')::numeric, 0))) ORDER BY n), '[]')
        INTO lines
        FROM jsonb_array_elements(CASE WHEN jsonb_typeof(orig->'goods') = 'array'
                                       THEN orig->'goods' ELSE '[]' END) WITH ORDINALITY x(e, n)
        WHERE jsonb_typeof(e) = 'object';
    IF fv_jtext(orig->'reverses_id') IS NULL
       AND coalesce((f->>'cash_fen')::numeric, 0) = -coalesce((orig->>'cash_fen')::numeric, 0)
       AND coalesce((f->>'goods_value_fen')::numeric, 0)
           = -coalesce((orig->>'goods_value_fen')::numeric, 0)
       AND coalesce((f->>'packages')::numeric, 0) = -coalesce((orig->>'packages')::numeric, 0)
       AND coalesce((f->>'workers_reached')::numeric, 0)
           = -coalesce((orig->>'workers_reached')::numeric, 0)
       AND mine = lines
       AND (f->'team_id') IS NOT DISTINCT FROM (orig->'team_id')
       AND (f->'household_id') IS NOT DISTINCT FROM (orig->'household_id')
       AND (f->'unit_id') IS NOT DISTINCT FROM (orig->'unit_id') THEN
        RETURN NULL;
    END IF;
    RETURN 'reversal_mismatch';
EXCEPTION WHEN others THEN
    RETURN 'reversal_mismatch';
END
$$;

-- End device sessions that sit idle in a transaction while holding what a push
-- needs (the numbering row, or a device row fv_head locks). Devices can switch
-- their own idle timeout off; the hub does not wait for them.
CREATE FUNCTION fv_clear_idle() RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$
DECLARE
    p integer;
    n integer := 0;
BEGIN
    FOR p IN
        SELECT DISTINCT a.pid FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid
        WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()
          AND a.usename IN (SELECT db_role FROM fv_device)
          AND coalesce(a.state, 'idle in transaction') LIKE 'idle in transaction%%'
          AND coalesce(a.state_change, '-infinity') < clock_timestamp() - interval '3 seconds'
          AND l.granted
          AND (l.relation = 'fv_pos'::regclass
               OR (l.relation = 'fv_device'::regclass AND l.mode = 'RowShareLock'))
    LOOP
        BEGIN
            IF pg_terminate_backend(p) THEN
                n := n + 1;
            END IF;
        EXCEPTION WHEN insufficient_privilege THEN
            NULL;  -- reported by 'hub check': the hub owner needs pg_signal_backend
        END;
    END LOOP;
    RETURN n;
END
$$;

-- fv_head as before, but it waits at most 2 s for the device row, clears idle
-- holders and tries again. It answers about any device this login may write as
-- (fv_may_write_as): hub migration 0003 widens that to every incarnation of the
-- login's device, and "its own" row (last_seen) is any row of the login, so fv_head
-- itself needs no new version there.
CREATE OR REPLACE FUNCTION fv_head(dev text) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp SET lock_timeout = '2s' AS
$$
DECLARE
    me text := fv_my_device();
    head bigint;
    s bigint;
    tries integer := 0;
BEGIN
    IF me IS NULL AND session_user <> (SELECT tableowner FROM pg_tables
                                       WHERE tablename = 'fv_ops' AND schemaname = 'public') THEN
        RAISE EXCEPTION 'fieldvisit: unknown or revoked device' USING ERRCODE = '42501';
    END IF;
    IF me IS NOT NULL AND NOT fv_may_write_as(dev) THEN
        RAISE EXCEPTION 'fieldvisit: a field device may ask only about itself'
            USING ERRCODE = '42501';
    END IF;
    LOOP
        BEGIN
            SELECT head_seq INTO head FROM fv_device WHERE id = dev FOR UPDATE;
            EXIT;
        EXCEPTION WHEN lock_not_available THEN
            tries := tries + 1;
            IF tries >= 4 THEN
                RAISE EXCEPTION 'fieldvisit: the hub is busy; sync again in a moment'
                    USING ERRCODE = '55P03';
            END IF;
            PERFORM fv_clear_idle();
        END;
    END LOOP;
    IF head IS NULL THEN
        head := 0;  -- a device not in the registry (never enrolled here)
        SELECT coalesce(max(o.seq), 0) INTO s FROM fv_ops o WHERE o.device_id = dev AND o.seq = 1;
        IF s = 0 THEN RETURN 0; END IF;
    END IF;
    FOR s IN SELECT o.seq FROM fv_ops o WHERE o.device_id = dev AND o.seq > head ORDER BY o.seq
    LOOP
        EXIT WHEN s <> head + 1;
        head := s;
    END LOOP;
    UPDATE fv_device SET head_seq = head,
        last_seen = CASE WHEN db_role = session_user THEN now() ELSE last_seen END
        WHERE id = dev AND head_seq <> head;
    IF me IS NOT NULL THEN
        UPDATE fv_device SET last_seen = now() WHERE id = me;
    END IF;
    RETURN head;
END
$$;

-- Append a batch of operations written by device dev. All or nothing: one refused
-- operation refuses the batch (SQLSTATE 42501, the reason code in DETAIL).
CREATE FUNCTION fv_push(dev text, batch jsonb, OUT head bigint, OUT stored integer)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    SET lock_timeout = '2s' AS
$$
DECLARE
    me text := fv_my_device();
    d fv_device;
    o jsonb;
    why text;
    orig jsonb;
    rid text;
    tries integer := 0;
BEGIN
    IF me IS NULL AND NOT fv_password_ok() THEN
        RAISE EXCEPTION 'fieldvisit: this device''s hub password was changed; it is refused '
                        'until the administrator enrols it again'
            USING ERRCODE = '42501', DETAIL = 'password_changed';
    END IF;
    IF me IS NULL THEN
        RAISE EXCEPTION 'fieldvisit: unknown or revoked device' USING ERRCODE = '42501';
    END IF;
    IF NOT fv_may_write_as(dev) THEN
        RAISE EXCEPTION 'fieldvisit: this device may not write operations in the name of %', dev
            USING ERRCODE = '42501', DETAIL = 'not_own_name';
    END IF;
    SELECT * INTO d FROM fv_device WHERE id = dev;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'fieldvisit: device % is not enrolled on this hub', dev
            USING ERRCODE = '42501', DETAIL = 'unknown_device';
    END IF;
    IF jsonb_typeof(batch) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'fieldvisit: a push is a JSON array of operations'
            USING ERRCODE = '22023';
    END IF;
    FOR o IN SELECT value FROM jsonb_array_elements(batch) LOOP
        why := fv_check(o, d.id, d.team_id, d.role);
        rid := fv_reverses(o);
        IF why IS NULL AND rid IS NOT NULL THEN
            SELECT b->'payload'->'fields' INTO orig FROM jsonb_array_elements(batch) b
                WHERE b->>'entity' = o->>'entity' AND b->>'row_id' = rid LIMIT 1;
            IF orig IS NULL THEN
                SELECT x.payload->'fields' INTO orig FROM fv_ops x
                    WHERE x.entity = o->>'entity' AND x.row_id = rid ORDER BY x.pos LIMIT 1;
            END IF;
            IF orig IS NOT NULL THEN  -- an original the hub does not hold: replicas check
                why := fv_check_reversal(o, orig);
            END IF;
        END IF;
        IF why IS NOT NULL THEN
            RAISE EXCEPTION 'fieldvisit: operation % (% %) refused: %',
                o->>'op_id', o->>'entity', o->>'kind', why
                USING ERRCODE = '42501', DETAIL = why,
                      HINT = 'Nothing of this batch was stored.';
        END IF;
    END LOOP;
    LOOP
        BEGIN
            PERFORM 1 FROM fv_pos WHERE id = 1 FOR UPDATE;
            IF fv_is_relay(dev) THEN
                -- An office relaying a laptop's bundle: an operation that collides with
                -- what the hub holds under its (device, seq) came from an older copy of
                -- that laptop, which re-sends it under its new incarnation itself.
                INSERT INTO fv_ops (op_id, device_id, seq, hlc, entity, row_id, kind, payload,
                                    team_id, pushed_by)
                SELECT x.op_id, x.device_id, x.seq, x.hlc, x.entity, x.row_id, x.kind,
                       x.payload, x.team_id, me
                FROM jsonb_to_recordset(batch) AS x(op_id text, device_id text, seq bigint,
                                                    hlc text, entity text, row_id text,
                                                    kind text, payload jsonb, team_id text)
                ON CONFLICT DO NOTHING;
            ELSE
                -- Its own operations: one already here is skipped; another operation under
                -- the same (device, seq) is an error, never a silent skip (a copy of this
                -- laptop got there first: the client carries on as a new incarnation).
                INSERT INTO fv_ops (op_id, device_id, seq, hlc, entity, row_id, kind, payload,
                                    team_id, pushed_by)
                SELECT x.op_id, x.device_id, x.seq, x.hlc, x.entity, x.row_id, x.kind,
                       x.payload, x.team_id, me
                FROM jsonb_to_recordset(batch) AS x(op_id text, device_id text, seq bigint,
                                                    hlc text, entity text, row_id text,
                                                    kind text, payload jsonb, team_id text)
                ON CONFLICT (op_id) DO NOTHING;
            END IF;
            GET DIAGNOSTICS stored = ROW_COUNT;
            head := fv_head(dev);
            RETURN;
        EXCEPTION WHEN lock_not_available THEN
            tries := tries + 1;
            IF tries >= 4 THEN
                RAISE EXCEPTION 'fieldvisit: the hub is busy; sync again in a moment'
                    USING ERRCODE = '55P03';
            END IF;
            PERFORM fv_clear_idle();
        END;
    END LOOP;
END
$$;
"""


def upgrade() -> None:
    op.execute(SQL)
    bind = op.get_bind()
    org = bind.exec_driver_sql("SELECT group_role FROM fv_org").first()
    if org is not None:
        group = _ident(org[0])
        bind.exec_driver_sql(f"REVOKE INSERT ON fv_ops FROM {group}")
        bind.exec_driver_sql(f"REVOKE USAGE ON SEQUENCE fv_ops_pos_seq FROM {group}")
    for (role,) in bind.exec_driver_sql("SELECT db_role FROM fv_device").all():
        for key, value in DEVICE_ROLE_SETTINGS.items():
            bind.exec_driver_sql(f"ALTER ROLE {_ident(role)} SET {key} = '{value}'")
    readable = bind.exec_driver_sql(
        "SELECT has_table_privilege('pg_catalog.pg_authid', 'SELECT')"
    ).scalar()
    if readable:  # remember today's verifiers: a change from here on is detected
        bind.exec_driver_sql(
            "INSERT INTO fv_device_auth (db_role, verifier)"
            " SELECT d.db_role, a.rolpassword FROM fv_device d"
            " JOIN pg_catalog.pg_authid a ON a.rolname = d.db_role"
            " WHERE a.rolpassword IS NOT NULL"
        )


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def downgrade() -> None:
    raise NotImplementedError("the hub is never downgraded; restore a backup instead")
