// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestMain.h"
#include "ScriptedInteraction.h"
#include "TestDatabase.h"
#include "WizardDriver.h"
#include "common/Interaction.h"
#include "io/DemoSeeder.h"
#include "records/RecordWizard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace karier;
using namespace karier::test;

/// The record wizard's shortcuts that save the ASN actions in Masukan Data (Tanggal Berakhir follows
/// Tanggal Mulai, numbers take typing after a click, Tab skips the Kosongkan helpers) and keep a
/// slip from losing data (Esc closes a pop-up first; the discard question defaults to Tidak).
class TestWizardShortcuts : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    Session m_asn;

    /// A day this year, not in the future, \a back days before today where the year allows.
    static QDate dayThisYear(int back)
    {
        const QDate today = QDate::currentDate();
        const QDate day = today.addDays(-back);
        return day.year() == today.year() ? day : QDate(today.year(), 1, 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        m_asn = sessionFor(m_db, QStringLiteral("198609262015051001"), Role::Asn);
        QVERIFY(m_asn.employeeId > 0);
    }

    void init() { ScriptedInteraction::reset(); }

    /// Fewer actions in Masukan Data: Tanggal Berakhir follows Tanggal Mulai until changed; a click
    /// into an empty number lets typing replace the "–"; Tab skips the Kosongkan helpers.
    void formSavesActions()
    {
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto* start = wizardField<QDateEdit>(&wizard, QStringLiteral("tanggalKursus"));
        auto* end = wizardField<QDateEdit>(&wizard, QStringLiteral("tanggalSelesaiKursus"));
        const QDate day = dayThisYear(20);
        setDateField(&wizard, QStringLiteral("tanggalKursus"), day);
        QCOMPARE(end->date(), day);
        setDateField(&wizard, QStringLiteral("tanggalKursus"), day.addDays(1));
        QCOMPARE(end->date(), day.addDays(1)); // still following
        setDateField(&wizard, QStringLiteral("tanggalSelesaiKursus"), day.addDays(3));
        setDateField(&wizard, QStringLiteral("tanggalKursus"), day);
        QCOMPARE(end->date(), day.addDays(3)); // the user's own last day stays

        // Tab from Tanggal Mulai's last part (the year) goes to Tanggal Berakhir, not to its
        // Kosongkan button.
        start->setFocus();
        QTRY_VERIFY(start->hasFocus());
        start->setCurrentSection(QDateTimeEdit::YearSection);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(end->hasFocus(),
            QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->objectName()) : "no focus");
        QCOMPARE(wizard.findChild<QToolButton*>(QStringLiteral("clear_tanggalKursus"))->focusPolicy(),
            Qt::NoFocus);
        // Ctrl+Delete empties a date from the keyboard instead.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete, Qt::ControlModifier);
        QVERIFY(!wizard.values().contains(QStringLiteral("tanggalSelesaiKursus")));

        // Durasi: a click in the middle of "–", then typing.
        auto* hours = wizardField<QSpinBox>(&wizard, QStringLiteral("jumlahJam"));
        auto* editor = hours->findChild<QLineEdit*>();
        QVERIFY(editor);
        QTest::mouseClick(editor, Qt::LeftButton, {}, QPoint(editor->width() - 4, editor->height() / 2));
        QTRY_VERIFY(hours->hasFocus());
        QCoreApplication::processEvents();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("12"));
        QCOMPARE(hours->value(), 12);
        // A second click and typing replaces the number instead of appending to it.
        start->setFocus();
        QTRY_VERIFY(start->hasFocus());
        QTest::mouseClick(editor, Qt::LeftButton, {}, QPoint(4, editor->height() / 2));
        QCoreApplication::processEvents();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("7"));
        QCOMPARE(hours->value(), 7);
    }

    /// Esc closes a completer's list first; the question about losing data defaults to Tidak.
    void escapeClosesThePopupFirst()
    {
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto* jenis = wizardField<QComboBox>(&wizard, QStringLiteral("jenisKursus"));
        jenis->lineEdit()->setFocus();
        QTest::keyClicks(jenis->lineEdit(), QStringLiteral("Bim"));
        QAbstractItemView* popup = jenis->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!popup->isVisible());
        QVERIFY(wizard.isVisible());
        QVERIFY(ScriptedInteraction::current().questions().isEmpty());
    }

    /// The real question dialog: "Tidak" is the default button, so Enter (or a reflex Esc) keeps the data.
    void discardQuestionDefaultsToTidak()
    {
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        typeInto(&wizard, QStringLiteral("namaKursus"), QStringLiteral("Kursus Bahasa Inggris"));
        QVERIFY(wizard.isDirty());
        Interaction::install(nullptr); // DialogInteraction, the program's own dialog
        QString defaultButton;
        bool yesIsDefault = true;
        QTimer::singleShot(0, this, [&] {
            QWidget* box = QApplication::activeModalWidget();
            QVERIFY(box && box->objectName() == QStringLiteral("confirmDialog"));
            auto* no = box->findChild<QPushButton*>(QStringLiteral("confirmNoButton"));
            auto* yes = box->findChild<QPushButton*>(QStringLiteral("confirmYesButton"));
            QVERIFY(no && yes);
            defaultButton = no->isDefault() ? no->text() : QString();
            yesIsDefault = yes->isDefault();
            QTest::keyClick(box, Qt::Key_Return);
        });
        wizard.reject();
        ScriptedInteraction::reset();
        QCOMPARE(defaultButton, QStringLiteral("Tidak"));
        QVERIFY(!yesIsDefault);
        QVERIFY(wizard.isVisible()); // Enter answered Tidak
    }
};

KARIER_GUI_TEST_MAIN(TestWizardShortcuts)
#include "TestWizardShortcuts.moc"
