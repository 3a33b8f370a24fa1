// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RecordType.h"

#include "records/ReferenceLists.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace karier {

QDate fieldDate(const QVariantMap& values, const QString& key)
{
    const QVariant v = values.value(key);
    if (v.typeId() == QMetaType::QDate)
        return v.toDate();
    return QDate::fromString(v.toString(), Qt::ISODate);
}

bool isEmptyValue(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return true;
    if (value.typeId() == QMetaType::QString)
        return value.toString().trimmed().isEmpty();
    if (value.typeId() == QMetaType::QDate)
        return !value.toDate().isValid();
    return false;
}

QString momentText(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) : QString();
}

QString indonesianDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    static const char* const months[] = {QT_TRANSLATE_NOOP("karier::RecordType", "Januari"),
        QT_TRANSLATE_NOOP("karier::RecordType", "Februari"), QT_TRANSLATE_NOOP("karier::RecordType", "Maret"),
        QT_TRANSLATE_NOOP("karier::RecordType", "April"), QT_TRANSLATE_NOOP("karier::RecordType", "Mei"),
        QT_TRANSLATE_NOOP("karier::RecordType", "Juni"), QT_TRANSLATE_NOOP("karier::RecordType", "Juli"),
        QT_TRANSLATE_NOOP("karier::RecordType", "Agustus"),
        QT_TRANSLATE_NOOP("karier::RecordType", "September"),
        QT_TRANSLATE_NOOP("karier::RecordType", "Oktober"),
        QT_TRANSLATE_NOOP("karier::RecordType", "November"),
        QT_TRANSLATE_NOOP("karier::RecordType", "Desember")};
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(QCoreApplication::translate("karier::RecordType", months[date.month() - 1]))
        .arg(date.year());
}

