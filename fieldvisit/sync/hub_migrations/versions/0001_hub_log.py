"""The hub: organisation, teams, device registry, the operation log and its row-level security.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

SQL = r"""
CREATE TABLE fv_org (
    id text PRIMARY KEY,
    name text NOT NULL,
    bundle_key bytea NOT NULL,
    receipt_key bytea NOT NULL,
    group_role text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE fv_team (
    id text PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE fv_device (
    id text PRIMARY KEY,
    name text NOT NULL UNIQUE,
    team_id text NOT NULL REFERENCES fv_team(id),
    role text NOT NULL CHECK (role IN ('field', 'office')),
    db_role text NOT NULL UNIQUE,
    public_key bytea NOT NULL,
    revoked boolean NOT NULL DEFAULT false,
    enrolled_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz,
    head_seq bigint NOT NULL DEFAULT 0,
    last_seen timestamptz
);
CREATE TABLE fv_ops (
    op_id text PRIMARY KEY,
    device_id text NOT NULL,
    seq bigint NOT NULL,
    hlc text NOT NULL,
    entity text NOT NULL,
    row_id text NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL,
    team_id text,
    pushed_by text NOT NULL,
    pos bigint NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX fv_ops_device_seq ON fv_ops (device_id, seq);
CREATE UNIQUE INDEX fv_ops_pos ON fv_ops (pos);
CREATE SEQUENCE fv_ops_pos_seq;

-- The pull cursor is "pos > last seen". For that to be safe, positions must
-- become visible in order: every writer takes one hub-wide transaction-scoped
-- advisory lock before it is given positions and keeps it until it commits, so
-- a transaction holding lower positions is always committed before anyone
-- gets higher ones. A trigger (which devices cannot bypass) does both.
CREATE FUNCTION fv_ops_position() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_advisory_xact_lock(746801625, 1);
    NEW.pos := nextval('fv_ops_pos_seq');
    RETURN NEW;
END
$$;
CREATE TRIGGER fv_ops_position BEFORE INSERT ON fv_ops
    FOR EACH ROW EXECUTE FUNCTION fv_ops_position();

-- Who is calling: the device row bound to the login role (session_user: inside
-- these SECURITY DEFINER functions current_user is the owner) (NULL when unknown or revoked).
CREATE FUNCTION fv_my_device() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT id FROM fv_device WHERE db_role = session_user AND NOT revoked $$;
CREATE FUNCTION fv_my_team() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT team_id FROM fv_device WHERE db_role = session_user AND NOT revoked $$;
CREATE FUNCTION fv_is_office() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT coalesce((SELECT role = 'office' FROM fv_device
                    WHERE db_role = session_user AND NOT revoked), false) $$;

-- The highest sequence up to which the hub holds every operation of a device.
-- Walks forward from the stored head (so the cost is the new operations only)
-- and remembers where it got to. Field devices may ask only about themselves.
CREATE FUNCTION fv_head(dev text) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$
DECLARE
    me text := fv_my_device();
    head bigint;
    s bigint;
BEGIN
    IF me IS NULL AND session_user <> (SELECT tableowner FROM pg_tables
                                       WHERE tablename = 'fv_ops' AND schemaname = 'public') THEN
        RAISE EXCEPTION 'fieldvisit: unknown or revoked device' USING ERRCODE = '42501';
    END IF;
    IF me IS NOT NULL AND dev <> me AND NOT fv_is_office() THEN
        RAISE EXCEPTION 'fieldvisit: a field device may ask only about itself'
            USING ERRCODE = '42501';
    END IF;
    SELECT head_seq INTO head FROM fv_device WHERE id = dev FOR UPDATE;
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
    UPDATE fv_device SET head_seq = head, last_seen = CASE WHEN id = me THEN now() ELSE last_seen END
        WHERE id = dev AND head_seq <> head;
    IF me IS NOT NULL THEN
        UPDATE fv_device SET last_seen = now() WHERE id = me;
    END IF;
    RETURN head;
END
$$;

ALTER TABLE fv_ops ENABLE ROW LEVEL SECURITY;
-- A device reads its team's operations and global ones; an office device reads all.
CREATE POLICY fv_ops_read ON fv_ops FOR SELECT USING (
    (SELECT fv_my_device()) IS NOT NULL AND (
        team_id IS NULL
        OR team_id = (SELECT fv_my_team())
        OR device_id = (SELECT fv_my_device())
        OR (SELECT fv_is_office())
    )
);
-- A device appends in its own name; an office device also relays operations it
-- received in signed bundles from other devices (pushed_by records who relayed).
CREATE POLICY fv_ops_append ON fv_ops FOR INSERT WITH CHECK (
    pushed_by = (SELECT fv_my_device())
    AND (device_id = (SELECT fv_my_device()) OR (SELECT fv_is_office()))
);
"""


def upgrade() -> None:
    op.execute(SQL)


def downgrade() -> None:
    raise NotImplementedError("the hub is never downgraded; restore a backup instead")
