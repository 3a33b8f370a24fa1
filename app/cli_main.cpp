// SPDX-License-Identifier: GPL-3.0-or-later
// karier-cli: the headless tool for admins and scripts. Thin: parses options, calls core, prints.
// Exit codes: 0 done, 1 input refused, 2 usage (or a file argument that is not a readable regular file),
// 3 database error. Text from the data is escaped (common/Text.h) before it reaches the terminal; the CSV
// export to "-" is data for a program and stays exact.

#include "Version.h"
#include "auth/AccountAdmin.h"
#include "auth/AuthService.h"
#include "common/CliExit.h"
#include "common/Text.h"
#include "dms/DmsCommand.h"
#include "documents/CheckPdfCommand.h"
#include "documents/FitPdfCommand.h"
#include "domain/Nip.h"
#include "export/SiasnExportCommand.h"
#include "io/DemoSeeder.h"
#include "io/EmployeeCsv.h"
#include "io/InputFile.h"
#include "org/Organisation.h"
#include "records/BatchCommand.h"
#include "reports/ReportCommand.h"
#include "settings/AppSettings.h"
#include "settings/LocalSettings.h"
#include "storage/Database.h"
#include "storage/SqliteBackup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>
#include <memory>
#include <termios.h>
#include <unistd.h>

using namespace karier;

namespace {

using namespace karier::cli;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const Error& error)
{
    return failWith(err(), error);
}

int usage(const QString& message)
{
    return usageWith(err(), message);
}

const char* const Commands
    = "Perintah:\n"
      "  init                         membuat atau memigrasi database\n"
      "  demo                         mengisi data contoh (organisasi, 240+ pegawai, 3 akun)\n"
      "  user add --nip N --role asn|pengelola|admin [--unit ID|KODE] [--sementara]\n"
      "                               membuat akun; kata sandi dibaca dari masukan standar\n"
      "                               (--sementara: wajib diganti pemiliknya saat login berikutnya)\n"
      "  user reset-otp --nip N       mengatur ulang OTP sebuah akun\n"
      "  user unlock --nip N          membuka kunci login sebuah NIP dan melupakan percobaan gagalnya\n"
      "  user set-password --nip N [--sementara]\n"
      "                               kata sandi baru sebuah akun (dari masukan standar), mis. akun dari\n"
      "                               versi lama yang belum dapat masuk ke server bersama\n"
      "  user set-role --nip N --role asn|pengelola|admin [--unit ID|KODE]\n"
      "                               mengubah peran sebuah akun (bukan Admin aktif terakhir)\n"
      "  user deactivate --nip N      menonaktifkan akun (tidak dapat masuk; riwayatnya tetap)\n"
      "  user activate --nip N        mengaktifkan kembali akun\n"
      "  import-pegawai FILE.csv      mengimpor pegawai (UTF-8, baris judul)\n"
      "  export-pegawai FILE.csv      mengekspor semua pegawai (\"-\" untuk layar)\n"
      "  check-pdf [--json] FILE...   memeriksa dokumen PDF unggahan (jenis, ukuran, sandi, halaman,\n"
      "                               keterbacaan, ketajaman) di proses terpisah\n"
      "  batch-penghargaan, batch-kursus --nips FILE --pdf FILE [--yes] KUNCI=NILAI...\n"
      "                               satu SK penghargaan atau satu kegiatan untuk banyak pegawai\n"
      "                               (langsung Disetujui); \"karier-cli batch-kursus --help\" untuk kunci\n"
      "  dms-score --nip N [--json]   Skor Arsip Digital seorang pegawai: kategori dan dokumen yang belum\n"
      "                               ada beserta poinnya\n"
      "  dms-recap [--json]           hitung ulang semua skor, lalu rekap per Perangkat Daerah\n"
      "  import-dms FILE.csv          mengimpor baris riwayat DMS (nip, jenis, referensi, dokumen)\n"
      "  export-siasn [--since yyyy-MM-dd] [--type kursus|sertifikasi|penghargaan] [--documents DIR]\n"
      "               [--all] OUT.json\n"
      "                               riwayat yang disetujui sebagai muatan SIASN (JSON, \"-\" untuk\n"
      "                               layar); hanya yang baru atau berubah sejak ekspor terakhir\n"
      "  backup OUT                   salinan utuh database SQLite (juga saat dipakai), lalu diperiksa\n"
      "  restore IN                   memulihkan database SQLite dari cadangan yang lolos pemeriksaan;\n"
      "                               database lama disimpan sebagai NAMA.sebelum-pulih-WAKTU\n"
      "  report jp [--unit KODE] [--year N] --pdf OUT.pdf\n"
      "                               Rekap JP per Perangkat Daerah (0–10, 11–19, ≥ 20 JP dan daftar\n"
      "                               pegawai di bawah 20 JP) sebagai PDF A4\n"
      "  report dms [--unit KODE] --pdf OUT.pdf\n"
      "                               Laporan Kekurangan Berkas DMS per Perangkat Daerah sebagai PDF A4\n"
      "  fit-pdf [--json] [--max-bytes N] INPUT OUTPUT\n"
      "                               perkecil otomatis: PDF atau foto JPEG/PNG menjadi PDF di bawah\n"
      "                               batas ukuran yang tetap tajam (0 berhasil, 1 tidak dapat)\n";

