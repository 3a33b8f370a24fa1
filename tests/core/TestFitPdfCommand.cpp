// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticScan.h"
#include "documents/PdfCheckRunner.h"
#include "documents/PdfFitRunner.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

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

    /// The first process whose parent is \a parent, from /proc; 0 when there is none.
    static qint64 childOf(qint64 parent)
    {
        const QStringList entries
            = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& entry : entries) {
            bool number = false;
            const qint64 pid = entry.toLongLong(&number);
            if (!number)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray text = stat.readAll();
            // pid (comm) state ppid ...
            const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1 && fields.at(1).toLongLong() == parent)
                return pid;
        }
        return 0;
    }

    /// \a pid exists and is not a zombie.
    static bool running(qint64 pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray text = stat.readAll();
        const char state = text.mid(text.lastIndexOf(')') + 2, 1).at(0);
        return state != 'Z' && state != 'X';
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
        m_docx = write(QStringLiteral("surat.pdf"), QByteArray("PK\x03\x04 word/document.xml"));
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

        // Fitting onto an existing file replaces it whole, with no temporary name left behind.
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write("lama") == 4);
        file.close();
        QCOMPARE(cli({QStringLiteral("fit-pdf"), m_scan, output}).exitCode, 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), pdf);
        file.close();
        QVERIFY(filesStartingWith(QStringLiteral("hasil.pdf.")).isEmpty());
        QVERIFY(filesStartingWith(QStringLiteral(".hasil.pdf.")).isEmpty());

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

    void childLimitsCountTheThreads()
    {
        // The fit child's CPU limit is its wall clock times the threads it may run (the pool, one
        // per core up to 8, and its main thread): an 8-core computer is not cut off after 8 s.
        PdfFitRunOptions options;
        const ChildLimits eight = PdfFitRunner::childLimits(options, 8);
        QCOMPARE(eight.threads, 9);
        QCOMPARE(eight.cpuSeconds(), qint64(60 * 9 + 2));
        QCOMPARE(PdfFitRunner::childLimits(options, 64).threads, 9);
        const ChildLimits one = PdfFitRunner::childLimits(options, 1);
        QCOMPARE(one.threads, 2);
        QCOMPARE(one.cpuSeconds(), qint64(122));
        options.limits.timeoutMs = 1500;
        QCOMPARE(PdfFitRunner::childLimits(options, 2).cpuSeconds(), qint64(7)); // 4.5 s rounded up + 2
        // It writes no file, but may not write more than a few times the largest result.
        options.fit.maxBytes = 10 << 20;
        QCOMPARE(PdfFitRunner::childLimits(options, 2).maxFileBytes, qint64(40) << 20);
        QVERIFY(PdfFitRunner::childLimits(options, 2).maxOutputBytes > 2 * options.fit.maxBytes);

        // A real run with every thread of this computer and the CPU limit for them.
        const PdfFitResult result = PdfFitRunner::fit(m_scan);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.code, QStringLiteral("fitted"));
    }

    void killedParentLeavesNoChildAndNoFolder()
    {
        // kill -9 of `karier-cli fit-pdf` (the parent): its child dies with it (PR_SET_PDEATHSIG)
        // and nothing is left in the temporary folder or next to OUTPUT, whenever it is killed.
        QTemporaryDir temp;
        QTemporaryDir out;
        QVERIFY(temp.isValid() && out.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TMPDIR"), temp.path());
        // One whole run first: the kills are spread over the first 2/3 of its span, so a busy
        // computer's slower fit does not turn them into kills after the end.
        QElapsedTimer reference;
        reference.start();
        QCOMPARE(
            cli({QStringLiteral("fit-pdf"), m_scan, QDir(out.path()).filePath(QStringLiteral("hasil.pdf"))})
                .exitCode,
            0);
        const qint64 span = reference.elapsed();
        QVERIFY(QFile::remove(QDir(out.path()).filePath(QStringLiteral("hasil.pdf"))));
        int killedWhileFitting = 0;
        int killedAfterWriting = 0;
        for (int i = 0; i < 20; ++i) {
            QProcess parent;
            parent.setProcessEnvironment(environment);
            parent.setStandardInputFile(QProcess::nullDevice());
            parent.start(QStringLiteral(KARIER_CLI_PATH),
                {QStringLiteral("fit-pdf"), m_scan, QDir(out.path()).filePath(QStringLiteral("hasil.pdf"))});
            QVERIFY(parent.waitForStarted());
            qint64 child = 0;
            QDeadlineTimer started(10000);
            while (!started.hasExpired() && (child = childOf(parent.processId())) == 0)
                QThread::msleep(5);
            QVERIFY2(child > 0, "the fit child did not start");
            QThread::msleep(
                unsigned(span * 2 / 3 * i / 20)); // from right after the start to well into the fit
            if (running(child))
                ++killedWhileFitting;
            QVERIFY(::kill(pid_t(parent.processId()), SIGKILL) == 0);
            QVERIFY(parent.waitForFinished(5000));
            QDeadlineTimer gone(5000);
            while (running(child) && !gone.hasExpired())
                QThread::msleep(5);
            QVERIFY2(
                !running(child), qPrintable(QStringLiteral("child %1 survived, try %2").arg(child).arg(i)));
            // Killed after the fit, while the result was being written: the output is there whole
            // (it is linked in only when complete) or not at all, and never a temporary file.
            QFile written(QDir(out.path()).filePath(QStringLiteral("hasil.pdf")));
            if (written.exists()) {
                QVERIFY(written.open(QIODevice::ReadOnly));
                const QByteArray bytes = written.readAll();
                written.close();
                QVERIFY2(bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF"),
                    qPrintable(QStringLiteral("a partial output after try %1").arg(i)));
                QVERIFY(written.remove());
                ++killedAfterWriting;
            }
        }
        qInfo() << "killed after the output was complete:" << killedAfterWriting << "of 20";
        qInfo() << "killed while the child was fitting:" << killedWhileFitting << "of 20";
        QVERIFY(killedWhileFitting >= 15);
        const auto everything = QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;
        QCOMPARE(QDir(temp.path()).entryList(everything), QStringList());
        QCOMPARE(QDir(out.path()).entryList(everything), QStringList());
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
