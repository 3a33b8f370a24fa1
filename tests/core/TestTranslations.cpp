// SPDX-License-Identifier: GPL-3.0-or-later
// The English translation, translations/karier-asn_en.ts: every message translated, with the same
// placeholders, markup and edge spaces as its Indonesian source; lrelease turns it into a .qm that
// gives back exactly those translations; and lupdate finds no text in ui/, app/ or core/ that the
// file lacks (a new untranslated text) nor any entry that the code no longer has.
//
// The source folder is KARIER_SOURCE_DIR when set, else the parent of tests/ (QT_TESTCASE_SOURCEDIR).
// lupdate and lrelease come from Qt's binaries folder (qt6-l10n-tools); without them the test fails.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <algorithm>
#include <optional>

namespace {

const QString TsFileName = QStringLiteral("karier-asn_en.ts");

/// The folders that lupdate scans (translations/CMakeLists.txt scans the same) and the include
/// folders it needs to find the classes of the texts.
const QStringList ScannedFolders = {QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("core")};
const QStringList IncludeFolders = {QStringLiteral("ui"), QStringLiteral("core")};

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; ///< the translation's type: empty when finished, or unfinished, obsolete, vanished
    bool numerus = false;
    QStringList translations; ///< the translation, or each numerus form
    qint64 line = 0;

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }

    QString describe() const
    {
        QString text = QStringLiteral("line %1, %2: \"%3\"").arg(line).arg(context, source);
        if (!comment.isEmpty())
            text += QStringLiteral(" (%1)").arg(comment);
        return text;
    }
};

struct TsFile
{
    QString language;
    QString sourceLanguage;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    std::optional<TsMessage> message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message") && message) {
            ts.messages << *message;
            message.reset();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
            ts.sourceLanguage = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
        } else if (name == QLatin1String("name") && !message) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message->context = context;
            message->numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            message->line = xml.lineNumber();
        } else if (message && name == QLatin1String("source")) {
            message->source = xml.readElementText();
        } else if (message && name == QLatin1String("comment")) {
            message->comment = xml.readElementText();
        } else if (message && name == QLatin1String("translation")) {
            message->type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message->numerus) {
                message->translations << xml.readElementText();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("numerusform"))
                    message->translations << xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

/// The placeholders of \a text (%1 … %99, %L1, %n, %Ln), sorted, each once.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found.insert(match.captured());
    QStringList sorted(found.cbegin(), found.cend());
    sorted.sort();
    return sorted;
}

/// The HTML tags of \a text ("b", "/b", "li" …), sorted, with repeats.
QStringList tags(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("<\\s*(/?)\\s*([A-Za-z][A-Za-z0-9]*)[^<>]*>"));
    QStringList found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found << match.captured(1) + match.captured(2).toLower();
    found.sort();
    return found;
}

QString qtTool(const QString& name)
{
    const QStringList candidates = {
        QLibraryInfo::path(QLibraryInfo::BinariesPath) + QLatin1Char('/') + name,
        QStringLiteral("/usr/lib/qt6/bin/") + name,
    };
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

/// Runs \a program; an empty string when it exited with 0, else what went wrong.
QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return QStringLiteral("%1 failed (exit code %2): %3")
            .arg(program)
            .arg(process.exitCode())
            .arg(QString::fromLocal8Bit(process.readAllStandardError()));
    }
    return {};
}

