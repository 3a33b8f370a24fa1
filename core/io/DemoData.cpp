// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DemoData.h"

#include "common/Resources.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QtDebug>
#include <algorithm>
#include <array>
#include <iterator>
#include <utility>

namespace karier {

namespace {

const QString kOrganisationResource = QStringLiteral(":/karier/demo/organisasi.json");
const QString kNamesResource = QStringLiteral(":/karier/demo/nama.json");

constexpr int kMale = 1;
constexpr int kFemale = 2;
constexpr int kFirstBirthYear = 1965;
constexpr int kLastBirthYear = 2000;
constexpr int kLastTmtYear = 2025;
constexpr int kMinimumAgeAtTmt = 19;
constexpr int kMaximumAgeAtCpns = 35;
constexpr int kPppkPercent = 19; // some drawn units have no PPPK jabatan: about 15 % overall
constexpr int kFirstModernNameYear = 1985;
constexpr int kLastSingleNameYear = 1975;

// ---------------------------------------------------------------------------------------------
// JSON loading

QJsonObject loadJsonObject(const QString& path)
{
    static const bool resourcesReady = [] {
        ensureCoreResources();
        return true;
    }();
    Q_UNUSED(resourcesReady);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("DemoData: cannot open %s", qPrintable(path));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject()) {
        qWarning("DemoData: %s is not a JSON object: %s", qPrintable(path), qPrintable(error.errorString()));
        return {};
    }
    return document.object();
}

QStringList toStringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        list.append(item.toString());
    return list;
}

const QList<DemoUnit>& organisationData()
{
    static const QList<DemoUnit> units = [] {
        QList<DemoUnit> result;
        const QJsonArray induks = loadJsonObject(kOrganisationResource).value(u"perangkat_daerah").toArray();
        for (const QJsonValue& inducValue : induks) {
            const QJsonObject induk = inducValue.toObject();
            const QString indukCode = induk.value(u"kode").toString();
            result.append({indukCode, induk.value(u"nama").toString(), QString()});
            const QJsonArray satkers = induk.value(u"satker").toArray();
            for (const QJsonValue& satkerValue : satkers) {
                const QJsonObject satker = satkerValue.toObject();
                result.append(
                    {satker.value(u"kode").toString(), satker.value(u"nama").toString(), indukCode});
            }
        }
        return result;
    }();
    return units;
}

/// A jabatan that may be given to a generated employee, with the titles that fit it.
struct JabatanDef
{
    QString nama;
    QStringList gelarDepan; ///< empty: no front title
    QStringList gelarBelakang; ///< "" allowed: no back title
    int bobot = 1;
    bool tunggal = false; ///< at most one holder per unit (Lurah, Kepala Sekolah, Kepala Bidang ...)
    bool senior = false; ///< needs seniority: born earlier, TMT longer ago
    bool pppk = false; ///< may be held by a PPPK
    bool drs = false; ///< an older holder may carry "Drs."/"Dra." instead of the bachelor title
    bool ir = false; ///< an older holder may carry "Ir." instead of S.T./S.P.
    int jenisKelamin = 0; ///< 0 any, else the only possible sex (Bidan)
    int persenLaki = 50; ///< share of men among the holders
};

struct StrukturalRule
{
    QString awalan; ///< prefix of the Satker name
    QString jabatan; ///< template, "{unit}" is replaced by the Satker name
};

struct NameData
{
    std::array<QStringList, 3> namaDepan; ///< indexed by jenis kelamin (1, 2)
    std::array<QStringList, 3> namaDepanMuda; ///< only for those born from kFirstModernNameYear
    std::array<QStringList, 3> namaBelakang;
    std::array<QStringList, 3> namaTunggal;
    QHash<QString, QList<JabatanDef>> jabatan; ///< per kelompok
    QHash<QString, QString> kelompokPerInduk;
    QList<StrukturalRule> struktural;
    QStringList gelarStruktural;
    QHash<QString, QStringList> gelarStrukturalKelompok;
};

