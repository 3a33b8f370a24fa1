// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/SubmissionStatus.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>
#include <functional>
#include <optional>

namespace karier {

/// How a field is entered and stored (values live in a QVariantMap keyed by FieldSpec::key).
enum class FieldType {
    Text, ///< one line (QString)
    Integer, ///< int
    Date, ///< QDate
    Year, ///< int, a calendar year
    Choice, ///< one of a reference list (QString); long lists are searchable
};

/// One field of a record form. The wizard builds its widgets from this; the rules check the values.
struct FieldSpec
{
    QString key; ///< storage key, e.g. "namaKursus" (SIASN-compatible where SIASN has a name)
    QString label; ///< Indonesian label as in the manual, e.g. "Nama Kursus"
    FieldType type = FieldType::Text;
    bool required = true;
    QString referenceList; ///< Choice: name of the list in ReferenceLists
    QString help; ///< one sentence shown under the field
    QString placeholder;
    int maxLength = 250;
    int minimum = 0; ///< Integer
    int maximum = 0; ///< Integer, 0 = none
    QString group; ///< optional sub-heading within the form
    bool allowOther = false; ///< Choice: a value outside the list may be typed
};

enum class Severity { Error, Warning };

/// One finding of the rules: shown next to \a field ("" = the whole form).
struct RuleIssue
{
    QString field;
    Severity severity = Severity::Error;
    QString message;

    friend bool operator==(const RuleIssue&, const RuleIssue&) = default;
};

/// What the rules may need besides the values: today's date, settings, and facts from the
/// database that RecordService looks up (the rules themselves stay pure).
struct RuleContext
{
    QDate today = QDate::currentDate();
    int maxJpPerDay = 8;
    /// Other records of the same employee with the same certificate number (titles, for the message).
    QStringList duplicateNumberTitles;
    /// JP per day already claimed on each day of the activity by other records (day -> JP).
    QMap<QDate, double> otherJpPerDay;
    /// The employee's TMT CPNS (first appointment); invalid when unknown.
    QDate tmt;
};

/// A column of a Riwayat list (RecordType::listColumns).
struct ListColumn
{
    /// "jenis" (the type's title), "nama" (titleField), "nomor" (numberField), "tanggal" (start–end),
    /// "durasi" (JP), or a field key (its RecordType::displayValue).
    QString key;
    QString header; ///< empty: the common column's header, or the field's label
};

/// A kind of record (Kursus, Sertifikasi, later Penghargaan, DMS documents …): a form description,
/// the columns RecordService extracts for lists and checks, and pure rules.
struct RecordType
{
    QString code; ///< stable, stored: "kursus", "sertifikasi"
    QString title; ///< "Kursus"
    QString wizardTitle; ///< "Tambah Riwayat Sertifikasi"
    QString documentLabel; ///< "Dokumen Sertifikat Kursus"
    /// The line above the form, its %1 the required mark; empty: "Isi sesuai sertifikat. Kolom bertanda
    /// %1 wajib diisi." (an Arsip DMS document is no certificate).
    QString formIntro;
    bool isSertifikasiKind = false; ///< shown as "Jenis Sertifikasi: <title>" first, as the manual does
    bool allowsDraft = true; ///< Simpan Draf offered (not for an Arsip DMS document: it belongs to a row)

    // Where the type appears and what it counts for: the sidebar, the Riwayat pages, batch entry, the
    // verifier's console and the scores learn these from the registry below, not from the type's code.
    /// The Riwayat page (its sidebar key, see RecordTypes::riwayatPages) that lists and enters it;
    /// empty for a type with a page of its own (Tim Kerja, Arsip DMS).
    QString riwayatPage;
    bool countsJp = false; ///< its JP count toward the yearly target (Kursus)
    bool batchEntry = false; ///< one decree for many employees (Entri Massal)
    bool countsForDmsScore = false; ///< an approved one completes an Arsip DMS row
    /// Verified by the Pengelola Kepegawaian of the employee's Perangkat Daerah (Tim Kerja) rather than
    /// by Admin BKPSDM; its statuses use the manual's Tim Kerja words ("Belum Disetujui").
    bool verifiedByPengelola = false;
    /// The empty list's invitation on its Riwayat page; empty: the generic one.
    QString firstEntryHint;
    QList<FieldSpec> fields;
    QString titleField; ///< the field that names a record in lists
    QString numberField; ///< certificate/decree number (duplicate check); may be empty
    QString startField; ///< first day of the activity; may be empty
    QString endField; ///< last day of the activity; may be empty
    QString hoursField; ///< JP; may be empty
    /// The columns a Riwayat list of this type shows before Status and Catatan (always last); empty:
    /// Jenis, Nama, Nomor, Tanggal, Durasi/JP (Kursus and Sertifikasi). RecordTypes::listColumns()
    /// merges those of the types listed on one page.
    QList<ListColumn> listColumns;
    /// Pure rules beyond required/length/range checks (which validate() does for every type).
    std::function<QList<RuleIssue>(const QVariantMap&, const RuleContext&)> rules;
    /// Dependent choices: the items Choice field \a key offers given the other values. Unset, or an
    /// empty answer: the whole reference list.
    std::function<QStringList(const QString& key, const QVariantMap& values)> choices;
    /// Values implied by a change (Satya Lencana → Skala Nasional): the fields to set, QVariant() to clear.
    std::function<QVariantMap(const QVariantMap& values, const QString& changedKey)> implied;

