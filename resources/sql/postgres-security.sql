-- SPDX-License-Identifier: GPL-3.0-or-later
-- Karier ASN, PostgreSQL only: the server decides who may read and change what (migration 8).
--
-- Run by the schema's owner (karier-cli init) inside the migration's transaction. The owner owns the
-- tables and the SECURITY DEFINER functions below; it is never stored on a workstation. People log in
-- with their own LOGIN role "k" + NIP (created by karier_set_login, below), a member of exactly one
-- NOLOGIN group role: karier_asn, karier_pengelola or karier_admin. Identity is session_user (SET ROLE
-- changes current_user only); the account's role counts only once the connection holds a session
-- token issued by karier_otp_verify (Pengelola and Admin): without it, a Pengelola or Admin is an ASN.

CREATE EXTENSION IF NOT EXISTS pgcrypto SCHEMA public;

-- Group roles are cluster-wide: another database of the same cluster may have made them already,
-- possibly at this very moment.
DO $roles$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['karier_asn', 'karier_pengelola', 'karier_admin'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END LOOP;
END
$roles$;

-- Nobody but the owner creates objects or temporary tables here (no search_path or pg_temp tricks).
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO karier_asn, karier_pengelola, karier_admin;
DO $db$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    -- Short queries only: the planner's cost of a policy's per-row check passes jit_above_cost, and
    -- compiling took 20 ms of a 25 ms filter change (karier-bench approval_pg). New connections only.
    EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO karier_asn, karier_pengelola, karier_admin',
        current_database());
END
$db$;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- Session tokens: issued when the one-time code was right, presented by the app's connections in
-- the setting karier.session. Only the token's SHA-256 is kept; no application role reads this table.
CREATE TABLE karier_sessions (
    token_sha256 TEXT PRIMARY KEY,
    nip TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX karier_sessions_nip ON karier_sessions(nip);

-- ---------------------------------------------------------------------------------------------
-- Who is asking
-- ---------------------------------------------------------------------------------------------

-- The NIP of the person logged in, or NULL for any role that is not a person's (the owner). Plain SQL
-- with built-ins only and no SET clause, so the planner inlines it where it is used.
CREATE FUNCTION karier_nip() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN session_user::text ~ '^k[0-9]{18}$' THEN substr(session_user::text, 2) END $$;

-- The account's role as it counts for this connection: 'asn', 'pengelola', 'admin', or NULL (no
-- active account). A Pengelola or Admin without a valid session token counts as an ASN.
-- The helpers below are PL/pgSQL, not SQL: a definer SQL function is planned again at every call, and
-- the policies call them in every statement (approve 1000 as an Admin: 2.5 s with SQL, see README).
CREATE FUNCTION karier_role() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ BEGIN RETURN (
    SELECT CASE
        WHEN a.role = 'asn' THEN 'asn'
        WHEN EXISTS (SELECT 1 FROM karier_sessions s
                     WHERE s.token_sha256 = encode(sha256(convert_to(
                               COALESCE(current_setting('karier.session', true), ''), 'UTF8')), 'hex')
                       AND s.nip = e.nip AND s.expires_at > CURRENT_TIMESTAMP) THEN a.role
        ELSE 'asn' END
    FROM accounts a JOIN employees e ON e.id = a.employee_id
    WHERE e.nip = karier_nip() AND a.active);
END $$;

-- The caller's own employee id (NULL for the owner).
CREATE FUNCTION karier_my_employee() RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ BEGIN RETURN (SELECT id FROM employees WHERE nip = karier_nip()); END $$;

-- The units whose staff the caller oversees: for a Pengelola (with the code) the Perangkat Daerah
-- they manage and its Satker; empty for everyone else.
CREATE FUNCTION karier_my_units() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ BEGIN RETURN (
    SELECT COALESCE(array_agg(u.id), '{}')
    FROM accounts a JOIN employees e ON e.id = a.employee_id
    JOIN org_units u ON u.id = a.managed_unit_id OR u.parent_id = a.managed_unit_id
    WHERE e.nip = karier_nip() AND a.active AND a.role = 'pengelola' AND karier_role() = 'pengelola');
