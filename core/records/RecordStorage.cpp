// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RecordStorage.h"

#include "records/RecordService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>

namespace karier::RecordStorage {

QDate dateValue(const QVariantMap& values, const QString& key)
{
    if (key.isEmpty())
        return {};
    const QVariant v = values.value(key);
    return v.typeId() == QMetaType::QDate ? v.toDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString sizeText(qint64 bytes)
{
    const QLocale id(QLocale::Indonesian);
    if (bytes >= 1024 * 1024)
        return id.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
    return id.toString(double(bytes) / 1024.0, 'f', 0) + QStringLiteral(" KB");
}

Columns columnsOf(const RecordType& type, const QVariantMap& values)
{
    Columns columns;
    columns.fieldsJson = type.toJson(values);
    columns.title
        = type.titleField.isEmpty() ? QString() : values.value(type.titleField).toString().trimmed();
    columns.number
        = type.numberField.isEmpty() ? QString() : values.value(type.numberField).toString().trimmed();
    const QDate start = dateValue(values, type.startField);
    const QDate end = type.endField.isEmpty() ? start : dateValue(values, type.endField);
    columns.startDate = start.isValid() ? QVariant(start) : QVariant();
    columns.endDate = end.isValid() ? QVariant(end) : QVariant();
    if (!type.hoursField.isEmpty()) {
        bool ok = false;
        const int n = values.value(type.hoursField).toString().toInt(&ok);
        if (ok)
            columns.hours = n;
    }
    return columns;
}

Status validateUpload(const SharedSettings::Values& settings, const DocumentUpload& upload)
{
    if (upload.checkedSha256.isEmpty())
        return Error::invalid(QCoreApplication::translate("karier::RecordStorage",
            "Dokumen belum diperiksa; dokumen tidak disimpan. Pilih file itu sekali lagi."));
    if (upload.checkedSha256.compare(RecordService::sha256Hex(upload.content), Qt::CaseInsensitive) != 0)
        return Error::invalid(QCoreApplication::translate("karier::RecordStorage",
            "Isi dokumen berbeda dengan yang diperiksa; dokumen tidak disimpan. Pilih file itu sekali "
            "lagi."));
    if (!upload.content.startsWith("%PDF-"))
        return Error::invalid(
            QCoreApplication::translate("karier::RecordStorage", "Dokumen harus berupa file PDF."));
    if (upload.content.size() > settings.maxPdfBytes)
        return Error::invalid(
            QCoreApplication::translate("karier::RecordStorage", "Ukuran dokumen %1 melebihi batas %2.")
                .arg(sizeText(upload.content.size()), sizeText(settings.maxPdfBytes)));
    if (upload.pages < 1 || upload.pages > settings.maxPdfPages)
        return Error::invalid(
            QCoreApplication::translate("karier::RecordStorage", "Dokumen harus 1 sampai %1 halaman.")
                .arg(settings.maxPdfPages));
    return {};
}

Result<qint64> storeDocument(QSqlDatabase& c, const DocumentUpload& upload, const QString& actorNip,
    const QDateTime& timestamp, bool* reused)
{
    const QString hash = RecordService::sha256Hex(upload.content);
    SqlQuery existing(c, QStringLiteral("SELECT id FROM documents WHERE sha256 = ?"));
    existing.bind(hash);
    if (!existing.exec())
        return existing.error();
    if (existing.next()) {
        if (reused)
            *reused = true;
        return existing.value(0).toLongLong();
    }
    if (reused)
        *reused = false;
    // The same PDF stored by another user after the look above (PostgreSQL: two uploads of one scan at
    // once) is that user's row, shared as if it had been there before.
    SqlQuery doc(c,
        QStringLiteral("INSERT INTO documents (sha256, size_bytes, pages, original_name, sharpness, "
                       "created_by_nip, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (sha256) DO NOTHING RETURNING id"));
    doc.bindAll(hash, qint64(upload.content.size()), upload.pages, upload.originalName.left(250),
        upload.sharpness < 0 ? QVariant() : QVariant(upload.sharpness),
        actorNip.isEmpty() ? QVariant() : QVariant(actorNip), timestamp);
    if (!doc.exec())
        return doc.error();
    if (!doc.next()) {
        existing.bind(hash);
        if (!existing.exec())
            return existing.error();
        if (!existing.next())
            return Error::conflict(QCoreApplication::translate("karier::RecordStorage",
                "Dokumen yang sama baru saja diubah oleh pengguna lain; simpan sekali lagi."));
        if (reused)
            *reused = true;
        return existing.value(0).toLongLong();
    }
    const qint64 id = doc.value(0).toLongLong();
    SqlQuery blob(c, QStringLiteral("INSERT INTO document_blobs (document_id, content) VALUES (?, ?)"));
    blob.bindAll(id, upload.content);
    if (!blob.exec())
        return blob.error();
    return id;
}

} // namespace karier::RecordStorage
