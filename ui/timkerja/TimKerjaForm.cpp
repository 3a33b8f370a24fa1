// SPDX-License-Identifier: GPL-3.0-or-later
#include "timkerja/TimKerjaForm.h"

#include "common/DateInput.h"
#include "common/PageStyle.h"
#include "common/Theme.h"
#include "net/LinkUrl.h"
#include "records/RecordListModel.h"
#include "records/ReferenceLists.h"
#include "timkerja/TimKerja.h"
#include "widgets/OptionalDateEdit.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace karier {

namespace {

/// The texts keep the context of the Tim Kerja page, where the form was first written.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(karier::TimKerjaPage)
};

namespace Key = TimKerja::Key;

constexpr int LinkCheckDelayMs = 700;

using PageStyle::makeLabel;
using Theme::restyle;

} // namespace

TimKerjaForm::TimKerjaForm(QWidget* parent) : QFrame(parent)
{
    const RecordType& type = TimKerjaService::type();
    setObjectName(QStringLiteral("formCard"));
    setProperty("card", true);

    m_checker = new LinkChecker(this);
    connect(m_checker, &LinkChecker::finished, this, &TimKerjaForm::onLinkChecked);
    m_linkTimer = new QTimer(this);
    m_linkTimer->setSingleShot(true);
    m_linkTimer->setInterval(LinkCheckDelayMs);
    connect(m_linkTimer, &QTimer::timeout, this, &TimKerjaForm::startLinkCheck);

    m_formTitle = makeLabel(Text::tr("Form Tim Kerja"), "cardTitle", this, 1.15, true);
    m_formTitle->setObjectName(QStringLiteral("formTitle"));
    m_formStatus = new QLabel(this);
    m_formStatus->setObjectName(QStringLiteral("formStatus"));
    m_formStatus->setProperty("role", QStringLiteral("chip"));
    m_formStatus->hide();
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_formTitle, 1);
    heading->addWidget(m_formStatus, 0, Qt::AlignRight | Qt::AlignVCenter);

    m_date = new OptionalDateEdit(this);
    m_date->setObjectName(QStringLiteral("field_") + Key::tanggalSk());
    connect(m_date, &QDateEdit::dateChanged, this, [this] { setFieldError(Key::tanggalSk(), {}); });

    m_kode = new QLineEdit(this);
    m_kode->setObjectName(QStringLiteral("field_") + Key::kodeKegiatan());
    m_kode->setReadOnly(true);
    m_kode->setPlaceholderText(Text::tr("Tekan F2"));
    m_kode->setMaximumWidth(170);
    m_newKode = new QPushButton(Text::tr("Buat Kode Baru (F2)"), this);
    m_newKode->setObjectName(QStringLiteral("newKodeButton"));
    m_newKode->setToolTip(Text::tr("[F2]: Buat Kode Baru"));
    connect(m_newKode, &QPushButton::clicked, this, &TimKerjaForm::newKodeClicked);
    auto* kodeRow = new QWidget(this);
    auto* kodeLayout = new QHBoxLayout(kodeRow);
    kodeLayout->setContentsMargins(0, 0, 0, 0);
    kodeLayout->setSpacing(8);
    kodeLayout->addWidget(m_kode);
    kodeLayout->addWidget(m_newKode);
    kodeLayout->addStretch(1);

    m_nama = new QLineEdit(this);
    m_nama->setObjectName(QStringLiteral("field_") + Key::namaTimKerja());
    m_nama->setPlaceholderText(type.field(Key::namaTimKerja())->placeholder);
    m_nama->setMaxLength(type.field(Key::namaTimKerja())->maxLength);
    connect(m_nama, &QLineEdit::textEdited, this, [this] { setFieldError(Key::namaTimKerja(), {}); });

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("field_") + Key::urlBuktiDukung());
    m_url->setPlaceholderText(type.field(Key::urlBuktiDukung())->placeholder);
    m_url->setMaxLength(LinkUrl::MaxLength);
    m_linkState = makeLabel(QString(), "linkState", this, 0.95);
    m_linkState->setObjectName(QStringLiteral("linkStatusLabel"));
    m_linkState->hide();
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        setFieldError(Key::urlBuktiDukung(), {});
        m_checker->cancel();
        m_linkCheck.reset();
        showLinkState({}, {});
        if (!m_url->text().trimmed().isEmpty())
            m_linkTimer->start();
        else
            m_linkTimer->stop();
    });
    connect(m_url, &QLineEdit::editingFinished, this, [this] {
        // Leaving the field checks at once instead of waiting for the pause.
        if (m_linkTimer->isActive()) {
            m_linkTimer->stop();
            startLinkCheck();
        }
    });

    auto* left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(fieldBlock(Key::tanggalSk(), m_date));
    left->addWidget(fieldBlock(Key::keteranganSk(), choiceGroup(Key::keteranganSk())));
    left->addWidget(fieldBlock(Key::kodeKegiatan(), kodeRow));
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(fieldBlock(Key::ruangLingkup(), choiceGroup(Key::ruangLingkup())));
    right->addWidget(fieldBlock(Key::kedudukan(), choiceGroup(Key::kedudukan())));
    right->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(28);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(12);
    layout->addLayout(heading);
    layout->addLayout(columns);
    layout->addWidget(fieldBlock(Key::namaTimKerja(), m_nama));
    layout->addWidget(fieldBlock(Key::urlBuktiDukung(), m_url, m_linkState));
    layout->addLayout(createButtons());

    setTabOrder(m_date, m_groups.value(Key::keteranganSk())->buttons().constFirst());
}

