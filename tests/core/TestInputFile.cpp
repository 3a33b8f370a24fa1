// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/InputFile.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace karier;

/// InputFile: the one way karier-cli reads a file named by the user. Only regular files; the cap is
/// enforced on what is read, not on what size() claims.
class TestInputFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsRegularFilesUpToTheCap_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("cap");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << 0 << 10 << true;
        QTest::newRow("under") << 9 << 10 << true;
        QTest::newRow("exactly the cap") << 10 << 10 << true;
        QTest::newRow("one byte over") << 11 << 10 << false;
        QTest::newRow("several chunks") << 3 * 1024 * 1024 + 7 << 4 * 1024 * 1024 << true;
        QTest::newRow("several chunks, over") << 3 * 1024 * 1024 + 7 << 3 * 1024 * 1024 << false;
    }

    void readsRegularFilesUpToTheCap()
    {
        QFETCH(int, size);
        QFETCH(int, cap);
        QFETCH(bool, ok);
        QByteArray data(size, 'x');
        for (int i = 0; i < size; i += 4096)
            data[i] = char('a' + i % 26);
        const QString path = write(QStringLiteral("f%1-%2.csv").arg(size).arg(cap), data);
        QVERIFY(!path.isEmpty());
        const auto read = InputFile::read(path, cap);
        QCOMPARE(read.ok(), ok);
        if (ok) {
            QCOMPARE(read.value(), data);
        } else {
            QCOMPARE(read.error().code, ErrorCode::InvalidInput);
            QVERIFY2(read.error().message.contains(QLatin1String("terlalu besar")),
                qPrintable(read.error().message));
        }
    }

    void refusesWhatIsNotARegularFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << "bukan file biasa";
        QTest::newRow("/dev/null") << QStringLiteral("/dev/null") << "bukan file biasa";
        QTest::newRow("fifo") << QStringLiteral("fifo") << "bukan file biasa";
        QTest::newRow("directory") << QStringLiteral("folder") << "folder, bukan file";
        QTest::newRow("missing") << QStringLiteral("tidak-ada.csv") << "tidak ditemukan";
        QTest::newRow("empty name") << QString() << "kosong";
    }

    void refusesWhatIsNotARegularFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        if (path == QLatin1String("fifo")) {
            path = m_dir.filePath(path);
            if (!QFile::exists(path))
                QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (path == QLatin1String("folder")) {
            path = m_dir.filePath(path);
            QVERIFY(QDir().mkpath(path));
        } else if (path == QLatin1String("tidak-ada.csv")) {
            path = m_dir.filePath(path);
        }
        // A FIFO without a writer must not block: the check is on a descriptor opened without waiting.
        QElapsedTimer timer;
        timer.start();
        const auto read = InputFile::read(path);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::BadPath);
        QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
    }

    void doesNotTrustSize()
    {
        // /proc files are regular files whose size() is 0: the cap holds on what is actually read.
        QFile proc(QStringLiteral("/proc/self/maps"));
        QVERIFY(proc.open(QIODevice::ReadOnly));
        QCOMPARE(proc.size(), 0);
        proc.close();
        const auto whole = InputFile::read(proc.fileName());
        QVERIFY(whole.ok());
        QVERIFY(whole->size() > 100);
        const auto capped = InputFile::read(proc.fileName(), 100);
        QVERIFY(!capped.ok());
        QCOMPARE(capped.error().code, ErrorCode::InvalidInput);
    }

    void largerFileRefusedWithoutReadingIt()
    {
        // A sparse file of 1 GiB: its stated size is over the cap, so nothing is read at all.
        const QString path = m_dir.filePath(QStringLiteral("besar.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(1) << 30));
        file.close();
        QElapsedTimer timer;
        timer.start();
        const auto read = InputFile::read(path);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::InvalidInput);
        QVERIFY2(read.error().message.contains(QLatin1String("lebih dari 64 MB")),
            qPrintable(read.error().message));
    }

    void readsADeviceUpToTheCap()
    {
        // Standard input (the NIP list of batch commands) may be a pipe: read it, but only up to the cap.
        QBuffer endless;
        endless.setData(QByteArray(5000, 'n'));
        QVERIFY(endless.open(QIODevice::ReadOnly));
        const auto capped = InputFile::readAll(endless, QStringLiteral("Masukan standar"), 4096);
        QVERIFY(!capped.ok());
        QVERIFY2(capped.error().message.startsWith(QLatin1String("Masukan standar terlalu besar")),
            qPrintable(capped.error().message));
        QVERIFY(endless.seek(0));
        const auto whole = InputFile::readAll(endless, QStringLiteral("Masukan standar"), 5000);
        QVERIFY(whole.ok());
        QCOMPARE(whole->size(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestInputFile)
#include "TestInputFile.moc"
