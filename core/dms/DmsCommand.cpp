// SPDX-License-Identifier: GPL-3.0-or-later
#include "dms/DmsCommand.h"

#include "auth/Session.h"
#include "common/CliExit.h"
#include "common/Text.h"
#include "dms/DmsService.h"
#include "domain/Nip.h"
#include "io/InputFile.h"
#include "records/RecordType.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace karier {

using namespace karier::cli;

namespace {

QJsonObject scoreJson(const DmsEmployeeView& view)
{
    QJsonArray categories;
    for (const DmsCategoryScore& c : view.score.categories)
        categories.append(QJsonObject {{QStringLiteral("category"), Dms::categoryCode(c.category)},
            {QStringLiteral("title"), Dms::categoryTitle(c.category)},
            {QStringLiteral("group"),
                Dms::groupOf(c.category) == DmsGroup::Utama ? QStringLiteral("utama")
                                                            : QStringLiteral("kondisional")},
            {QStringLiteral("points"), c.points}, {QStringLiteral("max_points"), c.maxPoints},
            {QStringLiteral("rows"), c.rows}, {QStringLiteral("done"), c.done},
            {QStringLiteral("percent"), c.percent}});
    QJsonArray missing;
    for (const DmsMissing& m : view.score.missing)
        missing.append(QJsonObject {{QStringLiteral("category"), Dms::categoryCode(m.category)},
            {QStringLiteral("reference"), m.reference}, {QStringLiteral("points"), m.points},
            {QStringLiteral("waiting"), m.waiting}, {QStringLiteral("text"), m.text()}});
    return {{QStringLiteral("nip"), view.nip}, {QStringLiteral("nama"), view.nama},
        {QStringLiteral("score"), view.score.total},
        {QStringLiteral("label"), Dms::bandText(view.score.band)},
        {QStringLiteral("utama"), view.score.utama}, {QStringLiteral("kondisional"), view.score.kondisional},
        {QStringLiteral("computed_at"),
            view.computedAt.isValid() ? view.computedAt.toString(Qt::ISODate) : QJsonValue()},
        {QStringLiteral("categories"), categories}, {QStringLiteral("missing"), missing}};
}

int runScore(const std::shared_ptr<Database>& db, const Session* actor, const QStringList& args,
    QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("nip"), QStringLiteral("NIP pegawai."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Keluaran JSON.")});
    if (!parser.parse(QStringList {QStringLiteral("dms-score")} + args))
        return usageWith(err, parser.errorText());
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(QStringLiteral("nip")))
        return usageWith(err, QStringLiteral("dms-score memerlukan --nip N (dan boleh --json)."));
    auto nip = Nip::parse(parser.value(QStringLiteral("nip")));
    if (!nip)
        return failWith(err, nip.error());
    auto view = DmsService(db).forEmployee(actor, nip->digits());
    if (!view)
        return failWith(err, view.error());
    if (parser.isSet(QStringLiteral("json"))) {
        out << Text::jsonControlsEscaped(
            QJsonDocument(scoreJson(view.value())).toJson(QJsonDocument::Indented));
        return Done;
    }
    const DmsScore& s = view->score;
    out << "Skor Arsip Digital " << Dms::pointsText(s.total) << " · " << Dms::bandText(s.band) << Qt::endl;
    // Names come from the data: controls are escaped before they reach the terminal.
    out << Text::forTerminal(view->nama) << " · NIP " << Nip::groupedOrAsIs(view->nip) << " · "
        << Text::forTerminal(view->unitName) << Qt::endl;
    out << "Sinkronisasi terakhir: "
        << (view->computedAt.isValid() ? momentText(view->computedAt) : QStringLiteral("belum pernah"))
        << Qt::endl
        << Qt::endl;
    const auto group = [&](DmsGroup g, const char* title, double points, double max) {
        out << title << ": " << Dms::pointsText(points) << " dari " << Dms::pointsText(max) << Qt::endl;
        for (const DmsCategoryScore& c : s.categories) {
            if (Dms::groupOf(c.category) != g)
                continue;
            out << "  " << Dms::categoryTitle(c.category).leftJustified(18) << " "
                << QString::number(qRound(c.percent)).rightJustified(3) << "%  " << Dms::pointsText(c.points)
                << " / " << Dms::pointsText(c.maxPoints);
            if (c.rows > 0)
                out << "  (" << c.done << " dari " << c.rows << " dokumen)";
            out << Qt::endl;
        }
    };
    group(DmsGroup::Utama, "Arsip Utama (9 Kategori)", s.utama, 90);
    group(DmsGroup::Kondisional, "Arsip Kondisional (6 Kategori)", s.kondisional, 10);
    out << Qt::endl;
    if (s.missing.isEmpty()) {
        out << "Semua dokumen lengkap." << Qt::endl;
    } else {
        out << "Dokumen yang belum ada (poin terbesar dahulu):" << Qt::endl;
        for (const DmsMissing& m : s.missing)
            out << "  " << Text::forTerminal(m.text()) << Qt::endl;
    }
    return Done;
}

int runRecap(const std::shared_ptr<Database>& db, const Session* actor, const QStringList& args,
    QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QStringLiteral("Keluaran JSON.")});
    if (!parser.parse(QStringList {QStringLiteral("dms-recap")} + args))
        return usageWith(err, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageWith(err, QStringLiteral("dms-recap hanya menerima --json."));
    DmsService service(db);
    // Recalculating every score is the Admin's (and the owner's); a Pengelola gets the recap as stored.
    int recalculated = 0;
    if (!actor || actor->role == Role::Admin) {
        auto done = service.recalculateAll(actor);
        if (!done)
            return failWith(err, done.error());
        recalculated = done.value();
    }
    auto recap = service.recap(actor);
    if (!recap)
        return failWith(err, recap.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray units;
        for (const DmsRecapRow& r : recap.value())
            units.append(QJsonObject {{QStringLiteral("unit"), r.name},
                {QStringLiteral("employees"), r.employees}, {QStringLiteral("average"), r.average},
                {QStringLiteral("sangat_lengkap"), r.bands[0]}, {QStringLiteral("lengkap"), r.bands[1]},
                {QStringLiteral("cukup_lengkap"), r.bands[2]}, {QStringLiteral("kurang_lengkap"), r.bands[3]},
                {QStringLiteral("below_100"), r.below100}});
        out << Text::jsonControlsEscaped(QJsonDocument(
            QJsonObject {{QStringLiteral("recalculated"), recalculated}, {QStringLiteral("units"), units}})
                                             .toJson(QJsonDocument::Indented));
        return Done;
    }
    if (!actor || actor->role == Role::Admin)
        out << "Skor dihitung ulang untuk " << recalculated << " pegawai." << Qt::endl;
    out << QStringLiteral("Perangkat Daerah").leftJustified(44)
        << " Pegawai  Rata-rata  SL    L     CL    KL   <100" << Qt::endl;
    for (const DmsRecapRow& r : recap.value()) {
        out << Text::forTerminal(r.name).left(44).leftJustified(44) << " "
            << QString::number(r.employees).rightJustified(7) << "  "
            << Dms::pointsText(r.average).rightJustified(9);
        for (int band = 0; band < 4; ++band)
            out << " " << QString::number(r.bands[band]).rightJustified(5);
        out << " " << QString::number(r.below100).rightJustified(5) << Qt::endl;
    }
    return Done;
}

