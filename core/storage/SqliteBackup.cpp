// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqliteBackup.h"

#include "auth/AccessPolicy.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace karier {

namespace {

/// "KaSN", as Database writes it into every file it migrates.
constexpr qint64 OurApplicationId = 0x4B61534E;

/// One sqlite3 connection, closed when it goes.
class Connection
{
public:
    Connection() = default;
    ~Connection()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    int open(const QString& path, int flags)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (m_db) {
            sqlite3_busy_timeout(m_db, 5000);
            sqlite3_extended_result_codes(m_db, 0);
        }
        return rc;
    }
    sqlite3* get() const { return m_db; }
    QString message() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(); }

    /// The first column of the first row of \a sql; \a rc gets SQLite's result code.
    QVariant value(const char* sql, int& rc) const
    {
        sqlite3_stmt* statement = nullptr;
        rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
        QVariant result;
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(statement);
            if (rc == SQLITE_ROW) {
                if (sqlite3_column_type(statement, 0) == SQLITE_INTEGER)
                    result = qint64(sqlite3_column_int64(statement, 0));
                else if (sqlite3_column_type(statement, 0) != SQLITE_NULL)
                    result
                        = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
                rc = SQLITE_OK;
            } else if (rc == SQLITE_DONE) {
                rc = SQLITE_OK;
            }
        }
        sqlite3_finalize(statement);
        return result;
    }

private:
    sqlite3* m_db = nullptr;
};

/// Copies the whole of \a from into \a to with the online backup API: one step, so one read transaction
/// on the source (a consistent snapshot; in WAL mode its writers are not held up). Waits while the
/// destination is locked by another connection.
Status copyPages(const Connection& from, const Connection& to, const QString& what)
{
    sqlite3_backup* backup = sqlite3_backup_init(to.get(), "main", from.get(), "main");
    if (!backup)
        return Error::database(SqliteBackup::tr("%1 gagal: %2").arg(what, to.message()));
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 600; ++attempt) { // 600 × 50 ms: 30 s of waiting at most
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error::database(
            SqliteBackup::tr("%1 gagal: %2").arg(what, QString::fromUtf8(sqlite3_errstr(rc))));
    if (finished != SQLITE_OK)
        return Error::database(SqliteBackup::tr("%1 gagal: %2").arg(what, to.message()));
    return {};
}

