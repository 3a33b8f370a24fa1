// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SharedSettings.h"

#include "auth/AccessPolicy.h"
#include "org/Organisation.h"

#include <QHash>

namespace karier {

namespace {
const QString KeyMaxPdfBytes = QStringLiteral("max_pdf_bytes");
const QString KeyMaxPdfPages = QStringLiteral("max_pdf_pages");
const QString KeyMaxJpPerDay = QStringLiteral("max_jp_per_day");
const QString KeyJpTarget = QStringLiteral("jp_target_per_year");
const QString KeySharpness = QStringLiteral("sharpness_threshold");
} // namespace

SharedSettings::SharedSettings(std::shared_ptr<Database> db) : m_db(std::move(db))
{ }

Result<SharedSettings::Values> SharedSettings::load()
{
    QHash<QString, QString> stored;
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c, QStringLiteral("SELECT key, value FROM app_settings"));
        if (!q.exec())
            return q.error();
        while (q.next())
            stored.insert(q.value(0).toString(), q.value(1).toString());
        return {};
    });
    if (!status)
        return status.error();
    Values v;
    auto number = [&](const QString& key, auto fallback, auto minimum, auto maximum) {
        using T = decltype(fallback);
        bool ok = false;
        const double parsed = stored.value(key).toDouble(&ok);
        if (!ok || parsed < double(minimum) || parsed > double(maximum))
            return fallback;
        return T(parsed);
    };
    v.maxPdfBytes = number(KeyMaxPdfBytes, v.maxPdfBytes, MinPdfBytes, MaxPdfBytes);
    v.maxPdfPages = number(KeyMaxPdfPages, v.maxPdfPages, 1, MaxPdfPagesLimit);
    v.maxJpPerDay = number(KeyMaxJpPerDay, v.maxJpPerDay, 1, MaxJpPerDayLimit);
    v.jpTargetPerYear = number(KeyJpTarget, v.jpTargetPerYear, 1, MaxJpTargetPerYear);
    v.sharpnessThreshold = number(KeySharpness, v.sharpnessThreshold, 0.0, MaxSharpnessThreshold);
    return v;
}

Status SharedSettings::validate(const Values& values)
{
    if (values.maxPdfBytes < MinPdfBytes || values.maxPdfBytes > MaxPdfBytes)
        return Error::invalid(tr("Ukuran PDF maksimum harus antara 64 KB dan 50 MB."));
    if (values.maxPdfPages < 1 || values.maxPdfPages > MaxPdfPagesLimit)
        return Error::invalid(tr("Jumlah halaman PDF maksimum harus antara 1 dan %1.").arg(MaxPdfPagesLimit));
    if (values.maxJpPerDay < 1 || values.maxJpPerDay > MaxJpPerDayLimit)
        return Error::invalid(tr("Batas JP per hari harus antara 1 dan %1 JP.").arg(MaxJpPerDayLimit));
    if (values.jpTargetPerYear < 1 || values.jpTargetPerYear > MaxJpTargetPerYear)
        return Error::invalid(tr("Target JP per tahun harus antara 1 dan %1 JP.").arg(MaxJpTargetPerYear));
    if (!(values.sharpnessThreshold >= 0 && values.sharpnessThreshold <= MaxSharpnessThreshold))
        return Error::invalid(tr("Ambang ketajaman pindaian harus antara 0 (bawaan) dan %1.")
                                  .arg(QString::number(MaxSharpnessThreshold, 'f', 0)));
    return {};
}

Status SharedSettings::save(const Session* actor, const Values& values)
{
    if (auto allowed = AccessPolicy::requireUnlessSystem(actor, Permission::ManageSharedSettings); !allowed)
        return allowed;
    if (auto valid = validate(values); !valid)
        return valid;
    const QList<QPair<QString, QString>> pairs = {
        {KeyMaxPdfBytes, QString::number(values.maxPdfBytes)},
        {KeyMaxPdfPages, QString::number(values.maxPdfPages)},
        {KeyMaxJpPerDay, QString::number(values.maxJpPerDay)},
        {KeyJpTarget, QString::number(values.jpTargetPerYear)},
        {KeySharpness, QString::number(values.sharpnessThreshold)},
    };
    return m_db->write([&](QSqlDatabase& c) -> Status {
        for (const auto& [key, value] : pairs) {
            SqlQuery q(c,
                QStringLiteral("INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                               "version = app_settings.version + 1, updated_at = excluded.updated_at"));
            q.bindAll(key, value, QDateTime::currentDateTimeUtc());
            if (!q.exec())
                return q.error();
            if (auto logged = Organisation::audit(c, actor ? actor->nip : QString(),
                    QStringLiteral("pengaturan-diubah"), QStringLiteral("pengaturan"), key, {}, value);
                !logged)
                return logged;
        }
        return {};
    });
}

} // namespace karier
