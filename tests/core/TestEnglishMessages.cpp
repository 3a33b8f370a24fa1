// SPDX-License-Identifier: GPL-3.0-or-later
// The messages made in core follow the installed translator: with the English .qm that the build
// embeds as :/i18n/karier-asn_en.qm (the same file app/gui_main.cpp loads) a NIP error, a rule finding,
// a field label, a status and a role name come out in English; without a translator they stay in Bahasa
// Indonesia. Record types are built once, on first use (function-local statics), so their labels keep
// the language of that moment: the application installs the translator before anything uses them.

#include "auth/AccessPolicy.h"
#include "auth/AuthService.h"
#include "documents/PdfCheckRunner.h"
#include "domain/Nip.h"
#include "domain/Role.h"
#include "records/RecordType.h"
#include "records/SubmissionStatus.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace karier;

namespace {

const QDate Today(2026, 6, 1);

/// A Kursus whose end lies before its start: the message of the rule finding on the end date.
QString endBeforeStartFinding()
{
    const QVariantMap values {{QStringLiteral("tanggalKursus"), QDate(2026, 3, 10)},
        {QStringLiteral("tanggalSelesaiKursus"), QDate(2026, 3, 1)}};
    RuleContext context;
    context.today = Today;
    for (const RuleIssue& issue : RecordTypes::kursus().validate(values, context)) {
        if (issue.field == QLatin1String("tanggalSelesaiKursus") && issue.severity == Severity::Error)
            return issue.message;
    }
    return {};
}

/// The generic "required" finding of the Nama Kursus field.
QString requiredFinding()
{
    RuleContext context;
    context.today = Today;
    for (const RuleIssue& issue : RecordTypes::kursus().validate({}, context)) {
        if (issue.field == QLatin1String("namaKursus"))
            return issue.message;
    }
    return {};
}

} // namespace

class TestEnglishMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishWithTranslator()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/karier-asn_en.qm")));
        QVERIFY(QCoreApplication::installTranslator(&translator));

        QCOMPARE(Nip::parse(QStringLiteral("12345"), Today).error().message,
            QStringLiteral("The NIP must have 18 digits, not 5."));
        QCOMPARE(statusDisplayName(SubmissionStatus::Disetujui), QStringLiteral("Approved"));
        QCOMPARE(statusDisplayName(SubmissionStatus::PerluPerbaikan), QStringLiteral("Needs Revision"));
        QCOMPARE(statusDisplayName(SubmissionStatus::PerluPerbaikan, StatusWording::TimKerja),
            QStringLiteral("Approval Withdrawn"));
        QCOMPARE(roleDisplayName(Role::Pengelola), QStringLiteral("HR Officer"));
        Session asn;
        asn.role = Role::Asn;
        QCOMPARE(AccessPolicy::require(asn, Permission::ManageAccounts).error().message,
            QStringLiteral("You are not allowed to manage user accounts (role: ASN)."));
        // The password policy's reasons (libpwquality's codes mapped outside the class).
        QCOMPARE(AuthService::checkPasswordStrength(QStringLiteral("Strawberry1")),
            QStringLiteral("The password is too similar to a dictionary word."));
        QCOMPARE(AuthService::checkPasswordStrength(QStringLiteral("pendek")),
            QStringLiteral("The password must have at least 10 characters."));

        // First use of the record types: built now, in English.
        QCOMPARE(RecordTypes::kursus().title, QStringLiteral("Course"));
        QCOMPARE(
            RecordTypes::kursus().field(QStringLiteral("namaKursus"))->label, QStringLiteral("Course Name"));
        QCOMPARE(endBeforeStartFinding(),
            QStringLiteral("The End Date must not be before the Start Date (10 March 2026)."));
        QCOMPARE(requiredFinding(), QStringLiteral("Course Name is required."));

        QVERIFY(QCoreApplication::removeTranslator(&translator));
    }

    void indonesianWithoutTranslator()
    {
        QCOMPARE(Nip::parse(QStringLiteral("12345"), Today).error().message,
            QStringLiteral("NIP harus 18 digit, bukan 5."));
        QCOMPARE(statusDisplayName(SubmissionStatus::Disetujui), QStringLiteral("Disetujui"));
        QCOMPARE(statusDisplayName(SubmissionStatus::PerluPerbaikan, StatusWording::TimKerja),
            QStringLiteral("Batal Disetujui"));
        QCOMPARE(roleDisplayName(Role::Pengelola), QStringLiteral("Pengelola Kepegawaian"));
        Session asn;
        asn.role = Role::Asn;
        QCOMPARE(AccessPolicy::require(asn, Permission::ManageAccounts).error().message,
            QStringLiteral("Anda tidak berhak mengelola akun pengguna (peran: ASN)."));
        QCOMPARE(AuthService::checkPasswordStrength(QStringLiteral("Strawberry1")),
            QStringLiteral("Kata sandi terlalu mirip kata dalam kamus."));
        QCOMPARE(endBeforeStartFinding(),
            QStringLiteral("Tanggal Berakhir tidak boleh sebelum Tanggal Mulai (10 Maret 2026)."));
        // The labels were fixed when the types were built (under the English translator above).
        QCOMPARE(requiredFinding(), QStringLiteral("Course Name wajib diisi."));
    }

    /// The PDF check runs in a karier-cli child, which answers in the language it is given.
    void pdfCheckChildAnswersInTheGivenLanguage()
    {
        PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A PDF header and nothing else: only the child (Poppler) can refuse it; an empty file would
        // be refused by the caller before any child.
        const QString broken = dir.filePath(QStringLiteral("rusak.pdf"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n");
        file.close();

        PdfCheckRunner::setHelperLanguage(QStringLiteral("en"));
        PdfCheckResult result = PdfCheckRunner::check(broken);
        QCOMPARE(result.code, QStringLiteral("unreadable"));
        QCOMPARE(result.message,
            QStringLiteral("This PDF is damaged or unreadable. Open it and save it again as PDF, or scan the "
                           "document again, then upload it again."));

        PdfCheckRunner::setHelperLanguage(QString());
        result = PdfCheckRunner::check(broken);
        QCOMPARE(result.message,
            QStringLiteral("PDF ini rusak atau tidak dapat dibaca. Buka dan simpan ulang sebagai PDF, atau "
                           "pindai ulang dokumennya, lalu unggah lagi."));
    }
};

QTEST_GUILESS_MAIN(TestEnglishMessages)
#include "TestEnglishMessages.moc"
