// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace karier {

/// Nomor Induk Pegawai: 18 digits, for a PNS `YYYYMMDD YYYYMM S NNN`
/// (birth date, TMT CPNS year+month, sex, sequence) and for a PPPK
/// `YYYYMMDD YYYY CC S NNN` (birth date, appointment year, 2-digit code, sex, sequence).
class Nip
{
    Q_DECLARE_TR_FUNCTIONS(karier::Nip)

public:
    enum class Kind { Pns, Pppk };
    enum class Sex { Male = 1, Female = 2 };

    /// Parses and validates. Whitespace (as in the grouped form) is ignored; any other
    /// non-digit is refused. \a today is the reference for "not in the future".
    /// Errors carry an Indonesian message naming the problem.
    static Result<Nip> parse(const QString& text, const QDate& today = QDate::currentDate());
    /// \a text grouped as printed on documents when it is a valid NIP, otherwise unchanged (for display).
    static QString groupedOrAsIs(const QString& text);

    Nip() = default;
    bool isNull() const { return m_digits.isEmpty(); }
    QString digits() const { return m_digits; } ///< the 18 digits
    QString grouped() const; ///< PNS "19860926 201505 1 001"; PPPK "19900101 2021 21 1 001"
    Kind kind() const { return m_kind; }
    QDate birthDate() const { return m_birthDate; }
    /// PNS: first day of the TMT CPNS month; PPPK: 1 January of the appointment year.
    QDate tmt() const { return m_tmt; }
    Sex sex() const { return m_sex; }
    int sequence() const { return m_sequence; }
    int pppkCode() const { return m_pppkCode; } ///< 0 for a PNS

    friend bool operator==(const Nip& a, const Nip& b) { return a.m_digits == b.m_digits; }

private:
    QString m_digits;
    Kind m_kind = Kind::Pns;
    QDate m_birthDate;
    QDate m_tmt;
    Sex m_sex = Sex::Male;
    int m_sequence = 0;
    int m_pppkCode = 0;
};

} // namespace karier
