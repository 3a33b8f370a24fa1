// SPDX-License-Identifier: GPL-3.0-or-later
// Shared mode's login as the app does it (issue 16): AuthService::loginToServer connects with the
// person's own login role, the server checks the password (SCRAM) and the one-time code
// (karier_otp_verify), and what the app then does runs with that person's rights only. On the
// throwaway PostgreSQL cluster, against real accounts made by the services.
#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "auth/Base32.h"
#include "auth/Totp.h"
#include "records/RecordService.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

namespace {

// NIPs of this test only: login roles are cluster-wide.
const QString AsnNip = QStringLiteral("199107072021011907");
const QString OtherAsnNip = QStringLiteral("199108082021012908");
const QString PengelolaNip = QStringLiteral("198909092016051909");
const QString AdminNip = QStringLiteral("198710102011011910");

QString passwordOf(const QString& nip)
{
    return QStringLiteral("Kembang-Setaman-") + nip.right(4) + QStringLiteral("?");
}

const QByteArray PengelolaSecret = QByteArray("login-pengelola-20b!", 20);

QString codeNow(const QByteArray& secret, int stepOffset = 0)
{
    return Totp::code(secret, QDateTime::currentSecsSinceEpoch() + 30 * stepOffset);
}

/// A one-time code of \a secret that is certainly wrong now (none of the three accepted steps).
QString wrongCode(const QByteArray& secret)
{
    QStringList accepted;
    for (int offset = -1; offset <= 1; ++offset)
        accepted << codeNow(secret, offset);
    for (int n = 0;; ++n) {
        const QString candidate = QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
        if (!accepted.contains(candidate))
            return candidate;
    }
}

QVariantMap kursus(const QString& name)
{
    return {
        {QStringLiteral("jenisKursus"), QStringLiteral("Bimbingan Teknis")},
        {QStringLiteral("klasifikasi"), QStringLiteral("Sumber Daya Manusia")},
        {QStringLiteral("namaKursus"), name},
        {QStringLiteral("institusiPenyelenggara"), QStringLiteral("BKPSDM Kota Surakarta")},
        {QStringLiteral("nomorSertipikat"), QString(QStringLiteral("LGN/") + name.right(2))},
        {QStringLiteral("tahunKursus"), 2026},
        {QStringLiteral("tanggalKursus"), QDate(2026, 3, 2)},
        {QStringLiteral("tanggalSelesaiKursus"), QDate(2026, 3, 3)},
        {QStringLiteral("jumlahJam"), 10},
    };
}

} // namespace

