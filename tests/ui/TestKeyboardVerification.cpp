// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestMain.h"
#include "LocalHttpServer.h"
#include "ScriptedInteraction.h"
#include "TestDatabase.h"
#include "WizardDriver.h"
#include "approval/ApprovalService.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "records/RecordService.h"
#include "records/ReferenceLists.h"
#include "storage/Query.h"
#include "timkerja/TimKerja.h"
#include "timkerja/TimKerjaService.h"
#include "verifikasi/ApprovalDetailPanel.h"
#include "verifikasi/ApprovalListModel.h"
#include "verifikasi/DecisionDialog.h"
#include "verifikasi/VerifikasiPage.h"
#include "widgets/MessageBanner.h"
#include "widgets/PdfPreview.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;
namespace Key = karier::TimKerja::Key;

namespace {

/// Counts every mouse event the application sees: a keyboard-only walk must leave it at 0.
class MouseCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::Wheel:
            ++count;
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }
};

/// The text a label or button shows ("&Setujui" shows "Setujui").
QString shownText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

} // namespace

/// The verifier console driven by the keyboard alone, the way an Admin decides a morning's work: 100
/// submissions of two Jenis Riwayat with real PDFs, each looked at (its own document on screen) before it
/// is approved or sent back with a note, the Jenis filter changed every 25 decisions. Keys are counted: a
/// key or key combination is 1, a note typed is 1 (whatever its length), answering the question "Apakah
/// anda yakin?" is 1 (Enter on its default button), a notice to close would be 1. Also: the Pengelola's
/// Batal Disetujui by keyboard, the layout at 1366×768 (the document gets ≥ 45 % of the window) and at
/// 1000×700 (no cut texts). Runs on SQLite and on PostgreSQL.
class TestKeyboardVerification : public QObject
{
    Q_OBJECT

    /// MainWindow's sidebar (fixed width): the page gets the rest of the window.
    static constexpr int SidebarWidth = 240;

    std::unique_ptr<TestDatabase> m_fresh;
    std::shared_ptr<Database> m_db;
    Session m_admin;
    Session m_pengelola;
    QList<Employee> m_dinkes;
    QList<Employee> m_others;
    karier::test::LocalHttpServer m_http;
    QTemporaryDir m_files;
    int m_serial = 0;
    int m_keys = 0;

    Session asnOf(const Employee& e) { return karier::test::sessionFor(m_db, e.nip, Role::Asn, 40); }

    qint64 submit(const Employee& e, const RecordType& type)
    {
        const int serial = ++m_serial;
        const QDate day = QDate(2026, 1, 1).addDays(serial);
        RecordService::SaveRequest request;
        request.type = &type;
        if (type.code == RecordTypes::kursus().code) {
            request.values = {{QStringLiteral("jenisKursus"), QStringLiteral("Sosialisasi")},
                {QStringLiteral("klasifikasi"), QStringLiteral("Sumber Daya Manusia")},
                {QStringLiteral("namaKursus"), QStringLiteral("Pelatihan Pelayanan Publik %1").arg(serial)},
                {QStringLiteral("institusiPenyelenggara"), QStringLiteral("BKPSDM Kota Surakarta")},
                {QStringLiteral("nomorSertipikat"), QStringLiteral("800/%1/BKPSDM/2026").arg(serial)},
                {QStringLiteral("tahunKursus"), 2026}, {QStringLiteral("tanggalKursus"), day},
                {QStringLiteral("tanggalSelesaiKursus"), day}, {QStringLiteral("jumlahJam"), 4}};
        } else {
            request.values = {{QStringLiteral("klasifikasiSertifikasi"),
                                  ReferenceLists::items(QStringLiteral("klasifikasi-sertifikasi")).value(0)},
                {QStringLiteral("namaSertifikasi"), QStringLiteral("Sertifikasi Arsiparis %1").arg(serial)},
                {QStringLiteral("nomorSertifikat"), QStringLiteral("SK-%1/2026").arg(serial)},
                {QStringLiteral("tanggalSertifikat"), day}, {QStringLiteral("masaBerlakuSertMulai"), day},
                {QStringLiteral("lembagaSertifikasiNama"),
                    ReferenceLists::items(QStringLiteral("lembaga-sertifikasi")).value(0)}};
        }
        const QString path = m_files.filePath(QStringLiteral("bukti-%1.pdf").arg(serial));
        if (!karier::test::writeTextPdf(path, 1, QStringLiteral("%1 NOMOR %2").arg(type.title).arg(serial)))
            return 0;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        request.document = DocumentUpload::madeByProgram(file.readAll(), QStringLiteral("bukti.pdf"), 1, 900);
        const auto id = RecordService(m_db).submit(asnOf(e), request);
        if (!id)
            qWarning("submit: %s", qUtf8Printable(id.error().message));
        return id.ok() ? id.value() : 0;
    }