END $$;

-- The units whose names the caller may read: their own unit and its Induk Satker, and what they oversee.
CREATE FUNCTION karier_visible_units() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ BEGIN RETURN (
    SELECT COALESCE(array_agg(DISTINCT x), '{}') FROM (
        SELECT u.id AS x FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.nip = karier_nip()
        UNION ALL
        SELECT u.parent_id FROM employees e JOIN org_units u ON u.id = e.unit_id
        WHERE e.nip = karier_nip() AND u.parent_id IS NOT NULL
        UNION ALL
        SELECT unnest(karier_my_units())
    ) v WHERE x IS NOT NULL);
END $$;

-- The employees whose names anyone may read: those who verify (their names are shown on decisions).
CREATE FUNCTION karier_verifier_employees() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ BEGIN RETURN (
    SELECT COALESCE(array_agg(employee_id), '{}') FROM accounts WHERE role IN ('pengelola', 'admin'));
END $$;

-- ---------------------------------------------------------------------------------------------
-- Row-level security: every table, FORCEd, so that the rules hold for every role that is not given a
-- policy; the owner (migrations, init, demo, these functions) has its own maintenance policy.
-- ---------------------------------------------------------------------------------------------

DO $force$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['org_units', 'employees', 'accounts', 'login_throttle', 'audit_log',
        'app_settings', 'documents', 'document_blobs', 'records', 'dms_rows', 'dms_scores',
        'schema_migrations', 'karier_sessions'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY owner_maintenance ON %I TO %I USING (true) WITH CHECK (true)', t,
            current_user);
    END LOOP;
END
$force$;

-- Reference data everyone reads.
GRANT SELECT ON schema_migrations, app_settings TO karier_asn, karier_pengelola, karier_admin;
CREATE POLICY read_all ON schema_migrations FOR SELECT USING (true);
CREATE POLICY read_all ON app_settings FOR SELECT USING (true);
GRANT INSERT, UPDATE ON app_settings TO karier_admin;
CREATE POLICY admin_insert ON app_settings FOR INSERT WITH CHECK ((SELECT karier_role() = 'admin'));
CREATE POLICY admin_update ON app_settings FOR UPDATE
    USING ((SELECT karier_role() = 'admin')) WITH CHECK ((SELECT karier_role() = 'admin'));

-- Units: names of one's own unit and Induk Satker, what one oversees; all for an Admin.
GRANT SELECT ON org_units TO karier_asn, karier_pengelola, karier_admin;
GRANT INSERT, UPDATE ON org_units TO karier_admin;
CREATE POLICY read_scope ON org_units FOR SELECT
    USING ((SELECT karier_role() = 'admin') OR id = ANY ((SELECT karier_visible_units())::bigint[]));
CREATE POLICY admin_insert ON org_units FOR INSERT WITH CHECK ((SELECT karier_role() = 'admin'));
CREATE POLICY admin_update ON org_units FOR UPDATE
    USING ((SELECT karier_role() = 'admin')) WITH CHECK ((SELECT karier_role() = 'admin'));