JabatanDef parseJabatan(const QJsonObject& object)
{
    JabatanDef def;
    def.nama = object.value(u"nama").toString();
    def.gelarDepan = toStringList(object.value(u"gelar_depan"));
    def.gelarBelakang = toStringList(object.value(u"gelar_belakang"));
    if (def.gelarBelakang.isEmpty())
        def.gelarBelakang.append(QString());
    def.bobot = std::max(1, object.value(u"bobot").toInt(1));
    def.tunggal = object.value(u"tunggal").toBool();
    def.senior = object.value(u"senior").toBool();
    def.pppk = object.value(u"pppk").toBool();
    def.drs = object.value(u"drs").toBool();
    def.ir = object.value(u"ir").toBool();
    const QString sex = object.value(u"jenis_kelamin").toString();
    def.jenisKelamin = sex == u"L" ? kMale : sex == u"P" ? kFemale : 0;
    def.persenLaki = std::clamp(object.value(u"persen_laki").toInt(50), 0, 100);
    return def;
}

const NameData& nameData()
{
    static const NameData data = [] {
        NameData result;
        const QJsonObject root = loadJsonObject(kNamesResource);
        const QJsonObject depan = root.value(u"nama_depan").toObject();
        const QJsonObject belakang = root.value(u"nama_belakang").toObject();
        const QJsonObject tunggal = root.value(u"nama_tunggal").toObject();
        result.namaDepan[kMale] = toStringList(depan.value(u"L"));
        result.namaDepan[kFemale] = toStringList(depan.value(u"P"));
        const QJsonObject muda = root.value(u"nama_depan_muda").toObject();
        result.namaDepanMuda[kMale] = toStringList(muda.value(u"L"));
        result.namaDepanMuda[kFemale] = toStringList(muda.value(u"P"));
        result.namaBelakang[kMale] = toStringList(belakang.value(u"L"));
        result.namaBelakang[kFemale] = toStringList(belakang.value(u"P"));
        result.namaTunggal[kMale] = toStringList(tunggal.value(u"L"));
        result.namaTunggal[kFemale] = toStringList(tunggal.value(u"P"));

        const QJsonObject jabatan = root.value(u"jabatan").toObject();
        for (auto it = jabatan.begin(); it != jabatan.end(); ++it) {
            QList<JabatanDef> defs;
            const QJsonArray array = it.value().toArray();
            for (const QJsonValue& value : array)
                defs.append(parseJabatan(value.toObject()));
            result.jabatan.insert(it.key(), defs);
        }
        const QJsonObject kelompok = root.value(u"kelompok_per_induk").toObject();
        for (auto it = kelompok.begin(); it != kelompok.end(); ++it)
            result.kelompokPerInduk.insert(it.key(), it.value().toString());

        const QJsonObject struktural = root.value(u"struktural").toObject();
        const QJsonArray rules = struktural.value(u"awalan").toArray();
        for (const QJsonValue& value : rules) {
            const QJsonObject rule = value.toObject();
            result.struktural.append({rule.value(u"awalan").toString(), rule.value(u"jabatan").toString()});
        }
        result.gelarStruktural = toStringList(struktural.value(u"gelar_belakang"));
        const QJsonObject perKelompok = struktural.value(u"gelar_belakang_kelompok").toObject();
        for (auto it = perKelompok.begin(); it != perKelompok.end(); ++it)
            result.gelarStrukturalKelompok.insert(it.key(), toStringList(it.value()));
        return result;
    }();
    return data;
}

// ---------------------------------------------------------------------------------------------
// Generation

/// Thin deterministic helper around QRandomGenerator.
class Dice
{
public:
    explicit Dice(quint32 seed) : m_generator(seed) { }
    int below(int bound) { return bound <= 1 ? 0 : int(m_generator.bounded(quint32(bound))); }
    int between(int low, int high) { return low + below(high - low + 1); } ///< inclusive
    bool percent(int p) { return below(100) < p; }
    QString pick(const QStringList& list)
    {
        return list.isEmpty() ? QString() : list.at(below(int(list.size())));
    }

private:
    QRandomGenerator m_generator;
};

enum class UnitKind { Kantor, Puskesmas, Sekolah, Rsud, Kecamatan, Kelurahan };

struct UnitSlot
{
    QString code;
    QString name;
    QString indukCode;
    UnitKind kind = UnitKind::Kantor;
    int weight = 1;
};

bool isKecamatanCode(const QString& code)
{
    return code.startsWith(u"KEC-");
}

