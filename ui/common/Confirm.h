// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

class QWidget;

namespace karier {

/// The manual's small questions and notices, with the buttons in the manual's order (Batal, Ya) and
/// in Indonesian on every platform (Qt has no Indonesian translation of QMessageBox).
///
/// Test hook: once a test has called one of the ...ForTests functions, no dialog is shown any more.
/// Questions take the queued answers (setNextAnswerForTests), then the default answer; notices are
/// only recorded.
class Confirm
{
public:
    /// Asks \a text ("Apakah anda yakin?") with the buttons \a noText (default "Batal") and \a yesText
    /// (default "Ya"); true on Ya. \a title defaults to "Konfirmasi".
    static bool ask(QWidget* parent, const QString& text, const QString& yesText = {},
        const QString& noText = {}, const QString& title = {});
    /// A notice with one button "OK" ("Berhasil", "… berhasil dikirim").
    static void inform(QWidget* parent, const QString& title, const QString& text);

    /// Queues \a yes as the answer to the next question (one answer per question).
    static void setNextAnswerForTests(bool yes);
    /// The answer to questions when no queued answer is left; std::nullopt: a question without a
    /// queued answer fails the test with a warning and is answered "Batal".
    static void setDefaultAnswerForTests(std::optional<bool> yes);
    /// Forgets queued answers, the default and the records below (and enters the test mode).
    static void resetForTests();
    /// Every question asked (its text) since the last reset, in order.
    static QStringList questionsForTests();
    /// Every notice shown (title + ": " + text) since the last reset, in order.
    static QStringList noticesForTests();
    static bool isTestMode();
};

} // namespace karier
