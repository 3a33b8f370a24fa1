// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/BatchCommand.h"

#include "common/CliExit.h"
#include "common/Text.h"
#include "documents/PdfCheckRunner.h"
#include "io/InputFile.h"
#include "records/BatchService.h"
#include "records/ReferenceLists.h"
#include "settings/SharedSettings.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace karier {

namespace {

using namespace karier::cli;

QVariant typedValue(const FieldSpec& field, const QString& text)
{
    switch (field.type) {
    case FieldType::Date:
        for (const QString& format :
            {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd-MM-yyyy"), QStringLiteral("dd/MM/yyyy")}) {
            const QDate date = QDate::fromString(text, format);
            if (date.isValid())
                return date;
        }
        return text; // validate() names the field
    case FieldType::Integer:
    case FieldType::Year: {
        bool ok = false;
        const int n = text.toInt(&ok);
        return ok ? QVariant(n) : QVariant(text);
    }
    default:
        return text;
    }
}

QString commandName(const RecordType& type)
{
    return QStringLiteral("batch-") + type.code;
}

} // namespace

QString batchCommandHelp(const RecordType& type)
{
    QString text
        = QStringLiteral("  %1 --nips FILE --pdf FILE [--yes] KUNCI=NILAI...\n").arg(commandName(type));
    for (const FieldSpec& f : type.fields) {
        QString kind;
        switch (f.type) {
        case FieldType::Date:
            kind = QStringLiteral("tanggal 2026-08-17");
            break;
        case FieldType::Year:
            kind = QStringLiteral("tahun");
            break;
        case FieldType::Integer:
            kind = QStringLiteral("angka");
            break;
        default:
            kind = f.referenceList.isEmpty() ? QStringLiteral("teks") : QStringLiteral("pilihan");
        }
        text += QStringLiteral("      %1=…  %2 (%3%4)\n")
                    .arg(f.key, f.label, kind, f.required ? QString() : QStringLiteral(", boleh kosong"));
    }
    return text;
}

int runBatchCommand(const RecordType& type, const std::shared_ptr<Database>& db, const Session* actor,
    const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("nips"),
        QStringLiteral(
            "CSV dengan kolom NIP, atau satu NIP atau lebih per baris (\"-\" untuk masukan standar)."),
        QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("pdf"), QStringLiteral("Dokumen SK atau sertifikat (PDF)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("yes"), QStringLiteral("Simpan tanpa bertanya lagi.")});
    if (!parser.parse(QStringList {commandName(type)} + args))
        return usageWith(err, parser.errorText());
    if (!parser.isSet(QStringLiteral("nips")) || !parser.isSet(QStringLiteral("pdf")))
        return usageWith(
            err, QStringLiteral("%1 memerlukan --nips FILE dan --pdf FILE.").arg(commandName(type)));

    QVariantMap values;
    for (const QString& assignment : parser.positionalArguments()) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        const FieldSpec* field = eq > 0 ? type.field(assignment.left(eq)) : nullptr;
        if (!field) {
            QStringList keys;
            for (const FieldSpec& f : type.fields)
                keys << f.key;
            return usageWith(err,
                QStringLiteral("\"%1\" bukan KUNCI=NILAI yang dikenal. Kunci untuk %2: %3.")
                    .arg(assignment, type.title, keys.join(QStringLiteral(", "))));
        }
        const QString value = assignment.mid(eq + 1).trimmed();
        // The same characters are refused here as in the CSV imports (stored values, both dialects).
        if (const QString problem = Text::fieldProblem(field->key, value); !problem.isEmpty())
            return failWith(err, Error::invalid(problem));
        values.insert(field->key, typedValue(*field, value));
    }

    // The NIP list: a regular file or standard input, read up to the one cap of karier-cli's input files.
    const QString nipFile = parser.value(QStringLiteral("nips"));
    Result<QByteArray> nipData = QByteArray();
    if (nipFile == QLatin1String("-")) {
        QFile nips;
        if (!nips.open(stdin, QIODevice::ReadOnly))
            return failWith(err, Error::invalid(QStringLiteral("Masukan standar tidak dapat dibaca.")));
        nipData = InputFile::readAll(nips, QStringLiteral("Masukan standar"));
    } else {
        nipData = InputFile::read(nipFile);
    }
    if (!nipData)
        return failWith(err, nipData.error());
    const QString nipText = QString::fromUtf8(nipData.value());
    if (nipText.contains(QChar::ReplacementCharacter))
        return failWith(err, Error::invalid(QStringLiteral("File %1 bukan teks UTF-8.").arg(nipFile)));

    // The PDF, checked in a child process with the shared limits.
    auto settings = SharedSettings(db).load();
    if (!settings)
        return failWith(err, settings.error());
    const QString pdfPath = parser.value(QStringLiteral("pdf"));
    PdfCheckOptions options;
    options.limits = settings->pdfLimits();
    // Read once; exactly the bytes checked are stored (their SHA-256 is compared when storing).
    QByteArray pdfContent;
    const PdfCheckResult checked = PdfCheckRunner::check(pdfPath, options, &pdfContent);
    if (!checked.ok)
        return failWith(err, Error::invalid(QStringLiteral("%1: %2").arg(pdfPath, checked.message)));
    for (const QString& warning : checked.warnings)
        err << "Peringatan dokumen: " << Text::forTerminal(warning) << Qt::endl;
    DocumentUpload upload {pdfContent, QFileInfo(pdfPath).fileName(), checked.pages,
        checked.sharpness.value_or(-1), checked.sha256};

    BatchService service(db);
    auto plan = service.prepare(actor, type, values, BatchService::parseNipList(nipText));
    if (!plan)
        return failWith(err, plan.error());
    for (const RuleIssue& warning : plan->warnings)
        err << "Peringatan: " << Text::forTerminal(warning.message) << Qt::endl;
    for (const BatchProblem& problem : plan->problems) {
        // The entry, the name and the reason (which may quote either) come from data: controls escaped.
        err << "baris " << problem.entry.line << ": " << Text::forTerminal(problem.entry.text);
        if (!problem.name.isEmpty())
            err << " (" << Text::forTerminal(problem.name) << ")";
        err << ": " << Text::forTerminal(problem.reason) << Qt::endl;
    }
    for (const BatchRecipient& r : plan->recipients) {
        for (const QString& warning : r.warnings)
            err << r.nip << " (" << Text::forTerminal(r.name)
                << "): peringatan: " << Text::forTerminal(warning) << Qt::endl;
    }
    out << Text::forTerminal(plan->summary()) << Qt::endl;
    if (!plan->problems.isEmpty())
        out << plan->problems.size() << " NIP tidak akan menerima (lihat daftar di atas)." << Qt::endl;
    if (plan->recipients.isEmpty())
        return failWith(
            err, Error::invalid(QStringLiteral("Tidak ada pegawai yang dapat menerima %1.").arg(type.title)));
    if (!parser.isSet(QStringLiteral("yes"))) {
        out << "Belum ada yang disimpan. Jalankan lagi dengan --yes untuk menyimpan." << Qt::endl;
        return Done;
    }
    auto outcome = service.apply(actor, plan.value(), upload);
    if (!outcome)
        return failWith(err, outcome.error());
    out << "Tersimpan: " << outcome->created << " riwayat " << type.title << " berstatus Disetujui; dokumen "
        << (outcome->documentReused ? "yang sama sudah ada dan dipakai bersama." : "disimpan satu kali.")
        << Qt::endl;
    if (outcome->scoresUpdated > 0)
        out << "Skor Arsip Digital " << outcome->scoresUpdated << " pegawai dihitung ulang." << Qt::endl;
    return Done;
}

} // namespace karier