QList<UnitSlot> unitSlots(const NameData& names)
{
    QList<UnitSlot> slots;
    for (const DemoUnit& unit : organisationData()) {
        UnitSlot slot;
        slot.code = unit.code;
        slot.name = unit.name;
        slot.indukCode = unit.parentCode.isEmpty() ? unit.code : unit.parentCode;
        if (unit.parentCode.isEmpty()) {
            if (isKecamatanCode(unit.code)) {
                slot.kind = UnitKind::Kecamatan;
                slot.weight = 4;
            } else if (names.kelompokPerInduk.value(unit.code) == u"rsud") {
                slot.kind = UnitKind::Rsud;
                slot.weight = 12;
            } else {
                slot.weight = 3;
            }
        } else if (unit.code.contains(u".PKM-")) {
            slot.kind = UnitKind::Puskesmas;
            slot.weight = 10;
        } else if (unit.code.contains(u".SDN-")) {
            slot.kind = UnitKind::Sekolah;
            slot.weight = 10;
        } else if (unit.code.contains(u".SMPN-")) {
            slot.kind = UnitKind::Sekolah;
            slot.weight = 14;
        } else if (isKecamatanCode(unit.parentCode)) {
            slot.kind = UnitKind::Kelurahan;
            slot.weight = 2;
        } else {
            slot.weight = 2;
        }
        slots.append(slot);
    }
    return slots;
}

/// The jabatan that fit a unit: its kind's list, or for an office its Induk's specialist list, the
/// general list and the head of the Bidang/Bagian.
QList<JabatanDef> jabatanFor(const UnitSlot& slot, const NameData& names)
{
    switch (slot.kind) {
    case UnitKind::Puskesmas:
        return names.jabatan.value(QStringLiteral("puskesmas"));
    case UnitKind::Sekolah:
        return names.jabatan.value(QStringLiteral("sekolah"));
    case UnitKind::Rsud:
        return names.jabatan.value(QStringLiteral("rsud"));
    case UnitKind::Kecamatan:
        return names.jabatan.value(QStringLiteral("kecamatan"));
    case UnitKind::Kelurahan:
        return names.jabatan.value(QStringLiteral("kelurahan"));
    case UnitKind::Kantor:
        break;
    }
    const QString kelompok = names.kelompokPerInduk.value(slot.indukCode);
    // A Sekretariat keeps the general staff; the specialists work at the Induk or in a Bidang.
    QList<JabatanDef> result;
    if (!slot.name.startsWith(u"Sekretariat"))
        result = names.jabatan.value(kelompok);
    result.append(names.jabatan.value(QStringLiteral("umum")));
    if (slot.code != slot.indukCode) {
        for (const StrukturalRule& rule : names.struktural) {
            if (!slot.name.startsWith(rule.awalan))
                continue;
            JabatanDef head;
            head.nama = QString(rule.jabatan).replace(QStringLiteral("{unit}"), slot.name);
            head.gelarBelakang = names.gelarStrukturalKelompok.value(kelompok, names.gelarStruktural);
            head.tunggal = true;
            head.senior = true;
            head.drs = true;
            head.ir = true;
            result.append(head);
            break;
        }
    }
    return result;
}

bool isEntryLevel(const QString& jabatan)
{
    return jabatan.endsWith(u"Ahli Pertama") || jabatan.endsWith(u"Terampil");
}

/// The second rung of a functional career: needs some years of service.
bool isMiddleLevel(const QString& jabatan)
{
    return jabatan.endsWith(u"Ahli Muda") || jabatan.endsWith(u"Mahir");
}

/// Bachelor titles that an older graduate carries as "Drs."/"Dra." instead.
bool isDrsEquivalent(const QString& title)
{
    static const QSet<QString> titles = {
        QStringLiteral("S.Sos."),
        QStringLiteral("S.E."),
        QStringLiteral("S.IP."),
        QStringLiteral("S.Pd."),
        QStringLiteral("S.Psi."),
        QStringLiteral("S.Si."),
        QStringLiteral("S.S."),
        QStringLiteral("S.Ak."),
        QStringLiteral("S.AP."),
    };
    return titles.contains(title);
}

bool isIrEquivalent(const QString& title)
{
    return title == u"S.T." || title == u"S.P." || title == u"S.Pt.";
}

