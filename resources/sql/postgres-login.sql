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

REVOKE EXECUTE ON FUNCTION karier_otp_wait() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION karier_otp_wait() TO karier_asn, karier_pengelola, karier_admin;
