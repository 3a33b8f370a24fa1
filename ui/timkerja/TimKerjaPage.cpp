// SPDX-License-Identifier: GPL-3.0-or-later
#include "timkerja/TimKerjaPage.h"

#include "common/Async.h"
#include "common/Confirm.h"
#include "common/DateInput.h"
#include "common/PageStyle.h"
#include "common/Theme.h"
#include "net/LinkUrl.h"
#include "records/RecordListModel.h"
#include "records/ReferenceLists.h"
#include "timkerja/TimKerja.h"
#include "timkerja/TimKerjaListModel.h"
#include "widgets/HistoryDialog.h"
#include "widgets/MessageBanner.h"
#include "widgets/StatusChipDelegate.h"

#include <QButtonGroup>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace karier {

namespace {

namespace Key = TimKerja::Key;

constexpr int LinkCheckDelayMs = 700;
constexpr int SearchDelayMs = 300;
constexpr int RowHeight = 38;

using PageStyle::makeLabel;

using Theme::restyle;

/// The manual's "Edit" column: a small "Pilih" button in every row.
class PilihDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        const QString text = base.text;
        base.text.clear();
        option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, option.widget);
        const QFontMetrics metrics(option.font);
        const int width = std::min(metrics.horizontalAdvance(text) + 28, option.rect.width() - 8);
        const int height = std::min(metrics.height() + 10, option.rect.height() - 6);
        const QRect button(option.rect.left() + 6, option.rect.center().y() - height / 2 + 1, width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const bool hover = option.state & QStyle::State_MouseOver;
        painter->setPen(Theme::colour("primaryBorder"));
        painter->setBrush(Theme::colour(hover ? "primaryHover" : "primary"));
        painter->drawRoundedRect(QRectF(button).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setPen(Theme::colour("surface"));
        QFont font = option.font;
        font.setBold(true);
        painter->setFont(font);
        painter->drawText(button, Qt::AlignCenter, text);
        painter->restore();
    }
};

} // namespace

TimKerjaPage::TimKerjaPage(std::shared_ptr<Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("timKerjaPage"));

    m_checker = new LinkChecker(this);
    connect(m_checker, &LinkChecker::finished, this, &TimKerjaPage::onLinkChecked);
    m_linkTimer = new QTimer(this);
    m_linkTimer->setSingleShot(true);
    m_linkTimer->setInterval(LinkCheckDelayMs);
    connect(m_linkTimer, &QTimer::timeout, this, &TimKerjaPage::startLinkCheck);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);

    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("timKerjaContent"));
    auto* title = makeLabel(tr("Tim Kerja"), "pageTitle", content, 1.6, true);
    auto* subtitle
        = makeLabel(tr("Catat SK Tim Kerja atau Surat Perintah Penugasan Anda beserta tautan bukti "
                       "dukungnya. Data yang disimpan diajukan ke Pengelola Kepegawaian Perangkat "
                       "Daerah Anda dengan status Belum Disetujui."),
            "hint", content);
    m_banner = new MessageBanner(content);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_banner);
    layout->addWidget(createForm());
    layout->addWidget(createList());
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("timKerjaScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto* f2 = new QShortcut(QKeySequence(Qt::Key_F2), this);
    f2->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f2, &QShortcut::activated, this, &TimKerjaPage::createKode);

    clearForm();
    m_model->reload();
}

TimKerjaPage::~TimKerjaPage() = default;

// ---- the form -----------------------------------------------------------------------------------

