-- SPDX-License-Identifier: GPL-3.0-or-later
-- Karier ASN, PostgreSQL only: who may read and write the SIASN export marks (migration 12).
--
-- siasn_exports holds, per approved record, the version last exported and when (SiasnExport). Only an
-- Admin BKPSDM who passed the one-time code exports; the owner keeps its maintenance policy as on every
-- table (postgres-security.sql). The export itself reads records, employees and documents through their
-- existing policies, which already give an Admin every row.

ALTER TABLE siasn_exports ENABLE ROW LEVEL SECURITY;
ALTER TABLE siasn_exports FORCE ROW LEVEL SECURITY;
DO $owner$
BEGIN
    EXECUTE format('CREATE POLICY owner_maintenance ON siasn_exports TO %I USING (true) WITH CHECK (true)',
        current_user);
END
$owner$;

GRANT SELECT, INSERT, UPDATE ON siasn_exports TO karier_admin;
CREATE POLICY admin_read ON siasn_exports FOR SELECT TO karier_admin
    USING ((SELECT karier_role() = 'admin'));
CREATE POLICY admin_insert ON siasn_exports FOR INSERT TO karier_admin
    WITH CHECK ((SELECT karier_role() = 'admin') AND exported_by_nip = (SELECT karier_nip()));
CREATE POLICY admin_update ON siasn_exports FOR UPDATE TO karier_admin
    USING ((SELECT karier_role() = 'admin'))
    WITH CHECK ((SELECT karier_role() = 'admin') AND exported_by_nip = (SELECT karier_nip()));
