// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RecordForm.h"

#include "common/PageStyle.h"
#include "common/Theme.h"
#include "records/ReferenceLists.h"
#include "records/WizardStyle.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace karier {

namespace {

/// The texts keep the context of the record wizard, where the form was first written.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(karier::RecordWizard)
};

/// Choice lists longer than this are editable and searchable.
constexpr int SearchableListSize = 12;

using PageStyle::makeLabel;
using WizardStyle::labelText;

} // namespace

RecordForm::RecordForm(const RecordType& type, QWidget* parent) : QScrollArea(parent), m_type(type)
{
    setObjectName(QStringLiteral("formScroll"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("formContent"));
    setWidget(content);

    QFrame* card = WizardStyle::makeCard(content, QStringLiteral("formCard"));
    auto* grid = new QGridLayout(card);
    grid->setContentsMargins(24, 20, 24, 22);
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(2); // each field's message line (createFieldBlock) makes the gap
    grid->setColumnMinimumWidth(0, 180);
    grid->setColumnStretch(1, 1);

    int row = 0;
    const QString introText = m_type.formIntro.isEmpty()
        ? Text::tr("Isi sesuai sertifikat. Kolom bertanda %1 wajib diisi.")
        : m_type.formIntro;
    auto* intro = makeLabel(introText.arg(WizardStyle::requiredMark()), "hint", card);
    intro->setObjectName(QStringLiteral("formIntro"));
    grid->addWidget(intro, row++, 0, 1, 2);
    m_formIssue = makeLabel(QString(), "issue", card);
    m_formIssue->setObjectName(QStringLiteral("issue_form"));
    m_formIssue->setProperty("severity", QStringLiteral("error"));
    m_formIssue->hide();
    grid->addWidget(m_formIssue, row++, 0, 1, 2);

    // Field labels line up with the middle of a one-line input.
    const int inputHeight = QLineEdit().sizeHint().height();

    // The kind of record, fixed for this wizard (the manual's first field, "Jenis Sertifikasi").
    if (m_type.isSertifikasiKind) {
        auto* jenisLabel = makeLabel(Text::tr("Jenis Sertifikasi"), "formLabel", card);
        jenisLabel->setMinimumHeight(inputHeight);
        auto* jenisValue = makeLabel(m_type.title, "formLabel", card, 1.0, true);
        jenisValue->setObjectName(QStringLiteral("jenisValue"));
        jenisValue->setMinimumHeight(inputHeight);
        grid->addWidget(jenisLabel, row, 0, Qt::AlignTop);
        grid->addWidget(jenisValue, row++, 1, Qt::AlignTop);
    }
    const QList<FieldSpec>& specs = m_type.fields;
    for (qsizetype i = 0; i < specs.size();) {
        const FieldSpec& spec = specs.at(i);
        if (!spec.group.isEmpty()) {
            // A run of fields of one group side by side under the group's name ("Letak Gelar").
            auto* label = makeLabel(spec.group.toHtmlEscaped(), "formLabel", card);
            label->setMinimumHeight(inputHeight);
            auto* holder = new QWidget(card);
            auto* line = new QHBoxLayout(holder);
            line->setContentsMargins(0, 0, 0, 0);
            line->setSpacing(16);
            qsizetype j = i;
            while (j < specs.size() && specs.at(j).group == spec.group) {
                line->addWidget(createFieldBlock(specs.at(j), holder, true), 1, Qt::AlignTop);
                ++j;
            }
            grid->addWidget(label, row, 0, Qt::AlignTop);
            grid->addWidget(holder, row++, 1);
            i = j;
            continue;
        }
        auto* label = makeLabel(labelText(spec.label, spec.required), "formLabel", card);
        label->setObjectName(QStringLiteral("label_") + spec.key);
        label->setMinimumHeight(inputHeight);
        QWidget* block = createFieldBlock(spec, card, false);
        label->setBuddy(m_fields.last().input);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(block, row++, 1);
        ++i;
    }

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(card);
    layout->addStretch(1);
}

QWidget* RecordForm::createFieldEditor(const FieldSpec& spec, QWidget* parent)
{
    QWidget* input = nullptr;
    switch (spec.type) {
    case FieldType::Text: {
        auto* edit = new QLineEdit(parent);
        edit->setPlaceholderText(spec.placeholder);
        connect(edit, &QLineEdit::textChanged, this, [this, key = spec.key] { fieldEdited(key); });
        input = edit;
        break;
    }
    case FieldType::Integer:
    case FieldType::Year: {
        // The lowest value stands for "empty" and shows "–": a required number must really be typed.
        auto* spin = new QSpinBox(parent);
        if (spec.type == FieldType::Year) {
            spin->setProperty("year", true); // Up in an empty year starts from this year (eventFilter)
            spin->setRange(1899, 2999);
        } else {
            spin->setRange(spec.minimum - 1, std::max(spec.maximum, 99999));
        }
        spin->setSpecialValueText(QStringLiteral("–"));
        spin->setValue(spin->minimum());
        spin->setGroupSeparatorShown(false);
        spin->setAccelerated(true);
        spin->setMinimumWidth(120);
        spin->setMaximumWidth(160);
        // A click selects the whole number (or the "–"), so typing replaces it (eventFilter).
        spin->installEventFilter(this);
        connect(spin, &QSpinBox::valueChanged, this, [this, key = spec.key] {
            if (!m_filling)
                m_autoFilled.remove(key);
            fieldEdited(key);
        });
        input = spin;
        break;
    }
    case FieldType::Date: {
        auto* edit = new OptionalDateEdit(parent);
        connect(edit, &QDateEdit::dateChanged, this, [this, key = spec.key] {
            if (!m_filling)
                m_autoFilled.remove(key); // the user's own date: no longer follows the first day
            fieldEdited(key);
        });
        input = edit;
        break;
    }
    case FieldType::Choice: {
        auto* combo = new QComboBox(parent);
        const QStringList items = ReferenceLists::items(spec.referenceList);
        combo->addItems(items);
        combo->setMaxVisibleItems(14);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
        if (spec.allowOther || items.size() > SearchableListSize) {
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            auto* completer = new QCompleter(items, combo);
            completer->setFilterMode(Qt::MatchContains);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setCompletionMode(QCompleter::PopupCompletion);
            completer->setMaxVisibleItems(12);
            combo->setCompleter(completer);
            combo->lineEdit()->setPlaceholderText(spec.placeholder.isEmpty()
                    ? (spec.allowOther ? Text::tr("Ketik untuk mencari, atau tulis nama lain")
                                       : Text::tr("Ketik untuk mencari dalam daftar"))
                    : spec.placeholder);
        } else {
            combo->setPlaceholderText(spec.placeholder.isEmpty() ? Text::tr("— Pilih —") : spec.placeholder);
        }
        combo->setCurrentIndex(-1);
        if (combo->isEditable())
            combo->clearEditText();
        connect(combo, &QComboBox::currentTextChanged, this, [this, key = spec.key] { fieldEdited(key); });
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, [this, key = spec.key] { fieldEdited(key); });
        input = combo;
        break;
    }
    }
    input->setObjectName(QStringLiteral("field_") + spec.key);
    input->setAccessibleName(spec.label);
    if (!spec.help.isEmpty())
        input->setAccessibleDescription(spec.help);
    return input;
}