-- Employees: oneself, one's Perangkat Daerah (Pengelola), everyone (Admin); verifiers' names for all.
GRANT SELECT ON employees TO karier_asn, karier_pengelola, karier_admin;
GRANT INSERT, UPDATE ON employees TO karier_admin;
-- Read policies are per group (TO …): a query sees only its own group's condition, so an Admin's plans
-- carry no Pengelola check the planner would cost for every row (and every one still asks karier_role(),
-- so a group out of step with the account's role gives nothing more).
CREATE POLICY read_asn ON employees FOR SELECT TO karier_asn
    USING (nip = (SELECT karier_nip()) OR id = ANY ((SELECT karier_verifier_employees())::bigint[]));
CREATE POLICY read_pengelola ON employees FOR SELECT TO karier_pengelola
    USING (nip = (SELECT karier_nip())
        OR unit_id = ANY ((SELECT karier_my_units())::bigint[])
        OR id = ANY ((SELECT karier_verifier_employees())::bigint[]));
CREATE POLICY read_admin ON employees FOR SELECT TO karier_admin
    USING ((SELECT karier_role() = 'admin')
        OR nip = (SELECT karier_nip())
        OR id = ANY ((SELECT karier_verifier_employees())::bigint[]));
CREATE POLICY admin_insert ON employees FOR INSERT WITH CHECK ((SELECT karier_role() = 'admin'));
CREATE POLICY admin_update ON employees FOR UPDATE
    USING ((SELECT karier_role() = 'admin')) WITH CHECK ((SELECT karier_role() = 'admin'));

-- Accounts: never the password hash or the one-time-code secret; one's own row, all rows for an Admin.
-- Every change goes through the functions below, except the mark of one's last visit.
GRANT SELECT (id, employee_id, role, managed_unit_id, otp_enabled, active, version, created_at,
    updated_at, last_visit_at) ON accounts TO karier_asn, karier_pengelola, karier_admin;
GRANT UPDATE (last_visit_at) ON accounts TO karier_asn, karier_pengelola, karier_admin;
CREATE POLICY read_scope ON accounts FOR SELECT
    USING ((SELECT karier_role() = 'admin') OR employee_id = (SELECT karier_my_employee()));
CREATE POLICY own_visit ON accounts FOR UPDATE
    USING (employee_id = (SELECT karier_my_employee()))
    WITH CHECK (employee_id = (SELECT karier_my_employee()));

-- login_throttle and karier_sessions: no grants at all (functions only).

-- Records: one's own; Tim Kerja of one's Perangkat Daerah (Pengelola); everything (Admin).
-- The Pengelola's staff are tested per row (EXISTS), not as "employee_id IN (SELECT …)": the planner
-- charges the hash of such a subquery to every probe of an index, and then read all 100,000 records
-- for an Admin's page of 50 (120 ms instead of 1 ms, karier-bench approval_pg).
GRANT SELECT, INSERT, UPDATE, DELETE ON records TO karier_asn, karier_pengelola, karier_admin;
CREATE POLICY read_asn ON records FOR SELECT TO karier_asn
    USING (employee_id = (SELECT karier_my_employee()));
CREATE POLICY read_pengelola ON records FOR SELECT TO karier_pengelola
    USING (employee_id = (SELECT karier_my_employee())
        OR (record_type = 'timkerja' AND cardinality((SELECT karier_my_units())) > 0
            AND EXISTS (SELECT 1 FROM employees s WHERE s.id = records.employee_id
                AND s.unit_id = ANY ((SELECT karier_my_units())::bigint[]))));
CREATE POLICY read_admin ON records FOR SELECT TO karier_admin
    USING ((SELECT karier_role() = 'admin') OR employee_id = (SELECT karier_my_employee()));
-- New rows: one's own draft or submission; an Admin's batch entry of a decision for somebody else.
CREATE POLICY insert_own ON records FOR INSERT
    WITH CHECK (employee_id = (SELECT karier_my_employee()) AND status IN ('draf', 'diajukan')
        AND decided_by_nip IS NULL AND decided_at IS NULL);
CREATE POLICY insert_batch ON records FOR INSERT
    WITH CHECK ((SELECT karier_role() = 'admin') AND employee_id <> (SELECT karier_my_employee())
        AND record_type <> 'timkerja' AND status = 'disetujui' AND decided_by_nip = (SELECT karier_nip()));
-- Changes: the owner's while not decided; a verifier's on what they may verify (the trigger below
-- decides which columns and which transitions).
CREATE POLICY update_own ON records FOR UPDATE
    USING (employee_id = (SELECT karier_my_employee()) AND status IN ('draf', 'diajukan', 'perlu_perbaikan'))
    WITH CHECK (employee_id = (SELECT karier_my_employee()) AND status IN ('draf', 'diajukan'));
CREATE POLICY update_verify_pengelola ON records FOR UPDATE TO karier_pengelola
    USING (employee_id <> (SELECT karier_my_employee())
        AND record_type = 'timkerja' AND EXISTS (SELECT 1 FROM employees s WHERE s.id = records.employee_id
            AND s.unit_id = ANY ((SELECT karier_my_units())::bigint[])))
    WITH CHECK (employee_id <> (SELECT karier_my_employee()));
CREATE POLICY update_verify_admin ON records FOR UPDATE TO karier_admin
    USING (employee_id <> (SELECT karier_my_employee()) AND (SELECT karier_role() = 'admin'))
    WITH CHECK (employee_id <> (SELECT karier_my_employee()));
CREATE POLICY delete_own ON records FOR DELETE
    USING (employee_id = (SELECT karier_my_employee()) AND status <> 'disetujui');

-- What a person's change of a record may be, whatever the policies let through.
CREATE FUNCTION karier_records_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp
AS $$
DECLARE
    me text := karier_nip();
BEGIN
    IF me IS NULL THEN
        RETURN NEW; -- the owner: migrations, init, demo
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status = 'disetujui' THEN
            NEW.decided_at := CURRENT_TIMESTAMP;
        END IF;
        NEW.created_at := CURRENT_TIMESTAMP;
        NEW.updated_at := CURRENT_TIMESTAMP;
        RETURN NEW;
    END IF;
    IF NEW.employee_id IS DISTINCT FROM OLD.employee_id OR NEW.record_type IS DISTINCT FROM OLD.record_type
        OR NEW.id IS DISTINCT FROM OLD.id OR NEW.created_at IS DISTINCT FROM OLD.created_at
        OR NEW.kode_kegiatan IS DISTINCT FROM OLD.kode_kegiatan THEN
        RAISE EXCEPTION 'Pemilik, jenis, dan kode sebuah riwayat tidak dapat diubah.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.employee_id = karier_my_employee() THEN
        -- The owner edits and (re)submits; the decision columns are the verifier's.
        IF NEW.decided_by_nip IS DISTINCT FROM OLD.decided_by_nip
            OR NEW.decided_at IS DISTINCT FROM OLD.decided_at OR NEW.note IS DISTINCT FROM OLD.note THEN
            RAISE EXCEPTION 'Keputusan verifikasi hanya dibuat oleh verifikator.'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.status = 'diajukan' AND OLD.status <> 'diajukan' THEN
            NEW.submitted_at := CURRENT_TIMESTAMP;
        END IF;
        NEW.updated_at := CURRENT_TIMESTAMP;
        RETURN NEW;
    END IF;
    -- A verifier: the content stays as the owner sent it.
    IF NEW.fields IS DISTINCT FROM OLD.fields OR NEW.title IS DISTINCT FROM OLD.title
        OR NEW.number IS DISTINCT FROM OLD.number OR NEW.start_date IS DISTINCT FROM OLD.start_date
        OR NEW.end_date IS DISTINCT FROM OLD.end_date OR NEW.hours IS DISTINCT FROM OLD.hours
        OR NEW.document_id IS DISTINCT FROM OLD.document_id OR NEW.link_url IS DISTINCT FROM OLD.link_url
        OR NEW.submitted_at IS DISTINCT FROM OLD.submitted_at THEN
        RAISE EXCEPTION 'Verifikator tidak mengubah isi usulan.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        IF OLD.status <> 'diajukan' OR NEW.status NOT IN ('disetujui', 'perlu_perbaikan', 'ditolak') THEN
            RAISE EXCEPTION 'Hanya usulan yang diajukan yang dapat diputuskan.'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.decided_by_nip := me;
        NEW.decided_at := CURRENT_TIMESTAMP;
    ELSIF NEW.decided_by_nip IS DISTINCT FROM OLD.decided_by_nip
        OR NEW.decided_at IS DISTINCT FROM OLD.decided_at OR NEW.note IS DISTINCT FROM OLD.note THEN
        RAISE EXCEPTION 'Keputusan hanya berubah bersama statusnya.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.updated_at := CURRENT_TIMESTAMP;
    RETURN NEW;
END
$$;
CREATE TRIGGER records_guard BEFORE INSERT OR UPDATE ON records
    FOR EACH ROW EXECUTE FUNCTION karier_records_guard();

-- Documents: those of records one may read, and one's own uploads.
GRANT SELECT, INSERT, DELETE ON documents TO karier_asn, karier_pengelola, karier_admin;
GRANT SELECT, INSERT ON document_blobs TO karier_asn, karier_pengelola, karier_admin;
CREATE POLICY read_scope ON documents FOR SELECT
    USING (created_by_nip = (SELECT karier_nip())
        OR EXISTS (SELECT 1 FROM records r WHERE r.document_id = documents.id));
CREATE POLICY insert_own ON documents FOR INSERT WITH CHECK (created_by_nip = (SELECT karier_nip()));
CREATE POLICY delete_own ON documents FOR DELETE USING (created_by_nip = (SELECT karier_nip()));
CREATE POLICY read_scope ON document_blobs FOR SELECT
    USING (EXISTS (SELECT 1 FROM documents d WHERE d.id = document_blobs.document_id));
CREATE POLICY insert_own ON document_blobs FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM documents d WHERE d.id = document_blobs.document_id
        AND d.created_by_nip = (SELECT karier_nip())));