QWidget* TimKerjaPage::createForm()
{
    const RecordType& type = TimKerjaService::type();
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("formCard"));
    card->setProperty("card", true);

    m_formTitle = makeLabel(tr("Form Tim Kerja"), "cardTitle", card, 1.15, true);
    m_formTitle->setObjectName(QStringLiteral("formTitle"));
    m_formStatus = new QLabel(card);
    m_formStatus->setObjectName(QStringLiteral("formStatus"));
    m_formStatus->setProperty("role", QStringLiteral("chip"));
    m_formStatus->hide();
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_formTitle, 1);
    heading->addWidget(m_formStatus, 0, Qt::AlignRight | Qt::AlignVCenter);

    // Tgl SK: the minimum date stands for "empty" and shows "–".
    m_date = new QDateEdit(card);
    m_date->setObjectName(QStringLiteral("field_") + Key::tanggalSk());
    m_date->setLocale(indonesian());
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_date->setDateRange(emptyDate(), QDate(2999, 12, 31));
    m_date->setSpecialValueText(QStringLiteral("–"));
    m_date->setDate(emptyDate());
    m_date->setMinimumWidth(150);
    m_date->setMaximumWidth(170);
    m_date->calendarWidget()->setFirstDayOfWeek(Qt::Monday);
    m_date->calendarWidget()->setLocale(indonesian());
    m_date->calendarWidget()->installEventFilter(this);
    m_date->installEventFilter(this);
    connect(m_date, &QDateEdit::dateChanged, this, [this] { setFieldError(Key::tanggalSk(), {}); });

    m_kode = new QLineEdit(card);
    m_kode->setObjectName(QStringLiteral("field_") + Key::kodeKegiatan());
    m_kode->setReadOnly(true);
    m_kode->setPlaceholderText(tr("Tekan F2"));
    m_kode->setMaximumWidth(170);
    m_newKode = new QPushButton(tr("Buat Kode Baru (F2)"), card);
    m_newKode->setObjectName(QStringLiteral("newKodeButton"));
    m_newKode->setToolTip(tr("[F2]: Buat Kode Baru"));
    connect(m_newKode, &QPushButton::clicked, this, &TimKerjaPage::createKode);
    auto* kodeRow = new QWidget(card);
    auto* kodeLayout = new QHBoxLayout(kodeRow);
    kodeLayout->setContentsMargins(0, 0, 0, 0);
    kodeLayout->setSpacing(8);
    kodeLayout->addWidget(m_kode);
    kodeLayout->addWidget(m_newKode);
    kodeLayout->addStretch(1);

    m_nama = new QLineEdit(card);
    m_nama->setObjectName(QStringLiteral("field_") + Key::namaTimKerja());
    m_nama->setPlaceholderText(type.field(Key::namaTimKerja())->placeholder);
    m_nama->setMaxLength(type.field(Key::namaTimKerja())->maxLength);
    connect(m_nama, &QLineEdit::textEdited, this, [this] { setFieldError(Key::namaTimKerja(), {}); });

    m_url = new QLineEdit(card);
    m_url->setObjectName(QStringLiteral("field_") + Key::urlBuktiDukung());
    m_url->setPlaceholderText(type.field(Key::urlBuktiDukung())->placeholder);
    m_url->setMaxLength(LinkUrl::MaxLength);
    m_linkState = makeLabel(QString(), "linkState", card, 0.95);
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
    left->addWidget(fieldBlock(Key::tanggalSk(), m_date, card));
    left->addWidget(fieldBlock(Key::keteranganSk(), choiceGroup(Key::keteranganSk(), card), card));
    left->addWidget(fieldBlock(Key::kodeKegiatan(), kodeRow, card));
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(fieldBlock(Key::ruangLingkup(), choiceGroup(Key::ruangLingkup(), card), card));
    right->addWidget(fieldBlock(Key::kedudukan(), choiceGroup(Key::kedudukan(), card), card));
    right->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(28);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    m_save = new QPushButton(tr("Simpan"), card);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setProperty("primary", true);
    m_save->setToolTip(tr("Simpan dan ajukan ke Pengelola Kepegawaian"));
    connect(m_save, &QPushButton::clicked, this, &TimKerjaPage::save);
    m_cancel = new QPushButton(tr("Batal"), card);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Kosongkan form untuk data baru"));
    connect(m_cancel, &QPushButton::clicked, this, &TimKerjaPage::clearForm);
    m_delete = new QPushButton(tr("Hapus"), card);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setProperty("danger", true);
    connect(m_delete, &QPushButton::clicked, this, &TimKerjaPage::removeCurrent);
    m_history = new QPushButton(tr("Riwayat proses…"), card);
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_history->setToolTip(
        tr("Kapan data ini diajukan, disetujui atau dibatalkan, oleh siapa, dengan catatan apa"));
    connect(m_history, &QPushButton::clicked, this, &TimKerjaPage::showHistory);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_history);

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(12);
    layout->addLayout(heading);
    layout->addLayout(columns);
    layout->addWidget(fieldBlock(Key::namaTimKerja(), m_nama, card));
    layout->addWidget(fieldBlock(Key::urlBuktiDukung(), m_url, card, m_linkState));
    layout->addLayout(buttons);

    setTabOrder(m_date, m_groups.value(Key::keteranganSk())->buttons().constFirst());
    return card;
}