QWidget* RecordForm::createFieldBlock(const FieldSpec& spec, QWidget* parent, bool compactLabel)
{
    auto* block = new QWidget(parent);
    auto* layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    if (compactLabel) {
        auto* label = makeLabel(labelText(spec.label, spec.required), "formLabel", block, 0.95);
        label->setObjectName(QStringLiteral("label_") + spec.key);
        layout->addWidget(label);
    }
    QWidget* input = createFieldEditor(spec, block);
    if (spec.type == FieldType::Date) {
        auto* row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(2);
        row->addWidget(input);
        QToolButton* clear = static_cast<OptionalDateEdit*>(input)->createClearButton(block);
        clear->setObjectName(QStringLiteral("clear_") + spec.key);
        row->addWidget(clear);
        row->addStretch(1);
        layout->addLayout(row);
    } else if (spec.type == FieldType::Integer || spec.type == FieldType::Year) {
        auto* row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(input);
        row->addStretch(1);
        layout->addLayout(row);
    } else {
        layout->addWidget(input);
    }
    const bool itemHelp = spec.type == FieldType::Choice
        && !ReferenceLists::items(spec.referenceList).isEmpty()
        && !ReferenceLists::help(spec.referenceList, ReferenceLists::items(spec.referenceList).constFirst())
                .isEmpty();
    if (!spec.help.isEmpty() || itemHelp) {
        auto* help = makeLabel(spec.help, "help", block, 0.9);
        help->setVisible(!spec.help.isEmpty());
        help->setObjectName(QStringLiteral("help_") + spec.key);
        layout->addWidget(help);
    }
    auto* issue = makeLabel(QString(), "issue", block, 0.92);
    issue->setObjectName(QStringLiteral("issue_") + spec.key);
    issue->setTextFormat(Qt::PlainText);
    // Every field keeps one line for its message from the start, so no field below moves when a
    // message appears or goes (a click aimed at the next field lands there); the line is the gap
    // between fields.
    issue->ensurePolished();
    issue->setMinimumHeight(issue->fontMetrics().height());
    QSizePolicy keepsLine = issue->sizePolicy();
    keepsLine.setRetainSizeWhenHidden(true);
    issue->setSizePolicy(keepsLine);
    issue->hide();
    layout->addWidget(issue);

    FieldWidgets widgets;
    widgets.spec = &spec;
    widgets.input = input;
    widgets.issue = issue;
    widgets.row = block;
    m_fieldIndex.insert(spec.key, int(m_fields.size()));
    m_fields.append(widgets);
    return block;
}

