// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>
#include <memory>

namespace karier {

/// Fills a database with Surakarta's organisation and, for `demo`, realistic employees and the
/// three demo accounts of the README.
///
/// Nothing half-done: the demo is a fixed list of steps, each one transaction (the organisation with
/// every employee; each account with its OTP secret; each submission; each decision; the Arsip DMS
/// import; the DMS submission; the scores; the completion mark). A step already in the database is
/// recognised by what it wrote (the account, the record of that employee, type, title and number, a
/// decision on it …) and skipped, so a run killed at any moment is completed by running it again, with
/// the same data an uninterrupted run gives. Once the completion mark is written (audit entry
/// `data-contoh-lengkap`) the submissions are never touched again: running it again changes nothing.
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

    /// For tests only.
    struct Options
    {
        /// Called after each step has committed (or was found done), with its name; an error stops the
        /// seeding there and is returned, as if the process had been killed after that step.
        std::function<Status(const QString& step)> afterStep;
        /// The day the demo's dates count back from; invalid: today.
        QDate today;
    };

    /// Only the real organisation tree (used when the first admin is created on an empty database).
    static Result<Summary> seedOrganisation(const std::shared_ptr<Database>& db);
    /// Organisation, 240 employees, and the three demo accounts (each created with its OTP secret in one
    /// transaction; an existing demo account without the secret it should have gets it).
    static Result<Summary> seedDemo(const std::shared_ptr<Database>& db, const Options& options = {});
    /// Submissions for the verifier console and the riwayat pages, entered through the real services
    /// as each employee would (with a one-page demo certificate marked "DATA CONTOH"): Tim Kerja of
    /// the demo Pengelola's Perangkat Daerah, Kursus, Sertifikasi and Penghargaan across units, some
    /// already decided by the demo verifiers; the Arsip DMS rows and every score. Returns how many
    /// submissions it added: those an earlier, interrupted run had not written yet; 0 once complete.
    /// Call after seedDemo().
    static Result<int> seedDemoSubmissions(const std::shared_ptr<Database>& db, const Options& options = {});
    /// First run without demo data: the organisation plus one Admin BKPSDM employee and account, in one
    /// transaction (refused when any account exists). The Admin enrols an authenticator at first login.
    static Result<Summary> createFirstAdmin(const std::shared_ptr<Database>& db, const QString& nip,
        const QString& nama, const QString& password);

private:
    static Status afterStep(const Options& options, const QString& step)
    {
        return options.afterStep ? options.afterStep(step) : Status();
    }
};

} // namespace karier
