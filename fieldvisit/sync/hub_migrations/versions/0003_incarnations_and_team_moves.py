"""Device incarnations (restored copies carry on under a new id) and team moves.

Incarnations: a laptop restored from an older copy of its data folder, or a
second folder enrolled with the same file, would number new operations with
sequence numbers the hub already holds. Such a copy registers a new device id
(an *incarnation*, with its own key pair) bound to the same login role and
carries on under it. ``fv_device.db_role`` is therefore no longer unique: one
login owns its original device row and any incarnation rows linked to it
(``incarnation_of``). "Me" (``fv_my_device``) stays the original row; what a
login may write or read in its own name is every incarnation bound to it.

Team moves: an operation carries the team of its household when it was made,
so a household moved to another team left its history behind. The hub now
records the household each operation belongs to (``fv_ops.household_id``) and
each household's current team (``fv_household_team``, set by the household's
latest create or team edit in clock order). A change of team appends a
*backfill marker* (``fv_team_backfill``) that takes its position from the same
numbering as operations, so it becomes visible in order like them; a puller
whose cursor has not passed the marker fetches every operation of that household
(the read policy lets a team read the operations of households now in it).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
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

-- The enrolled device of this login (not an incarnation); nobody when revoked or when
-- its password is no longer the one the hub gave it (hub migration 0002).
CREATE OR REPLACE FUNCTION fv_my_device() RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$
DECLARE
    d text;
BEGIN
    SELECT id INTO d FROM fv_device
        WHERE db_role = session_user AND incarnation_of IS NULL AND NOT revoked;
    IF d IS NOT NULL AND NOT fv_password_ok() THEN
        RETURN NULL;
    END IF;
    RETURN d;
END
$$;
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
$$ SELECT fv_my_device() IS NOT NULL AND (dev = ANY(fv_my_devices()) OR fv_is_office()) $$;

-- A record names its writer or another incarnation of the same laptop: a payment a
-- restored copy made before it knew names the old id, whose key signed the receipt.
CREATE OR REPLACE FUNCTION fv_same_laptop(named text, dev text) RETURNS boolean LANGUAGE sql
    STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT named = dev OR EXISTS (
       SELECT 1 FROM fv_device a JOIN fv_device b
         ON coalesce(a.incarnation_of, a.id) = coalesce(b.incarnation_of, b.id)
       WHERE a.id = named AND b.id = dev) $$;

-- A push in the name of one of this login's own devices is not a relay.
CREATE OR REPLACE FUNCTION fv_is_relay(dev text) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT NOT (dev = ANY(fv_my_devices())) $$;

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

-- An office passes on an incarnation a laptop started offline: it verified the
-- incarnation's certificate (signed by the device's key) when it imported the
-- laptop's bundle, and registers it before relaying its operations.
CREATE FUNCTION fv_relay_incarnation(of_dev text, new_id text, key bytea) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    orig fv_device%ROWTYPE;
BEGIN
    IF NOT fv_is_office() THEN
        RAISE EXCEPTION 'fieldvisit: only an office relays incarnations' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO orig FROM fv_device
        WHERE id = (SELECT coalesce(incarnation_of, id) FROM fv_device WHERE id = of_dev)
          AND NOT revoked;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'fieldvisit: unknown or revoked device' USING ERRCODE = '42501';
    END IF;
    IF new_id !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
       OR key IS NULL OR length(key) <> 32 THEN
        RAISE EXCEPTION 'fieldvisit: malformed incarnation' USING ERRCODE = '22023';
    END IF;
    PERFORM 1 FROM fv_device WHERE id = orig.id FOR UPDATE;
    IF EXISTS (SELECT 1 FROM fv_device WHERE id = new_id) THEN
        IF EXISTS (SELECT 1 FROM fv_device WHERE id = new_id AND incarnation_of = orig.id
                   AND public_key = key) THEN
            RETURN;
        END IF;
        RAISE EXCEPTION 'fieldvisit: device id already in use' USING ERRCODE = '23505';
    END IF;
    IF EXISTS (SELECT 1 FROM fv_ops WHERE device_id = new_id) THEN
        RAISE EXCEPTION 'fieldvisit: operations exist under that id' USING ERRCODE = '42501';
    END IF;
    INSERT INTO fv_device (id, name, team_id, role, db_role, public_key, incarnation_of)
        VALUES (new_id, orig.name, orig.team_id, orig.role, orig.db_role, key, orig.id);
END
$$;

-- fv_head (hub migration 0002) needs no new version: it asks fv_may_write_as, widened
-- above, and marks last_seen on every row of the calling login.

DROP POLICY IF EXISTS fv_ops_append ON fv_ops;
-- The rule is fv_may_write_as; the cheap test for the common case (a device's own
-- operations, one initplan per statement) goes first, so the function runs per row
-- only for relayed operations.
CREATE POLICY fv_ops_append ON fv_ops FOR INSERT WITH CHECK (
    pushed_by = ANY((SELECT fv_my_devices())::text[])
    AND (device_id = ANY((SELECT fv_my_devices())::text[]) OR fv_may_write_as(device_id))
);
"""

