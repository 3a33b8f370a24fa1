// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "storage/Migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

namespace karier {

namespace {

QAtomicInteger<quint64> s_instanceCounter;

/// Schema statements carry no user data and cannot be server-side prepared on PostgreSQL.
Status execDdl(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Database::errorFrom(query.lastError());
    return {};
}

QString threadConnectionName(const QString& prefix)
{
    return prefix + QLatin1Char('-')
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
}

} // namespace

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_prefix(QStringLiteral("karier-db-%1").arg(s_instanceCounter.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    const QString own = threadConnectionName(m_prefix);
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString& name : names) {
        if (!name.startsWith(m_prefix + QLatin1Char('-')))
            continue;
        if (name == own) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        // Connections of other (finished or idle pool) threads: only the registry entry is removed here;
        // asking for the handle from this thread would be a cross-thread use.
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseUrl& url, OpenMode mode)
{
    std::shared_ptr<Database> db(new Database(url));
    auto conn = db->connection();
    if (!conn)
        return conn.error();
    if (auto status = db->migrate(mode); !status)
        return status.error();
    return db;
}

Result<QSqlDatabase> Database::connection() const
{
    const QString name = threadConnectionName(m_prefix);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        QSqlDatabase::removeDatabase(name);
    }
    auto opened = openConnection(name);
    if (!opened)
        return opened.error();
    // Close this thread's connection when the thread ends (worker threads of a pool); the
    // main thread's connection is closed by the destructor.
    if (QThread* thread = QThread::currentThread(); thread != nullptr) {
        QObject::connect(
            thread, &QThread::finished, thread,
            [name] {
                if (QSqlDatabase::contains(name)) {
                    QSqlDatabase::database(name, false).close();
                    QSqlDatabase::removeDatabase(name);
                }
            },
            Qt::DirectConnection);
    }
    return opened;
}

Result<QSqlDatabase> Database::openConnection(const QString& name) const
{
    if (m_url.isSqlite()) {
        const QFileInfo info(m_url.path);
        if (!QDir().mkpath(info.absolutePath()))
            return Error::database(tr("Folder database %1 tidak dapat dibuat.").arg(info.absolutePath()));
        if (info.exists() && !info.isFile())
            return Error::database(tr("%1 bukan file database.").arg(m_url.path));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const Error error = errorFrom(db.lastError(), tr("Membuka %1").arg(m_url.path));
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return error;
        }
        // The first statement reads the file header: a corrupt or foreign file fails here.
        const char* pragmas[]
            = {"PRAGMA foreign_keys=ON", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"};
        for (const char* pragma : pragmas) {
            QSqlQuery query(db);
            if (!query.exec(QLatin1String(pragma))) {
                const Error error = errorFrom(query.lastError(), tr("Membuka %1").arg(m_url.path));
                query = QSqlQuery();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                return error;
            }
        }
        return db;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_url.host);
    db.setPort(m_url.port);
    db.setUserName(m_url.user);
    db.setPassword(m_url.password);
    db.setDatabaseName(m_url.name);
    QString options = QStringLiteral("connect_timeout=5;application_name=karier-asn");
    if (!m_url.options.isEmpty())
        options += QLatin1Char(';') + m_url.options;
    db.setConnectOptions(options);
    if (!db.open()) {
        const Error error = errorFrom(
            db.lastError(), tr("Menghubungi server PostgreSQL %1:%2").arg(m_url.host).arg(m_url.port));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return error;
    }
    return db;
}

Status Database::read(const std::function<Status(QSqlDatabase&)>& body) const
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    return body(conn.value());
}

