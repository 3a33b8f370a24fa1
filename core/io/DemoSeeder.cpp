// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DemoSeeder.h"

#include "auth/AuthService.h"
#include "auth/Base32.h"
#include "auth/PasswordHasher.h"
#include "domain/Nip.h"
#include "io/DemoData.h"
#include "org/Organisation.h"

#include <QHash>

namespace karier {

namespace {

Employee toEmployee(const DemoEmployee& demo, qint64 unitId)
{
    Employee e;
    e.nip = demo.nip;
    e.nama = demo.nama;
    e.gelarDepan = demo.gelarDepan;
    e.gelarBelakang = demo.gelarBelakang;
    e.jabatan = demo.jabatan;
    e.unitId = unitId;
    e.pppk = demo.pppk;
    e.tanggalLahir = demo.tanggalLahir;
    e.jenisKelamin = demo.jenisKelamin;
    e.tmt = demo.tmt;
    return e;
}

/// Writes the organisation inside the caller's transaction; returns unit ids by code.
Result<QHash<QString, qint64>> writeOrganisation(QSqlDatabase& c, int& count)
{
    QHash<QString, qint64> ids;
    const QList<DemoUnit> units = DemoData::organisation();
    for (const DemoUnit& unit : units) {
        auto id = Organisation::upsertUnit(c, unit.code, unit.name, unit.parentCode);
        if (!id)
            return id.error();
        ids.insert(unit.code, id.value());
    }
    count = int(units.size());
    return ids;
}

Error alreadyHasAccounts()
{
    return Error::conflict(QCoreApplication::translate("karier::DemoSeeder",
        "Database ini sudah memiliki akun; admin pertama hanya dibuat pada database kosong."));
}

} // namespace

QList<DemoSeeder::DemoAccount> DemoSeeder::demoAccounts()
{
    return {
        {QStringLiteral("admin"), QStringLiteral("198503152010012002"), QStringLiteral("DemoAdmin2026"),
            QStringLiteral("KARIERASNADMINDEMOSURAKARTA23456")},
        {QStringLiteral("pengelola"), QStringLiteral("198007122005011003"),
            QStringLiteral("DemoPengelola2026"), QStringLiteral("KARIERASNPENGELOLADEMOSURAKARTA2")},
        {QStringLiteral("asn"), QStringLiteral("198609262015051001"), QStringLiteral("DemoAsn2026"),
            QString()},
    };
}

Result<DemoSeeder::Summary> DemoSeeder::seedOrganisation(const std::shared_ptr<Database>& db)
{
    Summary summary;
    const Status status = db->write([&](QSqlDatabase& c) -> Status {
        auto ids = writeOrganisation(c, summary.units);
        return ids ? Status() : Status(ids.error());
    });
    if (!status)
        return status.error();
    return summary;
}

Result<DemoSeeder::Summary> DemoSeeder::seedDemo(const std::shared_ptr<Database>& db, const Options& options)
{
    Summary summary;
    const QList<DemoPersona> personas = DemoData::personas();
    const QList<DemoEmployee> employees = DemoData::employees();
    const Status status = db->write([&](QSqlDatabase& c) -> Status {
        auto ids = writeOrganisation(c, summary.units);
        if (!ids)
            return ids.error();
        for (const DemoPersona& persona : personas) {
            auto id = Organisation::upsertEmployee(
                c, toEmployee(persona.employee, ids->value(persona.employee.unitCode)));
            if (!id)
                return id.error();
        }
        for (const DemoEmployee& demo : employees) {
            auto id = Organisation::upsertEmployee(c, toEmployee(demo, ids->value(demo.unitCode)));
            if (!id)
                return id.error();
        }
        summary.employees = int(personas.size() + employees.size());
        return {};
    });
    if (!status)
        return status.error();
    if (auto step = afterStep(options, QStringLiteral("organisasi dan pegawai")); !step)
        return step.error();

    // Accounts: created once; a second run leaves existing accounts (and changed passwords) alone.
    AuthService auth(db);
    Organisation org(db);
    const QList<DemoAccount> accounts = demoAccounts();
    for (const DemoPersona& persona : personas) {
        auto it = std::find_if(accounts.cbegin(), accounts.cend(),
            [&](const DemoAccount& a) { return a.nip == persona.employee.nip; });
        if (it == accounts.cend())
            continue;
        qint64 managedUnit = 0;
        if (!persona.managedUnitCode.isEmpty()) {
            auto unit = org.unitByCode(persona.managedUnitCode);
            if (!unit)
                return unit.error();
            managedUnit = unit.value() ? unit.value()->id : 0;
        }
        const Role role = roleFromCode(persona.role).value_or(Role::Asn);
        const QByteArray secret = Base32::decode(it->otpSecretBase32).value_or(QByteArray());
        // The account and its secret are one row written in one transaction.
        auto created
            = auth.createAccount(nullptr, persona.employee.nip, role, managedUnit, it->password, secret);
        if (!created) {
            if (created.error().code != ErrorCode::Conflict)
                return created.error();
            // It exists: a program before this one wrote the secret in a second transaction, and may have
            // been killed in between. Give it the secret it should have (unless it was reset on purpose).
            if (!secret.isEmpty()) {
                if (auto repaired = auth.repairOtpSecret(persona.employee.nip, secret); !repaired)
                    return repaired.error();
            }
        }
        ++summary.accounts;
        if (auto step = afterStep(options, QStringLiteral("akun %1").arg(persona.employee.nip)); !step)
            return step.error();
    }
    return summary;
}

Result<DemoSeeder::Summary> DemoSeeder::createFirstAdmin(
    const std::shared_ptr<Database>& db, const QString& nipText, const QString& nama, const QString& password)
{
    const auto nip = Nip::parse(nipText);
    if (!nip)
        return nip.error();
    if (nama.trimmed().isEmpty())
        return Error::invalid(tr("Nama wajib diisi."));
    if (const QString weak = AuthService::checkPasswordStrength(password, {nipText, nama}); !weak.isEmpty())
        return Error::invalid(weak);
    AuthService auth(db);
    auto any = auth.hasAccounts();
    if (!any)
        return any.error();
    if (any.value())
        return alreadyHasAccounts();
    // Hashed before the transaction; the organisation, the employee and the account are then written at
    // once, so a killed first run leaves either nothing or a complete Admin.
    const auto account = AuthService::prepareAccount(nip->digits(), Role::Admin, 0, password, {}, nama);
    if (!account)
        return account.error();
    Summary summary;
    const Status status = db->write([&](QSqlDatabase& c) -> Status {
        SqlQuery existing(c, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM accounts LIMIT 1) x"));
        if (!existing.exec() || !existing.next())
            return existing.error();
        if (existing.value(0).toInt() > 0)
            return alreadyHasAccounts();
        auto ids = writeOrganisation(c, summary.units);
        if (!ids)
            return ids.error();
        Employee e;
        e.nip = nip->digits();
        e.nama = nama.trimmed();
        e.jabatan = QStringLiteral("Admin BKPSDM");
        e.unitId = ids->value(QStringLiteral("BKPSDM"));
        if (e.unitId == 0)
            return Error::database(tr("Unit BKPSDM tidak ada dalam daftar organisasi."));
        e.pppk = nip->kind() == Nip::Kind::Pppk;
        e.tanggalLahir = nip->birthDate();
        e.jenisKelamin = nip->sex() == Nip::Sex::Female ? 2 : 1;
        e.tmt = nip->tmt();
        auto id = Organisation::upsertEmployee(c, e);
        if (!id)
            return id.error();
        summary.employees = 1;
        auto created = AuthService::insertAccount(c, QString(), account.value());
        if (!created)
            return created.error();
        summary.accounts = 1;
        return {};
    });
    if (!status)
        return status.error();
    return summary;
}

} // namespace karier
