// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportService.h"

#include "approval/ApprovalService.h"
#include "auth/AccessPolicy.h"
#include "dms/DmsService.h"
#include "domain/Nip.h"
#include "org/Organisation.h"
#include "records/RecordService.h"
#include "records/RecordType.h"

#include <cmath>
#include <limits>

namespace karier {

namespace {

QString count(int n)
{
    return QString::number(n);
}

/// "3,75" / "41,3": the decimal comma of the printed reports, whatever the language.
QString decimal(double value)
{
    return Dms::pointsText(value);
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return ReportService::tr("%1 byte").arg(bytes);
    return ReportService::tr("%1 KB").arg(
        QString::number(double(bytes) / 1024.0, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')));
}

} // namespace

ReportService::ReportService(std::shared_ptr<Database> db, Clock clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{ }

QDateTime ReportService::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

int ReportService::jpBand(int approvedJp, int target)
{
    if (approvedJp >= target)
        return 2;
    return approvedJp <= target / 2 ? 0 : 1;
}

Result<QList<std::pair<qint64, QString>>> ReportService::unitsFor(
    const Session* actor, qint64 indukUnitId) const
{
    if (actor) {
        if (auto allowed = AccessPolicy::require(*actor, Permission::ViewEmployees); !allowed)
            return allowed.error();
        if (indukUnitId == 0 && actor->role != Role::Admin)
            indukUnitId = actor->managedUnitId;
        if (auto allowed = AccessPolicy::requireEmployee(*actor, {0, indukUnitId}); !allowed)
            return allowed.error();
    }
    auto units = Organisation(m_db).indukUnits();
    if (!units)
        return units.error();
    QList<std::pair<qint64, QString>> chosen;
    for (const OrgUnit& unit : units.value()) {
        if (indukUnitId == 0 || unit.id == indukUnitId)
            chosen.append({unit.id, unit.name});
    }
    if (chosen.isEmpty())
        return Error::notFound(indukUnitId == 0 ? tr("Belum ada Perangkat Daerah.")
                                                : tr("Perangkat Daerah tidak ditemukan atau tidak aktif."));
    return chosen;
}

Result<Report> ReportService::jpRecap(const Session* actor, qint64 indukUnitId, int year) const
{
    if (year < 1900 || year > 9999)
        return Error::invalid(tr("Tahun %1 tidak sah.").arg(year));
    const RecordService records(m_db);
    // The access check of the counting itself first: it refuses a Pengelola (no Kursus of others).
    auto jp = records.jpOfUnit(actor, indukUnitId, year);
    if (!jp)
        return jp.error();
    auto units = unitsFor(actor, indukUnitId);
    if (!units)
        return units.error();
    const auto jpTarget = records.jpTarget();
    if (!jpTarget)
        return jpTarget.error();
    const int target = std::max(1, jpTarget.value());

    Report report;
    report.title = tr("Rekap JP Tahun %1").arg(year);
    report.subtitle = units->size() == 1 ? tr("Perangkat Daerah: %1").arg(units->first().second)
                                         : tr("Semua Perangkat Daerah (%1)").arg(units->size());
    report.printedAt = now();
    report.text(tr("JP (jam pelajaran) dari Kursus yang disetujui dengan tanggal mulai pada tahun %1; target "
                   "%2 JP per pegawai per tahun.")
                    .arg(year)
                    .arg(target));
    const QString lowHeader = tr("0–%1 JP").arg(target / 2);
    const QString middleHeader = tr("%1–%2 JP").arg(target / 2 + 1).arg(target - 1);
    const QString reachedHeader = tr("≥ %1 JP").arg(target);

    ReportTable summary;
    summary.headers = {tr("Perangkat Daerah"), tr("Pegawai"), lowHeader, middleHeader, reachedHeader};
    summary.widths = {48, 13, 13, 13, 13};
    summary.rightAligned = {1, 2, 3, 4};
    QList<ReportBlock> sections;
    for (const auto& [unitId, unitName] : units.value()) {
        auto employees
            = Organisation(m_db).searchEmployees(QString(), unitId, std::numeric_limits<int>::max());
        if (!employees)
            return employees.error();
        JpBands bands;
        ReportTable under;
        under.headers = {tr("NIP"), tr("Nama"), tr("Satker"), tr("JP")};
        under.widths = {25, 33, 33, 9};
        under.rightAligned = {3};
        under.emptyText = tr("Semua pegawai mencapai %1 JP.").arg(target);
        for (const Employee& e : employees.value()) {
            const int approved = jp->value(e.id).approved;
            ++bands.employees;
            switch (jpBand(approved, target)) {
            case 0:
                ++bands.low;
                break;
            case 1:
                ++bands.middle;
                break;
            default:
                ++bands.reached;
                break;
            }
            if (approved < target)
                under.rows.append({Nip::groupedOrAsIs(e.nip), e.displayName(), e.unitName, count(approved)});
        }
        summary.rows.append(
            {unitName, count(bands.employees), count(bands.low), count(bands.middle), count(bands.reached)});
        sections.append({ReportBlock::Kind::Heading, unitName, {}});
        sections.append({ReportBlock::Kind::Text,
            tr("Pegawai: %1 · %2: %3 · %4: %5 · %6: %7")
                .arg(count(bands.employees), lowHeader, count(bands.low), middleHeader, count(bands.middle),
                    reachedHeader, count(bands.reached)),
            {}});
        if (!under.rows.isEmpty())
            sections.append({ReportBlock::Kind::Text, tr("Pegawai di bawah %1 JP:").arg(target), {}});
        sections.append({ReportBlock::Kind::Table, {}, under});
    }
    if (units->size() > 1) {
        report.heading(tr("Ringkasan per Perangkat Daerah"));
        report.table(summary);
    }
    report.blocks += sections;
    return report;
}

Result<Report> ReportService::dmsShortfall(const Session* actor, qint64 indukUnitId) const
{
    auto units = unitsFor(actor, indukUnitId);
    if (!units)
        return units.error();
    const DmsService dms(m_db);
    Report report;
    report.title = tr("Laporan Kekurangan Berkas DMS");
    report.subtitle = units->size() == 1 ? tr("Perangkat Daerah: %1").arg(units->first().second)
                                         : tr("Semua Perangkat Daerah (%1)").arg(units->size());
    report.printedAt = now();
    report.text(tr("Skor Arsip Digital dihitung dari riwayat dan dokumen saat laporan dibuat; tiap dokumen "
                   "yang belum ada disertai poin yang ditambahkannya setelah diverifikasi."));

    ReportTable summary;
    summary.headers = {tr("Perangkat Daerah"), tr("Pegawai"), tr("Rata-rata"), tr("Di bawah 100")};
    summary.widths = {55, 15, 15, 15};
    summary.rightAligned = {1, 2, 3};
    QList<ReportBlock> sections;
    for (const auto& [unitId, unitName] : units.value()) {
        auto archives = dms.archivesOf(actor, unitId);
        if (!archives)
            return archives.error();
        double sum = 0;
        int below100 = 0;
        int bands[4] = {0, 0, 0, 0};
        ReportTable table;
        table.headers = {tr("NIP"), tr("Nama / Satker"), tr("Skor"), tr("Dokumen yang belum ada (poin)")};
        table.widths = {24, 26, 8, 42};
        table.rightAligned = {2};
        table.emptyText = tr("Semua pegawai berskor 100.");
        for (const DmsEmployeeView& view : archives.value()) {
            sum += view.score.total;
            ++bands[int(view.score.band)];
            if (view.score.total >= 100)
                continue;
            ++below100;
            QStringList missing;
            for (const DmsMissing& m : view.score.missing)
                missing << m.text();
            table.rows.append({Nip::groupedOrAsIs(view.nip), view.nama + QLatin1Char('\n') + view.unitName,
                decimal(view.score.total), missing.join(QLatin1Char('\n'))});
        }
        const int employees = int(archives->size());
        const double average = employees > 0 ? std::round(sum / employees * 10.0) / 10.0 : 0.0;
        summary.rows.append({unitName, count(employees), decimal(average), count(below100)});
        sections.append({ReportBlock::Kind::Heading, unitName, {}});
        sections.append({ReportBlock::Kind::Text,
            tr("Pegawai: %1 · rata-rata skor: %2 · di bawah 100: %3")
                .arg(count(employees), decimal(average), count(below100)),
            {}});
        sections.append({ReportBlock::Kind::Text,
            tr("%1: %2 · %3: %4 · %5: %6 · %7: %8")
                .arg(Dms::bandText(DmsBand::SangatLengkap), count(bands[int(DmsBand::SangatLengkap)]),
                    Dms::bandText(DmsBand::Lengkap), count(bands[int(DmsBand::Lengkap)]),
                    Dms::bandText(DmsBand::CukupLengkap), count(bands[int(DmsBand::CukupLengkap)]),
                    Dms::bandText(DmsBand::KurangLengkap), count(bands[int(DmsBand::KurangLengkap)])),
            {}});
        sections.append({ReportBlock::Kind::Table, {}, table});
    }
    if (units->size() > 1) {
        report.heading(tr("Ringkasan per Perangkat Daerah"));
        report.table(summary);
    }
    report.blocks += sections;
    return report;
}

Result<Report> ReportService::recordSummary(const Session& session, qint64 recordId) const
{
    auto detail = RecordService(m_db).get(session, recordId);
    if (!detail)
        return detail.error();
    auto history = ApprovalService(m_db).history(session, recordId);
    if (!history)
        return history.error();
    const RecordSummary& s = detail->summary;
    const RecordType* type = RecordTypes::byCode(s.typeCode);
    auto employee = Organisation(m_db).employeeById(s.employeeId);
    if (!employee)
        return employee.error();

    Report report;
    report.title = tr("Ringkasan Riwayat %1").arg(type ? type->title : s.typeCode);
    report.subtitle = employee.value()
        ? tr("%1 · NIP %2 · %3")
              .arg((*employee)->displayName(), Nip::groupedOrAsIs((*employee)->nip), (*employee)->unitName)
        : QString();
    report.printedAt = now();
    report.heading(s.title.isEmpty() ? tr("(belum bernama)") : s.title);
    report.text(
        tr("Status: %1")
            .arg(statusDisplayName(s.status,
                type && type->verifiedByPengelola ? StatusWording::TimKerja : StatusWording::Riwayat)));

    ReportTable data;
    data.headers = {tr("Data"), tr("Isi")};
    data.widths = {35, 65};
    if (type) {
        if (type->isSertifikasiKind)
            data.rows.append({tr("Jenis Sertifikasi"), type->title});
        for (const FieldSpec& f : type->fields)
            data.rows.append({f.label, type->displayValue(f.key, detail->values.value(f.key))});
    }
    if (s.submittedAt.isValid())
        data.rows.append({tr("Diajukan"), momentText(s.submittedAt)});
    if (s.decidedAt.isValid())
        data.rows.append({tr("Diputuskan"),
            tr("%1 oleh verifikator NIP %2")
                .arg(momentText(s.decidedAt), Nip::groupedOrAsIs(s.decidedByNip))});
    if (!s.note.trimmed().isEmpty())
        data.rows.append({tr("Catatan verifikator"), s.note.trimmed()});
    report.table(data);

    if (s.document.id > 0) {
        report.heading(tr("Dokumen"));
        ReportTable doc;
        doc.headers = {tr("Data"), tr("Isi")};
        doc.widths = {35, 65};
        doc.rows = {{tr("Nama file"), s.document.originalName}, {tr("Halaman"), count(s.document.pages)},
            {tr("Ukuran"), sizeText(s.document.sizeBytes)}, {tr("SHA-256"), s.document.sha256}};
        report.table(doc);
    }

    report.heading(tr("Riwayat proses"));
    ReportTable steps;
    steps.headers = {tr("Waktu"), tr("Proses"), tr("Oleh"), tr("Catatan")};
    steps.widths = {18, 22, 27, 33};
    steps.emptyText = tr("Belum ada proses tercatat.");
    for (const HistoryEntry& h : history.value())
        steps.rows.append({momentText(h.at), h.actionText,
            h.actorName.isEmpty() ? Nip::groupedOrAsIs(h.actorNip) : h.actorName, h.note});
    report.table(steps);
    return report;
}

} // namespace karier
