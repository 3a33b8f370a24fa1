// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QStringList>
#include <functional>
#include <memory>

namespace karier {

/// What an export takes.
struct SiasnExportOptions
{
    QStringList types; ///< "kursus", "sertifikasi", "penghargaan"; empty: all three
    QDate since; ///< valid: every record approved on or after this day, exported before or not
    bool all = false; ///< every approved record, exported before or not
    QString documentsDir; ///< not empty: each record's PDF is written there under document.fileName
};

/// A value of ours that has no SIASN id in resources/reference/siasn-mapping.json: left null, never guessed.
struct SiasnUnmapped
{
    QString field; ///< SIASN's field, e.g. "hargaId"
    QString value; ///< our value, e.g. "ASN Teladan"
    QString reason;
    QJsonValue suggestion; ///< a possible id named by the mapping file's "suggestion" (not applied)
};

/// One approved record as SIASN's save endpoint takes it, with our id, the NIP and its document.
struct SiasnExportItem
{
    qint64 recordId = 0;
    int version = 0;
    QString type;
    QString nip;
    qint64 documentId = 0;
    QString sha256;
    QList<SiasnUnmapped> unmapped;
    QJsonObject json; ///< the element of the exported array
};

/// What one export did.
struct SiasnExportSummary
{
    int exported = 0;
    QMap<QString, int> perType; ///< type code → records
    int unmapped = 0; ///< values left null, over every record
    int documents = 0; ///< PDFs written to documentsDir
    QStringList problems; ///< one line per unmapped value: "riwayat 12 (kursus, NIP …): hargaId …"
};

/// SIASN-ready export (issue 21 §1): approved Kursus, Sertifikasi and Penghargaan as the payloads of SIASN's
/// save endpoints (POST /kursus/save, /sertifikasi/save, /penghargaan/save; field names as SIASN's, dates
/// dd-MM-yyyy, numbers as JSON numbers), each with nipBaru, our record id and its document (file name,
/// SHA-256, SIASN's document type id). SIASN's own ids come from resources/reference/siasn-mapping.json;
/// a value without one stays null and is listed in the record's "unmapped". pnsOrangId, instansiId and
/// lokasiId are SIASN's UUIDs we do not have: null, for the uploader to fill.
/// Marks (siasn_exports, audited) what was exported at which version, so that the next export takes only
/// what is new or changed since unless --all / --since. Admin BKPSDM only (or the system, karier-cli).
class SiasnExport
{
    Q_DECLARE_TR_FUNCTIONS(karier::SiasnExport)

public:
    using Clock = std::function<QDateTime()>;

    explicit SiasnExport(std::shared_ptr<Database> db, Clock clock = {});

    static QStringList typeCodes(); ///< kursus, sertifikasi, penghargaan
    static int documentTypeId(const QString& typeCode); ///< 881, 1683, 892; 0 for another type
    static QString endpointOf(const QString& typeCode); ///< "/kursus/save" …
    /// Pure: the export element of one record (its values as stored in records.fields).
    static SiasnExportItem itemFor(const QString& typeCode, qint64 recordId, int version, const QString& nip,
        const QString& fieldsJson, const QJsonObject& document);

    /// The records an export with \a options takes, read only (nothing marked).
    Result<QList<SiasnExportItem>> collect(const Session* actor, const SiasnExportOptions& options) const;
    /// collect(), then the JSON array to \a outPath ("-": standard output; a file is written whole or not
    /// at all) and the documents, then the marks and one audit entry. Nothing is marked when writing fails.
    Result<SiasnExportSummary> exportTo(
        const Session* actor, const SiasnExportOptions& options, const QString& outPath);

private:
    Status writeDocuments(QList<SiasnExportItem>& items, const QString& dir, int& written) const;
    Status mark(const Session* actor, const QList<SiasnExportItem>& items, const SiasnExportSummary& summary);
    QDateTime now() const;

    std::shared_ptr<Database> m_db;
    Clock m_clock;
};

} // namespace karier
