// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfCheckRunner.h"
#include "documents/PdfInspector.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFuture>
#include <QMap>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <cstdio>
#include <cstdlib>

using namespace karier;

namespace {

constexpr qint64 LimitMs = 15000;

QString corpusDir()
{
    return qEnvironmentVariable("KARIER_PDF_CORPUS_DIR");
}

/// The verdicts a file may end with: everything except the ones for a broken check.
bool isDefinite(const QString& code)
{
    static const QStringList codes {QStringLiteral("ok"), QStringLiteral("empty"), QStringLiteral("not_pdf"),
        QStringLiteral("too_large"), QStringLiteral("unreadable"), QStringLiteral("encrypted"),
        QStringLiteral("too_many_pages"), QStringLiteral("too_large_page"), QStringLiteral("render_timeout")};
    return codes.contains(code);
}

} // namespace

/// Every file of the malformed-PDF corpus (qpdf's test files) through the child-process runner,
/// as uploads are checked, and through the in-process inspector: each ends within 15 s with a
/// definite verdict, nothing crashes, and both agree.
class TestPdfCorpus : public QObject
{
    Q_OBJECT

    QMap<QString, int> m_childCodes;
    QMap<QString, int> m_inProcessCodes;
    QThreadPool m_pool;

    static void printCounts(const char* title, const QMap<QString, int>& counts)
    {
        QStringList parts;
        int total = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            parts.append(it.key() + QLatin1Char('=') + QString::number(it.value()));
            total += it.value();
        }
        qInfo().noquote() << title << total << "files:" << parts.join(QStringLiteral(", "));
    }

private Q_SLOTS:
    void initTestCase()
    {
        PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH));
        m_pool.setMaxThreadCount(1);
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        const QString dir = corpusDir();
        QVERIFY2(!dir.isEmpty() && QDir(dir).exists(), "KARIER_PDF_CORPUS_DIR is not set or missing");
        QStringList files;
        QDirIterator it(dir, {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        QVERIFY2(files.size() >= 95, qPrintable(QString::number(files.size())));
        for (const QString& file : files)
            QTest::newRow(qPrintable(QDir(dir).relativeFilePath(file))) << file;
    }

    void corpus()
    {
        QFETCH(QString, path);

        QElapsedTimer timer;
        timer.start();
        const PdfCheckResult child = PdfCheckRunner::check(path);
        const qint64 childMs = timer.elapsed();
        ++m_childCodes[child.code];
        QVERIFY2(childMs <= LimitMs + 500, qPrintable(QString::number(childMs)));
        QVERIFY2(isDefinite(child.code), qPrintable(child.code + QStringLiteral(": ") + child.message));
        QCOMPARE(child.file, path);
        QVERIFY(!child.message.isEmpty());
        QCOMPARE(child.ok, child.code == QLatin1String("ok"));

        // In this process, on a worker thread that must be done within the same limit. A hang
        // cannot be stopped from outside: report it and end the test program at once.
        timer.restart();
        QFuture<PdfCheckResult> future
            = QtConcurrent::run(&m_pool, [path] { return PdfInspector::inspect(path); });
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, int(LimitMs))) {
            std::fprintf(stderr, "FAIL: the in-process inspector did not finish %s within %lld ms\n",
                qPrintable(path), static_cast<long long>(LimitMs));
            std::fflush(stderr);
            std::_Exit(1);
        }
        const PdfCheckResult inProcess = future.result();
        ++m_inProcessCodes[inProcess.code];
        QVERIFY2(isDefinite(inProcess.code), qPrintable(inProcess.code));
        QCOMPARE(inProcess.code, child.code);
        QCOMPARE(inProcess.pages, child.pages);
        QCOMPARE(inProcess.warnings, child.warnings);
        qInfo().noquote() << child.code << child.warnings.join(QLatin1Char(',')) << childMs << "ms (child),"
                          << timer.elapsed() << "ms (in process)";
    }

    void cleanupTestCase()
    {
        printCounts("child process (karier-cli check-pdf):", m_childCodes);
        printCounts("in process (PdfInspector):", m_inProcessCodes);
    }
};

QTEST_MAIN(TestPdfCorpus)
#include "TestPdfCorpus.moc"
