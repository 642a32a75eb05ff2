"""Device incarnations (restored copies carry on under a new id) and team moves.

Incarnations: a laptop restored from an older copy of its data folder, or a
second folder enrolled with the same file, would number new operations with
sequence numbers the hub already holds. Such a copy registers a new device id
(an *incarnation*, with its own key pair) bound to the same login role and
carries on under it. ``fv_device.db_role`` is therefore no longer unique: one
login owns its original device row and any incarnation rows linked to it
(``incarnation_of``). "Me" (``fv_my_device``) stays the original row; what a
login may write or read in its own name is every incarnation bound to it.

Revision ID: 0003
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None

INCARNATIONS = r"""
ALTER TABLE fv_device ADD COLUMN incarnation_of text REFERENCES fv_device(id);
ALTER TABLE fv_device DROP CONSTRAINT IF EXISTS fv_device_db_role_key;
ALTER TABLE fv_device DROP CONSTRAINT IF EXISTS fv_device_name_key;
-- One original row per login and per name; incarnations share both with it.
CREATE UNIQUE INDEX fv_device_login ON fv_device (db_role) WHERE incarnation_of IS NULL;
CREATE UNIQUE INDEX fv_device_original_name ON fv_device (name) WHERE incarnation_of IS NULL;
CREATE INDEX fv_device_db_role ON fv_device (db_role);

CREATE OR REPLACE FUNCTION fv_my_device() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT id FROM fv_device
   WHERE db_role = session_user AND incarnation_of IS NULL AND NOT revoked $$;
CREATE OR REPLACE FUNCTION fv_my_team() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT team_id FROM fv_device
   WHERE db_role = session_user AND incarnation_of IS NULL AND NOT revoked $$;
CREATE OR REPLACE FUNCTION fv_is_office() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT coalesce((SELECT role = 'office' FROM fv_device
                    WHERE db_role = session_user AND incarnation_of IS NULL AND NOT revoked),
                   false) $$;
-- Every device id (original and incarnations) bound to the calling login.
CREATE FUNCTION fv_my_devices() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$ SELECT coalesce(array_agg(id), '{}') FROM fv_device
   WHERE db_role = session_user AND NOT revoked $$;

-- May this login write operations in the name of device dev? Its own device and
-- every incarnation bound to it; an office also relays others' verified bundles.
CREATE OR REPLACE FUNCTION fv_may_write_as(dev text) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT dev = ANY(fv_my_devices()) OR fv_is_office() $$;

-- Register a new incarnation of the calling login's device: same name, team and
-- role, a new id and public key. Idempotent for the same id and key (a client cut
-- off after the hub committed retries with what it saved). Refuses ids already in
-- use, ids under which operations exist, and more than 1,000 incarnations.
CREATE FUNCTION fv_new_incarnation(new_id text, key bytea) RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    orig fv_device%ROWTYPE;
BEGIN
    SELECT * INTO orig FROM fv_device
        WHERE db_role = session_user AND incarnation_of IS NULL AND NOT revoked;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'fieldvisit: unknown or revoked device' USING ERRCODE = '42501';
    END IF;
    IF new_id !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
       OR key IS NULL OR length(key) <> 32 THEN
        RAISE EXCEPTION 'fieldvisit: malformed incarnation' USING ERRCODE = '22023';
    END IF;
    PERFORM 1 FROM fv_device WHERE id = orig.id FOR UPDATE;  -- one registration at a time
    IF EXISTS (SELECT 1 FROM fv_device WHERE id = new_id) THEN
        IF EXISTS (SELECT 1 FROM fv_device WHERE id = new_id AND db_role = session_user
                   AND incarnation_of = orig.id AND public_key = key) THEN
            RETURN;
        END IF;
        RAISE EXCEPTION 'fieldvisit: device id already in use' USING ERRCODE = '23505';
    END IF;
    IF EXISTS (SELECT 1 FROM fv_ops WHERE device_id = new_id) THEN
        RAISE EXCEPTION 'fieldvisit: operations exist under that id' USING ERRCODE = '42501';
    END IF;
    IF (SELECT count(*) FROM fv_device WHERE incarnation_of = orig.id) >= 1000 THEN
        RAISE EXCEPTION 'fieldvisit: too many incarnations' USING ERRCODE = '54000';
    END IF;
    INSERT INTO fv_device (id, name, team_id, role, db_role, public_key, incarnation_of)
        VALUES (new_id, orig.name, orig.team_id, orig.role, orig.db_role, key, orig.id);
END
$$;

CREATE OR REPLACE FUNCTION fv_head(dev text) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
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
    IF me IS NOT NULL AND NOT fv_may_write_as(dev) THEN
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
    UPDATE fv_device SET head_seq = head,
        last_seen = CASE WHEN db_role = session_user THEN now() ELSE last_seen END
        WHERE id = dev AND head_seq <> head;
    IF me IS NOT NULL THEN
        UPDATE fv_device SET last_seen = now() WHERE id = me;
    END IF;
    RETURN head;
END
$$;

DROP POLICY IF EXISTS fv_ops_append ON fv_ops;
CREATE POLICY fv_ops_append ON fv_ops FOR INSERT WITH CHECK (
    pushed_by = ANY((SELECT fv_my_devices())::text[]) AND fv_may_write_as(device_id)
);
"""

READ_POLICY = r"""
DROP POLICY IF EXISTS fv_ops_read ON fv_ops;
CREATE POLICY fv_ops_read ON fv_ops FOR SELECT USING (
    (SELECT fv_my_device()) IS NOT NULL AND (
        team_id IS NULL
        OR team_id = (SELECT fv_my_team())
        OR device_id = ANY((SELECT fv_my_devices())::text[])
        OR (SELECT fv_is_office())
    )
);
"""


def upgrade() -> None:
    op.execute(INCARNATIONS)
    op.execute(READ_POLICY)


def downgrade() -> None:
    raise NotImplementedError("the hub is never downgraded; restore a backup instead")
