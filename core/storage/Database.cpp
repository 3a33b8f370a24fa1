// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "storage/Migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace karier {

namespace {

QAtomicInteger<quint64> s_instanceCounter;
std::atomic<QThread*> s_guardedThread {nullptr};
std::atomic<int> s_guardedCalls {0};

/// Worker threads still running, of every Database: a worker that outlives its Database (it ran the
/// job that dropped the last reference) is waited for before the process's static teardown.
struct LiveWorkers
{
    std::mutex mutex;
    std::condition_variable done;
    int count = 0;
    ~LiveWorkers()
    {
        std::unique_lock lock(mutex);
        done.wait_for(lock, std::chrono::seconds(10), [this] { return count == 0; });
    }
};
LiveWorkers s_liveWorkers;

/// Schema statements carry no user data and cannot be server-side prepared on PostgreSQL.
Status execDdl(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Database::errorFrom(query.lastError());
    return {};
}

/// "KaSN" in the SQLite header's application_id field: marks a file as Karier ASN's.
constexpr qint64 SqliteApplicationId = 0x4B61534E;

/// Looks at an existing SQLite file read-only, before anything may write to it: is it ours (or empty)?
Status checkSqliteFileIsOurs(const QString& path, const QString& name, Database::OpenMode mode)
{
    const QString checkName = name + QStringLiteral("-check");
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), checkName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            status = Database::errorFrom(db.lastError(), Database::tr("Membuka %1").arg(path));
        } else {
            QSqlQuery tables(db);
            QSqlQuery appId(db);
            if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                status = Database::errorFrom(tables.lastError(), Database::tr("Membuka %1").arg(path));
            } else if (!appId.exec(QStringLiteral("PRAGMA application_id")) || !appId.next()) {
                status = Database::errorFrom(appId.lastError(), Database::tr("Membuka %1").arg(path));
            } else {
                QStringList names;
                while (tables.next())
                    names << tables.value(0).toString();
                const qint64 id = appId.value(0).toLongLong();
                const bool foreignId = id != 0 && id != SqliteApplicationId;
                const bool ours = names.contains(QStringLiteral("schema_migrations"));
                if (foreignId || (!names.isEmpty() && !ours))
                    status
                        = Error::database(Database::tr("%1 bukan database Karier ASN (file ini milik program "
                                                       "lain); tidak ada yang diubah.")
                                              .arg(path));
                else if (names.isEmpty() && mode == Database::OpenMode::RequireExisting)
                    status = Error::database(Database::tr("%1 masih kosong. Jalankan \"karier-cli init\" "
                                                          "terlebih dahulu.")
                                                 .arg(path));
            }
            tables = QSqlQuery();
            appId = QSqlQuery();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(checkName);
    return status;
}

Result<QSqlDatabase> openConnection(const DatabaseUrl& m_url, const QString& name, Database::OpenMode mode)
{
    if (m_url.isSqlite()) {
        const QFileInfo info(m_url.path);
        if (!info.exists()) {
            // Only init, demo and the GUI's own default file create a database: a mistyped path must
            // not leave folders and an empty database behind.
            if (mode != Database::OpenMode::Create)
                return Error::database(Database::tr("File database %1 tidak ada. Periksa jalurnya, atau buat "
                                                    "database baru dengan \"karier-cli init\".")
                                           .arg(m_url.path));
            if (!QDir().mkpath(info.absolutePath()))
                return Error::database(
                    Database::tr("Folder database %1 tidak dapat dibuat.").arg(info.absolutePath()));
        } else {
            if (!info.isFile())
                return Error::database(Database::tr("%1 bukan file database.").arg(m_url.path));
            // SQLite writes beside the file (-wal, -shm), even to read a WAL database: a user who may
            // not write there would leave files the owner cannot write, or fail half-way. Checked
            // before anything opens the file. Shared work belongs on PostgreSQL.
            if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
                return Error::database(Database::tr("Database %1 tidak dapat ditulis oleh pengguna ini (file "
                                                    "atau foldernya hanya dapat dibaca). Untuk bekerja "
                                                    "bersama, gunakan server PostgreSQL.")
                                           .arg(m_url.path));
            if (info.size() > 0) {
                if (auto ours = checkSqliteFileIsOurs(m_url.path, name, mode); !ours)
                    return ours.error();
            } else if (mode == Database::OpenMode::RequireExisting) {
                return Error::database(
                    Database::tr("%1 masih kosong. Jalankan \"karier-cli init\" terlebih dahulu.")
                        .arg(m_url.path));
            }
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const Error error
                = Database::errorFrom(db.lastError(), Database::tr("Membuka %1").arg(m_url.path));
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
                const Error error
                    = Database::errorFrom(query.lastError(), Database::tr("Membuka %1").arg(m_url.path));
                query = QSqlQuery();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                return error;
            }
        }
        return db;
    }

    // Only whitelisted, checked options reach the driver (it appends them to libpq's connection
    // string unquoted): the host shown in messages is the host connected to, TLS as DatabaseUrl says.
    const Result<QString> options = m_url.connectOptions();
    if (!options)
        return options.error();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_url.host);
    db.setPort(m_url.port);
    db.setUserName(m_url.user);
    db.setPassword(m_url.password);
    db.setDatabaseName(m_url.name);
    db.setConnectOptions(options.value());
    if (!db.open()) {
        const Error error = Database::errorFrom(
            db.lastError(), Database::tr("Menghubungi server PostgreSQL %1").arg(m_url.serverName()));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return error;
    }
    return db;
}

} // namespace

