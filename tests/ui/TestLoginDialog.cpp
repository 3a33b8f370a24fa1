// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestMain.h"
#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "auth/Base32.h"
#include "auth/Totp.h"
#include "io/DemoSeeder.h"
#include "login/LoginDialog.h"
#include "settings/LocalSettings.h"
#include "widgets/MessageBanner.h"
#include "widgets/QrCodeWidget.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

namespace {

constexpr int AsyncTimeout = 10000;

DemoSeeder::DemoAccount demoAccount(const QString& role)
{
    for (const DemoSeeder::DemoAccount& account : DemoSeeder::demoAccounts()) {
        if (account.role == role)
            return account;
    }
    return {};
}

QByteArray demoSecret(const QString& role)
{
    return Base32::decode(demoAccount(role).otpSecretBase32).value_or(QByteArray());
}

/// A 6-digit string that is none of the codes valid around now.
QString wrongCode(const QByteArray& secret)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const QString& candidate :
        {QStringLiteral("000000"), QStringLiteral("111111"), QStringLiteral("222222")}) {
        bool valid = false;
        for (qint64 offset : {-60, -30, 0, 30, 60})
            valid = valid || Totp::code(secret, now + offset) == candidate;
        if (!valid)
            return candidate;
    }
    return QStringLiteral("333333");
}

