// SPDX-License-Identifier: GPL-3.0-or-later
// The login window in shared mode (PostgreSQL only): no database is opened before Masuk; the NIP and
// password typed become the connection's own login role, the one-time code is checked by the server,
// and Keluar ends that session on the server. Real widgets, driven by keys and clicks.
#include "GuiTestMain.h"
#include "TestDatabase.h"
#include "auth/Base32.h"
#include "auth/Totp.h"
#include "io/DemoSeeder.h"
#include "login/LoginDialog.h"

#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

namespace {

constexpr int AsyncTimeout = 15000;

DemoSeeder::DemoAccount demoAccount(const QString& role)
{
    for (const DemoSeeder::DemoAccount& account : DemoSeeder::demoAccounts()) {
        if (account.role == role)
            return account;
    }
    return {};
}

} // namespace

class TestServerLoginDialog : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_owner;

    template<class T> static T* child(QWidget* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qWarning("child %s not found", name);
        return found;
    }

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

    int ownerCount(const QString& sql)
    {
        int n = -1;
        const Status status = m_owner->read([&](QSqlDatabase& c) -> Status {
            QSqlQuery q(c);
            if (q.exec(sql) && q.next())
                n = q.value(0).toInt();
            return {};
        });
        return status.ok() ? n : -1;
    }

    static QString roleOn(const std::shared_ptr<Database>& db)
    {
        QString role;
        const Status status = db->read([&](QSqlDatabase& c) -> Status {
            QSqlQuery q(c);
            if (q.exec(QStringLiteral("SELECT session_user || ' ' || COALESCE(karier_role(), '-')"))
                && q.next())
                role = q.value(0).toString();
            return {};
        });
        return status.ok() ? role : status.error().message;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestDatabase::isPostgres(), "run with KARIER_TEST_DIALECT=postgresql");
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_owner = m_fresh.open();
        QVERIFY(m_owner);
        QVERIFY(DemoSeeder::seedDemo(m_owner).ok());
    }

    void asnLogsInWithTheirOwnLogin()
    {
        LoginDialog dialog(nullptr, nullptr);
        dialog.setServer(m_fresh.url());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isServerMode());
        QVERIFY(!dialog.database());
        QVERIFY2(
            child<QLabel>(&dialog, "databaseLabel")->text().startsWith(QLatin1String("Server bersama: ")),
            qPrintable(child<QLabel>(&dialog, "databaseLabel")->text()));
        QVERIFY(child<QPushButton>(&dialog, "loginButton")->isEnabled());

        const auto asn = demoAccount(QStringLiteral("asn"));
        QVERIFY(!asn.nip.isEmpty());
        QVERIFY(submitCredentials(dialog, asn.nip, asn.password + QStringLiteral("x")));
        QCOMPARE(dialog.result(), 0);
        QVERIFY(!dialog.database());
        QVERIFY(child<QWidget>(&dialog, "loginBanner")->findChild<QLabel*>() != nullptr);
        bool said = false;
        for (const QLabel* label : child<QWidget>(&dialog, "loginBanner")->findChildren<QLabel*>())
            said = said || label->text().contains(QLatin1String("NIP atau kata sandi salah"));
        QVERIFY(said);

        QVERIFY(submitCredentials(dialog, asn.nip, asn.password));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.session());
        QCOMPARE(dialog.session()->role, Role::Asn);
        QVERIFY(dialog.database());
        QCOMPARE(roleOn(dialog.database()), QStringLiteral("k%1 asn").arg(asn.nip));
        dialog.reset();
        QVERIFY(!dialog.database());
    }

    void adminPassesTheServersCodeAndKeluarEndsIt()
    {
        const auto admin = demoAccount(QStringLiteral("admin"));
        QVERIFY2(
            !admin.nip.isEmpty() && !admin.otpSecretBase32.isEmpty(), "the demo has an Admin with a code");
        const QByteArray secret = Base32::decode(admin.otpSecretBase32).value_or(QByteArray());
        LoginDialog dialog(nullptr, nullptr);
        dialog.setServer(m_fresh.url());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(submitCredentials(dialog, admin.nip, admin.password));
        QCOMPARE(dialog.currentPage(), LoginDialog::Page::Otp);
        QVERIFY(dialog.database());
        QCOMPARE(roleOn(dialog.database()), QStringLiteral("k%1 asn").arg(admin.nip)); // no code yet

        auto* otpEdit = child<QLineEdit>(&dialog, "otpEdit");
        QTest::keyClicks(otpEdit, Totp::code(secret, QDateTime::currentSecsSinceEpoch()));
        QTest::mouseClick(child<QPushButton>(&dialog, "verifyButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isBusy(); }, AsyncTimeout));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session()->role, Role::Admin);
        const auto connection = dialog.database();
        QCOMPARE(roleOn(connection), QStringLiteral("k%1 admin").arg(admin.nip));
        const QString sessions
            = QStringLiteral("SELECT COUNT(*) FROM karier_sessions WHERE nip = '%1'").arg(admin.nip);
        QCOMPARE(ownerCount(sessions), 1);

        // Keluar: the window goes back to NIP and password, and the server forgets the session.
        dialog.reset();
        QVERIFY(!dialog.database());
        QCOMPARE(dialog.currentPage(), LoginDialog::Page::Credentials);
        QTRY_COMPARE_WITH_TIMEOUT(ownerCount(sessions), 0, AsyncTimeout);
        QCOMPARE(roleOn(connection), QStringLiteral("k%1 asn").arg(admin.nip));
    }
};

KARIER_GUI_TEST_MAIN(TestServerLoginDialog)
#include "TestServerLoginDialog.moc"
