-- SPDX-License-Identifier: GPL-3.0-or-later
-- Karier ASN, PostgreSQL only: the history of submissions and the audit's per-field difference (migration 13).
--
-- record_versions holds the content of every submission as it was sent (RecordService::submit,
-- TimKerjaService::save write it in the submission's transaction). A person writes only a version of their
-- own record that is waiting for verification, and the server takes its content from the record itself
-- (fields, the document's SHA-256), names the person and stamps its own time: a version cannot say other
-- than what was submitted. It is read by whoever may read the record (the policies of records apply to the
-- subquery), so a verifier sees the versions of exactly the submissions they may verify. Nobody changes or
-- deletes a version; they go with their record (ON DELETE CASCADE, which row security does not stop).

DO $force$
BEGIN
    ALTER TABLE record_versions ENABLE ROW LEVEL SECURITY;
    ALTER TABLE record_versions FORCE ROW LEVEL SECURITY;
    EXECUTE format('CREATE POLICY owner_maintenance ON record_versions TO %I USING (true) WITH CHECK (true)',
        current_user);
END
$force$;

REVOKE ALL ON record_versions FROM PUBLIC;
GRANT SELECT, INSERT ON record_versions TO karier_asn, karier_pengelola, karier_admin;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO karier_asn, karier_pengelola, karier_admin;
CREATE POLICY read_scope ON record_versions FOR SELECT
    USING (EXISTS (SELECT 1 FROM records r WHERE r.id = record_versions.record_id));
CREATE POLICY insert_own ON record_versions FOR INSERT
    WITH CHECK (employee_id = (SELECT karier_my_employee())
        AND EXISTS (SELECT 1 FROM records r WHERE r.id = record_versions.record_id
            AND r.employee_id = (SELECT karier_my_employee()) AND r.status = 'diajukan'));

CREATE FUNCTION karier_record_versions_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp
AS $$
DECLARE
    me text := karier_nip();
    rec record;
BEGIN
    IF me IS NULL THEN
        RETURN NEW; -- the owner: migrations, init, demo
    END IF;
    SELECT r.employee_id, r.record_type, r.fields, d.sha256 INTO rec
    FROM records r LEFT JOIN documents d ON d.id = r.document_id WHERE r.id = NEW.record_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Riwayat tidak ditemukan.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.employee_id := rec.employee_id;
    NEW.record_type := rec.record_type;
    NEW.fields := rec.fields;
    NEW.document_sha256 := rec.sha256;
    NEW.submitted_by_nip := me;
    NEW.submitted_at := CURRENT_TIMESTAMP;
    RETURN NEW;
END
$$;
CREATE TRIGGER record_versions_guard BEFORE INSERT ON record_versions
    FOR EACH ROW EXECUTE FUNCTION karier_record_versions_guard();
CREATE FUNCTION karier_record_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION 'record_versions hanya boleh ditambah' USING ERRCODE = 'insufficient_privilege'; END $$;
CREATE TRIGGER record_versions_append_only BEFORE UPDATE ON record_versions
    FOR EACH ROW EXECUTE FUNCTION karier_record_versions_append_only();

-- One audit entry with its detail (the per-field difference of a change, JSON); as karier_audit.
CREATE FUNCTION karier_audit_detail(p_at timestamptz, p_actor text, p_action text, p_entity text,
    p_entity_id text, p_from text, p_to text, p_note text, p_detail text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    me text := karier_nip();
BEGIN
    IF me IS NOT NULL AND karier_role() IS NULL THEN
        RAISE EXCEPTION 'Akun tidak aktif.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO audit_log (at, actor_nip, action, entity, entity_id, from_state, to_state, note, detail)
    VALUES (CASE WHEN me IS NULL THEN COALESCE(p_at, CURRENT_TIMESTAMP) ELSE CURRENT_TIMESTAMP END,
            CASE WHEN me IS NULL THEN COALESCE(NULLIF(p_actor, ''), 'pemilik:' || session_user) ELSE me END,
            p_action, p_entity, p_entity_id, p_from, p_to, p_note, p_detail);
END
$$;

REVOKE EXECUTE ON FUNCTION karier_record_versions_guard(), karier_record_versions_append_only(),
    karier_audit_detail(timestamptz, text, text, text, text, text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION karier_audit_detail(timestamptz, text, text, text, text, text, text, text, text)
    TO karier_asn, karier_pengelola, karier_admin;
