// SPDX-License-Identifier: GPL-3.0-or-later
#include "dms/DmsScore.h"

#include "common/Language.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <numeric>

namespace karier {

namespace {

constexpr double SlotPoints = 7.5; ///< DRH, D2NP, SK CPNS/SPMT, SK PNS
constexpr double RowCategoryPoints = 15; ///< Pendidikan, Golongan, Jabatan, Diklat
constexpr double KondisionalPoints = 10;

/// One document category: its stored code, its tile's title and the document a row of it needs.
struct CategoryInfo
{
    DmsCategory category;
    const char* code;
    const char* title; ///< translated in the context karier::Dms
    const char* document; ///< likewise
};

/// Every category, in DmsCategory order (the order of the tiles).
constexpr CategoryInfo Categories[] = {
    {DmsCategory::Drh, "drh", QT_TRANSLATE_NOOP("karier::Dms", "DRH"),
        QT_TRANSLATE_NOOP("karier::Dms", "DRH")},
    {DmsCategory::D2np, "d2np", QT_TRANSLATE_NOOP("karier::Dms", "D2NP"),
        QT_TRANSLATE_NOOP("karier::Dms", "D2NP")},
    {DmsCategory::SkCpns, "sk_cpns", QT_TRANSLATE_NOOP("karier::Dms", "SK CPNS"),
        QT_TRANSLATE_NOOP("karier::Dms", "SK CPNS")},
    {DmsCategory::Spmt, "spmt", QT_TRANSLATE_NOOP("karier::Dms", "SPMT CPNS"),
        QT_TRANSLATE_NOOP("karier::Dms", "SPMT CPNS")},
    {DmsCategory::SkPns, "sk_pns", QT_TRANSLATE_NOOP("karier::Dms", "SK PNS"),
        QT_TRANSLATE_NOOP("karier::Dms", "SK PNS")},
    {DmsCategory::Pendidikan, "pendidikan", QT_TRANSLATE_NOOP("karier::Dms", "Pendidikan"),
        QT_TRANSLATE_NOOP("karier::Dms", "Ijazah")},
    {DmsCategory::Golongan, "golongan", QT_TRANSLATE_NOOP("karier::Dms", "Golongan"),
        QT_TRANSLATE_NOOP("karier::Dms", "SK Kenaikan Pangkat")},
    {DmsCategory::Jabatan, "jabatan", QT_TRANSLATE_NOOP("karier::Dms", "Jabatan"),
        QT_TRANSLATE_NOOP("karier::Dms", "SK Jabatan")},
    {DmsCategory::Diklat, "diklat", QT_TRANSLATE_NOOP("karier::Dms", "Diklat"),
        QT_TRANSLATE_NOOP("karier::Dms", "Sertifikat Diklat")},
    {DmsCategory::AngkaKredit, "angka_kredit", QT_TRANSLATE_NOOP("karier::Dms", "Angka Kredit"),
        QT_TRANSLATE_NOOP("karier::Dms", "PAK (Penetapan Angka Kredit)")},
    {DmsCategory::PindahInstansi, "pindah_instansi", QT_TRANSLATE_NOOP("karier::Dms", "Pindah Instansi"),
        QT_TRANSLATE_NOOP("karier::Dms", "SK Pindah Instansi")},
    {DmsCategory::Pmk, "pmk", QT_TRANSLATE_NOOP("karier::Dms", "PMK"),
        QT_TRANSLATE_NOOP("karier::Dms", "SK PMK")},
    {DmsCategory::Penghargaan, "penghargaan", QT_TRANSLATE_NOOP("karier::Dms", "Penghargaan"),
        QT_TRANSLATE_NOOP("karier::Dms", "Sertifikat Penghargaan")},
    {DmsCategory::Cltn, "cltn", QT_TRANSLATE_NOOP("karier::Dms", "CLTN"),
        QT_TRANSLATE_NOOP("karier::Dms", "SK CLTN")},
    {DmsCategory::Skp, "skp", QT_TRANSLATE_NOOP("karier::Dms", "SKP/Kinerja"),
        QT_TRANSLATE_NOOP("karier::Dms", "Dokumen SKP")},
};
constexpr std::size_t CategoryCount = std::size(Categories);
static_assert(CategoryCount == std::size_t(DmsCategory::Skp) + 1, "one row for every DmsCategory");

const CategoryInfo* infoOf(DmsCategory c)
{
    for (const CategoryInfo& info : Categories) {
        if (info.category == c)
            return &info;
    }
    return nullptr; // not a category (a bad cast)
}

const QList<DmsCategory>& allCategories()
{
    static const QList<DmsCategory> all = [] {
        QList<DmsCategory> list;
        for (const CategoryInfo& info : Categories)
            list.append(info.category);
        return list;
    }();
    return all;
}

bool isRowCategory(DmsCategory c)
{
    return c == DmsCategory::Pendidikan || c == DmsCategory::Golongan || c == DmsCategory::Jabatan
        || c == DmsCategory::Diklat;
}

struct Counts
{
    int rows = 0;
    int done = 0;
};

/// A value as an exact fraction (numerator / denominator, both ≥ 0, denominator > 0).
struct Fraction
{
    qint64 numerator = 0;
    qint64 denominator = 1;
};

/// floor(sum + 1/2) of exact fractions, i.e. the sum rounded half up to a whole number; nullopt when the
/// common denominator grows too large for 64-bit arithmetic (thousands of rows in several categories).
std::optional<qint64> roundHalfUpExactly(const QList<Fraction>& terms)
{
    constexpr qint64 MaxDenominator = 1'000'000'000'000; // 1e12: sums of numerators ≤ ~1e15 stay exact
    qint64 common = 1;
    for (const Fraction& term : terms) {
        const qint64 factor = term.denominator / std::gcd(common, term.denominator);
        if (common > MaxDenominator / factor)
            return std::nullopt;
        common *= factor;
    }
    qint64 sum = 0; // the sum × common
    for (const Fraction& term : terms)
        sum += term.numerator * (common / term.denominator);
    return (2 * sum + common) / (2 * common);
}

/// |value| rounded half up to \a decimals (≤ 6) after rounding to 6 decimals, which removes the
/// binary floating-point error of a few additions of numbers ≤ 100 (about 1e-13): as units of 10^-decimals.
qint64 roundedUnits(double value, int decimals)
{
    const qint64 micro = std::llround(std::fabs(value) * 1e6);
    qint64 step = 1;
    for (int i = decimals; i < 6; ++i)
        step *= 10;
    return (micro + step / 2) / step;
}

} // namespace

QString DmsMissing::text() const
{
    if (waiting)
        return QCoreApplication::translate("karier::Dms", "%1: Menunggu verifikasi").arg(reference);
    return QCoreApplication::translate("karier::Dms", "Unggah %1: +%2")
        .arg(reference, Dms::pointsText(points));
}

int DmsScore::toUploadCount() const
{
    return int(std::count_if(
        missing.cbegin(), missing.cend(), [](const DmsMissing& entry) { return !entry.waiting; }));
}

namespace Dms {

DmsScore compute(const DmsInput& input)
{
    std::array<Counts, CategoryCount> counts {};
    int kondisionalRows = 0;
    int kondisionalDone = 0;
    for (const DmsRow& row : input.rows) {
        if (std::size_t(row.category) >= CategoryCount)
            continue; // not a category (a bad cast): ignored here and below
        Counts& c = counts[std::size_t(row.category)];
        ++c.rows;
        if (row.done)
            ++c.done;
        if (groupOf(row.category) == DmsGroup::Kondisional) {
            ++kondisionalRows;
            if (row.done)
                ++kondisionalDone;
        }
    }
    const auto countsOf = [&](DmsCategory c) { return counts[std::size_t(c)]; };

    const bool d2np = countsOf(DmsCategory::D2np).done > 0;
    const bool sharedSlot = countsOf(DmsCategory::SkCpns).done > 0 || countsOf(DmsCategory::Spmt).done > 0;
    const bool skPns = input.cpns || countsOf(DmsCategory::SkPns).done > 0;

    DmsScore score;
    QList<Fraction> tenths; // the total × 10 as exact fractions
    int slotsGranted = 1; // DRH
    for (const bool granted : {d2np, sharedSlot, skPns}) {
        if (granted)
            ++slotsGranted;
    }
    score.utama = SlotPoints * slotsGranted;
    tenths.append({qint64(slotsGranted) * 75, 1});

    // Tiles, in category order.
    for (const DmsCategory category : allCategories()) {
        const Counts c = countsOf(category);
        DmsCategoryScore tile;
        tile.category = category;
        tile.rows = c.rows;
        tile.done = c.done;
        if (isRowCategory(category)) {
            tile.maxPoints = RowCategoryPoints;
            tile.points = c.rows == 0 ? RowCategoryPoints : RowCategoryPoints * c.done / c.rows;
            score.utama += tile.points;
            tenths.append(c.rows == 0 ? Fraction {150, 1} : Fraction {qint64(c.done) * 150, c.rows});
        } else if (groupOf(category) == DmsGroup::Kondisional) {
            if (kondisionalRows > 0) {
                tile.points = KondisionalPoints * c.done / kondisionalRows;
                tile.maxPoints = KondisionalPoints * c.rows / kondisionalRows;
            }
        } else {
            bool granted = true; // DRH
            if (category == DmsCategory::D2np)
                granted = d2np;
            else if (category == DmsCategory::SkCpns || category == DmsCategory::Spmt)
                granted = sharedSlot;
            else if (category == DmsCategory::SkPns)
                granted = skPns;
            tile.maxPoints = SlotPoints;
            tile.points = granted ? SlotPoints : 0;
        }
        if (isRowCategory(category) || groupOf(category) == DmsGroup::Kondisional)
            tile.percent = c.rows == 0 ? 100 : 100.0 * c.done / c.rows; // = points / maxPoints × 100
        else
            tile.percent = tile.points / tile.maxPoints * 100;
        score.categories.append(tile);
    }

    score.kondisional
        = kondisionalRows == 0 ? KondisionalPoints : KondisionalPoints * kondisionalDone / kondisionalRows;
    tenths.append(
        kondisionalRows == 0 ? Fraction {100, 1} : Fraction {qint64(kondisionalDone) * 100, kondisionalRows});

    const std::optional<qint64> roundedTenths = roundHalfUpExactly(tenths);
    score.total = roundedTenths ? double(*roundedTenths) / 10 : roundTotal(score.utama + score.kondisional);
    score.band = bandFor(score.total);

    // Missing documents, built in category order then row order; a stable sort by points keeps that
    // order for ties. Equal shares are equal doubles: each is one division of the same exact numbers.
    const auto addSlot = [&](DmsCategory reported, std::initializer_list<DmsCategory> categories,
                             const QString& nameWithoutRow) {
        DmsMissing missing;
        missing.category = reported;
        missing.points = SlotPoints;
        QStringList references;
        for (const DmsRow& row : input.rows) {
            if (std::find(categories.begin(), categories.end(), row.category) == categories.end())
                continue;
            if (references.isEmpty())
                missing.rowId = row.id; // the slot's first row
            missing.waiting = missing.waiting || row.waiting;
            const QString reference = row.reference.isEmpty() ? documentName(row.category) : row.reference;
            if (!references.contains(reference))
                references.append(reference);
        }
        missing.reference = references.isEmpty()
            ? nameWithoutRow
            : references.join(QCoreApplication::translate("karier::Dms", " atau ", "joins alternatives"));
        score.missing.append(missing);
    };
    if (!d2np)
        addSlot(DmsCategory::D2np, {DmsCategory::D2np}, documentName(DmsCategory::D2np));
    if (!sharedSlot)
        addSlot(DmsCategory::SkCpns, {DmsCategory::SkCpns, DmsCategory::Spmt}, sharedSlotName());
    if (!skPns)
        addSlot(DmsCategory::SkPns, {DmsCategory::SkPns}, documentName(DmsCategory::SkPns));
    for (const DmsCategory category : allCategories()) {
        const bool rowCategory = isRowCategory(category);
        if ((!rowCategory && groupOf(category) != DmsGroup::Kondisional) || countsOf(category).rows == 0)
            continue;
        const double points
            = rowCategory ? RowCategoryPoints / countsOf(category).rows : KondisionalPoints / kondisionalRows;
        for (const DmsRow& row : input.rows) {
            if (row.category != category || row.done)
                continue;
            score.missing.append({category, row.id,
                row.reference.isEmpty() ? documentName(category) : row.reference, points, row.waiting});
        }
    }
    std::stable_sort(
        score.missing.begin(), score.missing.end(), [](const DmsMissing& a, const DmsMissing& b) {
            return a.waiting != b.waiting ? !a.waiting : a.points > b.points;
        });
    return score;
}

DmsBand bandFor(double total)
{
    // On tenths, so that 55.6 computed as 55.599999… is still Lengkap.
    const qint64 tenths = roundedUnits(total, 1) * (total < 0 ? -1 : 1);
    if (tenths > 900)
        return DmsBand::SangatLengkap;
    if (tenths >= 556)
        return DmsBand::Lengkap;
    if (tenths >= 300)
        return DmsBand::CukupLengkap;
    return DmsBand::KurangLengkap;
}

double roundTotal(double value)
{
    const double rounded = double(roundedUnits(value, 1)) / 10;
    return value < 0 ? -rounded : rounded;
}

QString bandText(DmsBand band)
{
    switch (band) {
    case DmsBand::SangatLengkap:
        return QCoreApplication::translate("karier::Dms", "Sangat Lengkap");
    case DmsBand::Lengkap:
        return QCoreApplication::translate("karier::Dms", "Lengkap");
    case DmsBand::CukupLengkap:
        return QCoreApplication::translate("karier::Dms", "Cukup Lengkap");
    case DmsBand::KurangLengkap:
        return QCoreApplication::translate("karier::Dms", "Kurang Lengkap");
    }
    return {};
}

QString categoryCode(DmsCategory c)
{
    const CategoryInfo* info = infoOf(c);
    return info ? QString::fromLatin1(info->code) : QString();
}

std::optional<DmsCategory> categoryFromCode(const QString& code)
{
    for (const DmsCategory c : allCategories()) {
        if (code.compare(categoryCode(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString categoryTitle(DmsCategory c)
{
    const CategoryInfo* info = infoOf(c);
    return info ? QCoreApplication::translate("karier::Dms", info->title) : QString();
}

QString documentName(DmsCategory c)
{
    const CategoryInfo* info = infoOf(c);
    return info ? QCoreApplication::translate("karier::Dms", info->document) : QString();
}

QString sharedSlotName()
{
    return QCoreApplication::translate("karier::Dms", "SK CPNS atau SPMT CPNS");
}

DmsGroup groupOf(DmsCategory c)
{
    return int(c) >= int(DmsCategory::AngkaKredit) ? DmsGroup::Kondisional : DmsGroup::Utama;
}

QList<DmsCategory> utamaCategories()
{
    return allCategories().mid(0, 9);
}

QList<DmsCategory> kondisionalCategories()
{
    return allCategories().mid(9);
}

QString pointsText(double points)
{
    const qint64 hundredths = roundedUnits(points, 2);
    QString text = QString::number(hundredths / 100);
    const qint64 fraction = hundredths % 100;
    if (fraction != 0) {
        text += shownLocale().decimalPoint() + QString::number(fraction / 10);
        if (fraction % 10 != 0)
            text += QString::number(fraction % 10);
    }
    if (points < 0 && hundredths != 0)
        text.prepend(QLatin1Char('-'));
    return text;
}

} // namespace Dms

} // namespace karier
