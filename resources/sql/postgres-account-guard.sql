-- SPDX-License-Identifier: GPL-3.0-or-later
-- Karier ASN, PostgreSQL only: the server holds back a temporary password, and keeps a Pengelola's unit an
-- active Perangkat Daerah, as the program does (AccountAdmin, UnitAdmin).
--
-- Whoever connects with a temporary password (a new account, an Admin's reset) may log in, enrol
-- and verify their one-time code, read their own account, employee and unit rows, and change their
-- password (karier_set_password for oneself clears the mark); nothing else. Their role counts as an ASN
-- (no Admin or Pengelola function), and a restrictive policy on every other table hides and refuses
-- every row, also their own. Run by the schema's owner (karier-cli init); it runs after every migration
-- that adds a table, so the loop below reaches them all (security.TestTemporaryPassword checks that every
-- table with row-level security has the policy).

-- True unless the caller's password is temporary (the owner, who has no NIP, always).
CREATE FUNCTION karier_password_current() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ BEGIN RETURN NOT EXISTS (
    SELECT 1 FROM accounts a JOIN employees e ON e.id = a.employee_id
    WHERE e.nip = karier_nip() AND a.must_change_password);
END $$;

-- As in migration 8, and: with a temporary password an Admin or a Pengelola counts as an ASN.
CREATE OR REPLACE FUNCTION karier_role() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ BEGIN RETURN (
    SELECT CASE
        WHEN a.role = 'asn' OR a.must_change_password THEN 'asn'
        WHEN EXISTS (SELECT 1 FROM karier_sessions s
                     WHERE s.token_sha256 = encode(sha256(convert_to(
                               COALESCE(current_setting('karier.session', true), ''), 'UTF8')), 'hex')
                       AND s.nip = e.nip AND s.expires_at > CURRENT_TIMESTAMP) THEN a.role
        ELSE 'asn' END
    FROM accounts a JOIN employees e ON e.id = a.employee_id
    WHERE e.nip = karier_nip() AND a.active);
END $$;

GRANT EXECUTE ON FUNCTION karier_password_current() TO karier_asn, karier_pengelola, karier_admin;

DO $temporary$
DECLARE
    t text;
    persons text := 'karier_asn, karier_pengelola, karier_admin';
BEGIN
    -- Every table a person may reach, apart from the few the login itself reads.
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity
               AND c.relname NOT IN ('accounts', 'employees', 'org_units', 'app_settings',
                                     'schema_migrations')
             ORDER BY c.relname LOOP
        EXECUTE format('CREATE POLICY password_current ON %I AS RESTRICTIVE TO %s '
                       'USING ((SELECT karier_password_current())) '
                       'WITH CHECK ((SELECT karier_password_current()))', t, persons);
    END LOOP;
    -- One's own account row stays readable (the login reads its role and the mark); no change of it.
    EXECUTE format('CREATE POLICY password_current ON accounts AS RESTRICTIVE FOR UPDATE TO %s '
                   'USING ((SELECT karier_password_current())) '
                   'WITH CHECK ((SELECT karier_password_current()))', persons);
    -- Of the employees, one's own row only (the login shows the name).
    EXECUTE format('CREATE POLICY password_current ON employees AS RESTRICTIVE TO %s '
                   'USING ((SELECT karier_password_current()) OR nip = (SELECT karier_nip())) '
                   'WITH CHECK ((SELECT karier_password_current()))', persons);
END
$temporary$;

-- A Pengelola Kepegawaian manages an active Perangkat Daerah (an Induk Satker); no other role manages a
-- unit. Checked when an account is made, when its role or unit changes and when it is reactivated (an
-- Admin's raw SQL, karier_create_account and karier_set_account_role alike; AccountAdmin checks it too).
-- The unit is read FOR SHARE, so a deactivation of it and this change wait for each other.
CREATE FUNCTION karier_accounts_unit_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    unit record;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.role IS NOT DISTINCT FROM OLD.role
        AND NEW.managed_unit_id IS NOT DISTINCT FROM OLD.managed_unit_id
        AND (NOT NEW.active OR OLD.active) THEN
        RETURN NEW;
    END IF;
    IF NEW.role = 'pengelola' THEN
        SELECT parent_id, active INTO unit FROM org_units WHERE id = NEW.managed_unit_id FOR SHARE;
        IF NOT FOUND OR unit.parent_id IS NOT NULL THEN
            RAISE EXCEPTION 'Unit yang dikelola harus sebuah Perangkat Daerah (Induk Satker).'
                USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.active AND NOT unit.active THEN
            RAISE EXCEPTION 'Perangkat Daerah yang dikelola tidak aktif; pilih Perangkat Daerah yang aktif.'
                USING ERRCODE = 'check_violation';
        END IF;
    ELSIF NEW.managed_unit_id IS NOT NULL THEN
        RAISE EXCEPTION 'Hanya Pengelola Kepegawaian yang mengelola sebuah Perangkat Daerah.'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER accounts_unit_guard BEFORE INSERT OR UPDATE OF role, managed_unit_id, active ON accounts
    FOR EACH ROW EXECUTE FUNCTION karier_accounts_unit_guard();

-- As in migration 10, and: a Perangkat Daerah an active Pengelola Kepegawaian manages stays active.
CREATE OR REPLACE FUNCTION karier_org_units_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    parent record;
BEGIN
    IF NEW.parent_id IS NOT NULL THEN
        SELECT id, parent_id, active INTO parent FROM org_units WHERE id = NEW.parent_id FOR SHARE;
        IF NEW.parent_id = NEW.id OR parent.parent_id IS NOT NULL THEN
            RAISE EXCEPTION 'Satker hanya berada di bawah Induk Satker.' USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.active AND NOT parent.active THEN
            RAISE EXCEPTION 'Satker aktif tidak dapat berada di bawah Induk Satker yang tidak aktif.'
                USING ERRCODE = 'check_violation';
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.parent_id IS NULL
            AND EXISTS (SELECT 1 FROM org_units s WHERE s.parent_id = NEW.id) THEN
            RAISE EXCEPTION 'Induk Satker yang memiliki Satker tidak dapat menjadi Satker.'
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF NOT NEW.active AND (TG_OP = 'INSERT' OR OLD.active) THEN
        IF EXISTS (SELECT 1 FROM employees e WHERE e.unit_id = NEW.id) THEN
            RAISE EXCEPTION 'Unit yang masih memiliki pegawai tidak dapat dinonaktifkan.'
                USING ERRCODE = 'check_violation';
        END IF;
        IF EXISTS (SELECT 1 FROM org_units s WHERE s.parent_id = NEW.id AND s.active) THEN
            RAISE EXCEPTION 'Induk Satker yang masih memiliki Satker aktif tidak dapat dinonaktifkan.'
                USING ERRCODE = 'check_violation';
        END IF;
        IF EXISTS (SELECT 1 FROM accounts a WHERE a.managed_unit_id = NEW.id AND a.role = 'pengelola'
                   AND a.active) THEN
            RAISE EXCEPTION 'Perangkat Daerah yang masih dikelola Pengelola Kepegawaian aktif tidak dapat dinonaktifkan.'
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

REVOKE EXECUTE ON FUNCTION karier_accounts_unit_guard() FROM PUBLIC;
