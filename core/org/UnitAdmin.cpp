// SPDX-License-Identifier: GPL-3.0-or-later
#include "org/UnitAdmin.h"

#include "auth/AccessPolicy.h"
#include "common/Text.h"
#include "org/Organisation.h"
#include "storage/Query.h"

#include <QDateTime>
#include <QRegularExpression>

namespace karier {

namespace {

/// The unit's columns and its counts: own employees, with its Satker's (an Induk), active Satker.
const char* const NodeSelect = "SELECT u.id, u.code, u.name, COALESCE(u.parent_id, 0), u.active, u.version,"
                               " (SELECT COUNT(*) FROM employees e WHERE e.unit_id = u.id),"
                               " (SELECT COUNT(*) FROM employees e JOIN org_units s ON s.id = e.unit_id"
                               "  WHERE s.id = u.id OR s.parent_id = u.id),"
                               " (SELECT COUNT(*) FROM org_units s WHERE s.parent_id = u.id AND s.active)"
                               " FROM org_units u";

UnitNode nodeFrom(const SqlQuery& q)
{
    UnitNode n;
    n.id = q.value(0).toLongLong();
    n.code = q.value(1).toString();
    n.name = q.value(2).toString();
    n.parentId = q.value(3).toLongLong();
    n.active = q.value(4).toBool();
    n.version = q.value(5).toInt();
    n.ownEmployees = q.value(6).toInt();
    n.totalEmployees = n.isInduk() ? q.value(7).toInt() : n.ownEmployees;
    n.activeSatker = q.value(8).toInt();
    return n;
}

constexpr int MaxCodeLength = 40;
constexpr int MaxNameLength = 200;

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

UnitAdmin::UnitAdmin(std::shared_ptr<Database> db) : m_db(std::move(db))
{ }

QString UnitAdmin::codeProblem(const QString& code)
{
    if (code.trimmed().isEmpty())
        return tr("Kode unit wajib diisi.");
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!pattern.match(code.trimmed()).hasMatch())
        return tr("Kode unit hanya boleh berisi huruf, angka, titik, tanda hubung, dan garis bawah, "
                  "diawali huruf atau angka.");
    if (code.trimmed().size() > MaxCodeLength)
        return tr("Kode unit paling panjang %1 karakter.").arg(MaxCodeLength);
    return {};
}

QString UnitAdmin::nameProblem(const QString& name)
{
    if (name.trimmed().isEmpty())
        return tr("Nama unit wajib diisi.");
    if (name.trimmed().size() > MaxNameLength)
        return tr("Nama unit paling panjang %1 karakter.").arg(MaxNameLength);
    return Text::fieldProblem(tr("Nama unit"), name);
}

Result<QList<UnitNode>> UnitAdmin::tree(const Session& actor) const
{
    if (Status allowed = AccessPolicy::require(actor, Permission::ManageOrganisation); !allowed)
        return allowed.error();
    return m_db->readValue([](QSqlDatabase& c) {
        return queryAll(c,
            QLatin1String(NodeSelect)
                + QStringLiteral(" LEFT JOIN org_units p ON p.id = u.parent_id"
                                 " ORDER BY COALESCE(p.name, u.name), COALESCE(u.parent_id, u.id),"
                                 " u.parent_id IS NOT NULL, u.name, u.id"),
            nodeFrom);
    });
}

Result<QList<UnitPengelola>> UnitAdmin::pengelola(const Session& actor, qint64 indukId) const
{
    if (Status allowed = AccessPolicy::require(actor, Permission::ManageOrganisation); !allowed)
        return allowed.error();
    return m_db->readValue([&](QSqlDatabase& c) {
        return queryAll(
            c,
            QStringLiteral("SELECT a.id, e.nip, e.nama, e.gelar_depan, e.gelar_belakang, a.active"
                           " FROM accounts a JOIN employees e ON e.id = a.employee_id"
                           " WHERE a.role = 'pengelola' AND a.managed_unit_id = ? ORDER BY e.nama, e.nip"),
            [](const SqlQuery& q) {
                return UnitPengelola {q.value(0).toLongLong(), q.value(1).toString(),
                    Employee::displayName(
                        q.value(2).toString(), q.value(3).toString(), q.value(4).toString()),
                    q.value(5).toBool()};
            },
            indukId);
    });
}

namespace {

/// The unit \a id as it is inside the transaction, or why it cannot be changed: gone, or changed since
/// the caller read \a version.
Result<UnitNode> lockedUnit(QSqlDatabase& c, qint64 id, int version)
{
    const auto unit
        = queryOne(c, QLatin1String(NodeSelect) + QStringLiteral(" WHERE u.id = ?"), nodeFrom, id);
    if (!unit)
        return unit.error();
    if (!*unit)
        return Error::notFound(UnitAdmin::tr("Unit tidak ditemukan; muat ulang daftar."));
    if ((*unit)->version != version)
        return Error::conflict(UnitAdmin::tr("Unit %1 baru saja diubah oleh pengguna lain; muat ulang daftar "
                                             "lalu ulangi.")
                                   .arg((*unit)->name));
    return **unit;
}

/// The Induk Satker a Satker may be placed under: it exists, is an Induk Satker and is active.
Result<UnitNode> indukForSatker(QSqlDatabase& c, qint64 parentId)
{
    const auto parent
        = queryOne(c, QLatin1String(NodeSelect) + QStringLiteral(" WHERE u.id = ?"), nodeFrom, parentId);
    if (!parent)
        return parent.error();
    if (!*parent)
        return Error::notFound(UnitAdmin::tr("Induk Satker tidak ditemukan; muat ulang daftar."));
    if (!(*parent)->isInduk())
        return Error::invalid(UnitAdmin::tr("%1 adalah Satker; Satker hanya berada di bawah Induk Satker.")
                                  .arg((*parent)->name));
    if (!(*parent)->active)
        return Error::invalid(
            UnitAdmin::tr("Induk Satker %1 tidak aktif; aktifkan dahulu.").arg((*parent)->name));
    return **parent;
}

/// Updates the unit with an optimistic version check; \a set is the SET list before "version".
template<typename... Args>
Status updateUnit(QSqlDatabase& c, const UnitNode& unit, const QString& set, const Args&... args)
{
    SqlQuery q(c,
        QStringLiteral("UPDATE org_units SET ") + set
            + QStringLiteral(", version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
    q.bindAll(args..., nowUtc(), unit.id, unit.version);
    if (!q.exec())
        return q.error();
    if (q.rowsAffected() != 1)
        return Error::conflict(UnitAdmin::tr("Unit %1 baru saja diubah oleh pengguna lain; muat ulang daftar "
                                             "lalu ulangi.")
                                   .arg(unit.name));
    return {};
}

} // namespace

Result<qint64> UnitAdmin::add(const Session& actor, const QString& code, const QString& name, qint64 parentId)
{
    if (Status allowed = AccessPolicy::require(actor, Permission::ManageOrganisation); !allowed)
        return allowed.error();
    const QString cleanCode = code.trimmed();
    const QString cleanName = name.trimmed();
    if (const QString problem = codeProblem(cleanCode); !problem.isEmpty())
        return Error::invalid(problem);
    if (const QString problem = nameProblem(cleanName); !problem.isEmpty())
        return Error::invalid(problem);
    qint64 id = 0;
    const Status written = m_db->write([&](QSqlDatabase& c) -> Status {
        QString parentCode;
        if (parentId > 0) {
            const auto parent = indukForSatker(c, parentId);
            if (!parent)
                return parent.error();
            parentCode = parent->code;
        }
        // Codes are unique whatever their case: "dinkes" and "DINKES" would be told apart by nobody.
        const auto taken = queryOne(
            c, QStringLiteral("SELECT code, name FROM org_units WHERE upper(code) = upper(?)"),
            [](const SqlQuery& q) { return std::pair(q.value(0).toString(), q.value(1).toString()); },
            cleanCode);
        if (!taken)
            return taken.error();
        if (*taken)
            return Error::invalid(tr("Kode %1 sudah dipakai oleh unit %2. Pilih kode lain.")
                                      .arg((*taken)->first, (*taken)->second));
        const auto inserted = queryValue(c,
            QStringLiteral("INSERT INTO org_units (code, name, parent_id) VALUES (?, ?, ?) RETURNING id"),
            cleanCode, cleanName, parentId > 0 ? QVariant(parentId) : QVariant());
        if (!inserted)
            return inserted.error();
        id = inserted->toLongLong();
        return Organisation::audit(c, actor.nip, QStringLiteral("tambah-unit"), QStringLiteral("org_unit"),
            QString::number(id), {}, cleanCode,
            parentId > 0 ? tr("Satker %1 di bawah %2").arg(cleanName, parentCode)
                         : tr("Induk Satker %1").arg(cleanName));
    });
    if (!written)
        return written.error();
    return id;
}

Status UnitAdmin::rename(const Session& actor, qint64 id, int version, const QString& name)
{
    if (Status allowed = AccessPolicy::require(actor, Permission::ManageOrganisation); !allowed)
        return allowed;
    const QString cleanName = name.trimmed();
    if (const QString problem = nameProblem(cleanName); !problem.isEmpty())
        return Error::invalid(problem);
    return m_db->write([&](QSqlDatabase& c) -> Status {
        const auto unit = lockedUnit(c, id, version);
        if (!unit)
            return unit.error();
        if (unit->name == cleanName)
            return {};
        if (Status updated = updateUnit(c, *unit, QStringLiteral("name = ?"), cleanName); !updated)
            return updated;
        return Organisation::audit(c, actor.nip, QStringLiteral("ubah-nama-unit"), QStringLiteral("org_unit"),
            QString::number(id), unit->name, cleanName);
    });
}

Status UnitAdmin::move(const Session& actor, qint64 id, int version, qint64 newParentId)
{
    if (Status allowed = AccessPolicy::require(actor, Permission::ManageOrganisation); !allowed)
        return allowed;
    return m_db->write([&](QSqlDatabase& c) -> Status {
        const auto unit = lockedUnit(c, id, version);
        if (!unit)
            return unit.error();
        if (unit->isInduk())
            return Error::invalid(
                tr("%1 adalah Induk Satker; hanya Satker yang dapat dipindahkan.").arg(unit->name));
        if (unit->parentId == newParentId)
            return {};
        const auto from
            = queryValue(c, QStringLiteral("SELECT code FROM org_units WHERE id = ?"), unit->parentId);
        if (!from)
            return from.error();
        const auto parent = indukForSatker(c, newParentId);
        if (!parent)
            return parent.error();
        if (Status updated = updateUnit(c, *unit, QStringLiteral("parent_id = ?"), newParentId); !updated)
            return updated;
        return Organisation::audit(c, actor.nip, QStringLiteral("pindah-unit"), QStringLiteral("org_unit"),
            QString::number(id), from->toString(), parent->code,
            tr("%1 (%2 pegawai) dipindahkan ke %3")
                .arg(unit->name)
                .arg(unit->ownEmployees)
                .arg(parent->name));
    });
}

Status UnitAdmin::setActive(const Session& actor, qint64 id, int version, bool active)
{
    if (Status allowed = AccessPolicy::require(actor, Permission::ManageOrganisation); !allowed)
        return allowed;
    return m_db->write([&](QSqlDatabase& c) -> Status {
        const auto unit = lockedUnit(c, id, version);
        if (!unit)
            return unit.error();
        if (unit->active == active)
            return {};
        if (active && !unit->isInduk()) {
            if (const auto parent = indukForSatker(c, unit->parentId); !parent)
                return parent.error();
        }
        if (!active) {
            if (unit->ownEmployees > 0)
                return Error::invalid(
                    tr("%1 masih memiliki %n pegawai; pindahkan mereka dahulu.", nullptr, unit->ownEmployees)
                        .arg(unit->name));
            if (unit->activeSatker > 0)
                return Error::invalid(tr("%1 masih memiliki %n Satker aktif; nonaktifkan atau pindahkan "
                                         "dahulu.",
                    nullptr, unit->activeSatker)
                                          .arg(unit->name));
            const auto managers = queryValue(c,
                QStringLiteral("SELECT COUNT(*) FROM accounts WHERE role = 'pengelola' AND active "
                               "AND managed_unit_id = ?"),
                id);
            if (!managers)
                return managers.error();
            if (managers->toInt() > 0)
                return Error::invalid(tr("%1 masih dikelola oleh %n Pengelola Kepegawaian aktif; ubah atau "
                                         "nonaktifkan akun mereka dahulu.",
                    nullptr, managers->toInt())
                                          .arg(unit->name));
        }
        if (Status updated = updateUnit(c, *unit, QStringLiteral("active = ?"), active); !updated)
            return updated;
        return Organisation::audit(c, actor.nip,
            active ? QStringLiteral("aktifkan-unit") : QStringLiteral("nonaktifkan-unit"),
            QStringLiteral("org_unit"), QString::number(id),
            active ? QStringLiteral("nonaktif") : QStringLiteral("aktif"),
            active ? QStringLiteral("aktif") : QStringLiteral("nonaktif"), unit->code);
    });
}

} // namespace karier
