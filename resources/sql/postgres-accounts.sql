-- SPDX-License-Identifier: GPL-3.0-or-later
-- Karier ASN, PostgreSQL only (migration 11): the Pengguna page's account tasks, done by the server for
-- whoever may do them (the owner, karier-cli as the system; or an Admin with the code), with the rules the
-- program checks too (AccountAdmin): nobody changes their own role or account, the last active Admin is
-- never demoted or deactivated, a temporary password must be changed at the next login.
-- Run by the schema's owner (karier-cli init); the column itself is added by the migration for both dialects.

-- Everyone reads whether their own password is temporary (the login window asks for a new one).
GRANT SELECT (must_change_password) ON accounts TO karier_asn, karier_pengelola, karier_admin;

-- The checks every change of another person's account shares: Admin (or the owner), not oneself, and the
-- account exists. Locks the active Admins' rows, so that two Admins demoting each other at the same
-- moment are counted one after the other. Returns the account's id, role and whether it is active.
CREATE FUNCTION karier_account_for_change(p_nip text, OUT account_id bigint, OUT account_role text,
    OUT account_active boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    PERFORM karier_require_admin();
    IF karier_nip() = p_nip THEN
        RAISE EXCEPTION 'Akun sendiri tidak dapat diubah di sini.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM 1 FROM accounts WHERE role = 'admin' AND active ORDER BY id FOR UPDATE;
    SELECT a.id, a.role, a.active INTO account_id, account_role, account_active
    FROM accounts a JOIN employees e ON e.id = a.employee_id WHERE e.nip = p_nip FOR UPDATE OF a;
    IF account_id IS NULL THEN
        RAISE EXCEPTION 'Akun % tidak ada.', p_nip USING ERRCODE = 'no_data_found';
    END IF;
END
$$;

-- Refuses when the account p_id is the last active Admin.
CREATE FUNCTION karier_require_other_admin(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM accounts WHERE role = 'admin' AND active AND id <> p_id) THEN
        RAISE EXCEPTION 'Admin BKPSDM aktif terakhir tidak dapat diturunkan atau dinonaktifkan.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- A new role (and, for a Pengelola, the Perangkat Daerah they manage); the login role's group follows.
CREATE FUNCTION karier_set_account_role(p_nip text, p_role text, p_unit bigint) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    target record;
BEGIN
    SELECT * INTO target FROM karier_account_for_change(p_nip);
    IF p_role IS NULL OR p_role NOT IN ('asn', 'pengelola', 'admin')
        OR (p_role = 'pengelola') <> (p_unit IS NOT NULL)
        OR (p_unit IS NOT NULL AND NOT EXISTS (SELECT 1 FROM org_units WHERE id = p_unit AND parent_id IS NULL)) THEN
        RAISE EXCEPTION 'Data akun tidak sah.' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF target.account_role = 'admin' AND target.account_active AND p_role <> 'admin' THEN
        PERFORM karier_require_other_admin(target.account_id);
    END IF;
    UPDATE accounts SET role = p_role, managed_unit_id = p_unit, version = version + 1,
        updated_at = CURRENT_TIMESTAMP
    WHERE id = target.account_id;
    PERFORM karier_set_login(p_nip, NULL);
    -- A session token counts for the role it was given with: the person logs in again.
    DELETE FROM karier_sessions WHERE nip = p_nip;
    RETURN TRUE;
END
$$;

-- Deactivates or reactivates an account: a deactivated one cannot connect at all (NOLOGIN) and its
-- sessions end; its history stays.
CREATE FUNCTION karier_set_account_active(p_nip text, p_active boolean) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    target record;
BEGIN
    SELECT * INTO target FROM karier_account_for_change(p_nip);
    IF p_active IS NULL THEN
        RAISE EXCEPTION 'Data akun tidak sah.' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF target.account_role = 'admin' AND target.account_active AND NOT p_active THEN
        PERFORM karier_require_other_admin(target.account_id);
    END IF;
    UPDATE accounts SET active = p_active, version = version + 1, updated_at = CURRENT_TIMESTAMP
    WHERE id = target.account_id;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'k' || p_nip) THEN
        EXECUTE format(CASE WHEN p_active THEN 'ALTER ROLE %I WITH LOGIN' ELSE 'ALTER ROLE %I WITH NOLOGIN' END,
            'k' || p_nip);
    END IF;
    IF NOT p_active THEN
        DELETE FROM karier_sessions WHERE nip = p_nip;
    END IF;
    RETURN TRUE;