/// Reads one line from standard input, without echo when it is a terminal.
QString readPassword(const QString& prompt)
{
    const bool tty = isatty(STDIN_FILENO);
    termios saved {};
    if (tty) {
        err() << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
    }
    return line;
}

/// The database and who acts on it: a person logged in with --login (their own rights, checked by the
/// services and, on a shared server, by the server), or nobody: the system itself, which only the
/// database's owner can be on a shared server (its login in the URL) and whoever holds the file on SQLite.
struct Connection
{
    std::shared_ptr<Database> db;
    std::optional<Session> session;
    const Session* actor() const { return session ? &*session : nullptr; }
};

/// The NIP of --login, of KARIER_LOGIN, or of a person's login role named in the URL; empty: none.
QString g_login;
/// The person's connection to a shared server: its one-time-code session ends when the command does.
std::shared_ptr<Database> g_personOnServer;

/// Ends g_personOnServer's session on the server when main() returns (before static teardown).
struct EndServerSessionOnExit
{
    EndServerSessionOnExit() = default;
    EndServerSessionOnExit(const EndServerSessionOnExit&) = delete;
    EndServerSessionOnExit& operator=(const EndServerSessionOnExit&) = delete;
    ~EndServerSessionOnExit()
    {
        if (g_personOnServer)
            (void)AuthService(g_personOnServer).endServerSession();
        g_personOnServer.reset();
    }
};

QString secretFromEnvironment(const char* name, const QString& prompt)
{
    const QString given = qEnvironmentVariable(name);
    return given.isEmpty() ? readPassword(prompt) : given;
}

Result<Connection> logIn(const DatabaseUrl& url, const QString& nipText)
{
    const auto nip = Nip::parse(nipText);
    if (!nip)
        return Error::invalid(QStringLiteral("--login: %1").arg(nip.error().message));
    const QString password
        = secretFromEnvironment("KARIER_PASSWORD", QStringLiteral("Kata sandi %1: ").arg(nip->grouped()));
    if (password.isEmpty())
        return Error::invalid(
            QStringLiteral("Kata sandi kosong: berikan lewat KARIER_PASSWORD atau ketik saat diminta."));
    Connection connection;
    AuthService::Outcome outcome;
    if (url.isSqlite()) {
        auto db = Database::open(url, Database::OpenMode::RequireExisting);
        if (!db)
            return db.error();
        connection.db = db.value();
        outcome = AuthService(connection.db).login(nip->digits(), password);
    } else {
        outcome = AuthService::loginToServer(url, nip->digits(), password);
        connection.db = outcome.database;
        g_personOnServer = outcome.database;
    }
    using Kind = AuthService::Outcome::Kind;
    if (outcome.kind == Kind::NeedOtp) {
        const QString code
            = secretFromEnvironment("KARIER_OTP", QStringLiteral("Kode OTP: ")).remove(QLatin1Char(' '));
        outcome = AuthService(connection.db).verifyOtp(*outcome.pending, code);
    } else if (outcome.kind == Kind::NeedEnrolment) {
        if (!url.isSqlite())
            (void)AuthService(connection.db).endServerSession();
        return Error::invalid(
            QStringLiteral("Akun ini belum memasang aplikasi autentikator. Masuk sekali lewat "
                           "aplikasi Karier ASN untuk memasangnya, lalu ulangi."));
    }
    if (outcome.kind != Kind::LoggedIn || !outcome.session) {
        Error error;
        error.code = outcome.kind == Kind::Error ? ErrorCode::Database : ErrorCode::Forbidden;
        error.message = outcome.message.isEmpty() ? QStringLiteral("Gagal masuk.") : outcome.message;
        return error;
    }
    if (outcome.session->mustChangePassword) {
        // As in the program: a temporary password opens nothing but its own change (the server holds
        // it back too).
        if (!url.isSqlite())
            (void)AuthService(connection.db).endServerSession();
        return Error {ErrorCode::Forbidden,
            QStringLiteral("Kata sandi akun ini sementara. Masuk sekali lewat aplikasi Karier ASN dan ganti "
                           "kata sandinya, lalu ulangi.")};
    }
    connection.session = outcome.session;
    return connection;
}