/// Saves a picture of \a widget when KARIER_SCREENSHOT_DIR is set (used to review the layout).
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KARIER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<LocalSettings> m_settings;

    template<class T> static T* child(QWidget* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qWarning("child %s not found", name);
        return found;
    }

    /// Types NIP and password and presses Enter; waits until AuthService has answered.
    static bool submitCredentials(LoginDialog& dialog, const QString& nip, const QString& password)
    {
        auto* nipEdit = child<QLineEdit>(&dialog, "nipEdit");
        auto* passwordEdit = child<QLineEdit>(&dialog, "passwordEdit");
        nipEdit->clear();
        QTest::keyClicks(nipEdit, nip);
        passwordEdit->clear();
        QTest::keyClicks(passwordEdit, password);
        QTest::keyClick(passwordEdit, Qt::Key_Return);
        if (!dialog.isBusy())
            return false;
        return QTest::qWaitFor([&] { return !dialog.isBusy(); }, AsyncTimeout);
    }

    static bool submitCode(
        LoginDialog& dialog, const char* editName, const char* buttonName, const QString& code)
    {
        auto* edit = child<QLineEdit>(&dialog, editName);
        edit->clear();
        QTest::keyClicks(edit, code);
        QTest::mouseClick(child<QPushButton>(&dialog, buttonName), Qt::LeftButton);
        if (!dialog.isBusy())
            return false;
        return QTest::qWaitFor([&] { return !dialog.isBusy(); }, AsyncTimeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        auto seeded = DemoSeeder::seedDemo(m_db);
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
        QVERIFY(m_settingsDir.isValid());
        m_settings = std::make_unique<LocalSettings>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    }

    void waitsForTheDatabase()
    {
        LoginDialog dialog(nullptr, m_settings.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Masuk — Karier ASN"));
        auto* login = child<QPushButton>(&dialog, "loginButton");
        QVERIFY(!login->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "databaseLabel")->text().contains(QStringLiteral("Menghubungkan")));

        dialog.setDatabase(m_db);
        QVERIFY(login->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "databaseLabel")->text().contains(QStringLiteral("SQLite"))
            || TestDatabase::isPostgres());
        screenshot(&dialog, QStringLiteral("01-login"));
    }

    void databaseErrorDisablesLogin()
    {
        LoginDialog dialog(nullptr, m_settings.get());
        dialog.show();
        dialog.setDatabaseError(QStringLiteral("Database tidak dapat dibuka: berkas rusak."));
        auto* banner = child<MessageBanner>(&dialog, "loginBanner");
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
        QCOMPARE(banner->text(), QStringLiteral("Database tidak dapat dibuka: berkas rusak."));
        QVERIFY(!child<QPushButton>(&dialog, "loginButton")->isEnabled());
        screenshot(&dialog, QStringLiteral("02-login-database-error"));
    }

    void showPasswordToggles()
    {
        LoginDialog dialog(m_db, m_settings.get());
        dialog.show();
        auto* password = child<QLineEdit>(&dialog, "passwordEdit");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        child<QCheckBox>(&dialog, "showPasswordCheck")->click();
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
        child<QCheckBox>(&dialog, "showPasswordCheck")->click();
        QCOMPARE(password->echoMode(), QLineEdit::Password);
    }

    void incompleteNipIsRefusedWithoutAsking()
    {
        LoginDialog dialog(m_db, m_settings.get());
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "nipEdit"), QStringLiteral("1986 0926"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("rahasia"));
        QTest::mouseClick(child<QPushButton>(&dialog, "loginButton"), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        QVERIFY(child<MessageBanner>(&dialog, "loginBanner")->text().contains(QStringLiteral("18 digit")));
        // Letters cannot be typed into the NIP field at all.
        QLineEdit* nip = child<QLineEdit>(&dialog, "nipEdit");
        nip->clear();
        QTest::keyClicks(nip, QStringLiteral("12ab3"));
        QCOMPARE(nip->text(), QStringLiteral("123"));
    }

    void wrongPasswordShowsError()
    {
        LoginDialog dialog(m_db, m_settings.get());
        dialog.show();
        QVERIFY(submitCredentials(
            dialog, demoAccount(QStringLiteral("asn")).nip, QStringLiteral("salah-sekali")));
        auto* banner = child<MessageBanner>(&dialog, "loginBanner");
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
        QVERIFY2(banner->text().contains(QStringLiteral("salah")), qPrintable(banner->text()));
        QCOMPARE(dialog.currentPage(), LoginDialog::Page::Credentials);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.session());
        QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
        QVERIFY(child<QPushButton>(&dialog, "loginButton")->isEnabled());
        QCOMPARE(child<QPushButton>(&dialog, "loginButton")->text(), QStringLiteral("Masuk"));
        screenshot(&dialog, QStringLiteral("03-login-wrong-password"));
    }

    void asnLogsInWithoutOtp()
    {
        const DemoSeeder::DemoAccount asn = demoAccount(QStringLiteral("asn"));
        {
            LoginDialog dialog(m_db, m_settings.get());
            dialog.show();
            // Grouped as printed on documents: spaces are accepted.
            QVERIFY(submitCredentials(dialog, QStringLiteral("19860926 201505 1 001"), asn.password));
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(!dialog.isVisible());
            QVERIFY(dialog.session());
            QCOMPARE(dialog.session()->nip, asn.nip);
            QCOMPARE(dialog.session()->role, Role::Asn);
        }
        // The NIP is remembered for the next start.
        QCOMPARE(m_settings->lastNip(), asn.nip);
        LoginDialog again(m_db, m_settings.get());
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("nipEdit"))->text(),
            QStringLiteral("19860926 201505 1 001"));
    }

    void adminNeedsOtp()
    {
        const DemoSeeder::DemoAccount admin = demoAccount(QStringLiteral("admin"));
        const QByteArray secret = demoSecret(QStringLiteral("admin"));
        QVERIFY(!secret.isEmpty());
        LoginDialog dialog(m_db, m_settings.get());
        dialog.show();
        QVERIFY(submitCredentials(dialog, admin.nip, admin.password));
        QCOMPARE(dialog.currentPage(), LoginDialog::Page::Otp);
        QVERIFY(!dialog.session());
        QVERIFY(child<QWidget>(&dialog, "otpPage")->isVisible());
        screenshot(&dialog, QStringLiteral("04-otp"));

        // A wrong code is refused and the page stays.
        QVERIFY(submitCode(dialog, "otpEdit", "verifyButton", wrongCode(secret)));
        QCOMPARE(dialog.currentPage(), LoginDialog::Page::Otp);
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<MessageBanner>(&dialog, "loginBanner")->kind(), MessageBanner::Kind::Error);
        QVERIFY(child<MessageBanner>(&dialog, "loginBanner")->isVisible());
        screenshot(&dialog, QStringLiteral("05-otp-wrong-code"));

        // The code of the authenticator app logs in.
        const QString code = Totp::code(secret, QDateTime::currentSecsSinceEpoch());
        QVERIFY(submitCode(dialog, "otpEdit", "verifyButton", code));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.session());
        QCOMPARE(dialog.session()->role, Role::Admin);
        QCOMPARE(dialog.session()->nip, admin.nip);
    }

    void backFromOtpReturnsToCredentials()
    {
        const DemoSeeder::DemoAccount pengelola = demoAccount(QStringLiteral("pengelola"));
        LoginDialog dialog(m_db, m_settings.get());
        dialog.show();
        QVERIFY(submitCredentials(dialog, pengelola.nip, pengelola.password));
        QCOMPARE(dialog.currentPage(), LoginDialog::Page::Otp);
        QTest::mouseClick(child<QPushButton>(&dialog, "otpBackButton"), Qt::LeftButton);
        QCOMPARE(dialog.currentPage(), LoginDialog::Page::Credentials);
        QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
        // Escape on the code page goes back as well instead of closing the program.
        QVERIFY(submitCredentials(dialog, pengelola.nip, pengelola.password));
        QCOMPARE(dialog.currentPage(), LoginDialog::Page::Otp);
        QTest::keyClick(child<QLineEdit>(&dialog, "otpEdit"), Qt::Key_Escape);
        QCOMPARE(dialog.currentPage(), LoginDialog::Page::Credentials);
        QVERIFY(dialog.isVisible());
    }

    void resetOtpAsksForEnrolment()
    {
        const DemoSeeder::DemoAccount admin = demoAccount(QStringLiteral("admin"));
        QVERIFY(AuthService(m_db).resetOtp(nullptr, admin.nip).ok());

        LoginDialog dialog(m_db, m_settings.get());
        dialog.show();
        // Placed low, as a window manager centres the small first step; the taller enrolment step
        // comes back onto the screen (its button was below a 768 px screen's edge).
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QRect room = dialog.screen()->availableGeometry();
        dialog.move(dialog.x(), room.bottom() - dialog.frameGeometry().height() - 10);
        QVERIFY(submitCredentials(dialog, admin.nip, admin.password));
        QCOMPARE(dialog.currentPage(), LoginDialog::Page::Enrolment);
        QVERIFY2(dialog.frameGeometry().top() >= room.top()
                && (dialog.frameGeometry().bottom() <= room.bottom()
                    || dialog.frameGeometry().top() == room.top()),
            qPrintable(QStringLiteral("dialog at y %1..%2, screen %3..%4")
                           .arg(dialog.frameGeometry().top())
                           .arg(dialog.frameGeometry().bottom())
                           .arg(room.top())
                           .arg(room.bottom())));
        auto* qr = child<QrCodeWidget>(&dialog, "qrCode");
        QVERIFY(qr->isVisible());
        QVERIFY(qr->hasCode());
        QVERIFY(qr->width() >= QrCodeWidget::MinimumExtent);
        // Crisp black modules on white with a quiet zone of four modules.
        const QRect area = qr->codeRect();
        const int modules = qr->code()->size() + 2 * QrCodeWidget::QuietZone;
        QCOMPARE(area.width() % modules, 0);
        const int scale = area.width() / modules;
        const QImage image = qr->grab().toImage();
        const auto at = [&](int moduleX, int moduleY) {
            return image.pixelColor(
                area.x() + moduleX * scale + scale / 2, area.y() + moduleY * scale + scale / 2);
        };
        QCOMPARE(at(0, 0), QColor(Qt::white));
        QCOMPARE(at(QrCodeWidget::QuietZone - 1, QrCodeWidget::QuietZone), QColor(Qt::white));
        QCOMPARE(at(QrCodeWidget::QuietZone, QrCodeWidget::QuietZone), QColor(Qt::black)); // finder pattern
        // The secret is shown in blocks of four for typing.
        const QString shown = child<QLabel>(&dialog, "enrolmentSecretLabel")->text();
        QVERIFY2(shown.contains(QLatin1Char(' ')) || shown.contains(QLatin1Char('\n')), qPrintable(shown));
        const auto secret = Base32::decode(shown);
        QVERIFY(secret.has_value());
        QCOMPARE(secret->size(), 20);
        screenshot(&dialog, QStringLiteral("06-enrolment"));

        // A wrong first code keeps the page; the right one activates the authenticator and logs in.
        QVERIFY(submitCode(dialog, "enrolmentCodeEdit", "enrolButton", wrongCode(*secret)));
        QCOMPARE(dialog.currentPage(), LoginDialog::Page::Enrolment);
        QVERIFY(submitCode(dialog, "enrolmentCodeEdit", "enrolButton",
            Totp::code(*secret, QDateTime::currentSecsSinceEpoch())));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.session());
        QVERIFY(dialog.session()->otpEnabled);

        // Put the documented demo secret back.
        QVERIFY(AuthService(m_db).setOtpSecret(admin.nip, demoSecret(QStringLiteral("admin"))).ok());
    }

    void lockedLoginShowsTheWait()
    {
        // A NIP with a valid form but no account: the lock must not reveal that.
        const QString nip = QStringLiteral("199001012020011001");
        LoginDialog dialog(m_db, m_settings.get());
        dialog.show();
        for (int attempt = 0; attempt < AuthService::FreeAttempts + 1 && dialog.lockSecondsRemaining() == 0;
             ++attempt)
            QVERIFY(submitCredentials(dialog, nip, QStringLiteral("bukan-sandinya")));
        QVERIFY(dialog.lockSecondsRemaining() > 0);
        auto* login = child<QPushButton>(&dialog, "loginButton");
        QVERIFY(!login->isEnabled());
        QVERIFY2(login->text().startsWith(QStringLiteral("Tunggu")), qPrintable(login->text()));
        auto* banner = child<MessageBanner>(&dialog, "loginBanner");
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
        QVERIFY2(banner->text().contains(QStringLiteral("Coba lagi dalam")), qPrintable(banner->text()));
        screenshot(&dialog, QStringLiteral("07-login-locked"));

        // The countdown runs.
        const int before = dialog.lockSecondsRemaining();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.lockSecondsRemaining() < before, 3000);
        QVERIFY(!login->isEnabled());
    }
};

KARIER_GUI_TEST_MAIN(TestLoginDialog)
#include "TestLoginDialog.moc"
