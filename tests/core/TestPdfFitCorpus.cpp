// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfCheckRunner.h"
#include "documents/PdfFitRunner.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTest>

using namespace karier;

/// Every file of the malformed-PDF corpus (qpdf's test files) through "Perkecil otomatis" in the
/// child process, with a limit of 1 KB so that every readable file is really re-rendered: each
/// ends within the wall-clock limit with a definite answer; nothing crashes or hangs; a fitted
/// result is a PDF within the limit.
class TestPdfFitCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH)); }

    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        const QString dir = qEnvironmentVariable("KARIER_PDF_CORPUS_DIR");
        QVERIFY2(!dir.isEmpty() && QDir(dir).exists(), "KARIER_PDF_CORPUS_DIR is not set or missing");
        QStringList files;
        QDirIterator it(dir, {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        QVERIFY(files.size() >= 95);
        for (const QString& file : files)
            QTest::newRow(qPrintable(QDir(dir).relativeFilePath(file))) << file;
    }

    void corpus()
    {
        QFETCH(QString, path);
        static const QStringList definite {QStringLiteral("fitted"), QStringLiteral("unchanged"),
            QStringLiteral("cannot_fit"), QStringLiteral("empty"), QStringLiteral("not_pdf"),
            QStringLiteral("unreadable"), QStringLiteral("encrypted"), QStringLiteral("too_many_pages"),
            QStringLiteral("too_large_page"), QStringLiteral("render_timeout")};
        PdfFitRunOptions options;
        options.fit.maxBytes = 1024;
        options.limits.timeoutMs = 20000;
        QElapsedTimer timer;
        timer.start();
        const PdfFitResult result = PdfFitRunner::fit(path, options);
        QVERIFY2(
            timer.elapsed() <= options.limits.timeoutMs + 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(
            definite.contains(result.code), qPrintable(result.code + QStringLiteral(": ") + result.message));
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(
            result.ok, result.code == QLatin1String("fitted") || result.code == QLatin1String("unchanged"));
        if (result.ok) {
            QVERIFY(result.output.startsWith("%PDF-"));
            QVERIFY(result.output.size() <= options.fit.maxBytes);
        }
        qInfo().noquote() << result.code << timer.elapsed() << "ms";
    }
};

QTEST_MAIN(TestPdfFitCorpus)
#include "TestPdfFitCorpus.moc"
