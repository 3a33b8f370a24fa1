// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Interaction.h"

#include <QDesktopServices>
#include <QList>
#include <QPrinter>
#include <QStringList>
#include <QUrl>
#include <QtGlobal>
#include <functional>
#include <optional>

namespace karier {

/// The test double of Interaction (the GUI's one seam to the person at the keyboard): questions take
/// the queued answers, then the default answer; notices are recorded; file dialogs return the queued
/// paths; links go to the test's opener. Header-only: GUI tests and probes include it.
class ScriptedInteraction : public Interaction
{
public:
    /// Installs a fresh one (forgetting queued answers, paths and records) and returns it.
    static ScriptedInteraction& reset()
    {
        auto fresh = std::make_unique<ScriptedInteraction>();
        ScriptedInteraction* scripted = fresh.get();
        Interaction::install(std::move(fresh));
        return *scripted;
    }
    /// The installed one; installs one first when the dialogs are still the real ones.
    static ScriptedInteraction& current()
    {
        if (auto* scripted = dynamic_cast<ScriptedInteraction*>(&Interaction::current()))
            return *scripted;
        return reset();
    }

    /// Queues \a yes as the answer to the next question (one answer per question).
    void setNextAnswer(bool yes) { m_answers.append(yes); }
    /// The answer when no queued answer is left; std::nullopt: a question without a queued answer
    /// warns (failing tests that forbid warnings) and is answered "Batal".
    void setDefaultAnswer(std::optional<bool> yes) { m_defaultAnswer = yes; }
    /// Every question asked (its text), in order.
    QStringList questions() const { return m_questions; }
    /// Every notice shown (title + ": " + text), in order.
    QStringList notices() const { return m_notices; }
    /// Queues the path the next open dialog returns (an empty one: the dialog was cancelled).
    void setNextOpenFile(const QString& path) { m_openFiles.append(path); }
    /// The file dialogs asked for so far (caption, start, filters).
    QList<FileRequest> openRequests() const { return m_openRequests; }
    /// Queues the path the next save dialog returns.
    void setNextSaveFile(const QString& path) { m_saveFiles.append(path); }
    /// Queues the PDF file the next print dialog chooses ("Simpan PDF"); an empty one: cancelled.
    void setNextPrintFile(const QString& path) { m_printFiles.append(path); }
    /// The captions of the print dialogs asked for so far.
    QStringList printRequests() const { return m_printRequests; }
    /// Who opens links and documents; without one, the desktop's services do.
    void setUrlOpener(std::function<bool(const QUrl&)> opener) { m_opener = std::move(opener); }

    bool ask(QWidget*, const QString&, const QString& text, const QString&, const QString&) override
    {
        m_questions << text;
        if (!m_answers.isEmpty())
            return m_answers.takeFirst();
        if (m_defaultAnswer)
            return *m_defaultAnswer;
        qWarning("ScriptedInteraction: no answer queued for \"%s\"; answering Batal", qUtf8Printable(text));
        return false;
    }
    void inform(QWidget*, const QString& title, const QString& text, const QString&) override
    {
        m_notices << title + QStringLiteral(": ") + text;
    }
    QString openFileName(QWidget*, const FileRequest& request) override
    {
        m_openRequests << request;
        return next(m_openFiles, request);
    }
    QString saveFileName(QWidget*, const FileRequest& request) override { return next(m_saveFiles, request); }
    bool openUrl(const QUrl& url) override
    {
        return m_opener ? m_opener(url) : QDesktopServices::openUrl(url);
    }

    bool choosePrinter(QWidget*, QPrinter& printer, const QString& caption) override
    {
        m_printRequests << caption;
        const QString path = next(m_printFiles, {caption, {}, {}});
        if (path.isEmpty())
            return false;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        return true;
    }

private:
    static QString next(QStringList& queue, const FileRequest& request)
    {
        if (queue.isEmpty()) {
            qWarning(
                "ScriptedInteraction: no file queued for \"%s\"; cancelled", qUtf8Printable(request.caption));
            return {};
        }
        return queue.takeFirst();
    }

    QList<bool> m_answers;
    std::optional<bool> m_defaultAnswer;
    QStringList m_questions;
    QStringList m_notices;
    QStringList m_openFiles;
    QList<FileRequest> m_openRequests;
    QStringList m_saveFiles;
    std::function<bool(const QUrl&)> m_opener;
    QStringList m_printFiles;
    QStringList m_printRequests;
};

} // namespace karier