class TestPersonLogin : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_owner;
    qint64 m_unitA = 0;

    QVariant owner(const QString& sql)
    {
        QVariant value;
        const Status status = m_owner->write([&](QSqlDatabase& c) -> Status {
            QSqlQuery q(c);
            if (!q.exec(sql))
                return Database::errorFrom(q.lastError(), sql);
            if (q.isSelect() && q.next())
                value = q.value(0);
            return {};
        });
        if (!status)
            qWarning("%s", qPrintable(status.error().message));
        return value;
    }

    static QVariant scalar(const std::shared_ptr<Database>& db, const QString& sql)
    {
        QVariant value;
        const Status status = db->read([&](QSqlDatabase& c) -> Status {
            QSqlQuery q(c);
            if (!q.exec(sql))
                return Database::errorFrom(q.lastError(), sql);
            if (q.next())
                value = q.value(0);
            return {};
        });
        if (!status)
            return QString(QStringLiteral("error: ") + status.error().message);
        return value;
    }

    AuthService::Outcome logIn(const QString& nip, const QString& password)
    {
        return AuthService::loginToServer(m_fresh.url(), nip, password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestDatabase::isPostgres(), "run with KARIER_TEST_DIALECT=postgresql");
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_owner = m_fresh.open();
        QVERIFY(m_owner);
        m_unitA = owner("INSERT INTO org_units (code, name) VALUES ('LGN-A', 'Dinas Login') RETURNING id")
                      .toLongLong();
        const qint64 unitB
            = owner("INSERT INTO org_units (code, name) VALUES ('LGN-B', 'Dinas Lain') RETURNING id")
                  .toLongLong();
        QVERIFY(m_unitA > 0 && unitB > 0);
        const auto employee = [&](const QString& nip, const QString& nama, qint64 unit) {
            return owner(QStringLiteral(
                             "INSERT INTO employees (nip, nama, unit_id, jenis_pegawai, tanggal_lahir, "
                             "jenis_kelamin, tmt) VALUES ('%1', '%2', %3, 'PNS', '1990-01-01', 1, "
                             "'2020-01-01') RETURNING id")
                             .arg(nip, nama)
                             .arg(unit))
                       .toLongLong()
                > 0;
        };
        QVERIFY(employee(AsnNip, QStringLiteral("Asn Login"), m_unitA));
        QVERIFY(employee(OtherAsnNip, QStringLiteral("Asn Lain"), unitB));
        QVERIFY(employee(PengelolaNip, QStringLiteral("Pengelola Login"), m_unitA));
        QVERIFY(employee(AdminNip, QStringLiteral("Admin Login"), unitB));
        AuthService auth(m_owner);
        QVERIFY(auth.createAccount(nullptr, AsnNip, Role::Asn, 0, passwordOf(AsnNip)).ok());
        QVERIFY(auth.createAccount(nullptr, OtherAsnNip, Role::Asn, 0, passwordOf(OtherAsnNip)).ok());
        QVERIFY(auth.createAccount(nullptr, PengelolaNip, Role::Pengelola, m_unitA, passwordOf(PengelolaNip),
                        PengelolaSecret)
                    .ok());
        // No secret: the Admin's first login enrols an authenticator with a secret the server makes.
        QVERIFY(auth.createAccount(nullptr, AdminNip, Role::Admin, 0, passwordOf(AdminNip)).ok());
    }

    void asnLogsInAsThemselves()
    {
        const auto outcome = logIn(AsnNip, passwordOf(AsnNip));
        QVERIFY2(outcome.kind == AuthService::Outcome::Kind::LoggedIn, qPrintable(outcome.message));
        QVERIFY(outcome.session);
        QCOMPARE(outcome.session->nip, AsnNip);
        QCOMPARE(outcome.session->role, Role::Asn);
        QCOMPARE(outcome.session->unitName, QStringLiteral("Dinas Login"));
        QVERIFY(outcome.database);
        QCOMPARE(outcome.database->url().user, QStringLiteral("k") + AsnNip);
        QCOMPARE(scalar(outcome.database, QStringLiteral("SELECT session_user")).toString(),
            QStringLiteral("k") + AsnNip);
        // The person's own rights: their own account row, nobody else's, no password hash.
        QCOMPARE(scalar(outcome.database, QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 1);
        QVERIFY(scalar(outcome.database, QStringLiteral("SELECT password_hash FROM accounts"))
                    .toString()
                    .startsWith(QLatin1String("error: ")));
        // The server wrote who logged in, whatever the program would have claimed.
        QCOMPARE(
            owner(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'login' AND actor_nip = '%1'")
                      .arg(AsnNip))
                .toInt(),
            1);
    }

    void wrongPasswordAndUnknownNipSayTheSame()
    {
        const auto wrong = logIn(AsnNip, passwordOf(OtherAsnNip));
        QCOMPARE(wrong.kind, AuthService::Outcome::Kind::Failed);
        QCOMPARE(wrong.message, QStringLiteral("NIP atau kata sandi salah."));
        QVERIFY(!wrong.database);
        const auto unknown = logIn(QStringLiteral("199912312024121999"), passwordOf(AsnNip));
        QCOMPARE(unknown.kind, AuthService::Outcome::Kind::Failed);
        QCOMPARE(unknown.message, wrong.message);
        const auto empty = logIn(AsnNip, QString());
        QCOMPARE(empty.kind, AuthService::Outcome::Kind::Failed);
        QVERIFY(!empty.database);
    }

    void unreachableServerIsADatabaseError()
    {
        DatabaseUrl nowhere = m_fresh.url();
        nowhere.port = 1; // nothing listens there
        const auto outcome = AuthService::loginToServer(nowhere, AsnNip, passwordOf(AsnNip));
        QCOMPARE(outcome.kind, AuthService::Outcome::Kind::Error);
        QVERIFY2(
            outcome.message.contains(QLatin1String("tidak dapat dihubungi")), qPrintable(outcome.message));
    }

    void pengelolaNeedsTheServerCheckedCode()
    {
        const auto first = logIn(PengelolaNip, passwordOf(PengelolaNip));
        QVERIFY2(first.kind == AuthService::Outcome::Kind::NeedOtp, qPrintable(first.message));
        QVERIFY(first.database && first.pending);
        // Before the code the connection has an ASN's rights only.
        QCOMPARE(
            scalar(first.database, QStringLiteral("SELECT karier_role()")).toString(), QStringLiteral("asn"));
        AuthService auth(first.database);
        const auto wrong = auth.verifyOtp(*first.pending, wrongCode(PengelolaSecret));
        QCOMPARE(wrong.kind, AuthService::Outcome::Kind::Failed);
        QVERIFY(wrong.message.contains(QLatin1String("Kode OTP salah")));
        const QString code = codeNow(PengelolaSecret);
        const auto right = auth.verifyOtp(*first.pending, code);
        QVERIFY2(right.kind == AuthService::Outcome::Kind::LoggedIn, qPrintable(right.message));
        QCOMPARE(right.session->role, Role::Pengelola);
        QCOMPARE(right.session->managedUnitName, QStringLiteral("Dinas Login"));
        // Every worker connection of the app joined the token: two reads at once, both as Pengelola.
        std::atomic<int> pengelola {0};
        std::atomic<int> finished {0};
        for (int i = 0; i < 4; ++i)
            first.database->post([db = first.database, &pengelola, &finished] {
                if (scalar(db, QStringLiteral("SELECT karier_role(), pg_sleep(0.05)")).toString()
                    == QLatin1String("pengelola"))
                    ++pengelola;
                ++finished;
            });
        QTRY_COMPARE(finished.load(), 4);
        QCOMPARE(pengelola.load(), 4);
        QCOMPARE(
            owner(QStringLiteral("SELECT COUNT(*) FROM karier_sessions WHERE nip = '%1'").arg(PengelolaNip))
                .toInt(),
            1);

        // The same code a second time (another workstation at the same moment) is refused.
        const auto again = logIn(PengelolaNip, passwordOf(PengelolaNip));
        QCOMPARE(again.kind, AuthService::Outcome::Kind::NeedOtp);
        const auto replay = AuthService(again.database).verifyOtp(*again.pending, code);
        QCOMPARE(replay.kind, AuthService::Outcome::Kind::Failed);

        // Keluar ends this connection's session on the server; the other login of the same person keeps
        // its own (it has none here: the replay was refused), and the rights fall back to an ASN's.
        QVERIFY(AuthService(first.database).endServerSession().ok());
        QCOMPARE(
            owner(QStringLiteral("SELECT COUNT(*) FROM karier_sessions WHERE nip = '%1'").arg(PengelolaNip))
                .toInt(),
            0);
        QCOMPARE(
            scalar(first.database, QStringLiteral("SELECT karier_role()")).toString(), QStringLiteral("asn"));
    }

    void tooManyWrongCodesShowTheServersWait()
    {
        owner(QStringLiteral("DELETE FROM login_throttle"));
        const auto first = logIn(PengelolaNip, passwordOf(PengelolaNip));
        QCOMPARE(first.kind, AuthService::Outcome::Kind::NeedOtp);
        AuthService auth(first.database);
        const QString wrong = wrongCode(PengelolaSecret);
        for (int attempt = 1; attempt <= 5; ++attempt)
            QCOMPARE(auth.verifyOtp(*first.pending, wrong).kind, AuthService::Outcome::Kind::Failed);
        const auto sixth = auth.verifyOtp(*first.pending, wrong);
        QCOMPARE(sixth.kind, AuthService::Outcome::Kind::Locked);
        QVERIFY2(sixth.waitSeconds > 20 && sixth.waitSeconds <= 30,
            qPrintable(QString::number(sixth.waitSeconds)));
        QVERIFY(sixth.message.contains(QLatin1String("Coba lagi dalam")));
        // While the wait runs even the right code is not checked.
        const auto right = auth.verifyOtp(*first.pending, codeNow(PengelolaSecret, 1));
        QCOMPARE(right.kind, AuthService::Outcome::Kind::Locked);
        owner(QStringLiteral("DELETE FROM login_throttle"));
    }

    void adminEnrolsWithTheServersSecret()
    {
        const auto first = logIn(AdminNip, passwordOf(AdminNip));
        QVERIFY2(first.kind == AuthService::Outcome::Kind::NeedEnrolment, qPrintable(first.message));
        QVERIFY(first.provisioningUri.startsWith(QLatin1String("otpauth://totp/")));
        const auto secret = Base32::decode(first.enrolmentSecret);
        QVERIFY(secret && secret->size() == 20);
        // The secret is the one the server keeps (the person cannot read it back).
        QCOMPARE(
            owner(QStringLiteral("SELECT otp_secret FROM accounts a JOIN employees e ON e.id = a.employee_id "
                                 "WHERE e.nip = '%1'")
                      .arg(AdminNip))
                .toString(),
            first.enrolmentSecret);
        AuthService auth(first.database);
        QCOMPARE(auth.confirmEnrolment(*first.pending, wrongCode(*secret)).kind,
            AuthService::Outcome::Kind::Failed);
        const auto done = auth.confirmEnrolment(*first.pending, codeNow(*secret));
        QVERIFY2(done.kind == AuthService::Outcome::Kind::LoggedIn, qPrintable(done.message));
        QCOMPARE(done.session->role, Role::Admin);
        QVERIFY(done.session->otpEnabled);
        QCOMPARE(scalar(first.database, QStringLiteral("SELECT karier_role()")).toString(),
            QStringLiteral("admin"));
        QCOMPARE(owner(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'otp-diaktifkan' AND "
                                      "actor_nip = '%1'")
                           .arg(AdminNip))
                     .toInt(),
            1);
        // The Admin's account tasks on their own login, through the server's functions: a new account
        // (which can log in at once), a lockout lifted, a one-time code reset; each audited as the Admin.
        owner(QStringLiteral("INSERT INTO employees (nip, nama, unit_id, jenis_pegawai, tanggal_lahir, "
                             "jenis_kelamin, tmt) VALUES ('199201012022011911', 'Asn Baru', %1, 'PNS', "
                             "'1992-01-01', 1, '2022-01-01')")
                  .arg(m_unitA));
        const QString newNip = QStringLiteral("199201012022011911");
        const auto created = auth.createAccount(&*done.session, newNip, Role::Asn, 0, passwordOf(newNip));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QCOMPARE(logIn(newNip, passwordOf(newNip)).kind, AuthService::Outcome::Kind::LoggedIn);
        owner(QStringLiteral("INSERT INTO login_throttle (nip, failed_count) VALUES ('otp:%1', 7)")
                  .arg(PengelolaNip));
        const auto cleared = auth.clearLockout(*done.session, PengelolaNip);
        QVERIFY2(cleared.ok() && cleared.value(), qPrintable(cleared.error().message));
        QVERIFY(auth.resetOtp(&*done.session, PengelolaNip).ok());
        QCOMPARE(
            owner(QStringLiteral("SELECT COUNT(*) FROM accounts a JOIN employees e ON e.id = a.employee_id "
                                 "WHERE e.nip = '%1' AND NOT a.otp_enabled AND a.otp_secret IS NULL")
                      .arg(PengelolaNip))
                .toInt(),
            1);
        QCOMPARE(owner(QStringLiteral(
                           "SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE actor_nip = "
                           "'%1' AND action IN ('akun-dibuat', 'kunci-login-dibuka', 'otp-direset')")
                           .arg(AdminNip))
                     .toString(),
            QStringLiteral("akun-dibuat,kunci-login-dibuka,otp-direset"));
        // An ASN's login asking the same is refused by the services and, below them, by the server.
        const auto asn = logIn(AsnNip, passwordOf(AsnNip));
        QVERIFY(!AuthService(asn.database).resetOtp(nullptr, AdminNip).ok());
        QVERIFY(!AuthService(asn.database).clearLockoutAsSystem(AdminNip).ok());

        // Now enrolled: the next login asks for the code of that app, and enrolling again is refused.
        const auto next = logIn(AdminNip, passwordOf(AdminNip));
        QCOMPARE(next.kind, AuthService::Outcome::Kind::NeedOtp);
        QVERIFY(scalar(next.database, QStringLiteral("SELECT karier_otp_enrol()")).isNull());
        QVERIFY(AuthService(first.database).endServerSession().ok());
    }

    void asnWorksAsThemselvesThroughTheServices()
    {
        const auto asn = logIn(AsnNip, passwordOf(AsnNip));
        QCOMPARE(asn.kind, AuthService::Outcome::Kind::LoggedIn);
        RecordService records(asn.database);
        RecordService::SaveRequest request;
        request.type = &RecordTypes::kursus();
        request.values = kursus(QStringLiteral("Bimtek Login 01"));
        request.document = DocumentUpload::madeByProgram(
            QByteArray("%PDF-1.4\n% login\n%%EOF\n"), QStringLiteral("sertifikat.pdf"), 1, 900.0);
        const auto draft = records.saveDraft(*asn.session, request);
        QVERIFY2(draft.ok(), qPrintable(draft.error().message));
        request.recordId = draft.value();
        request.version = records.get(*asn.session, draft.value())->summary.version;
        const auto sent = records.submit(*asn.session, request);
        QVERIFY2(sent.ok(), qPrintable(sent.error().message));
        const auto own = records.listOwn(*asn.session);
        QVERIFY2(own.ok(), qPrintable(own.error().message));
        QCOMPARE(own->size(), 1);
        QCOMPARE(own->first().status, SubmissionStatus::Diajukan);
        const auto content = records.documentContent(*asn.session, own->first().document.id);
        QVERIFY2(content.ok(), qPrintable(content.error().message));

        // Another ASN, through the same service on their own login, sees none of it — even when the
        // program is told to look (the session of someone else does not give their rights).
        const auto other = logIn(OtherAsnNip, passwordOf(OtherAsnNip));
        QCOMPARE(other.kind, AuthService::Outcome::Kind::LoggedIn);
        RecordService theirs(other.database);
        QVERIFY(!theirs.get(*asn.session, sent.value()).ok());
        QVERIFY(!theirs.documentContent(*asn.session, own->first().document.id).ok());
        const auto forged = theirs.listOwn(*asn.session);
        QVERIFY(!forged.ok() || forged->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPersonLogin)
#include "TestPersonLogin.moc"