    qint64 submitTimKerja(const Employee& e, const QString& name)
    {
        TimKerjaService service(m_db);
        const Session owner = asnOf(e);
        const auto kode = service.newKode(owner);
        TimKerjaService::SaveRequest request;
        request.values = {{Key::tanggalSk(), QDate(2026, 2, ++m_serial % 28 + 1)},
            {Key::keteranganSk(), QStringLiteral("Berlaku")},
            {Key::kodeKegiatan(), kode.ok() ? kode.value() : QString()}, {Key::namaTimKerja(), name},
            {Key::ruangLingkup(), QStringLiteral("Internal Perangkat Daerah")},
            {Key::kedudukan(), QStringLiteral("Anggota")},
            {Key::urlBuktiDukung(), m_http.url(QStringLiteral("/sk-%1").arg(m_serial))}};
        const auto id = service.save(owner, request);
        return id.ok() ? id.value() : 0;
    }

    SubmissionStatus statusOf(qint64 id)
    {
        const auto detail = ApprovalService(m_db).detail(m_admin, id);
        return detail ? detail->row.status : SubmissionStatus::Draf;
    }

    int auditCount(const QString& action)
    {
        const auto count = m_db->readValue([&](QSqlDatabase& c) {
            return queryValue(c,
                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND actor_nip = ?"), action,
                m_admin.nip);
        });
        return count ? count.value().toInt() : -1;
    }

    static bool waitLoaded(VerifikasiPage& page)
    {
        QTest::qWait(0);
        return QTest::qWaitFor([&] { return !page.model()->isLoading(); }, 10000);
    }

    /// The window manager has given \a window the keyboard (isActiveWindow() is already true for a dialog
    /// while its parent is active).
    static bool waitForKeyboardIn(QWidget* window)
    {
        return QTest::qWaitFor(
            [&] {
                return QApplication::activeWindow() == window
                    && window->isAncestorOf(QApplication::focusWidget());
            },
            5000);
    }