/// The youngest plausible age at the TMT for someone with these titles: a physician's or
/// pharmacist's profession comes after the bachelor degree, a bachelor at about 23, a diploma at
/// about 21, and without a degree 19.
int minimumAgeAtTmt(const QString& gelarDepan, const QString& gelarBelakang)
{
    if (gelarDepan.startsWith(u"dr") || gelarDepan.startsWith(u"apt."))
        return 25;
    const QStringList titles = gelarBelakang.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    for (const QString& title : titles) {
        if (title.startsWith(u"S."))
            return 23;
    }
    for (const QString& title : titles) {
        if (title.startsWith(u"A.Md"))
            return 21;
    }
    return kMinimumAgeAtTmt;
}

QString nipDigits(const DemoEmployee& e, int pppkCode, int sequence)
{
    const QString birth = e.tanggalLahir.toString(QStringLiteral("yyyyMMdd"));
    const QString middle = e.pppk ? QString::number(e.tmt.year()) % QString::number(pppkCode)
                                  : e.tmt.toString(QStringLiteral("yyyyMM"));
    return birth % middle % QString::number(e.jenisKelamin)
        % QString::number(sequence).rightJustified(3, u'0');
}

class Generator
{
public:
    explicit Generator(quint32 seed) : m_dice(seed), m_names(nameData()), m_slots(unitSlots(m_names))
    {
        for (const DemoPersona& persona : DemoData::personas()) {
            m_usedNips.insert(persona.employee.nip);
            m_usedNames.insert(persona.employee.nama);
            m_usedSingles.insert(persona.employee.unitCode % u'|' % persona.employee.jabatan);
        }
    }

    QList<DemoEmployee> run(int count)
    {
        QList<DemoEmployee> result;
        if (count <= 0 || m_slots.isEmpty())
            return result;
        result.reserve(count);

        // First one employee in every Induk Satker (at the Induk itself or one of its Satker) ...
        QStringList induks;
        for (const UnitSlot& slot : std::as_const(m_slots)) {
            if (slot.code == slot.indukCode)
                induks.append(slot.code);
        }
        for (const QString& induk : std::as_const(induks)) {
            if (result.size() >= count)
                break;
            QList<int> candidates;
            for (int i = 0; i < m_slots.size(); ++i) {
                if (m_slots.at(i).indukCode == induk)
                    candidates.append(i);
            }
            result.append(generate(m_slots.at(weightedPick(candidates))));
        }
        // ... then the rest by the units' weights: most staff work in schools and health care.
        QList<int> all;
        for (int i = 0; i < m_slots.size(); ++i)
            all.append(i);
        while (result.size() < count)
            result.append(generate(m_slots.at(weightedPick(all))));
        return result;
    }

private:
    int weightedPick(const QList<int>& candidates)
    {
        int total = 0;
        for (int index : candidates)
            total += m_slots.at(index).weight;
        int roll = m_dice.below(total);
        for (int index : candidates) {
            roll -= m_slots.at(index).weight;
            if (roll < 0)
                return index;
        }
        return candidates.last();
    }

    const JabatanDef* pickJabatan(const QList<JabatanDef>& defs, const QString& unitCode, bool pppk)
    {
        QList<const JabatanDef*> options;
        int total = 0;
        for (const JabatanDef& def : defs) {
            if (pppk && !def.pppk)
                continue;
            if (def.tunggal && m_usedSingles.contains(unitCode % u'|' % def.nama))
                continue;
            options.append(&def);
            total += def.bobot;
        }
        if (options.isEmpty())
            return nullptr;
        int roll = m_dice.below(total);
        for (const JabatanDef* def : std::as_const(options)) {
            roll -= def->bobot;
            if (roll < 0)
                return def;
        }
        return options.last();
    }

    QDate birthDate(int firstYear, int lastYear)
    {
        const int year = m_dice.between(firstYear, lastYear);
        const int month = m_dice.between(1, 12);
        const int day = m_dice.between(1, QDate(year, month, 1).daysInMonth());
        return QDate(year, month, day);
    }