QString listed(const QStringList& lines)
{
    return QStringLiteral("\n  ") + lines.join(QStringLiteral("\n  "));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString fromEnvironment = qEnvironmentVariable("KARIER_SOURCE_DIR");
        m_sourceDir = QDir::cleanPath(
            fromEnvironment.isEmpty() ? QStringLiteral(QT_TESTCASE_SOURCEDIR "/..") : fromEnvironment);
        m_tsPath = m_sourceDir + QStringLiteral("/translations/") + TsFileName;
        QVERIFY2(QFileInfo::exists(m_tsPath), qPrintable(QStringLiteral("missing: ") + m_tsPath));
        m_ts = readTs(m_tsPath);
        QVERIFY2(m_ts.error.isEmpty(), qPrintable(m_ts.error));
        QVERIFY(m_temporary.isValid());
    }

    void fileIsEnglishFromIndonesian()
    {
        QVERIFY2(m_ts.language == QLatin1String("en") || m_ts.language.startsWith(QLatin1String("en_")),
            qPrintable(QStringLiteral("language is \"%1\", not English").arg(m_ts.language)));
        QCOMPARE(m_ts.sourceLanguage, QStringLiteral("id"));
        QVERIFY2(m_ts.messages.size() > 100, "the .ts has hardly any messages");
    }

    void everyMessageIsTranslated()
    {
        QStringList problems;
        QSet<QString> seen;
        for (const TsMessage& message : std::as_const(m_ts.messages)) {
            if (!message.type.isEmpty())
                problems << QStringLiteral("%1 is %2").arg(message.describe(), message.type);
            if (message.translations.isEmpty()
                || std::any_of(message.translations.cbegin(), message.translations.cend(),
                    [](const QString& text) { return text.trimmed().isEmpty(); }))
                problems << QStringLiteral("%1 has an empty translation").arg(message.describe());
            // English has two forms: one, and everything else.
            if (message.numerus && message.translations.size() != 2)
                problems << QStringLiteral("%1 has %2 numerus forms instead of 2")
                                .arg(message.describe())
                                .arg(message.translations.size());
            if (seen.contains(message.key()))
                problems << QStringLiteral("%1 is there twice").arg(message.describe());
            seen.insert(message.key());
        }
        QVERIFY2(
            problems.isEmpty(), qPrintable(QStringLiteral("Unfinished translation:") + listed(problems)));
    }

    void placeholdersMatch()
    {
        QStringList problems;
        for (const TsMessage& message : std::as_const(m_ts.messages)) {
            const QStringList expected = placeholders(message.source);
            for (const QString& translation : message.translations) {
                QStringList actual = placeholders(translation);
                // The singular form may say "one" instead of %n.
                if (message.numerus && translation == message.translations.constFirst()
                    && !actual.contains(QStringLiteral("%n")) && expected.contains(QStringLiteral("%n")))
                    actual = expected;
                if (actual != expected)
                    problems << QStringLiteral("%1 → \"%2\": %3 instead of %4")
                                    .arg(message.describe(), translation, actual.join(QLatin1Char(' ')),
                                        expected.join(QLatin1Char(' ')));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("Placeholders differ:") + listed(problems)));
    }

    void markupAndEdgeSpacesMatch()
    {
        QStringList problems;
        for (const TsMessage& message : std::as_const(m_ts.messages)) {
            const bool leading = !message.source.isEmpty() && message.source.front().isSpace();
            const bool trailing = !message.source.isEmpty() && message.source.back().isSpace();
            for (const QString& translation : message.translations) {
                if (translation.isEmpty())
                    continue; // reported by everyMessageIsTranslated
                if (tags(translation) != tags(message.source))
                    problems << QStringLiteral("%1: HTML tags differ in \"%2\"")
                                    .arg(message.describe(), translation);
                if (translation.front().isSpace() != leading || translation.back().isSpace() != trailing)
                    problems << QStringLiteral("%1: spaces at the start or end differ in \"%2\"")
                                    .arg(message.describe(), translation);
            }
        }
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("Translation changes the form:") + listed(problems)));
    }

    void compiledTranslationGivesEveryText()
    {
        const QString lrelease = qtTool(QStringLiteral("lrelease"));
        QVERIFY2(!lrelease.isEmpty(), "lrelease not found: install qt6-l10n-tools (Qt's binaries folder)");
        const QString qm = m_temporary.filePath(QStringLiteral("karier-asn_en.qm"));
        const QString failure
            = run(lrelease, {QStringLiteral("-silent"), m_tsPath, QStringLiteral("-qm"), qm});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QTranslator translator;
        QVERIFY(translator.load(qm));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language(), m_ts.language);

        QStringList problems;
        for (const TsMessage& message : std::as_const(m_ts.messages)) {
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QByteArray comment = message.comment.toUtf8();
            const char* disambiguation = message.comment.isEmpty() ? nullptr : comment.constData();
            for (int form = 0; form < message.translations.size(); ++form) {
                const int n = message.numerus ? (form == 0 ? 1 : 2) : -1;
                const QString actual
                    = translator.translate(context.constData(), source.constData(), disambiguation, n);
                if (actual != message.translations.at(form))
                    problems << QStringLiteral("%1 → \"%2\"").arg(message.describe(), actual);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("The .qm does not give:") + listed(problems)));
    }

    void codeHasNoUntranslatedText()
    {
        QVERIFY2(scanCode(), qPrintable(m_scanError));
        QStringList missing;
        for (const TsMessage& message : std::as_const(m_code.messages)) {
            if (!m_committedKeys.contains(message.key()))
                missing << QStringLiteral("%1: \"%2\"%3")
                               .arg(message.context, message.source,
                                   message.comment.isEmpty() ? QString()
                                                             : QStringLiteral(" (%1)").arg(message.comment));
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(
                QStringLiteral("Texts in the code that %1 lacks (run `ninja update_translations`, then "
                               "translate them):")
                    .arg(TsFileName)
                + listed(missing)));
    }

    void translationHasNoRemovedText()
    {
        QVERIFY2(scanCode(), qPrintable(m_scanError));
        QSet<QString> inCode;
        for (const TsMessage& message : std::as_const(m_code.messages))
            inCode.insert(message.key());
        QStringList stale;
        for (const TsMessage& message : std::as_const(m_ts.messages)) {
            if (!inCode.contains(message.key()))
                stale << message.describe();
        }
        QVERIFY2(stale.isEmpty(),
            qPrintable(QStringLiteral("Entries of %1 that the code no longer has (run `ninja "
                                      "update_translations`):")
                           .arg(TsFileName)
                + listed(stale)));
    }