/// The workers of one Database and their queue. Shared by the Database and its worker threads, so a
/// worker that outlives the Database still has its queue and its connection's name.
struct Database::Executor
{
    DatabaseUrl url;
    QString prefix;
    /// Set by open() before the first job: whether a missing or empty SQLite file may be created.
    Database::OpenMode mode = Database::OpenMode::Create;
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::function<void()>> queue;
    bool stopping = false;
    /// PostgreSQL: the session token of the person logged in (karier_otp_verify); each worker's
    /// connection joins it before its next statement. Guarded by mutex.
    QString sessionToken;
    std::vector<std::thread> threads;
};

namespace {

/// What the running worker thread owns: set for the thread's whole life, never looked up by id.
struct WorkerContext
{
    const Database::Executor* executor = nullptr;
    QString connectionName;
    QString joinedToken; ///< the session token this worker's connection has joined
};
thread_local WorkerContext* t_worker = nullptr;

void closeConnection(const QString& name)
{
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void workerLoop(std::shared_ptr<Database::Executor> executor, int index)
{
    WorkerContext context;
    context.executor = executor.get();
    context.connectionName = executor->prefix + QStringLiteral("-w%1").arg(index);
    t_worker = &context;
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(executor->mutex);
            executor->wake.wait(lock, [&] { return executor->stopping || !executor->queue.empty(); });
            if (executor->queue.empty())
                break; // stopping, and every queued job has run
            job = std::move(executor->queue.front());
            executor->queue.pop_front();
        }
        job();
        // Dropping the job may drop the last reference to the Database: its destructor then stops
        // the workers and detaches this one, which finishes the loop on its own.
        job = nullptr;
    }
    closeConnection(context.connectionName);
    t_worker = nullptr;
    executor.reset();
    std::lock_guard lock(s_liveWorkers.mutex);
    --s_liveWorkers.count;
    s_liveWorkers.done.notify_all();
}

constexpr int WorkerCount = 2;

} // namespace

Database::Database(DatabaseUrl url) : m_url(std::move(url)), m_executor(std::make_shared<Executor>())
{
    m_executor->url = m_url;
    m_executor->prefix = QStringLiteral("karier-db-%1").arg(s_instanceCounter.fetchAndAddRelaxed(1));
    {
        std::lock_guard lock(s_liveWorkers.mutex);
        s_liveWorkers.count += WorkerCount;
    }
    for (int i = 0; i < WorkerCount; ++i)
        m_executor->threads.emplace_back(workerLoop, m_executor, i);
}

Database::~Database()
{
    {
        std::lock_guard lock(m_executor->mutex);
        m_executor->stopping = true;
    }
    m_executor->wake.notify_all();
    const std::thread::id self = std::this_thread::get_id();
    for (std::thread& thread : m_executor->threads) {
        if (thread.get_id() == self)
            thread.detach(); // the last reference was dropped by a job on this worker
        else
            thread.join(); // idle: no queued job can outlive the last reference
    }
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseUrl& url, OpenMode mode)
{
    std::shared_ptr<Database> db(new Database(url));
    db->m_executor->mode = mode; // before the first job: read by the workers when they connect
    if (auto status = db->read([](QSqlDatabase&) { return Status(); }); !status)
        return status.error();
    if (auto status = db->migrate(mode); !status)
        return status.error();
    return db;
}

void Database::post(std::function<void()> job) const
{
    {
        std::lock_guard lock(m_executor->mutex);
        m_executor->queue.push_back(std::move(job));
    }
    m_executor->wake.notify_one();
}

void Database::setGuardedThread(QThread* thread)
{
    s_guardedThread.store(thread);
}

int Database::blockingCallsOnGuardedThread()
{
    return s_guardedCalls.load();
}