int runImport(const std::shared_ptr<Database>& db, const Session* actor, const QStringList& args,
    QTextStream& out, QTextStream& err)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-')))
        return usageWith(err, QStringLiteral("import-dms memerlukan tepat satu nama file CSV."));
    const auto data = InputFile::read(args.first());
    if (!data)
        return failWith(err, data.error());
    auto report = DmsService(db).importCsv(actor, data.value());
    if (!report)
        return failWith(err, report.error());
    for (const QString& line : report->errors)
        err << Text::forTerminal(line) << Qt::endl;
    out << "Impor DMS selesai: " << report->inserted << " baru, " << report->updated << " diperbarui, "
        << report->unchanged << " tidak berubah, " << report->errors.size() << " ditolak." << Qt::endl;
    return report->errors.isEmpty() ? Done : Refused;
}

} // namespace

int runDmsCommand(const QString& command, const std::shared_ptr<Database>& db, const Session* actor,
    const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (command == QLatin1String("dms-score"))
        return runScore(db, actor, args, out, err);
    if (command == QLatin1String("dms-recap"))
        return runRecap(db, actor, args, out, err);
    if (command == QLatin1String("import-dms"))
        return runImport(db, actor, args, out, err);
    return usageWith(err, QStringLiteral("perintah \"%1\" tidak dikenal.").arg(command));
}

} // namespace karier
