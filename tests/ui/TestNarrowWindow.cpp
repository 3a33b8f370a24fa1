// SPDX-License-Identifier: GPL-3.0-or-later
#include "ElisionProbe.h"
#include "GuiTestMain.h"
#include "TestDatabase.h"
#include "common/PagedListModel.h"
#include "dms/DmsRecapPage.h"
#include "dms/DmsService.h"
#include "io/DemoSeeder.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "org/Organisation.h"
#include "records/RecordService.h"
#include "records/RecordType.h"
#include "records/RecordWizard.h"
#include "records/RiwayatPage.h"
#include "settings/AboutDialog.h"
#include "settings/LocalSettings.h"
#include "settings/SettingsDialog.h"
#include "timkerja/TimKerja.h"
#include "timkerja/TimKerjaListModel.h"
#include "timkerja/TimKerjaPage.h"
#include "timkerja/TimKerjaService.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLayout>
#include <QPointer>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace karier;
using karier::test::ElisionProbe;
using karier::test::TestDatabase;

namespace {

constexpr int AsyncTimeout = 10000;
/// The smallest main window that must work: a 1024×768 screen minus the panels.
const QSize Narrow(1000, 700);

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KARIER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(100);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

/// The problems as one message; QtTest cuts long messages, so they are also logged whole.
QString joined(const QStringList& problems)
{
    for (const QString& problem : problems)
        qWarning().noquote() << problem;
    return QStringLiteral("\n") + problems.join(QLatin1Char('\n'));
}

/// Lets the page's asynchronous loads (database workers, then queued results) arrive and be laid out.
void settle(QWidget* page)
{
    QTest::qWait(50);
    for (auto* model : page->findChildren<PagedListModel*>())
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), AsyncTimeout);
    QTest::qWait(150);
    QCoreApplication::processEvents();
}

} // namespace

