-- SPDX-License-Identifier: GPL-3.0-or-later
-- Karier ASN, PostgreSQL only (migration 9): what the login window needs when every person connects
-- with their own login role (schema 8). Run by the schema's owner (karier-cli init).

-- Seconds until the caller may try a one-time code again (0: now), so that the login window can show
-- the wait that karier_otp_verify's count started instead of a plain "wrong code".
CREATE FUNCTION karier_otp_wait() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    SELECT COALESCE((SELECT GREATEST(0, ceil(extract(epoch FROM t.locked_until - CURRENT_TIMESTAMP)))::integer
                     FROM login_throttle t WHERE t.nip = 'otp:' || karier_nip()), 0)
$$;

-- Keluar ends the session of this connection's token only: the same person logged in on another
-- workstation keeps theirs (schema 8 ended them all).
CREATE OR REPLACE FUNCTION karier_session_end() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    DELETE FROM karier_sessions
    WHERE nip = karier_nip()
      AND token_sha256 = encode(sha256(convert_to(COALESCE(current_setting('karier.session', true), ''),
                                                  'UTF8')), 'hex')
$$;

-- Every audit row names its actor: what the owner does as the system itself (karier-cli without --login)
-- is written as "pemilik:<role>" unless the program names a person (demo data).
CREATE OR REPLACE FUNCTION karier_audit(p_at timestamptz, p_actor text, p_action text, p_entity text,
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
            CASE WHEN me IS NULL THEN COALESCE(NULLIF(p_actor, ''), 'pemilik:' || session_user) ELSE me END,
            p_action, p_entity, p_entity_id, p_from, p_to, p_note);
END
$$;

-- Admin BKPSDM's account tasks, done on the server for whoever may do them: the owner (karier-cli as the
-- system) or an Admin with the code. A person's login has no right on these tables itself.
CREATE FUNCTION karier_require_admin() RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    IF karier_nip() IS NOT NULL AND karier_role() IS DISTINCT FROM 'admin' THEN
        RAISE EXCEPTION 'Hanya Admin BKPSDM yang mengelola akun.' USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- A new account of an existing employee; its login role follows with karier_set_login.
CREATE FUNCTION karier_create_account(p_nip text, p_role text, p_unit bigint, p_password_hash text,
    p_otp_secret text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    new_id bigint;
BEGIN
    PERFORM karier_require_admin();
    IF p_role IS NULL OR p_role NOT IN ('asn', 'pengelola', 'admin') OR p_password_hash IS NULL
        OR (p_otp_secret IS NOT NULL AND p_otp_secret !~ '^[A-Z2-7]{16,64}$') THEN
        RAISE EXCEPTION 'Data akun tidak sah.' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO accounts (employee_id, role, managed_unit_id, password_hash, otp_secret, otp_enabled)
    SELECT e.id, p_role, p_unit, p_password_hash, p_otp_secret, p_otp_secret IS NOT NULL
    FROM employees e WHERE e.nip = p_nip
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;

-- The next login of p_nip enrols a new authenticator; the sessions of that person end.
CREATE FUNCTION karier_reset_otp(p_nip text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    PERFORM karier_require_admin();
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

-- Lifts the lockout of a NIP (its password and its one-time code) and returns what was counted.
CREATE FUNCTION karier_clear_lockout(p_nip text) RETURNS SETOF login_throttle
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    PERFORM karier_require_admin();
    RETURN QUERY DELETE FROM login_throttle WHERE nip IN (p_nip, 'otp:' || p_nip) RETURNING *;
END
$$;

-- A new password for p_nip: its hash (argon2id, made by the program) and its login role's SCRAM verifier,
-- together. For the owner, an Admin with the code, or oneself (whose old password the program checked by
-- logging in with it). An account from before schema 8 can log in once this has been done.
CREATE FUNCTION karier_set_password(p_nip text, p_password_hash text, p_scram text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    IF karier_nip() IS DISTINCT FROM p_nip THEN
        PERFORM karier_require_admin();
    END IF;
    IF p_password_hash IS NULL OR p_password_hash !~ '^[$]argon2id[$]' OR p_scram IS NULL THEN
        RAISE EXCEPTION 'Kata sandi tidak sah.' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE accounts a SET password_hash = p_password_hash, version = a.version + 1,
        updated_at = CURRENT_TIMESTAMP
    FROM employees e WHERE e.id = a.employee_id AND e.nip = p_nip;
    IF NOT FOUND THEN
        RETURN FALSE;
    END IF;
    PERFORM karier_set_login(p_nip, p_scram);
    RETURN TRUE;
END
$$;

REVOKE EXECUTE ON FUNCTION karier_otp_wait(), karier_require_admin(), karier_create_account(text, text, bigint,
    text, text), karier_reset_otp(text), karier_clear_lockout(text), karier_set_password(text, text, text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION karier_otp_wait(), karier_require_admin(), karier_create_account(text, text, bigint,
    text, text), karier_reset_otp(text), karier_clear_lockout(text), karier_set_password(text, text, text)
    TO karier_asn, karier_pengelola, karier_admin;