Status Database::write(const std::function<Status(QSqlDatabase&)>& body) const
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase& db = conn.value();
    {
        QSqlQuery begin(db);
        if (!begin.exec(isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
            return errorFrom(begin.lastError(), tr("Memulai transaksi"));
    }
    Status status = body(db);
    QSqlQuery end(db);
    if (status.ok()) {
        if (end.exec(QStringLiteral("COMMIT")))
            return status;
        status = errorFrom(end.lastError(), tr("Menyimpan transaksi"));
    }
    end.exec(QStringLiteral("ROLLBACK"));
    return status;
}

int Database::schemaVersion() const
{
    return m_schemaVersion;
}

int Database::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

Status Database::migrate(OpenMode mode)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase& db = conn.value();

    auto readVersion = [&](QSqlDatabase& c, int& version, bool& hasTable) -> Status {
        const QStringList tables = c.tables(QSql::Tables);
        hasTable = tables.contains(QStringLiteral("schema_migrations"));
        version = 0;
        if (!hasTable) {
            if (!tables.isEmpty())
                return Error::database(tr("Database ini berisi tabel lain dan bukan database Karier ASN; "
                                          "tidak ada yang diubah."));
            return {};
        }
        SqlQuery q(c, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
        if (!q.exec() || !q.next())
            return q.error();
        version = q.value(0).toInt();
        return {};
    };

    int version = 0;
    bool hasTable = false;
    if (auto status = readVersion(db, version, hasTable); !status)
        return status;
    const int latest = latestSchemaVersion();
    if (version > latest)
        return Error::database(tr("Database ini dibuat oleh versi Karier ASN yang lebih baru (skema %1; "
                                  "versi ini mengenal sampai skema %2). Perbarui aplikasi; database "
                                  "tidak diubah.")
                                   .arg(version)
                                   .arg(latest));
    if (version == latest) {
        m_schemaVersion = version;
        return {};
    }
    if (!hasTable && mode == OpenMode::RequireExisting)
        return Error::database(tr("Database masih kosong. Jalankan \"karier-cli init\" terlebih dahulu."));

    Status status = write([&](QSqlDatabase& c) -> Status {
        if (!isSqlite()) {
            // Two workstations opening a fresh server at once: the second waits, then sees the work done.
            SqlQuery lock(c, QStringLiteral("SELECT pg_advisory_xact_lock(72261130)"));
            if (!lock.exec())
                return lock.error();
        }
        if (auto created = execDdl(c,
                QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER "
                               "PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
            !created)
            return created;
        SqlQuery current(c, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
        if (!current.exec() || !current.next())
            return current.error();
        const int from = current.value(0).toInt();
        for (const Migration& migration : migrations()) {
            if (migration.version <= from)
                continue;
            for (const MigrationStatement& statement : migration.statements) {
                const QString sql = statement.sqlFor(dialect());
                if (sql.isEmpty())
                    continue;
                if (auto done = execDdl(c, sql); !done)
                    return Error::database(tr("Migrasi %1 (%2) gagal: %3")
                                               .arg(migration.version)
                                               .arg(migration.name, done.error().message));
            }
            SqlQuery record(c,
                QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
            record.bindAll(migration.version, migration.name,
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            if (!record.exec())
                return record.error();
        }
        return {};
    });
    if (!status)
        return status;
    m_schemaVersion = latest;
    return {};
}

Error Database::errorFrom(const QSqlError& error, const QString& context)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.text().trimmed();
    const QString lower = text.toLower();
    QString message;
    if (lower.contains(QLatin1String("database is locked")) || native == QLatin1String("5")
        || native.startsWith(QLatin1String("5 ")) || native == QLatin1String("517")
        || native == QLatin1String("261"))
        message = tr("Database sedang dikunci oleh program lain. Tunggu sebentar lalu coba lagi.");
    else if (lower.contains(QLatin1String("file is not a database"))
        || lower.contains(QLatin1String("malformed")) || native == QLatin1String("26")
        || native == QLatin1String("11"))
        message = tr("File database rusak atau bukan database SQLite.");
    else if (lower.contains(QLatin1String("unable to open database")) || native == QLatin1String("14"))
        message = tr("File database tidak dapat dibuka (periksa jalur dan hak akses).");
    else if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only")))
        message = tr("Database hanya dapat dibaca; perubahan tidak dapat disimpan.");
    else if (lower.contains(QLatin1String("could not connect"))
        || lower.contains(QLatin1String("connection refused"))
        || lower.contains(QLatin1String("timeout expired"))
        || lower.contains(QLatin1String("could not translate host")))
        message = tr("Server PostgreSQL tidak dapat dihubungi.");
    else if (lower.contains(QLatin1String("password authentication failed")))
        message = tr("Pengguna atau kata sandi PostgreSQL salah.");
    else if (lower.contains(QLatin1String("does not exist")) && lower.contains(QLatin1String("database")))
        message = tr("Database PostgreSQL tersebut tidak ada di server.");
    else if (lower.contains(QLatin1String("server closed the connection"))
        || lower.contains(QLatin1String("no connection")))
        message = tr("Hubungan ke server PostgreSQL terputus.");
    else
        message = tr("Kesalahan database.");
    if (!context.isEmpty())
        message = context + QStringLiteral(": ") + message;
    // The driver's own words (English) stay available for the administrator, marked as technical detail.
    if (!text.isEmpty())
        message += tr(" (rincian teknis: ") + text + QLatin1Char(')');
    return Error::database(message);
}

SqlQuery::SqlQuery(const QSqlDatabase& db, const QString& sql) : m_query(db), m_sql(sql)
{
    // SQLite: read rows as they come, without Qt keeping a copy of each for moving back (nothing here
    // moves back). Not on PostgreSQL, where forward-only streams the rows over the connection, so that
    // no other statement may run on it until they are all read.
    if (db.driverName() == QLatin1String("QSQLITE"))
        m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

SqlQuery& SqlQuery::bind(const QVariant& value)
{
    // A null QString is an empty text, not SQL NULL; pass QVariant() for NULL.
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        m_query.addBindValue(QStringLiteral(""));
        return *this;
    }
    m_query.addBindValue(value);
    return *this;
}

bool SqlQuery::exec()
{
    return m_prepared && m_query.exec();
}

Error SqlQuery::error() const
{
    return Database::errorFrom(m_query.lastError());
}

} // namespace karier