QWidget* TimKerjaPage::fieldBlock(const QString& key, QWidget* input, QWidget* parent, QWidget* extra)
{
    const FieldSpec* spec = TimKerjaService::type().field(key);
    auto* block = new QWidget(parent);
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

QWidget* TimKerjaPage::choiceGroup(const QString& key, QWidget* parent)
{
    const FieldSpec* spec = TimKerjaService::type().field(key);
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(18);
    auto* group = new QButtonGroup(row);
    const QStringList items = ReferenceLists::items(spec->referenceList);
    for (int i = 0; i < items.size(); ++i) {
        auto* radio = new QRadioButton(items.at(i), row);
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

void TimKerjaPage::setChoice(const QString& key, const QString& value)
{
    QButtonGroup* group = m_groups.value(key);
    if (!group)
        return;
    group->setExclusive(false);
    const QList<QAbstractButton*> buttons = group->buttons();
    for (QAbstractButton* button : buttons)
        button->setChecked(button->text() == value);
    group->setExclusive(true);
    updateChoiceHelp(key);
}

QString TimKerjaPage::choice(const QString& key) const
{
    QButtonGroup* group = m_groups.value(key);
    return group && group->checkedButton() ? group->checkedButton()->text() : QString();
}

void TimKerjaPage::updateChoiceHelp(const QString& key)
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

QVariantMap TimKerjaPage::formValues() const
{
    QVariantMap values;
    if (m_date->date() != emptyDate())
        values.insert(Key::tanggalSk(), m_date->date());
    values.insert(Key::keteranganSk(), choice(Key::keteranganSk()));
    values.insert(Key::kodeKegiatan(), m_kode->text().trimmed());
    values.insert(Key::namaTimKerja(), m_nama->text());
    values.insert(Key::ruangLingkup(), choice(Key::ruangLingkup()));
    values.insert(Key::kedudukan(), choice(Key::kedudukan()));
    values.insert(Key::urlBuktiDukung(), m_url->text().trimmed());
    return values;
}

void TimKerjaPage::fill(const TimKerjaEntry& entry)
{
    m_filling = true;
    m_entry = entry;
    m_date->setDate(entry.tanggalSk.isValid() ? entry.tanggalSk : emptyDate());
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
            when.isEmpty() ? stored.message() : tr("%1 (diperiksa %2)").arg(stored.message(), when));
    } else {
        showLinkState({}, {});
    }
    if (!m_readOnly && !entry.urlBuktiDukung.isEmpty())
        startLinkCheck();

    const QString statusText = entry.statusText();
    m_formStatus->setText(statusText);
    RecordListModel::showStatusChip(m_formStatus, entry.status);
    m_formStatus->show();
    if (entry.status == SubmissionStatus::Disetujui)
        m_banner->showInfo(
            tr("Data Tim Kerja \"%1\" sudah Disetujui sehingga tidak dapat diubah atau dihapus lagi.")
                .arg(entry.namaTimKerja));
    else if (entry.status == SubmissionStatus::Ditolak)
        m_banner->showWarning(
            tr("Data Tim Kerja \"%1\" ditolak verifikator: %2. Data ini tidak dapat diubah; "
               "Anda dapat menghapusnya.")
                .arg(entry.namaTimKerja, entry.note.isEmpty() ? tr("tanpa catatan") : entry.note));
    else if (entry.status == SubmissionStatus::PerluPerbaikan)
        m_banner->showWarning(
            tr("Batal Disetujui — catatan verifikator: %1. Perbaiki data di bawah ini, lalu klik "
               "Simpan untuk mengajukannya kembali.")
                .arg(entry.note.isEmpty() ? tr("tanpa catatan") : entry.note));
    else
        m_banner->showInfo(tr("Data \"%1\" dimuat ke Form Tim Kerja. Ubah seperlunya lalu klik Simpan.")
                               .arg(entry.namaTimKerja));
    updateFormState();
}

void TimKerjaPage::clearForm()
{
    m_filling = true;
    m_entry.reset();
    m_readOnly = false;
    m_date->setDate(emptyDate());
    for (const QString& key : {Key::keteranganSk(), Key::ruangLingkup(), Key::kedudukan()})
        setChoice(key, {});
    m_kode->clear();
    m_nama->clear();
    m_checker->cancel();
    m_linkTimer->stop();
    m_url->clear();
    m_filling = false;
    m_linkCheck.reset();
    m_saveAfterCheck = false;
    showLinkState({}, {});
    clearIssues();
    m_formStatus->hide();
    updateFormState();
}

void TimKerjaPage::updateFormState()
{
    const bool editable = !m_readOnly && !m_busy;
    m_formTitle->setText(m_entry
            ? (m_readOnly ? tr("Form Tim Kerja — lihat data %1").arg(m_entry->kodeKegiatan)
                          : tr("Form Tim Kerja — ubah data %1").arg(m_entry->kodeKegiatan))
            : tr("Form Tim Kerja — data baru"));
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
        ->setText(m_entry ? tr("Kode Kegiatan data yang sudah tersimpan tetap; tidak dapat diganti.")
                          : TimKerjaService::type().field(Key::kodeKegiatan())->help);
    m_save->setEnabled(editable);
    m_delete->setEnabled(!m_busy && m_entry && TimKerjaService::ownerMayDelete(m_entry->status));
    m_history->setEnabled(m_entry.has_value());
    m_delete->setToolTip(m_entry && !TimKerjaService::ownerMayDelete(m_entry->status)
            ? tr("Data yang sudah Disetujui tidak dapat dihapus")
            : tr("Hapus data Tim Kerja yang sedang dibuka"));
    m_save->setToolTip(m_readOnly ? tr("Data yang sudah Disetujui tidak dapat diubah")
                                  : tr("Simpan dan ajukan ke Pengelola Kepegawaian"));
}

void TimKerjaPage::setBusy(bool busy)
{
    m_busy = busy;
    updateFormState();
}

void TimKerjaPage::setFieldError(const QString& key, const QString& message)
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
    QWidget* input = key == Key::tanggalSk() ? static_cast<QWidget*>(m_date)
        : key == Key::namaTimKerja()         ? static_cast<QWidget*>(m_nama)
        : key == Key::urlBuktiDukung()       ? static_cast<QWidget*>(m_url)
        : key == Key::kodeKegiatan()         ? static_cast<QWidget*>(m_kode)
                                             : nullptr;
    if (input && input->property("invalid").toBool() != !message.isEmpty()) {
        input->setProperty("invalid", !message.isEmpty());
        restyle(input);
    }
}