private:
    /// Runs lupdate over the sources into a copy of the committed file, as update_translations
    /// does; m_code then holds every text of the code (once).
    bool scanCode()
    {
        if (m_scanned)
            return m_scanError.isEmpty();
        m_scanned = true;
        const QString lupdate = qtTool(QStringLiteral("lupdate"));
        if (lupdate.isEmpty()) {
            m_scanError = QStringLiteral("lupdate not found: install qt6-l10n-tools (Qt's binaries folder, "
                                         "usually /usr/lib/qt6/bin)");
            return false;
        }
        const QString scanned = m_temporary.filePath(TsFileName);
        if (!QFile::copy(m_tsPath, scanned)
            || !QFile::setPermissions(scanned, QFile::ReadOwner | QFile::WriteOwner)) {
            m_scanError = QStringLiteral("cannot copy %1 to %2").arg(m_tsPath, scanned);
            return false;
        }
        QStringList arguments = {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
            QStringLiteral("none"), QStringLiteral("-source-language"), QStringLiteral("id"),
            QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("-silent")};
        for (const QString& folder : IncludeFolders)
            arguments << QStringLiteral("-I") << m_sourceDir + QLatin1Char('/') + folder;
        for (const QString& folder : ScannedFolders)
            arguments << m_sourceDir + QLatin1Char('/') + folder;
        arguments << QStringLiteral("-ts") << scanned;
        m_scanError = run(lupdate, arguments);
        if (!m_scanError.isEmpty())
            return false;
        m_code = readTs(scanned);
        m_scanError = m_code.error;
        if (m_scanError.isEmpty() && m_code.messages.isEmpty())
            m_scanError = QStringLiteral("lupdate found no text in %1").arg(m_sourceDir);
        for (const TsMessage& message : std::as_const(m_ts.messages))
            m_committedKeys.insert(message.key());
        return m_scanError.isEmpty();
    }

    QString m_sourceDir;
    QString m_tsPath;
    TsFile m_ts;
    QTemporaryDir m_temporary;
    bool m_scanned = false;
    QString m_scanError;
    TsFile m_code;
    QSet<QString> m_committedKeys;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