/// Every page of each role at 1000×700 (a 1024×768 screen minus panels): no text elided or cut
/// (tests/support/ElisionProbe.h), no horizontal scroll bar; the wizard and the dialogs opened from the
/// window likewise.
class TestNarrowWindow : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    QString m_pengelolaUnitCode;
    QTemporaryDir m_settingsDir;

    Session demoSession(const QString& roleCode)
    {
        Session session;
        for (const auto& account : DemoSeeder::demoAccounts()) {
            if (account.role != roleCode)
                continue;
            const Role role = roleFromCode(roleCode).value_or(Role::Asn);
            auto employee = Organisation(m_db).employeeByNip(account.nip);
            if (employee.ok() && employee.value()) {
                const Employee& e = *employee.value();
                session.employeeId = e.id;
                session.displayName = e.displayName();
                session.unitId = e.unitId;
                session.unitName = e.unitName;
                session.indukUnitId = e.indukUnitId;
            }
            session.accountId = 1;
            session.nip = account.nip;
            session.role = role;
            if (role == Role::Pengelola) {
                auto unit = Organisation(m_db).unitByCode(m_pengelolaUnitCode);
                if (unit.ok() && unit.value()) {
                    session.managedUnitId = unit.value()->id;
                    session.managedUnitName = unit.value()->name;
                }
            }
            session.otpEnabled = role != Role::Asn;
        }
        return session;
    }

    static void roles()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("asn") << QStringLiteral("asn");
        QTest::newRow("pengelola") << QStringLiteral("pengelola");
        QTest::newRow("admin") << QStringLiteral("admin");
    }

    /// The window of \a role at 1000×700, shown.
    std::unique_ptr<MainWindow> narrowWindow(const QString& role)
    {
        auto window = std::make_unique<MainWindow>(m_db, demoSession(role));
        window->resize(Narrow);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return {};
        return window;
    }

    /// The problems of page \a key of \a window, shown at 1000×700.
    static QStringList pageProblems(MainWindow& window, const QString& role, const QString& key)
    {
        window.showPage(key);
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        settle(pages->currentWidget());
        screenshot(&window, QStringLiteral("narrow-%1-%2").arg(role, key));
        QStringList problems;
        if (window.size() != Narrow)
            problems << QStringLiteral("%1/%2: the window grew to %3×%4")
                            .arg(role, key)
                            .arg(window.width())
                            .arg(window.height());
        // The pages' own minimum sizes: windowMayBeNarrow.
        return problems + ElisionProbe::problems(&window, role + QLatin1Char('/') + key, false);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        auto seeded = DemoSeeder::seedDemo(m_db);
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
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
        QVERIFY(m_settingsDir.isValid());
        // Rows in the lists, with long names: a Kursus of everyone, Tim Kerja entries of the ASN.
        for (const QString& role :
            {QStringLiteral("asn"), QStringLiteral("pengelola"), QStringLiteral("admin")}) {
            const Session session = demoSession(role);
            RecordService::SaveRequest request;
            request.type = &RecordTypes::kursus();
            request.values = {{QStringLiteral("jenisKursus"), QStringLiteral("Sosialisasi")},
                {QStringLiteral("klasifikasi"), QStringLiteral("Sumber Daya Manusia")},
                {QStringLiteral("namaKursus"),
                    QStringLiteral(
                        "Sosialisasi Sistem Informasi Aparatur Sipil Negara bagi Pengelola Kepegawaian")},
                {QStringLiteral("institusiPenyelenggara"), QStringLiteral("BKPSDM Kota Surakarta")},
                {QStringLiteral("nomorSertipikat"), QString(QStringLiteral("800/77/BKPSDM/2026-") + role)},
                {QStringLiteral("tahunKursus"), 2026}, {QStringLiteral("tanggalKursus"), QDate(2026, 6, 2)},
                {QStringLiteral("tanggalSelesaiKursus"), QDate(2026, 6, 2)},
                {QStringLiteral("jumlahJam"), 3}};
            request.document = DocumentUpload::madeByProgram(
                QByteArray("%PDF-1.4\n% narrow\n%%EOF\n"), QStringLiteral("s.pdf"), 1, 900);
            const auto id = RecordService(m_db).submit(session, request);
            QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        }
        const Session asn = demoSession(QStringLiteral("asn"));
        for (int i = 0; i < 3; ++i) {
            TimKerjaService timKerja(m_db);
            const auto kode = timKerja.newKode(asn);
            QVERIFY(kode.ok());
            TimKerjaService::SaveRequest request;
            request.values = {{TimKerja::Key::tanggalSk(), QDate(2026, 2, 2 + i)},
                {TimKerja::Key::keteranganSk(), QStringLiteral("Tidak Berlaku")},
                {TimKerja::Key::kodeKegiatan(), kode.value()},
                {TimKerja::Key::namaTimKerja(),
                    QStringLiteral("Tim Pengujian Aplikasi Karier ASN Pemerintah Kota Surakarta %1")
                        .arg(i + 1)},
                {TimKerja::Key::ruangLingkup(), QStringLiteral("Lintas Perangkat Daerah")},
                {TimKerja::Key::kedudukan(), QStringLiteral("Anggota")},
                {TimKerja::Key::urlBuktiDukung(),
                    QStringLiteral("https://drive.google.com/file/d/1AbC/view")}};
            const auto id = timKerja.save(asn, request);
            QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        }
        // The Skor Arsip Digital of every employee, so that the recap has its rows and chart.
        const Session admin = demoSession(QStringLiteral("admin"));
        auto scored = DmsService(m_db).recalculateAll(&admin);
        QVERIFY2(scored.ok(), qPrintable(scored.error().message));
    }

    void windowMayBeNarrow_data() { roles(); }
    void windowMayBeNarrow()
    {
        QFETCH(QString, role);
        MainWindow window(m_db, demoSession(role));
        QVERIFY2(window.minimumWidth() <= Narrow.width() && window.minimumHeight() <= Narrow.height(),
            qPrintable(
                QStringLiteral("minimum %1×%2").arg(window.minimumWidth()).arg(window.minimumHeight())));
        // What each page's layout needs beside the sidebar.
        window.resize(Narrow);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QStringList tooBig;
        for (QWidget* page : pages->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
            const QSize needed = page->minimumSizeHint();
            if (needed.width() > pages->width() || needed.height() > pages->height())
                tooBig << QStringLiteral("%1 needs %2×%3")
                              .arg(page->objectName())
                              .arg(needed.width())
                              .arg(needed.height());
        }
        QVERIFY2(tooBig.isEmpty(),
            qPrintable(QStringLiteral("pages of %1×%2 px: %3")
                           .arg(pages->width())
                           .arg(pages->height())
                           .arg(tooBig.join(QStringLiteral(", ")))));
    }

    void firstPlaceFitsTheScreen()
    {
        MainWindow window(m_db, demoSession(QStringLiteral("asn")));
        const QScreen* screen = QGuiApplication::primaryScreen();
        QVERIFY(screen);
        window.placeOn(screen);
        const QRect available = screen->availableGeometry();
        QVERIFY(window.width() >= window.minimumWidth() && window.height() >= window.minimumHeight());
        // Within the screen where it has room for the minimum (1024×768 and larger), never larger than 85 %.
        if (available.width() >= 1024 && available.height() >= 740)
            QVERIFY2(available.contains(window.geometry()),
                qPrintable(QStringLiteral("%1,%2 %3×%4")
                               .arg(window.x())
                               .arg(window.y())
                               .arg(window.width())
                               .arg(window.height())));
        QVERIFY(window.width() <= std::max(window.minimumWidth(), available.width() * 85 / 100));
        // Centred (the frame estimated before it is shown).
        QVERIFY2((window.geometry().center() - available.center()).manhattanLength() <= 40,
            qPrintable(QStringLiteral("centre %1,%2 on a screen centred at %3,%4")
                           .arg(window.geometry().center().x())
                           .arg(window.geometry().center().y())
                           .arg(available.center().x())
                           .arg(available.center().y())));
    }

    void everyPageFits_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("english");
        for (const char* role : {"asn", "pengelola", "admin"}) {
            QTest::newRow(role) << QString::fromLatin1(role) << false;
            QTest::newRow(qPrintable(QStringLiteral("%1 (English)").arg(QLatin1String(role))))
                << QString::fromLatin1(role) << true;
        }
    }
    void everyPageFits()
    {
        QFETCH(QString, role);
        QFETCH(bool, english);
        // As karier-asn does with the English language chosen in Pengaturan.
        QTranslator translator;
        if (english) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/karier-asn_en.qm")));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        auto window = narrowWindow(role);
        QVERIFY(window);
        QStringList problems;
        for (const QString& key : window->pageKeys())
            problems += pageProblems(*window, role + (english ? QStringLiteral("-en") : QString()), key);
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    }

    void timKerjaListShowsRowsAndPilih()
    {
        auto window = narrowWindow(QStringLiteral("asn"));
        QVERIFY(window);
        window->showPage(QStringLiteral("timkerja"));
        auto* page = window->findChild<TimKerjaPage*>();
        QVERIFY(page);
        settle(page);
        QTableView* table = page->table();
        const int rowHeight = table->verticalHeader()->defaultSectionSize();
        const int rows = table->viewport()->height() / rowHeight;
        QVERIFY2(rows >= 8,
            qPrintable(QStringLiteral("%1 rows of %2 px in %3 px")
                           .arg(rows)
                           .arg(rowHeight)
                           .arg(table->viewport()->height())));
        // The eight rows fit on screen at once, once the page is scrolled down to the list.
        auto* scroll = page->findChild<QScrollArea*>(QStringLiteral("timKerjaScroll"));
        QVERIFY(scroll);
        QVERIFY2(table->height() <= scroll->viewport()->height(),
            qPrintable(QStringLiteral("list %1 px in %2 px")
                           .arg(table->height())
                           .arg(scroll->viewport()->height())));
        scroll->ensureWidgetVisible(table, 0, 60);
        screenshot(window.get(), QStringLiteral("narrow-asn-timkerja-list"));
        QHeaderView* header = table->horizontalHeader();
        const int pilih = TimKerjaListModel::PilihColumn;
        QVERIFY(!header->isSectionHidden(pilih));
        const int right = header->sectionViewportPosition(pilih) + header->sectionSize(pilih);
        QVERIFY2(header->sectionViewportPosition(pilih) >= 0 && right <= table->viewport()->width(),
            qPrintable(
                QStringLiteral("Pilih ends at %1 px of %2").arg(right).arg(table->viewport()->width())));
    }

    void dmsRecapChartLabelsReadable()
    {
        auto window = narrowWindow(QStringLiteral("admin"));
        QVERIFY(window);
        auto* page = window->findChild<DmsRecapPage*>();
        QVERIFY(page);
        QSignalSpy loaded(page, &DmsRecapPage::loaded);
        window->showPage(QStringLiteral("rekapdms"));
        QVERIFY(loaded.wait(AsyncTimeout));
        settle(page);
        auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("recapTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        settle(page);
        screenshot(window.get(), QStringLiteral("narrow-admin-rekapdms-chart"));
        const QStringList problems
            = ElisionProbe::problems(window.get(), QStringLiteral("admin/rekapdms Grafik"), false);
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
        auto* view = page->findChild<QChartView*>(QStringLiteral("recapChart"));
        QVERIFY(view && view->isVisible() && view->chart());
        const QList<QAbstractAxis*> axes = view->chart()->axes();
        QVERIFY(!axes.isEmpty());
        // Every text of the chart (names, numbers, titles) lies whole inside the chart.
        const QRectF chartRect = view->chart()->mapRectToScene(view->chart()->rect());
        for (QGraphicsItem* item : view->scene()->items()) {
            auto* text = dynamic_cast<QGraphicsTextItem*>(item);
            if (!text || !text->isVisible() || text->toPlainText().isEmpty())
                continue;
            const QRectF rect = text->mapRectToScene(text->boundingRect());
            QVERIFY2(chartRect.adjusted(-1, -1, 1, 1).contains(rect),
                qPrintable(QStringLiteral("\"%1\" at x %2..%3 in a chart at x %4..%5")
                               .arg(text->toPlainText())
                               .arg(rect.left())
                               .arg(rect.right())
                               .arg(chartRect.left())
                               .arg(chartRect.right())));
        }
        for (QAbstractAxis* axis : axes) {
            QVERIFY2(!axis->labelsTruncated(), qPrintable(QString::number(int(axis->orientation()))));
            // Nor shortened by the page itself.
            if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
                QVERIFY(categories->count() > 0);
                for (const QString& name : categories->categories())
                    QVERIFY2(!name.contains(QStringLiteral("…")), qPrintable(name));
            }
        }
    }

    void dialogsFit_data() { roles(); }
    void dialogsFit()
    {
        QFETCH(QString, role);
        auto window = narrowWindow(role);
        QVERIFY(window);
        QStringList problems;

        window->openSettings();
        auto* settings = window->findChild<SettingsDialog*>();
        QVERIFY(settings);
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        settle(settings);
        screenshot(settings, QStringLiteral("narrow-%1-settings").arg(role));
        problems += ElisionProbe::problems(settings, role + QStringLiteral("/Pengaturan"));
        settings->close();

        window->openAbout();
        auto* about = window->findChild<AboutDialog*>();
        QVERIFY(about);
        QVERIFY(QTest::qWaitForWindowExposed(about));
        settle(about);
        screenshot(about, QStringLiteral("narrow-%1-about").arg(role));
        problems += ElisionProbe::problems(about, role + QStringLiteral("/Tentang"));
        about->close();
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    }

    void wizardFits_data() { roles(); }
    void wizardFits()
    {
        QFETCH(QString, role);
        auto window = narrowWindow(role);
        QVERIFY(window);
        QStringList problems;
        for (const RiwayatPageSpec& spec : RecordTypes::riwayatPages()) {
            QVERIFY(window->showPage(spec.key));
            auto* page = qobject_cast<RiwayatPage*>(
                window->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget());
            QVERIFY(page);
            settle(page);
            for (const QString& code : spec.typeCodes()) {
                RecordWizard* wizard = page->addRecord(code);
                QVERIFY2(wizard, qPrintable(code));
                // It fits a 1024×768 screen beside the panels.
                QVERIFY2(
                    wizard->minimumWidth() <= Narrow.width() && wizard->minimumHeight() <= Narrow.height(),
                    qPrintable(QStringLiteral("minimum %1×%2")
                                   .arg(wizard->minimumWidth())
                                   .arg(wizard->minimumHeight())));
                wizard->resize(Narrow);
                QVERIFY(QTest::qWaitForWindowExposed(wizard));
                settle(wizard);
                screenshot(wizard, QStringLiteral("narrow-%1-wizard-%2").arg(role, code));
                if (wizard->size() != Narrow)
                    problems << QStringLiteral("%1/wizard %2 is %3×%4")
                                    .arg(role, code)
                                    .arg(wizard->width())
                                    .arg(wizard->height());
                problems += ElisionProbe::problems(wizard, QStringLiteral("%1/wizard %2").arg(role, code));
                const QPointer<RecordWizard> closing(wizard);
                wizard->reject();
                QTRY_VERIFY(!closing);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    }

    void loginDialogFits()
    {
        LocalSettings settings(m_settingsDir.filePath(QStringLiteral("settings.ini")));
        LoginDialog dialog(m_db, &settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle(&dialog);
        screenshot(&dialog, QStringLiteral("narrow-login"));
        QVERIFY2(dialog.height() <= Narrow.height(), qPrintable(QString::number(dialog.height())));
        const QStringList problems = ElisionProbe::problems(&dialog, QStringLiteral("Masuk"));
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    }

    /// The probe itself: it sees a button narrower than its text and a label cut by its parent.
    void probeSeesCutTexts()
    {
        QWidget window;
        window.resize(300, 100);
        auto* button = new QPushButton(QStringLiteral("Tambah Sertifikasi dan Penghargaan"), &window);
        button->setObjectName(QStringLiteral("narrowButton"));
        button->setGeometry(10, 10, 80, 30);
        auto* label = new QLabel(QStringLiteral("Sebuah label di tepi kanan"), &window);
        label->setGeometry(250, 50, label->sizeHint().width(), label->sizeHint().height());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList problems = ElisionProbe::problems(&window, QStringLiteral("probe"));
        QVERIFY2(problems.size() >= 2, qPrintable(joined(problems)));
        QVERIFY(problems.first().contains(QLatin1String("QPushButton 'narrowButton'")));
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("Sebuah label di tepi kanan")));
        button->setGeometry(10, 10, button->sizeHint().width() + 40, 30);
        label->move(10, 50);
        QVERIFY2(ElisionProbe::problems(&window, QStringLiteral("probe")).isEmpty(),
            qPrintable(joined(ElisionProbe::problems(&window, QStringLiteral("probe")))));
    }
};

KARIER_GUI_TEST_MAIN(TestNarrowWindow)
#include "TestNarrowWindow.moc"
