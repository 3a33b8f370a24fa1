// SPDX-License-Identifier: GPL-3.0-or-later
// Ganti kata sandi on real widgets: reached from the sidebar's foot, the reasons shown in the dialog
// (repeat differs, old password wrong, the policy's reason), a successful change accepted and usable at the
// next login; the forced dialog after a temporary password ends the mark.
#include "GuiTestMain.h"
#include "ScriptedInteraction.h"
#include "TestDatabase.h"
#include "WizardDriver.h"
#include "auth/AccountAdmin.h"
#include "auth/AuthService.h"
#include "io/DemoSeeder.h"
#include "login/AfterLogin.h"
#include "login/ChangePasswordDialog.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "settings/LocalSettings.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;
using Kind = AuthService::Outcome::Kind;

namespace {
const QString AdminNip = QStringLiteral("198503152010012002");
const QString AsnNip = QStringLiteral("198609262015051001");
const QString Chosen = QStringLiteral("Kenanga-Pagi-7315#Sore");

QString demoPassword(const QString& nip)
{
    for (const auto& account : DemoSeeder::demoAccounts())
        if (account.nip == nip)
            return account.password;
    return {};
}
} // namespace

class TestChangePasswordDialog : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;

    static void fill(
        ChangePasswordDialog& dialog, const QString& old, const QString& next, const QString& repeat)
    {
        dialog.findChild<QLineEdit*>(QStringLiteral("oldPasswordEdit"))->setText(old);
        dialog.findChild<QLineEdit*>(QStringLiteral("newPasswordEdit"))->setText(next);
        dialog.findChild<QLineEdit*>(QStringLiteral("repeatPasswordEdit"))->setText(repeat);
    }
    /// Simpan, then the dialog's answer: whether it succeeded and the error shown.
    static std::pair<bool, QString> save(ChangePasswordDialog& dialog)
    {
        // The sidebar's dialog deletes itself once accepted: the answer is taken when it is given.
        std::optional<std::pair<bool, QString>> answer;
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
        const auto connection = QObject::connect(
            &dialog, &ChangePasswordDialog::saveFinished, &dialog, [&answer, error](bool ok) {
                answer = std::pair {ok, error->text()};
            });
        dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
        const bool answered = QTest::qWaitFor([&] { return answer.has_value(); }, 15000);
        QObject::disconnect(connection);
        return answered ? *answer : std::pair {false, QStringLiteral("(no answer)")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        ScriptedInteraction::reset();
    }

    void reachedFromTheSidebarAndRefusesWithReasons()
    {
        const auto login = AuthService(m_db).login(AsnNip, demoPassword(AsnNip));
        QCOMPARE(login.kind, Kind::LoggedIn);
        QVERIFY(!login.session->mustChangePassword);
        MainWindow window(m_db, *login.session);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* button = window.findChild<QPushButton*>(QStringLiteral("changePasswordButton"));
        QVERIFY(button && button->isVisible());
        button->click();
        auto* dialog = window.findChild<ChangePasswordDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(
            dialog->findChild<QPushButton*>(QStringLiteral("cancelButton"))->text(), QStringLiteral("Batal"));
        karier::test::screenshot(dialog, QStringLiteral("ganti-kata-sandi"));

        fill(*dialog, demoPassword(AsnNip), Chosen, Chosen + QStringLiteral("x"));
        auto [ok, error] = save(*dialog);
        QVERIFY(!ok);
        QCOMPARE(error, QStringLiteral("Kata sandi baru dan ulangannya tidak sama."));

        fill(*dialog, QStringLiteral("bukan-sandi-lama"), Chosen, Chosen);
        std::tie(ok, error) = save(*dialog);
        QVERIFY(!ok);
        QCOMPARE(error, QStringLiteral("Kata sandi lama salah."));

        const QString withNip = QStringLiteral("Sandi-") + AsnNip;
        fill(*dialog, demoPassword(AsnNip), withNip, withNip);
        std::tie(ok, error) = save(*dialog);
        QVERIFY(!ok);
        QCOMPARE(error, AuthService::checkPasswordStrength(withNip, {AsnNip, {}}, demoPassword(AsnNip)));
        QVERIFY(!error.isEmpty());
        QVERIFY(dialog->isVisible());

        fill(*dialog, demoPassword(AsnNip), Chosen, Chosen);
        std::tie(ok, error) = save(*dialog);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return !window.findChild<ChangePasswordDialog*>(); }, 5000));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Kata sandi Anda diganti."));
        QCOMPARE(AuthService(m_db).login(AsnNip, Chosen).kind, Kind::LoggedIn);
        QVERIFY(AuthService(m_db).login(AsnNip, demoPassword(AsnNip)).kind != Kind::LoggedIn);
    }

    void aTemporaryPasswordIsChangedFirst()
    {
        const Session admin = karier::test::sessionFor(m_db, AdminNip, Role::Admin, 1);
        const QString temporary = QStringLiteral("Lembayung-Senja-4821!");
        QVERIFY(AccountAdmin(m_db).resetPassword(&admin, AsnNip, temporary).ok());
        const auto login = AuthService(m_db).login(AsnNip, temporary);
        QCOMPARE(login.kind, Kind::LoggedIn);
        QVERIFY(login.session->mustChangePassword);

        ChangePasswordDialog dialog(ChangePasswordDialog::Mode::Forced, m_db, *login.session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(
            dialog.findChild<QPushButton*>(QStringLiteral("cancelButton"))->text(), QStringLiteral("Keluar"));
        karier::test::screenshot(&dialog, QStringLiteral("ganti-kata-sandi-sementara"));
        const QString mine = QStringLiteral("Melati-Senja-2468&Pagi");
        fill(dialog, temporary, mine, mine);
        const auto [ok, error] = save(dialog);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto again = AuthService(m_db).login(AsnNip, mine);
        QCOMPARE(again.kind, Kind::LoggedIn);
        QVERIFY(!again.session->mustChangePassword);
    }

    void theLoginLeadsThroughTheForcedChange()
    {
        const Session admin = karier::test::sessionFor(m_db, AdminNip, Role::Admin, 1);
        const QString temporary = QStringLiteral("Cempaka-Malam-1357!");
        QVERIFY(AccountAdmin(m_db).resetPassword(&admin, AsnNip, temporary).ok());
        QTemporaryDir settingsDir;
        LocalSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
        LoginDialog login(m_db, &settings);
        QList<Session> opened;
        QPointer<QObject> forced;
        connect(&login, &QDialog::accepted, this,
            [&] { forced = continueAfterLogin(login, [&opened](const Session& s) { opened << s; }); });
        const auto logIn = [&] {
            login.show();
            auto* nip = login.findChild<QLineEdit*>(QStringLiteral("nipEdit"));
            auto* password = login.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
            nip->setText(AsnNip);
            password->setText(temporary);
            QTest::keyClick(password, Qt::Key_Return);
            return QTest::qWaitFor([&] { return !forced.isNull() || !opened.isEmpty(); }, 15000);
        };
        // Keluar in the forced dialog: back to the login window, no main window.
        QVERIFY(logIn());
        QVERIFY(opened.isEmpty());
        auto* dialog = qobject_cast<ChangePasswordDialog*>(forced.data());
        QVERIFY(dialog);
        QVERIFY(!login.isVisible());
        dialog->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
        QVERIFY(QTest::qWaitFor([&] { return forced.isNull(); }, 5000));
        QVERIFY(login.isVisible());
        QVERIFY(opened.isEmpty());
        // Again, changing it this time: the main window gets the session, no longer marked.
        QVERIFY(logIn());
        dialog = qobject_cast<ChangePasswordDialog*>(forced.data());
        QVERIFY(dialog);
        const QString mine = QStringLiteral("Anggrek-Fajar-8642%Sore");
        fill(*dialog, temporary, mine, mine);
        const auto [ok, error] = save(*dialog);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().nip, AsnNip);
        QVERIFY(!opened.first().mustChangePassword);
        QVERIFY(!AuthService(m_db).login(AsnNip, mine).session->mustChangePassword);
    }
};

KARIER_GUI_TEST_MAIN(TestChangePasswordDialog)
#include "TestChangePasswordDialog.moc"
