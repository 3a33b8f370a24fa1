// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/BatchService.h"

#include "auth/AccessPolicy.h"
#include "dms/DmsService.h"
#include "domain/Nip.h"
#include "io/Csv.h"
#include "org/Organisation.h"
#include "records/RecordStorage.h"
#include "settings/SharedSettings.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>
#include <algorithm>

namespace karier {

namespace {

const QString ActiveStatuses = QStringLiteral("'diajukan', 'disetujui', 'perlu_perbaikan'");

bool isNipHeader(const QString& cell)
{
    return cell.trimmed().compare(QLatin1String("nip"), Qt::CaseInsensitive) == 0;
}

/// Cells of one line of pasted text: separators , ; and tab; a cell that is not one (grouped) NIP is
/// split at spaces as well, so "NIP1 NIP2" and "19850315 201001 2 002" both work.
QStringList cellsOf(const QString& line)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\t]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList cells;
    for (const QString& raw : line.split(separators)) {
        QString cell = raw.trimmed();
        if (cell.size() >= 2 && cell.startsWith(QLatin1Char('"')) && cell.endsWith(QLatin1Char('"')))
            cell = cell.mid(1, cell.size() - 2).trimmed();
        if (cell.isEmpty())
            continue;
        QString compact = cell;
        compact.remove(spaces);
        bool allDigits = !compact.isEmpty();
        for (const QChar c : compact)
            allDigits = allDigits && c.isDigit();
        if (allDigits && compact.size() == 18)
            cells << cell;
        else
            cells << cell.split(spaces, Qt::SkipEmptyParts);
    }
    return cells;
}

struct EmployeeFacts
{
    qint64 id = 0;
    QString nip;
    QString name;
    QString unitName;
    QDate tmt;
};

Result<EmployeeFacts> employeeByNip(QSqlDatabase& c, const QString& nip)
{
    const auto factsFrom = [](const SqlQuery& q) {
        EmployeeFacts facts;
        facts.id = q.value(0).toLongLong();
        facts.nip = q.value(1).toString();
        facts.name
            = Employee::displayName(q.value(2).toString(), q.value(3).toString(), q.value(4).toString());
        facts.tmt = sqlDate(q.value(5));
        facts.unitName = q.value(6).toString();
        return facts;
    };
    auto facts = queryOne(c,
        QStringLiteral("SELECT e.id, e.nip, e.nama, e.gelar_depan, e.gelar_belakang, e.tmt, u.name "
                       "FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.nip = ?"),
        factsFrom, nip);
    if (!facts)
        return facts.error();
    return facts->value_or(EmployeeFacts());
}

/// Employees who already hold a record of this type with this number (not rejected), with its status.
Result<QHash<qint64, QString>> holdersOfNumber(QSqlDatabase& c, const RecordType& type, const QString& number)
{
    QHash<qint64, QString> holders;
    if (number.isEmpty())
        return holders;
    SqlQuery q(c,
        QStringLiteral("SELECT employee_id, status FROM records WHERE record_type = ? AND number = ? "
                       "AND status <> 'ditolak'"));
    q.bindAll(type.code, number);
    if (!q.exec())
        return q.error();
    while (q.next())
        holders.insert(q.value(0).toLongLong(), q.value(1).toString());
    return holders;
}

/// PostgreSQL: waits until no other transaction is applying this decree (type and number), and holds it
/// until this transaction ends. Two admins sending one decree at once (READ COMMITTED) would otherwise
/// both find nobody holding the number and both insert; after this lock, the second reads the records the
/// first committed. SQLite needs none: BEGIN IMMEDIATE lets one writer in at a time.
Status lockDecree(QSqlDatabase& c, const RecordType& type, const QString& number)
{
    if (c.driverName() != QLatin1String("QPSQL"))
        return {};
    // A stable key on every workstation (qHash is seeded per process): the first 32 bits of a SHA-256. Two
    // decrees sharing a key merely wait for each other.
    const QByteArray digest = QCryptographicHash::hash(
        (type.code + QLatin1Char('\n') + number).toUtf8(), QCryptographicHash::Sha256);
    const qint32 key = qFromBigEndian<qint32>(digest.constData());
    // The two-key form: a space of its own, apart from the migration's one-key lock.
    constexpr qint32 BatchDecreeLocks = 72261131;
    SqlQuery lock(c, QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"));
    lock.bindAll(BatchDecreeLocks, key);
    if (!lock.exec())
        return lock.error();
    return {};
}

} // namespace