// ---- values ------------------------------------------------------------------------------------

QVariant RecordForm::valueOf(const FieldWidgets& field) const
{
    switch (field.spec->type) {
    case FieldType::Text: {
        const QString text = static_cast<QLineEdit*>(field.input)->text();
        return text.trimmed().isEmpty() ? QVariant() : QVariant(text);
    }
    case FieldType::Integer:
    case FieldType::Year: {
        const auto* spin = static_cast<QSpinBox*>(field.input);
        return spin->value() == spin->minimum() ? QVariant() : QVariant(spin->value());
    }
    case FieldType::Date: {
        const QDate date = static_cast<OptionalDateEdit*>(field.input)->value();
        return date.isValid() ? QVariant(date) : QVariant();
    }
    case FieldType::Choice: {
        const auto* combo = static_cast<QComboBox*>(field.input);
        if (!combo->isEditable() && combo->currentIndex() < 0)
            return {};
        const QString text = combo->currentText();
        return text.trimmed().isEmpty() ? QVariant() : QVariant(text);
    }
    }
    return {};
}

void RecordForm::setValueOf(const FieldWidgets& field, const QVariant& value)
{
    const bool empty = !value.isValid() || value.isNull();
    switch (field.spec->type) {
    case FieldType::Text:
        static_cast<QLineEdit*>(field.input)->setText(empty ? QString() : value.toString());
        break;
    case FieldType::Integer:
    case FieldType::Year: {
        auto* spin = static_cast<QSpinBox*>(field.input);
        spin->setValue(empty ? spin->minimum() : value.toInt());
        break;
    }
    case FieldType::Date: {
        const QDate date = empty                 ? QDate()
            : value.typeId() == QMetaType::QDate ? value.toDate()
                                                 : QDate::fromString(value.toString(), Qt::ISODate);
        static_cast<OptionalDateEdit*>(field.input)->setValue(date);
        break;
    }
    case FieldType::Choice: {
        auto* combo = static_cast<QComboBox*>(field.input);
        const QString text = empty ? QString() : value.toString();
        if (text.isEmpty()) {
            combo->setCurrentIndex(-1);
            if (combo->isEditable())
                combo->clearEditText();
            break;
        }
        int index = combo->findText(text);
        if (index < 0 && !combo->isEditable()) {
            // A stored value no longer in the list: show it; the rules will say so.
            combo->addItem(text);
            index = combo->count() - 1;
        }
        if (index >= 0)
            combo->setCurrentIndex(index);
        else
            combo->setEditText(text);
        break;
    }
    }
}