void TimKerjaPage::clearIssues()
{
    for (auto it = m_errors.constBegin(); it != m_errors.constEnd(); ++it)
        setFieldError(it.key(), {});
}

void TimKerjaPage::showIssues(const QList<RuleIssue>& issues)
{
    clearIssues();
    QStringList general;
    QWidget* first = nullptr;
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
        if (!byField.contains(key))
            continue;
        first = key == Key::tanggalSk()    ? static_cast<QWidget*>(m_date)
            : key == Key::kodeKegiatan()   ? static_cast<QWidget*>(m_newKode)
            : key == Key::namaTimKerja()   ? static_cast<QWidget*>(m_nama)
            : key == Key::urlBuktiDukung() ? static_cast<QWidget*>(m_url)
                                           : m_groups.value(key)->buttons().constFirst();
        break;
    }
    m_banner->showError(general.isEmpty()
            ? tr("Data belum dapat disimpan. Periksa isian yang ditandai merah.")
            : general.join(QLatin1Char(' ')));
    if (first)
        first->setFocus();
}

// ---- Kode Kegiatan, the link check, save and delete ---------------------------------------------

void TimKerjaPage::createKode()
{
    if (m_entry || m_readOnly || m_busy) {
        if (m_entry)
            m_banner->showInfo(
                tr("Kode Kegiatan data yang sudah tersimpan tidak dapat diganti. Klik Batal untuk "
                   "mengisi data baru."));
        return;
    }
    m_newKode->setEnabled(false);
    runDb(
        m_db, this, [db = m_db, session = m_session] { return TimKerjaService(db).newKode(session); },
        [this](Result<QString> kode) {
            updateFormState();
            if (!kode) {
                m_banner->showError(kode.error().message);
                return;
            }
            m_kode->setText(kode.value());
            setFieldError(Key::kodeKegiatan(), {});
            Q_EMIT kodeCreated(kode.value());
        });
}

