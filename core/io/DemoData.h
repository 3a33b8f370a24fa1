// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace karier {

/// One unit of the demo organisation: an Induk Satker (Perangkat Daerah) or a Satker below it.
struct DemoUnit
{
    QString code; ///< stable short code, e.g. "BKPSDM" or "DINKES.PKM-PAJANG"
    QString name;
    QString parentCode; ///< empty for an Induk Satker
};

/// A fictitious ASN of the demo data. Birth date, sex and TMT always agree with the NIP digits.
struct DemoEmployee
{
    QString nip; ///< 18 digits, valid per Nip::parse
    QString nama; ///< without titles
    QString gelarDepan; ///< may be empty, e.g. "dr."
    QString gelarBelakang; ///< may be empty, e.g. "S.Kom., M.Si."
    QString jabatan;
    QString unitCode; ///< a DemoUnit code (an Induk Satker or a Satker)
    bool pppk = false;
    QDate tanggalLahir;
    int jenisKelamin = 1; ///< 1 laki-laki, 2 perempuan
    QDate tmt; ///< TMT CPNS (PNS, first day of the month) or appointment (PPPK, 1 January)
};

/// One of the three fixed demo log-ins.
struct DemoPersona
{
    QString role; ///< "admin" | "pengelola" | "asn"
    DemoEmployee employee;
    QString managedUnitCode; ///< the Induk Satker a pengelola manages; empty otherwise
};

/// Demo data for `karier-cli demo`: the real organisation of Pemerintah Kota Surakarta and
/// deterministic, fictitious employees. Read from the Qt resources :/karier/demo/organisasi.json
/// and :/karier/demo/nama.json (loaded once).
namespace DemoData {

/// Every Induk Satker followed by its Satker (parents always before their children).
QList<DemoUnit> organisation();

/// The three fixed personas: admin (BKPSDM), pengelola (Dinas Kesehatan) and asn (UPT Puskesmas Pajang).
QList<DemoPersona> personas();

/// \a count generated employees, the same for the same \a seed. NIPs are unique and valid, no
/// persona is included, and every Induk Satker gets at least one employee when \a count allows.
QList<DemoEmployee> employees(int count = 240, quint32 seed = 20261130);

} // namespace DemoData

} // namespace karier
