// SPDX-License-Identifier: GPL-3.0-or-later
#include "ElisionProbe.h"
#include "GuiTestMain.h"
#include "ScriptedInteraction.h"
#include "TestDatabase.h"
#include "WizardDriver.h"
#include "domain/Nip.h"
#include "io/DemoSeeder.h"
#include "main/MainWindow.h"
#include "org/EmployeeAdmin.h"
#include "org/Organisation.h"
#include "pegawai/EmployeeDialog.h"
#include "pegawai/PegawaiDetailPanel.h"
#include "pegawai/PegawaiListModel.h"
#include "pegawai/PegawaiPage.h"
#include "storage/Query.h"
#include "widgets/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace karier;
using karier::test::TestDatabase;

/// The Pegawai page on real widgets: the Admin's search, unit filter, paging and detail; adding, editing
/// (with another Admin's change in between) and moving through the dialog; import with refused rows and
/// export through the Interaction seam; the Pengelola's read-only view of their Perangkat Daerah. Runs on
/// SQLite and on PostgreSQL, each person on their own login.
class TestPegawaiPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_fresh;
    std::shared_ptr<Database> m_db;
    Session m_admin;
    Session m_pengelola;
    QTemporaryDir m_files;

    static bool waitLoaded(PegawaiPage& page)
    {
        QTest::qWait(0);
        return QTest::qWaitFor([&] { return !page.model()->isLoading(); }, 10000);
    }
    template<class T> static T* child(QWidget& parent, const char* name)
    {
        return parent.findChild<T*>(QString::fromLatin1(name));
    }
    static void chooseUnit(QComboBox* combo, qint64 unitId)
    {
        const int index = combo->findData(unitId);
        QVERIFY2(index >= 0, qPrintable(QString::number(unitId)));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }
    /// Chooses the row of \a nip (it must be on the page) and waits for its detail.
    static void choose(PegawaiPage& page, const QString& nip)
    {
        QSignalSpy detail(&page, &PegawaiPage::detailLoaded);
        int row = -1;
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            if (page.model()->employee(r)->nip == nip)
                row = r;
        }
        QVERIFY2(row >= 0, qPrintable(nip));
        page.table()->selectRow(row);
        QVERIFY(detail.wait(5000) || !detail.isEmpty());
        QCOMPARE(page.detailPanel()->detail()->employee.nip, nip);
    }
    Employee employee(const QString& nip) { return Organisation(m_db).employeeByNip(nip).value().value(); }

