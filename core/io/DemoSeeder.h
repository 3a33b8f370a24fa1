// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <memory>

namespace karier {

/// Fills a database with Surakarta's organisation and, for `demo`, realistic employees and the
/// three demo accounts of the README. Idempotent: running it again changes nothing.
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(karier::DemoSeeder)

public:
    struct Summary
    {
        int units = 0;
        int employees = 0;
        int accounts = 0;
    };

    /// The demo accounts (NIP, password, authenticator secret), as documented in the README.
    struct DemoAccount
    {
        QString role;
        QString nip;
        QString password;
        QString otpSecretBase32; ///< empty: no one-time code (ASN)
    };
    static QList<DemoAccount> demoAccounts();

    /// Only the real organisation tree (used when the first admin is created on an empty database).
    static Result<Summary> seedOrganisation(const std::shared_ptr<Database>& db);
    /// Organisation, 240 employees, and the three demo accounts.
    static Result<Summary> seedDemo(const std::shared_ptr<Database>& db);
    /// Submissions for the verifier console and the riwayat pages, entered through the real services
    /// as each employee would (with a one-page demo certificate marked "DATA CONTOH"): Tim Kerja of
    /// the demo Pengelola's Perangkat Daerah, Kursus, Sertifikasi and Penghargaan across units, some
    /// already decided by the demo verifiers. Returns how many it added; 0 when the database already
    /// holds records (idempotent). Call after seedDemo().
    static Result<int> seedDemoSubmissions(const std::shared_ptr<Database>& db);
    /// First run without demo data: the organisation plus one Admin BKPSDM employee and account.
    static Result<Summary> createFirstAdmin(const std::shared_ptr<Database>& db, const QString& nip,
        const QString& nama, const QString& password);
};

} // namespace karier
