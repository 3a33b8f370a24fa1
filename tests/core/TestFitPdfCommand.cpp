// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticScan.h"
#include "documents/PdfCheckRunner.h"
#include "documents/PdfFitRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using namespace karier::test;

/// `karier-cli fit-pdf` end to end (the real executable, which fits in a child process), and
/// PdfFitRunner asynchronously as the GUI uses it: exit codes, the JSON line, OUTPUT written only
/// when complete (never half, never on failure, an existing OUTPUT left alone), INPUT unchanged.
class TestFitPdfCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_scan; // 2 pages, 200 dpi, over 1 MB
    QString m_docx;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
    };

    static Run cli(const QStringList& args)
    {
        QProcess process;
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(KARIER_CLI_PATH), args);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            process.readAllStandardOutput()};
    }

    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }

    static QByteArray hash(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    static QJsonObject json(const QByteArray& out)
    {
        return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    }

    /// The files in the test folder whose names start with \a prefix (left-over temporary files).
    QStringList filesStartingWith(const QString& prefix) const
    {
        return QDir(m_dir.path()).entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH));
        QList<JpegPage> pages;
        for (int i = 0; i < 2; ++i) {
            SyntheticScanOptions options;
            options.seed = quint32(i + 1);
            options.jpegQuality = 95;
            pages.append(
                {syntheticScanJpeg(options), syntheticScanImage(options).size(), false, A4PortraitPt});
        }
        const QByteArray scan = jpegPagesPdf(pages);
        QVERIFY(scan.size() > 1048576);
        m_scan = write(QStringLiteral("pindaian.pdf"), scan);
        m_docx = write(QStringLiteral("surat.pdf"), QByteArray("PK\x03\x04 word/document.xml", 24));
    }

    void fits()
    {
        const QByteArray before = hash(m_scan);
        const QString output = m_dir.filePath(QStringLiteral("hasil.pdf"));
        const Run run = cli({QStringLiteral("fit-pdf"), QStringLiteral("--json"), m_scan, output});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = json(run.out);
        QCOMPARE(result.value(QStringLiteral("code")).toString(), QStringLiteral("fitted"));
        QCOMPARE(result.value(QStringLiteral("pages")).toInt(), 2);
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() <= 1048576);
        QCOMPARE(qint64(pdf.size()), result.value(QStringLiteral("output_bytes")).toInteger());
        QCOMPARE(hash(m_scan), before); // the original is never changed
        QVERIFY(filesStartingWith(QStringLiteral("hasil.pdf.")).isEmpty()); // no temporary left

        // The human line.
        const Run human
            = cli({QStringLiteral("fit-pdf"), m_scan, m_dir.filePath(QStringLiteral("hasil2.pdf"))});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(QString::fromUtf8(human.out).contains(QStringLiteral("diperkecil")));
    }

    void cannotFitLeavesOutputAlone()
    {
        const QString output = write(QStringLiteral("ada.pdf"), "sudah ada");
        const Run run = cli({QStringLiteral("fit-pdf"), QStringLiteral("--json"),
            QStringLiteral("--max-bytes"), QStringLiteral("8000"), m_scan, output});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(json(run.out).value(QStringLiteral("code")).toString(), QStringLiteral("cannot_fit"));
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("sudah ada"));
    }

    void refusedInput()
    {
        const QString output = m_dir.filePath(QStringLiteral("tidak.pdf"));
        const Run run = cli({QStringLiteral("fit-pdf"), QStringLiteral("--json"), m_docx, output});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = json(run.out);
        QCOMPARE(result.value(QStringLiteral("code")).toString(), QStringLiteral("not_pdf"));
        QVERIFY(result.value(QStringLiteral("message")).toString().contains(QStringLiteral("Word")));
        QVERIFY(!QFile::exists(output));
        const Run missing
            = cli({QStringLiteral("fit-pdf"), m_dir.filePath(QStringLiteral("tidak-ada.pdf")), output});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!QFile::exists(output));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no files") << QStringList {};
        QTest::newRow("one file") << QStringList {QStringLiteral("a.pdf")};
        QTest::newRow("three files") << QStringList {
            QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QTest::newRow("bad max-bytes") << QStringList {
            QStringLiteral("--max-bytes"), QStringLiteral("satu"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("same file") << QStringList {QStringLiteral("a.pdf"), QStringLiteral("./a.pdf")};
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QCOMPARE(cli(QStringList {QStringLiteral("fit-pdf")} + args).exitCode, 2);
    }

    void runnerReportsProgressAndCancels()
    {
        PdfFitRunner runner;
        PdfFitRunOptions options;
        options.previews = true;
        runner.setOptions(options);
        QSignalSpy progress(&runner, &PdfFitRunner::progress);
        QSignalSpy finished(&runner, &PdfFitRunner::finished);
        QVERIFY(runner.start(m_scan));
        QVERIFY(!runner.start(m_scan)); // one at a time
        QVERIFY(finished.wait(120000));
        const auto result = finished.at(0).at(0).value<PdfFitResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(result.output.size() <= 1048576 && result.output.startsWith("%PDF-"));
        QVERIFY(!result.previewBefore.isNull());
        QVERIFY(!result.previewAfter.isNull());
        QVERIFY(!progress.isEmpty());

        QVERIFY(runner.start(m_scan));
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 10000);
        runner.cancel();
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(0).value<PdfFitResult>().code, QStringLiteral("cancelled"));
        QVERIFY(!runner.isRunning());
    }
};

QTEST_MAIN(TestFitPdfCommand)
#include "TestFitPdfCommand.moc"
