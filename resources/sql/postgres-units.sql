-- SPDX-License-Identifier: GPL-3.0-or-later
-- Karier ASN, PostgreSQL only: the organisation tree's rules held by the server (migration 10).
--
-- RLS (postgres-security.sql) already lets only an Admin with the one-time code insert or update
-- org_units. These triggers hold what UnitAdmin checks against raw SQL by that Admin too: two levels
-- (a Satker under an Induk Satker only, an Induk with Satker never becomes a Satker), no active Satker
-- under an inactive Induk Satker, no unit deactivated while it has employees (an Induk also while it has
-- active Satker), and no employee placed in an inactive unit. The parent and the unit an employee goes to
-- are read FOR SHARE, so a deactivation and a change that needs the unit active wait for each other.
-- SECURITY DEFINER: the counts see every row whatever the caller may read.

CREATE FUNCTION karier_org_units_guard() RETURNS trigger
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
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER org_units_guard BEFORE INSERT OR UPDATE ON org_units
    FOR EACH ROW EXECUTE FUNCTION karier_org_units_guard();

CREATE FUNCTION karier_employees_unit_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.unit_id IS NOT DISTINCT FROM OLD.unit_id THEN
        RETURN NEW;
    END IF;
    IF NOT COALESCE((SELECT active FROM org_units WHERE id = NEW.unit_id FOR SHARE), TRUE) THEN
        RAISE EXCEPTION 'Unit kerja tersebut tidak aktif; pilih unit yang aktif.' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER employees_unit_guard BEFORE INSERT OR UPDATE OF unit_id ON employees
    FOR EACH ROW EXECUTE FUNCTION karier_employees_unit_guard();

REVOKE EXECUTE ON FUNCTION karier_org_units_guard(), karier_employees_unit_guard() FROM PUBLIC;