void TimKerjaPage::startLinkCheck()
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
    showLinkState(QStringLiteral("checking"), tr("Memeriksa tautan…"));
    m_checker->check(text);
}

void TimKerjaPage::onLinkChecked(const LinkCheckResult& result)
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
    if (m_saveAfterCheck) {
        m_saveAfterCheck = false;
        continueSave();
    }
}

void TimKerjaPage::showLinkState(const QString& state, const QString& text)
{
    m_linkState->setText(text);
    m_linkState->setToolTip({});
    m_linkState->setVisible(!text.isEmpty());
    if (m_linkState->property("linkState").toString() != state) {
        m_linkState->setProperty("linkState", state);
        restyle(m_linkState);
    }
}

void TimKerjaPage::save()
{
    if (m_readOnly || m_busy)
        return;
    m_banner->clear();
    const QString url = m_url->text().trimmed();
    const bool validUrl = LinkUrl::parse(url).ok();
    if (validUrl && (m_checker->isRunning() || m_linkTimer->isActive() || !m_linkCheck)) {
        // Save once the check of this link has answered (at most the checker's time limit).
        m_saveAfterCheck = true;
        setBusy(true);
        m_banner->showInfo(tr("Menunggu hasil pemeriksaan tautan sebelum menyimpan…"));
        if (!m_checker->isRunning())
            startLinkCheck();
        return;
    }
    continueSave();
}

void TimKerjaPage::continueSave()
{
    setBusy(false);
    const QVariantMap values = formValues();
    std::optional<LinkCheckResult> check = m_linkCheck;
    if (check && LinkUrl::parse(values.value(Key::urlBuktiDukung()).toString()).ok()
        && linkStatusNeedsWarning(check->status) && check->status != LinkStatus::Invalid) {
        const bool go = Confirm::ask(this,
            tr("%1\n\nData tetap dapat disimpan, tetapi verifikator mungkin tidak dapat membuka bukti dukung "
               "Anda. Tautan akan diperiksa ulang saat verifikator membuka data ini.\n\nTetap simpan?")
                .arg(check->message()),
            tr("Tetap Simpan"), tr("Batal"), tr("Tautan Bukti Dukung"));
        if (!go) {
            m_banner->showWarning(check->message());
            m_url->setFocus();
            Q_EMIT saveFinished(false);
            return;
        }
    }

    struct Outcome
    {
        QList<RuleIssue> issues;
        Result<qint64> id = Error {};
    };
    TimKerjaService::SaveRequest request;
    request.id = m_entry ? m_entry->id : 0;
    request.version = m_entry ? m_entry->version : 0;
    request.values = values;
    request.linkCheck = check;
    setBusy(true);
    m_banner->showInfo(tr("Menyimpan…"));
    runDb(
        m_db, this,
        [db = m_db, session = m_session, request] {
            TimKerjaService service(db);
            Outcome out;
            auto issues = service.check(session, request.values, request.id);
            if (!issues) {
                out.id = issues.error();
                return out;
            }
            if (RecordType::hasErrors(issues.value())) {
                out.issues = issues.value();
                out.id = Error::invalid(QString());
                return out;
            }
            out.id = service.save(session, request);
            return out;
        },
        [this, isNew = request.id == 0](Outcome outcome) {
            setBusy(false);
            if (!outcome.issues.isEmpty()) {
                showIssues(outcome.issues);
                Q_EMIT saveFinished(false);
                return;
            }
            if (!outcome.id) {
                m_banner->showError(outcome.id.error().message);
                Q_EMIT saveFinished(false);
                return;
            }
            const QString name = m_nama->text().simplified();
            clearForm();
            m_banner->showSuccess(isNew
                    ? tr("Data Tim Kerja \"%1\" disimpan dan diajukan ke Pengelola Kepegawaian "
                         "dengan status Belum Disetujui.")
                          .arg(name)
                    : tr("Perubahan data Tim Kerja \"%1\" disimpan dan diajukan kembali dengan "
                         "status Belum Disetujui.")
                          .arg(name));
            m_selectAfterLoad = outcome.id.value();
            m_model->reload();
            Q_EMIT saveFinished(true);
        });
}

