// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/SiasnExportCommand.h"

#include "common/CliExit.h"
#include "common/Text.h"
#include "export/SiasnExport.h"

#include <QCommandLineParser>

namespace karier {

using namespace karier::cli;

int runSiasnExportCommand(const std::shared_ptr<Database>& db, const Session* actor, const QStringList& args,
    QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("since"),
        QStringLiteral("Riwayat yang disetujui sejak tanggal ini (yyyy-MM-dd), sudah diekspor atau belum."),
        QStringLiteral("TANGGAL")});
    parser.addOption({QStringLiteral("type"), QStringLiteral("kursus, sertifikasi atau penghargaan."),
        QStringLiteral("JENIS")});
    parser.addOption({QStringLiteral("documents"), QStringLiteral("Folder untuk dokumen PDF setiap riwayat."),
        QStringLiteral("FOLDER")});
    parser.addOption({QStringLiteral("all"), QStringLiteral("Semua riwayat yang disetujui.")});
    if (!parser.parse(QStringList {QStringLiteral("export-siasn")} + args))
        return usageWith(err, parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageWith(err,
            QStringLiteral(
                "export-siasn memerlukan tepat satu file keluaran (\"-\" untuk keluaran standar)."));
    SiasnExportOptions options;
    if (parser.isSet(QStringLiteral("since"))) {
        options.since
            = QDate::fromString(parser.value(QStringLiteral("since")), QStringLiteral("yyyy-MM-dd"));
        if (!options.since.isValid())
            return usageWith(err,
                QStringLiteral("--since harus tanggal yyyy-MM-dd, bukan \"%1\".")
                    .arg(parser.value(QStringLiteral("since"))));
    }
    for (const QString& type : parser.values(QStringLiteral("type"))) {
        if (!SiasnExport::typeCodes().contains(type))
            return usageWith(err, QStringLiteral("--type harus kursus, sertifikasi atau penghargaan."));
        options.types << type;
    }
    options.all = parser.isSet(QStringLiteral("all"));
    options.documentsDir = parser.value(QStringLiteral("documents"));
    const QString outPath = parser.positionalArguments().first();
    auto summary = SiasnExport(db).exportTo(actor, options, outPath);
    if (!summary)
        return failWith(err, summary.error());
    for (const QString& line : std::as_const(summary->problems))
        err << Text::forTerminal(line) << Qt::endl; // quotes the records' values
    QTextStream& report = outPath == QLatin1String("-") ? err : out;
    QStringList counts;
    for (const QString& type : SiasnExport::typeCodes())
        counts << QStringLiteral("%1 %2").arg(type).arg(summary->perType.value(type));
    report << summary->exported << " riwayat diekspor (" << counts.join(QStringLiteral(", ")) << "), "
           << summary->unmapped << " nilai belum terpetakan";
    if (!options.documentsDir.isEmpty())
        report << ", " << summary->documents << " dokumen ditulis ke "
               << Text::forTerminal(options.documentsDir);
    report << "." << Qt::endl;
    return Done;
}

} // namespace karier