TimKerjaForm::~TimKerjaForm() = default;

QLayout* TimKerjaForm::createButtons()
{
    m_save = new QPushButton(Text::tr("Simpan"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setProperty("primary", true);
    m_save->setToolTip(Text::tr("Simpan dan ajukan ke Pengelola Kepegawaian"));
    connect(m_save, &QPushButton::clicked, this, &TimKerjaForm::saveClicked);
    m_cancel = new QPushButton(Text::tr("Batal"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(Text::tr("Kosongkan form untuk data baru"));
    connect(m_cancel, &QPushButton::clicked, this, &TimKerjaForm::cancelClicked);
    m_delete = new QPushButton(Text::tr("Hapus"), this);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setProperty("danger", true);
    connect(m_delete, &QPushButton::clicked, this, &TimKerjaForm::deleteClicked);
    m_history = new QPushButton(Text::tr("Riwayat proses…"), this);
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_history->setToolTip(
        Text::tr("Kapan data ini diajukan, disetujui atau dibatalkan, oleh siapa, dengan catatan apa"));
    connect(m_history, &QPushButton::clicked, this, &TimKerjaForm::historyClicked);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_history);
    return buttons;
}

QWidget* TimKerjaForm::fieldBlock(const QString& key, QWidget* input, QWidget* extra)
{
    const FieldSpec* spec = TimKerjaService::type().field(key);
    auto* block = new QWidget(this);
    auto* layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* label = makeLabel(spec->label, "fieldLabel", block);
    label->setObjectName(QStringLiteral("label_") + key);
    label->setBuddy(input);
    layout->addWidget(label);
    layout->addWidget(input);
    if (extra)
        layout->addWidget(extra);
    auto* help = makeLabel(spec->help, "hint", block, 0.92);
    help->setObjectName(QStringLiteral("help_") + key);
    help->setVisible(!spec->help.isEmpty());
    layout->addWidget(help);
    m_helps.insert(key, help);
    auto* error = makeLabel(QString(), "fieldError", block, 0.95);
    error->setObjectName(QStringLiteral("error_") + key);
    error->hide();
    layout->addWidget(error);
    m_errors.insert(key, error);
    input->setAccessibleName(spec->label);
    return block;
}

QWidget* TimKerjaForm::choiceGroup(const QString& key)
{
    const FieldSpec* spec = TimKerjaService::type().field(key);
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(18);
    auto* group = new QButtonGroup(row);
    const QStringList items = ReferenceLists::items(spec->referenceList);
    for (int i = 0; i < items.size(); ++i) {
        // Shown in the chosen language; the stored value stays the list's (Indonesian) item.
        auto* radio = new QRadioButton(ReferenceLists::label(items.at(i)), row);
        radio->setProperty("value", items.at(i));
        radio->setObjectName(QStringLiteral("%1_%2").arg(key).arg(i));
        const QString help = ReferenceLists::help(spec->referenceList, items.at(i));
        if (!help.isEmpty())
            radio->setToolTip(help);
        group->addButton(radio, i);
        layout->addWidget(radio);
    }
    layout->addStretch(1);
    connect(group, &QButtonGroup::buttonToggled, this, [this, key](QAbstractButton*, bool checked) {
        if (!checked)
            return;
        setFieldError(key, {});
        updateChoiceHelp(key);
    });
    m_groups.insert(key, group);
    return row;
}

void TimKerjaForm::setChoice(const QString& key, const QString& value)
{
    QButtonGroup* group = m_groups.value(key);
    if (!group)
        return;
    group->setExclusive(false);
    const QList<QAbstractButton*> buttons = group->buttons();
    for (QAbstractButton* button : buttons)
        button->setChecked(button->property("value").toString() == value);
    group->setExclusive(true);
    updateChoiceHelp(key);
}

QString TimKerjaForm::choice(const QString& key) const
{
    QButtonGroup* group = m_groups.value(key);
    return group && group->checkedButton() ? group->checkedButton()->property("value").toString() : QString();
}

void TimKerjaForm::updateChoiceHelp(const QString& key)
{
    QLabel* help = m_helps.value(key);
    const FieldSpec* spec = TimKerjaService::type().field(key);
    if (!help || !spec)
        return;
    const QString chosen = choice(key);
    const QString text = chosen.isEmpty() ? spec->help : ReferenceLists::help(spec->referenceList, chosen);
    help->setText(text);
    help->setVisible(!text.isEmpty());
}

// ---- values --------------------------------------------------------------------------------------

QVariantMap TimKerjaForm::values() const
{
    QVariantMap values;
    if (!m_date->isEmpty())
        values.insert(Key::tanggalSk(), m_date->date());
    values.insert(Key::keteranganSk(), choice(Key::keteranganSk()));
    values.insert(Key::kodeKegiatan(), m_kode->text().trimmed());
    values.insert(Key::namaTimKerja(), m_nama->text());
    values.insert(Key::ruangLingkup(), choice(Key::ruangLingkup()));
    values.insert(Key::kedudukan(), choice(Key::kedudukan()));
    values.insert(Key::urlBuktiDukung(), m_url->text().trimmed());
    return values;
}

void TimKerjaForm::fill(const TimKerjaEntry& entry)
{
    m_filling = true;
    m_entry = entry;
    m_date->setValue(entry.tanggalSk);
    setChoice(Key::keteranganSk(), entry.keteranganSk);
    m_kode->setText(entry.kodeKegiatan);
    m_nama->setText(entry.namaTimKerja);
    setChoice(Key::ruangLingkup(), entry.ruangLingkup);
    setChoice(Key::kedudukan(), entry.kedudukan);
    m_checker->cancel();
    m_linkTimer->stop();
    m_url->setText(entry.urlBuktiDukung);
    m_filling = false;
    clearIssues();
    m_readOnly = !TimKerjaService::ownerMayEdit(entry.status);

    // The stored result of the last check, then a fresh check of an editable entry.
    m_linkCheck.reset();
    if (entry.linkStatus != LinkStatus::NotChecked) {
        LinkCheckResult stored;
        stored.url = QUrl(entry.urlBuktiDukung);
        stored.status = entry.linkStatus;
        stored.checkedAt = entry.linkCheckedAt;
        const QString when = entry.linkCheckedAt.isValid()
            ? indonesian().toString(entry.linkCheckedAt.toLocalTime(), QStringLiteral("d MMMM yyyy HH.mm"))
            : QString();
        showLinkState(stored.status == LinkStatus::Public ? QStringLiteral("ok") : QStringLiteral("warning"),
            when.isEmpty() ? stored.message() : Text::tr("%1 (diperiksa %2)").arg(stored.message(), when));
    } else {
        showLinkState({}, {});
    }
    if (!m_readOnly && !entry.urlBuktiDukung.isEmpty())
        startLinkCheck();

    m_formStatus->setText(entry.statusText());
    RecordListModel::showStatusChip(m_formStatus, entry.status);
    m_formStatus->show();
    updateState();
}

void TimKerjaForm::clear()
{
    m_filling = true;
    m_entry.reset();
    m_readOnly = false;
    m_date->setValue({});
    for (const QString& key : {Key::keteranganSk(), Key::ruangLingkup(), Key::kedudukan()})
        setChoice(key, {});
    m_kode->clear();
    m_nama->clear();
    m_checker->cancel();
    m_linkTimer->stop();
    m_url->clear();
    m_filling = false;
    m_linkCheck.reset();
    showLinkState({}, {});
    clearIssues();
    m_formStatus->hide();
    updateState();
}

void TimKerjaForm::setKode(const QString& kode)
{
    m_kode->setText(kode);
    setFieldError(Key::kodeKegiatan(), {});
}

void TimKerjaForm::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void TimKerjaForm::setNewKodeEnabled(bool enabled)
{
    m_newKode->setEnabled(enabled);
}

void TimKerjaForm::updateState()
{
    const bool editable = !m_readOnly && !m_busy;
    m_formTitle->setText(m_entry
            ? (m_readOnly ? Text::tr("Form Tim Kerja — lihat data %1").arg(m_entry->kodeKegiatan)
                          : Text::tr("Form Tim Kerja — ubah data %1").arg(m_entry->kodeKegiatan))
            : Text::tr("Form Tim Kerja — data baru"));
    m_date->setEnabled(editable);
    for (QButtonGroup* group : std::as_const(m_groups)) {
        const QList<QAbstractButton*> buttons = group->buttons();
        for (QAbstractButton* button : buttons)
            button->setEnabled(editable);
    }
    m_nama->setReadOnly(!editable);
    m_url->setReadOnly(!editable);
    // The Kode Kegiatan of a stored entry is its identity: it is never replaced.
    m_newKode->setEnabled(editable && !m_entry);
    m_helps.value(Key::kodeKegiatan())
        ->setText(m_entry ? Text::tr("Kode Kegiatan data yang sudah tersimpan tetap; tidak dapat diganti.")
                          : TimKerjaService::type().field(Key::kodeKegiatan())->help);
    m_save->setEnabled(editable);
    m_delete->setEnabled(!m_busy && m_entry && TimKerjaService::ownerMayDelete(m_entry->status));
    m_history->setEnabled(m_entry.has_value());
    m_delete->setToolTip(m_entry && !TimKerjaService::ownerMayDelete(m_entry->status)
            ? Text::tr("Data yang sudah Disetujui tidak dapat dihapus")
            : Text::tr("Hapus data Tim Kerja yang sedang dibuka"));
    m_save->setToolTip(m_readOnly ? Text::tr("Data yang sudah Disetujui tidak dapat diubah")
                                  : Text::tr("Simpan dan ajukan ke Pengelola Kepegawaian"));
}

// ---- errors --------------------------------------------------------------------------------------

QWidget* TimKerjaForm::input(const QString& key) const
{
    return key == Key::tanggalSk()     ? static_cast<QWidget*>(m_date)
        : key == Key::namaTimKerja()   ? static_cast<QWidget*>(m_nama)
        : key == Key::urlBuktiDukung() ? static_cast<QWidget*>(m_url)
        : key == Key::kodeKegiatan()   ? static_cast<QWidget*>(m_kode)
                                       : nullptr;
}

void TimKerjaForm::setFieldError(const QString& key, const QString& message)
{
    QLabel* label = m_errors.value(key);
    if (!label)
        return;
    label->setText(message);
    label->setVisible(!message.isEmpty());
    // The link's own refusal is already said under the field: say it once.
    if (key == Key::urlBuktiDukung() && !message.isEmpty()
        && m_linkState->property("linkState").toString() == QLatin1String("error"))
        m_linkState->hide();
    QWidget* field = input(key);
    if (field && field->property("invalid").toBool() != !message.isEmpty()) {
        field->setProperty("invalid", !message.isEmpty());
        restyle(field);
    }
}

void TimKerjaForm::clearIssues()
{
    for (auto it = m_errors.constBegin(); it != m_errors.constEnd(); ++it)
        setFieldError(it.key(), {});
}

QStringList TimKerjaForm::showIssues(const QList<RuleIssue>& issues)
{
    clearIssues();
    QStringList general;
    QHash<QString, QStringList> byField;
    for (const RuleIssue& issue : issues) {
        if (issue.severity != Severity::Error)
            continue;
        if (m_errors.contains(issue.field))
            byField[issue.field] << issue.message;
        else
            general << issue.message;
    }
    for (auto it = byField.constBegin(); it != byField.constEnd(); ++it)
        setFieldError(it.key(), it.value().join(QLatin1Char(' ')));
    for (const QString& key : {Key::tanggalSk(), Key::keteranganSk(), Key::kodeKegiatan(),
             Key::namaTimKerja(), Key::ruangLingkup(), Key::kedudukan(), Key::urlBuktiDukung()}) {
        if (byField.contains(key)) {
            focusField(key);
            break;
        }
    }
    return general;
}

void TimKerjaForm::focusField(const QString& key)
{
    QWidget* field = key == Key::kodeKegiatan() ? m_newKode : input(key);
    if (!field && m_groups.contains(key))
        field = m_groups.value(key)->buttons().constFirst();
    if (field)
        field->setFocus();
}

// ---- the evidence link ---------------------------------------------------------------------------

bool TimKerjaForm::isLinkCheckPending() const
{
    const bool validUrl = LinkUrl::parse(m_url->text().trimmed()).ok();
    return validUrl && (m_checker->isRunning() || m_linkTimer->isActive() || !m_linkCheck);
}

void TimKerjaForm::checkLinkNow()
{
    if (!m_checker->isRunning())
        startLinkCheck();
}

void TimKerjaForm::startLinkCheck()
{
    m_linkTimer->stop();
    const QString text = m_url->text().trimmed();
    if (text.isEmpty())
        return;
    auto parsed = LinkUrl::parse(text);
    if (!parsed) {
        showLinkState(QStringLiteral("error"), parsed.error().message);
        return;
    }
    showLinkState(QStringLiteral("checking"), Text::tr("Memeriksa tautan…"));
    m_checker->check(text);
}

void TimKerjaForm::onLinkChecked(const LinkCheckResult& result)
{
    m_linkCheck = result;
    if (result.status == LinkStatus::Invalid)
        showLinkState(QStringLiteral("error"), result.message());
    else if (result.status == LinkStatus::Public)
        showLinkState(QStringLiteral("ok"), QStringLiteral("✓ ") + result.message());
    else
        showLinkState(QStringLiteral("warning"), QStringLiteral("⚠ ") + result.message());
    if (!result.detail.isEmpty())
        m_linkState->setToolTip(result.detail);
    Q_EMIT linkChecked(result);
}

void TimKerjaForm::showLinkState(const QString& state, const QString& text)
{
    m_linkState->setText(text);
    m_linkState->setToolTip({});
    m_linkState->setVisible(!text.isEmpty());
    if (m_linkState->property("linkState").toString() != state) {
        m_linkState->setProperty("linkState", state);
        restyle(m_linkState);
    }
}

} // namespace karier