QString BatchPlan::summary() const
{
    if (!type)
        return {};
    QString text = QCoreApplication::translate(
        "karier::BatchService", "%n pegawai akan menerima %1", nullptr, int(recipients.size()))
                       .arg(type->title);
    const QString title = type->titleField.isEmpty() ? QString() : values.value(type->titleField).toString();
    if (!title.trimmed().isEmpty())
        text += QStringLiteral(" \"%1\"").arg(title.trimmed());
    const FieldSpec* numberField = type->field(type->numberField);
    const QString number = numberField ? values.value(numberField->key).toString().trimmed() : QString();
    if (numberField && !number.isEmpty())
        text += QStringLiteral(" (%1 %2)").arg(numberField->label, number);
    return text + QLatin1Char('.');
}

BatchService::BatchService(std::shared_ptr<Database> db, Clock clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{ }

QDateTime BatchService::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

Result<RuleContext> BatchService::decreeContext() const
{
    auto settings = SharedSettings(m_db).load();
    if (!settings)
        return settings.error();
    RuleContext base;
    base.today = now().toLocalTime().date();
    base.maxJpPerDay = settings->maxJpPerDay;
    return base;
}

Result<QList<RuleIssue>> BatchService::checkDecree(const RecordType& type, const QVariantMap& values) const
{
    auto base = decreeContext();
    if (!base)
        return base.error();
    return type.validate(values, base.value());
}

bool BatchService::supportsType(const RecordType& type)
{
    return type.batchEntry;
}

QList<NipEntry> BatchService::parseNipList(const QString& text)
{
    QString normalized = text;
    if (normalized.startsWith(QChar(0xFEFF)))
        normalized.remove(0, 1);
    const QStringList lines = normalized.split(QRegularExpression(QStringLiteral("\\r\\n|\\r|\\n")));

    // A CSV with a header: read the NIP column only (other columns may hold names, units …).
    int firstLine = 0;
    while (firstLine < lines.size() && lines.at(firstLine).trimmed().isEmpty())
        ++firstLine;
    if (firstLine < lines.size()) {
        const QStringList header = lines.at(firstLine).contains(QLatin1Char(';'))
            ? lines.at(firstLine).split(QLatin1Char(';'))
            : lines.at(firstLine).split(QLatin1Char(','));
        qsizetype column = -1;
        for (qsizetype i = 0; i < header.size(); ++i) {
            QString cell = header.at(i).trimmed();
            cell.remove(QLatin1Char('"'));
            if (isNipHeader(cell))
                column = i;
        }
        if (column >= 0) {
            auto table = Csv::parse(normalized.toUtf8());
            QList<NipEntry> entries;
            if (table) {
                for (const Csv::Row& row : table->rows) {
                    // Csv::cellText: our own exports write the NIP as ="…".
                    const QString cell
                        = column < row.fields.size() ? Csv::cellText(row.fields.at(column)) : QString();
                    if (!cell.isEmpty())
                        entries.append({row.line + firstLine, cell});
                }
                return entries;
            }
        }
    }

    QList<NipEntry> entries;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        for (const QString& cell : cellsOf(lines.at(i)))
            entries.append({int(i + 1), cell});
    }
    return entries;
}