private Q_SLOTS:
    void init()
    {
        m_fresh = std::make_unique<TestDatabase>();
        QVERIFY2(m_fresh->error().isEmpty(), qPrintable(m_fresh->error()));
        m_db = m_fresh->open();
        QVERIFY(m_db);
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        m_admin = karier::test::sessionFor(m_db, QStringLiteral("198503152010012002"), Role::Admin, 1);
        m_pengelola
            = karier::test::sessionFor(m_db, QStringLiteral("198007122005011003"), Role::Pengelola, 2);
        ScriptedInteraction::reset();
    }

    void cleanup()
    {
        m_db.reset();
        m_fresh.reset();
    }

    void adminSearchesFiltersPagesAndReadsTheDetail()
    {
        PegawaiPage page(m_fresh->openAs(m_db, m_admin), m_admin);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1300, 800);
        page.show();
        QVERIFY(waitLoaded(page));
        const int all = Organisation(m_db).employeeCount().value();
        QCOMPARE(page.model()->total(), all);
        QCOMPARE(page.model()->rowCount(), std::min(all, PegawaiListModel::defaultPageSize()));
        QVERIFY(
            child<QLabel>(page, "rangeLabel")->text().contains(QStringLiteral("dari %1 pegawai").arg(all)));

        // Paging in SQL.
        QVERIFY(child<QPushButton>(page, "nextButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(page, "nextButton"), Qt::LeftButton);
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->offset(), PegawaiListModel::defaultPageSize());
        QTest::mouseClick(child<QPushButton>(page, "previousButton"), Qt::LeftButton);
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->offset(), 0);

        // A unit: the Pengelola's Perangkat Daerah with its Satker.
        QVERIFY(QTest::qWaitFor([&] { return !page.units().isEmpty(); }, 5000));
        chooseUnit(child<QComboBox>(page, "unitCombo"), m_pengelola.managedUnitId);
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->total(), Organisation(m_db).employeeCount(m_pengelola.managedUnitId).value());
        chooseUnit(child<QComboBox>(page, "unitCombo"), 0);
        QVERIFY(waitLoaded(page));

        // Search by the NIP as printed.
        QTest::keyClicks(child<QLineEdit>(page, "searchEdit"), QStringLiteral("19800712 200501"));
        QVERIFY(
            QTest::qWaitFor([&] { return page.model()->total() == 1 && !page.model()->isLoading(); }, 5000));
        choose(page, m_pengelola.nip);
        const Employee pengelola = employee(m_pengelola.nip);
        QCOMPARE(child<QLabel>(page, "detailName")->text(), pengelola.displayName());
        QCOMPARE(child<QLabel>(page, "detailNip")->text(), QStringLiteral("NIP 19800712 200501 1 003"));
        QCOMPARE(child<QLabel>(page, "value_lahir")->text(), QStringLiteral("12 Juli 1980"));
        QCOMPARE(child<QLabel>(page, "value_kelamin")->text(), QStringLiteral("Laki-laki"));
        QCOMPARE(child<QLabel>(page, "mismatchLabel")->text(), QStringLiteral("Data sesuai dengan NIP."));
        QCOMPARE(child<QLabel>(page, "value_jp")->text(), QStringLiteral("0 / 20 JP"));
        QVERIFY(child<QLabel>(page, "value_dms")->text().contains(QLatin1String("dari 100")));
        QVERIFY(child<QPushButton>(page, "editButton")->isVisible());
        karier::test::screenshot(&page, QStringLiteral("pegawai-admin"));
    }

    void adminSortsByAColumnInSql()
    {
        PegawaiPage page(m_fresh->openAs(m_db, m_admin), m_admin);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1300, 800);
        page.show();
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.table()->horizontalHeader()->sortIndicatorSection(), int(PegawaiListModel::NamaColumn));
        const auto first = [this](const char* orderBy) {
            const auto value = m_db->readValue([&](QSqlDatabase& c) {
                return queryValue(c,
                    QStringLiteral(
                        "SELECT e.nip FROM employees e JOIN org_units u ON u.id = e.unit_id ORDER BY ")
                        + QLatin1String(orderBy) + QStringLiteral(" LIMIT 1"));
            });
            return value ? value->toString() : QString();
        };
        // A click on the NIP header: the first row is the whole table's first in that order, not the page's.
        QHeaderView* header = page.table()->horizontalHeader();
        const QPoint nip(
            header->sectionViewportPosition(PegawaiListModel::NipColumn) + 20, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nip);
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->sortColumn(), int(PegawaiListModel::NipColumn));
        const bool descending = page.model()->sortOrder() == Qt::DescendingOrder;
        QCOMPARE(page.model()->employee(0)->nip, first(descending ? "e.nip DESC" : "e.nip"));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nip);
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->employee(0)->nip, first(descending ? "e.nip" : "e.nip DESC"));
        // Unit Kerja, descending; ties by name.
        page.table()->sortByColumn(PegawaiListModel::UnitColumn, Qt::DescendingOrder);
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->employee(0)->nip, first("u.name DESC, e.nama, e.nip"));
        QCOMPARE(page.model()->total(), Organisation(m_db).employeeCount().value());
    }

    void adminOpensARecordOfTheEmployee()
    {
        const auto submitted = DemoSeeder::seedDemoSubmissions(m_db);
        QVERIFY2(submitted.ok(), qPrintable(submitted.error().message));
        PegawaiPage page(m_fresh->openAs(m_db, m_admin), m_admin);
        page.resize(1300, 800);
        page.show();
        QVERIFY(waitLoaded(page));
        const QString asn = QStringLiteral("198609262015051001"); // the demo ASN, with records
        QTest::keyClicks(child<QLineEdit>(page, "searchEdit"), asn);
        QVERIFY(
            QTest::qWaitFor([&] { return page.model()->total() == 1 && !page.model()->isLoading(); }, 5000));
        choose(page, asn);
        const auto& records = page.detailPanel()->detail()->records;
        QVERIFY(!records.isEmpty());
        auto* list = child<QListWidget>(page, "recordList");
        QVERIFY(list->isVisible());
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(page.recordDialog() && page.recordDialog()->isVisible(), 5000);
        auto* title = page.recordDialog()->findChild<QLabel*>(QStringLiteral("detailTitle"));
        QVERIFY(title);
        QTRY_COMPARE_WITH_TIMEOUT(title->text(), records.first().title, 5000);
        // Read-only here: no Ubah, whatever the record's state.
        auto* edit = page.recordDialog()->findChild<QPushButton*>(QStringLiteral("editButton"));
        QVERIFY(edit && !edit->isVisible());
        page.recordDialog()->close();
    }

    void adminAddsEditsAndMoves()
    {
        PegawaiPage page(m_fresh->openAs(m_db, m_admin), m_admin);
        page.resize(1300, 800);
        page.show();
        QVERIFY(waitLoaded(page));
        QVERIFY(QTest::qWaitFor([&] { return !page.units().isEmpty(); }, 5000));

        // Tambah Pegawai: a refusal stays in the dialog with what was typed, then the fix saves.
        QTest::mouseClick(child<QPushButton>(page, "addButton"), Qt::LeftButton);
        EmployeeDialog* dialog = page.dialog();
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(*dialog, "field_nip"), QStringLiteral("199203142019032005"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "field_nama"), QStringLiteral("Siti Rahayu"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "field_gelarDepan"), QStringLiteral("dr."));
        QTest::keyClicks(child<QLineEdit>(*dialog, "field_tmt"), QStringLiteral("01-04-2018"));
        auto* unit = child<QComboBox>(*dialog, "field_unit");
        unit->setCurrentIndex(unit->findData(m_pengelola.managedUnitId));
        QSignalSpy finished(dialog, &EmployeeDialog::saveFinished);
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.constLast().constFirst().toBool(), false);
        QVERIFY(page.dialog());
        QCOMPARE(
            child<QLabel>(*dialog, "dialogError")->text(), QStringLiteral("tmt 01-04-2018 tidak sesuai NIP"));
        QCOMPARE(child<QLineEdit>(*dialog, "field_nama")->text(), QStringLiteral("Siti Rahayu"));
        child<QLineEdit>(*dialog, "field_tmt")->clear();
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !page.dialog(); }, 5000));
        QCOMPARE(child<MessageBanner>(page, "messageBanner")->text(),
            QStringLiteral("Pegawai dr. Siti Rahayu ditambahkan."));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return page.detailPanel()->detail()
                    && page.detailPanel()->detail()->employee.nip == QLatin1String("199203142019032005");
            },
            5000));
        const Employee added = employee(QStringLiteral("199203142019032005"));
        QCOMPARE(added.indukUnitId, m_pengelola.managedUnitId);
        QCOMPARE(child<QLabel>(page, "value_tmt")->text(), QStringLiteral("1 Maret 2019"));

        // Ubah: another Admin saves first; this one is told so, and keeps what they typed.
        QTest::mouseClick(child<QPushButton>(page, "editButton"), Qt::LeftButton);
        dialog = page.dialog();
        QVERIFY(dialog);
        QVERIFY(child<QLineEdit>(*dialog, "field_nip")->isReadOnly());
        EmployeeInput other;
        other.id = added.id;
        other.version = added.version;
        other.nip = added.nip;
        other.nama = added.nama;
        other.gelarDepan = added.gelarDepan;
        other.jabatan = QStringLiteral("Dokter Ahli Muda");
        other.unitId = added.unitId;
        QVERIFY(EmployeeAdmin(m_db).save(m_admin, other).ok());
        QTest::keyClicks(child<QLineEdit>(*dialog, "field_jabatan"), QStringLiteral("Kepala Puskesmas"));
        QSignalSpy edited(dialog, &EmployeeDialog::saveFinished);
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(edited.wait(5000));
        QVERIFY(page.dialog());
        QVERIFY2(child<QLabel>(*dialog, "dialogError")
                     ->text()
                     .contains(QLatin1String("baru saja diubah oleh pengguna lain")),
            qPrintable(child<QLabel>(*dialog, "dialogError")->text()));
        QCOMPARE(child<QLineEdit>(*dialog, "field_jabatan")->text(), QStringLiteral("Kepala Puskesmas"));
        QCOMPARE(employee(added.nip).jabatan, QStringLiteral("Dokter Ahli Muda"));
        QTest::mouseClick(child<QPushButton>(*dialog, "cancelButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !page.dialog(); }, 5000));

        // Read again (shown again), then Pindahkan unit.
        page.hide();
        page.show();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return page.detailPanel()->detail()
                    && page.detailPanel()->detail()->employee.jabatan == QLatin1String("Dokter Ahli Muda");
            },
            5000));
        QTest::mouseClick(child<QPushButton>(page, "moveButton"), Qt::LeftButton);
        dialog = page.dialog();
        QVERIFY(dialog);
        OrgUnit target;
        for (const OrgUnit& u : page.units()) {
            if (u.isInduk() && u.id != m_pengelola.managedUnitId)
                target = u;
        }
        auto* moveUnit = child<QComboBox>(*dialog, "field_unit");
        moveUnit->setCurrentIndex(moveUnit->findData(target.id));
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !page.dialog(); }, 5000));
        QCOMPARE(employee(added.nip).unitId, target.id);
        QCOMPARE(child<MessageBanner>(page, "messageBanner")->text(),
            QStringLiteral("dr. Siti Rahayu dipindahkan ke %1.").arg(target.name));
    }

    void adminImportsAndExports()
    {
        PegawaiPage page(m_fresh->openAs(m_db, m_admin), m_admin);
        page.resize(1300, 800);
        page.show();
        QVERIFY(waitLoaded(page));
        const int before = Organisation(m_db).employeeCount().value();
        const QString unitCode = employee(m_pengelola.nip).unitCode;

        const QString input = m_files.filePath(QStringLiteral("pegawai.csv"));
        QFile csv(input);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral("nip,nama,kode_unit\n"
                                 "199203142019032005,Siti Rahayu,%1\n"
                                 "19920314201903200,Terlalu Pendek,%1\n"
                                 "199001012015011001,Unit Tak Dikenal,TIDAK-ADA\n")
                      .arg(unitCode)
                      .toUtf8());
        csv.close();
        ScriptedInteraction::current().setNextOpenFile(input);
        QSignalSpy imported(&page, &PegawaiPage::imported);
        QTest::mouseClick(child<QPushButton>(page, "importButton"), Qt::LeftButton);
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.constFirst().at(0).toInt(), 1);
        QCOMPARE(imported.constFirst().at(1).toInt(), 2);
        QVERIFY(child<MessageBanner>(page, "messageBanner")
                    ->text()
                    .startsWith(
                        QStringLiteral("Impor selesai: 1 baru, 0 diperbarui, 0 tidak berubah, 2 ditolak.")));
        auto* refused = child<QListWidget>(page, "refusedList");
        QVERIFY(refused->isVisible());
        QCOMPARE(refused->count(), 2);
        QVERIFY(refused->item(0)->text().startsWith(QLatin1String("baris 3: NIP harus 18 digit")));
        QVERIFY(refused->item(1)->text().startsWith(QLatin1String("baris 4: kode_unit \"TIDAK-ADA\"")));
        QVERIFY(ScriptedInteraction::current().notices().isEmpty());
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->total(), before + 1);

        const QString output = m_files.filePath(QStringLiteral("ekspor.csv"));
        ScriptedInteraction::current().setNextSaveFile(output);
        QSignalSpy exported(&page, &PegawaiPage::exported);
        QTest::mouseClick(child<QPushButton>(page, "exportButton"), Qt::LeftButton);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.constFirst().constFirst().toInt(), before + 1);
        QFile written(output);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = written.readAll().split('\n');
        QCOMPARE(lines.constFirst().trimmed(),
            QByteArray("nip,nama,gelar_depan,gelar_belakang,jabatan,kode_unit,nama_unit,jenis_pegawai,"
                       "tanggal_lahir,jenis_kelamin,tmt"));
        QCOMPARE(lines.size() - 2, before + 1); // header, rows, and the empty piece after the last newline
    }

    void narrowWindowShowsDetailAndDialogWhole_data()
    {
        QTest::addColumn<bool>("english");
        QTest::newRow("Bahasa Indonesia") << false;
        QTest::newRow("English") << true;
    }

    void narrowWindowShowsDetailAndDialogWhole()
    {
        QFETCH(bool, english);
        // As karier-asn does with the English language chosen in Pengaturan (longer words).
        QTranslator translator;
        if (english) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/karier-asn_en.qm")));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        // At 1000×700 with an employee chosen (TestNarrowWindow walks the page with none): nothing cut.
        MainWindow window(m_fresh->openAs(m_db, m_admin), m_admin);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("pegawai")));
        auto* page = window.findChild<PegawaiPage*>();
        QVERIFY(page);
        QVERIFY(waitLoaded(*page));
        choose(*page, page->model()->employee(2)->nip);
        QTest::qWait(50);
        QCOMPARE(window.size(), QSize(1000, 700));
        QStringList problems = karier::test::ElisionProbe::problems(&window,
            english ? QStringLiteral("admin/pegawai detail (English)")
                    : QStringLiteral("admin/pegawai detail"),
            false);
        karier::test::screenshot(&window,
            english ? QStringLiteral("pegawai-narrow-detail-en") : QStringLiteral("pegawai-narrow-detail"));

        page->editCurrent();
        QVERIFY(page->dialog());
        QVERIFY(QTest::qWaitForWindowExposed(page->dialog()));
        problems
            += karier::test::ElisionProbe::problems(page->dialog(), QStringLiteral("admin/pegawai Ubah"));
        karier::test::screenshot(page->dialog(),
            english ? QStringLiteral("pegawai-narrow-dialog-en") : QStringLiteral("pegawai-narrow-dialog"));
        page->dialog()->reject();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void pengelolaReadsOwnPerangkatDaerahOnly()
    {
        PegawaiPage page(m_fresh->openAs(m_db, m_pengelola), m_pengelola);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1300, 800);
        page.show();
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->total(), Organisation(m_db).employeeCount(m_pengelola.managedUnitId).value());
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QCOMPARE(page.model()->employee(row)->indukUnitId, m_pengelola.managedUnitId);
        QVERIFY(!child<QPushButton>(page, "addButton"));
        QVERIFY(!child<QPushButton>(page, "importButton"));
        QVERIFY(!child<QPushButton>(page, "exportButton"));
        QVERIFY(!child<QPushButton>(page, "editButton"));
        QVERIFY(!child<QPushButton>(page, "moveButton"));
        QVERIFY(QTest::qWaitFor([&] { return !page.units().isEmpty(); }, 5000));
        for (const OrgUnit& unit : page.units())
            QVERIFY(unit.id == m_pengelola.managedUnitId || unit.parentId == m_pengelola.managedUnitId);

        const Employee first = *page.model()->employee(0);
        // A Kursus and a Tim Kerja of theirs, as stored: the Pengelola reads the Tim Kerja only.
        QVERIFY(m_db->write([&](QSqlDatabase& c) -> Status {
            for (const char* type : {"kursus", "timkerja"}) {
                SqlQuery q(c,
                    QStringLiteral("INSERT INTO records (employee_id, record_type, status, fields, title, "
                                   "submitted_at) VALUES (?, ?, 'diajukan', '{}', ?, ?)"));
                q.bindAll(first.id, QString::fromLatin1(type),
                    QStringLiteral("Judul %1").arg(QLatin1String(type)), QDateTime::currentDateTimeUtc());
                if (!q.exec())
                    return q.error();
            }
            return {};
        }));
        choose(page, first.nip);
        QCOMPARE(child<QLabel>(page, "value_jp")->text(), QStringLiteral("hanya untuk Admin BKPSDM"));
        auto* records = child<QListWidget>(page, "recordList");
        QCOMPARE(records->count(), 1);
        QCOMPARE(records->item(0)->text(), QStringLiteral("Tim Kerja · Judul timkerja · Belum Disetujui"));
        QVERIFY(
            child<QLabel>(page, "recordsNote")->text().contains(QLatin1String("hanya melihat Tim Kerja")));
        karier::test::screenshot(&page, QStringLiteral("pegawai-pengelola"));

        // What the page does not offer, core refuses too.
        page.addEmployee();
        QVERIFY(!page.dialog());
        EmployeeInput change;
        change.id = first.id;
        change.version = first.version;
        change.nip = first.nip;
        change.nama = QStringLiteral("Diubah");
        change.unitId = first.unitId;
        const auto saved = EmployeeAdmin(m_fresh->openAs(m_db, m_pengelola)).save(m_pengelola, change);
        QCOMPARE(saved.error().code, ErrorCode::Forbidden);
        QCOMPARE(employee(first.nip).nama, first.nama);
    }
};

KARIER_GUI_TEST_MAIN(TestPegawaiPage)
#include "TestPegawaiPage.moc"
