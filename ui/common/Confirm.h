// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace karier {

/// The manual's small questions and notices, with the buttons in the manual's order (Batal, Ya) and
/// in Indonesian on every platform (Qt has no Indonesian translation of QMessageBox).
/// They are shown through Interaction::current() (tests script the answers there).
class Confirm
{
public:
    /// Asks \a text ("Apakah anda yakin?") with the buttons \a noText (default "Batal") and \a yesText
    /// (default "Ya"); true on Ya. \a title defaults to "Konfirmasi".
    static bool ask(QWidget* parent, const QString& text, const QString& yesText = {},
        const QString& noText = {}, const QString& title = {});
    /// The same, with Batal as the default button (Enter, Esc): for a question whose Ya loses work
    /// ("Data yang belum disimpan akan hilang").
    static bool askDefaultNo(QWidget* parent, const QString& text, const QString& yesText = {},
        const QString& noText = {}, const QString& title = {});
    /// A notice with one button "OK" ("Berhasil", "… berhasil dikirim").
    static void inform(QWidget* parent, const QString& title, const QString& text);
};

} // namespace karier
