// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog on real widgets: the stored database in its fields, "Uji koneksi" off the GUI
// thread with an Indonesian answer, the language for the next start, the password never written in
// plain text, and the shared limits shown to Admin BKPSDM only.
#include "GuiTestMain.h"
#include "ScriptedInteraction.h"
#include "TestDatabase.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "settings/AboutDialog.h"
#include "settings/AppSettings.h"
#include "settings/LocalSettings.h"
#include "settings/SettingsDialog.h"
#include "storage/SqliteBackup.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

namespace {

constexpr int AsyncTimeout = 10000;

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KARIER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(400);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

Session sessionOf(Role role)
{
    Session s;
    s.accountId = 7;
    s.employeeId = 7;
    s.nip = QStringLiteral("198503152010012002");
    s.displayName = QStringLiteral("Admin Uji");
    s.role = role;
    s.managedUnitId = role == Role::Pengelola ? 1 : 0;
    return s;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template<class T> T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalSettings> m_local;

    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the window's own QSettings: never the user's
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_local = std::make_unique<LocalSettings>(iniPath());
    }

    void showsTheStoredDatabase()
    {
        DatabaseUrl url;
        url.dialect = DatabaseUrl::Dialect::PostgreSql;
        url.host = QStringLiteral("10.0.0.5");
        url.port = 5433;
        url.name = QStringLiteral("karier");
        url.user = QStringLiteral("bkpsdm");
        url.password = QStringLiteral("Sandi-Server-1");
        QVERIFY(AppSettings(m_local.get()).setDatabase(url).ok());

        SettingsDialog dialog(m_local.get(), nullptr, std::nullopt);
        dialog.show();
        QVERIFY(child<QRadioButton>(&dialog, "postgresChoice")->isChecked());
        QCOMPARE(child<QLineEdit>(&dialog, "hostEdit")->text(), QStringLiteral("10.0.0.5"));
        QCOMPARE(child<QSpinBox>(&dialog, "portEdit")->value(), 5433);
        QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(), QStringLiteral("karier"));
        // No login of the server on a workstation: each person logs in with their own.
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("userEdit")));
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit")));
        QVERIFY(dialog.databaseFromFields().user.isEmpty());
        QVERIFY(dialog.databaseFromFields().password.isEmpty());
        QCOMPARE(
            child<QComboBox>(&dialog, "languageCombo")->currentText(), QStringLiteral("Bahasa Indonesia"));
        QVERIFY(!child<QGroupBox>(&dialog, "sharedGroup")); // no session: no shared limits
        screenshot(&dialog, QStringLiteral("settings-postgresql"));
    }

    void showsTheDatabaseInUse()
    {
        // Started on another database than the stored one (--database, KARIER_DATABASE): the fields
        // show the one open, the stored one is named beside it, and Simpan without an edit stores nothing.
        DatabaseUrl stored;
        stored.path = m_dir->filePath(QStringLiteral("stored.sqlite"));
        QVERIFY(AppSettings(m_local.get()).setDatabase(stored).ok());

        SettingsDialog dialog(m_local.get(), m_db, sessionOf(Role::Asn));
        dialog.show();
        const DatabaseUrl inUse = m_db->url();
        QCOMPARE(dialog.databaseFromFields().isSqlite(), inUse.isSqlite());
        if (inUse.isSqlite())
            QCOMPARE(QDir::cleanPath(child<QLineEdit>(&dialog, "sqlitePath")->text()),
                QDir::cleanPath(QDir::toNativeSeparators(inUse.path)));
        else
            QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(), inUse.name);
        const QString label = child<QLabel>(&dialog, "databaseInUse")->text();
        QVERIFY2(label.contains(inUse.displayName()), qPrintable(label));
        QVERIFY2(label.contains(QStringLiteral("Tersimpan untuk komputer ini: %1").arg(stored.displayName())),
            qPrintable(label));

        dialog.save();
        const auto after = AppSettings(m_local.get()).database();
        QVERIFY(after && after->has_value());
        QCOMPARE(after->value().path, stored.path);
    }

    void connectionTestOnBadSqlitePath()
    {
        SettingsDialog dialog(m_local.get(), m_db, sessionOf(Role::Asn));
        dialog.show();
        child<QRadioButton>(&dialog, "sqliteChoice")->setChecked(true);
        auto* path = child<QLineEdit>(&dialog, "sqlitePath");
        path->clear();
        QTest::keyClicks(path, m_dir->filePath(QStringLiteral("tidak-ada/karier.sqlite")));
        QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>(&dialog, "testConnectionButton"), Qt::LeftButton);
        QVERIFY(tested.wait(AsyncTimeout));
        QCOMPARE(tested.at(0).at(0).toBool(), false);
        const QString message = tested.at(0).at(1).toString();
        QVERIFY2(message.startsWith(QStringLiteral("Folder "))
                && message.endsWith(QStringLiteral("tidak ada. Pilih folder yang sudah ada.")),
            qPrintable(message));
        auto* result = child<MessageBanner>(&dialog, "connectionResult");
        QVERIFY(result->isVisible());
        QCOMPARE(result->kind(), MessageBanner::Kind::Error);
        QCOMPARE(result->text(), message);
        QVERIFY(child<QPushButton>(&dialog, "testConnectionButton")->isEnabled());
        screenshot(&dialog, QStringLiteral("settings-bad-sqlite"));
    }

    void connectionTestOnTheRealDatabase()
    {
        SettingsDialog dialog(m_local.get(), m_db, sessionOf(Role::Asn));
        dialog.show();
        child<QRadioButton>(&dialog, "sqliteChoice")->setChecked(true);
        child<QLineEdit>(&dialog, "sqlitePath")->setText(m_fresh.url().path);
        QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>(&dialog, "testConnectionButton"), Qt::LeftButton);
        QVERIFY(tested.wait(AsyncTimeout));
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
        QVERIFY(tested.at(0).at(1).toString().startsWith(
            QStringLiteral("Koneksi berhasil: database Karier ASN")));
        QCOMPARE(child<MessageBanner>(&dialog, "connectionResult")->kind(), MessageBanner::Kind::Success);
    }

    void postgresServerStoredWithoutALogin()
    {
        // An older version's sealed password is dropped with the next save.
        {
            QSettings legacy(iniPath(), QSettings::IniFormat);
            legacy.setValue(QStringLiteral("database/sealedPassword"), QStringLiteral("c2VhbGVk"));
        }
        LocalSettings local(iniPath());
        QVERIFY(local.hasDatabasePassword());
        SettingsDialog dialog(&local, nullptr, std::nullopt);
        dialog.show();
        child<QRadioButton>(&dialog, "postgresChoice")->setChecked(true);
        auto* host = child<QLineEdit>(&dialog, "hostEdit");
        host->clear();
        QTest::keyClicks(host, QStringLiteral("db.bkpsdm.local"));
        auto* name = child<QLineEdit>(&dialog, "nameEdit");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("karier"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.restartNeeded());
        const QByteArray file = readAll(iniPath());
        QVERIFY(file.contains("db.bkpsdm.local"));
        QVERIFY2(!file.contains("sealedPassword"), file.constData());
        LocalSettings again(iniPath());
        auto stored = AppSettings(&again).database();
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE(stored->value().host, QStringLiteral("db.bkpsdm.local"));
        QVERIFY(stored->value().user.isEmpty());
        QVERIFY(stored->value().password.isEmpty());
    }

    /// "Sertifikat CA server": chosen in the dialog, stored as a path of its own (not in the URL), shown
    /// again; a server that is not local is refused sslmode=disable from the stored options.
    void caCertificateField()
    {
        const QString ca = m_dir->filePath(QStringLiteral("ca bkpsdm.pem"));
        QFile file(ca);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\n");
        file.close();
        {
            SettingsDialog dialog(m_local.get(), nullptr, std::nullopt);
            dialog.show();
            child<QRadioButton>(&dialog, "postgresChoice")->setChecked(true);
            QTest::keyClicks(child<QLineEdit>(&dialog, "hostEdit"), QStringLiteral("db.bkpsdm.local"));
            QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("karier"));
            auto* caEdit = child<QLineEdit>(&dialog, "caFileEdit");
            QVERIFY(caEdit && caEdit->isVisible());
            QVERIFY(child<QPushButton>(&dialog, "caBrowseButton"));
            QTest::keyClicks(caEdit, m_dir->filePath(QStringLiteral("tidak-ada.pem")));
            QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
            QVERIFY(dialog.isVisible()); // a missing file is refused
            QVERIFY2(
                child<MessageBanner>(&dialog, "settingsBanner")->text().contains(QStringLiteral("tidak ada")),
                qPrintable(child<MessageBanner>(&dialog, "settingsBanner")->text()));
            caEdit->clear();
            QTest::keyClicks(caEdit, ca);
            QCOMPARE(dialog.databaseFromFields().sslMode(), QStringLiteral("verify-full"));
            screenshot(&dialog, QStringLiteral("settings-ca"));
            QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(LocalSettings(iniPath()).databaseCaFile(), ca);
        QVERIFY(!LocalSettings(iniPath()).databaseUrl().contains(QStringLiteral("sslrootcert")));
        SettingsDialog again(m_local.get(), nullptr, std::nullopt);
        QCOMPARE(child<QLineEdit>(&again, "caFileEdit")->text(), QDir::toNativeSeparators(ca));
        const DatabaseUrl url = again.databaseFromFields();
        QCOMPARE(url.caFile, ca);
        QVERIFY2(url.connectOptions().ok(), qPrintable(url.connectOptions().error().message));
        QVERIFY(url.connectOptions().value().contains(QStringLiteral("sslmode='verify-full'")));
    }

    void invalidDatabaseIsRefused()
    {
        SettingsDialog dialog(m_local.get(), nullptr, std::nullopt);
        dialog.show();
        child<QRadioButton>(&dialog, "postgresChoice")->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("karier"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto* banner = child<MessageBanner>(&dialog, "settingsBanner");
        QCOMPARE(banner->text(), QStringLiteral("Isi alamat server PostgreSQL."));
        QVERIFY(m_local->databaseUrl().isEmpty());
    }

    void tallestDialogFitsTheScreen()
    {
        // The Admin's dialog (shared limits too) in PostgreSQL mode with a message is taller than the
        // screen (offscreen: 800 x 600): the body scrolls, the window and Simpan stay on the screen.
        SettingsDialog dialog(m_local.get(), m_db, sessionOf(Role::Admin));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QRadioButton>(&dialog, "postgresChoice")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(child<MessageBanner>(&dialog, "settingsBanner")->isVisible());
        QTest::mouseClick(child<QPushButton>(&dialog, "testConnectionButton"), Qt::LeftButton);
        QVERIFY(child<MessageBanner>(&dialog, "connectionResult")->isVisible());
        const int available = dialog.screen()->availableGeometry().height();
        QTRY_VERIFY2(dialog.height() <= available,
            qPrintable(QStringLiteral("%1 px on a %2 px screen").arg(dialog.height()).arg(available)));
        auto* scroll = child<QScrollArea>(&dialog, "settingsScroll");
        QTRY_VERIFY2(scroll->verticalScrollBar()->maximum() > 0, // there is more to scroll to
            qPrintable(QStringLiteral("content %1 px, dialog %2 px")
                           .arg(scroll->widget()->sizeHint().height())
                           .arg(dialog.height())));
        auto* save = child<QPushButton>(&dialog, "saveButton");
        QVERIFY(save->isVisible());
        QVERIFY(save->mapTo(&dialog, QPoint(0, save->height())).y() <= dialog.height());
        screenshot(&dialog, QStringLiteral("settings-admin-postgresql-scrolls"));
    }

    void languageForTheNextStart()
    {
        SettingsDialog dialog(m_local.get(), nullptr, std::nullopt);
        dialog.show();
        auto* combo = child<QComboBox>(&dialog, "languageCombo");
        QCOMPARE(combo->count(), 2);
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.restartNeeded());
        QCOMPARE(LocalSettings(iniPath()).language(), QStringLiteral("en"));
        QVERIFY(m_local->databaseUrl().isEmpty()); // the untouched database section is not written
    }

    void sharedLimitsForAdminOnly_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("asn") << int(Role::Asn);
        QTest::newRow("pengelola") << int(Role::Pengelola);
    }

    void sharedLimitsForAdminOnly()
    {
        QFETCH(int, role);
        SettingsDialog dialog(m_local.get(), m_db, sessionOf(Role(role)));
        dialog.show();
        QVERIFY(!child<QGroupBox>(&dialog, "sharedGroup"));
        QVERIFY(!child<QSpinBox>(&dialog, "maxJpPerDayEdit"));
        QVERIFY(!child<QDoubleSpinBox>(&dialog, "maxPdfEdit"));
        // And core refuses them whatever a screen would show.
        QCOMPARE(AppSettings::setShared(m_db, sessionOf(Role(role)), SharedSettings::Values()).error().code,
            ErrorCode::Forbidden);
    }

    void adminChangesSharedLimits()
    {
        SettingsDialog dialog(m_local.get(), m_db, sessionOf(Role::Admin));
        dialog.show();
        auto* group = child<QGroupBox>(&dialog, "sharedGroup");
        QVERIFY(group);
        QTRY_VERIFY_WITH_TIMEOUT(group->isEnabled(), AsyncTimeout);
        auto* pdf = child<QDoubleSpinBox>(&dialog, "maxPdfEdit");
        auto* jp = child<QSpinBox>(&dialog, "maxJpPerDayEdit");
        QCOMPARE(pdf->value(), 1.0);
        QCOMPARE(jp->value(), 8);
        screenshot(&dialog, QStringLiteral("settings-admin"));
        pdf->setValue(2.0);
        jp->setValue(6);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), AsyncTimeout);
        QVERIFY(!dialog.restartNeeded());
        const auto stored = SharedSettings(m_db).load();
        QVERIFY(stored.ok());
        QCOMPARE(stored->maxJpPerDay, 6);
        QCOMPARE(stored->maxPdfBytes, qint64(2) * 1024 * 1024);
    }

    void adminBacksUpAndRestores()
    {
        {
            SettingsDialog asn(m_local.get(), m_db, sessionOf(Role::Asn));
            QVERIFY(!child<QGroupBox>(&asn, "backupGroup"));
        }
        const auto marker = [this](const char* sql) {
            return m_db->write([sql](QSqlDatabase& c) -> Status {
                SqlQuery q(c, QString::fromLatin1(sql));
                return q.exec() ? Status() : Status(q.error());
            });
        };
        const auto markerCount = [this] {
            const auto n = m_db->readValue([](QSqlDatabase& c) -> Result<qint64> {
                SqlQuery q(c, QStringLiteral("SELECT COUNT(*) FROM app_settings WHERE key = 'uji-pulih'"));
                if (!q.exec() || !q.next())
                    return q.error();
                return q.value(0).toLongLong();
            });
            return n.ok() ? n.value() : -1;
        };
        ScriptedInteraction& scripted = ScriptedInteraction::reset();
        SettingsDialog dialog(m_local.get(), m_db, sessionOf(Role::Admin));
        dialog.show();
        QVERIFY(child<QGroupBox>(&dialog, "backupGroup"));
        QSignalSpy finished(&dialog, &SettingsDialog::backupFinished);
        QSignalSpy restored(&dialog, &SettingsDialog::databaseRestored);

        // Cadangkan…: a checked copy, written off the GUI thread.
        const QString copy = m_dir->filePath(QStringLiteral("cadangan.sqlite"));
        scripted.setNextSaveFile(copy);
        QTest::mouseClick(child<QPushButton>(&dialog, "backupButton"), Qt::LeftButton);
        QVERIFY(!child<QPushButton>(&dialog, "backupButton")->isEnabled());
        QVERIFY(finished.wait(AsyncTimeout));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(SqliteBackup::verify(copy).ok());

        // A change after the backup, then Pulihkan… (asked first, "Batal" leaves all as it is).
        QVERIFY(marker("INSERT INTO app_settings (key, value) VALUES ('uji-pulih', '1')"));
        QCOMPARE(markerCount(), 1);
        scripted.setNextOpenFile(copy);
        scripted.setNextAnswer(false);
        QTest::mouseClick(child<QPushButton>(&dialog, "restoreButton"), Qt::LeftButton);
        QVERIFY(!finished.wait(300));
        QCOMPARE(markerCount(), 1);
        scripted.setNextOpenFile(copy);
        scripted.setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(&dialog, "restoreButton"), Qt::LeftButton);
        QVERIFY(finished.wait(AsyncTimeout));
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
        QCOMPARE(restored.size(), 1);
        QVERIFY(dialog.restartNeeded());
        QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isEnabled());
        const QString text = child<MessageBanner>(&dialog, "backupResult")->text();
        QVERIFY2(
            text.contains(QLatin1String("buka kembali")) && text.contains(QLatin1String("sebelum-pulih")),
            qPrintable(text));
        QCOMPARE(markerCount(), 0); // the backup's content, seen by the program's own connections too

        // A foreign file is refused in the band, nothing replaced.
        QVERIFY(marker("INSERT INTO app_settings (key, value) VALUES ('uji-pulih', '2')"));
        const QString foreign = m_dir->filePath(QStringLiteral("lain.sqlite"));
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("bukan database");
        f.close();
        SettingsDialog again(m_local.get(), m_db, sessionOf(Role::Admin));
        QSignalSpy refused(&again, &SettingsDialog::backupFinished);
        scripted.setNextOpenFile(foreign);
        scripted.setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(&again, "restoreButton"), Qt::LeftButton);
        QVERIFY(refused.wait(AsyncTimeout));
        QVERIFY(!refused.first().at(0).toBool());
        QCOMPARE(markerCount(), 1);
        QVERIFY(marker("DELETE FROM app_settings WHERE key = 'uji-pulih'"));
    }

    void openedFromTheMainWindowAndTheLogin()
    {
        MainWindow window(m_db, sessionOf(Role::Admin));
        window.show();
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("settingsButton")), Qt::LeftButton);
        auto* settings = window.findChild<SettingsDialog*>();
        QVERIFY(settings);
        QTRY_VERIFY(settings->isVisible());
        QVERIFY(child<QGroupBox>(settings, "sharedGroup")); // Admin
        QTest::mouseClick(child<QPushButton>(settings, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<SettingsDialog*>()); // closed and deleted

        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("aboutButton")), Qt::LeftButton);
        auto* about = window.findChild<AboutDialog*>();
        QVERIFY(about);
        QTRY_VERIFY(about->isVisible());
        about->close();

        // Before login: the database can be set, the shared limits are not there.
        LoginDialog login(nullptr, m_local.get());
        login.show();
        QTest::mouseClick(
            login.findChild<QPushButton*>(QStringLiteral("loginSettingsButton")), Qt::LeftButton);
        auto* fromLogin = login.findChild<SettingsDialog*>();
        QVERIFY(fromLogin);
        QTRY_VERIFY(fromLogin->isVisible());
        QVERIFY(!child<QGroupBox>(fromLogin, "sharedGroup"));
        fromLogin->reject();
    }
};

KARIER_GUI_TEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