/// Opens the database for a command: as the person of --login, else as the system itself. On a shared
/// server a person's login always goes through the server's checks; the system is only the owner.
Result<Connection> connect(const QString& option, Database::OpenMode mode)
{
    LocalSettings settings;
    auto url = AppSettings(&settings).resolveDatabase(option);
    if (!url)
        return url.error();
    QString login = g_login;
    if (login.isEmpty() && !url->isSqlite() && Database::isPersonLogin(url->user))
        login = url->user.mid(1);
    if (!login.isEmpty())
        return logIn(url.value(), login);
    if (!url->isSqlite() && url->user.isEmpty())
        return Error::invalid(QStringLiteral(
            "Database bersama di server: masuk dengan --login NIP (kata sandi dari KARIER_PASSWORD atau "
            "diketik, kode OTP dari KARIER_OTP). Pemilik database memakai URL dengan nama penggunanya."));
    auto db = Database::open(url.value(), mode);
    if (!db)
        return db.error();
    Connection connection;
    connection.db = db.value();
    return connection;
}

/// init and demo change the schema and everybody's data: the database's owner only, never a person.
Result<std::shared_ptr<Database>> openAsOwner(const QString& option, Database::OpenMode mode)
{
    if (!g_login.isEmpty())
        return Error::invalid(
            QStringLiteral("init dan demo dijalankan oleh pemilik database, tanpa --login."));
    auto connection = connect(option, mode);
    if (!connection)
        return connection.error();
    return connection->db;
}

/// backup OUT / restore IN: a SQLite file only (PostgreSQL: pg_dump / pg_restore, see README). Without
/// --login the system acts (whoever holds the file); with it, an Admin BKPSDM.
int runBackupOrRestore(const QString& dbOption, const QString& command, const QString& file)
{
    LocalSettings settings;
    auto url = AppSettings(&settings).resolveDatabase(dbOption);
    if (!url)
        return fail(url.error());
    if (!url->isSqlite())
        return fail(Error::invalid(QStringLiteral(
            "%1 hanya untuk database SQLite. Database bersama di PostgreSQL dicadangkan dengan pg_dump dan "
            "dipulihkan dengan pg_restore (lihat README, bagian Cadangan).")
                                       .arg(command)));
    std::optional<Connection> person;
    if (!g_login.isEmpty()) {
        auto connection = connect(dbOption, Database::OpenMode::RequireExisting);
        if (!connection)
            return fail(connection.error());
        person = connection.value();
    }
    // A copy: the connection is closed before a restore, the person's rights are still checked.
    const std::optional<Session> session = person ? person->session : std::nullopt;
    const Session* actor = session ? &*session : nullptr;
    if (command == QLatin1String("backup")) {
        auto facts = SqliteBackup::backup(actor, url->path, file);
        if (!facts)
            return fail(facts.error());
        out() << "Cadangan " << Text::forTerminal(file)
              << " ditulis dan diperiksa (integrity_check ok): " << facts->bytes << " byte, skema "
              << facts->schemaVersion << ", " << facts->employees << " pegawai, " << facts->records
              << " riwayat." << Qt::endl;
        return Done;
    }
    person.reset(); // no connection of ours stays open on the database being replaced
    auto kept = SqliteBackup::restore(actor, file, url->path);
    if (!kept)
        return fail(kept.error());
    out() << "Database " << Text::forTerminal(url->path) << " dipulihkan dari " << Text::forTerminal(file)
          << "." << Qt::endl;
    if (!kept->isEmpty())
        out() << "Database sebelumnya disimpan sebagai " << Text::forTerminal(kept.value()) << "."
              << Qt::endl;
    out() << "Tutup dan buka kembali Karier ASN di komputer yang memakai database ini." << Qt::endl;
    return Done;
}

