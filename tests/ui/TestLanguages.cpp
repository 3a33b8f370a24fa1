// SPDX-License-Identifier: GPL-3.0-or-later
// The two languages on real widgets. English: the dashboard's date in English words, the Tim Kerja form's
// options translated (the stored values stay Indonesian), decimal points and plurals as English has them.
// Bahasa Indonesia: Qt's own words on the context menus of text fields (translations/qt_id.ts).
#include "GuiTestMain.h"
#include "TestDatabase.h"
#include "common/Language.h"
#include "dms/DmsScore.h"
#include "io/DemoSeeder.h"
#include "main/MainWindow.h"
#include "records/ReferenceLists.h"
#include "timkerja/TimKerja.h"
#include "timkerja/TimKerjaPage.h"

#include <QAbstractButton>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileSystemModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRadioButton>

using namespace karier;
using karier::test::TestDatabase;

namespace {

constexpr int Timeout = 10000;

/// The texts of \a menu's actions without their shortcuts ("&Salin\tCtrl+C" → "&Salin").
QStringList actionTexts(const QMenu* menu)
{
    QStringList texts;
    for (const QAction* action : menu->actions()) {
        if (!action->isSeparator())
            texts << action->text().section(QLatin1Char('\t'), 0, 0);
    }
    return texts;
}

/// Every text a person reads on \a widget: labels, buttons, radio buttons.
QStringList shownTexts(const QWidget* widget)
{
    QStringList texts;
    for (const QLabel* label : widget->findChildren<QLabel*>())
        texts << label->text();
    for (const QAbstractButton* button : widget->findChildren<QAbstractButton*>())
        texts << button->text() << button->toolTip();
    return texts;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        QCOMPARE(shownLanguage(), QStringLiteral("id"));
        QCOMPARE(Dms::pointsText(7.5), QStringLiteral("7,5"));
    }

    /// Every explanation of every option list (Jenis, Kelompok and Skala of a Penghargaan, the Tim
    /// Kerja options) reads in English in English mode; the option lists are found in the resources,
    /// so a list added later is checked too.
    void everyOptionExplanationTranslated()
    {
        QHash<QString, QString> indonesian;
        const QStringList files
            = QDir(QStringLiteral(":/karier/reference")).entryList({QStringLiteral("*.json")});
        QVERIFY(files.size() >= 6);
        for (const QString& file : files) {
            const QString list = file.chopped(5);
            for (const QString& item : ReferenceLists::items(list)) {
                const QString help = ReferenceLists::help(list, item);
                if (!help.isEmpty())
                    indonesian.insert(list + QLatin1Char('/') + item, help);
            }
        }
        QVERIFY(indonesian.size() >= 21);
        QObject owner;
        QVERIFY(installTranslations(QStringLiteral("en"), &owner));
        for (auto it = indonesian.constBegin(); it != indonesian.constEnd(); ++it) {
            const QString list = it.key().section(QLatin1Char('/'), 0, 0);
            const QString item = it.key().section(QLatin1Char('/'), 1);
            const QString english = ReferenceLists::help(list, item);
            QVERIFY2(!english.isEmpty() && english != it.value(), qPrintable(it.key()));
        }
    }

