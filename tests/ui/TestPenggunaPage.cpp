// SPDX-License-Identifier: GPL-3.0-or-later
// The Pengguna page on real widgets, on SQLite and on PostgreSQL (the Admin on their own login): the list
// searched and paged in SQL, Tambah akun with a temporary password, Nonaktifkan / Aktifkan with the
// question, Atur ulang kata sandi with the policy's reason in the dialog, Buka kunci, and the Admin's own
// account offering no action. Every result is in the banner; nothing else pops up.
#include "AltKeys.h"
#include "ElisionProbe.h"
#include "GuiTestMain.h"
#include "ScriptedInteraction.h"
#include "TestDatabase.h"
#include "WizardDriver.h"
#include "auth/AccountAdmin.h"
#include "domain/Nip.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "pengguna/AccountDialog.h"
#include "pengguna/PenggunaListModel.h"
#include "pengguna/PenggunaPage.h"
#include "storage/Query.h"
#include "widgets/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace karier;
using karier::test::ElisionProbe;
using karier::test::TestDatabase;

namespace {
const QString AdminNip = QStringLiteral("198503152010012002");
const QString PengelolaNip = QStringLiteral("198007122005011003");
const QString AsnNip = QStringLiteral("198609262015051001");
} // namespace

class TestPenggunaPage : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<Database> m_adminDb;
    Session m_admin;
    QString m_newNip;
    std::unique_ptr<PenggunaPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    bool waitLoaded()
    {
        QTest::qWait(0);
        return QTest::qWaitFor([&] { return !m_page->model()->isLoading(); }, 10000);
    }
    template<class T> T* child(const char* name) const
    {
        return m_page->findChild<T*>(QString::fromLatin1(name));
    }
    void select(const QString& nip)
    {
        const int row = m_page->model()->rowOf(nip);
        QVERIFY2(row >= 0, qPrintable(nip));
        m_page->table()->selectRow(row);
        QVERIFY(m_page->selected() && m_page->selected()->nip == nip);
    }
    int auditCount(const QString& action)
    {
        const auto count = m_db->readValue([&](QSqlDatabase& c) {
            return queryValue(c,
                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND actor_nip = ?"), action,
                AdminNip);
        });
        return count ? count->toInt() : -1;
    }
    /// Clicks \a button and waits for the page's action to finish; whether it succeeded.
    bool clickAndWait(QPushButton* button)
    {
        QSignalSpy finished(m_page.get(), &PenggunaPage::actionFinished);
        button->click();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 15000))
            return false;
        const bool ok = finished.first().first().toBool();
        return waitLoaded() && ok;
    }
    AccountDialog* openDialog(QPushButton* button)
    {
        button->click();
        auto* dialog = m_page->findChild<AccountDialog*>();
        return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        m_admin = karier::test::sessionFor(m_db, AdminNip, Role::Admin, 1);
        m_adminDb = m_fresh.openAs(m_db, m_admin);
        QVERIFY(m_adminDb);
        const auto employees = Organisation(m_db).searchEmployees(QStringLiteral("a"), 0, 20);
        QVERIFY(employees.ok());
        for (const Employee& e : employees.value())
            if (e.nip != AdminNip && e.nip != PengelolaNip && e.nip != AsnNip) {
                m_newNip = e.nip;
                break;
            }
        QVERIFY(!m_newNip.isEmpty());
        ScriptedInteraction::reset();
        m_page = std::make_unique<PenggunaPage>(m_adminDb, m_admin);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(760, 640); // the content area of a 1000×700 window
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(waitLoaded());
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_page.reset();
    }

    void everyActionHasItsOwnAltKey()
    {
        const QStringList problems = karier::test::altKeyProblems(
            m_page.get(), {QStringLiteral("previousButton"), QStringLiteral("nextButton")});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void listsTheAccountsAndSearches()
    {
        QCOMPARE(m_page->model()->total(), 3);
        QCOMPARE(m_page->model()->rowCount(), 3);
        QVERIFY(child<QLabel>("rangeLabel")->text().contains(QStringLiteral("dari 3 akun")));
        const int row = m_page->model()->rowOf(PengelolaNip);
        QCOMPARE(m_page->model()->index(row, PenggunaListModel::PeranColumn).data().toString(),
            roleDisplayName(Role::Pengelola));
        QVERIFY(!m_page->model()->index(row, PenggunaListModel::UnitColumn).data().toString().isEmpty());
        QCOMPARE(m_page->model()->index(row, PenggunaListModel::NipColumn).data().toString(),
            QStringLiteral("19800712 200501 1 003"));
        const QStringList cut = ElisionProbe::problems(m_page.get(), QStringLiteral("Pengguna"));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
        karier::test::screenshot(m_page.get(), QStringLiteral("pengguna-narrow"));

        child<QLineEdit>("searchEdit")->setText(QStringLiteral("1986 0926"));
        QVERIFY(
            QTest::qWaitFor([&] { return m_page->model()->search() == QStringLiteral("1986 0926"); }, 5000));
        QVERIFY(waitLoaded());
        QCOMPARE(m_page->model()->total(), 1);
        QCOMPARE(m_page->model()->account(0)->nip, AsnNip);
        child<QLineEdit>("searchEdit")->clear();
        QVERIFY(QTest::qWaitFor([&] { return m_page->model()->search().isEmpty(); }, 5000));
        QVERIFY(waitLoaded());
        QCOMPARE(m_page->model()->total(), 3);
    }

    void ownAccountOffersNoAction()
    {
        select(AdminNip);
        QVERIFY(child<QLabel>("selectedLabel")->text().contains(QStringLiteral("akun Anda sendiri")));
        for (const char* name : {"roleButton", "activeButton", "passwordButton", "otpButton", "unlockButton"})
            QVERIFY2(!child<QPushButton>(name)->isEnabled(), name);
        select(AsnNip);
        QVERIFY(child<QPushButton>("roleButton")->isEnabled());
        QVERIFY(!child<QPushButton>("unlockButton")->isEnabled()); // no lockout
    }

    void addsAnAccountWithATemporaryPassword()
    {
        AccountDialog* dialog = openDialog(child<QPushButton>("addButton"));
        QVERIFY(dialog);
        const auto employee = Organisation(m_db).employeeByNip(m_newNip);
        QVERIFY(employee.ok() && employee.value());
        // Found by name: the list under the field offers the employees whose name holds the text;
        // choosing one (arrow keys, Enter) puts in the NIP.
        auto* nipEdit = dialog->findChild<QLineEdit*>(QStringLiteral("nipEdit"));
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        nipEdit->setFocus();
        QTest::keyClicks(nipEdit, employee.value()->nama);
        QCompleter* completer = dialog->completer();
        QTRY_VERIFY_WITH_TIMEOUT(completer->popup()->isVisible(), 5000);
        const QString grouped = Nip::groupedOrAsIs(m_newNip);
        QAbstractItemModel* offered = completer->completionModel();
        int offeredRow = -1;
        for (int r = 0; r < offered->rowCount(); ++r) {
            if (offered->index(r, 0).data(Qt::UserRole).toString() == grouped)
                offeredRow = r;
        }
        QVERIFY2(offeredRow >= 0, qPrintable(employee.value()->nama));
        QVERIFY(offered->index(offeredRow, 0).data().toString().startsWith(employee.value()->displayName()));
        completer->popup()->setCurrentIndex(offered->index(offeredRow, 0));
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_COMPARE(nipEdit->text(), grouped);
        QCOMPARE(dialog->nip(), m_newNip);
        auto* whose = dialog->findChild<QLabel*>(QStringLiteral("employeeLabel"));
        QVERIFY(
            QTest::qWaitFor([&] { return whose->text().startsWith(employee.value()->displayName()); }, 5000));
        auto* role = dialog->findChild<QComboBox*>(QStringLiteral("roleCombo"));
        role->setCurrentIndex(role->findData(int(Role::Pengelola)));
        auto* unit = dialog->findChild<QComboBox*>(QStringLiteral("unitCombo"));
        QVERIFY(unit->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return unit->count() > 5; }, 5000));
        // The employee's own Perangkat Daerah is offered first; another may be chosen.
        QTRY_COMPARE(unit->currentData().toLongLong(), employee.value()->indukUnitId);
        unit->setCurrentIndex(unit->currentIndex() == 2 ? 3 : 2);
        const qint64 unitId = unit->currentData().toLongLong();
        dialog->findChild<QPushButton*>(QStringLiteral("generateButton"))->click();
        const QString password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->text();
        QVERIFY(AuthService::checkPasswordStrength(password).isEmpty());
        karier::test::screenshot(dialog, QStringLiteral("pengguna-tambah"));
        QSignalSpy finished(m_page.get(), &PenggunaPage::actionFinished);
        dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 15000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(waitLoaded());
        auto* banner = child<MessageBanner>("messageBanner");
        QCOMPARE(banner->kind(), MessageBanner::Kind::Success);
        QVERIFY(banner->text().contains(QStringLiteral("wajib diganti")));
        QCOMPARE(m_page->model()->total(), 4);
        const int row = m_page->model()->rowOf(m_newNip);
        QVERIFY(row >= 0);
        const AccountSummary* added = m_page->model()->account(row);
        QCOMPARE(added->role, Role::Pengelola);
        QCOMPARE(added->managedUnitId, unitId);
        QVERIFY(added->mustChangePassword);
        QVERIFY(!added->otpEnabled);
        QCOMPARE(auditCount(QStringLiteral("akun-dibuat")), 1);
    }

    void deactivatesAfterTheQuestionAndReactivates()
    {
        select(AsnNip);
        ScriptedInteraction::current().setNextAnswer(false);
        QVERIFY(!clickAndWait(child<QPushButton>("activeButton")));
        QVERIFY(m_page->model()->account(m_page->model()->rowOf(AsnNip))->active);

        select(AsnNip);
        ScriptedInteraction::current().setNextAnswer(true);
        QVERIFY(clickAndWait(child<QPushButton>("activeButton")));
        QVERIFY(
            ScriptedInteraction::current().questions().last().contains(QStringLiteral("Nonaktifkan akun")));
        const int row = m_page->model()->rowOf(AsnNip);
        QCOMPARE(m_page->model()->index(row, PenggunaListModel::StatusColumn).data().toString(),
            QStringLiteral("Nonaktif"));
        QCOMPARE(m_page->selected()->nip, AsnNip); // still chosen after the reload
        QCOMPARE(child<QPushButton>("activeButton")->text(), QStringLiteral("&Aktifkan"));
        QCOMPARE(auditCount(QStringLiteral("akun-dinonaktifkan")), 1);

        ScriptedInteraction::current().setNextAnswer(true);
        QVERIFY(clickAndWait(child<QPushButton>("activeButton")));
        QVERIFY(m_page->model()->account(m_page->model()->rowOf(AsnNip))->active);
        QCOMPARE(auditCount(QStringLiteral("akun-diaktifkan")), 1);
    }

    void resetPasswordShowsThePolicysReason()
    {
        select(AsnNip);
        AccountDialog* dialog = openDialog(child<QPushButton>("passwordButton"));
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QComboBox*>(QStringLiteral("roleCombo")));
        dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("surakarta"));
        QSignalSpy saved(dialog, &AccountDialog::saveFinished);
        dialog->save();
        QVERIFY(QTest::qWaitFor([&] { return !saved.isEmpty(); }, 10000));
        QVERIFY(!saved.first().first().toBool());
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->text().isEmpty());
        dialog->findChild<QPushButton*>(QStringLiteral("generateButton"))->click();
        QSignalSpy finished(m_page.get(), &PenggunaPage::actionFinished);
        dialog->save();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 15000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(waitLoaded());
        QVERIFY(m_page->model()->account(m_page->model()->rowOf(AsnNip))->mustChangePassword);
        QCOMPARE(auditCount(QStringLiteral("sandi-sementara-diatur")), 1);
    }

    void clearsALockout()
    {
        QVERIFY(m_db->write([&](QSqlDatabase& c) -> Status {
                        SqlQuery q(c,
                            QStringLiteral("INSERT INTO login_throttle (nip, failed_count, locked_until) "
                                           "VALUES (?, 6, ?)"));
                        q.bindAll(PengelolaNip, QDateTime::currentDateTimeUtc().addSecs(900));
                        return q.exec() ? Status() : Status(q.error());
                    })
                    .ok());
        // Shown again: read afresh.
        m_page->hide();
        m_page->show();
        QVERIFY(waitLoaded());
        select(PengelolaNip);
        QVERIFY(child<QPushButton>("unlockButton")->isEnabled());
        const int row = m_page->model()->rowOf(PengelolaNip);
        QVERIFY(m_page->model()->index(row, PenggunaListModel::KunciColumn).data().toString()
            != QStringLiteral("–"));
        ScriptedInteraction::current().setNextAnswer(true);
        QVERIFY(clickAndWait(child<QPushButton>("unlockButton")));
        QVERIFY(!m_page->model()->account(m_page->model()->rowOf(PengelolaNip))->lockedUntil.isValid());
        QCOMPARE(auditCount(QStringLiteral("kunci-login-dibuka")), 1);
    }

    void resetsTheCode()
    {
        select(PengelolaNip);
        ScriptedInteraction::current().setNextAnswer(true);
        QVERIFY(clickAndWait(child<QPushButton>("otpButton")));
        QVERIFY(!m_page->model()->account(m_page->model()->rowOf(PengelolaNip))->otpEnabled);
        QCOMPARE(child<MessageBanner>("messageBanner")->kind(), MessageBanner::Kind::Success);
        QCOMPARE(auditCount(QStringLiteral("otp-direset")), 1);
    }
};

KARIER_GUI_TEST_MAIN(TestPenggunaPage)
#include "TestPenggunaPage.moc"