/// fsync of a file or a folder (the folder makes a rename durable).
bool syncPath(const QString& path, bool directory)
{
    const int fd
        = ::open(QFile::encodeName(path).constData(), (directory ? O_DIRECTORY : 0) | O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

/// A consistent copy of the open database \a source into \a outPath: a temporary file in its folder,
/// one file (journal_mode DELETE), checked, fsync'ed, renamed into place. Nothing at \a outPath until
/// it is whole.
Result<SqliteBackup::Facts> copyTo(const Connection& source, const QString& outPath, bool check)
{
    const QFileInfo out(outPath);
    if (out.isDir())
        return Error::invalid(
            SqliteBackup::tr("%1 adalah folder; sebutkan nama file cadangan.").arg(outPath));
    if (!out.absoluteDir().exists())
        return Error::invalid(SqliteBackup::tr("Folder %1 tidak ada.").arg(out.absolutePath()));
    QTemporaryFile temporary(
        out.absoluteDir().filePath(QLatin1Char('.') + out.fileName() + QLatin1String(".XXXXXX")));
    if (!temporary.open())
        return Error::invalid(SqliteBackup::tr("Folder %1 tidak dapat ditulis: %2")
                                  .arg(out.absolutePath(), temporary.errorString()));
    temporary.close(); // an empty file is an empty SQLite database; the name stays ours until renamed
    const QString temporaryPath = temporary.fileName();
    {
        Connection target;
        if (target.open(temporaryPath, SQLITE_OPEN_READWRITE) != SQLITE_OK)
            return Error::invalid(
                SqliteBackup::tr("%1 tidak dapat dibuka: %2").arg(temporaryPath, target.message()));
        if (auto copied = copyPages(source, target, SqliteBackup::tr("Menyalin database")); !copied)
            return copied.error();
    }
    {
        // The copy carries the source's WAL mark: make it one self-contained file.
        Connection target;
        int rc = target.open(temporaryPath, SQLITE_OPEN_READWRITE);
        const QString mode
            = rc == SQLITE_OK ? target.value("PRAGMA journal_mode = DELETE", rc).toString() : QString();
        if (rc != SQLITE_OK || mode.compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
            return Error::database(SqliteBackup::tr("Salinan %1 tidak dapat diselesaikan: %2")
                                       .arg(temporaryPath, target.message()));
    }
    SqliteBackup::Facts facts;
    if (check) {
        auto verified = SqliteBackup::verify(temporaryPath);
        if (!verified)
            return Error::database(
                SqliteBackup::tr("Salinan tidak lolos pemeriksaan: %1").arg(verified.error().message));
        facts = verified.value();
    }
    if (!syncPath(temporaryPath, false))
        return Error::invalid(SqliteBackup::tr("%1 tidak dapat disimpan ke disk.").arg(temporaryPath));
    if (::rename(QFile::encodeName(temporaryPath).constData(),
            QFile::encodeName(out.absoluteFilePath()).constData())
        != 0)
        return Error::invalid(SqliteBackup::tr("%1 tidak dapat ditulis: %2")
                                  .arg(outPath, QString::fromLocal8Bit(std::strerror(errno))));
    temporary.setAutoRemove(false);
    syncPath(out.absolutePath(), true);
    facts.bytes = QFileInfo(out.absoluteFilePath()).size();
    return facts;
}

/// Admin BKPSDM (who manages the shared settings), or the system: whoever holds the file (karier-cli).
Status requireAdmin(const Session* actor)
{
    if (actor && !AccessPolicy::can(*actor, Permission::ManageSharedSettings))
        return Error::forbidden(
            SqliteBackup::tr("Anda tidak berhak mencadangkan atau memulihkan database (peran: %1).")
                .arg(roleDisplayName(actor->role)));
    return {};
}

} // namespace

QString SqliteBackup::keptPath(const QString& databasePath, const QDateTime& at)
{
    return databasePath + QLatin1String(".sebelum-pulih-")
        + at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

Result<SqliteBackup::Facts> SqliteBackup::verify(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error {ErrorCode::BadPath, tr("File %1 tidak ada atau bukan file biasa.").arg(path)};
    Connection c;
    if (c.open(path, SQLITE_OPEN_READONLY) != SQLITE_OK)
        return Error::invalid(tr("%1 tidak dapat dibuka sebagai database: %2").arg(path, c.message()));
    int rc = SQLITE_OK;
    const QVariant id = c.value("PRAGMA application_id", rc);
    if (rc == SQLITE_NOTADB)
        return Error::invalid(tr("%1 bukan database SQLite (atau rusak di bagian kepalanya).").arg(path));
    if (rc != SQLITE_OK)
        return Error::invalid(tr("%1 tidak dapat dibaca: %2").arg(path, c.message()));
    if (id.toLongLong() != OurApplicationId)
        return Error::invalid(tr("%1 bukan database Karier ASN; tidak dipakai.").arg(path));
    const QString integrity = c.value("PRAGMA integrity_check", rc).toString();
    if (rc != SQLITE_OK)
        return Error::invalid(tr("%1 rusak: %2").arg(path, c.message()));
    if (integrity != QLatin1String("ok"))
        return Error::invalid(tr("%1 rusak (pemeriksaan keutuhan: %2).").arg(path, integrity));
    Facts facts;
    facts.bytes = info.size();
    facts.schemaVersion = int(c.value("SELECT MAX(version) FROM schema_migrations", rc).toLongLong());
    if (rc != SQLITE_OK || facts.schemaVersion <= 0)
        return Error::invalid(tr("%1 bukan database Karier ASN (tanpa riwayat skema).").arg(path));
    if (facts.schemaVersion > Database::latestSchemaVersion())
        return Error::invalid(
            tr("%1 dibuat oleh versi Karier ASN yang lebih baru (skema %2, program ini %3).")
                .arg(path)
                .arg(facts.schemaVersion)
                .arg(Database::latestSchemaVersion()));
    facts.employees = c.value("SELECT COUNT(*) FROM employees", rc).toLongLong();
    facts.records = rc == SQLITE_OK ? c.value("SELECT COUNT(*) FROM records", rc).toLongLong() : 0;
    if (rc != SQLITE_OK)
        return Error::invalid(tr("%1 tidak dapat dibaca: %2").arg(path, c.message()));
    return facts;
}

Result<SqliteBackup::Facts> SqliteBackup::backup(
    const Session* actor, const QString& databasePath, const QString& outPath)
{
    if (auto allowed = requireAdmin(actor); !allowed)
        return allowed.error();
    if (QFileInfo(outPath).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath())
        return Error::invalid(tr("File cadangan tidak boleh sama dengan database-nya."));
    if (!QFileInfo(databasePath).isFile())
        return Error::database(tr("File database %1 tidak ada.").arg(databasePath));
    Connection source;
    // Read and write, never create: a reader of a WAL database may need to make its -shm file.
    if (source.open(databasePath, SQLITE_OPEN_READWRITE) != SQLITE_OK)
        return Error::database(tr("%1 tidak dapat dibuka: %2").arg(databasePath, source.message()));
    int rc = SQLITE_OK;
    if (source.value("PRAGMA application_id", rc).toLongLong() != OurApplicationId || rc != SQLITE_OK)
        return Error::invalid(tr("%1 bukan database Karier ASN; tidak dicadangkan.").arg(databasePath));
    return copyTo(source, outPath, true);
}

Result<QString> SqliteBackup::restore(
    const Session* actor, const QString& inPath, const QString& databasePath, const QDateTime& now)
{
    if (auto allowed = requireAdmin(actor); !allowed)
        return allowed.error();
    if (QFileInfo(inPath).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath())
        return Error::invalid(tr("File cadangan adalah database itu sendiri."));
    if (auto checked = verify(inPath); !checked)
        return checked.error();
    Connection in;
    if (in.open(inPath, SQLITE_OPEN_READONLY) != SQLITE_OK)
        return Error::invalid(tr("%1 tidak dapat dibuka: %2").arg(inPath, in.message()));
    if (!QFileInfo::exists(databasePath)) {
        auto written = copyTo(in, databasePath, true);
        if (!written)
            return written.error();
        return QString();
    }
    Connection target;
    if (target.open(databasePath, SQLITE_OPEN_READWRITE) != SQLITE_OK)
        return Error::database(tr("%1 tidak dapat dibuka: %2").arg(databasePath, target.message()));
    int rc = SQLITE_OK;
    const qint64 id = target.value("PRAGMA application_id", rc).toLongLong();
    if (rc == SQLITE_OK && id != OurApplicationId && id != 0)
        return Error::invalid(tr("%1 bukan database Karier ASN; tidak ditimpa.").arg(databasePath));
    // The database being replaced, kept beside it (pages as they are: a damaged one is kept too).
    const QString kept = keptPath(databasePath, now.isValid() ? now : QDateTime::currentDateTimeUtc());
    if (auto copied = copyTo(target, kept, false); !copied)
        return Error::database(
            tr("Database lama tidak dapat disimpan sebagai %1, jadi tidak ada yang dipulihkan: %2")
                .arg(kept, copied.error().message));
    if (auto restored = copyPages(in, target, tr("Memulihkan database")); !restored)
        return restored.error();
    return kept;
}

} // namespace karier