QVariantMap RecordForm::values() const
{
    QVariantMap map;
    for (const FieldWidgets& field : m_fields) {
        const QVariant value = valueOf(field);
        if (value.isValid())
            map.insert(field.spec->key, value);
    }
    return map;
}

void RecordForm::load(const QVariantMap& values)
{
    m_filling = true;
    for (const FieldWidgets& field : std::as_const(m_fields))
        setValueOf(field, values.value(field.spec->key));
    m_filling = false;
    m_autoFilled.clear();
    for (const FieldWidgets& field : std::as_const(m_fields))
        m_touched.insert(field.spec->key);
}

void RecordForm::preset(const QVariantMap& values)
{
    m_filling = true;
    for (const FieldWidgets& field : std::as_const(m_fields)) {
        if (!values.contains(field.spec->key))
            continue;
        setValueOf(field, values.value(field.spec->key));
        field.input->setEnabled(false);
        m_touched.insert(field.spec->key);
    }
    m_filling = false;
}

void RecordForm::setEditable(bool editable)
{
    for (const FieldWidgets& field : std::as_const(m_fields))
        field.row->setEnabled(editable);
}

void RecordForm::setToday(const QDate& today)
{
    m_today = today;
    for (OptionalDateEdit* edit : findChildren<OptionalDateEdit*>())
        edit->setToday(today);
}

void RecordForm::applyDependencies(const QString& key)
{
    if (m_type.implied) {
        const QVariantMap changes = m_type.implied(values(), key);
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            const int index = m_fieldIndex.value(it.key(), -1);
            if (index < 0)
                continue;
            m_filling = true;
            setValueOf(m_fields.at(index), it.value());
            m_filling = false;
            m_touched.insert(it.key());
        }
    }
    if (m_type.choices) {
        const QVariantMap current = values();
        for (const FieldWidgets& field : std::as_const(m_fields)) {
            if (field.spec->type != FieldType::Choice)
                continue;
            auto* combo = static_cast<QComboBox*>(field.input);
            const QStringList offered = m_type.choicesFor(field.spec->key, current);
            QStringList shown;
            for (int i = 0; i < combo->count(); ++i)
                shown << combo->itemText(i);
            if (shown == offered)
                continue;
            const QString chosen = current.value(field.spec->key).toString();
            m_filling = true;
            combo->clear();
            combo->addItems(offered);
            setValueOf(field, offered.contains(chosen) ? QVariant(chosen) : QVariant());
            m_filling = false;
        }
    }
    for (const FieldWidgets& field : std::as_const(m_fields)) {
        if (field.spec->type == FieldType::Choice)
            updateChoiceHelp(field);
    }
}

void RecordForm::updateChoiceHelp(const FieldWidgets& field)
{
    auto* help = field.row->findChild<QLabel*>(QStringLiteral("help_") + field.spec->key);
    if (!help)
        return;
    const QString item = ReferenceLists::help(field.spec->referenceList, valueOf(field).toString());
    const QString text = item.isEmpty() ? field.spec->help : item;
    help->setText(text);
    help->setVisible(!text.isEmpty());
}