void TimKerjaPage::removeCurrent()
{
    if (!m_entry || m_busy || !TimKerjaService::ownerMayDelete(m_entry->status))
        return;
    const TimKerjaEntry entry = *m_entry;
    if (!Confirm::ask(this,
            tr("Apakah anda yakin ingin menghapus data Tim Kerja \"%1\" (Kode Kegiatan %2)?")
                .arg(entry.namaTimKerja, entry.kodeKegiatan),
            tr("Hapus"), tr("Batal"))) {
        Q_EMIT removeFinished(false);
        return;
    }
    setBusy(true);
    runDb(
        m_db, this,
        [db = m_db, session = m_session, id = entry.id, version = entry.version] {
            return TimKerjaService(db).remove(session, id, version);
        },
        [this, name = entry.namaTimKerja](Status status) {
            setBusy(false);
            if (!status) {
                m_banner->showError(status.error().message);
                Q_EMIT removeFinished(false);
                return;
            }
            clearForm();
            m_banner->showSuccess(tr("Data Tim Kerja \"%1\" dihapus.").arg(name));
            m_model->reload();
            Q_EMIT removeFinished(true);
        });
}

void TimKerjaPage::chooseRow(int row)
{
    if (const TimKerjaEntry* entry = m_model->entry(row))
        loadEntry(entry->id);
}

void TimKerjaPage::loadEntry(qint64 id)
{
    if (m_busy)
        return;
    setBusy(true);
    runDb(
        m_db, this, [db = m_db, session = m_session, id] { return TimKerjaService(db).get(session, id); },
        [this](Result<TimKerjaEntry> entry) {
            setBusy(false);
            if (!entry) {
                m_banner->showError(entry.error().message);
                return;
            }
            fill(entry.value());
            m_nama->setFocus();
            Q_EMIT entryLoaded(entry->id);
        });
}

// ---- Daftar Tim Kerja ----------------------------------------------------------------------------

QWidget* TimKerjaPage::createList()
{
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("listCard"));
    card->setProperty("card", true);
    auto* heading = makeLabel(tr("Daftar Tim Kerja"), "cardTitle", card, 1.15, true);

    m_pageSize = new QComboBox(card);
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    for (int size : TimKerjaListModel::pageSizes())
        m_pageSize->addItem(QString::number(size), size);
    m_pageSize->setAccessibleName(tr("Jumlah entri per halaman"));
    m_search = new QLineEdit(card);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Cari di semua kolom"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_search->setAccessibleName(tr("Cari"));
    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    toolbar->addWidget(new QLabel(tr("Tampilkan"), card));
    toolbar->addWidget(m_pageSize);
    toolbar->addWidget(new QLabel(tr("entri"), card));
    toolbar->addStretch(1);
    toolbar->addWidget(new QLabel(tr("Cari:"), card));
    toolbar->addWidget(m_search);

    m_model = new TimKerjaListModel(m_db, m_session, this);
    m_table = new QTableView(card);
    m_table->setObjectName(QStringLiteral("timKerjaTable"));
    m_table->setProperty("list", true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setMouseTracking(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(RowHeight);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TimKerjaListModel::NamaColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(56);
    m_table->setColumnWidth(TimKerjaListModel::TanggalColumn, 104);
    m_table->setColumnWidth(TimKerjaListModel::KeteranganColumn, 104);
    m_table->setColumnWidth(TimKerjaListModel::RuangLingkupColumn, 184);
    m_table->setColumnWidth(TimKerjaListModel::KedudukanColumn, 92);
    m_table->setColumnWidth(TimKerjaListModel::StatusColumn, 140);
    m_table->setColumnWidth(TimKerjaListModel::CatatanColumn, 150);
    m_table->setColumnWidth(TimKerjaListModel::PilihColumn, 72);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setItemDelegateForColumn(TimKerjaListModel::StatusColumn, new StatusChipDelegate(m_table));
    m_table->setItemDelegateForColumn(TimKerjaListModel::PilihColumn, new PilihDelegate(m_table));
    m_table->setAccessibleName(tr("Daftar Tim Kerja"));
    m_table->setSortingEnabled(true);
    header->setSortIndicator(TimKerjaListModel::TanggalColumn, Qt::DescendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section, Qt::SortOrder) {
        if (section == TimKerjaListModel::PilihColumn) {
            // "Edit" is not a column to sort by: keep the indicator where the data is sorted.
            QSignalBlocker block(header);
            header->setSortIndicator(int(m_model->sortColumn()),
                m_model->sortAscending() ? Qt::AscendingOrder : Qt::DescendingOrder);
        }
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (index.column() == TimKerjaListModel::PilihColumn)
            chooseRow(index.row());
    });
    connect(
        m_table, &QTableView::activated, this, [this](const QModelIndex& index) { chooseRow(index.row()); });

    m_range = makeLabel(QString(), "hint", card);
    m_range->setObjectName(QStringLiteral("rangeLabel"));
    m_previous = new QPushButton(tr("Sebelumnya"), card);
    m_previous->setObjectName(QStringLiteral("previousButton"));
    m_next = new QPushButton(tr("Berikutnya"), card);
    m_next->setObjectName(QStringLiteral("nextButton"));
    auto* footer = new QHBoxLayout;
    footer->setSpacing(8);
    footer->addWidget(m_range, 1);
    footer->addWidget(m_previous);
    footer->addWidget(m_next);

    connect(m_pageSize, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setPageSize(m_pageSize->currentData().toInt()); });
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_previous, &QPushButton::clicked, m_model, &TimKerjaListModel::previousPage);
    connect(m_next, &QPushButton::clicked, m_model, &TimKerjaListModel::nextPage);
    connect(m_model, &TimKerjaListModel::loaded, this, [this] {
        updatePaging();
        if (m_selectAfterLoad > 0) {
            const int row = m_model->rowOf(m_selectAfterLoad);
            if (row >= 0)
                m_table->selectRow(row);
            m_selectAfterLoad = 0;
        }
    });
    connect(m_model, &TimKerjaListModel::loadFailed, this, [this](const QString& message) {
        m_banner->showError(message);
        updatePaging();
    });
    connect(m_model, &TimKerjaListModel::loadingChanged, this, [this] { updatePaging(); });

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addLayout(toolbar);
    layout->addWidget(m_table);
    layout->addLayout(footer);
    updatePaging();
    return card;
}

