// SPDX-License-Identifier: GPL-3.0-or-later
// The Unit Kerja page on real widgets, on SQLite and (as the Admin's own login) on PostgreSQL: the tree
// with its counts, the Pengelola of an Induk Satker, add, rename, move, deactivate and reactivate.
#include "AltKeys.h"
#include "ElisionProbe.h"
#include "GuiTestMain.h"
#include "ScriptedInteraction.h"
#include "TestDatabase.h"
#include "common/Theme.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "unitkerja/UnitDialog.h"
#include "unitkerja/UnitKerjaPage.h"
#include "unitkerja/UnitTreeModel.h"
#include "widgets/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace karier;
using karier::test::TestDatabase;

class TestUnitKerjaPage : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    Session m_admin;
    Session m_pengelola;

    std::unique_ptr<UnitKerjaPage> openPage()
    {
        auto page = std::make_unique<UnitKerjaPage>(m_fresh.openAs(m_db, m_admin), m_admin);
        // The content area of the main window at 1000×700 (the sidebar takes the rest).
        page->resize(780, 640);
        QSignalSpy loaded(page.get(), &UnitKerjaPage::loaded);
        page->show();
        if (!loaded.wait(10000))
            qWarning("the tree did not load");
        return page;
    }

    static void select(UnitKerjaPage& page, qint64 id)
    {
        const QModelIndex index = page.model()->indexOf(id);
        QVERIFY(index.isValid());
        page.tree()->setCurrentIndex(index);
    }

    static qint64 idOf(UnitKerjaPage& page, const QString& code)
    {
        for (const UnitNode& unit : page.model()->units()) {
            if (unit.code == code)
                return unit.id;
        }
        return 0;
    }

    /// Opens the form with \a button, fills it, presses Simpan; the dialog (still open when refused).
    static UnitDialog* fill(UnitKerjaPage& page, const char* button, const QString& code, const QString& name,
        int parentIndex = -1)
    {
        page.findChild<QPushButton*>(QLatin1String(button))->click();
        UnitDialog* dialog = page.dialog();
        if (!dialog)
            return nullptr;
        if (auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("codeEdit")))
            edit->setText(code);
        if (auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")))
            edit->setText(name);
        if (auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("parentCombo"));
            combo && parentIndex >= 0)
            combo->setCurrentIndex(parentIndex);
        dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        m_admin = karier::test::sessionFor(m_db, QStringLiteral("198503152010012002"), Role::Admin, 1);
        m_pengelola
            = karier::test::sessionFor(m_db, QStringLiteral("198007122005011003"), Role::Pengelola, 2);
        QVERIFY(m_pengelola.managedUnitId > 0);
    }

    void init() { ScriptedInteraction::reset(); }

    void treeWithCountsAndPengelola()
    {
        auto page = openPage();
        QAbstractItemModelTester tester(
            page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        UnitTreeModel* model = page->model();
        QVERIFY(model->rowCount() > 5);
        Organisation org(m_db);
        for (int row = 0; row < model->rowCount(); ++row) {
            const UnitNode* induk = model->unitAt(model->index(row, 0));
            QVERIFY(induk && induk->isInduk());
            // The Induk's total is its own staff and its Satker's, as the database counts them.
            QCOMPARE(induk->totalEmployees, org.employeeCount(induk->id).value());
            int sum = induk->ownEmployees;
            for (int child = 0; child < model->rowCount(model->index(row, 0)); ++child)
                sum += model->unitAt(model->index(child, 0, model->index(row, 0)))->ownEmployees;
            QCOMPARE(sum, induk->totalEmployees);
            QCOMPARE(model->index(row, UnitTreeModel::Total).data().toInt(), induk->totalEmployees);
        }
        // The Pengelola Kepegawaian of an Induk Satker, also when one of its Satker is chosen.
        select(*page, m_pengelola.managedUnitId);
        auto* list = page->findChild<QLabel*>(QStringLiteral("pengelolaList"));
        QTRY_VERIFY_WITH_TIMEOUT(list->text().contains(QStringLiteral("19800712 200501 1 003")), 10000);
        QVERIFY(list->text().contains(m_pengelola.displayName));
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("detailTitle"))->text(),
            page->model()->unitById(m_pengelola.managedUnitId)->name);
        const QStringList cut
            = karier::test::ElisionProbe::problems(page.get(), QStringLiteral("Unit Kerja"));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    }

    void addIndukAndSatker()
    {
        auto page = openPage();
        QAbstractItemModelTester tester(
            page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A code already taken: the dialog stays open with a clear message, nothing is lost.
        UnitDialog* dialog
            = fill(*page, "addIndukButton", QStringLiteral("setda"), QStringLiteral("Dinas Uji"));
        QVERIFY(dialog);
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("unitDialogError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY2(error->text().contains(QStringLiteral("sudah dipakai oleh unit Sekretariat Daerah")),
            qPrintable(error->text()));
        QCOMPARE(
            dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Dinas Uji"));
        dialog->findChild<QLineEdit*>(QStringLiteral("codeEdit"))->setText(QStringLiteral("UJI"));
        QSignalSpy loaded(page.get(), &UnitKerjaPage::loaded);
        dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
        QVERIFY(loaded.wait(10000));
        QVERIFY(!page->dialog());
        auto* banner = page->findChild<MessageBanner*>(QStringLiteral("messageBanner"));
        QCOMPARE(banner->kind(), MessageBanner::Kind::Success);
        QCOMPARE(banner->text(), QStringLiteral("Induk Satker Dinas Uji (UJI) ditambahkan."));
        const qint64 induk = idOf(*page, QStringLiteral("UJI"));
        QVERIFY(induk > 0);
        QCOMPARE(page->model()->unitAt(page->tree()->currentIndex())->id, induk);

        // A Satker: the chosen Induk Satker is offered first.
        page->findChild<QPushButton*>(QStringLiteral("addSatkerButton"))->click();
        QVERIFY(page->dialog());
        auto* parent = page->dialog()->findChild<QComboBox*>(QStringLiteral("parentCombo"));
        QCOMPARE(parent->currentData().toLongLong(), induk);
        page->dialog()->findChild<QLineEdit*>(QStringLiteral("codeEdit"))->setText(QStringLiteral("UJI.S1"));
        page->dialog()
            ->findChild<QLineEdit*>(QStringLiteral("nameEdit"))
            ->setText(QStringLiteral("Seksi Uji"));
        page->dialog()->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
        QVERIFY(loaded.wait(10000));
        const qint64 satker = idOf(*page, QStringLiteral("UJI.S1"));
        QCOMPARE(page->model()->unitById(satker)->parentId, induk);
        QCOMPARE(page->model()->indexOf(satker).parent(), page->model()->indexOf(induk));
    }

    void renameAndMove()
    {
        auto page = openPage();
        QAbstractItemModelTester tester(
            page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 satker = idOf(*page, QStringLiteral("UJI.S1"));
        QVERIFY2(satker > 0, "addIndukAndSatker runs first");
        select(*page, satker);
        QSignalSpy loaded(page.get(), &UnitKerjaPage::loaded);
        QVERIFY(fill(*page, "renameButton", {}, QStringLiteral("Seksi Uji Ganti")));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page->model()->unitById(satker)->name, QStringLiteral("Seksi Uji Ganti"));
        // Moved under the first Induk Satker offered (its own is not offered).
        QVERIFY(fill(*page, "moveButton", {}, {}, 1));
        QVERIFY(loaded.wait(10000));
        const UnitNode* moved = page->model()->unitById(satker);
        QVERIFY(moved->parentId != idOf(*page, QStringLiteral("UJI")));
        QVERIFY(page->model()->unitById(moved->parentId)->isInduk());
        QVERIFY(page->findChild<MessageBanner*>(QStringLiteral("messageBanner"))
                    ->text()
                    .startsWith(QStringLiteral("Seksi Uji Ganti dipindahkan ke ")));
    }

    void deactivateAndReactivate()
    {
        auto page = openPage();
        auto* banner = page->findChild<MessageBanner*>(QStringLiteral("messageBanner"));
        auto* toggle = page->findChild<QPushButton*>(QStringLiteral("activeButton"));
        // A Satker with staff stays active, with the reason.
        qint64 busy = 0;
        for (const UnitNode& unit : page->model()->units()) {
            if (!unit.isInduk() && unit.ownEmployees > 0)
                busy = unit.id;
        }
        QVERIFY(busy > 0);
        select(*page, busy);
        ScriptedInteraction::current().setNextAnswer(true);
        toggle->click();
        QTRY_COMPARE_WITH_TIMEOUT(banner->kind(), MessageBanner::Kind::Error, 10000);
        QVERIFY2(banner->text().contains(QStringLiteral("pegawai; pindahkan mereka dahulu")),
            qPrintable(banner->text()));
        QVERIFY(page->model()->unitById(busy)->active);

        // The empty Satker made above: asked, deactivated, shown as such; then reactivated without a
        // question.
        const qint64 empty = idOf(*page, QStringLiteral("UJI.S1"));
        select(*page, empty);
        QSignalSpy loaded(page.get(), &UnitKerjaPage::loaded);
        ScriptedInteraction::current().setNextAnswer(true);
        toggle->click();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(ScriptedInteraction::current().questions().size(), 2);
        QVERIFY(!page->model()->unitById(empty)->active);
        QCOMPARE(page->model()
                     ->index(page->model()->indexOf(empty).row(), UnitTreeModel::Status,
                         page->model()->indexOf(empty).parent())
                     .data()
                     .toString(),
            QStringLiteral("Tidak aktif"));
        QCOMPARE(toggle->text(), QStringLiteral("&Aktifkan"));
        const auto offered = Organisation(m_db).units();
        QVERIFY(std::none_of(
            offered->cbegin(), offered->cend(), [&](const OrgUnit& u) { return u.id == empty; }));
        toggle->click();
        QVERIFY(loaded.wait(10000));
        QVERIFY(page->model()->unitById(empty)->active);
        QCOMPARE(ScriptedInteraction::current().questions().size(), 2);
        QCOMPARE(toggle->text(), QStringLiteral("Non&aktifkan"));
    }

    void everyActionHasItsOwnAltKey()
    {
        auto page = openPage();
        const QStringList problems = test::altKeyProblems(page.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase() { m_db.reset(); }
};

KARIER_GUI_TEST_MAIN(TestUnitKerjaPage)
#include "TestUnitKerjaPage.moc"
