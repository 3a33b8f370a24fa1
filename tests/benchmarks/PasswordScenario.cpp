// SPDX-License-Identifier: GPL-3.0-or-later
// password: the cost of argon2id with PasswordHasher::defaultParams(), the figure a login waits for.
// The bar for verify_ms is 100–700 ms on the reference 2-core machine.

#include "Benchmark.h"
#include "auth/PasswordHasher.h"

#include <QElapsedTimer>

namespace karier::bench {

namespace {

constexpr int HashRuns = 3;
constexpr int VerifyRuns = 7;

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

Result<QList<Figure>> passwordScenario()
{
    if (!PasswordHasher::initialise())
        return Error {ErrorCode::Internal, QStringLiteral("libsodium cannot be initialised")};

    const QString password = QStringLiteral("Surakarta-Benchmark-2024!");
    const PasswordHasher::Params params = PasswordHasher::defaultParams();

    QString hash;
    QList<double> hashMs;
    for (int i = 0; i < (quickRun() ? 1 : HashRuns); ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<QString> made = PasswordHasher::hash(password, params);
        hashMs.append(elapsedMs(timer));
        if (!made)
            return Error {ErrorCode::Internal, QStringLiteral("PasswordHasher::hash failed")};
        hash = *made;
    }

    QList<double> verifyMs;
    for (int i = 0; i < (quickRun() ? 1 : VerifyRuns); ++i) {
        QElapsedTimer timer;
        timer.start();
        const bool matches = PasswordHasher::verify(hash, password);
        verifyMs.append(elapsedMs(timer));
        if (!matches)
            return Error {
                ErrorCode::Internal, QStringLiteral("PasswordHasher::verify refused the right password")};
    }

    const QString scenario = QStringLiteral("password");
    const QString ms = QStringLiteral("ms");
    return QList<Figure> {
        {scenario, QStringLiteral("verify_ms"), median(verifyMs), ms, std::nullopt},
        {scenario, QStringLiteral("hash_ms"), median(hashMs), ms, std::nullopt},
    };
}

} // namespace karier::bench