    /// One key (or combination) to whatever has the keyboard focus, as a keyboard would.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget();
        QVERIFY2(target, "no widget has the keyboard focus");
        QTest::keyClick(target, key, modifiers);
        ++m_keys;
    }

    /// A note typed into the focused editor: counted as one action whatever its length.
    void typeNote(const QString& text)
    {
        QWidget* target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClicks(target, text);
        ++m_keys;
    }

    /// Alt+J, Up/Down to \a code, Enter: the list shows that Jenis Riwayat and the table has the focus.
    void chooseJenis(VerifikasiPage& page, const QString& code)
    {
        auto* jenis = page.findChild<QComboBox*>(QStringLiteral("jenisCombo"));
        press(Qt::Key_J, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), jenis);
        const int target = jenis->findData(code);
        QVERIFY(target >= 0);
        while (jenis->currentIndex() != target)
            press(jenis->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        press(Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), page.findChild<QTableView*>(QStringLiteral("approvalTable")));
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->query().typeCodes, QStringList {code});
    }

    /// The row shown in the table is the one in the side panel, with its own document on screen.
    static const ApprovalRow* shownRowWithDocument(VerifikasiPage& page)
    {
        auto* table = page.findChild<QTableView*>(QStringLiteral("approvalTable"));
        const ApprovalRow* row = page.model()->rowAt(table->currentIndex().row());
        if (!row)
            return nullptr;
        PdfPreview* preview = page.detailPanel()->preview();
        const bool shown = QTest::qWaitFor(
            [&] {
                return page.detailPanel()->recordId() == row->id && preview->hasDocument()
                    && preview->fileName() == QStringLiteral("usulan-%1.pdf").arg(row->id)
                    && !preview->isBusy() && preview->pageCount() == 1 && !preview->pagePixmap().isNull();
            },
            10000);
        return shown ? row : nullptr;
    }

    /// Every visible button and one-line label shows its whole text; wrapped labels get their height.
    static QStringList cutTexts(QWidget& page)
    {
        // What a person sees: the layouts as they are once a text that just changed (the link check's
        // "Memeriksa…", which a slow build still shows here) has been laid out.
        for (int pass = 0; pass < 4; ++pass) // a label's new height reaches its scroll area in steps
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QStringList cut;
        for (QAbstractButton* button : page.findChildren<QAbstractButton*>()) {
            if (!button->isVisibleTo(&page) || button->text().isEmpty())
                continue;
            // A button sized by its author (the preview's − and +) needs room for its text only.
            const bool fixed = button->minimumWidth() == button->maximumWidth();
            const int needed = fixed ? button->fontMetrics().horizontalAdvance(shownText(button->text())) + 8
                                     : button->sizeHint().width();
            if (button->width() < needed)
                cut << QStringLiteral("%1 \"%2\": %3 < %4")
                           .arg(button->objectName(), shownText(button->text()))
                           .arg(button->width())
                           .arg(needed);
        }
        for (QLabel* label : page.findChildren<QLabel*>()) {
            if (!label->isVisibleTo(&page) || label->text().isEmpty() || label->textFormat() == Qt::RichText)
                continue;
            const int room
                = label->contentsRect().width() - 2 * label->margin() - std::max(0, label->indent());
            if (label->wordWrap()) {
                if (label->height() < label->heightForWidth(label->width()))
                    cut << QStringLiteral("%1 \"%2\": height %3 < %4")
                               .arg(label->objectName(), label->text())
                               .arg(label->height())
                               .arg(label->heightForWidth(label->width()));
                continue;
            }
            const QString text = label->buddy() ? shownText(label->text()) : label->text();
            int needed = 0;
            for (const QString& line : text.split(QLatin1Char('\n')))
                needed = std::max(needed, label->fontMetrics().horizontalAdvance(line));
            if (needed > room)
                cut << QStringLiteral("%1 \"%2\": %3 > %4")
                           .arg(label->objectName(), text)
                           .arg(needed)
                           .arg(room);
        }
        return cut;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_http.start());
        QVERIFY(m_files.isValid());
    }

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
        m_dinkes.clear();
        m_others.clear();
        QVERIFY(Organisation(m_db)
                    .forEachEmployee([&](const Employee& e) {
                        if (e.nip == m_admin.nip || e.nip == m_pengelola.nip)
                            return true;
                        (e.indukUnitId == m_pengelola.managedUnitId ? m_dinkes : m_others).append(e);
                        return true;
                    })
                    .ok());
        QVERIFY(m_others.size() >= 50);
        ScriptedInteraction::reset();
        m_keys = 0;
    }

    void cleanup()
    {
        m_db.reset();
        m_fresh.reset();
    }

    void adminDecidesHundredByKeyboard()
    {
        QHash<qint64, QString> typeOf;
        for (int i = 0; i < 50; ++i) {
            for (const RecordType* type : {&RecordTypes::kursus(), &RecordTypes::sertifikasi()}) {
                const qint64 id = submit(m_others.at(i), *type);
                QVERIFY(id > 0);
                typeOf.insert(id, type->code);
            }
        }
        const int approvedBefore = auditCount(QStringLiteral("setujui"));
        const int returnedBefore = auditCount(QStringLiteral("kembalikan"));

        MouseCounter mice;
        qApp->installEventFilter(&mice);
        VerifikasiPage page(m_fresh->openAs(m_db, m_admin), m_admin);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1366 - SidebarWidth, 768 - 40);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->total(), 100);

        // The document gets at least 45 % of a 1366 px window, fitted to its width.
        QVERIFY(QTest::qWaitFor([&] { return page.detailPanel()->preview()->pageCount() == 1; }, 10000));
        PdfPreview* preview = page.detailPanel()->preview();
        QVERIFY2(preview->width() >= 1366 * 45 / 100, qPrintable(QString::number(preview->width())));
        QVERIFY(preview->isFitToWidth());

        auto* table = page.findChild<QTableView*>(QStringLiteral("approvalTable"));
        QSignalSpy decided(&page, &VerifikasiPage::decided);
        const QStringList jenis = {RecordTypes::kursus().code, RecordTypes::sertifikasi().code};
        int approved = 0;
        int returned = 0;
        QElapsedTimer clock;
        clock.start();
        for (int n = 0; n < 100; ++n) {
            if (n % 25 == 0)
                chooseJenis(page, jenis.at((n / 25) % 2));
            QCOMPARE(QApplication::focusWidget(), table);
            const ApprovalRow* shown = shownRowWithDocument(page);
            QVERIFY2(
                shown, qPrintable(QStringLiteral("decision %1: the row's document is not shown").arg(n)));
            const qint64 id = shown->id;
            QCOMPARE(typeOf.value(id), jenis.at((n / 25) % 2));
            const QString subject = ApprovalService::subjectText(*shown);
            const int questions = int(ScriptedInteraction::current().questions().size());
            decided.clear();
            if (n % 7 == 3) {
                // Kembalikan: Alt+K, a reason (↓), Tab, a note, Ctrl+Enter.
                press(Qt::Key_K, Qt::AltModifier);
                QVERIFY(QTest::qWaitFor([&] { return page.decisionDialog() != nullptr; }, 2000));
                DecisionDialog* dialog = page.decisionDialog();
                QVERIFY(waitForKeyboardIn(dialog));
                const QString whom = dialog->findChild<QLabel*>(QStringLiteral("decisionSubjects"))->text();
                QCOMPARE(whom, QStringLiteral("• ") + subject);
                press(Qt::Key_Down);
                press(Qt::Key_Tab);
                QCOMPARE(QApplication::focusWidget(),
                    dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit")));
                typeNote(QStringLiteral("Halaman 1 kurang jelas"));
                press(Qt::Key_Return, Qt::ControlModifier);
                ++returned;
            } else {
                // Setujui: Ctrl+Enter, then Enter on the question's default button.
                ScriptedInteraction::current().setNextAnswer(true);
                press(Qt::Key_Return, Qt::ControlModifier);
                QCOMPARE(ScriptedInteraction::current().questions().size(), questions + 1);
                const QString question = ScriptedInteraction::current().questions().last();
                QVERIFY2(question.startsWith(QStringLiteral("Usulan yang sedang dibuka akan disetujui:\n• ")
                             + subject + QLatin1Char('\n')),
                    qPrintable(question));
                ++m_keys;
                ++approved;
            }
            QVERIFY(decided.wait(10000));
            QCOMPARE(decided.first().at(0).toInt(), 1);
            QCOMPARE(
                statusOf(id), n % 7 == 3 ? SubmissionStatus::PerluPerbaikan : SubmissionStatus::Disetujui);
            QVERIFY(waitLoaded(page));
            // Back in the table, on the next row: no key to move on.
            QVERIFY(QTest::qWaitFor([&] { return QApplication::focusWidget() == table; }, 2000));
        }
        // A notice to close would have cost a key each: there was none.
        QCOMPARE(ScriptedInteraction::current().notices(), QStringList());
        QCOMPARE(mice.count, 0);
        qApp->removeEventFilter(&mice);

        QCOMPARE(approved + returned, 100);
        QCOMPARE(auditCount(QStringLiteral("setujui")) - approvedBefore, approved);
        QCOMPARE(auditCount(QStringLiteral("kembalikan")) - returnedBefore, returned);
        page.findChild<QComboBox*>(QStringLiteral("jenisCombo"))->setCurrentIndex(0);
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->total(), 0);

        const double perDecision = m_keys / 100.0;
        qInfo("Keyboard only: %d keys for 100 decisions (%d approved, %d returned with a note, 4 changes of "
              "Jenis Riwayat) = %.2f keys per decision (a note typed counts 1; answering a question 1)",
            m_keys, approved, returned, perDecision);
        qInfo("The program's own time for the 100 (writing, reloading, showing the next document): %.1f s",
            clock.elapsed() / 1000.0);
        QVERIFY2(perDecision <= 3.0, qPrintable(QString::number(perDecision)));
    }

    void pengelolaGivesBackByKeyboard()
    {
        const qint64 id = submitTimKerja(m_dinkes.at(0), QStringLiteral("Tim Posyandu Terpadu"));
        QVERIFY(id > 0);
        VerifikasiPage page(m_fresh->openAs(m_db, m_pengelola), m_pengelola);
        page.resize(1366 - SidebarWidth, 728);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(waitLoaded(page));
        QVERIFY(QTest::qWaitFor([&] { return page.detailPanel()->recordId() == id; }, 5000));
        page.findChild<QTableView*>(QStringLiteral("approvalTable"))->setFocus();
        QSignalSpy decided(&page, &VerifikasiPage::decided);
        press(Qt::Key_B, Qt::AltModifier);
        QVERIFY(QTest::qWaitFor([&] { return page.decisionDialog() != nullptr; }, 2000));
        DecisionDialog* dialog = page.decisionDialog();
        QVERIFY(waitForKeyboardIn(dialog));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("decisionSubjects"))
                    ->text()
                    .contains(QStringLiteral("Tim Kerja: Tim Posyandu Terpadu")));
        press(Qt::Key_Down);
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(decided.wait(10000));
        QCOMPARE(statusOf(id), SubmissionStatus::PerluPerbaikan);
        // Worded by what happened: it was never approved, so nothing was "cancelled".
        const QString said = page.findChild<MessageBanner*>(QStringLiteral("messageBanner"))->text();
        QVERIFY2(said.startsWith(
                     QStringLiteral("Berhasil: 1 usulan dikembalikan untuk perbaikan (Batal Disetujui)")),
            qPrintable(said));
        QVERIFY(!said.contains(QStringLiteral("dibatalkan persetujuannya")));
    }

    void keyboardReachesEveryControl()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(submit(m_others.at(i), RecordTypes::kursus()) > 0);
        VerifikasiPage page(m_fresh->openAs(m_db, m_admin), m_admin);
        page.resize(1366 - SidebarWidth, 728);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(waitLoaded(page));
        auto* table = page.findChild<QTableView*>(QStringLiteral("approvalTable"));

        // Each filter is one shortcut away.
        const QList<std::pair<Qt::Key, const char*>> filters
            = {{Qt::Key_I, "indukCombo"}, {Qt::Key_R, "satkerCombo"}, {Qt::Key_U, "statusCombo"},
                {Qt::Key_J, "jenisCombo"}, {Qt::Key_N, "searchEdit"}, {Qt::Key_G, "fromDate"}};
        auto* induk = page.findChild<QComboBox*>(QStringLiteral("indukCombo"));
        QVERIFY(QTest::qWaitFor([&] { return induk->count() > 1; }, 5000)); // the units load on a worker
        induk->setCurrentIndex(1); // Satker needs one
        QVERIFY(page.findChild<QComboBox*>(QStringLiteral("satkerCombo"))->isEnabled());
        QVERIFY(waitLoaded(page));
        for (const auto& [key, name] : filters) {
            press(key, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget()->objectName(), QString::fromLatin1(name));
            press(Qt::Key_Escape);
            QCOMPARE(QApplication::focusWidget(), table);
        }
        page.findChild<QComboBox*>(QStringLiteral("indukCombo"))->setCurrentIndex(0);
        QVERIFY(waitLoaded(page));

        // Tab leaves the table, and the empty dates do not hold it.
        table->setFocus();
        press(Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != table);
        press(Qt::Key_G, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("fromDate"));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("toDate"));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("exportButton"));

        // Every action has its shortcut on the button (the mnemonic) and in its tooltip.
        const QList<std::pair<const char*, QString>> buttons = {{"approveButton", QStringLiteral("Alt+S")},
            {"returnButton", QStringLiteral("Alt+K")}, {"rejectButton", QStringLiteral("Alt+T")},
            {"historyButton", QStringLiteral("Alt+P")}, {"exportButton", QStringLiteral("Alt+E")},
            {"showButton", QStringLiteral("Alt+A")}, {"previousButton", QStringLiteral("Alt+L")},
            {"nextButton", QStringLiteral("Alt+Y")}, {"exportSiasnButton", QStringLiteral("Alt+O")}};
        for (const auto& [name, keys] : buttons) {
            auto* button = page.findChild<QPushButton*>(QString::fromLatin1(name));
            QVERIFY(button);
            QCOMPARE(QKeySequence::mnemonic(button->text()).toString(), keys);
            QVERIFY2(button->toolTip().contains(keys), name);
        }

        // Ekspor CSV by keyboard (its file dialog goes through the Interaction seam).
        table->setFocus();
        QTemporaryDir dir;
        ScriptedInteraction::current().setNextSaveFile(dir.filePath(QStringLiteral("usulan.csv")));
        QSignalSpy exported(&page, &VerifikasiPage::exported);
        press(Qt::Key_E, Qt::AltModifier);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(0).toInt(), 3);

        // Paging: Alt+Y / Alt+L.
        page.findChild<QComboBox*>(QStringLiteral("pageSizeCombo"))->setCurrentIndex(0);
        QVERIFY(waitLoaded(page));
        for (int i = 0; i < 25; ++i)
            QVERIFY(submit(m_others.at(3 + i), RecordTypes::kursus()) > 0);
        page.model()->reload();
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->offset(), 0);
        press(Qt::Key_Y, Qt::AltModifier); // a mnemonic clicks after a short animation
        QVERIFY(QTest::qWaitFor([&] { return page.model()->offset() == 25; }, 5000));
        QVERIFY(waitLoaded(page));
        press(Qt::Key_L, Qt::AltModifier);
        QVERIFY(QTest::qWaitFor([&] { return page.model()->offset() == 0; }, 5000));
        QVERIFY(waitLoaded(page));

        // Pilih semua (Alt+M) ticks the page; the question names the first eight and counts the rest.
        table->setFocus();
        press(Qt::Key_M, Qt::AltModifier);
        QVERIFY(QTest::qWaitFor([&] { return page.model()->checkedCount() == 25; }, 2000));
        ScriptedInteraction::current().setNextAnswer(false);
        press(Qt::Key_Return, Qt::ControlModifier);
        const QString question = ScriptedInteraction::current().questions().last();
        QVERIFY2(question.startsWith(QStringLiteral("25 usulan yang dicentang akan disetujui:\n")),
            qPrintable(question));
        QCOMPARE(question.count(QStringLiteral("\n• ")), 8);
        QVERIFY(question.contains(QStringLiteral("\n… dan 17 usulan lainnya\n")));
        press(Qt::Key_M, Qt::AltModifier);
        QVERIFY(QTest::qWaitFor([&] { return page.model()->checkedCount() == 0; }, 2000));

        // Tolak (Alt+T): the reason in words, Ctrl+Enter.
        QVERIFY(QTest::qWaitFor([&] { return page.detailPanel()->recordId() > 0; }, 5000));
        const qint64 rejected = page.detailPanel()->recordId();
        QSignalSpy decided(&page, &VerifikasiPage::decided);
        press(Qt::Key_T, Qt::AltModifier);
        QVERIFY(QTest::qWaitFor([&] { return page.decisionDialog() != nullptr; }, 2000));
        QVERIFY(waitForKeyboardIn(page.decisionDialog()));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("noteEdit"));
        typeNote(QStringLiteral("Sertifikat bukan atas nama pegawai ini"));
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(decided.wait(10000));
        QCOMPARE(statusOf(rejected), SubmissionStatus::Ditolak);
        QVERIFY(page.findChild<MessageBanner*>(QStringLiteral("messageBanner"))
                    ->text()
                    .startsWith(QStringLiteral("Berhasil: 1 usulan ditolak — ")));
        QVERIFY(waitLoaded(page));

        // The document: Alt+D.
        QVERIFY(QTest::qWaitFor([&] { return page.detailPanel()->preview()->pageCount() == 1; }, 10000));
        press(Qt::Key_D, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), page.detailPanel()->preview());

        // The divider: Ctrl+Alt+← / →.
        auto* split = page.findChild<QSplitter*>(QStringLiteral("verifikasiSplit"));
        const int before = split->sizes().first();
        press(Qt::Key_Right, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(split->sizes().first(), before + 40);
        press(Qt::Key_Left, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(split->sizes().first(), before);
    }

    /// A divider moved by the verifier is where they left it when the console opens again (another
    /// login, another day), as a share of the width.
    void dividerStaysWhereLeft()
    {
        QVERIFY(submit(m_others.at(0), RecordTypes::kursus()) > 0);
        int moved = 0;
        {
            VerifikasiPage page(m_fresh->openAs(m_db, m_admin), m_admin);
            page.resize(1366 - SidebarWidth, 728);
            page.show();
            QVERIFY(QTest::qWaitForWindowActive(&page));
            QVERIFY(waitLoaded(page));
            auto* split = page.findChild<QSplitter*>(QStringLiteral("verifikasiSplit"));
            const int before = split->sizes().first();
            for (int i = 0; i < 3; ++i)
                press(Qt::Key_Right, Qt::ControlModifier | Qt::AltModifier);
            moved = split->sizes().first();
            QCOMPARE(moved, before + 120);
        }
        VerifikasiPage again(m_fresh->openAs(m_db, m_admin), m_admin);
        again.resize(1366 - SidebarWidth, 728);
        again.show();
        QVERIFY(QTest::qWaitForWindowActive(&again));
        QVERIFY(waitLoaded(again));
        auto* split = again.findChild<QSplitter*>(QStringLiteral("verifikasiSplit"));
        QVERIFY2(std::abs(split->sizes().first() - moved) <= 2,
            qPrintable(QStringLiteral("%1 against %2").arg(split->sizes().first()).arg(moved)));
        for (int i = 0; i < 3; ++i) // back where the other tests expect it
            press(Qt::Key_Left, Qt::ControlModifier | Qt::AltModifier);
    }

    void cutTextsAreFound()
    {
        // The check below finds what the walk-through saw ("Menampilkan 1–34 dar", "spor CSV").
        QWidget holder;
        auto* label = new QLabel(QStringLiteral("Menampilkan 1–34 dari 34 usulan"), &holder);
        label->setGeometry(0, 0, 120, 20);
        auto* button = new QPushButton(QStringLiteral("&Ekspor CSV…"), &holder);
        button->setGeometry(0, 30, 50, 30);
        holder.resize(200, 80);
        holder.show();
        QCOMPARE(cutTexts(holder).size(), 2);
        label->setFixedWidth(label->sizeHint().width());
        button->setFixedSize(button->sizeHint());
        button->setMinimumWidth(0);
        button->setMaximumWidth(QWIDGETSIZE_MAX);
        QCOMPARE(cutTexts(holder), QStringList());
    }

    void nothingIsCutAt1000x700_data()
    {
        QTest::addColumn<bool>("admin");
        QTest::newRow("Admin") << true;
        QTest::newRow("Pengelola") << false;
    }

    void nothingIsCutAt1000x700()
    {
        QFETCH(bool, admin);
        if (admin)
            QVERIFY(submit(m_others.at(0), RecordTypes::kursus()) > 0);
        else
            QVERIFY(submitTimKerja(m_dinkes.at(0), QStringLiteral("Tim Posyandu Terpadu")) > 0);
        Session session = admin ? m_admin : m_pengelola;
        VerifikasiPage page(m_fresh->openAs(m_db, session), session);
        page.resize(1000 - SidebarWidth, 700);
        page.show();
        QVERIFY(waitLoaded(page));
        QVERIFY(QTest::qWaitFor([&] { return page.detailPanel()->recordId() > 0; }, 5000));
        QTest::qWait(50);
        QCOMPARE(page.width(), 1000 - SidebarWidth);
        karier::test::screenshot(
            &page, admin ? QStringLiteral("verifikasi-1000") : QStringLiteral("verifikasi-1000-pengelola"));
        const QStringList cut = cutTexts(page);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }
};

KARIER_GUI_TEST_MAIN(TestKeyboardVerification)
#include "TestKeyboardVerification.moc"
