// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace karier {

/// Pure rules for text that comes from outside (CSV files, the command line) and text that goes to a
/// terminal. One place, so that every importer refuses the same characters and every comparison that
/// ignores case folds the same way on SQLite and on PostgreSQL.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(karier::Text)

public:
    /// The first character a text field may not hold, or -1: NUL and the other C0 control characters
    /// except TAB (line breaks included), DEL, the C1 controls (U+0080–U+009F: U+009B starts a terminal
    /// escape like ESC [), the Unicode noncharacters (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every plane:
    /// a leading U+FFFE is taken for a byte-swapped BOM when bound as UTF-16) and unpaired surrogates.
    /// Returns the index in \a value.
    static qsizetype forbiddenCharacterAt(const QString& value);
    /// "nama memuat karakter terlarang U+FFFE (posisi 1)", or an empty string when \a value is clean.
    /// \a field names the column for the message.
    static QString fieldProblem(const QString& field, const QString& value);
    /// The first problem of a CSV row (each cell checked without its surrounding spaces), naming the
    /// column from \a header (or "kolom N" beyond it); empty when every cell is clean.
    static QString rowProblem(const QStringList& header, const QStringList& fields);

    /// The key under which two texts are "the same ignoring case": NFC, Unicode lower case, then
    /// Unicode case folding. Compared in C++ so that SQLite (whose lower() folds ASCII only) and
    /// PostgreSQL (whose lower() follows the server's locale) decide alike.
    static QString foldKey(const QString& value);

    /// \a value for a human reading a terminal: C0 and C1 controls, DEL and ESC written as `\x1b`,
    /// noncharacters and unpaired surrogates as `\uFFFE`; TAB is kept. Everything else unchanged.
    static QString forTerminal(const QString& value);
    /// UTF-8 JSON with DEL and the C1 controls inside strings written as `\u0080` escapes (QJsonDocument
    /// already escapes C0). Valid because those code points only ever appear inside JSON strings.
    static QByteArray jsonControlsEscaped(const QByteArray& json);
};

} // namespace karier
