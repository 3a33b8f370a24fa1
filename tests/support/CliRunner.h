// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace karier::test {

/// What one run of the real karier-cli printed and returned.
struct CliRun
{
    int exitCode = -1; ///< -1 not started or hung (killed after 60 s), -2 crashed
    QString out;
    QString err;
};

/// The environment runCli() gives karier-cli: HOME and the XDG folders inside \a home, no KARIER_DATABASE.
QProcessEnvironment cliEnvironment(const QString& home);

/// Runs karier-cli (KARIER_CLI_PATH) with \a args and \a input on standard input, with HOME and the
/// XDG folders inside \a home (so no settings of the machine are read) and without KARIER_DATABASE;
/// \a environment adds variables (KARIER_PASSWORD, KARIER_OTP).
CliRun runCli(const QString& cliPath, const QString& home, const QStringList& args,
    const QByteArray& input = {}, const QMap<QString, QString>& environment = {});

} // namespace karier::test