    void englishDashboardAndTimKerjaForm()
    {
        QObject owner; // the translator goes with it
        QVERIFY(installTranslations(QStringLiteral("en"), &owner));
        QCOMPARE(shownLanguage(), QStringLiteral("en"));
        const Session asn
            = karier::test::sessionFor(m_db, QStringLiteral("198609262015051001"), Role::Asn, 3);

        // The dashboard: "Sunday, 6 December 2026", in the words of the chosen language.
        MainWindow window(m_db, asn);
        window.show();
        const QString date = window.findChild<QLabel*>(QStringLiteral("dateLabel"))->text();
        QCOMPARE(date,
            QLocale(QLocale::English, QLocale::UnitedKingdom)
                .toString(QDate::currentDate(), QStringLiteral("dddd, d MMMM yyyy")));
        for (const char* indonesian : {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"})
            QVERIFY2(!date.contains(QLatin1String(indonesian)), qPrintable(date));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("greetingLabel"))->text(),
            QStringLiteral("Welcome, %1").arg(asn.displayName));

        // The Tim Kerja form: its options in English, the values saved stay the Indonesian codes.
        QVERIFY(window.showPage(QStringLiteral("timkerja")));
        auto* page = window.findChild<TimKerjaPage*>();
        QVERIFY(page);
        QStringList options;
        for (const QRadioButton* radio : page->findChildren<QRadioButton*>())
            options << radio->text();
        options.sort();
        QCOMPARE(options,
            (QStringList {QStringLiteral("Across Regional Agencies"), QStringLiteral("Chair"),
                QStringLiteral("Member"), QStringLiteral("No Longer Valid"), QStringLiteral("Valid"),
                QStringLiteral("Within the Regional Agency")}));
        page->findChild<QRadioButton*>(QStringLiteral("kedudukan_0"))->click();
        page->findChild<QRadioButton*>(QStringLiteral("ruangLingkup_1"))->click();
        QCOMPARE(page->formValues().value(TimKerja::Key::kedudukan()).toString(), QStringLiteral("Ketua"));
        QCOMPARE(page->formValues().value(TimKerja::Key::ruangLingkup()).toString(),
            QStringLiteral("Internal Perangkat Daerah"));
        // No Indonesian option or explanation left on the page.
        const QStringList texts = shownTexts(page);
        for (const char* indonesian :
            {"Berlaku", "Lintas Perangkat", "Internal Perangkat", "Ketua", "Anggota", "Apabila"}) {
            for (const QString& text : texts)
                QVERIFY2(!text.contains(QLatin1String(indonesian)), qPrintable(text));
        }

        // Numbers and plurals as English writes them.
        QCOMPARE(Dms::pointsText(7.5), QStringLiteral("7.5"));
        DmsMissing missing;
        missing.reference = QStringLiteral("SK PNS");
        missing.points = 7.5;
        QCOMPARE(missing.text(), QStringLiteral("Upload SK PNS: +7.5"));
        QCOMPARE(QCoreApplication::translate("karier::DmsPage", "%1 dari %n dokumen", nullptr, 1).arg(1),
            QStringLiteral("1 of 1 document"));
        QCOMPARE(QCoreApplication::translate("karier::RecordType", "%n jam", nullptr, 1),
            QStringLiteral("1 hour"));
        QCOMPARE(QCoreApplication::translate("karier::RecordType", "%n jam", nullptr, 6),
            QStringLiteral("6 hours"));
        window.close();
    }

    void indonesianContextMenus()
    {
        QObject owner;
        QVERIFY(installTranslations(QStringLiteral("id"), &owner));
        QCOMPARE(shownLanguage(), QStringLiteral("id")); // the English one went with its owner

        // A line edit's context menu, opened as a right click opens it.
        QLineEdit edit(QStringLiteral("contoh"));
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QStringList lineEditTexts;
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(5, 5), edit.mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(&edit, &event);
        // QLineEdit pops the menu up without waiting for it.
        QMenu* popup = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((popup = edit.findChild<QMenu*>()) && popup->isVisible(), Timeout);
        lineEditTexts = actionTexts(popup);
        popup->close();
        QCOMPARE(lineEditTexts,
            (QStringList {QStringLiteral("&Urungkan"), QStringLiteral("U&langi"), QStringLiteral("Po&tong"),
                QStringLiteral("&Salin"), QStringLiteral("&Tempel"), QStringLiteral("Hapus"),
                QStringLiteral("Pilih Semua")}));

        // QTextEdit and QPlainTextEdit (Qt's QWidgetTextControl).
        QPlainTextEdit plain(QStringLiteral("contoh"));
        const std::unique_ptr<QMenu> menu(plain.createStandardContextMenu());
        QCOMPARE(actionTexts(menu.get()),
            (QStringList {QStringLiteral("&Urungkan"), QStringLiteral("U&langi"), QStringLiteral("Po&tong"),
                QStringLiteral("&Salin"), QStringLiteral("&Tempel"), QStringLiteral("Hapus"),
                QStringLiteral("Pilih Semua")}));

        // The file dialog's list (Qt's QFileSystemModel) names its columns in Indonesian too.
        QFileSystemModel files;
        QStringList headers;
        for (int column = 0; column < files.columnCount(); ++column)
            headers << files.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers,
            (QStringList {QStringLiteral("Nama"), QStringLiteral("Ukuran"), QStringLiteral("Jenis"),
                QStringLiteral("Tanggal Diubah")}));
    }
};

KARIER_GUI_TEST_MAIN(TestLanguages)
#include "TestLanguages.moc"