Result<QSqlDatabase> Database::workerConnection() const
{
    if (t_worker == nullptr || t_worker->executor != m_executor.get())
        return Error::database(tr("Kesalahan internal: database dipakai di luar thread pekerjanya."));
    const QString& name = t_worker->connectionName;
    Result<QSqlDatabase> connection = Error::database(QString());
    bool open = false;
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen()) {
                connection = db;
                open = true;
            }
        }
        if (!open)
            QSqlDatabase::removeDatabase(name);
    }
    if (!open) {
        connection = openConnection(m_url, name, m_executor->mode);
        if (!connection)
            return connection;
        t_worker->joinedToken.clear();
    }
    if (!isSqlite()) {
        QString token;
        {
            std::lock_guard lock(m_executor->mutex);
            token = m_executor->sessionToken;
        }
        if (token != t_worker->joinedToken) {
            // Outside any transaction: a setting made inside one would be undone by its rollback.
            SqlQuery join(connection.value(),
                token.isEmpty() ? QStringLiteral("SELECT set_config('karier.session', '', false) IS NOT NULL")
                                : QStringLiteral("SELECT karier_session_join(?)"));
            if (!token.isEmpty())
                join.bind(token);
            if (!join.exec() || !join.next())
                return join.error();
            if (!join.value(0).toBool())
                return Error::forbidden(
                    tr("Sesi login sudah berakhir. Keluar, lalu masuk lagi dengan kode OTP."));
            t_worker->joinedToken = token;
        }
    }
    return connection;
}

void Database::setSessionToken(const QString& token)
{
    std::lock_guard lock(m_executor->mutex);
    m_executor->sessionToken = token;
}

Status Database::onWorker(const std::function<Status(QSqlDatabase&)>& body) const
{
    if (t_worker != nullptr && t_worker->executor == m_executor.get()) {
        auto conn = workerConnection();
        if (!conn)
            return conn.error();
        return body(conn.value());
    }
    if (QThread::currentThread() == s_guardedThread.load()) {
        s_guardedCalls.fetch_add(1);
        qWarning("karier: the GUI thread waited for the database");
    }
    std::promise<Status> promise;
    std::future<Status> result = promise.get_future();
    post([this, &body, &promise] { promise.set_value(onWorker(body)); });
    return result.get();
}

Status Database::read(const std::function<Status(QSqlDatabase&)>& body) const
{
    return onWorker(body);
}

Status Database::write(const std::function<Status(QSqlDatabase&)>& body) const
{
    return onWorker([this, &body](QSqlDatabase& db) -> Status {
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
    });
}

Result<QStringList> Database::serverAdvice() const
{
    QStringList advice;
    if (isSqlite())
        return advice;
    QMap<QString, QString> settings;
    const Status status = read([&](QSqlDatabase& c) -> Status {
        // pg_settings hides what this login may not read (instead of failing as current_setting does).
        SqlQuery q(c,
            QStringLiteral("SELECT name, setting FROM pg_settings WHERE name IN ('shared_preload_libraries', "
                           "'auth_delay.milliseconds', 'ssl', 'password_encryption')"));
        if (!q.exec())
            return q.error();
        while (q.next())
            settings.insert(q.value(0).toString(), q.value(1).toString());
        return {};
    });
    if (!status)
        return status.error();
    if (!settings.contains(QStringLiteral("shared_preload_libraries"))) {
        advice << tr("Pengaturan auth_delay server tidak dapat diperiksa dengan login ini (perlu hak "
                     "pg_read_all_settings).");
    } else {
        const QStringList libraries = settings.value(QStringLiteral("shared_preload_libraries"))
                                          .split(QLatin1Char(','), Qt::SkipEmptyParts);
        const bool loaded = std::any_of(libraries.cbegin(), libraries.cend(),
            [](const QString& name) { return name.trimmed() == QLatin1String("auth_delay"); });
        if (!loaded || settings.value(QStringLiteral("auth_delay.milliseconds")).toInt() <= 0)
            advice << tr(
                "auth_delay tidak aktif: tebakan kata sandi lewat login pegawai tidak diperlambat. "
                "Tambahkan shared_preload_libraries = 'auth_delay' dan auth_delay.milliseconds = 1000 "
                "di postgresql.conf, lalu mulai ulang server (lihat README).");
    }
    if (settings.value(QStringLiteral("ssl")) != QLatin1String("on"))
        advice << tr("ssl = off: komputer lain tidak dapat terhubung, karena Karier ASN mewajibkan TLS untuk "
                     "server di komputer lain. Aktifkan ssl di postgresql.conf dengan sertifikat server.");
    if (settings.value(QStringLiteral("password_encryption"), QStringLiteral("scram-sha-256"))
        != QLatin1String("scram-sha-256"))
        advice << tr("password_encryption bukan scram-sha-256: setel password_encryption = scram-sha-256 dan "
                     "pakai metode scram-sha-256 di pg_hba.conf.");
    return advice;
}