Result<BatchPlan> BatchService::prepare(const Session* actor, const RecordType& type,
    const QVariantMap& values, const QList<NipEntry>& nips) const
{
    if (auto allowed = AccessPolicy::requireUnlessSystem(actor, Permission::BatchEntry); !allowed)
        return allowed.error();
    if (!supportsType(type))
        return Error::invalid(tr("%1 tidak dapat dimasukkan secara massal.").arg(type.title));

    auto baseResult = decreeContext();
    if (!baseResult)
        return baseResult.error();
    const RuleContext base = baseResult.value();

    const QList<RuleIssue> decreeIssues = type.validate(values, base);
    if (RecordType::hasErrors(decreeIssues))
        return Error::invalid(RecordType::errorText(decreeIssues));

    BatchPlan plan;
    plan.type = &type;
    plan.values = values;
    QSet<QString> decreeWarnings;
    for (const RuleIssue& issue : decreeIssues) {
        plan.warnings.append(issue);
        decreeWarnings.insert(issue.message);
    }
    if (nips.isEmpty())
        return Error::invalid(tr("Belum ada NIP pegawai yang dipilih."));

    // Parse and de-duplicate the entries before touching the database.
    QHash<QString, int> firstSeen;
    QList<QPair<NipEntry, QString>> candidates; // entry, 18 digits
    for (const NipEntry& entry : nips) {
        auto nip = Nip::parse(entry.text, base.today);
        if (!nip) {
            plan.problems.append({BatchProblem::Kind::NotANip, entry, QString(), nip.error().message});
            continue;
        }
        const auto seen = firstSeen.constFind(nip->digits());
        if (seen != firstSeen.constEnd()) {
            plan.problems.append({BatchProblem::Kind::Duplicate, entry, QString(),
                seen.value() > 0 ? tr("NIP ganda: sudah disebut di baris %1.").arg(seen.value())
                                 : tr("NIP ganda: sudah disebut sebelumnya.")});
            continue;
        }
        firstSeen.insert(nip->digits(), entry.line);
        candidates.append({entry, nip->digits()});
    }

    const RecordStorage::Columns columns = RecordStorage::columnsOf(type, values);
    const QString numberLabel
        = type.field(type.numberField) ? type.field(type.numberField)->label : QString();
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        auto holders = holdersOfNumber(c, type, columns.number);
        if (!holders)
            return holders.error();

        // JP already claimed on the days of a Kursus, per employee.
        QHash<qint64, QList<std::tuple<QDate, QDate, double>>> claimed;
        const QDate start = columns.startDate.toDate();
        const QDate end = columns.endDate.toDate();
        if (!type.hoursField.isEmpty() && start.isValid() && end.isValid() && end >= start
            && start.daysTo(end) < 366) {
            SqlQuery q(c,
                QStringLiteral("SELECT employee_id, start_date, end_date, hours FROM records WHERE hours IS "
                               "NOT NULL AND status IN (")
                    + ActiveStatuses + QStringLiteral(") AND start_date <= ? AND end_date >= ?"));
            q.bindAll(end, start);
            if (!q.exec())
                return q.error();
            while (q.next())
                claimed[q.value(0).toLongLong()].append(
                    {sqlDate(q.value(1)), sqlDate(q.value(2)), q.value(3).toDouble()});
        }

        for (const auto& [entry, digits] : std::as_const(candidates)) {
            auto facts = employeeByNip(c, digits);
            if (!facts)
                return facts.error();
            if (facts->id == 0) {
                plan.problems.append({BatchProblem::Kind::UnknownNip, entry, QString(),
                    tr("NIP tidak terdaftar sebagai pegawai.")});
                continue;
            }
            if (actor && !AccessPolicy::mayDecideFor(*actor, facts->id)) {
                plan.problems.append({BatchProblem::Kind::OwnRecord, entry, facts->name,
                    tr("NIP Anda sendiri: %1 untuk Anda dimasukkan oleh Admin BKPSDM lain, atau Anda "
                       "ajukan sendiri lalu diverifikasi oleh Admin lain.")
                        .arg(type.title)});
                continue;
            }
            if (holders->contains(facts->id)) {
                const auto held = statusFromCode(holders->value(facts->id));
                plan.problems.append({BatchProblem::Kind::AlreadyRecorded, entry, facts->name,
                    tr("Sudah memiliki %1 dengan %2 ini (%3).")
                        .arg(type.title, numberLabel,
                            held ? statusDisplayName(*held) : holders->value(facts->id))});
                continue;
            }
            RuleContext context = base;
            context.tmt = facts->tmt;
            for (const auto& [otherStart, otherEnd, hours] : claimed.value(facts->id)) {
                if (!otherStart.isValid() || !otherEnd.isValid() || otherEnd < otherStart)
                    continue;
                const double perDay = hours / double(otherStart.daysTo(otherEnd) + 1);
                for (QDate day = std::max(start, otherStart); day <= std::min(end, otherEnd);
                     day = day.addDays(1))
                    context.otherJpPerDay[day] += perDay;
            }
            const QList<RuleIssue> issues = type.validate(values, context);
            if (RecordType::hasErrors(issues)) {
                plan.problems.append(
                    {BatchProblem::Kind::RuleError, entry, facts->name, RecordType::errorText(issues)});
                continue;
            }
            BatchRecipient recipient {facts->id, facts->nip, facts->name, facts->unitName, {}};
            for (const RuleIssue& issue : issues) {
                if (!decreeWarnings.contains(issue.message))
                    recipient.warnings << issue.message;
            }
            plan.recipients.append(recipient);
        }
        return {};
    });
    if (!status)
        return status.error();
    // Listed in the order of the admin's list.
    std::stable_sort(plan.problems.begin(), plan.problems.end(),
        [](const BatchProblem& a, const BatchProblem& b) { return a.entry.line < b.entry.line; });
    return plan;
}