void TimKerjaPage::updatePaging()
{
    const int total = m_model->total();
    const int shown = m_model->rowCount();
    if (m_model->isLoading() && shown == 0)
        m_range->setText(tr("Memuat…"));
    else if (total == 0)
        m_range->setText(m_model->search().isEmpty()
                ? tr("Menampilkan 0 sampai 0 dari 0 entri — belum ada data Tim Kerja. Isi Form Tim Kerja di "
                     "atas, "
                     "lalu klik Simpan.")
                : tr("Menampilkan 0 sampai 0 dari 0 entri — tidak ada yang cocok dengan \"%1\".")
                      .arg(m_model->search()));
    else
        m_range->setText(tr("Menampilkan %1 sampai %2 dari %3 entri")
                             .arg(m_model->offset() + 1)
                             .arg(m_model->offset() + shown)
                             .arg(total));
    m_previous->setEnabled(m_model->hasPreviousPage());
    m_next->setEnabled(m_model->hasNextPage());
    // The table is as tall as its page (at least three rows for the empty state); the page scrolls.
    const int rows = std::max(shown, 3);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * RowHeight + 4);
}

bool TimKerjaPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show && watched == m_date->calendarWidget()) {
        // The calendar of an empty date opens on this month, not on its "empty" minimum.
        if (m_date->date() == emptyDate())
            m_date->calendarWidget()->setCurrentPage(
                QDate::currentDate().year(), QDate::currentDate().month());
    } else if (event->type() == QEvent::KeyPress && watched == m_date && m_date->date() == emptyDate()) {
        // Typing into an empty date starts from today instead of the hidden minimum.
        auto* key = static_cast<QKeyEvent*>(event);
        const bool digit = key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9;
        const bool step = key->key() == Qt::Key_Up || key->key() == Qt::Key_Down;
        if (digit || step) {
            m_date->setDate(QDate::currentDate());
            m_date->setSelectedSection(QDateTimeEdit::DaySection);
            return step;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TimKerjaPage::showHistory()
{
    if (!m_entry)
        return;
    HistoryDialog::open(this, m_db, m_session, m_entry->id,
        tr("Riwayat proses: %1").arg(m_entry->namaTimKerja), tr("Belum ada catatan proses untuk data ini."),
        m_banner);
}

} // namespace karier
