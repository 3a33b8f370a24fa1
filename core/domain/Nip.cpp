// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Nip.h"

#include <QCoreApplication>

namespace karier {

namespace {

constexpr qsizetype kNipLength = 18;
/// Minimum age at the TMT (CPNS / PPPK appointment).
constexpr int kMinimumAgeAtTmt = 18;
/// A birth date more than this many years before \a today is not plausible for an ASN.
constexpr int kMaximumAge = 100;
constexpr int kFirstPppkCode = 21;
constexpr int kLastPppkCode = 29;

/// The number formed by digits[pos, pos + len). The caller has checked they are ASCII digits.
int number(const QString& digits, qsizetype pos, qsizetype len)
{
    int value = 0;
    for (qsizetype i = pos; i < pos + len; ++i)
        value = value * 10 + (digits.at(i).unicode() - u'0');
    return value;
}

/// A refused character as the message shows it: quoted, or as U+XXXX when it is invisible.
QString describe(char32_t c)
{
    if (QChar::isPrint(c))
        return u'"' % QString::fromUcs4(&c, 1) % u'"';
    return QCoreApplication::translate("karier::Nip", "karakter U+%1")
        .arg(QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, u'0'));
}

/// Months since year 0, for comparisons at month granularity.
int monthIndex(int year, int month)
{
    return year * 12 + (month - 1);
}

} // namespace

QString Nip::groupedOrAsIs(const QString& text)
{
    const auto nip = parse(text);
    return nip ? nip->grouped() : text;
}

Result<Nip> Nip::parse(const QString& text, const QDate& today)
{
    QString digits;
    digits.reserve(kNipLength);
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isSpace(c))
            continue;
        if (c < U'0' || c > U'9')
            return Error::invalid(tr("NIP hanya boleh berisi angka (ditemukan %1).").arg(describe(c)));
        digits.append(QChar(static_cast<char16_t>(c)));
    }
    if (digits.isEmpty())
        return Error::invalid(tr("NIP belum diisi."));
    if (digits.size() != kNipLength)
        return Error::invalid(tr("NIP harus 18 digit, bukan %1.").arg(digits.size()));

    Nip nip;
    nip.m_digits = digits;

    // Digits 1-8: birth date.
    const QString birthText = digits.left(8);
    nip.m_birthDate = QDate(number(digits, 0, 4), number(digits, 4, 2), number(digits, 6, 2));
    if (!nip.m_birthDate.isValid())
        return Error::invalid(
            tr("Tanggal lahir pada NIP (digit 1–8, \"%1\") bukan tanggal yang valid.").arg(birthText));
    if (nip.m_birthDate > today)
        return Error::invalid(
            tr("Tanggal lahir pada NIP (digit 1–8, \"%1\") berada di masa depan.").arg(birthText));
    if (nip.m_birthDate < today.addYears(-kMaximumAge))
        return Error::invalid(
            tr("Tanggal lahir pada NIP (digit 1–8, \"%1\") tidak masuk akal: usia lebih dari %2 tahun.")
                .arg(birthText)
                .arg(kMaximumAge));

    // Digits 9-12: TMT / appointment year; digits 13-14: TMT month (PNS) or PPPK code.
    const int tmtYear = number(digits, 8, 4);
    const int kindDigits = number(digits, 12, 2);
    int tmtMonth = 1;
    if (kindDigits >= 1 && kindDigits <= 12) {
        nip.m_kind = Kind::Pns;
        tmtMonth = kindDigits;
        nip.m_pppkCode = 0;
    } else if (kindDigits >= kFirstPppkCode && kindDigits <= kLastPppkCode) {
        nip.m_kind = Kind::Pppk;
        nip.m_pppkCode = kindDigits;
    } else {
        return Error::invalid(tr("Digit 13–14 NIP (\"%1\") bukan bulan TMT PNS (01–12) "
                                 "maupun kode PPPK (21–29).")
                                  .arg(digits.mid(12, 2)));
    }
    nip.m_tmt = QDate(tmtYear, tmtMonth, 1);
    const QString tmtText = nip.m_kind == Kind::Pns ? digits.mid(8, 6) : digits.mid(8, 4);
    const QString tmtLabel
        = nip.m_kind == Kind::Pns ? tr("TMT CPNS (digit 9–14") : tr("Tahun pengangkatan PPPK (digit 9–12");
    if (!nip.m_tmt.isValid())
        return Error::invalid(tmtLabel % tr(", \"%1\") tidak valid.").arg(tmtText));

    // The TMT is known to the month (PNS) or the year (PPPK): compare at that granularity.
    const QDate adult = nip.m_birthDate.addYears(kMinimumAgeAtTmt);
    const bool tooEarly = nip.m_kind == Kind::Pns
        ? monthIndex(tmtYear, tmtMonth) < monthIndex(adult.year(), adult.month())
        : tmtYear < adult.year();
    if (tooEarly)
        return Error::invalid(tmtLabel
            % tr(", \"%1\") harus sedikitnya %2 tahun setelah tanggal lahir (%3).")
                  .arg(tmtText)
                  .arg(kMinimumAgeAtTmt)
                  .arg(birthText));
    const bool inFuture = nip.m_kind == Kind::Pns
        ? monthIndex(tmtYear, tmtMonth) > monthIndex(today.year(), today.month())
        : tmtYear > today.year();
    if (inFuture)
        return Error::invalid(tmtLabel % tr(", \"%1\") berada di masa depan.").arg(tmtText));

    // Digit 15: sex.
    const int sexDigit = number(digits, 14, 1);
    if (sexDigit != 1 && sexDigit != 2)
        return Error::invalid(
            tr("Digit jenis kelamin NIP (digit 15) harus 1 atau 2, bukan %1.").arg(sexDigit));
    nip.m_sex = sexDigit == 1 ? Sex::Male : Sex::Female;

    // Digits 16-18: sequence.
    nip.m_sequence = number(digits, 15, 3);
    if (nip.m_sequence == 0)
        return Error::invalid(tr("Nomor urut NIP (digit 16–18) tidak boleh 000."));

    return nip;
}

QString Nip::grouped() const
{
    if (isNull())
        return {};
    const QChar space = u' ';
    if (m_kind == Kind::Pns)
        return m_digits.left(8) % space % m_digits.mid(8, 6) % space % m_digits.mid(14, 1) % space
            % m_digits.mid(15, 3);
    return m_digits.left(8) % space % m_digits.mid(8, 4) % space % m_digits.mid(12, 2) % space
        % m_digits.mid(14, 1) % space % m_digits.mid(15, 3);
}

} // namespace karier
