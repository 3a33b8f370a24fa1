// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/RecordType.h"

#include <QDate>
#include <QHash>
#include <QScrollArea>
#include <QSet>

class QLabel;

namespace karier {

/// The "Masukan Data" step of the record wizard: owns the inputs built from a RecordType's field
/// descriptions (FieldSpec: text, number, year, date, choice; grouped fields side by side), their values,
/// the type's implied values and narrowed choices, the year that follows the first day, and the findings
/// shown under each field. The rules themselves are core's; the wizard decides when to check.
///
/// Object names for tests: formScroll, field_<key> (the input), label_<key>, issue_<key>, issue_form,
/// clear_<key> (dates), help_<key>, jenisValue.
class RecordForm : public QScrollArea
{
    Q_OBJECT

public:
    RecordForm(const RecordType& type, QWidget* parent);

    /// The values as the widgets hold them (empty fields are left out).
    QVariantMap values() const;
    /// Shows \a values in every field (a missing key empties it) as loaded, not typed: every field counts
    /// as touched.
    void load(const QVariantMap& values);
    /// Fills the fields named in \a values and locks them (a new record for a given purpose).
    void preset(const QVariantMap& values);
    void setEditable(bool editable);
    /// The day empty dates and years start from (the database's today).
    void setToday(const QDate& today);
    /// Shows the findings of touched fields, or of all fields (and the form's own) when \a all.
    void showIssues(const QList<RuleIssue>& issues, bool all);
    /// Scrolls to and focuses the first field with an error in \a issues.
    void focusFirstError(const QList<RuleIssue>& issues);
    void focusFirstField();

Q_SIGNALS:
    /// The user changed field \a key (its implied values already applied).
    void edited(const QString& key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct FieldWidgets
    {
        const FieldSpec* spec = nullptr;
        QWidget* input = nullptr;
        QLabel* issue = nullptr;
        QWidget* row = nullptr; ///< what to scroll to
    };

    QWidget* createFieldEditor(const FieldSpec& spec, QWidget* parent);
    QWidget* createFieldBlock(const FieldSpec& spec, QWidget* parent, bool compactLabel);
    QVariant valueOf(const FieldWidgets& field) const;
    void setValueOf(const FieldWidgets& field, const QVariant& value);
    void fieldEdited(const QString& key);
    /// Applies the record type's implied values and narrowed choices after \a key changed.
    void applyDependencies(const QString& key);
    /// The help under a Choice field: the chosen item's explanation, else the field's own help.
    void updateChoiceHelp(const FieldWidgets& field);

    const RecordType& m_type;
    QList<FieldWidgets> m_fields;
    QHash<QString, int> m_fieldIndex;
    QSet<QString> m_touched;
    QSet<QString> m_autoFilled; ///< Year fields filled from the start date, not typed
    bool m_filling = false;
    QDate m_today;
    QLabel* m_formIssue = nullptr;
};

} // namespace karier