TEAM_MOVES = r"""
ALTER TABLE fv_ops ADD COLUMN household_id text;
CREATE INDEX fv_ops_household ON fv_ops (household_id, pos) WHERE household_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS fv_ops_row ON fv_ops (entity, row_id);

CREATE TABLE fv_household_team (
    household_id text PRIMARY KEY,
    team_id text NOT NULL,
    set_by text NOT NULL,  -- sort key (hlc|device|seq) of the operation that set it
    merged_into text       -- a merged household follows the one it was merged into
);
CREATE INDEX fv_household_team_merged ON fv_household_team (merged_into)
    WHERE merged_into IS NOT NULL;
CREATE INDEX fv_household_team_team ON fv_household_team (team_id);
CREATE TABLE fv_team_backfill (
    pos bigint PRIMARY KEY,
    household_id text NOT NULL,
    team_id text NOT NULL,
    from_team text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fv_team_backfill_team ON fv_team_backfill (team_id, pos);

-- The position of a backfill marker: from the same numbering as operations, taken
-- while the inserting transaction holds the numbering (the trigger runs after the
-- operation's own position was assigned), so markers become visible in order too.
CREATE FUNCTION fv_backfill_position() RETURNS bigint LANGUAGE sql AS
$$ SELECT nextval('fv_ops_pos_seq') $$;

-- Which household an operation belongs to: its own row, the household_id it names
-- (the new one when an edit moves a member), or that of the visit, payment or
-- earlier operation on the same row.
CREATE FUNCTION fv_ops_household() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$
DECLARE
    f jsonb := NEW.payload -> 'fields';
    h jsonb;
BEGIN
    IF NEW.entity = 'household' THEN
        NEW.household_id := NEW.row_id;
        RETURN NEW;
    END IF;
    IF NEW.entity NOT IN ('member', 'visit', 'payment', 'need', 'photo', 'receipt_event') THEN
        RETURN NEW;
    END IF;
    h := f -> 'household_id';
    IF h IS NOT NULL AND jsonb_typeof(h) = 'array' THEN
        NEW.household_id := h ->> 1;
    ELSIF h IS NOT NULL AND jsonb_typeof(h) = 'string' THEN
        NEW.household_id := h #>> '{}';
    ELSIF f ? 'visit_id' THEN
        SELECT o.household_id INTO NEW.household_id FROM fv_ops o
            WHERE o.entity = 'visit' AND o.row_id = f ->> 'visit_id'
              AND o.household_id IS NOT NULL LIMIT 1;
    ELSIF f ? 'payment_id' THEN
        SELECT o.household_id INTO NEW.household_id FROM fv_ops o
            WHERE o.entity = 'payment' AND o.row_id = f ->> 'payment_id'
              AND o.household_id IS NOT NULL LIMIT 1;
    END IF;
    IF NEW.household_id IS NULL THEN
        SELECT o.household_id INTO NEW.household_id FROM fv_ops o
            WHERE o.entity = NEW.entity AND o.row_id = NEW.row_id
              AND o.household_id IS NOT NULL ORDER BY o.pos DESC LIMIT 1;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER fv_ops_household BEFORE INSERT ON fv_ops
    FOR EACH ROW EXECUTE FUNCTION fv_ops_household();

-- A household and every household merged into it, however indirectly.
CREATE FUNCTION fv_household_family(h text) RETURNS SETOF text LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS
$$
WITH RECURSIVE fam(id) AS (
    SELECT h
    UNION
    SELECT t.household_id FROM fv_household_team t JOIN fam ON t.merged_into = fam.id
)
SELECT id FROM fam
$$;

-- The team a household now belongs to: its own, or that of the one it was merged into.
CREATE FUNCTION fv_household_current_team(h text) RETURNS text LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS
$$
WITH RECURSIVE up(id, team, parent, depth) AS (
    SELECT household_id, team_id, merged_into, 0 FROM fv_household_team WHERE household_id = h
    UNION ALL
    SELECT t.household_id, t.team_id, t.merged_into, up.depth + 1
    FROM fv_household_team t JOIN up ON t.household_id = up.parent WHERE up.depth < 50
)
SELECT team FROM up ORDER BY depth DESC LIMIT 1
$$;

-- Follow each household's team: its create, then team edits in clock order (an
-- older edit arriving late changes nothing). A change appends a backfill marker.
-- A merge makes the merged household follow the survivor (and, when their teams
-- differ, the survivor's team gets the merged household's history).
CREATE FUNCTION fv_ops_follow_team() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$
DECLARE
    f jsonb := NEW.payload -> 'fields';
    t jsonb := f -> 'team_id';
    team text;
    key text := NEW.hlc || '|' || NEW.device_id || '|' || lpad(NEW.seq::text, 10, '0');
    cur fv_household_team%ROWTYPE;
    before_team text;
    after_team text;
    writer fv_device%ROWTYPE;
BEGIN
    -- Only an office, or a laptop of the household's current team, moves it (a move
    -- decides who may read its history): another team's laptop that knows a
    -- household's id cannot pull it into its own team by editing or merging it.
    SELECT * INTO writer FROM fv_device WHERE id = NEW.device_id;
    IF NEW.kind = 'merge' THEN
        before_team := coalesce(fv_household_current_team(NEW.row_id), NEW.team_id);
        IF writer.role IS DISTINCT FROM 'office' AND writer.team_id IS DISTINCT FROM before_team
        THEN
            RETURN NULL;
        END IF;
        INSERT INTO fv_household_team (household_id, team_id, set_by, merged_into)
            VALUES (NEW.row_id, coalesce(before_team, ''), '', NEW.payload ->> 'into')
            ON CONFLICT (household_id) DO UPDATE SET merged_into = EXCLUDED.merged_into;
        after_team := fv_household_current_team(NEW.row_id);
        IF after_team IS NOT NULL AND after_team IS DISTINCT FROM before_team THEN
            INSERT INTO fv_team_backfill (pos, household_id, team_id, from_team)
                VALUES (fv_backfill_position(), NEW.row_id, after_team, before_team);
        END IF;
        RETURN NULL;
    END IF;
    IF t IS NULL OR jsonb_typeof(t) = 'null' THEN
        RETURN NULL;
    END IF;
    team := CASE WHEN jsonb_typeof(t) = 'array' THEN t ->> 1 ELSE t #>> '{}' END;
    IF team IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT * INTO cur FROM fv_household_team WHERE household_id = NEW.row_id FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO fv_household_team VALUES (NEW.row_id, team, key);
        IF NEW.team_id IS DISTINCT FROM team THEN  -- created for a team other than its ops'
            INSERT INTO fv_team_backfill (pos, household_id, team_id, from_team)
                VALUES (fv_backfill_position(), NEW.row_id, team, NEW.team_id);
        END IF;
    ELSIF key > cur.set_by AND team <> cur.team_id
          AND writer.role IS DISTINCT FROM 'office'
          AND writer.team_id IS DISTINCT FROM fv_household_current_team(NEW.row_id) THEN
        RETURN NULL;  -- not this writer's household to move (see above)
    ELSIF key > cur.set_by AND team <> cur.team_id THEN
        UPDATE fv_household_team SET team_id = team, set_by = key
            WHERE household_id = NEW.row_id;
        INSERT INTO fv_team_backfill (pos, household_id, team_id, from_team)
            VALUES (fv_backfill_position(), NEW.row_id, team, cur.team_id);
    ELSIF key > cur.set_by THEN
        UPDATE fv_household_team SET set_by = key WHERE household_id = NEW.row_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER fv_ops_follow_team AFTER INSERT ON fv_ops
    FOR EACH ROW WHEN (NEW.entity = 'household'
                       AND (NEW.payload -> 'fields' ? 'team_id' OR NEW.kind = 'merge'))
    EXECUTE FUNCTION fv_ops_follow_team();

-- Households already on the hub: their current team by their latest team-setting op.
INSERT INTO fv_household_team (household_id, team_id, set_by)
SELECT DISTINCT ON (row_id) row_id,
       CASE WHEN jsonb_typeof(payload -> 'fields' -> 'team_id') = 'array'
            THEN payload -> 'fields' -> 'team_id' ->> 1
            ELSE payload -> 'fields' ->> 'team_id' END,
       hlc || '|' || device_id || '|' || lpad(seq::text, 10, '0')
FROM fv_ops
WHERE entity = 'household' AND payload -> 'fields' ? 'team_id'
ORDER BY row_id, hlc DESC, device_id DESC, seq DESC;
DELETE FROM fv_household_team WHERE team_id IS NULL;
UPDATE fv_household_team t SET merged_into = o.payload ->> 'into' FROM fv_ops o
    WHERE o.entity = 'household' AND o.kind = 'merge' AND o.row_id = t.household_id;
UPDATE fv_ops SET household_id = row_id WHERE entity = 'household';
UPDATE fv_ops SET household_id = CASE
        WHEN jsonb_typeof(payload -> 'fields' -> 'household_id') = 'array'
        THEN payload -> 'fields' -> 'household_id' ->> 1
        ELSE payload -> 'fields' ->> 'household_id' END
    WHERE entity IN ('member', 'visit', 'payment', 'need') AND payload -> 'fields' ? 'household_id';
UPDATE fv_ops o SET household_id = p.household_id FROM fv_ops p
    WHERE o.entity = 'receipt_event' AND p.entity = 'payment'
      AND p.row_id = o.payload -> 'fields' ->> 'payment_id' AND p.household_id IS NOT NULL;
UPDATE fv_ops o SET household_id = v.household_id FROM fv_ops v
    WHERE o.entity = 'photo' AND v.entity = 'visit'
      AND v.row_id = o.payload -> 'fields' ->> 'visit_id' AND v.household_id IS NOT NULL;
UPDATE fv_ops o SET household_id = c.household_id
    FROM (SELECT DISTINCT ON (entity, row_id) entity, row_id, household_id FROM fv_ops
          WHERE household_id IS NOT NULL ORDER BY entity, row_id, pos DESC) c
    WHERE o.household_id IS NULL AND o.entity IN ('member', 'need')
      AND c.entity = o.entity AND c.row_id = o.row_id;

-- The households now in the caller's team (the read policy's team-move clause).
CREATE FUNCTION fv_team_households() RETURNS SETOF text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS
$$
WITH RECURSIVE mine(id) AS (
    SELECT household_id FROM fv_household_team
    WHERE team_id = fv_my_team() AND merged_into IS NULL
    UNION
    SELECT t.household_id FROM fv_household_team t JOIN mine ON t.merged_into = mine.id
)
SELECT id FROM mine
$$;

ALTER TABLE fv_household_team ENABLE ROW LEVEL SECURITY;
ALTER TABLE fv_team_backfill ENABLE ROW LEVEL SECURITY;
CREATE POLICY fv_team_backfill_read ON fv_team_backfill FOR SELECT USING (
    team_id = (SELECT fv_my_team())
);
"""

# A team reads global operations, its own, its devices' own, and every operation of
# a household now in the team (team moves); an office reads everything.
READ_POLICY = r"""
DROP POLICY IF EXISTS fv_ops_read ON fv_ops;
CREATE POLICY fv_ops_read ON fv_ops FOR SELECT USING (
    (SELECT fv_my_device()) IS NOT NULL AND (
        team_id IS NULL
        OR team_id = (SELECT fv_my_team())
        OR device_id = ANY((SELECT fv_my_devices())::text[])
        OR (SELECT fv_is_office())
        OR household_id IN (SELECT fv_team_households())
    )
);
"""


def upgrade() -> None:
    op.execute(INCARNATIONS)
    op.execute(TEAM_MOVES)
    op.execute(READ_POLICY)


def downgrade() -> None:
    raise NotImplementedError("the hub is never downgraded; restore a backup instead")