-- Arsip DMS: rows and scores of oneself, one's Perangkat Daerah, everyone (Admin); imports and scores
-- by an Admin; the owner links an upload to their own row.
GRANT SELECT ON dms_rows, dms_scores TO karier_asn, karier_pengelola, karier_admin;
GRANT INSERT, UPDATE ON dms_rows, dms_scores TO karier_admin;
GRANT UPDATE (record_id) ON dms_rows TO karier_asn, karier_pengelola;
CREATE POLICY read_scope ON dms_rows FOR SELECT
    USING ((SELECT karier_role() = 'admin') OR employee_id = (SELECT karier_my_employee())
        OR EXISTS (SELECT 1 FROM employees s WHERE s.id = dms_rows.employee_id
                AND s.unit_id = ANY ((SELECT karier_my_units())::bigint[])));
CREATE POLICY admin_insert ON dms_rows FOR INSERT WITH CHECK ((SELECT karier_role() = 'admin'));
CREATE POLICY update_scope ON dms_rows FOR UPDATE
    USING ((SELECT karier_role() = 'admin') OR employee_id = (SELECT karier_my_employee()))
    WITH CHECK ((SELECT karier_role() = 'admin') OR employee_id = (SELECT karier_my_employee()));
CREATE POLICY read_scope ON dms_scores FOR SELECT
    USING ((SELECT karier_role() = 'admin') OR employee_id = (SELECT karier_my_employee())
        OR EXISTS (SELECT 1 FROM employees s WHERE s.id = dms_scores.employee_id
                AND s.unit_id = ANY ((SELECT karier_my_units())::bigint[])));
