// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoFingerprint.h"

#include <QSqlRecord>

namespace karier::test {

namespace {

struct Count
{
    const char* name;
    const char* sql;
};

const Count Counts[] = {
    {"org_units", "SELECT COUNT(*) FROM org_units"},
    {"employees", "SELECT COUNT(*) FROM employees"},
    {"accounts", "SELECT COUNT(*) FROM accounts"},
    {"accounts_with_otp", "SELECT COUNT(*) FROM accounts WHERE otp_secret IS NOT NULL AND otp_enabled"},
    {"records", "SELECT COUNT(*) FROM records"},
    {"decided", "SELECT COUNT(*) FROM records WHERE decided_at IS NOT NULL"},
    {"documents", "SELECT COUNT(*) FROM documents"},
    {"dms_rows", "SELECT COUNT(*) FROM dms_rows"},
    {"dms_scores", "SELECT COUNT(*) FROM dms_scores"},
    {"audit_log", "SELECT COUNT(*) FROM audit_log"},
};

const char* const Content[] = {
    "SELECT 'unit', u.code, u.name, p.code FROM org_units u LEFT JOIN org_units p ON p.id = u.parent_id "
    "ORDER BY u.code",
    "SELECT 'pegawai', e.nip, u.code, e.nama, e.gelar_depan, e.gelar_belakang, e.jabatan, e.jenis_pegawai, "
    "e.tanggal_lahir, e.jenis_kelamin, e.tmt FROM employees e JOIN org_units u ON u.id = e.unit_id "
    "ORDER BY e.nip",
    "SELECT 'akun', e.nip, a.role, m.code, a.otp_secret, a.otp_enabled, a.active FROM accounts a "
    "JOIN employees e ON e.id = a.employee_id LEFT JOIN org_units m ON m.id = a.managed_unit_id "
    "ORDER BY e.nip",
    "SELECT 'usulan', e.nip, r.record_type, r.title, r.number, r.status, r.start_date, r.end_date, r.hours, "
    "d.sha256, r.note, r.decided_by_nip, r.decided_at, r.submitted_at, r.link_url, r.version FROM records r "
    "JOIN employees e ON e.id = r.employee_id LEFT JOIN documents d ON d.id = r.document_id "
    "ORDER BY e.nip, r.record_type, r.title, r.number",
    "SELECT 'dokumen', sha256, size_bytes, pages FROM documents ORDER BY sha256",
    "SELECT 'dms', e.nip, d.category, d.reference, d.document_in_siasn, r.title FROM dms_rows d "
    "JOIN employees e ON e.id = d.employee_id LEFT JOIN records r ON r.id = d.record_id "
    "ORDER BY e.nip, d.category, d.reference",
    "SELECT 'skor', e.nip, s.total, s.utama, s.kondisional, s.band, s.computed_at FROM dms_scores s "
    "JOIN employees e ON e.id = s.employee_id ORDER BY e.nip",
    "SELECT 'audit', action, entity, actor_nip, from_state, to_state, note FROM audit_log ORDER BY id",
};

} // namespace

DemoFingerprint demoFingerprint(const std::shared_ptr<Database>& db)
{
    DemoFingerprint print;
    const Status status = db->read([&](QSqlDatabase& c) -> Status {
        for (const Count& count : Counts) {
            SqlQuery q(c, QString::fromLatin1(count.sql));
            if (!q.exec() || !q.next())
                return q.error();
            print.counts.insert(QString::fromLatin1(count.name), q.value(0).toLongLong());
        }
        for (const char* sql : Content) {
            SqlQuery q(c, QString::fromLatin1(sql));
            if (!q.exec())
                return q.error();
            const int columns = q.raw().record().count();
            while (q.next()) {
                QStringList line;
                for (int i = 0; i < columns; ++i)
                    line << (q.value(i).isNull() ? QStringLiteral("∅") : q.value(i).toString());
                print.content << line.join(QLatin1Char('|'));
            }
        }
        return {};
    });
    if (!status)
        print.error = status.error().message;
    return print;
}

QString firstDifference(const DemoFingerprint& a, const DemoFingerprint& b)
{
    if (!a.error.isEmpty() || !b.error.isEmpty())
        return a.error + QLatin1Char(' ') + b.error;
    for (auto it = a.counts.cbegin(); it != a.counts.cend(); ++it) {
        if (b.counts.value(it.key(), -1) != it.value())
            return QStringLiteral("%1: %2 against %3")
                .arg(it.key())
                .arg(it.value())
                .arg(b.counts.value(it.key()));
    }
    const qsizetype n = std::min(a.content.size(), b.content.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (a.content.at(i) != b.content.at(i))
            return QStringLiteral("line %1:\n  %2\n  %3").arg(i).arg(a.content.at(i), b.content.at(i));
    }
    if (a.content.size() != b.content.size())
        return QStringLiteral("%1 lines against %2").arg(a.content.size()).arg(b.content.size());
    return {};
}

} // namespace karier::test