int Database::schemaVersion() const
{
    return m_schemaVersion;
}

int Database::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

bool Database::isPersonLogin(const QString& user)
{
    static const QRegularExpression person(QStringLiteral("^k[0-9]{18}$"));
    return person.match(user).hasMatch();
}

Status Database::migrate(OpenMode mode)
{
    return onWorker([this, mode](QSqlDatabase& db) { return migrateOn(db, mode); });
}

Status Database::migrateOn(QSqlDatabase& db, OpenMode mode)
{

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
    if (!isSqlite() && isPersonLogin(m_url.user))
        // A person's login may change no schema (schema 8): the owner migrates, with karier-cli init.
        return Error::database(
            tr("Database di server masih memakai skema %1, sedangkan aplikasi ini memerlukan "
               "skema %2. Minta Admin BKPSDM menjalankan \"karier-cli init\" dengan akun "
               "pemilik database.")
                .arg(version)
                .arg(latest));

    Status status = write([&](QSqlDatabase& c) -> Status {
        if (!isSqlite()) {
            // Two workstations opening a fresh server at once: the second waits, then sees the work done.
            SqlQuery lock(c, QStringLiteral("SELECT pg_advisory_xact_lock(72261130)"));
            if (!lock.exec())
                return lock.error();
        }
        if (isSqlite()) {
            // Marks the file as ours in its header (checked before anything is written on later opens).
            if (auto marked
                = execDdl(c, QStringLiteral("PRAGMA application_id = %1").arg(SqliteApplicationId));
                !marked)
                return marked;
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

    // Lost races with another user's transaction: expected outcomes, not faults, so the message says
    // what happened and what to do, without the driver's words (SQLSTATE, constraint names, key values).
    // Every check of this program runs before its writes; a unique key refuses a row only when another
    // transaction committed the same row after that check (PostgreSQL; SQLite serialises writers).
    // PostgreSQL: 23505 unique_violation, 40P01 deadlock_detected, 40001 serialization_failure.
    // SQLite: 19 SQLITE_CONSTRAINT (2067 / 1555 with extended codes) "UNIQUE constraint failed".
    const bool uniqueViolation = native == QLatin1String("23505") || native == QLatin1String("2067")
        || native == QLatin1String("1555")
        || (native == QLatin1String("19") && lower.contains(QLatin1String("unique constraint failed")));
    const bool lostRace = native == QLatin1String("40P01") || native == QLatin1String("40001");
    if (uniqueViolation || lostRace) {
        QString message = uniqueViolation
            ? tr("Data yang sama baru saja disimpan oleh pengguna lain, sehingga tidak ada yang disimpan. "
                 "Muat ulang atau jalankan sekali lagi.")
            : tr("Pengguna lain sedang mengubah data yang sama, sehingga tidak ada yang disimpan. Jalankan "
                 "sekali lagi.");
        if (!context.isEmpty())
            message = context + QStringLiteral(": ") + message;
        return Error::conflict(message);
    }

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
    else if (lower.contains(QLatin1String("does not support ssl")))
        message = tr("Server PostgreSQL tidak mendukung koneksi terenkripsi (TLS), padahal koneksi ini "
                     "mewajibkannya. Aktifkan SSL di server (ssl = on) atau hubungi pengelola server.");
    else if (lower.contains(QLatin1String("certificate")))
        message = tr("Sertifikat server PostgreSQL tidak dapat diverifikasi dengan Sertifikat CA server "
                     "(periksa berkas CA dan nama server).");
    else if (lower.contains(QLatin1String("ssl error")) || lower.contains(QLatin1String("ssl syscall"))
        || lower.contains(QLatin1String("establish ssl")) || lower.contains(QLatin1String("ssl negotiation")))
        message = tr("Koneksi terenkripsi (TLS) ke server PostgreSQL gagal.");
    else if (lower.contains(QLatin1String("could not connect"))
        || lower.contains(QLatin1String("connection refused"))
        || lower.contains(QLatin1String("timeout expired"))
        || lower.contains(QLatin1String("could not translate host")))
        message = tr("Server PostgreSQL tidak dapat dihubungi.");
    else if (lower.contains(QLatin1String("password authentication failed"))
        || lower.contains(QLatin1String("no password supplied"))
        || lower.contains(QLatin1String("is not permitted to log in"))) {
        // The server does not say whether the user exists: neither does this message.
        message = tr("Pengguna atau kata sandi PostgreSQL salah.");
        if (!context.isEmpty())
            message = context + QStringLiteral(": ") + message;
        return {ErrorCode::Unauthenticated, message};
    } else if (lower.contains(QLatin1String("does not exist")) && lower.contains(QLatin1String("database")))
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