    QString personName(int sex, int birthYear)
    {
        QStringList given = m_names.namaDepan.at(sex);
        if (birthYear >= kFirstModernNameYear)
            given.append(m_names.namaDepanMuda.at(sex));
        const QStringList& tunggal = m_names.namaTunggal.at(sex);
        QString name;
        for (int attempt = 0; attempt < 50; ++attempt) {
            if (birthYear <= kLastSingleNameYear && !tunggal.isEmpty() && m_dice.percent(20)) {
                name = m_dice.pick(tunggal);
            } else {
                name = m_dice.pick(given);
                if (m_dice.percent(15)) {
                    const QString second = m_dice.pick(given);
                    if (second != name)
                        name += u' ' + second;
                }
                QString family = m_dice.pick(m_names.namaBelakang.at(sex));
                if (family.startsWith(name.section(u' ', 0, 0)))
                    family = m_dice.pick(m_names.namaBelakang.at(sex));
                name += u' ' + family;
            }
            if (!m_usedNames.contains(name))
                break;
        }
        m_usedNames.insert(name);
        return name;
    }

    /// Sets the titles drawn for the jabatan; an older graduate may carry the old "Drs."/"Dra."/"Ir."
    /// and some older employees carry the hajj title.
    void applyTitles(DemoEmployee& e, const JabatanDef& def, QString depan, const QString& rawBelakang)
    {
        QStringList belakang = rawBelakang.split(QStringLiteral(", "), Qt::SkipEmptyParts);
        const int birthYear = e.tanggalLahir.year();
        if (depan.isEmpty() && !belakang.isEmpty()) {
            if (def.drs && birthYear <= 1968 && isDrsEquivalent(belakang.first()) && m_dice.percent(50)) {
                depan = e.jenisKelamin == kMale ? QStringLiteral("Drs.") : QStringLiteral("Dra.");
                belakang.removeFirst();
            } else if (def.ir && birthYear <= 1972 && isIrEquivalent(belakang.first())
                && m_dice.percent(50)) {
                depan = QStringLiteral("Ir.");
                belakang.removeFirst();
            }
        }
        if (birthYear <= 1978 && m_dice.percent(7)) {
            const QString hajj = e.jenisKelamin == kMale ? QStringLiteral("H.") : QStringLiteral("Hj.");
            if (depan.isEmpty())
                depan = hajj;
            else
                depan = depan % u' ' % hajj;
        }
        e.gelarDepan = depan;
        e.gelarBelakang = belakang.join(QStringLiteral(", "));
    }

    DemoEmployee generate(const UnitSlot& slot)
    {
        const QList<JabatanDef> defs = jabatanFor(slot, m_names);
        bool pppk = m_dice.percent(kPppkPercent);
        const JabatanDef* def = pickJabatan(defs, slot.code, pppk);
        if (!def && pppk) {
            pppk = false;
            def = pickJabatan(defs, slot.code, false);
        }
        static const JabatanDef fallback = [] {
            JabatanDef f;
            f.nama = QStringLiteral("Pengadministrasi Umum");
            f.gelarBelakang = QStringList {QString()};
            return f;
        }();
        if (!def)
            def = &fallback;
        if (def->tunggal)
            m_usedSingles.insert(slot.code % u'|' % def->nama);

        DemoEmployee e;
        e.unitCode = slot.code;
        e.jabatan = def->nama;
        e.pppk = pppk;
        e.jenisKelamin = def->jenisKelamin != 0 ? def->jenisKelamin
            : m_dice.percent(def->persenLaki)   ? kMale
                                                : kFemale;
        const QString gelarDepan = m_dice.pick(def->gelarDepan);
        const QString gelarBelakang = m_dice.pick(def->gelarBelakang);
        const int minimumAge = minimumAgeAtTmt(gelarDepan, gelarBelakang);

        int pppkCode = 0;
        if (pppk) {
            const int year = m_dice.between(2021, 2024);
            e.tanggalLahir = birthDate(1968, std::min(kLastBirthYear, year - minimumAge - 1));
            e.tmt = QDate(year, 1, 1);
            pppkCode = m_dice.percent(80) ? 21 : 24;
        } else {
            const bool entry = !def->senior && isEntryLevel(def->nama);
            const bool middle = !def->senior && isMiddleLevel(def->nama);
            const int youngest = def->senior ? 1984 : middle ? 1992 : kLastBirthYear;
            const int lastBirthYear = std::min(youngest, kLastTmtYear - minimumAge - 1);
            const int firstBirthYear = entry ? std::min(1985, lastBirthYear) : kFirstBirthYear;
            e.tanggalLahir = birthDate(firstBirthYear, lastBirthYear);
            // The earliest first-of-month at least minimumAge years after the birth date.
            const QDate adult = e.tanggalLahir.addYears(minimumAge);
            QDate earliest(adult.year(), adult.month(), 1);
            if (adult.day() > 1)
                earliest = earliest.addMonths(1);
            int firstYear = earliest.year();
            if (entry)
                firstYear = std::max(firstYear, 2017);
            const int lastYear = std::max(firstYear,
                std::min(e.tanggalLahir.year() + kMaximumAgeAtCpns,
                    def->senior  ? 2014
                        : middle ? 2019
                                 : kLastTmtYear));
            static const int months[] = {1, 1, 1, 1, 2, 3, 3, 4, 5, 6, 7, 10, 12, 12};
            const int month = months[m_dice.below(int(std::size(months)))];
            QDate tmt(m_dice.between(firstYear, lastYear), month, 1);
            if (tmt < earliest)
                tmt = earliest;
            if (tmt > QDate(kLastTmtYear, 12, 1))
                tmt = QDate(kLastTmtYear, 12, 1);
            e.tmt = tmt;
        }

        e.nama = personName(e.jenisKelamin, e.tanggalLahir.year());
        applyTitles(e, *def, gelarDepan, gelarBelakang);

        int sequence = m_dice.between(1, 9);
        QString nip = nipDigits(e, pppkCode, sequence);
        while (m_usedNips.contains(nip) && sequence < 999)
            nip = nipDigits(e, pppkCode, ++sequence);
        m_usedNips.insert(nip);
        e.nip = nip;
        return e;
    }

