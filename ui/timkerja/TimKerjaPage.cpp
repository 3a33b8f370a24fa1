// SPDX-License-Identifier: GPL-3.0-or-later
#include "timkerja/TimKerjaPage.h"

#include "common/Async.h"
#include "common/Confirm.h"
#include "common/PageStyle.h"
#include "common/Theme.h"
#include "net/LinkUrl.h"
#include "timkerja/TimKerja.h"
#include "timkerja/TimKerjaForm.h"
#include "timkerja/TimKerjaListModel.h"
#include "widgets/HistoryDialog.h"
#include "widgets/MessageBanner.h"
#include "widgets/StatusChipDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QShowEvent>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace karier {

namespace {

namespace Key = TimKerja::Key;

constexpr int SearchDelayMs = 300;
constexpr int RowHeight = 38;
/// The list shows at least this many rows: a page of 10 reads at a glance at 1000×700.
constexpr int MinimumRows = 8;

using PageStyle::makeLabel;

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
    layout->setContentsMargins(20, 20, 20, 20);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_banner);
    layout->addWidget(createForm(content));
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

void TimKerjaPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Shown again: entries decided or changed meanwhile are read afresh; the selected row stays selected.
    if (m_shownOnce && !event->spontaneous()) {
        const QModelIndexList selected = m_table->selectionModel()->selectedRows();
        if (!selected.isEmpty()) {
            if (const TimKerjaEntry* entry = m_model->entry(selected.constFirst().row()))
                m_selectAfterLoad = entry->id;
        }
        m_model->reload();
    }
    m_shownOnce = true;
}

// ---- the form -----------------------------------------------------------------------------------

QWidget* TimKerjaPage::createForm(QWidget* parent)
{
    m_form = new TimKerjaForm(parent);
    connect(m_form, &TimKerjaForm::newKodeClicked, this, &TimKerjaPage::createKode);
    connect(m_form, &TimKerjaForm::saveClicked, this, &TimKerjaPage::save);
    connect(m_form, &TimKerjaForm::cancelClicked, this, &TimKerjaPage::clearForm);
    connect(m_form, &TimKerjaForm::deleteClicked, this, &TimKerjaPage::removeCurrent);
    connect(m_form, &TimKerjaForm::historyClicked, this, &TimKerjaPage::showHistory);
    connect(m_form, &TimKerjaForm::linkChecked, this, [this](const LinkCheckResult& result) {
        Q_EMIT linkChecked(result);
        if (m_saveAfterCheck) {
            m_saveAfterCheck = false;
            continueSave();
        }
    });
    return m_form;
}

LinkChecker* TimKerjaPage::linkChecker() const
{
    return m_form->linkChecker();
}

qint64 TimKerjaPage::currentEntryId() const
{
    return m_form->entry() ? m_form->entry()->id : 0;
}

const std::optional<TimKerjaEntry>& TimKerjaPage::currentEntry() const
{
    return m_form->entry();
}

bool TimKerjaPage::isReadOnly() const
{
    return m_form->isReadOnly();
}

QVariantMap TimKerjaPage::formValues() const
{
    return m_form->values();
}

const std::optional<LinkCheckResult>& TimKerjaPage::linkCheck() const
{
    return m_form->linkCheck();
}

void TimKerjaPage::showEntryNote(const TimKerjaEntry& entry)
{
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
}

void TimKerjaPage::clearForm()
{
    m_form->clear();
    m_saveAfterCheck = false;
}

void TimKerjaPage::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setBusy(busy);
}

void TimKerjaPage::showIssues(const QList<RuleIssue>& issues)
{
    const QStringList general = m_form->showIssues(issues);
    m_banner->showError(general.isEmpty()
            ? tr("Data belum dapat disimpan. Periksa isian yang ditandai merah.")
            : general.join(QLatin1Char(' ')));
}

// ---- Kode Kegiatan, the link check, save and delete ---------------------------------------------

void TimKerjaPage::createKode()
{
    if (m_form->entry() || m_form->isReadOnly() || m_busy) {
        if (m_form->entry())
            m_banner->showInfo(
                tr("Kode Kegiatan data yang sudah tersimpan tidak dapat diganti. Klik Batal untuk "
                   "mengisi data baru."));
        return;
    }
    m_form->setNewKodeEnabled(false);
    runDb(
        m_db, this, [db = m_db, session = m_session] { return TimKerjaService(db).newKode(session); },
        [this](Result<QString> kode) {
            m_form->updateState();
            if (!kode) {
                m_banner->showError(kode.error().message);
                return;
            }
            m_form->setKode(kode.value());
            Q_EMIT kodeCreated(kode.value());
        });
}

