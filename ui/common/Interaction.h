// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <memory>

class QPrinter;
class QUrl;
class QWidget;

namespace karier {

/// Everything the program asks of the person at the keyboard outside its own pages: a question, a
/// notice, a file to open or to save, and handing a document or link to another application.
///
/// The GUI asks through Interaction::current(); by default that is DialogInteraction (real dialogs).
/// This is the one seam for test doubles: a test installs a scripted interaction (tests/support/
/// ScriptedInteraction.h) instead of reaching into the classes that ask.
class Interaction
{
public:
    /// What a file dialog shows: its title, the folder or file it starts at, and its filters
    /// ("Berkas CSV (*.csv)"; several separated by ";;").
    struct FileRequest
    {
        QString caption;
        QString start;
        QString filter;
        bool confirmOverwrite = true; ///< saving: ask before replacing an existing file
    };

    virtual ~Interaction() = default;

    /// A question with the buttons \a noText and \a yesText (already worded); true on \a yesText.
    virtual bool ask(QWidget* parent, const QString& title, const QString& text, const QString& yesText,
        const QString& noText)
        = 0;
    /// The same question with \a noText as the default button (Enter and Esc answer no): for a
    /// question whose yes loses work. By default it asks as ask() does.
    virtual bool askDefaultNo(QWidget* parent, const QString& title, const QString& text,
        const QString& yesText, const QString& noText)
    {
        return ask(parent, title, text, yesText, noText);
    }
    /// A notice with one button.
    virtual void inform(QWidget* parent, const QString& title, const QString& text, const QString& okText)
        = 0;
    /// The file chosen to be read, or an empty string when the person cancelled.
    virtual QString openFileName(QWidget* parent, const FileRequest& request) = 0;
    /// The file chosen to be written, or an empty string when the person cancelled.
    virtual QString saveFileName(QWidget* parent, const FileRequest& request) = 0;
    /// Hands \a url to the desktop (a PDF to its reader, a link to the browser); false when nothing
    /// could open it.
    virtual bool openUrl(const QUrl& url) = 0;
    /// Cetak / Simpan PDF…: the printer (or a PDF file) and its settings chosen for \a printer, which
    /// comes set up for A4; false when the person cancelled.
    virtual bool choosePrinter(QWidget* parent, QPrinter& printer, const QString& caption) = 0;

    static Interaction& current();
    /// Replaces the current interaction; nullptr goes back to DialogInteraction.
    static void install(std::unique_ptr<Interaction> interaction);
};

/// The real one: the program's own small question dialog (buttons in Indonesian on every platform, in
/// the manual's order Batal, Ya), Qt's file dialog with Indonesian labels, and the desktop's services.
class DialogInteraction : public Interaction
{
public:
    bool ask(QWidget* parent, const QString& title, const QString& text, const QString& yesText,
        const QString& noText) override;
    bool askDefaultNo(QWidget* parent, const QString& title, const QString& text, const QString& yesText,
        const QString& noText) override;
    void inform(QWidget* parent, const QString& title, const QString& text, const QString& okText) override;
    QString openFileName(QWidget* parent, const FileRequest& request) override;
    QString saveFileName(QWidget* parent, const FileRequest& request) override;
    bool openUrl(const QUrl& url) override;
    /// Qt's print dialog: the system's printers and "Print to File (PDF)".
    bool choosePrinter(QWidget* parent, QPrinter& printer, const QString& caption) override;
};

/// Opens \a url through Interaction::current(); when nothing could open it (no browser), tells the
/// person so in Indonesian with the link to copy. False in that case.
bool openLinkOrExplain(QWidget* parent, const QUrl& url);

} // namespace karier
