-- SPDX-License-Identifier: GPL-3.0-or-later
-- Karier ASN, PostgreSQL only (migration 14): set-based writes for a workstation on an office LAN, where
-- every statement costs a round trip. Run by the schema's owner (karier-cli init).

-- Many audit entries of one actor at one moment in one call (a bulk decision, an import): the same checks
-- and the same actor and clock as karier_audit, one row per element of p_entries, in their order. Each
-- element is an object with "action", "entity", "entity_id", "from", "to", "note" and "detail" (migration
-- 13's per-field difference; null or missing: NULL). Returns the number of rows written.
CREATE FUNCTION karier_audit_many(p_at timestamptz, p_actor text, p_entries jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    me text := karier_nip();
    written integer;
BEGIN
    IF me IS NOT NULL AND karier_role() IS NULL THEN
        RAISE EXCEPTION 'Akun tidak aktif.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_entries IS NULL OR jsonb_typeof(p_entries) <> 'array'
        OR EXISTS (SELECT 1 FROM jsonb_array_elements(p_entries) e WHERE jsonb_typeof(e) <> 'object') THEN
        RAISE EXCEPTION 'Catatan audit tidak sah.' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO audit_log (at, actor_nip, action, entity, entity_id, from_state, to_state, note, detail)
    SELECT CASE WHEN me IS NULL THEN COALESCE(p_at, CURRENT_TIMESTAMP) ELSE CURRENT_TIMESTAMP END,
           CASE WHEN me IS NULL THEN COALESCE(NULLIF(p_actor, ''), 'pemilik:' || session_user) ELSE me END,
           e.item ->> 'action', e.item ->> 'entity', e.item ->> 'entity_id', e.item ->> 'from',
           e.item ->> 'to', e.item ->> 'note', e.item ->> 'detail'
    FROM jsonb_array_elements(p_entries) WITH ORDINALITY AS e(item, position)
    ORDER BY e.position;
    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written;
END
$$;

REVOKE EXECUTE ON FUNCTION karier_audit_many(timestamptz, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION karier_audit_many(timestamptz, text, jsonb)
    TO karier_asn, karier_pengelola, karier_admin;
