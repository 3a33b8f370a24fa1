// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestMain.h"
#include "LocalHttpServer.h"
#include "ScriptedInteraction.h"
#include "TestDatabase.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "timkerja/TimKerja.h"
#include "timkerja/TimKerjaListModel.h"
#include "timkerja/TimKerjaPage.h"
#include "timkerja/TimKerjaService.h"
#include "widgets/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

using namespace karier;
using karier::test::LocalHttpServer;
using karier::test::TestDatabase;
namespace Key = karier::TimKerja::Key;

namespace {

constexpr int Timeout = 15000;

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KARIER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(400);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestTimKerjaPage : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    Session m_asn;
    LocalHttpServer m_server;

    Session sessionFor(const QString& nip) { return karier::test::sessionFor(m_db, nip, Role::Asn); }

    qint64 seed(const QString& name, const QDate& date, const QString& kedudukan = QStringLiteral("Anggota"))
    {
        TimKerjaService service(m_db);
        TimKerjaService::SaveRequest request;
        request.values = {{Key::tanggalSk(), date}, {Key::keteranganSk(), QStringLiteral("Berlaku")},
            {Key::kodeKegiatan(), service.newKode(m_asn).value()}, {Key::namaTimKerja(), name},
            {Key::ruangLingkup(), QStringLiteral("Lintas Perangkat Daerah")}, {Key::kedudukan(), kedudukan},
            {Key::urlBuktiDukung(),
                m_server.url(QStringLiteral("/sk/%1.pdf").arg(date.toString(Qt::ISODate)))}};
        const auto id = service.save(m_asn, request);
        if (!id)
            qWarning("seed: %s", qUtf8Printable(id.error().message));
        return id.ok() ? id.value() : 0;
    }

    /// What a verifier does (the approval screen is issue 6).
    bool decide(qint64 id, SubmissionStatus status, const QString& note = {})
    {
        return m_db
            ->write([&](QSqlDatabase& c) -> Status {
                SqlQuery q(c,
                    QStringLiteral("UPDATE records SET status = ?, note = ?, decided_by_nip = ?, "
                                   "version = version + 1 WHERE id = ?"));
                q.bindAll(statusCode(status), note, QStringLiteral("198007122005011003"), id);
                if (!q.exec())
                    return q.error();
                return {};
            })
            .ok();
    }

    static bool waitLoaded(TimKerjaPage& page)
    {
        QTest::qWait(10);
        for (int i = 0; i < Timeout / 20 && page.model()->isLoading(); ++i)
            QTest::qWait(20);
        return !page.model()->isLoading();
    }

    static QString cell(TimKerjaPage& page, int row, int column)
    {
        return page.model()->index(row, column).data().toString();
    }

    static QString rangeText(TimKerjaPage& page)
    {
        return page.findChild<QLabel*>(QStringLiteral("rangeLabel"))->text();
    }

    template<class T> static T* child(QWidget* parent, const QString& name)
    {
        T* widget = parent->findChild<T*>(name);
        if (!widget)
            qWarning("no %s", qPrintable(name));
        return widget;
    }

    static void clickPilih(TimKerjaPage& page, int row)
    {
        QTableView* table = page.table();
        const QRect rect = table->visualRect(page.model()->index(row, TimKerjaListModel::PilihColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 20, rect.center().y()));
    }

    /// Fills the form as a user would: a date, three choices, the name and the link.
    void fillForm(TimKerjaPage& page, const QDate& date, const QString& name, const QString& url)
    {
        child<QDateEdit>(&page, QStringLiteral("field_tanggalSk"))->setDate(date);
        QTest::mouseClick(child<QRadioButton>(&page, QStringLiteral("keteranganSk_0")), Qt::LeftButton);
        QTest::mouseClick(child<QRadioButton>(&page, QStringLiteral("ruangLingkup_1")), Qt::LeftButton);
        QTest::mouseClick(child<QRadioButton>(&page, QStringLiteral("kedudukan_1")), Qt::LeftButton);
        auto* nama = child<QLineEdit>(&page, QStringLiteral("field_namaTimKerja"));
        nama->clear();
        QTest::keyClicks(nama, name);
        auto* link = child<QLineEdit>(&page, QStringLiteral("field_urlBuktiDukung"));
        link->clear();
        QTest::keyClicks(link, url);
    }