Result<BatchOutcome> BatchService::apply(
    const Session* actor, const BatchPlan& plan, const DocumentUpload& document)
{
    if (auto allowed = AccessPolicy::requireUnlessSystem(actor, Permission::BatchEntry); !allowed)
        return allowed.error();
    if (!plan.type || !supportsType(*plan.type))
        return Error::invalid(tr("Jenis riwayat tidak dapat dimasukkan secara massal."));
    const RecordType& type = *plan.type;
    if (plan.recipients.isEmpty())
        return Error::invalid(tr("Tidak ada pegawai yang akan menerima %1.").arg(type.title));

    auto settings = SharedSettings(m_db).load();
    if (!settings)
        return settings.error();
    if (auto valid = RecordStorage::validateUpload(settings.value(), document); !valid)
        return valid.error();
    // The plan may be old or assembled by hand: the decree is checked again.
    auto decreeIssues = checkDecree(type, plan.values);
    if (!decreeIssues)
        return decreeIssues.error();
    if (RecordType::hasErrors(decreeIssues.value()))
        return Error::invalid(RecordType::errorText(decreeIssues.value()));

    // The plan may be old or assembled by hand: the actor's own NIP is refused here too.
    if (actor) {
        for (const BatchRecipient& r : plan.recipients) {
            if (!AccessPolicy::mayDecideFor(*actor, r.employeeId))
                return Error::forbidden(tr("Anda tidak dapat memberikan %1 kepada diri sendiri (NIP %2). "
                                           "Keluarkan NIP Anda dari daftar; tidak ada yang disimpan.")
                                            .arg(type.title, Nip::groupedOrAsIs(r.nip)));
        }
    }

    const QDateTime timestamp = now();
    const RecordStorage::Columns columns = RecordStorage::columnsOf(type, plan.values);
    const QString actorNip = actor ? actor->nip : QString();
    const QVariant decidedBy = actorNip.isEmpty() ? QVariant() : QVariant(actorNip);
    const QString auditNote = QStringLiteral("Dimasukkan massal: %1 pegawai").arg(plan.recipients.size())
        + (columns.number.isEmpty() ? QString() : QStringLiteral(", nomor %1").arg(columns.number));

    BatchOutcome outcome;
    const QString numberLabel
        = type.field(type.numberField) ? type.field(type.numberField)->label : QString();
    const Status status = m_db->write([&](QSqlDatabase& c) -> Status {
        outcome = {};
        // First the decree's lock, then the check: whoever applied it meanwhile has committed.
        if (auto locked = lockDecree(c, type, columns.number); !locked)
            return locked;
        auto holders = holdersOfNumber(c, type, columns.number);
        if (!holders)
            return holders.error();
        QStringList changed;
        for (const BatchRecipient& r : plan.recipients) {
            if (holders->contains(r.employeeId))
                changed << r.name;
        }
        if (!changed.isEmpty()) {
            QString names = changed.mid(0, 5).join(QStringLiteral(", "));
            if (changed.size() > 5)
                names += QStringLiteral(", …");
            return Error::conflict(tr("Data berubah sejak ringkasan dibuat: %n pegawai sudah menerima %1 "
                                      "dengan %2 ini (%3), mungkin baru saja disimpan oleh pengguna lain. "
                                      "Tidak ada yang disimpan; periksa ulang daftar pegawai lalu simpan "
                                      "lagi, yang sudah menerima akan dilewati.",
                nullptr, int(changed.size()))
                                       .arg(type.title, numberLabel, names));
        }

        bool reused = false;
        auto documentId = RecordStorage::storeDocument(c, document, actorNip, timestamp, &reused);
        if (!documentId)
            return documentId.error();
        outcome.documentId = documentId.value();
        outcome.documentReused = reused;

        for (const BatchRecipient& r : plan.recipients) {
            SqlQuery insert(c,
                QStringLiteral(
                    "INSERT INTO records (employee_id, record_type, status, fields, title, number, "
                    "start_date, end_date, hours, document_id, decided_by_nip, decided_at, "
                    "submitted_at, created_at, updated_at) SELECT id, ?, 'disetujui', ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ? FROM employees WHERE id = ? RETURNING id"));
            insert.bindAll(type.code, columns.fieldsJson, columns.title, columns.number, columns.startDate,
                columns.endDate, columns.hours, outcome.documentId, decidedBy, timestamp, timestamp,
                timestamp, timestamp, r.employeeId);
            if (!insert.exec())
                return insert.error();
            if (!insert.next())
                return Error::conflict(tr("Pegawai %1 (%2) tidak terdaftar lagi. Periksa ulang "
                                          "daftar pegawai; tidak ada yang disimpan.")
                                           .arg(r.name, r.nip));
            const QString id = insert.value(0).toString();
            if (auto audited = Organisation::audit(c, actorNip, QStringLiteral("setujui-massal"), type.code,
                    id, QString(), QStringLiteral("disetujui"), auditNote);
                !audited)
                return audited;
            ++outcome.created;
        }
        // An approved Penghargaan is a Kondisional row of the Skor Arsip Digital: the recipients' scores
        // are recomputed in this transaction, as ApprovalService does for a single one.
        if (DmsService::countsForScore(type.code)) {
            QList<qint64> rescore;
            rescore.reserve(plan.recipients.size());
            for (const BatchRecipient& r : plan.recipients)
                rescore.append(r.employeeId);
            if (auto rescored = DmsService::recalculate(c, rescore, timestamp); !rescored)
                return rescored;
            outcome.scoresUpdated = int(rescore.size());
        }
        return {};
    });
    if (!status)
        return status.error();
    return outcome;
}

} // namespace karier