int runInit(const QString& dbOption)
{
    auto db = openAsOwner(dbOption, Database::OpenMode::Create);
    if (!db)
        return fail(db.error());
    out() << "Database siap (skema " << db.value()->schemaVersion()
          << "): " << db.value()->url().displayName() << Qt::endl;
    // What the server's own settings leave open: advice, not a failure (the schema is ready).
    const auto advice = db.value()->serverAdvice();
    for (const QString& line : advice ? advice.value() : QStringList {advice.error().message})
        err() << "Peringatan: " << line << Qt::endl;
    return Done;
}

int runDemo(const QString& dbOption)
{
    auto db = openAsOwner(dbOption, Database::OpenMode::Create);
    if (!db)
        return fail(db.error());
    auto summary = DemoSeeder::seedDemo(db.value());
    if (!summary)
        return fail(summary.error());
    out() << "Organisasi, pegawai dan akun contoh siap; usulan contoh dimasukkan..." << Qt::endl;
    auto submissions = DemoSeeder::seedDemoSubmissions(db.value());
    if (!submissions)
        return fail(submissions.error());
    out() << "Data contoh siap di " << db.value()->url().displayName() << ": " << summary->units << " unit, "
          << summary->employees << " pegawai, " << summary->accounts << " akun, " << submissions.value()
          << " usulan baru." << Qt::endl;
    out() << "Akun contoh (peran, NIP, kata sandi, kunci OTP):" << Qt::endl;
    for (const auto& account : DemoSeeder::demoAccounts())
        out() << "  " << account.role << "\t" << account.nip << "\t" << account.password << "\t"
              << (account.otpSecretBase32.isEmpty() ? QStringLiteral("-") : account.otpSecretBase32)
              << Qt::endl;
    return Done;
}