void RecordForm::fieldEdited(const QString& key)
{
    if (m_filling)
        return;
    m_touched.insert(key);
    applyDependencies(key);

    // A convenience, not a rule: an empty (or earlier filled-in) year and last day follow the first
    // day until the user changes them.
    if (key == m_type.startField) {
        const QDate start = values().value(key).toDate();
        if (start.isValid()) {
            for (const FieldWidgets& field : std::as_const(m_fields)) {
                const bool lastDay = !m_type.endField.isEmpty() && field.spec->key == m_type.endField;
                if (field.spec->type != FieldType::Year && !lastDay)
                    continue;
                if (valueOf(field).isValid() && !m_autoFilled.contains(field.spec->key))
                    continue;
                m_filling = true;
                setValueOf(field, lastDay ? QVariant(start) : QVariant(start.year()));
                m_filling = false;
                m_autoFilled.insert(field.spec->key);
                m_touched.insert(field.spec->key);
            }
        }
    }
    Q_EMIT edited(key);
}

// ---- findings ----------------------------------------------------------------------------------

void RecordForm::showIssues(const QList<RuleIssue>& issues, bool all)
{
    QStringList formLevel;
    for (const RuleIssue& issue : issues) {
        if (!m_fieldIndex.contains(issue.field) && all)
            formLevel << issue.message;
    }
    for (const FieldWidgets& field : std::as_const(m_fields)) {
        const QString& key = field.spec->key;
        QStringList errors;
        QStringList warnings;
        for (const RuleIssue& issue : issues) {
            if (issue.field != key)
                continue;
            (issue.severity == Severity::Error ? errors : warnings) << issue.message;
        }
        const bool visible = (all || m_touched.contains(key)) && !(errors + warnings).isEmpty();
        const QString severity = !visible ? QString()
            : errors.isEmpty()            ? QStringLiteral("warning")
                                          : QStringLiteral("error");
        field.issue->setText(visible ? (errors + warnings).join(QLatin1Char('\n')) : QString());
        if (field.issue->property("severity").toString() != severity) {
            field.issue->setProperty("severity", severity);
            Theme::restyle(field.issue);
        }
        field.issue->setVisible(visible);
        field.input->setToolTip(visible ? field.issue->text() : QString());
    }
    m_formIssue->setText(formLevel.join(QLatin1Char('\n')));
    m_formIssue->setVisible(!formLevel.isEmpty());
}

void RecordForm::focusFirstError(const QList<RuleIssue>& issues)
{
    for (const FieldWidgets& field : std::as_const(m_fields)) {
        const bool wrong = std::any_of(issues.cbegin(), issues.cend(), [&](const RuleIssue& issue) {
            return issue.field == field.spec->key && issue.severity == Severity::Error;
        });
        if (wrong) {
            ensureWidgetVisible(field.row, 20, 40);
            field.input->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void RecordForm::focusFirstField()
{
    if (!m_fields.isEmpty())
        m_fields.first().input->setFocus(Qt::OtherFocusReason);
}

bool RecordForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn) {
        // However the number is reached (a click, Tab), typing replaces it: select all once the
        // click has placed its cursor.
        if (auto* spin = qobject_cast<QSpinBox*>(watched))
            QTimer::singleShot(0, spin, [spin] {
                if (spin->hasFocus())
                    spin->selectAll();
            });
    }
    if (event->type() == QEvent::KeyPress) {
        // Up in an empty year starts from this year.
        auto* key = static_cast<QKeyEvent*>(event);
        const bool step = key->key() == Qt::Key_Up || key->key() == Qt::Key_Down
            || key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown;
        auto* spin = qobject_cast<QSpinBox*>(watched);
        const bool empty = spin && spin->value() == spin->minimum();
        if (empty && step && spin->property("year").toBool()) {
            spin->setValue((m_today.isValid() ? m_today : QDate::currentDate()).year());
            return true;
        }
        // A digit typed into an empty number replaces the "–" wherever the cursor stands (only the
        // "–": the first digits of a year are not a year yet, and the value stays the empty one).
        if (empty && spin->text() == spin->specialValueText() && !key->text().isEmpty()
            && key->text().at(0).isDigit())
            spin->selectAll();
    }
    return QScrollArea::eventFilter(watched, event);
}

} // namespace karier
