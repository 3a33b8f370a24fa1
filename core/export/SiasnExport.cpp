// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/SiasnExport.h"

#include "auth/AccessPolicy.h"
#include "common/Resources.h"
#include "org/Organisation.h"
#include "records/RecordService.h"
#include "records/RecordType.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <cstdio>

namespace karier {

namespace {

/// resources/reference/siasn-mapping.json, read once.
const QJsonObject& mapping()
{
    static const QJsonObject object = [] {
        ensureCoreResources();
        QFile file(QStringLiteral(":/karier/reference/siasn-mapping.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Karier ASN: resource siasn-mapping.json is missing");
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return object;
}

/// The mapped value of \a value in table \a table ("map"), or undefined.
QJsonValue mapped(const QString& table, const QString& value)
{
    return mapping().value(table).toObject().value(QStringLiteral("map")).toObject().value(value);
}

QJsonValue dateValue(const QVariantMap& values, const QString& key)
{
    const QDate date = fieldDate(values, key);
    return date.isValid() ? QJsonValue(date.toString(QStringLiteral("dd-MM-yyyy"))) : QJsonValue();
}

QJsonValue intValue(const QVariantMap& values, const QString& key)
{
    const QVariant v = values.value(key);
    if (v.isNull() || v.toString().trimmed().isEmpty())
        return QJsonValue();
    bool ok = false;
    const int n = v.toString().trimmed().toInt(&ok);
    return ok ? QJsonValue(n) : QJsonValue();
}

QJsonValue textValue(const QVariantMap& values, const QString& key)
{
    return values.value(key).toString().trimmed();
}

/// SIASN's id for \a value from \a table, or null with an entry in \a unmapped.
QJsonValue idFor(const QString& table, const QString& field, const QString& value, const QString& reason,
    QList<SiasnUnmapped>& unmapped)
{
    const QJsonValue id = mapped(table, value);
    if (!id.isUndefined() && !id.isNull())
        return id;
    SiasnUnmapped entry {field, value, reason, QJsonValue()};
    const QJsonValue suggestion
        = mapping().value(table).toObject().value(QStringLiteral("suggestion")).toObject().value(value);
    if (!suggestion.isUndefined())
        entry.suggestion = suggestion;
    unmapped.append(entry);
    return QJsonValue();
}

} // namespace

SiasnExport::SiasnExport(std::shared_ptr<Database> db, Clock clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{ }

QDateTime SiasnExport::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QStringList SiasnExport::typeCodes()
{
    return {QStringLiteral("kursus"), QStringLiteral("sertifikasi"), QStringLiteral("penghargaan")};
}

int SiasnExport::documentTypeId(const QString& typeCode)
{
    return mapped(QStringLiteral("idRefDokumen"), typeCode).toInt();
}

QString SiasnExport::endpointOf(const QString& typeCode)
{
    return QLatin1Char('/') + typeCode + QLatin1String("/save");
}

SiasnExportItem SiasnExport::itemFor(const QString& typeCode, qint64 recordId, int version,
    const QString& nip, const QString& fieldsJson, const QJsonObject& document)
{
    SiasnExportItem item;
    item.recordId = recordId;
    item.version = version;
    item.type = typeCode;
    item.nip = nip;
    const RecordType* type = RecordTypes::byCode(typeCode);
    const QVariantMap values = type ? type->fromJson(fieldsJson) : QVariantMap();
    const auto text
        = [&](const char* key) { return values.value(QString::fromUtf8(key)).toString().trimmed(); };

    // The SIASN UUIDs we do not hold (the person, the agency, the location) and the new record's own id:
    // null, for the uploader to fill. path[] is filled by SIASN's upload-dok answer.
    QJsonObject payload {{QStringLiteral("id"), QJsonValue()}, {QStringLiteral("pnsOrangId"), QJsonValue()},
        {QStringLiteral("path"), QJsonArray()}};
    if (typeCode == QLatin1String("kursus")) {
        const QString jenis = text("jenisKursus");
        payload.insert(QStringLiteral("instansiId"), QJsonValue());
        payload.insert(QStringLiteral("lokasiId"), QJsonValue());
        payload.insert(QStringLiteral("jenisDiklatId"),
            idFor(QStringLiteral("jenisDiklatId"), QStringLiteral("jenisDiklatId"), jenis,
                QStringLiteral("Jenis Kursus ini tidak ada di daftar jenisDiklat SIASN."), item.unmapped));
        const QJsonValue elsewhere = mapping()
                                         .value(QStringLiteral("jenisDiklatId"))
                                         .toObject()
                                         .value(QStringLiteral("otherEndpoint"))
                                         .toObject()
                                         .value(jenis);
        if (elsewhere.isString())
            item.unmapped.append({QStringLiteral("endpoint"), jenis, elsewhere.toString(), QJsonValue()});
        // SIASN's public clients send an empty jenisKursus (the UUID of its ~1,287 course names is optional).
        payload.insert(QStringLiteral("jenisKursus"), QString());
        payload.insert(QStringLiteral("jenisKursusSertipikat"),
            idFor(QStringLiteral("jenisKursusSertipikat"), QStringLiteral("jenisKursusSertipikat"), jenis,
                QStringLiteral("Tanda T/F/P jenisDiklat SIASN untuk Jenis Kursus ini belum diketahui."),
                item.unmapped));
        payload.insert(QStringLiteral("namaKursus"), textValue(values, QStringLiteral("namaKursus")));
        payload.insert(QStringLiteral("institusiPenyelenggara"),
            textValue(values, QStringLiteral("institusiPenyelenggara")));
        payload.insert(
            QStringLiteral("nomorSertipikat"), textValue(values, QStringLiteral("nomorSertipikat")));
        payload.insert(QStringLiteral("jumlahJam"), intValue(values, QStringLiteral("jumlahJam")));
        payload.insert(QStringLiteral("tahunKursus"), intValue(values, QStringLiteral("tahunKursus")));
        payload.insert(QStringLiteral("tanggalKursus"), dateValue(values, QStringLiteral("tanggalKursus")));
        payload.insert(QStringLiteral("tanggalSelesaiKursus"),
            dateValue(values, QStringLiteral("tanggalSelesaiKursus")));
    } else if (typeCode == QLatin1String("sertifikasi")) {
        payload.insert(
            QStringLiteral("namaSertifikasi"), textValue(values, QStringLiteral("namaSertifikasi")));
        payload.insert(
            QStringLiteral("nomorSertifikat"), textValue(values, QStringLiteral("nomorSertifikat")));
        payload.insert(
            QStringLiteral("tanggalSertifikat"), dateValue(values, QStringLiteral("tanggalSertifikat")));
        payload.insert(QStringLiteral("masaBerlakuSertMulai"),
            dateValue(values, QStringLiteral("masaBerlakuSertMulai")));
        payload.insert(QStringLiteral("masaBerlakuSertSelasai"),
            dateValue(values, QStringLiteral("masaBerlakuSertSelasai")));
        const QString lembaga = text("lembagaSertifikasiNama");
        payload.insert(QStringLiteral("lembagaSertifikasiNama"), lembaga);
        payload.insert(QStringLiteral("lembagaSertifikasiId"),
            idFor(QStringLiteral("lembagaSertifikasiId"), QStringLiteral("lembagaSertifikasiId"), lembaga,
                QStringLiteral("Lembaga Sertifikasi ini belum dipetakan ke id lembaga SIASN."),
                item.unmapped));
        const QString klasifikasi = text("klasifikasiSertifikasi");
        payload.insert(QStringLiteral("rumpunJabatanId"),
            idFor(QStringLiteral("rumpunJabatanId"), QStringLiteral("rumpunJabatanId"), klasifikasi,
                QStringLiteral("Klasifikasi Sertifikasi ini belum dipetakan ke id rumpun jabatan SIASN."),
                item.unmapped));
        payload.insert(QStringLiteral("gelarDepanSert"), textValue(values, QStringLiteral("gelarDepanSert")));
        payload.insert(
            QStringLiteral("gelarBelakangSert"), textValue(values, QStringLiteral("gelarBelakangSert")));
    } else if (typeCode == QLatin1String("penghargaan")) {
        const QString jenis = text("jenisPenghargaan");
        payload.insert(QStringLiteral("hargaId"),
            idFor(QStringLiteral("hargaId"), QStringLiteral("hargaId"), jenis,
                QStringLiteral("Jenis Penghargaan ini tidak punya hargaId SIASN yang pasti; 400 (Tanda "
                               "Penghargaan Lainnya) hanya dugaan."),
                item.unmapped));
        payload.insert(QStringLiteral("skNomor"), textValue(values, QStringLiteral("skNomor")));
        payload.insert(QStringLiteral("skDate"), dateValue(values, QStringLiteral("skDate")));
        payload.insert(QStringLiteral("tahun"), intValue(values, QStringLiteral("tahun")));
    }

    QJsonObject doc;
    if (!document.isEmpty()) {
        item.documentId = qint64(document.value(QStringLiteral("id")).toDouble());
        item.sha256 = document.value(QStringLiteral("sha256")).toString();
        doc = {{QStringLiteral("fileName"), QStringLiteral("%1-%2.pdf").arg(typeCode).arg(recordId)},
            {QStringLiteral("originalName"), document.value(QStringLiteral("originalName"))},
            {QStringLiteral("sha256"), item.sha256},
            {QStringLiteral("sizeBytes"), document.value(QStringLiteral("sizeBytes"))},
            {QStringLiteral("idRefDokumen"), documentTypeId(typeCode)}};
    }
    QJsonArray unmapped;
    for (const SiasnUnmapped& u : std::as_const(item.unmapped)) {
        QJsonObject entry {{QStringLiteral("field"), u.field}, {QStringLiteral("value"), u.value},
            {QStringLiteral("reason"), u.reason}};
        if (!u.suggestion.isUndefined() && !u.suggestion.isNull())
            entry.insert(QStringLiteral("suggestion"), u.suggestion);
        unmapped.append(entry);
    }
    item.json = {{QStringLiteral("type"), typeCode}, {QStringLiteral("endpoint"), endpointOf(typeCode)},
        {QStringLiteral("recordId"), recordId}, {QStringLiteral("recordVersion"), version},
        {QStringLiteral("nipBaru"), nip}, {QStringLiteral("payload"), payload},
        {QStringLiteral("document"), doc.isEmpty() ? QJsonValue() : QJsonValue(doc)},
        {QStringLiteral("unmapped"), unmapped}};
    return item;
}

Result<QList<SiasnExportItem>> SiasnExport::collect(
    const Session* actor, const SiasnExportOptions& options) const
{
    // Admin BKPSDM, who verifies these records (or the system: karier-cli without --login).
    if (actor && !AccessPolicy::can(*actor, Permission::VerifyRiwayat))
        return Error::forbidden(tr("Anda tidak berhak mengekspor riwayat untuk SIASN (peran: %1).")
                                    .arg(roleDisplayName(actor->role)));
    QStringList types = options.types.isEmpty() ? typeCodes() : options.types;
    types.removeDuplicates();
    for (const QString& t : std::as_const(types))
        if (!typeCodes().contains(t))
            return Error::invalid(tr("Jenis \"%1\" tidak dapat diekspor ke SIASN; pilih kursus, sertifikasi "
                                     "atau penghargaan.")
                                      .arg(t));
    QString sql = QStringLiteral(
        "SELECT r.id, r.version, r.record_type, r.fields, e.nip, COALESCE(d.id, 0), d.sha256, "
        "d.original_name, d.size_bytes FROM records r JOIN employees e ON e.id = r.employee_id "
        "LEFT JOIN documents d ON d.id = r.document_id LEFT JOIN siasn_exports m ON m.record_id = r.id "
        "WHERE r.status = 'disetujui' AND r.record_type IN (%1)")
                      .arg(placeholders(types.size()));
    QVariantList args;
    for (const QString& t : std::as_const(types))
        args << t;
    if (options.since.isValid()) {
        sql += QStringLiteral(" AND COALESCE(r.decided_at, r.updated_at) >= ?");
        args << QDateTime(options.since, QTime(0, 0), Qt::UTC);
    } else if (!options.all) {
        sql += QStringLiteral(" AND (m.record_id IS NULL OR m.record_version <> r.version)");
    }
    sql += QStringLiteral(" ORDER BY r.id");
    return m_db->readValue([&](QSqlDatabase& c) -> Result<QList<SiasnExportItem>> {
        SqlQuery q(c, sql);
        for (const QVariant& v : std::as_const(args))
            q.bind(v);
        if (!q.exec())
            return q.error();
        QList<SiasnExportItem> items;
        while (q.next()) {
            QJsonObject document;
            if (q.value(5).toLongLong() > 0)
                document = {{QStringLiteral("id"), double(q.value(5).toLongLong())},
                    {QStringLiteral("sha256"), q.value(6).toString()},
                    {QStringLiteral("originalName"), q.value(7).toString()},
                    {QStringLiteral("sizeBytes"), double(q.value(8).toLongLong())}};
            items.append(itemFor(q.value(2).toString(), q.value(0).toLongLong(), q.value(1).toInt(),
                q.value(4).toString(), q.value(3).toString(), document));
        }
        return items;
    });
}

Status SiasnExport::writeDocuments(QList<SiasnExportItem>& items, const QString& dir, int& written) const
{
    if (!QDir().mkpath(dir))
        return Error::invalid(tr("Folder dokumen %1 tidak dapat dibuat.").arg(dir));
    for (const SiasnExportItem& item : std::as_const(items)) {
        if (item.documentId <= 0)
            continue;
        auto bytes = m_db->readValue([&](QSqlDatabase& c) -> Result<QByteArray> {
            return queryRequired(
                c, QStringLiteral("SELECT content FROM document_blobs WHERE document_id = ?"),
                Error::notFound(tr("Dokumen riwayat %1 tidak ditemukan.").arg(item.recordId)),
                [](const SqlQuery& q) { return q.value(0).toByteArray(); }, item.documentId);
        });
        if (!bytes)
            return bytes.error();
        if (RecordService::sha256Hex(bytes.value()) != item.sha256)
            return Error::database(
                tr("Isi dokumen riwayat %1 tidak sama dengan SHA-256 yang tercatat.").arg(item.recordId));
        const QString name = item.json.value(QStringLiteral("document"))
                                 .toObject()
                                 .value(QStringLiteral("fileName"))
                                 .toString();
        QSaveFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit())
            return Error::invalid(
                tr("File %1 tidak dapat ditulis: %2").arg(QDir(dir).filePath(name), file.errorString()));
        ++written;
    }
    return {};
}

Status SiasnExport::mark(
    const Session* actor, const QList<SiasnExportItem>& items, const SiasnExportSummary& summary)
{
    const QDateTime at = now();
    const QString nip = actor ? actor->nip : QString();
    return m_db->write([&](QSqlDatabase& c) -> Status {
        SqlQuery upsert(c,
            QStringLiteral(
                "INSERT INTO siasn_exports (record_id, record_version, exported_at, exported_by_nip) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (record_id) DO UPDATE SET record_version = "
                "excluded.record_version, exported_at = excluded.exported_at, exported_by_nip = "
                "excluded.exported_by_nip"));
        QStringList ids;
        for (const SiasnExportItem& item : items) {
            upsert.bindAll(item.recordId, item.version, at, nullIfEmpty(nip));
            if (!upsert.exec())
                return upsert.error();
            ids << QString::number(item.recordId);
        }
        QStringList counts;
        for (auto it = summary.perType.cbegin(); it != summary.perType.cend(); ++it)
            counts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        const QString note = QStringLiteral("%1 riwayat (%2), %3 nilai belum terpetakan; id %4")
                                 .arg(summary.exported)
                                 .arg(counts.join(QStringLiteral(", ")))
                                 .arg(summary.unmapped)
                                 .arg(ids.isEmpty() ? QStringLiteral("-") : ids.join(QLatin1Char(',')));
        return Organisation::audit(
            c, nip, QStringLiteral("ekspor-siasn"), QStringLiteral("siasn_export"), {}, {}, {}, note);
    });
}

Result<SiasnExportSummary> SiasnExport::exportTo(
    const Session* actor, const SiasnExportOptions& options, const QString& outPath)
{
    auto collected = collect(actor, options);
    if (!collected)
        return collected.error();
    QList<SiasnExportItem>& items = collected.value();
    SiasnExportSummary summary;
    QJsonArray array;
    for (const SiasnExportItem& item : std::as_const(items)) {
        ++summary.exported;
        ++summary.perType[item.type];
        summary.unmapped += int(item.unmapped.size());
        for (const SiasnUnmapped& u : item.unmapped)
            summary.problems << QStringLiteral("riwayat %1 (%2, NIP %3): %4 \"%5\" tidak dipetakan: %6")
                                    .arg(item.recordId)
                                    .arg(item.type, item.nip, u.field, u.value, u.reason);
        array.append(item.json);
    }
    const QByteArray json = QJsonDocument(array).toJson(QJsonDocument::Indented);
    if (!options.documentsDir.isEmpty())
        if (auto written = writeDocuments(items, options.documentsDir, summary.documents); !written)
            return written.error();
    if (outPath == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(json) != json.size() || !out.flush())
            return Error::invalid(tr("Keluaran standar tidak dapat ditulis."));
    } else {
        // Whole or not at all: a temporary file in the same folder renamed into place.
        QSaveFile file(outPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return Error::invalid(tr("File %1 tidak dapat ditulis: %2").arg(outPath, file.errorString()));
    }
    if (auto marked = mark(actor, items, summary); !marked)
        return marked.error();
    return summary;
}

} // namespace karier