END
$$;

-- The password of p_nip is temporary: it must be changed at the next login (after an Admin's reset or
-- for a new account). The sessions of that person end.
CREATE FUNCTION karier_require_password_change(p_nip text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    target record;
BEGIN
    SELECT * INTO target FROM karier_account_for_change(p_nip);
    UPDATE accounts SET must_change_password = TRUE, version = version + 1, updated_at = CURRENT_TIMESTAMP
    WHERE id = target.account_id;
    DELETE FROM karier_sessions WHERE nip = p_nip;
    RETURN TRUE;
END
$$;

-- As in migration 9, and: one's own new password is no longer temporary; a deactivated account's login
-- role stays without LOGIN whatever password it is given.
CREATE OR REPLACE FUNCTION karier_set_password(p_nip text, p_password_hash text, p_scram text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    me text := karier_nip();
    is_active boolean;
BEGIN
    IF me IS DISTINCT FROM p_nip THEN
        PERFORM karier_require_admin();
    END IF;
    IF p_password_hash IS NULL OR p_password_hash !~ '^[$]argon2id[$]' OR p_scram IS NULL THEN
        RAISE EXCEPTION 'Kata sandi tidak sah.' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE accounts a SET password_hash = p_password_hash, version = a.version + 1,
        updated_at = CURRENT_TIMESTAMP,
        must_change_password = CASE WHEN me = p_nip THEN FALSE ELSE a.must_change_password END
    FROM employees e WHERE e.id = a.employee_id AND e.nip = p_nip
    RETURNING a.active INTO is_active;
    IF NOT FOUND THEN
        RETURN FALSE;
    END IF;
    PERFORM karier_set_login(p_nip, p_scram);
    IF NOT is_active THEN
        EXECUTE format('ALTER ROLE %I WITH NOLOGIN', 'k' || p_nip);
    END IF;
    RETURN TRUE;
END
$$;

-- As in migration 9, and nobody resets their own one-time code here (an Admin would end their own session).
CREATE OR REPLACE FUNCTION karier_reset_otp(p_nip text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    PERFORM karier_require_admin();
    IF karier_nip() = p_nip THEN
        RAISE EXCEPTION 'Akun sendiri tidak dapat diubah di sini.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE accounts a SET otp_secret = NULL, otp_enabled = FALSE, otp_last_step = 0, version = a.version + 1,
        updated_at = CURRENT_TIMESTAMP
    FROM employees e WHERE e.id = a.employee_id AND e.nip = p_nip;
    IF NOT FOUND THEN
        RETURN FALSE;
    END IF;
    DELETE FROM karier_sessions WHERE nip = p_nip;
    RETURN TRUE;
END
$$;

-- The running lockouts, for the Admin's list of accounts (login_throttle has no grants): per NIP the latest
-- end of a wait of its password or of its one-time code.
CREATE FUNCTION karier_account_lockouts() RETURNS TABLE (nip text, locked_until timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    PERFORM karier_require_admin();
    RETURN QUERY SELECT regexp_replace(t.nip, '^otp:', ''), max(t.locked_until) FROM login_throttle t
        WHERE t.locked_until > CURRENT_TIMESTAMP GROUP BY 1;
END
$$;

REVOKE EXECUTE ON FUNCTION karier_account_for_change(text), karier_require_other_admin(bigint),
    karier_set_account_role(text, text, bigint), karier_set_account_active(text, boolean),
    karier_require_password_change(text), karier_account_lockouts() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION karier_set_account_role(text, text, bigint), karier_set_account_active(text, boolean),
    karier_require_password_change(text), karier_account_lockouts()
    TO karier_asn, karier_pengelola, karier_admin;