    /// The items \a key offers now (choices, else the reference list).
    QStringList choicesFor(const QString& key, const QVariantMap& values) const;

    const FieldSpec* field(const QString& key) const;
    /// Generic checks from the field specs plus this type's rules, in field order.
    QList<RuleIssue> validate(const QVariantMap& values, const RuleContext& context) const;
    static bool hasErrors(const QList<RuleIssue>& issues);
    /// The messages of the errors among \a issues, as one text.
    static QString errorText(const QList<RuleIssue>& issues);
    /// Display text of a value ("15 Januari 2026", "4 jam" …) for summaries.
    QString displayValue(const QString& key, const QVariant& value) const;
    /// The values as stored in records.fields: compact JSON, dates as yyyy-MM-dd, numbers as numbers,
    /// empty texts left out.
    QString toJson(const QVariantMap& values) const;
    /// The values of records.fields, typed as the fields (QDate, int, QString).
    QVariantMap fromJson(const QString& json) const;
    /// How its statuses are worded.
    StatusWording statusWording() const
    {
        return verifiedByPengelola ? StatusWording::TimKerja : StatusWording::Riwayat;
    }
};

/// A page of the sidebar that lists and enters riwayat of one or more types ("Riwayat Sertifikasi":
/// Kursus and Sertifikasi).
struct RiwayatPageSpec
{
    QString key; ///< the sidebar's key: "sertifikasi"
    QString title; ///< "Riwayat Sertifikasi"
    QString subtitle;
    QList<const RecordType*> types; ///< in the order of the Tambah buttons
    QStringList typeCodes() const;
};

namespace RecordTypes {
const RecordType& kursus();
const RecordType& sertifikasi();
const RecordType& penghargaan();
/// Tim Kerja (SIJANAKA): entered on its own page with a link as evidence, not with the wizard
/// (core/timkerja/TimKerjaType.cpp).
const RecordType& timKerja();
/// A document for one Arsip DMS row (kategori, referensi), uploaded from the DMS page and verified by
/// Admin BKPSDM; not a riwayat of its own, so not in all().
const RecordType& dms();
/// Every type entered with the record wizard, in menu order (Tim Kerja is not one of them).
QList<const RecordType*> all();
/// The codes of the stored types with \a flag set: codesWhere(&RecordType::countsJp) = {"kursus"}.
QStringList codesWhere(bool RecordType::*flag);
/// Any stored type, Tim Kerja included.
const RecordType* byCode(const QString& code);
/// Every stored type in the verifier console's order: the wizard's types, Arsip DMS documents, Tim Kerja.
QList<const RecordType*> stored();
/// The Riwayat pages in menu order, each with the types whose riwayatPage names it.
QList<RiwayatPageSpec> riwayatPages();
/// The Riwayat page that lists \a typeCode (nullopt: none).
/// The columns of a list of \a types before Status and Catatan: their listColumns in order, each key once.
QList<ListColumn> listColumns(const QList<const RecordType*>& types);
std::optional<RiwayatPageSpec> riwayatPageOf(const QString& typeCode);
} // namespace RecordTypes

/// The date in field \a key (a QDate, or text as yyyy-MM-dd); invalid when unset.
QDate fieldDate(const QVariantMap& values, const QString& key);
/// An unset field value: invalid, null, blank text or an invalid date.
bool isEmptyValue(const QVariant& value);

/// "15 Januari 2026": Indonesian long date, independent of the system locale.
QString indonesianDate(const QDate& date);
/// "30-11-2026 14:05": a moment in local time, as lists and decisions show it; empty when invalid.
QString momentText(const QDateTime& at);

} // namespace karier
