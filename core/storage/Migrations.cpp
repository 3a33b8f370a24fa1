// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrations.h"

#include "common/Resources.h"

#include <QFile>

namespace karier {

namespace {

MigrationStatement both(const char* sql)
{
    return {QString::fromUtf8(sql), {}, {}};
}

MigrationStatement perDialect(const char* sqlite, const char* postgres)
{
    return {{}, QString::fromUtf8(sqlite), QString::fromUtf8(postgres)};
}

/// The statements of \a script, split at the semicolons outside comments, quotes and dollar quotes
/// (function bodies), so that each runs on its own and a failure names its own error.
QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    QString dollarTag; // inside $tag$ … $tag$ when not empty
    bool inQuote = false;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!dollarTag.isEmpty()) {
            if (c == u'$' && QStringView(script).mid(i).startsWith(dollarTag)) {
                current += dollarTag;
                i += dollarTag.size() - 1;
                dollarTag.clear();
                continue;
            }
        } else if (inQuote) {
            if (c == u'\'')
                inQuote = false; // '' is two quotes in a row: leaves and re-enters
        } else if (c == u'-' && i + 1 < script.size() && script.at(i + 1) == u'-') {
            const qsizetype end = script.indexOf(u'\n', i);
            i = end < 0 ? script.size() : end;
            current += u'\n';
            continue;
        } else if (c == u'\'') {
            inQuote = true;
        } else if (c == u'$') {
            qsizetype j = i + 1;
            while (j < script.size() && (script.at(j).isLetterOrNumber() || script.at(j) == u'_'))
                ++j;
            if (j < script.size() && script.at(j) == u'$') {
                dollarTag = script.mid(i, j - i + 1);
                current += dollarTag;
                i = j;
                continue;
            }
        } else if (c == u';') {
            if (!current.trimmed().isEmpty())
                statements.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

/// A PostgreSQL-only script from the resources, one migration statement per SQL statement.
QList<MigrationStatement> postgresScript(const QString& resource)
{
    ensureCoreResources();
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Karier ASN: resource %s is missing", qPrintable(resource));
    QList<MigrationStatement> list;
    for (const QString& statement : splitStatements(QString::fromUtf8(file.readAll())))
        list.append({{}, {}, statement});
    return list;
}

QList<Migration> buildMigrations()
{
    QList<Migration> list;

    list.append({1, QStringLiteral("organisasi, pegawai, akun, audit"),
        {
            both("CREATE TABLE org_units ("
                 " id %ID%,"
                 " code TEXT NOT NULL UNIQUE,"
                 " name TEXT NOT NULL,"
                 " parent_id %REF% REFERENCES org_units(id),"
                 " version INTEGER NOT NULL DEFAULT 1,"
                 " created_at %TIMESTAMP% NOT NULL DEFAULT %NOW%,"
                 " updated_at %TIMESTAMP% NOT NULL DEFAULT %NOW%)"),
            both("CREATE INDEX org_units_parent ON org_units(parent_id)"),
            both("CREATE TABLE employees ("
                 " id %ID%,"
                 " nip TEXT NOT NULL UNIQUE CHECK (length(nip) = 18),"
                 " nama TEXT NOT NULL CHECK (nama <> ''),"
                 " gelar_depan TEXT NOT NULL DEFAULT '',"
                 " gelar_belakang TEXT NOT NULL DEFAULT '',"
                 " jabatan TEXT NOT NULL DEFAULT '',"
                 " unit_id %REF% NOT NULL REFERENCES org_units(id),"
                 " jenis_pegawai TEXT NOT NULL CHECK (jenis_pegawai IN ('PNS', 'PPPK')),"
                 " tanggal_lahir %DATE% NOT NULL,"
                 " jenis_kelamin INTEGER NOT NULL CHECK (jenis_kelamin IN (1, 2)),"
                 " tmt %DATE% NOT NULL,"
                 " version INTEGER NOT NULL DEFAULT 1,"
                 " created_at %TIMESTAMP% NOT NULL DEFAULT %NOW%,"
                 " updated_at %TIMESTAMP% NOT NULL DEFAULT %NOW%)"),
            both("CREATE INDEX employees_unit ON employees(unit_id)"),
            both("CREATE INDEX employees_nama ON employees(nama)"),
            both("CREATE TABLE accounts ("
                 " id %ID%,"
                 " employee_id %REF% NOT NULL UNIQUE REFERENCES employees(id),"
                 " role TEXT NOT NULL CHECK (role IN ('asn', 'pengelola', 'admin')),"
                 " managed_unit_id %REF% REFERENCES org_units(id),"
                 " password_hash TEXT NOT NULL,"
                 " otp_secret TEXT,"
                 " otp_enabled %BOOL% NOT NULL DEFAULT FALSE,"
                 " otp_last_step BIGINT NOT NULL DEFAULT 0,"
                 " active %BOOL% NOT NULL DEFAULT TRUE,"
                 " version INTEGER NOT NULL DEFAULT 1,"
                 " created_at %TIMESTAMP% NOT NULL DEFAULT %NOW%,"
                 " updated_at %TIMESTAMP% NOT NULL DEFAULT %NOW%,"
                 " CHECK ((role = 'pengelola') = (managed_unit_id IS NOT NULL)))"),
            both("CREATE TABLE login_throttle ("
                 " nip TEXT PRIMARY KEY,"
                 " failed_count INTEGER NOT NULL DEFAULT 0,"
                 " locked_until %TIMESTAMP%,"
                 " last_failed_at %TIMESTAMP%)"),
            both("CREATE TABLE audit_log ("
                 " id %ID%,"
                 " at %TIMESTAMP% NOT NULL DEFAULT %NOW%,"
                 " actor_nip TEXT,"
                 " action TEXT NOT NULL,"
                 " entity TEXT NOT NULL,"
                 " entity_id TEXT,"
                 " from_state TEXT,"
                 " to_state TEXT,"
                 " note TEXT)"),
            both("CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)"),
            perDialect("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'audit_log hanya boleh ditambah'); END",
                "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'audit_log hanya boleh ditambah'; END $$"),
            perDialect("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'audit_log hanya boleh ditambah'); END",
                "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"),
            both("CREATE TABLE app_settings ("
                 " key TEXT PRIMARY KEY,"
                 " value TEXT NOT NULL,"
                 " version INTEGER NOT NULL DEFAULT 1,"
                 " updated_at %TIMESTAMP% NOT NULL DEFAULT %NOW%)"),
        }});
    list.append({2, QStringLiteral("riwayat dan dokumen"),
        {
            both("CREATE TABLE documents ("
                 " id %ID%,"
                 " sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),"
                 " size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),"
                 " pages INTEGER NOT NULL CHECK (pages > 0),"
                 " original_name TEXT NOT NULL,"
                 " mime_type TEXT NOT NULL DEFAULT 'application/pdf',"
                 " sharpness DOUBLE PRECISION,"
                 " created_by_nip TEXT,"
                 " created_at %TIMESTAMP% NOT NULL DEFAULT %NOW%)"),
            // The bytes live apart so that no list query ever reads them.
            both("CREATE TABLE document_blobs ("
                 " document_id %REF% PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
                 " content %BLOB% NOT NULL)"),
            both("CREATE TABLE records ("
                 " id %ID%,"
                 " employee_id %REF% NOT NULL REFERENCES employees(id),"
                 " record_type TEXT NOT NULL,"
                 " status TEXT NOT NULL CHECK (status IN ('draf', 'diajukan', 'disetujui', "
                 "'perlu_perbaikan', 'ditolak')),"
                 " fields TEXT NOT NULL,"
                 " title TEXT NOT NULL DEFAULT '',"
                 " number TEXT NOT NULL DEFAULT '',"
                 " start_date %DATE%,"
                 " end_date %DATE%,"
                 " hours INTEGER,"
                 " document_id %REF% REFERENCES documents(id),"
                 " note TEXT NOT NULL DEFAULT '',"
                 " decided_by_nip TEXT,"
                 " decided_at %TIMESTAMP%,"
                 " submitted_at %TIMESTAMP%,"
                 " version INTEGER NOT NULL DEFAULT 1,"
                 " created_at %TIMESTAMP% NOT NULL DEFAULT %NOW%,"
                 " updated_at %TIMESTAMP% NOT NULL DEFAULT %NOW%)"),
            both("CREATE INDEX records_owner ON records(employee_id, record_type, status)"),
            both("CREATE INDEX records_queue ON records(status, record_type, submitted_at, id)"),
            both("CREATE INDEX records_number ON records(employee_id, number)"),
            both("CREATE INDEX records_days ON records(employee_id, start_date, end_date)"),
        }});
    list.append({3, QStringLiteral("tim kerja: kode kegiatan dan tautan bukti dukung"),
        {
            // Kode Kegiatan ("[F2]: Buat Kode Baru") identifies one Tim Kerja entry everywhere.
            both("ALTER TABLE records ADD COLUMN kode_kegiatan TEXT"),
            // An evidence link (Tim Kerja) and what the last check of it found, see LinkChecker.
            both("ALTER TABLE records ADD COLUMN link_url TEXT"),
            both("ALTER TABLE records ADD COLUMN link_status TEXT"),
            both("ALTER TABLE records ADD COLUMN link_checked_at %TIMESTAMP%"),
            both("CREATE UNIQUE INDEX records_kode_kegiatan ON records(kode_kegiatan)"),
            // The same decree date and team name twice for one employee is one entry entered twice.
            both(
                "CREATE UNIQUE INDEX records_timkerja_once ON records(employee_id, start_date, lower(title)) "
                "WHERE record_type = 'timkerja'"),
        }});
    list.append({4, QStringLiteral("verifikasi: kunjungan terakhir"),
        {
            // The login banner ("2 usulan dikembalikan untuk perbaikan") counts decisions since this.
            both("ALTER TABLE accounts ADD COLUMN last_visit_at %TIMESTAMP%"),
            // The verifier console lists a Perangkat Daerah's submissions by type and status.
            both("CREATE INDEX records_console ON records(record_type, status, employee_id)"),
        }});
    list.append({5, QStringLiteral("verifikasi: urutan antrean"),
        {
            // The console's default order (longest waiting first) within a status, with the columns its
            // filters test, so that a page of 100,000 submissions is read in index order and stops after
            // 50 rows instead of sorting every match (karier-bench approval).
            both("CREATE INDEX records_console_queue ON records(status, submitted_at, id, record_type, "
                 "employee_id)"),
        }});
    list.append({6, QStringLiteral("arsip dms: baris riwayat dan skor"),
        {
            // A CPNS (not yet PNS) gets the SK PNS slot of the Skor Arsip Digital automatically.
            both("ALTER TABLE employees ADD COLUMN cpns %BOOL% NOT NULL DEFAULT FALSE"),
            // The riwayat rows that need a document (each ijazah, SK jabatan, …), imported from SIASN's
            // export; a document uploaded here is a records row (record_id) verified in the console.
            both("CREATE TABLE dms_rows ("
                 " id %ID%,"
                 " employee_id %REF% NOT NULL REFERENCES employees(id),"
                 " category TEXT NOT NULL,"
                 " reference TEXT NOT NULL CHECK (reference <> ''),"
                 " document_in_siasn %BOOL% NOT NULL DEFAULT FALSE,"
                 " record_id %REF% REFERENCES records(id) ON DELETE SET NULL,"
                 " created_at %TIMESTAMP% NOT NULL DEFAULT %NOW%)"),
            both("CREATE UNIQUE INDEX dms_rows_once ON dms_rows(employee_id, category, lower(reference))"),
            both("CREATE TABLE dms_scores ("
                 " employee_id %REF% PRIMARY KEY REFERENCES employees(id),"
                 " total DOUBLE PRECISION NOT NULL,"
                 " utama DOUBLE PRECISION NOT NULL,"
                 " kondisional DOUBLE PRECISION NOT NULL,"
                 " band TEXT NOT NULL,"
                 " computed_at %TIMESTAMP% NOT NULL)"),
            both("CREATE INDEX dms_scores_total ON dms_scores(total)"),
        }});
    list.append({7, QStringLiteral("login: awal rangkaian percobaan gagal"),
        {
            // The first failure of the current run (AuthService::reserveAttempt): a run is forgotten 24 h
            // after its last failure; an Admin lifting a lockout sees since when it ran (audit note).
            both("ALTER TABLE login_throttle ADD COLUMN first_failed_at %TIMESTAMP%"),
        }});
    list.append({8, QStringLiteral("postgresql: peran per orang, row-level security, fungsi definer"),
        // SQLite is one person's file on one PC: nothing to enforce against another login there.
        postgresScript(QStringLiteral(":/karier/sql/postgres-security.sql"))});
    list.append({9, QStringLiteral("postgresql: login pegawai di server (tunggu OTP, keluar satu sesi)"),
        postgresScript(QStringLiteral(":/karier/sql/postgres-login.sql"))});
    {
        // A unit that is no longer used stays for history (employees' past, audit) but is offered nowhere.
        Migration units {10, QStringLiteral("unit kerja: aktif, aturan susunan di server"),
            {both("ALTER TABLE org_units ADD COLUMN active %BOOL% NOT NULL DEFAULT TRUE")}};
        units.statements += postgresScript(QStringLiteral(":/karier/sql/postgres-units.sql"));
        list.append(units);
    }
    {
        // A temporary password (an Admin's reset, a new account made on the Pengguna page) must be changed
        // at the next login; the server's account functions for the Pengguna page (AccountAdmin).
        QList<MigrationStatement> statements {
            both("ALTER TABLE accounts ADD COLUMN must_change_password %BOOL% NOT NULL DEFAULT FALSE"),
        };
        statements += postgresScript(QStringLiteral(":/karier/sql/postgres-accounts.sql"));
        list.append(
            {11, QStringLiteral("pengguna: kata sandi sementara, peran dan status akun"), statements});
    }
    {
        // What karier-cli export-siasn (SiasnExport) last exported of each approved record: the version it
        // read and when, so that the next export takes only what is new or changed since.
        QList<MigrationStatement> statements {
            both("CREATE TABLE siasn_exports ("
                 " record_id %REF% PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,"
                 " record_version INTEGER NOT NULL,"
                 " exported_at %TIMESTAMP% NOT NULL,"
                 " exported_by_nip TEXT)"),
        };
        statements += postgresScript(QStringLiteral(":/karier/sql/postgres-siasn.sql"));
        list.append({12, QStringLiteral("ekspor siasn: tanda riwayat yang sudah diekspor"), statements});
    }
    {
        // What changed since last time (issue 21): the content of every submission as it was sent (the
        // verifier compares a resubmission with the one returned), and the per-field difference of every
        // change in its audit entry. Records waiting or returned now keep their content as the first
        // version, so their next submission is compared with it.
        QList<MigrationStatement> statements {
            both("CREATE TABLE record_versions ("
                 " id %ID%,"
                 " record_id %REF% NOT NULL REFERENCES records(id) ON DELETE CASCADE,"
                 " employee_id %REF% NOT NULL REFERENCES employees(id),"
                 " record_type TEXT NOT NULL,"
                 " fields TEXT NOT NULL,"
                 " document_sha256 TEXT,"
                 " submitted_by_nip TEXT NOT NULL,"
                 " submitted_at %TIMESTAMP% NOT NULL)"),
            both("CREATE INDEX record_versions_record ON record_versions(record_id, id)"),
            both("INSERT INTO record_versions (record_id, employee_id, record_type, fields, document_sha256, "
                 "submitted_by_nip, submitted_at) SELECT r.id, r.employee_id, r.record_type, r.fields, "
                 "d.sha256, e.nip, COALESCE(r.submitted_at, r.updated_at) FROM records r JOIN employees e "
                 "ON e.id = r.employee_id LEFT JOIN documents d ON d.id = r.document_id "
                 "WHERE r.status IN ('diajukan', 'perlu_perbaikan') ORDER BY r.id"),
            both("ALTER TABLE audit_log ADD COLUMN detail TEXT"),
        };
        statements += postgresScript(QStringLiteral(":/karier/sql/postgres-history.sql"));
        list.append(
            {13, QStringLiteral("riwayat pengajuan: isi tiap pengajuan, perbedaan per kolom di audit"),
                statements});
    }
    // Set-based writes (a bulk decision, an import) in a constant number of statements: the audit entries
    // of one call through one definer function. SQLite inserts them itself (Organisation::auditMany).
    list.append({14, QStringLiteral("postgresql: audit banyak entri dalam satu panggilan"),
        postgresScript(QStringLiteral(":/karier/sql/postgres-sets.sql"))});
    // Last, since it reaches every table the earlier migrations made: a temporary password is held back by
    // the server too (a person's own SQL login gets nothing but the change of it); a Pengelola's unit is an
    // active Perangkat Daerah also for an Admin's raw SQL.
    list.append({15, QStringLiteral("postgresql: kata sandi sementara dan unit Pengelola dijaga server"),
        postgresScript(QStringLiteral(":/karier/sql/postgres-account-guard.sql"))});
    return list;
}

} // namespace

QString MigrationStatement::sqlFor(DatabaseUrl::Dialect dialect) const
{
    const bool sqliteDialect = dialect == DatabaseUrl::Dialect::Sqlite;
    if (common.isEmpty())
        return sqliteDialect ? sqlite : postgres;
    QString sql = common;
    if (sqliteDialect) {
        sql.replace(QLatin1String("%ID%"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        sql.replace(QLatin1String("%REF%"), QLatin1String("INTEGER"));
        sql.replace(QLatin1String("%TIMESTAMP%"), QLatin1String("TEXT"));
        sql.replace(QLatin1String("%DATE%"), QLatin1String("TEXT"));
        sql.replace(QLatin1String("%BOOL%"), QLatin1String("INTEGER"));
        sql.replace(QLatin1String("%BLOB%"), QLatin1String("BLOB"));
        sql.replace(QLatin1String("%NOW%"), QLatin1String("(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"));
    } else {
        sql.replace(
            QLatin1String("%ID%"), QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        sql.replace(QLatin1String("%REF%"), QLatin1String("BIGINT"));
        sql.replace(QLatin1String("%TIMESTAMP%"), QLatin1String("TIMESTAMPTZ"));
        sql.replace(QLatin1String("%DATE%"), QLatin1String("DATE"));
        sql.replace(QLatin1String("%BOOL%"), QLatin1String("BOOLEAN"));
        sql.replace(QLatin1String("%BLOB%"), QLatin1String("BYTEA"));
        sql.replace(QLatin1String("%NOW%"), QLatin1String("CURRENT_TIMESTAMP"));
    }
    return sql;
}

const QList<Migration>& migrations()
{
    static const QList<Migration> list = buildMigrations();
    return list;
}

} // namespace karier