    void deleteAll()
    {
        QVERIFY(m_db->write([](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("DELETE FROM records WHERE record_type = 'timkerja'"));
            if (!q.exec())
                return q.error();
            return {};
        }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        m_asn = sessionFor(QStringLiteral("198609262015051001"));
        QVERIFY(m_asn.employeeId > 0);
        QVERIFY(m_server.start());
    }

    void init()
    {
        ScriptedInteraction::reset();
        deleteAll();
    }

    void f2CreatesAKodeAndSavedEntryIsBelumDisetujui()
    {
        TimKerjaPage page(m_db, m_asn);
        page.resize(1180, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(rangeText(page).startsWith(QStringLiteral("Menampilkan 0 sampai 0 dari 0 entri")));
        screenshot(&page, QStringLiteral("timkerja-01-empty"));

        auto* kode = child<QLineEdit>(&page, QStringLiteral("field_kodeKegiatan"));
        QVERIFY(kode->isReadOnly());
        QSignalSpy kodes(&page, &TimKerjaPage::kodeCreated);
        auto* nama = child<QLineEdit>(&page, QStringLiteral("field_namaTimKerja"));
        page.activateWindow();
        nama->setFocus();
        QTest::keyClick(nama, Qt::Key_F2);
        QTRY_COMPARE_WITH_TIMEOUT(kodes.count(), 1, Timeout);
        QVERIFY2(TimKerja::isKode(kode->text()), qPrintable(kode->text()));
        const QString first = kode->text();
        // The button does the same; a new entry may take another code before it is saved.
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("newKodeButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(kodes.count(), 2, Timeout);
        QVERIFY(kode->text() != first && TimKerja::isKode(kode->text()));

        fillForm(page, QDate(2022, 3, 14), QStringLiteral("Tim PAKSI Kota Surakarta"),
            m_server.url(QStringLiteral("/sk/paksi.pdf")));
        auto* linkState = child<QLabel>(&page, QStringLiteral("linkStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(linkState->text().contains(QStringLiteral("Tautan dapat dibuka")), Timeout);
        QVERIFY(child<QLabel>(&page, QStringLiteral("help_keteranganSk"))
                    ->text()
                    .contains(QStringLiteral("PAKSI")));
        screenshot(&page, QStringLiteral("timkerja-02-filled"));

        QSignalSpy saved(&page, &TimKerjaPage::saveFinished);
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, Timeout);
        QCOMPARE(saved.first().first().toBool(), true);
        QVERIFY(ScriptedInteraction::current().questions().isEmpty()); // a public link needs no question
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, Timeout);
        QCOMPARE(cell(page, 0, TimKerjaListModel::NamaColumn), QStringLiteral("Tim PAKSI Kota Surakarta"));
        QCOMPARE(cell(page, 0, TimKerjaListModel::StatusColumn), QStringLiteral("Belum Disetujui"));
        QCOMPARE(cell(page, 0, TimKerjaListModel::TanggalColumn), QStringLiteral("14 Mar 2022"));
        QCOMPARE(cell(page, 0, TimKerjaListModel::KeteranganColumn), QStringLiteral("Berlaku"));
        QCOMPARE(cell(page, 0, TimKerjaListModel::RuangLingkupColumn),
            QStringLiteral("Internal Perangkat Daerah"));
        QCOMPARE(cell(page, 0, TimKerjaListModel::KedudukanColumn), QStringLiteral("Anggota"));
        QCOMPARE(rangeText(page), QStringLiteral("Menampilkan 1 sampai 1 dari 1 entri"));
        auto* banner = child<MessageBanner>(&page, QStringLiteral("messageBanner"));
        QCOMPARE(banner->kind(), MessageBanner::Kind::Success);
        QVERIFY(banner->text().contains(QStringLiteral("Belum Disetujui")));
        // The form is empty again for the next entry.
        QVERIFY(kode->text().isEmpty());
        QCOMPARE(page.currentEntryId(), 0);
        // The link check was stored with it.
        const auto stored = TimKerjaService(m_db).get(m_asn, page.model()->entry(0)->id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->linkStatus, LinkStatus::Public);
        QCOMPARE(stored->kodeKegiatan, TimKerjaService(m_db).get(m_asn, stored->id)->kodeKegiatan);
        screenshot(&page, QStringLiteral("timkerja-03-saved"));
    }

    void pilihLoadsEditsAndSaves()
    {
        const qint64 id = seed(QStringLiteral("Tim Smart City"), QDate(2025, 1, 20));
        QVERIFY(id > 0);
        QVERIFY(
            decide(id, SubmissionStatus::PerluPerbaikan, QStringLiteral("Kedudukan pada SK adalah Ketua")));
        TimKerjaPage page(m_db, m_asn);
        page.resize(1180, 1000);
        page.show();
        QVERIFY(waitLoaded(page));
        QCOMPARE(cell(page, 0, TimKerjaListModel::StatusColumn), QStringLiteral("Batal Disetujui"));
        QCOMPARE(cell(page, 0, TimKerjaListModel::CatatanColumn),
            QStringLiteral("Kedudukan pada SK adalah Ketua"));
        QCOMPARE(cell(page, 0, TimKerjaListModel::PilihColumn), QStringLiteral("Pilih"));

        QSignalSpy loaded(&page, &TimKerjaPage::entryLoaded);
        clickPilih(page, 0);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
        QCOMPARE(page.currentEntryId(), id);
        QVERIFY(!page.isReadOnly());
        QCOMPARE(child<QLineEdit>(&page, QStringLiteral("field_namaTimKerja"))->text(),
            QStringLiteral("Tim Smart City"));
        QCOMPARE(child<QDateEdit>(&page, QStringLiteral("field_tanggalSk"))->date(), QDate(2025, 1, 20));
        QVERIFY(child<QRadioButton>(&page, QStringLiteral("ruangLingkup_0"))->isChecked());
        QVERIFY(child<QRadioButton>(&page, QStringLiteral("kedudukan_1"))->isChecked());
        QVERIFY(!child<QPushButton>(&page, QStringLiteral("newKodeButton"))->isEnabled()); // the code stays
        auto* banner = child<MessageBanner>(&page, QStringLiteral("messageBanner"));
        QVERIFY2(banner->text().contains(QStringLiteral("Kedudukan pada SK adalah Ketua")),
            qPrintable(banner->text()));
        QTRY_VERIFY_WITH_TIMEOUT(page.linkCheck().has_value(), Timeout); // checked again on opening
        screenshot(&page, QStringLiteral("timkerja-04-batal-disetujui"));

        QTest::mouseClick(child<QRadioButton>(&page, QStringLiteral("kedudukan_0")), Qt::LeftButton);
        QSignalSpy saved(&page, &TimKerjaPage::saveFinished);
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, Timeout);
        QVERIFY(saved.first().first().toBool());
        QTRY_COMPARE_WITH_TIMEOUT(
            cell(page, 0, TimKerjaListModel::KedudukanColumn), QStringLiteral("Ketua"), Timeout);
        QCOMPARE(cell(page, 0, TimKerjaListModel::StatusColumn), QStringLiteral("Belum Disetujui"));
        QCOMPARE(page.model()->rowCount(), 1);
        const auto entry = TimKerjaService(m_db).get(m_asn, id);
        QCOMPARE(entry->kedudukan, QStringLiteral("Ketua"));
        QCOMPARE(entry->status, SubmissionStatus::Diajukan);
    }

    void hapusAsksThenDeletes()
    {
        const qint64 id = seed(QStringLiteral("Tim Adipura"), QDate(2024, 9, 9));
        QVERIFY(id > 0);
        TimKerjaPage page(m_db, m_asn);
        page.resize(1180, 1000);
        page.show();
        QVERIFY(waitLoaded(page));
        auto* remove = child<QPushButton>(&page, QStringLiteral("deleteButton"));
        QVERIFY(!remove->isEnabled()); // nothing chosen yet
        QSignalSpy loaded(&page, &TimKerjaPage::entryLoaded);
        page.chooseRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
        QVERIFY(remove->isEnabled());

        QSignalSpy removed(&page, &TimKerjaPage::removeFinished);
        ScriptedInteraction::current().setNextAnswer(false);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toBool(), false);
        QCOMPARE(ScriptedInteraction::current().questions().size(), 1);
        QVERIFY(ScriptedInteraction::current().questions().first().startsWith(
            QStringLiteral("Apakah anda yakin ingin menghapus")));
        QVERIFY(TimKerjaService(m_db).get(m_asn, id).ok());

        ScriptedInteraction::current().setNextAnswer(true);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 2, Timeout);
        QCOMPARE(removed.last().first().toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 0, Timeout);
        QCOMPARE(TimKerjaService(m_db).get(m_asn, id).error().code, ErrorCode::NotFound);
        QCOMPARE(page.currentEntryId(), 0);
        QVERIFY(!remove->isEnabled());
    }