int runUser(const QString& dbOption, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("aksi"),
        QStringLiteral("add, reset-otp, unlock, set-password, set-role, deactivate atau activate"));
    parser.addOption({QStringLiteral("nip"), QStringLiteral("NIP pegawai."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("role"), QStringLiteral("asn, pengelola atau admin."), QStringLiteral("PERAN")});
    parser.addOption({QStringLiteral("unit"),
        QStringLiteral("Perangkat Daerah yang dikelola (id atau kode)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("sementara"),
        QStringLiteral("add, set-password: kata sandi sementara, wajib diganti saat login berikutnya.")});
    if (!parser.parse(args))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(QStringLiteral(
            "gunakan \"user add\", \"user reset-otp\", \"user unlock\", \"user set-password\", "
            "\"user set-role\", \"user deactivate\" atau \"user activate\"."));
    if (!parser.isSet(QStringLiteral("nip")))
        return usage(QStringLiteral("--nip wajib diisi."));
    const auto nip = Nip::parse(parser.value(QStringLiteral("nip")));
    if (!nip)
        return fail(nip.error());
    const bool temporary = parser.isSet(QStringLiteral("sementara"));
    if (temporary && positional.first() != QLatin1String("add")
        && positional.first() != QLatin1String("set-password"))
        return usage(QStringLiteral("--sementara hanya untuk \"user add\" dan \"user set-password\"."));

    if (positional.first() == QLatin1String("reset-otp")) {
        auto db = connect(dbOption, Database::OpenMode::RequireExisting);
        if (!db)
            return fail(db.error());
        if (auto status = AccountAdmin(db->db).resetOtp(db->actor(), nip->digits()); !status)
            return fail(status.error());
        out() << "OTP akun " << nip->grouped()
              << " diatur ulang; login berikutnya meminta pendaftaran aplikasi "
              << "autentikator baru." << Qt::endl;
        return Done;
    }
    if (positional.first() == QLatin1String("set-password")) {
        auto db = connect(dbOption, Database::OpenMode::RequireExisting);
        if (!db)
            return fail(db.error());
        const QString password
            = readPassword(QStringLiteral("Kata sandi baru untuk %1: ").arg(nip->grouped()));
        if (password.isEmpty())
            return fail(Error::invalid(
                QStringLiteral("Kata sandi kosong: berikan kata sandi lewat masukan standar.")));
        if (auto status = AuthService(db->db).setPassword(db->actor(), nip->digits(), password, temporary);
            !status)
            return fail(status.error());
        out() << "Kata sandi akun " << nip->grouped()
              << (temporary
                         ? " diatur sebagai kata sandi sementara; pemiliknya wajib menggantinya saat login "
                           "berikutnya."
                         : " diatur; akun ini dapat masuk dengan kata sandi baru.")
              << Qt::endl;
        return Done;
    }
    if (positional.first() == QLatin1String("unlock")) {
        auto db = connect(dbOption, Database::OpenMode::RequireExisting);
        if (!db)
            return fail(db.error());
        const auto cleared = db->session ? AuthService(db->db).clearLockout(*db->session, nip->digits())
                                         : AuthService(db->db).clearLockoutAsSystem(nip->digits());
        if (!cleared)
            return fail(cleared.error());
        if (cleared.value())
            out() << "Kunci login " << nip->grouped()
                  << " dibuka; percobaan gagalnya dilupakan. Login berikutnya tidak perlu menunggu."
                  << Qt::endl;
        else
            out() << "Tidak ada percobaan gagal untuk " << nip->grouped() << "; tidak ada yang perlu dibuka."
                  << Qt::endl;
        return Done;
    }
    if (positional.first() == QLatin1String("deactivate")
        || positional.first() == QLatin1String("activate")) {
        auto db = connect(dbOption, Database::OpenMode::RequireExisting);
        if (!db)
            return fail(db.error());
        const bool active = positional.first() == QLatin1String("activate");
        if (auto status = AccountAdmin(db->db).setActive(db->actor(), nip->digits(), active); !status)
            return fail(status.error());
        out() << "Akun " << nip->grouped()
              << (active ? " aktif kembali." : " dinonaktifkan; riwayatnya tetap.") << Qt::endl;
        return Done;
    }
    const bool setRole = positional.first() == QLatin1String("set-role");
    if (!setRole && positional.first() != QLatin1String("add"))
        return usage(
            QStringLiteral("aksi \"%1\" tidak dikenal; gunakan add, reset-otp, unlock, set-password, "
                           "set-role, deactivate atau activate.")
                .arg(positional.first()));

    const auto role = roleFromCode(parser.value(QStringLiteral("role")));
    if (!role)
        return usage(QStringLiteral("--role harus asn, pengelola atau admin."));
    if (*role == Role::Pengelola && !parser.isSet(QStringLiteral("unit")))
        return usage(QStringLiteral("peran pengelola memerlukan --unit (Perangkat Daerah yang dikelola)."));
    auto db = connect(dbOption, Database::OpenMode::RequireExisting);
    if (!db)
        return fail(db.error());
    qint64 unitId = 0;
    if (parser.isSet(QStringLiteral("unit"))) {
        const QString unit = parser.value(QStringLiteral("unit"));
        bool numeric = false;
        unitId = unit.toLongLong(&numeric);
        if (!numeric) {
            auto found = Organisation(db->db).unitByCode(unit);
            if (!found)
                return fail(found.error());
            if (!found.value())
                return fail(Error::invalid(QStringLiteral("Unit \"%1\" tidak ditemukan.").arg(unit)));
            unitId = found.value()->id;
        }
    }
    if (setRole) {
        if (auto status = AccountAdmin(db->db).setRole(db->actor(), nip->digits(), *role, unitId); !status)
            return fail(status.error());
        out() << "Akun " << nip->grouped() << " kini " << roleDisplayName(*role) << "." << Qt::endl;
        return Done;
    }
    const QString password = readPassword(QStringLiteral("Kata sandi untuk %1: ").arg(nip->grouped()));
    if (password.isEmpty())
        return fail(
            Error::invalid(QStringLiteral("Kata sandi kosong: berikan kata sandi lewat masukan standar.")));
    auto created = AuthService(db->db).createAccount(
        db->actor(), nip->digits(), *role, unitId, password, {}, temporary);
    if (!created)
        return fail(created.error());
    out() << "Akun " << roleDisplayName(*role) << " untuk " << nip->grouped() << " dibuat"
          << (temporary ? "; kata sandinya sementara dan wajib diganti saat login pertama." : ".")
          << Qt::endl;
    return Done;
}

int runImport(const QString& dbOption, const QString& fileName)
{
    // Only a regular file, read up to 64 MB whatever its stated size (/dev/zero, a FIFO: exit 2).
    const auto data = InputFile::read(fileName);
    if (!data)
        return fail(data.error());
    auto db = connect(dbOption, Database::OpenMode::RequireExisting);
    if (!db)
        return fail(db.error());
    auto report = EmployeeCsv::import(db->db, db->actor(), data.value());
    if (!report)
        return fail(report.error());
    for (const QString& line : report->errors)
        err() << Text::forTerminal(line) << Qt::endl; // the reasons quote the file's cells
    out() << "Impor selesai: " << report->inserted << " baru, " << report->updated << " diperbarui, "
          << report->unchanged << " tidak berubah, " << report->errors.size() << " ditolak." << Qt::endl;
    return report->allAccepted() ? Done : Refused;
}

int runExport(const QString& dbOption, const QString& fileName)
{
    auto db = connect(dbOption, Database::OpenMode::RequireExisting);
    if (!db)
        return fail(db.error());
    if (fileName == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return fail(Error::invalid(QStringLiteral("Layar tidak dapat ditulis.")));
        auto count = EmployeeCsv::exportTo(db->db, db->actor(), stdoutFile);
        return count ? Done : fail(count.error());
    }
    // Written completely or not at all: a temporary file renamed into place.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::invalid(
            QStringLiteral("File %1 tidak dapat ditulis: %2").arg(fileName, file.errorString())));
    auto count = EmployeeCsv::exportTo(db->db, db->actor(), file);
    if (!count) {
        file.cancelWriting();
        return fail(count.error());
    }
    if (!file.commit())
        return fail(Error::invalid(
            QStringLiteral("File %1 tidak dapat disimpan: %2").arg(fileName, file.errorString())));
    out() << count.value() << " pegawai diekspor ke " << Text::forTerminal(fileName) << "." << Qt::endl;
    return Done;
}

