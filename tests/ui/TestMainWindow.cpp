// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestMain.h"
#include "ScriptedInteraction.h"
#include "TestDatabase.h"
#include "approval/ApprovalService.h"
#include "dms/DmsPage.h"
#include "dms/DmsRecapPage.h"
#include "io/DemoSeeder.h"
#include "main/MainWindow.h"
#include "org/Organisation.h"
#include "pegawai/PegawaiPage.h"
#include "pengguna/PenggunaPage.h"
#include "records/RecordService.h"
#include "records/RiwayatPage.h"
#include "timkerja/TimKerjaPage.h"
#include "unitkerja/UnitKerjaPage.h"
#include "verifikasi/VerifikasiPage.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

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
    QCoreApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;

    /// A session as AuthService would make it for the demo employee \a nip.
    Session sessionFor(const QString& nip, Role role, const QString& managedUnitCode = {})
    {
        Session session;
        auto employee = Organisation(m_db).employeeByNip(nip);
        if (employee.ok() && employee.value()) {
            const Employee& e = *employee.value();
            session.employeeId = e.id;
            session.displayName = e.displayName();
            session.unitId = e.unitId;
            session.unitName = e.unitName;
            session.indukUnitId = e.indukUnitId;
        }
        session.accountId = 1;
        session.nip = nip;
        session.role = role;
        if (!managedUnitCode.isEmpty()) {
            auto unit = Organisation(m_db).unitByCode(managedUnitCode);
            if (unit.ok() && unit.value()) {
                session.managedUnitId = unit.value()->id;
                session.managedUnitName = unit.value()->name;
            }
        }
        session.otpEnabled = role != Role::Asn;
        return session;
    }

    Session demoSession(const QString& roleCode)
    {
        for (const auto& account : DemoSeeder::demoAccounts()) {
            if (account.role != roleCode)
                continue;
            const Role role = roleFromCode(roleCode).value_or(Role::Asn);
            return sessionFor(account.nip, role, role == Role::Pengelola ? m_pengelolaUnitCode : QString());
        }
        return {};
    }

    QString m_pengelolaUnitCode;

    static QStringList sidebarTexts(MainWindow& window)
    {
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        QStringList texts;
        for (int row = 0; sidebar && row < sidebar->count(); ++row)
            texts << sidebar->item(row)->text();
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        auto seeded = DemoSeeder::seedDemo(m_db);
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
        // The Perangkat Daerah of the demo Pengelola: the one of their own unit.
        const QString nip = DemoSeeder::demoAccounts().at(1).nip;
        auto employee = Organisation(m_db).employeeByNip(nip);
        QVERIFY(employee.ok() && employee.value());
        auto units = Organisation(m_db).units();
        QVERIFY(units.ok());
        for (const OrgUnit& unit : units.value()) {
            if (unit.id == employee.value()->indukUnitId)
                m_pengelolaUnitCode = unit.code;
        }
        QVERIFY(!m_pengelolaUnitCode.isEmpty());
    }

    void cleanup() { Interaction::install(nullptr); }

    void asnSeesOwnMenuOnly()
    {
        MainWindow window(m_db, demoSession(QStringLiteral("asn")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.pageKeys(),
            QStringList({QStringLiteral("beranda"), QStringLiteral("sertifikasi"),
                QStringLiteral("penghargaan"), QStringLiteral("timkerja"), QStringLiteral("dms")}));
        const QStringList texts = sidebarTexts(window);
        QCOMPARE(texts.first(), QStringLiteral("Beranda"));
        QVERIFY(texts.contains(QStringLiteral("Riwayat Sertifikasi")));
        QVERIFY(texts.contains(QStringLiteral("Arsip DMS")));
        QVERIFY(!texts.contains(QStringLiteral("Verifikasi")));
        QVERIFY(!texts.contains(QStringLiteral("Pegawai")));
        QVERIFY(!texts.contains(QStringLiteral("Pengguna")));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Karier ASN — ")));
        QVERIFY(window.minimumWidth() <= 1000 && window.minimumHeight() <= 700);

        // Beranda: greeting and the employee's data (loaded on a worker).
        QCOMPARE(window.currentPageKey(), QStringLiteral("beranda"));
        auto* greeting = window.findChild<QLabel*>(QStringLiteral("greetingLabel"));
        QVERIFY(greeting && greeting->isVisible());
        QCOMPARE(greeting->text(), QStringLiteral("Selamat datang, %1").arg(window.session().displayName));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("nipValue"))->text(),
            QStringLiteral("19860926 201505 1 001"));
        auto* jabatan = window.findChild<QLabel*>(QStringLiteral("jabatanValue"));
        QTRY_VERIFY_WITH_TIMEOUT(jabatan->text() != QStringLiteral("Memuat…"), AsyncTimeout);
        QVERIFY(jabatan->text() != QStringLiteral("—"));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("indukValue"))->text() != QStringLiteral("—"));
        // No employee count for an ASN.
        QVERIFY(!window.findChild<QLabel*>(QStringLiteral("employeeCountValue")));
        // This year's JP against the yearly target (nothing recorded yet in the demo data).
        auto* jp = window.findChild<QLabel*>(QStringLiteral("jpValue"));
        QVERIFY(jp);
        QTRY_COMPARE_WITH_TIMEOUT(jp->text(), QStringLiteral("0 / 20 JP"), AsyncTimeout);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("jpCaption"))
                    ->text()
                    .contains(QLatin1String("Kurang 20 JP")));
        screenshot(&window, QStringLiteral("20-main-asn"));
    }

    void pengelolaSeesVerifikasiAndScope()
    {
        MainWindow window(m_db, demoSession(QStringLiteral("pengelola")));
        window.show();
        const QStringList keys = window.pageKeys();
        QVERIFY(keys.contains(QStringLiteral("verifikasi")));
        QVERIFY(keys.contains(QStringLiteral("rekapdms")));
        // Pegawai: their own Perangkat Daerah, read-only (TestPegawaiPage).
        QVERIFY(keys.contains(QStringLiteral("pegawai")));
        QVERIFY(!keys.contains(QStringLiteral("unitkerja")));
        QVERIFY(!keys.contains(QStringLiteral("pengguna")));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("managedUnitValue")));

        // The count covers the managed Perangkat Daerah only.
        int expected = 0;
        const qint64 managed = window.session().managedUnitId;
        QVERIFY(Organisation(m_db)
                    .forEachEmployee([&](const Employee& e) {
                        expected += e.indukUnitId == managed ? 1 : 0;
                        return true;
                    })
                    .ok());
        auto* count = window.findChild<QLabel*>(QStringLiteral("employeeCountValue"));
        QVERIFY(count);
        QTRY_COMPARE_WITH_TIMEOUT(count->text(), QString::number(expected), AsyncTimeout);
        screenshot(&window, QStringLiteral("21-main-pengelola"));
    }

    void adminSeesEverything()
    {
        MainWindow window(m_db, demoSession(QStringLiteral("admin")));
        window.show();
        QCOMPARE(window.pageKeys(),
            QStringList({QStringLiteral("beranda"), QStringLiteral("sertifikasi"),
                QStringLiteral("penghargaan"), QStringLiteral("timkerja"), QStringLiteral("dms"),
                QStringLiteral("verifikasi"), QStringLiteral("rekapdms"), QStringLiteral("pegawai"),
                QStringLiteral("unitkerja"), QStringLiteral("pengguna")}));
        const QStringList texts = sidebarTexts(window);
        for (const char* text : {"Verifikasi", "Pegawai", "Unit Kerja", "Pengguna"})
            QVERIFY2(texts.contains(QString::fromUtf8(text)), text);
        // Every entry has an icon from the style.
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        for (int row = 0; row < sidebar->count(); ++row)
            QVERIFY(!sidebar->item(row)->icon().isNull());

        const int total = Organisation(m_db).employeeCount().value();
        auto* count = window.findChild<QLabel*>(QStringLiteral("employeeCountValue"));
        QTRY_COMPARE_WITH_TIMEOUT(
            count->text(), QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(total), AsyncTimeout);
        screenshot(&window, QStringLiteral("22-main-admin"));
    }

    void statusBarShowsUserRoleAndDatabase()
    {
        MainWindow window(m_db, demoSession(QStringLiteral("pengelola")));
        window.show();
        auto* database = window.statusBar()->findChild<QLabel*>(QStringLiteral("statusDatabase"));
        QVERIFY(database);
        QVERIFY(database->isVisible());
        QVERIFY2(database->text().contains(m_db->url().displayName()), qPrintable(database->text()));
        auto* role = window.statusBar()->findChild<QLabel*>(QStringLiteral("statusRole"));
        QCOMPARE(role->text(), QStringLiteral("Pengelola Kepegawaian"));
        auto* user = window.statusBar()->findChild<QLabel*>(QStringLiteral("statusUser"));
        QVERIFY(user->text().contains(window.session().displayName));
        QVERIFY(user->text().contains(QStringLiteral("19800712 200501 1 003")));
    }

    void everyPageIsARealPage()
    {
        MainWindow window(m_db, demoSession(QStringLiteral("admin")));
        window.show();
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QVERIFY(pages);
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        for (const QString& key : window.pageKeys()) {
            if (key == QLatin1String("beranda"))
                continue;
            // Open through the sidebar, as a user would.
            const int row = int(window.pageKeys().indexOf(key));
            QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                sidebar->visualItemRect(sidebar->item(row)).center());
            QCOMPARE(window.currentPageKey(), key);
            QWidget* page = pages->currentWidget();
            QCOMPARE(page->objectName(), QStringLiteral("page_") + key);
            if (key == QLatin1String("sertifikasi") || key == QLatin1String("penghargaan")) {
                // A real page now: the ASN's Riwayat Sertifikasi.
                QVERIFY(qobject_cast<RiwayatPage*>(page));
                continue;
            }
            if (key == QLatin1String("timkerja")) {
                QVERIFY(qobject_cast<TimKerjaPage*>(page));
                continue;
            }
            if (key == QLatin1String("verifikasi")) {
                QVERIFY(qobject_cast<VerifikasiPage*>(page));
                continue;
            }
            if (key == QLatin1String("dms")) {
                QVERIFY(qobject_cast<DmsPage*>(page));
                continue;
            }
            if (key == QLatin1String("rekapdms")) {
                QVERIFY(qobject_cast<DmsRecapPage*>(page));
                continue;
            }
            if (key == QLatin1String("unitkerja")) {
                QVERIFY(qobject_cast<UnitKerjaPage*>(page));
                continue;
            }
            if (key == QLatin1String("pegawai")) {
                QVERIFY(qobject_cast<PegawaiPage*>(page));
                continue;
            }
            if (key == QLatin1String("pengguna")) {
                QVERIFY(qobject_cast<PenggunaPage*>(page));
                continue;
            }
            QFAIL(qPrintable(QStringLiteral("no page made for %1").arg(key)));
        }
        // Nothing promises a page still to come.
        for (const QLabel* label : window.findChildren<QLabel*>()) {
            QVERIFY2(!label->text().contains(QStringLiteral("belum tersedia"))
                    && !label->text().contains(QStringLiteral("Segera hadir")),
                qPrintable(label->text()));
        }
        QVERIFY(!window.showPage(QStringLiteral("tidak-ada")));
    }

    void berandaReloadsWhenShownAgain()
    {
        // The dashboard reads its cards afresh when it is shown again: a Kursus submitted meanwhile
        // (another window, a batch entry) shows as JP waiting for verification.
        const Session pengelola = demoSession(QStringLiteral("pengelola"));
        MainWindow window(m_db, pengelola);
        window.show();
        auto* caption = window.findChild<QLabel*>(QStringLiteral("jpCaption"));
        QTRY_VERIFY_WITH_TIMEOUT(caption->text().startsWith(QStringLiteral("Kurang 20 JP")), AsyncTimeout);
        QVERIFY(!caption->text().contains(QStringLiteral("menunggu verifikasi")));
        const QDate day = QDate::currentDate();
        RecordService::SaveRequest request;
        request.type = &RecordTypes::kursus();
        request.values = {{QStringLiteral("jenisKursus"), QStringLiteral("Sosialisasi")},
            {QStringLiteral("klasifikasi"), QStringLiteral("Sumber Daya Manusia")},
            {QStringLiteral("namaKursus"), QStringLiteral("Sosialisasi Beranda")},
            {QStringLiteral("institusiPenyelenggara"), QStringLiteral("BKPSDM Kota Surakarta")},
            {QStringLiteral("nomorSertipikat"), QStringLiteral("800/88/2026")},
            {QStringLiteral("tahunKursus"), day.year()}, {QStringLiteral("tanggalKursus"), day},
            {QStringLiteral("tanggalSelesaiKursus"), day}, {QStringLiteral("jumlahJam"), 4}};
        request.document = DocumentUpload::madeByProgram(
            QByteArray("%PDF-1.4\n% beranda\n%%EOF\n"), QStringLiteral("s.pdf"), 1, 900);
        const auto id = RecordService(m_db).submit(pengelola, request);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QVERIFY(window.showPage(QStringLiteral("sertifikasi")));
        QVERIFY(window.showPage(QStringLiteral("beranda")));
        QTRY_VERIFY_WITH_TIMEOUT(
            caption->text().contains(QStringLiteral("4 JP lagi masih menunggu verifikasi.")), AsyncTimeout);
    }

    void bannerSaysWhatChangedSinceTheLastVisit()
    {
        Session asn = demoSession(QStringLiteral("asn"));
        QVERIFY(m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("SELECT id FROM accounts WHERE employee_id = ?"));
            q.bind(asn.employeeId);
            if (!q.exec() || !q.next())
                return q.error();
            asn.accountId = q.value(0).toLongLong();
            return {};
        }));
        const auto lastVisit = [&] {
            QVariant at;
            const Status read = m_db->read([&](QSqlDatabase& c) -> Status {
                SqlQuery q(c, QStringLiteral("SELECT last_visit_at FROM accounts WHERE id = ?"));
                q.bind(asn.accountId);
                if (!q.exec() || !q.next())
                    return q.error();
                at = q.value(0);
                return {};
            });
            return read ? at : QVariant();
        };
        {
            MainWindow first(m_db, asn);
            first.show();
            QVERIFY(QTest::qWaitFor([&] { return !lastVisit().isNull(); }, AsyncTimeout));
            auto* banner = first.findChild<MessageBanner*>(QStringLiteral("changesBanner"));
            QVERIFY(banner);
            QVERIFY(!banner->isVisible());
        }
        // Meanwhile a Kursus is submitted and sent back by Admin BKPSDM.
        RecordService::SaveRequest request;
        request.type = &RecordTypes::kursus();
        request.values = {{QStringLiteral("jenisKursus"), QStringLiteral("Sosialisasi")},
            {QStringLiteral("klasifikasi"), QStringLiteral("Sumber Daya Manusia")},
            {QStringLiteral("namaKursus"), QStringLiteral("Sosialisasi SIASN")},
            {QStringLiteral("institusiPenyelenggara"), QStringLiteral("BKPSDM Kota Surakarta")},
            {QStringLiteral("nomorSertipikat"), QStringLiteral("800/77/2026")},
            {QStringLiteral("tahunKursus"), 2026}, {QStringLiteral("tanggalKursus"), QDate(2026, 6, 2)},
            {QStringLiteral("tanggalSelesaiKursus"), QDate(2026, 6, 2)}, {QStringLiteral("jumlahJam"), 3}};
        request.document = DocumentUpload::madeByProgram(
            QByteArray("%PDF-1.4\n% banner\n%%EOF\n"), QStringLiteral("s.pdf"), 1, 900);
        const auto id = RecordService(m_db).submit(asn, request);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QTest::qWait(20);
        const auto sentBack = ApprovalService(m_db).decide(demoSession(QStringLiteral("admin")),
            {Decision::Kembalikan, {{id.value(), 1}}, ReturnReason::DokumenTidakLengkap,
                QStringLiteral("Lampiran")});
        QVERIFY2(
            sentBack && sentBack->decided.size() == 1, sentBack ? "" : qPrintable(sentBack.error().message));

        MainWindow second(m_db, asn);
        second.resize(1280, 800);
        second.show();
        auto* banner = second.findChild<MessageBanner*>(QStringLiteral("changesBanner"));
        QVERIFY(QTest::qWaitFor([&] { return banner->isVisible(); }, AsyncTimeout));
        QVERIFY2(banner->text().startsWith(
                     QStringLiteral("Sejak kunjungan terakhir: 1 usulan dikembalikan untuk perbaikan.")),
            qPrintable(banner->text()));
        screenshot(&second, QStringLiteral("24-main-changes-banner"));

        // Only once: the next visit is calm again.
        MainWindow third(m_db, asn);
        third.show();
        QTest::qWait(300);
        QVERIFY(QTest::qWaitFor([&] { return !lastVisit().isNull(); }, AsyncTimeout));
        QVERIFY(!third.findChild<MessageBanner*>(QStringLiteral("changesBanner"))->isVisible());
    }

    void logoutAsksFirst()
    {
        MainWindow window(m_db, demoSession(QStringLiteral("asn")));
        window.show();
        QSignalSpy logout(&window, &MainWindow::logoutRequested);
        auto* button = window.findChild<QPushButton*>(QStringLiteral("logoutButton"));
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Keluar"));

        ScriptedInteraction::reset().setNextAnswer(false); // Batal
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(logout.count(), 0);

        ScriptedInteraction::current().setNextAnswer(true); // Ya
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(logout.count(), 1);
    }

    void logoutDialogSpeaksIndonesian()
    {
        // The real question, answered by clicking "Ya" in the modal box.
        MainWindow window(m_db, demoSession(QStringLiteral("asn")));
        window.show();
        QSignalSpy logout(&window, &MainWindow::logoutRequested);
        QStringList seen;
        QTimer::singleShot(0, this, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            QVERIFY(modal);
            screenshot(modal, QStringLiteral("24-confirm-logout"));
            for (auto* b : modal->findChildren<QPushButton*>())
                seen << b->text();
            auto* yes = modal->findChild<QPushButton*>(QStringLiteral("confirmYesButton"));
            QVERIFY(yes);
            yes->click();
        });
        window.requestLogout();
        QCOMPARE(logout.count(), 1);
        QVERIFY(seen.contains(QStringLiteral("Ya")));
        QVERIFY(seen.contains(QStringLiteral("Batal")));
    }
};

KARIER_GUI_TEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