CREATE POLICY admin_insert ON dms_scores FOR INSERT WITH CHECK ((SELECT karier_role() = 'admin'));
CREATE POLICY admin_update ON dms_scores FOR UPDATE
    USING ((SELECT karier_role() = 'admin')) WITH CHECK ((SELECT karier_role() = 'admin'));

GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO karier_asn, karier_pengelola, karier_admin;

-- Audit: read by an Admin, by the actor, and about records one may read (entity = the record's type);
-- written only by karier_audit.
GRANT SELECT ON audit_log TO karier_asn, karier_pengelola, karier_admin;
CREATE POLICY read_scope ON audit_log FOR SELECT
    USING ((SELECT karier_role() = 'admin') OR actor_nip = (SELECT karier_nip())
        OR EXISTS (SELECT 1 FROM records r WHERE r.record_type = audit_log.entity
                   AND r.id = CASE WHEN audit_log.entity_id ~ '^[0-9]{1,18}$'
                                   THEN audit_log.entity_id::bigint END));

-- One audit entry. The actor is the person logged in and the time the server's; only the owner (no
-- person) names an actor and a time itself (karier-cli init, demo).
CREATE FUNCTION karier_audit(p_at timestamptz, p_actor text, p_action text, p_entity text,
    p_entity_id text, p_from text, p_to text, p_note text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    me text := karier_nip();
BEGIN
    IF me IS NOT NULL AND karier_role() IS NULL THEN
        RAISE EXCEPTION 'Akun tidak aktif.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO audit_log (at, actor_nip, action, entity, entity_id, from_state, to_state, note)
    VALUES (CASE WHEN me IS NULL THEN COALESCE(p_at, CURRENT_TIMESTAMP) ELSE CURRENT_TIMESTAMP END,
            CASE WHEN me IS NULL THEN p_actor ELSE me END, p_action, p_entity, p_entity_id, p_from, p_to,
            p_note);
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Login roles and the one-time code
-- ---------------------------------------------------------------------------------------------

-- Creates or updates the LOGIN role of the account with NIP p_nip: its password (a SCRAM-SHA-256
-- verifier made by the program, so the password itself never reaches the server) and its group.
-- Allowed for the owner, for an Admin (with the code), and for oneself (password only).
CREATE FUNCTION karier_set_login(p_nip text, p_scram text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    me text := karier_nip();
    account_role text;
    login text := 'k' || p_nip;
    existing record;
    other text;
BEGIN
    IF p_nip IS NULL OR p_nip !~ '^[0-9]{18}$' THEN
        RAISE EXCEPTION 'NIP tidak sah.' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_scram IS NOT NULL
        AND p_scram !~ '^SCRAM-SHA-256\$[0-9]{4,6}:[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$' THEN
        RAISE EXCEPTION 'Verifier kata sandi tidak sah.' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF me IS NOT NULL AND karier_role() IS DISTINCT FROM 'admin' AND me <> p_nip THEN
        RAISE EXCEPTION 'Hanya Admin BKPSDM yang mengatur akun orang lain.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT a.role INTO account_role FROM accounts a JOIN employees e ON e.id = a.employee_id
    WHERE e.nip = p_nip;
    IF account_role IS NULL THEN
        RAISE EXCEPTION 'Akun % tidak ada.', p_nip USING ERRCODE = 'no_data_found';
    END IF;
    -- Roles are cluster-wide: another database of the cluster may change the same role at this moment
    -- ("tuple concurrently updated", or a CREATE that lost the race); such a clash is tried again.
    FOR attempt IN 1 .. 5 LOOP
        BEGIN
            SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication INTO existing
            FROM pg_roles WHERE rolname = login;
            IF FOUND THEN
                IF existing.rolsuper OR existing.rolcreaterole OR existing.rolcreatedb OR existing.rolbypassrls
                    OR existing.rolreplication THEN
                    RAISE EXCEPTION 'Peran % memiliki hak khusus; tidak diubah.', login
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF p_scram IS NOT NULL THEN
                    EXECUTE format('ALTER ROLE %I WITH LOGIN PASSWORD %L', login, p_scram);
                END IF;
            ELSE
                EXECUTE format('CREATE ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION '
                    'NOBYPASSRLS INHERIT PASSWORD %L', login, p_scram);
            END IF;
            IF me IS NULL OR me <> p_nip THEN
                -- The group follows the account's role; only the owner or an Admin moves it. Only what
                -- changes is granted or revoked (the server warns about the rest).
                FOR other IN SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                             JOIN pg_roles r ON r.oid = m.member
                             WHERE r.rolname = login
                               AND g.rolname IN ('karier_asn', 'karier_pengelola', 'karier_admin')
                               AND g.rolname <> 'karier_' || account_role LOOP
                    EXECUTE format('REVOKE %I FROM %I', other, login);
                END LOOP;
                IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                               JOIN pg_roles r ON r.oid = m.member
                               WHERE r.rolname = login AND g.rolname = 'karier_' || account_role) THEN
                    EXECUTE format('GRANT %I TO %I', 'karier_' || account_role, login);
                END IF;
            END IF;
            RETURN;
        EXCEPTION WHEN duplicate_object OR unique_violation OR internal_error THEN
            IF attempt = 5 THEN
                RAISE;
            END IF;
            PERFORM pg_sleep(0.02 * attempt);
        END;
    END LOOP;
END
$$;
-- The bytes of a Base32 secret (RFC 4648, as Totp makes them); NULL for a character outside the alphabet.
CREATE FUNCTION karier_base32_decode(p text) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    alphabet constant text := 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    clean text := upper(regexp_replace(p, '[\s=-]', '', 'g'));
    bits bigint := 0;
    nbits int := 0;
    out bytea := '\x';
    v int;
BEGIN
    FOR i IN 1 .. length(clean) LOOP
        v := strpos(alphabet, substr(clean, i, 1)) - 1;
        IF v < 0 THEN
            RETURN NULL;
        END IF;
        bits := (bits << 5) | v;
        nbits := nbits + 5;
        IF nbits >= 8 THEN
            out := out || set_byte('\x00'::bytea, 0, ((bits >> (nbits - 8)) & 255)::int);
            nbits := nbits - 8;
            bits := bits & ((1::bigint << nbits) - 1);
        END IF;
    END LOOP;
    RETURN out;
END
$$;

-- RFC 6238 code (6 digits, 30 s steps, HMAC-SHA1) of p_secret at p_step.
CREATE FUNCTION karier_totp(p_secret bytea, p_step bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = public, pg_catalog, pg_temp
AS $$
DECLARE
    mac bytea := hmac(int8send(p_step), p_secret, 'sha1');
    off int := get_byte(mac, 19) & 15;
    code bigint;
BEGIN
    code := ((get_byte(mac, off) & 127)::bigint << 24) | (get_byte(mac, off + 1)::bigint << 16)
        | (get_byte(mac, off + 2)::bigint << 8) | get_byte(mac, off + 3)::bigint;
    RETURN lpad((code % 1000000)::text, 6, '0');
END
$$;

-- Checks the caller's one-time code (a step after the last one accepted, ±1 step) and, when right,
-- issues a session token for this login (12 hours), sets it on this connection and returns it for the
-- app's other connections. Every attempt is counted before the check (login_throttle, key "otp:NIP"):
-- 5 free failures, then waits of 30 s doubling up to 15 minutes. Enrols a secret set by
-- karier_otp_enrol. NULL when the code is wrong or a wait runs.
CREATE FUNCTION karier_otp_verify(p_code text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    me text := karier_nip();
    acc record;
    key bytea;
    step bigint := floor(extract(epoch FROM clock_timestamp()) / 30)::bigint;
    accepted bigint;
    failures int;
    token text;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'Hanya untuk login pegawai.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT a.id, a.otp_secret, a.otp_last_step INTO acc FROM accounts a JOIN employees e ON e.id = a.employee_id
    WHERE e.nip = me AND a.active;
    IF NOT FOUND OR acc.otp_secret IS NULL THEN
        RETURN NULL;
    END IF;
    -- Counted first: a wait running means no check at all.
    INSERT INTO login_throttle AS t (nip, failed_count, first_failed_at, last_failed_at)
    VALUES ('otp:' || me, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
    ON CONFLICT (nip) DO UPDATE
        SET failed_count = CASE WHEN t.last_failed_at < CURRENT_TIMESTAMP - interval '24 hours' THEN 1
                                ELSE t.failed_count + 1 END,
            last_failed_at = CURRENT_TIMESTAMP
        WHERE t.locked_until IS NULL OR t.locked_until <= CURRENT_TIMESTAMP
    RETURNING failed_count INTO failures;
    IF failures IS NULL THEN
        RETURN NULL;
    END IF;
    IF failures > 5 THEN
        UPDATE login_throttle SET locked_until = CURRENT_TIMESTAMP
            + LEAST(interval '15 minutes', interval '30 seconds' * power(2, LEAST(failures - 6, 10)))
        WHERE nip = 'otp:' || me;
    END IF;
    key := karier_base32_decode(acc.otp_secret);
    IF key IS NULL OR p_code IS NULL OR p_code !~ '^[0-9]{6}$' THEN
        RETURN NULL;
    END IF;
    FOR s IN step - 1 .. step + 1 LOOP
        IF s > acc.otp_last_step AND karier_totp(key, s) = p_code THEN
            accepted := s;
        END IF;
    END LOOP;
    IF accepted IS NULL THEN
        RETURN NULL;
    END IF;
    UPDATE accounts SET otp_last_step = accepted, otp_enabled = TRUE
    WHERE id = acc.id AND otp_last_step < accepted;
    IF NOT FOUND THEN
        RETURN NULL; -- the same code, used at the same moment elsewhere
    END IF;
    DELETE FROM login_throttle WHERE nip = 'otp:' || me;
    DELETE FROM karier_sessions WHERE expires_at < CURRENT_TIMESTAMP;
    token := encode(gen_random_bytes(32), 'hex');
    INSERT INTO karier_sessions (token_sha256, nip, expires_at)
    VALUES (encode(sha256(convert_to(token, 'UTF8')), 'hex'), me, CURRENT_TIMESTAMP + interval '12 hours');
    PERFORM set_config('karier.session', token, false);
    RETURN token;
END
$$;

-- Starts enrolment of the caller's one-time code when none is enabled: a new secret, returned once so
-- the app can show it as a QR code; karier_otp_verify with a right code enables it.
CREATE FUNCTION karier_otp_enrol() RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    me text := karier_nip();
    alphabet constant text := 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    raw bytea := gen_random_bytes(20);
    secret text := '';
    bits bigint := 0;
    nbits int := 0;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'Hanya untuk login pegawai.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    FOR i IN 0 .. 19 LOOP
        bits := (bits << 8) | get_byte(raw, i);
        nbits := nbits + 8;
        WHILE nbits >= 5 LOOP
            secret := secret || substr(alphabet, ((bits >> (nbits - 5)) & 31)::int + 1, 1);
            nbits := nbits - 5;
            bits := bits & ((1::bigint << nbits) - 1);
        END LOOP;
    END LOOP;
    UPDATE accounts a SET otp_secret = secret, otp_last_step = 0
    FROM employees e WHERE e.id = a.employee_id AND e.nip = me AND a.active AND NOT a.otp_enabled;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    RETURN secret;
END
$$;

-- Joins this connection to a session token the same login already holds (the app's other connections).
CREATE FUNCTION karier_session_join(p_token text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM karier_sessions WHERE nip = karier_nip() AND expires_at > CURRENT_TIMESTAMP
                   AND token_sha256 = encode(sha256(convert_to(COALESCE(p_token, ''), 'UTF8')), 'hex')) THEN
        RETURN FALSE;
    END IF;
    PERFORM set_config('karier.session', p_token, false);
    RETURN TRUE;
END
$$;

-- Ends the caller's sessions (Keluar).
CREATE FUNCTION karier_session_end() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp
AS $$ DELETE FROM karier_sessions WHERE nip = karier_nip() $$;

GRANT EXECUTE ON FUNCTION karier_nip(), karier_role(), karier_my_employee(), karier_my_units(),
    karier_visible_units(), karier_verifier_employees(), karier_audit(timestamptz, text, text, text, text, text,
    text, text), karier_set_login(text, text), karier_otp_verify(text), karier_otp_enrol(),
    karier_session_join(text), karier_session_end()
    TO karier_asn, karier_pengelola, karier_admin;

-- A database made before schema 8: its accounts get their login roles and groups now, without a
-- password (no login until one is set: the Admin resets it, or karier-cli as the owner).
DO $accounts$
DECLARE
    n text;
BEGIN
    FOR n IN SELECT e.nip FROM accounts a JOIN employees e ON e.id = a.employee_id ORDER BY e.nip LOOP
        PERFORM karier_set_login(n, NULL);
    END LOOP;
END
$accounts$;
