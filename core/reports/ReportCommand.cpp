// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportCommand.h"

#include "auth/Session.h"
#include "common/CliExit.h"
#include "org/Organisation.h"
#include "reports/ReportService.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>
#include <cstring>

namespace karier {

using namespace karier::cli;

int runReportCommand(const std::shared_ptr<Database>& db, const Session* actor, const QStringList& args,
    QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("unit"), QStringLiteral("Kode Perangkat Daerah."), QStringLiteral("KODE")});
    parser.addOption({QStringLiteral("year"), QStringLiteral("Tahun (report jp)."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("pdf"), QStringLiteral("File PDF keluaran."), QStringLiteral("OUT.pdf")});
    if (!parser.parse(QStringList {QStringLiteral("report")} + args))
        return usageWith(err, parser.errorText());
    const QStringList kinds = parser.positionalArguments();
    if (kinds.size() != 1 || (kinds.first() != QLatin1String("jp") && kinds.first() != QLatin1String("dms")))
        return usageWith(err,
            QStringLiteral("report memerlukan jp atau dms: report jp|dms [--unit KODE] "
                           "[--year N] --pdf OUT.pdf"));
    const bool jp = kinds.first() == QLatin1String("jp");
    const QString path = parser.value(QStringLiteral("pdf"));
    if (path.isEmpty())
        return usageWith(err, QStringLiteral("report memerlukan --pdf OUT.pdf."));
    if (QFileInfo(path).isDir())
        return usageWith(err, QStringLiteral("--pdf %1 adalah folder, bukan nama file.").arg(path));
    int year = QDate::currentDate().year();
    if (parser.isSet(QStringLiteral("year"))) {
        if (!jp)
            return usageWith(err, QStringLiteral("--year hanya untuk report jp."));
        bool ok = false;
        year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1900 || year > 9999)
            return usageWith(err,
                QStringLiteral("--year harus tahun empat angka, bukan \"%1\".")
                    .arg(parser.value(QStringLiteral("year"))));
    }
    qint64 unitId = 0;
    if (parser.isSet(QStringLiteral("unit"))) {
        const QString code = parser.value(QStringLiteral("unit")).trimmed();
        auto unit = Organisation(db).unitByCode(code);
        if (!unit)
            return failWith(err, unit.error());
        if (!unit.value())
            return failWith(
                err, Error::notFound(QStringLiteral("Unit dengan kode %1 tidak ditemukan.").arg(code)));
        if (!(*unit)->isInduk())
            return failWith(err,
                Error::invalid(QStringLiteral("%1 adalah Satker; laporan dibuat per Perangkat Daerah (Induk "
                                              "Satker).")
                                   .arg((*unit)->name)));
        unitId = (*unit)->id;
    }
    const ReportService service(db);
    auto report = jp ? service.jpRecap(actor, unitId, year) : service.dmsShortfall(actor, unitId);
    if (!report)
        return failWith(err, report.error());
    auto pages = ReportPdf::writeFile(report.value(), path);
    if (!pages)
        return failWith(err, pages.error());
    out << "Laporan \"" << Text::forTerminal(report->title) << "\" ditulis ke " << Text::forTerminal(path)
        << " (" << pages.value() << " halaman)." << Qt::endl;
    return Done;
}

bool isReportCommand(int argc, char** argv)
{
    // The command word is the first argument that is not a global option (--database URL, --login NIP).
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "--database") == 0 || std::strcmp(a, "--login") == 0) {
            ++i;
            continue;
        }
        if (std::strncmp(a, "--", 2) == 0)
            continue;
        return std::strcmp(a, "report") == 0;
    }
    return false;
}

} // namespace karier