    Dice m_dice;
    const NameData& m_names;
    QList<UnitSlot> m_slots;
    QSet<QString> m_usedNips;
    QSet<QString> m_usedNames;
    QSet<QString> m_usedSingles;
};

} // namespace

namespace DemoData {

QList<DemoUnit> organisation()
{
    return organisationData();
}

QList<DemoPersona> personas()
{
    DemoEmployee admin;
    admin.nip = QStringLiteral("198503152010012002");
    admin.nama = QStringLiteral("Rina Wulandari");
    admin.gelarBelakang = QStringLiteral("S.Kom.");
    admin.jabatan = QStringLiteral("Analis Kepegawaian Ahli Muda");
    admin.unitCode = QStringLiteral("BKPSDM");
    admin.tanggalLahir = QDate(1985, 3, 15);
    admin.jenisKelamin = kFemale;
    admin.tmt = QDate(2010, 1, 1);

    DemoEmployee pengelola;
    pengelola.nip = QStringLiteral("198007122005011003");
    pengelola.nama = QStringLiteral("Agus Setiawan");
    pengelola.gelarBelakang = QStringLiteral("S.E.");
    pengelola.jabatan = QStringLiteral("Kepala Sub Bagian Umum dan Kepegawaian");
    pengelola.unitCode = QStringLiteral("DINKES.SEKRETARIAT");
    pengelola.tanggalLahir = QDate(1980, 7, 12);
    pengelola.jenisKelamin = kMale;
    pengelola.tmt = QDate(2005, 1, 1);

    DemoEmployee asn;
    asn.nip = QStringLiteral("198609262015051001");
    asn.nama = QStringLiteral("Budi Santoso");
    asn.gelarBelakang = QStringLiteral("A.Md.Kep.");
    asn.jabatan = QStringLiteral("Perawat Terampil");
    asn.unitCode = QStringLiteral("DINKES.PKM-PAJANG");
    asn.tanggalLahir = QDate(1986, 9, 26);
    asn.jenisKelamin = kMale;
    asn.tmt = QDate(2015, 5, 1);

    return {
        {QStringLiteral("admin"), admin, QString()},
        {QStringLiteral("pengelola"), pengelola, QStringLiteral("DINKES")},
        {QStringLiteral("asn"), asn, QString()},
    };
}

QList<DemoEmployee> employees(int count, quint32 seed)
{
    return Generator(seed).run(count);
}

} // namespace DemoData

} // namespace karier