const FieldSpec* RecordType::field(const QString& key) const
{
    for (const FieldSpec& f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QStringList RecordType::choicesFor(const QString& key, const QVariantMap& values) const
{
    if (choices) {
        const QStringList offered = choices(key, values);
        if (!offered.isEmpty())
            return offered;
    }
    const FieldSpec* f = field(key);
    return f ? ReferenceLists::items(f->referenceList) : QStringList();
}

QString RecordType::errorText(const QList<RuleIssue>& issues)
{
    QStringList messages;
    for (const RuleIssue& issue : issues) {
        if (issue.severity == Severity::Error)
            messages << issue.message;
    }
    return messages.join(QLatin1Char(' '));
}

bool RecordType::hasErrors(const QList<RuleIssue>& issues)
{
    return std::any_of(
        issues.cbegin(), issues.cend(), [](const RuleIssue& i) { return i.severity == Severity::Error; });
}

QList<RuleIssue> RecordType::validate(const QVariantMap& values, const RuleContext& context) const
{
    QList<RuleIssue> issues;
    for (const FieldSpec& f : fields) {
        const QVariant value = values.value(f.key);
        if (isEmptyValue(value)) {
            if (f.required)
                issues.append({f.key, Severity::Error,
                    QCoreApplication::translate("karier::RecordType", "%1 wajib diisi.").arg(f.label)});
            continue;
        }
        switch (f.type) {
        case FieldType::Text: {
            const QString s = value.toString().trimmed();
            if (s.size() > f.maxLength)
                issues.append({f.key, Severity::Error,
                    QCoreApplication::translate(
                        "karier::RecordType", "%1 paling panjang %2 karakter (sekarang %3).")
                        .arg(f.label)
                        .arg(f.maxLength)
                        .arg(s.size())});
            break;
        }
        case FieldType::Integer: {
            bool ok = false;
            const int n = value.toString().trimmed().toInt(&ok);
            if (!ok)
                issues.append({f.key, Severity::Error,
                    QCoreApplication::translate("karier::RecordType", "%1 harus berupa angka bulat.")
                        .arg(f.label)});
            else if (n < f.minimum)
                issues.append({f.key, Severity::Error,
                    QCoreApplication::translate("karier::RecordType", "%1 paling sedikit %2.")
                        .arg(f.label)
                        .arg(f.minimum)});
            else if (f.maximum > 0 && n > f.maximum)
                issues.append({f.key, Severity::Error,
                    QCoreApplication::translate("karier::RecordType", "%1 paling banyak %2.")
                        .arg(f.label)
                        .arg(f.maximum)});
            break;
        }
        case FieldType::Year: {
            bool ok = false;
            const int year = value.toString().trimmed().toInt(&ok);
            if (!ok || year < 1950 || year > context.today.year())
                issues.append({f.key, Severity::Error,
                    QCoreApplication::translate("karier::RecordType", "%1 harus tahun antara 1950 dan %2.")
                        .arg(f.label)
                        .arg(context.today.year())});
            break;
        }
        case FieldType::Date:
            if (!fieldDate(values, f.key).isValid())
                issues.append({f.key, Severity::Error,
                    QCoreApplication::translate("karier::RecordType", "%1 bukan tanggal yang sah.")
                        .arg(f.label)});
            break;
        case FieldType::Choice: {
            const QString s = value.toString().trimmed();
            if (!f.allowOther && !ReferenceLists::items(f.referenceList).contains(s))
                issues.append({f.key, Severity::Error,
                    QCoreApplication::translate("karier::RecordType", "Pilih %1 dari daftar.").arg(f.label)});
            else if (s.size() > f.maxLength)
                issues.append({f.key, Severity::Error,
                    QCoreApplication::translate("karier::RecordType", "%1 paling panjang %2 karakter.")
                        .arg(f.label)
                        .arg(f.maxLength)});
            break;
        }
        }
    }
    if (rules) {
        // Type rules only on fields that passed the generic checks, so one mistake gives one message.
        const QList<RuleIssue> extra = rules(values, context);
        for (const RuleIssue& issue : extra) {
            const bool fieldAlreadyWrong = std::any_of(issues.cbegin(), issues.cend(),
                [&](const RuleIssue& i) { return i.field == issue.field && i.severity == Severity::Error; });
            if (!fieldAlreadyWrong)
                issues.append(issue);
        }
    }
    if (!numberField.isEmpty() && !context.duplicateNumberTitles.isEmpty()) {
        issues.append({numberField, Severity::Warning,
            QCoreApplication::translate(
                "karier::RecordType", "Anda sudah memiliki riwayat dengan Nomor Sertifikat ini: %1.")
                .arg(context.duplicateNumberTitles.join(QStringLiteral("; ")))});
    }
    // Keep the form's field order.
    std::stable_sort(issues.begin(), issues.end(), [this](const RuleIssue& a, const RuleIssue& b) {
        auto index = [this](const QString& key) {
            for (int i = 0; i < fields.size(); ++i) {
                if (fields.at(i).key == key)
                    return i;
            }
            return int(fields.size());
        };
        return index(a.field) < index(b.field);
    });
    return issues;
}

QString RecordType::displayValue(const QString& key, const QVariant& value) const
{
    const FieldSpec* f = field(key);
    if (!f || isEmptyValue(value))
        return QStringLiteral("–");
    switch (f->type) {
    case FieldType::Date:
        return indonesianDate(value.typeId() == QMetaType::QDate
                ? value.toDate()
                : QDate::fromString(value.toString(), Qt::ISODate));
    case FieldType::Integer:
        if (key == hoursField)
            return QCoreApplication::translate("karier::RecordType", "%n jam", nullptr, value.toInt());
        return QString::number(value.toInt());
    default:
        return value.toString().trimmed();
    }
}

QString RecordType::toJson(const QVariantMap& values) const
{
    QJsonObject object;
    for (const FieldSpec& f : fields) {
        const QVariant v = values.value(f.key);
        if (!v.isValid() || v.isNull())
            continue;
        switch (f.type) {
        case FieldType::Date: {
            const QDate date = fieldDate(values, f.key);
            if (date.isValid())
                object.insert(f.key, date.toString(Qt::ISODate));
            break;
        }
        case FieldType::Integer:
        case FieldType::Year: {
            bool ok = false;
            const int n = v.toString().trimmed().toInt(&ok);
            if (ok)
                object.insert(f.key, n);
            break;
        }
        default: {
            const QString text = v.toString().trimmed();
            if (!text.isEmpty())
                object.insert(f.key, text);
        }
        }
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariantMap RecordType::fromJson(const QString& json) const
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    QVariantMap values;
    for (const FieldSpec& f : fields) {
        if (!object.contains(f.key))
            continue;
        const QJsonValue v = object.value(f.key);
        switch (f.type) {
        case FieldType::Date:
            values.insert(f.key, QDate::fromString(v.toString(), Qt::ISODate));
            break;
        case FieldType::Integer:
        case FieldType::Year:
            values.insert(f.key, v.toInt());
            break;
        default:
            values.insert(f.key, v.toString());
        }
    }
    return values;
}

} // namespace karier
