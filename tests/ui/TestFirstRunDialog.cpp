// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestMain.h"
#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "io/DemoSeeder.h"
#include "login/FirstRunDialog.h"
#include "widgets/MessageBanner.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

namespace {

constexpr int AsyncTimeout = 20000;

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KARIER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

bool hasAccounts(const std::shared_ptr<Database>& db)
{
    auto any = AuthService(db).hasAccounts();
    return any.ok() && any.value();
}

} // namespace

class TestFirstRunDialog : public QObject
{
    Q_OBJECT

    template<class T> static T* child(QWidget* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qWarning("child %s not found", name);
        return found;
    }

    static void fillAdminForm(FirstRunDialog& dialog, const QString& nip, const QString& name,
        const QString& password, const QString& repeat)
    {
        QTest::keyClicks(child<QLineEdit>(&dialog, "adminNipEdit"), nip);
        QTest::keyClicks(child<QLineEdit>(&dialog, "adminNameEdit"), name);
        QTest::keyClicks(child<QLineEdit>(&dialog, "adminPasswordEdit"), password);
        QTest::keyClicks(child<QLineEdit>(&dialog, "adminPasswordRepeatEdit"), repeat);
    }

private Q_SLOTS:
    void offersTwoChoices()
    {
        TestDatabase fresh;
        auto db = fresh.open();
        QVERIFY(db);
        FirstRunDialog dialog(db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.currentPage(), FirstRunDialog::Page::Choice);
        QCOMPARE(
            child<QCommandLinkButton>(&dialog, "demoButton")->text(), QStringLiteral("Buat data contoh"));
        QCOMPARE(
            child<QCommandLinkButton>(&dialog, "adminButton")->text(), QStringLiteral("Buat akun admin"));
        QVERIFY(child<QCommandLinkButton>(&dialog, "demoButton")->isVisible());
        screenshot(&dialog, QStringLiteral("10-first-run"));
    }

    void mismatchingPasswordsAreRefusedInline()
    {
        TestDatabase fresh;
        auto db = fresh.open();
        QVERIFY(db);
        FirstRunDialog dialog(db);
        dialog.show();
        QTest::mouseClick(child<QCommandLinkButton>(&dialog, "adminButton"), Qt::LeftButton);
        QCOMPARE(dialog.currentPage(), FirstRunDialog::Page::Admin);

        fillAdminForm(dialog, QStringLiteral("19860926 201505 1 001"), QStringLiteral("Sri Rahayu, S.H."),
            QStringLiteral("Bengawan-Berseri-2026"), QStringLiteral("Bengawan-Berseri-2025"));
        QTest::mouseClick(child<QPushButton>(&dialog, "createAdminButton"), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        auto* repeatError = child<QLabel>(&dialog, "adminRepeatError");
        QVERIFY(repeatError->isVisible());
        QCOMPARE(repeatError->text(), QStringLiteral("Kata sandi tidak sama."));
        QVERIFY(!child<QLabel>(&dialog, "adminNipError")->isVisible());
        QVERIFY(!child<QLabel>(&dialog, "adminPasswordError")->isVisible());
        QVERIFY(dialog.isVisible());
        QVERIFY(!hasAccounts(db));

        // A weak password and an invalid NIP are explained by their own fields.
        child<QLineEdit>(&dialog, "adminNipEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(&dialog, "adminNipEdit"), QStringLiteral("19861326 201505 1 001"));
        child<QLineEdit>(&dialog, "adminPasswordEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(&dialog, "adminPasswordEdit"), QStringLiteral("12345678"));
        QTest::mouseClick(child<QPushButton>(&dialog, "createAdminButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&dialog, "adminNipError")->isVisible());
        QVERIFY(!child<QLabel>(&dialog, "adminNipError")->text().isEmpty());
        QCOMPARE(child<QLabel>(&dialog, "adminPasswordError")->text(),
            AuthService::checkPasswordStrength(QStringLiteral("12345678")));
        QVERIFY(!hasAccounts(db));
        screenshot(&dialog, QStringLiteral("11-first-run-admin-errors"));
    }

    void validAdminCreatesAnAccount()
    {
        TestDatabase fresh;
        auto db = fresh.open();
        QVERIFY(db);
        FirstRunDialog dialog(db);
        dialog.show();
        QTest::mouseClick(child<QCommandLinkButton>(&dialog, "adminButton"), Qt::LeftButton);
        fillAdminForm(dialog, QStringLiteral("19860926 201505 1 001"), QStringLiteral("Sri Rahayu, S.H."),
            QStringLiteral("Bengawan-Berseri-2026"), QStringLiteral("Bengawan-Berseri-2026"));
        QTest::mouseClick(child<QPushButton>(&dialog, "createAdminButton"), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(!child<QPushButton>(&dialog, "createAdminButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), AsyncTimeout);
        QCOMPARE(dialog.createdAdminNip(), QStringLiteral("198609262015051001"));
        QVERIFY(hasAccounts(db));
        // The new admin can log in with the password (and is then asked to set up a code).
        const auto outcome
            = AuthService(db).login(dialog.createdAdminNip(), QStringLiteral("Bengawan-Berseri-2026"));
        QCOMPARE(outcome.kind, AuthService::Outcome::Kind::NeedEnrolment);
    }

    void demoDataShowsTheAccounts()
    {
        TestDatabase fresh;
        auto db = fresh.open();
        QVERIFY(db);
        FirstRunDialog dialog(db);
        dialog.show();
        QTest::mouseClick(child<QCommandLinkButton>(&dialog, "demoButton"), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QCOMPARE(dialog.currentPage(), FirstRunDialog::Page::Working);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.currentPage(), FirstRunDialog::Page::DemoAccounts, AsyncTimeout);
        QVERIFY(dialog.demoCreated());
        QVERIFY(hasAccounts(db));

        auto* table = child<QTableWidget>(&dialog, "demoAccountsTable");
        const auto accounts = DemoSeeder::demoAccounts();
        QCOMPARE(table->rowCount(), int(accounts.size()));
        QCOMPARE(table->columnCount(), 4);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("Peran"));
        QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("Kunci OTP"));
        for (int row = 0; row < table->rowCount(); ++row) {
            QCOMPARE(table->item(row, 1)->text().remove(QLatin1Char(' ')), accounts.at(row).nip);
            QCOMPARE(table->item(row, 2)->text(), accounts.at(row).password);
            if (!accounts.at(row).otpSecretBase32.isEmpty())
                QCOMPARE(
                    table->item(row, 3)->text().remove(QLatin1Char(' ')), accounts.at(row).otpSecretBase32);
        }
        QVERIFY(child<QLabel>(&dialog, "demoNote")->text().contains(QStringLiteral("data contoh")));
        QCOMPARE(child<MessageBanner>(&dialog, "firstRunBanner")->kind(), MessageBanner::Kind::Success);
        screenshot(&dialog, QStringLiteral("12-first-run-demo-accounts"));

        QTest::mouseClick(child<QPushButton>(&dialog, "continueButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.createdAdminNip().isEmpty());
    }
};

KARIER_GUI_TEST_MAIN(TestFirstRunDialog)
#include "TestFirstRunDialog.moc"