int runBatch(const QString& dbOption, const RecordType& type, const QStringList& args)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        out() << "Penggunaan: karier-cli [--database URL] " << batchCommandHelp(type).trimmed() << Qt::endl
              << "Tanpa --yes hanya ringkasan yang ditampilkan; tidak ada yang disimpan." << Qt::endl;
        return Done;
    }
    auto db = connect(dbOption, Database::OpenMode::RequireExisting);
    if (!db)
        return fail(db.error());
    return runBatchCommand(type, db->db, db->actor(), args, out(), err());
}

} // namespace

int main(int argc, char** argv)
{
    // The report command draws text (fonts): it needs a QGuiApplication, on the offscreen platform so that it
    // runs without a display. Every other command stays a plain QCoreApplication (no platform plugin).
    std::unique_ptr<QCoreApplication> app;
    if (isReportCommand(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("Karier ASN"));
    QCoreApplication::setOrganizationName(QStringLiteral(KARIER_ORGANIZATION));
    QCoreApplication::setOrganizationDomain(QStringLiteral(KARIER_ORGANIZATION_DOMAIN));
    QCoreApplication::setApplicationVersion(QStringLiteral(KARIER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Karier ASN — alat baris perintah untuk admin dan skrip.\n")
        + QString::fromUtf8(Commands));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Tampilkan bantuan."));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Tampilkan versi."));
    const QCommandLineOption database(QStringLiteral("database"),
        QStringLiteral("Database: sqlite:JALUR atau postgresql://pengguna@host:port/nama "
                       "(bawaan: KARIER_DATABASE, pengaturan, lalu file SQLite pengguna)."),
        QStringLiteral("URL"));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(database);
    parser.addPositionalArgument(
        QStringLiteral("perintah"), QStringLiteral("init, demo, user, import-pegawai, export-pegawai"));

    // Global options may come before or after the command: pull --database out of the arguments first.
    QStringList args = QCoreApplication::arguments();
    QString dbOption;
    g_login = qEnvironmentVariable("KARIER_LOGIN").trimmed();
    for (int i = 1; i < args.size(); ++i) {
        // Global options come before the command word (a command's own --nip and the like come after).
        if (!args.at(i).startsWith(QLatin1String("--")))
            break;
        if (args.at(i) == QLatin1String("--database")) {
            ++i; // its value
            continue;
        }
        if (args.at(i) == QLatin1String("--login")) {
            if (i + 1 >= args.size())
                return usage(QStringLiteral("--login memerlukan NIP."));
            g_login = args.at(i + 1);
            args.remove(i, 2);
            --i;
        } else if (args.at(i).startsWith(QLatin1String("--login="))) {
            g_login = args.at(i).mid(8);
            args.removeAt(i);
            --i;
        }
    }
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--database") && i + 1 < args.size()) {
            dbOption = args.at(i + 1);
            args.remove(i, 2);
            break;
        }
        if (args.at(i).startsWith(QLatin1String("--database="))) {
            dbOption = args.at(i).mid(11);
            args.removeAt(i);
            break;
        }
    }
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(version)) {
        out() << "karier-cli " << KARIER_VERSION << Qt::endl;
        return Done;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) || positional.isEmpty()) {
        // Qt's own help text is English ("Usage:", "Options:"); write the Indonesian one.
        out()
            << "Penggunaan: karier-cli [--database URL] PERINTAH [ARGUMEN]\n\n"
            << QString::fromUtf8(Commands) << "\nOpsi:\n"
            << "  --database URL   sqlite:JALUR atau postgresql://pengguna@host:port/nama\n"
            << "                   (bawaan: KARIER_DATABASE, pengaturan, lalu file SQLite pengguna)\n"
            << "  --login NIP      bertindak sebagai pegawai ini dengan haknya sendiri (atau KARIER_LOGIN);\n"
            << "                   kata sandi dari KARIER_PASSWORD atau diketik, kode OTP dari KARIER_OTP\n"
            << "                   atau diketik. Wajib untuk database bersama di server, kecuali bagi\n"
            << "                   pemilik database (init, demo); tanpa --login pada SQLite: sistem\n"
            << "  -v, --version    tampilkan versi\n"
            << "  -h, --help       tampilkan bantuan ini\n\n"
            << "Kode keluar: 0 selesai, 1 masukan ditolak, 2 cara pakai salah, 3 kesalahan database.\n";
        return positional.isEmpty() && !parser.isSet(help) ? Usage : Done;
    }
    if (args.contains(QLatin1String("--database")))
        return usage(QStringLiteral("--database memerlukan URL."));

    const QString command = positional.first();
    const QStringList rest = positional.mid(1);
    const EndServerSessionOnExit endSession;
    if (command == QLatin1String("check-pdf"))
        return runCheckPdfCommand(rest, out(), err());
    if (command == QLatin1String("batch-penghargaan") || command == QLatin1String("batch-kursus"))
        return runBatch(dbOption, *RecordTypes::byCode(command.mid(6)), rest);
    if (command == QLatin1String("fit-pdf"))
        return runFitPdfCommand(rest, out(), err());
    if (command == QLatin1String("dms-score") || command == QLatin1String("dms-recap")
        || command == QLatin1String("import-dms")) {
        auto db = connect(dbOption, Database::OpenMode::RequireExisting);
        if (!db)
            return fail(db.error());
        return runDmsCommand(command, db->db, db->actor(), rest, out(), err());
    }
    if (command == QLatin1String("export-siasn")) {
        auto db = connect(dbOption, Database::OpenMode::RequireExisting);
        if (!db)
            return fail(db.error());
        return runSiasnExportCommand(db->db, db->actor(), rest, out(), err());
    }
    if ((command == QLatin1String("backup") || command == QLatin1String("restore")) && rest.size() == 1)
        return runBackupOrRestore(dbOption, command, rest.first());
    if (command == QLatin1String("backup") || command == QLatin1String("restore"))
        return usage(QStringLiteral("%1 memerlukan tepat satu nama file.").arg(command));
    if (command == QLatin1String("report")) {
        auto db = connect(dbOption, Database::OpenMode::RequireExisting);
        if (!db)
            return fail(db.error());
        return runReportCommand(db->db, db->actor(), rest, out(), err());
    }
    if (command == QLatin1String("init") && rest.isEmpty())
        return runInit(dbOption);
    if (command == QLatin1String("demo") && rest.isEmpty())
        return runDemo(dbOption);
    if (command == QLatin1String("user"))
        return runUser(dbOption, QStringList {args.first()} + rest);
    if (command == QLatin1String("import-pegawai") && rest.size() == 1)
        return runImport(dbOption, rest.first());
    if (command == QLatin1String("export-pegawai") && rest.size() == 1)
        return runExport(dbOption, rest.first());
    if (command == QLatin1String("import-pegawai") || command == QLatin1String("export-pegawai"))
        return usage(QStringLiteral("%1 memerlukan tepat satu nama file.").arg(command));
    if (command == QLatin1String("init") || command == QLatin1String("demo"))
        return usage(QStringLiteral("%1 tidak menerima argumen tambahan.").arg(command));
    return usage(QStringLiteral("perintah \"%1\" tidak dikenal.").arg(command));
}