    void disetujuiIsReadOnly()
    {
        const qint64 id = seed(QStringLiteral("Tim Kampung Iklim"), QDate(2023, 5, 2));
        QVERIFY(decide(id, SubmissionStatus::Disetujui));
        TimKerjaPage page(m_db, m_asn);
        page.resize(1180, 1000);
        page.show();
        QVERIFY(waitLoaded(page));
        QCOMPARE(cell(page, 0, TimKerjaListModel::StatusColumn), QStringLiteral("Disetujui"));
        QSignalSpy loaded(&page, &TimKerjaPage::entryLoaded);
        clickPilih(page, 0);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
        QVERIFY(page.isReadOnly());
        QVERIFY(!child<QPushButton>(&page, QStringLiteral("saveButton"))->isEnabled());
        QVERIFY(!child<QPushButton>(&page, QStringLiteral("deleteButton"))->isEnabled());
        QVERIFY(!child<QPushButton>(&page, QStringLiteral("newKodeButton"))->isEnabled());
        QVERIFY(!child<QDateEdit>(&page, QStringLiteral("field_tanggalSk"))->isEnabled());
        QVERIFY(!child<QRadioButton>(&page, QStringLiteral("kedudukan_0"))->isEnabled());
        QVERIFY(child<QLineEdit>(&page, QStringLiteral("field_namaTimKerja"))->isReadOnly());
        QVERIFY(child<QLineEdit>(&page, QStringLiteral("field_urlBuktiDukung"))->isReadOnly());
        QVERIFY(child<MessageBanner>(&page, QStringLiteral("messageBanner"))
                    ->text()
                    .contains(QStringLiteral("sudah Disetujui")));
        screenshot(&page, QStringLiteral("timkerja-05-disetujui"));
        // Even when asked directly, nothing is saved or deleted.
        QSignalSpy saved(&page, &TimKerjaPage::saveFinished);
        page.save();
        page.removeCurrent();
        QTest::qWait(100);
        QCOMPARE(saved.count(), 0);
        QVERIFY(ScriptedInteraction::current().questions().isEmpty());
        QCOMPARE(TimKerjaService(m_db).get(m_asn, id)->version, 2);
        // Batal leaves it for a new entry.
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("cancelButton")), Qt::LeftButton);
        QVERIFY(!page.isReadOnly());
        QCOMPARE(page.currentEntryId(), 0);
        QVERIFY(child<QPushButton>(&page, QStringLiteral("saveButton"))->isEnabled());
    }

    void badInputIsShownAtTheFields()
    {
        TimKerjaPage page(m_db, m_asn);
        page.resize(1180, 1000);
        page.show();
        QVERIFY(waitLoaded(page));
        QSignalSpy saved(&page, &TimKerjaPage::saveFinished);
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, Timeout);
        QCOMPARE(saved.first().first().toBool(), false);
        for (const QString& key : {Key::tanggalSk(), Key::keteranganSk(), Key::kodeKegiatan(),
                 Key::namaTimKerja(), Key::ruangLingkup(), Key::kedudukan(), Key::urlBuktiDukung()}) {
            auto* error = child<QLabel>(&page, QStringLiteral("error_") + key);
            QVERIFY2(error->isVisible() && !error->text().isEmpty(), qPrintable(key));
        }
        QVERIFY(child<QLabel>(&page, QStringLiteral("error_kodeKegiatan"))
                    ->text()
                    .contains(QStringLiteral("F2")));
        screenshot(&page, QStringLiteral("timkerja-06-empty-errors"));

        // A future date and a javascript: link.
        QTest::keyClick(child<QLineEdit>(&page, QStringLiteral("field_namaTimKerja")), Qt::Key_F2);
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("newKodeButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !child<QLineEdit>(&page, QStringLiteral("field_kodeKegiatan"))->text().isEmpty(), Timeout);
        fillForm(page, QDate::currentDate().addDays(3), QStringLiteral("Tim Masa Depan"),
            QStringLiteral("javascript:alert(1)"));
        auto* linkState = child<QLabel>(&page, QStringLiteral("linkStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(
            linkState->text().contains(QStringLiteral("\"javascript:\" tidak diterima")), Timeout);
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, Timeout);
        QCOMPARE(saved.last().first().toBool(), false);
        QVERIFY(child<QLabel>(&page, QStringLiteral("error_tanggalSk"))
                    ->text()
                    .contains(QStringLiteral("masa depan")));
        QVERIFY(child<QLabel>(&page, QStringLiteral("error_urlBuktiDukung"))
                    ->text()
                    .contains(QStringLiteral("javascript")));
        QVERIFY(child<QLabel>(&page, QStringLiteral("error_namaTimKerja"))->isHidden());
        QCOMPARE(TimKerjaService(m_db).listOwn(m_asn, {})->total, 0);
        screenshot(&page, QStringLiteral("timkerja-07-bad-input"));
        // Fixing a field hides its message.
        child<QDateEdit>(&page, QStringLiteral("field_tanggalSk"))->setDate(QDate(2024, 2, 1));
        QVERIFY(child<QLabel>(&page, QStringLiteral("error_tanggalSk"))->isHidden());
    }

    void aLinkThatIsNotPublicAsksBeforeSaving()
    {
        TimKerjaPage page(m_db, m_asn);
        page.resize(1180, 1000);
        page.show();
        QVERIFY(waitLoaded(page));
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("newKodeButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !child<QLineEdit>(&page, QStringLiteral("field_kodeKegiatan"))->text().isEmpty(), Timeout);
        fillForm(page, QDate(2024, 6, 1), QStringLiteral("Tim Pemilu 2024"),
            m_server.url(QStringLiteral("/drive")));
        // Simpan right away: the page waits for the check, then asks.
        QSignalSpy saved(&page, &TimKerjaPage::saveFinished);
        ScriptedInteraction::current().setNextAnswer(false);
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, Timeout);
        QCOMPARE(saved.first().first().toBool(), false);
        QCOMPARE(ScriptedInteraction::current().questions().size(), 1);
        QVERIFY(ScriptedInteraction::current().questions().first().startsWith(
            QStringLiteral("Tautan tidak publik")));
        QVERIFY(child<QLabel>(&page, QStringLiteral("linkStatusLabel"))
                    ->text()
                    .contains(QStringLiteral("tidak publik")));
        QCOMPARE(TimKerjaService(m_db).listOwn(m_asn, {})->total, 0);
        screenshot(&page, QStringLiteral("timkerja-08-not-public"));

        ScriptedInteraction::current().setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, Timeout);
        QVERIFY(saved.last().first().toBool());
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, Timeout);
        QCOMPARE(
            TimKerjaService(m_db).get(m_asn, page.model()->entry(0)->id)->linkStatus, LinkStatus::NotPublic);
    }

    void unreachableLinkDoesNotBlameTheAsn()
    {
        // No server listens there: the check cannot be made, which is said as such, and saving asks
        // without saying the verifier cannot open it.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        TimKerjaPage page(m_db, m_asn);
        page.resize(1180, 1000);
        page.show();
        QVERIFY(waitLoaded(page));
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("newKodeButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !child<QLineEdit>(&page, QStringLiteral("field_kodeKegiatan"))->text().isEmpty(), Timeout);
        fillForm(page, QDate(2024, 6, 1), QStringLiteral("Tim Tanpa Jaringan"),
            QStringLiteral("http://127.0.0.1:%1/sk.pdf").arg(port));
        QSignalSpy saved(&page, &TimKerjaPage::saveFinished);
        ScriptedInteraction::current().setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, Timeout);
        QVERIFY(saved.first().first().toBool());
        const QString question = ScriptedInteraction::current().questions().value(0);
        QVERIFY2(question.startsWith(QStringLiteral("Tautan belum dapat diperiksa")), qPrintable(question));
        QVERIFY2(!question.contains(QStringLiteral("tidak dapat membuka")), qPrintable(question));
        QVERIFY(!child<QLabel>(&page, QStringLiteral("linkStatusLabel"))
                     ->text()
                     .contains(QStringLiteral("login")));
    }

    void reloadsWhenShownAgain()
    {
        const qint64 first = seed(QStringLiteral("Tim Reload Satu"), QDate(2025, 1, 10));
        QVERIFY(first > 0);
        TimKerjaPage page(m_db, m_asn);
        page.resize(1180, 1000);
        page.show();
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->rowCount(), 1);
        page.table()->selectRow(0);
        // Behind the page's back: a new entry (another window) and the first one approved.
        const qint64 second = seed(QStringLiteral("Tim Reload Dua"), QDate(2025, 1, 5));
        QVERIFY(second > 0);
        QVERIFY(decide(first, SubmissionStatus::Disetujui));
        QSignalSpy loaded(page.model(), &TimKerjaListModel::loaded);
        page.hide();
        page.show();
        QVERIFY(loaded.wait(Timeout));
        QCOMPARE(page.model()->rowCount(), 2);
        const int row = page.model()->rowOf(first);
        QVERIFY(row >= 0);
        QCOMPARE(page.model()->entry(row)->status, SubmissionStatus::Disetujui);
        const QModelIndexList selected = page.table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().row(), row);
        // The options are shown through their labels, the stored values untouched.
        QCOMPARE(cell(page, row, TimKerjaListModel::RuangLingkupColumn),
            QStringLiteral("Lintas Perangkat Daerah"));
        QCOMPARE(
            TimKerjaService(m_db).get(m_asn, first)->ruangLingkup, QStringLiteral("Lintas Perangkat Daerah"));
    }

    void pagingAndSearchWith300Entries()
    {
        const QDate base(2020, 1, 1);
        for (int i = 1; i <= 300; ++i)
            QVERIFY(seed(QStringLiteral("Tim Kerja %1").arg(i, 3, 10, QLatin1Char('0')), base.addDays(i),
                        i % 4 == 0 ? QStringLiteral("Ketua") : QStringLiteral("Anggota"))
                > 0);
        QVERIFY(seed(QStringLiteral("Tim Pengendali Inflasi Daerah"), QDate(2019, 6, 1)) > 0);

        TimKerjaPage page(m_db, m_asn);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1180, 1000);
        page.show();
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->rowCount(), 10);
        QCOMPARE(rangeText(page), QStringLiteral("Menampilkan 1 sampai 10 dari 301 entri"));
        QCOMPARE(
            cell(page, 0, TimKerjaListModel::NamaColumn), QStringLiteral("Tim Kerja 300")); // newest first
        auto* previous = child<QPushButton>(&page, QStringLiteral("previousButton"));
        auto* next = child<QPushButton>(&page, QStringLiteral("nextButton"));
        QVERIFY(!previous->isEnabled());
        QVERIFY(next->isEnabled());
        screenshot(&page, QStringLiteral("timkerja-09-list"));

        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            rangeText(page), QStringLiteral("Menampilkan 11 sampai 20 dari 301 entri"), Timeout);
        QCOMPARE(cell(page, 0, TimKerjaListModel::NamaColumn), QStringLiteral("Tim Kerja 290"));
        QVERIFY(previous->isEnabled());

        auto* pageSize = child<QComboBox>(&page, QStringLiteral("pageSizeCombo"));
        QCOMPARE(pageSize->count(), 4);
        pageSize->setCurrentIndex(pageSize->findData(100));
        QTRY_COMPARE_WITH_TIMEOUT(
            rangeText(page), QStringLiteral("Menampilkan 1 sampai 100 dari 301 entri"), Timeout);
        QCOMPARE(page.model()->rowCount(), 100);
        for (int i = 0; i < 3; ++i) {
            QTest::mouseClick(next, Qt::LeftButton);
            QVERIFY(waitLoaded(page));
        }
        QTRY_COMPARE_WITH_TIMEOUT(
            rangeText(page), QStringLiteral("Menampilkan 301 sampai 301 dari 301 entri"), Timeout);
        QVERIFY(!next->isEnabled());
        QCOMPARE(
            cell(page, 0, TimKerjaListModel::NamaColumn), QStringLiteral("Tim Pengendali Inflasi Daerah"));

        // Sorting by a column header (ascending by name first).
        pageSize->setCurrentIndex(0);
        QVERIFY(waitLoaded(page));
        QHeaderView* header = page.table()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(
                header->sectionViewportPosition(TimKerjaListModel::NamaColumn) + 20, header->height() / 2));
        QVERIFY(waitLoaded(page));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->sortColumn(), TimKerjaColumn::NamaTimKerja, Timeout);
        QVERIFY(waitLoaded(page));
        const bool ascending = page.model()->sortAscending();
        QCOMPARE(cell(page, 0, TimKerjaListModel::NamaColumn),
            ascending ? QStringLiteral("Tim Kerja 001") : QStringLiteral("Tim Pengendali Inflasi Daerah"));
        QCOMPARE(rangeText(page), QStringLiteral("Menampilkan 1 sampai 10 dari 301 entri"));

        // Search as you type, in SQL.
        auto* search = child<QLineEdit>(&page, QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("inflasi"));
        QTRY_COMPARE_WITH_TIMEOUT(
            rangeText(page), QStringLiteral("Menampilkan 1 sampai 1 dari 1 entri"), Timeout);
        QCOMPARE(
            cell(page, 0, TimKerjaListModel::NamaColumn), QStringLiteral("Tim Pengendali Inflasi Daerah"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("ketua"));
        QTRY_COMPARE_WITH_TIMEOUT(
            rangeText(page), QStringLiteral("Menampilkan 1 sampai 10 dari 75 entri"), Timeout);
        QVERIFY(!previous->isEnabled());
        screenshot(&page, QStringLiteral("timkerja-10-search"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("tidak ada yang begini"));
        QTRY_VERIFY_WITH_TIMEOUT(
            rangeText(page).startsWith(QStringLiteral("Menampilkan 0 sampai 0 dari 0 entri")), Timeout);
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(!next->isEnabled());
    }
};

KARIER_GUI_TEST_MAIN(TestTimKerjaPage)
#include "TestTimKerjaPage.moc"
