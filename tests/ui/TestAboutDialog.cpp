// SPDX-License-Identifier: GPL-3.0-or-later
// The About dialog: version, licence, every library with its licence, the database in use.
#include "GuiTestMain.h"
#include "TestDatabase.h"
#include "Version.h"
#include "settings/AboutDialog.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void content()
    {
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        auto db = fresh.open();
        QVERIFY(db);
        AboutDialog dialog(db);
        dialog.show();
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("versionValue"))->text(),
            QStringLiteral(KARIER_VERSION));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("licenseValue"))
                    ->text()
                    .startsWith(QStringLiteral("GPL-3.0-or-later")));
        const QString database = dialog.findChild<QLabel*>(QStringLiteral("databaseValue"))->text();
        QVERIFY2(database.contains(db->url().displayName()), qPrintable(database));
        QVERIFY(database.contains(QStringLiteral("skema %1").arg(Database::latestSchemaVersion())));

        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("librariesTable"));
        QVERIFY(table);
        QHash<QString, QString> licenses;
        for (int row = 0; row < table->rowCount(); ++row)
            licenses.insert(table->item(row, 0)->text(), table->item(row, 2)->text());
        QCOMPARE(licenses.value(QStringLiteral("Qt")), QStringLiteral("LGPL-3.0-only"));
        QCOMPARE(licenses.value(QStringLiteral("Poppler")), QStringLiteral("GPL-2.0-or-later"));
        QCOMPARE(licenses.value(QStringLiteral("libsodium")), QStringLiteral("ISC"));
        QCOMPARE(licenses.value(QStringLiteral("libqrencode")), QStringLiteral("LGPL-2.1-or-later"));
        QCOMPARE(licenses.value(QStringLiteral("libpwquality")),
            QStringLiteral("BSD-3-Clause OR GPL-2.0-or-later"));
        QCOMPARE(licenses.value(QStringLiteral("CrackLib")), QStringLiteral("LGPL-2.1-or-later"));
        QCOMPARE(licenses.value(QStringLiteral("SQLite")), QStringLiteral("domain publik"));
        QCOMPARE(licenses.value(QStringLiteral("PostgreSQL libpq")), QStringLiteral("PostgreSQL License"));
        // Versions asked at run time: the cheap ones at once, SQLite's and libpq's from a worker.
        QSignalSpy shown(&dialog, &AboutDialog::versionsShown);
        QVERIFY(shown.wait(10000));
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString name = table->item(row, 0)->text();
            const QString version = table->item(row, 1)->text();
            if (name != QLatin1String("libpwquality") && name != QLatin1String("CrackLib"))
                QVERIFY2(
                    version.contains(QLatin1Char('.')), qPrintable(name + QStringLiteral(": ") + version));
            if (name == QLatin1String("Poppler"))
                QCOMPARE(version.count(QLatin1Char('.')), 2); // "22.12.0"
            if (name == QLatin1String("SQLite"))
                QVERIFY2(version.startsWith(QStringLiteral("3.")), qPrintable(version));
            if (table->item(row, 0)->text() == QLatin1String("Qt"))
                QCOMPARE(table->item(row, 1)->text(), QString::fromLatin1(qVersion()));
            if (table->item(row, 0)->text() == QLatin1String("libsodium"))
                QVERIFY(table->item(row, 1)->text().contains(QLatin1Char('.')));
        }

        const QString dir = qEnvironmentVariable("KARIER_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QTest::qWait(400);
            dialog.grab().save(dir + QStringLiteral("/about.png"));
        }
    }

    void withoutDatabase()
    {
        AboutDialog dialog(nullptr);
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("databaseValue"))->text(),
            QStringLiteral("Tidak terhubung"));
    }
};

KARIER_GUI_TEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
