// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace karier {

/// The document categories of the DMS archive (domain.md §1), in the order the tiles show them:
/// the 9 Arsip Utama tiles, then the 6 Arsip Kondisional ones.
enum class DmsCategory {
    Drh,
    D2np,
    SkCpns,
    Spmt,
    SkPns,
    Pendidikan,
    Golongan,
    Jabatan,
    Diklat,
    AngkaKredit,
    PindahInstansi,
    Pmk,
    Penghargaan,
    Cltn,
    Skp
};
enum class DmsGroup { Utama, Kondisional };
enum class DmsBand { SangatLengkap, Lengkap, CukupLengkap, KurangLengkap };

/// One riwayat row of an employee that needs a document (one ijazah, one SK jabatan, the D2NP …).
struct DmsRow
{
    qint64 id = 0;
    DmsCategory category = DmsCategory::D2np;
    QString reference; ///< what the missing list names, e.g. "SK Jabatan 2019"; empty = the document's name
    bool done = false; ///< done = the document is uploaded AND verified.
    bool waiting = false; ///< a document was uploaded here and waits for verification (not done yet)
};

struct DmsInput
{
    bool cpns = false; ///< a CPNS has no SK PNS yet: that slot is granted automatically
    QList<DmsRow> rows;
};

/// One tile. Row categories: points = 15 × done / rows of Utama, or 10 × done / all kondisional rows
/// (maxPoints = that category's share of the 10). SK CPNS and SPMT CPNS both show the one shared slot,
/// so adding up the tiles' points counts that slot twice: use DmsScore::utama.
struct DmsCategoryScore
{
    DmsCategory category = DmsCategory::Drh;
    double points = 0;
    double maxPoints = 0;
    int rows = 0;
    int done = 0;
    double percent = 0; ///< 0–100 as the tile shows it (not rounded; 100 for a category without rows)
};

/// A document that is still missing and the points it would add.
struct DmsMissing
{
    DmsCategory category = DmsCategory::Drh; ///< the shared slot is reported as SkCpns
    qint64 rowId = 0; ///< 0 when there is no row (a single-slot document never entered)
    QString reference;
    double points = 0; ///< what it adds once verified
    /// Uploaded and waiting for verification: nothing to upload, no points offered.
    bool waiting = false;
    /// "Unggah SK Jabatan 2019: +3,75"; waiting: "SK PNS 2016: Menunggu verifikasi".
    QString text() const;
};

struct DmsScore
{
    double utama = 0; ///< 0–90
    double kondisional = 0; ///< 0–10
    double total = 0; ///< 0–100, rounded to one decimal (half up, exactly: see Dms::compute)
    DmsBand band = DmsBand::KurangLengkap;
    /// The 9 Utama tiles (DRH, D2NP, SK CPNS, SPMT CPNS, SK PNS, Pendidikan, Golongan, Jabatan, Diklat — CPNS
    /// and SPMT are two tiles that share one 7.5 slot) then the 6 Kondisional.
    QList<DmsCategoryScore> categories;
    /// Every missing document with the points it would add: those still to upload first, most points
    /// first (ties: category order, then row order), then those waiting for verification.
    QList<DmsMissing> missing;
    /// The documents still to upload (missing, not waiting for verification).
    int toUploadCount() const;
};

namespace Dms {

/// The Skor Arsip Digital of domain.md §1. Pure: no database, no clock.
/// The total is rounded from the exact fractions (15 × done / rows …), not from their sum in binary
/// floating point, so a total of exactly 55.55 gives 55.6.
DmsScore compute(const DmsInput& input);
DmsBand bandFor(double total); ///< expects the rounded total
/// Rounds a score to one decimal, half up, after removing binary floating-point noise (55.55 → 55.6).
double roundTotal(double value);
QString bandText(DmsBand band); ///< "Sangat Lengkap", "Lengkap", "Cukup Lengkap", "Kurang Lengkap"
/// Stored codes: drh, d2np, sk_cpns, spmt, sk_pns, pendidikan, golongan, jabatan, diklat, angka_kredit,
/// pindah_instansi, pmk, penghargaan, cltn, skp.
QString categoryCode(DmsCategory c);
std::optional<DmsCategory> categoryFromCode(const QString& code); ///< case-insensitive; nullopt if unknown
/// "DRH", "D2NP", "SK CPNS", "SPMT CPNS", "SK PNS", "Pendidikan", "Golongan", "Jabatan", "Diklat",
/// "Angka Kredit", "Pindah Instansi", "PMK", "Penghargaan", "CLTN", "SKP/Kinerja"
QString categoryTitle(DmsCategory c);
/// The document a row of \a c needs ("Ijazah", "SK Jabatan" …): the missing list's reference for a row
/// without one.
QString documentName(DmsCategory c);
/// The missing list's reference for the shared slot when no row was entered: "SK CPNS atau SPMT CPNS".
QString sharedSlotName();
DmsGroup groupOf(DmsCategory c);
QList<DmsCategory> utamaCategories(); ///< the 9 tiles in the order above
QList<DmsCategory> kondisionalCategories(); ///< the 6
/// The shown language's decimal separator (shownLocale: a comma in Bahasa Indonesia), at most two
/// decimals (half up), no trailing zeros: 7.5 → "7,5", 5 → "5", 3.75 → "3,75", 3.3333 → "3,33".
QString pointsText(double points);

} // namespace Dms

} // namespace karier