void TimKerjaPage::save()
{
    if (m_form->isReadOnly() || m_busy)
        return;
    m_banner->clear();
    if (m_form->isLinkCheckPending()) {
        // Save once the check of this link has answered (at most the checker's time limit).
        m_saveAfterCheck = true;
        setBusy(true);
        m_banner->showInfo(tr("Menunggu hasil pemeriksaan tautan sebelum menyimpan…"));
        m_form->checkLinkNow();
        return;
    }
    continueSave();
}

void TimKerjaPage::continueSave()
{
    setBusy(false);
    const QVariantMap values = m_form->values();
    std::optional<LinkCheckResult> check = m_form->linkCheck();
    if (check && LinkUrl::parse(values.value(Key::urlBuktiDukung()).toString()).ok()
        && linkStatusNeedsWarning(check->status) && check->status != LinkStatus::Invalid) {
        // A check that could not be made (no network) says nothing against the link.
        const QString question = linkStatusIsUnchecked(check->status)
            ? tr("%1\n\nData dapat disimpan; tautan akan diperiksa ulang saat verifikator membuka data "
                 "ini.\n\nSimpan sekarang?")
            : tr("%1\n\nData tetap dapat disimpan, tetapi verifikator mungkin tidak dapat membuka bukti "
                 "dukung Anda. Tautan akan diperiksa ulang saat verifikator membuka data ini.\n\nTetap "
                 "simpan?");
        const bool go = Confirm::ask(
            this, question.arg(check->message()), tr("Tetap Simpan"), tr("Batal"), tr("Tautan Bukti Dukung"));
        if (!go) {
            m_banner->showWarning(check->message());
            m_form->focusField(Key::urlBuktiDukung());
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
    request.id = currentEntryId();
    request.version = m_form->entry() ? m_form->entry()->version : 0;
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
        [this, isNew = request.id == 0, values](Outcome outcome) {
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
            const QString name = values.value(Key::namaTimKerja()).toString().simplified();
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
    const std::optional<TimKerjaEntry>& current = m_form->entry();
    if (!current || m_busy || !TimKerjaService::ownerMayDelete(current->status))
        return;
    const TimKerjaEntry entry = *current;
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
            m_form->fill(entry.value());
            showEntryNote(entry.value());
            m_form->focusField(Key::namaTimKerja());
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
    m_table->setModel(m_model);
    PageStyle::setUpListTable(m_table, RowHeight);
    m_table->setMouseTracking(true);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(TimKerjaListModel::NamaColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(56);
    m_table->setColumnWidth(TimKerjaListModel::TanggalColumn, 120);
    m_table->setColumnWidth(TimKerjaListModel::KeteranganColumn, 100);
    m_table->setColumnWidth(TimKerjaListModel::RuangLingkupColumn, 184);
    m_table->setColumnWidth(TimKerjaListModel::KedudukanColumn, 96);
    m_table->setColumnWidth(TimKerjaListModel::StatusColumn, 136);
    m_table->setColumnWidth(TimKerjaListModel::CatatanColumn, 110);
    m_table->setColumnWidth(TimKerjaListModel::PilihColumn, 72);
    // Narrow windows: Ruang Lingkup, Kedudukan, then Ket SK make room for the names (all show in the form
    // once Pilih is clicked).
    PageStyle::hideColumnsWhenNarrow(m_table, TimKerjaListModel::NamaColumn, 220,
        {TimKerjaListModel::RuangLingkupColumn, TimKerjaListModel::KedudukanColumn,
            TimKerjaListModel::KeteranganColumn});
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
    layout->setContentsMargins(16, 14, 16, 14);
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
        m_range->setText(tr("Menampilkan %1 sampai %2 dari %n entri", nullptr, total)
                             .arg(m_model->offset() + 1)
                             .arg(m_model->offset() + shown));
    m_previous->setEnabled(m_model->hasPreviousPage());
    m_next->setEnabled(m_model->hasNextPage());
    // The table is as tall as its page (at least MinimumRows, also empty); the page scrolls.
    const int rows = std::max(shown, MinimumRows);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * RowHeight + 4);
}

void TimKerjaPage::showHistory()
{
    const std::optional<TimKerjaEntry>& entry = m_form->entry();
    if (!entry)
        return;
    HistoryDialog::open(this, m_db, m_session, entry->id, tr("Riwayat proses: %1").arg(entry->namaTimKerja),
        tr("Belum ada catatan proses untuk data ini."), m_banner);
}

} // namespace karier
