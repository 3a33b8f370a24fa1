// SPDX-License-Identifier: GPL-3.0-or-later
#include "dms/DmsScore.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace karier {

namespace {

constexpr double SlotPoints = 7.5; ///< DRH, D2NP, SK CPNS/SPMT, SK PNS
constexpr double RowCategoryPoints = 15; ///< Pendidikan, Golongan, Jabatan, Diklat
constexpr double KondisionalPoints = 10;
constexpr std::size_t CategoryCount = 15;

const QList<DmsCategory>& allCategories()
{
    static const QList<DmsCategory> all {DmsCategory::Drh, DmsCategory::D2np, DmsCategory::SkCpns,
        DmsCategory::Spmt, DmsCategory::SkPns, DmsCategory::Pendidikan, DmsCategory::Golongan,
        DmsCategory::Jabatan, DmsCategory::Diklat, DmsCategory::AngkaKredit, DmsCategory::PindahInstansi,
        DmsCategory::Pmk, DmsCategory::Penghargaan, DmsCategory::Cltn, DmsCategory::Skp};
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
    return QCoreApplication::translate("karier::Dms", "Unggah %1: +%2")
        .arg(reference, Dms::pointsText(points));
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
            score.missing.append(
                {category, row.id, row.reference.isEmpty() ? documentName(category) : row.reference, points});
        }
    }
    std::stable_sort(score.missing.begin(), score.missing.end(),
        [](const DmsMissing& a, const DmsMissing& b) { return a.points > b.points; });
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
    switch (c) {
    case DmsCategory::Drh:
        return QStringLiteral("drh");
    case DmsCategory::D2np:
        return QStringLiteral("d2np");
    case DmsCategory::SkCpns:
        return QStringLiteral("sk_cpns");
    case DmsCategory::Spmt:
        return QStringLiteral("spmt");
    case DmsCategory::SkPns:
        return QStringLiteral("sk_pns");
    case DmsCategory::Pendidikan:
        return QStringLiteral("pendidikan");
    case DmsCategory::Golongan:
        return QStringLiteral("golongan");
    case DmsCategory::Jabatan:
        return QStringLiteral("jabatan");
    case DmsCategory::Diklat:
        return QStringLiteral("diklat");
    case DmsCategory::AngkaKredit:
        return QStringLiteral("angka_kredit");
    case DmsCategory::PindahInstansi:
        return QStringLiteral("pindah_instansi");
    case DmsCategory::Pmk:
        return QStringLiteral("pmk");
    case DmsCategory::Penghargaan:
        return QStringLiteral("penghargaan");
    case DmsCategory::Cltn:
        return QStringLiteral("cltn");
    case DmsCategory::Skp:
        return QStringLiteral("skp");
    }
    return {};
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
    switch (c) {
    case DmsCategory::Drh:
        return QCoreApplication::translate("karier::Dms", "DRH");
    case DmsCategory::D2np:
        return QCoreApplication::translate("karier::Dms", "D2NP");
    case DmsCategory::SkCpns:
        return QCoreApplication::translate("karier::Dms", "SK CPNS");
    case DmsCategory::Spmt:
        return QCoreApplication::translate("karier::Dms", "SPMT CPNS");
    case DmsCategory::SkPns:
        return QCoreApplication::translate("karier::Dms", "SK PNS");
    case DmsCategory::Pendidikan:
        return QCoreApplication::translate("karier::Dms", "Pendidikan");
    case DmsCategory::Golongan:
        return QCoreApplication::translate("karier::Dms", "Golongan");
    case DmsCategory::Jabatan:
        return QCoreApplication::translate("karier::Dms", "Jabatan");
    case DmsCategory::Diklat:
        return QCoreApplication::translate("karier::Dms", "Diklat");
    case DmsCategory::AngkaKredit:
        return QCoreApplication::translate("karier::Dms", "Angka Kredit");
    case DmsCategory::PindahInstansi:
        return QCoreApplication::translate("karier::Dms", "Pindah Instansi");
    case DmsCategory::Pmk:
        return QCoreApplication::translate("karier::Dms", "PMK");
    case DmsCategory::Penghargaan:
        return QCoreApplication::translate("karier::Dms", "Penghargaan");
    case DmsCategory::Cltn:
        return QCoreApplication::translate("karier::Dms", "CLTN");
    case DmsCategory::Skp:
        return QCoreApplication::translate("karier::Dms", "SKP/Kinerja");
    }
    return {};
}

QString documentName(DmsCategory c)
{
    switch (c) {
    case DmsCategory::Drh:
        return QCoreApplication::translate("karier::Dms", "DRH");
    case DmsCategory::D2np:
        return QCoreApplication::translate("karier::Dms", "D2NP");
    case DmsCategory::SkCpns:
        return QCoreApplication::translate("karier::Dms", "SK CPNS");
    case DmsCategory::Spmt:
        return QCoreApplication::translate("karier::Dms", "SPMT CPNS");
    case DmsCategory::SkPns:
        return QCoreApplication::translate("karier::Dms", "SK PNS");
    case DmsCategory::Pendidikan:
        return QCoreApplication::translate("karier::Dms", "Ijazah");
    case DmsCategory::Golongan:
        return QCoreApplication::translate("karier::Dms", "SK Kenaikan Pangkat");
    case DmsCategory::Jabatan:
        return QCoreApplication::translate("karier::Dms", "SK Jabatan");
    case DmsCategory::Diklat:
        return QCoreApplication::translate("karier::Dms", "Sertifikat Diklat");
    case DmsCategory::AngkaKredit:
        return QCoreApplication::translate("karier::Dms", "PAK (Penetapan Angka Kredit)");
    case DmsCategory::PindahInstansi:
        return QCoreApplication::translate("karier::Dms", "SK Pindah Instansi");
    case DmsCategory::Pmk:
        return QCoreApplication::translate("karier::Dms", "SK PMK");
    case DmsCategory::Penghargaan:
        return QCoreApplication::translate("karier::Dms", "Sertifikat Penghargaan");
    case DmsCategory::Cltn:
        return QCoreApplication::translate("karier::Dms", "SK CLTN");
    case DmsCategory::Skp:
        return QCoreApplication::translate("karier::Dms", "Dokumen SKP");
    }
    return {};
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
        text += QLatin1Char(',') + QString::number(fraction / 10);
        if (fraction % 10 != 0)
            text += QString::number(fraction % 10);
    }
    if (points < 0 && hundredths != 0)
        text.prepend(QLatin1Char('-'));
    return text;
}

} // namespace Dms

} // namespace karier
