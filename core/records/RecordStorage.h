// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "records/RecordType.h"
#include "settings/SharedSettings.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVariant>

namespace karier {

struct DocumentUpload;

/// How records and their documents are written, shared by RecordService (one record by its owner)
/// and BatchService (one decree for many employees).
namespace RecordStorage {

/// The columns a record type extracts from its values for lists, checks and sorting.
struct Columns
{
    QString fieldsJson; ///< every field, typed, as compact JSON
    QString title;
    QString number;
    QVariant startDate; ///< QDate or SQL NULL
    QVariant endDate;
    QVariant hours; ///< int or SQL NULL
};

Columns columnsOf(const RecordType& type, const QVariantMap& values);
QDate dateValue(const QVariantMap& values, const QString& key);

/// "840 KB", "1,2 MB".
QString sizeText(qint64 bytes);

/// Refuses bytes other than those checked (SHA-256 against DocumentUpload::checkedSha256), and
/// what is not a PDF, too large or with too many pages for the shared settings.
Status validateUpload(const SharedSettings::Values& settings, const DocumentUpload& upload);

/// The id of the document with these bytes: the stored one when the same PDF (SHA-256) exists,
/// otherwise a new row and its blob. Sets \a reused accordingly. Call inside a write transaction.
Result<qint64> storeDocument(QSqlDatabase& c, const DocumentUpload& upload, const QString& actorNip,
    const QDateTime& timestamp, bool* reused = nullptr);

} // namespace RecordStorage
} // namespace karier
