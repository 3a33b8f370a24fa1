// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RiwayatPage.h"

#include "auth/AccessPolicy.h"
#include "common/Async.h"
#include "common/Confirm.h"
#include "common/PageStyle.h"
#include "records/BatchService.h"
#include "records/RecordDetailDialog.h"
#include "records/RecordListModel.h"
#include "records/RecordService.h"
#include "records/RecordWizard.h"
#include "widgets/MessageBanner.h"
#include "widgets/StatusChipDelegate.h"

#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace karier {

namespace {

using PageStyle::makeLabel;

} // namespace

RiwayatPage::RiwayatPage(
    std::shared_ptr<Database> db, Session session, QStringList typeCodes, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_session(std::move(session))
    , m_typeCodes(std::move(typeCodes))
    , m_jpYear(QDate::currentDate().year())
{
    setObjectName(QStringLiteral("riwayatPage"));
    setAttribute(Qt::WA_StyledBackground, true);

    // Title and the Tambah buttons.
    const std::optional<RiwayatPageSpec> spec
        = m_typeCodes.isEmpty() ? std::nullopt : RecordTypes::riwayatPageOf(m_typeCodes.constFirst());
    auto* title = makeLabel(spec ? spec->title : tr("Riwayat"), "pageTitle", this, 1.6, true);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* subtitle = makeLabel(spec ? spec->subtitle : QString(), "hint", this);
    auto* titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    titleColumn->addWidget(title);
    titleColumn->addWidget(subtitle);
    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    header->addLayout(titleColumn, 1);
    bool first = true;
    for (const QString& code : std::as_const(m_typeCodes)) {
        const RecordType* type = RecordTypes::byCode(code);
        if (!type)
            continue;
        auto* add = new QPushButton(tr("Tambah %1").arg(type->title), this);
        add->setObjectName(QStringLiteral("addButton_") + code);
        add->setProperty("primary", first);
        connect(add, &QPushButton::clicked, this, [this, code] { addRecord(code); });
        header->addWidget(add, 0, Qt::AlignBottom);
        first = false;
    }
    // One decree for many employees (Admin BKPSDM): Penghargaan, or a Kursus such as a sosialisasi.
    if (AccessPolicy::can(m_session, Permission::BatchEntry)) {
        for (const QString& code : std::as_const(m_typeCodes)) {
            const RecordType* type = RecordTypes::byCode(code);
            if (!type || !BatchService::supportsType(*type))
                continue;
            auto* batch = new QPushButton(tr("Entri Massal %1…").arg(type->title), this);
            batch->setObjectName(QStringLiteral("batchButton_") + code);
            batch->setToolTip(
                tr("Satu SK atau satu kegiatan untuk banyak pegawai sekaligus; langsung Disetujui."));
            connect(batch, &QPushButton::clicked, this, [this, code] { addBatch(code); });
            header->addWidget(batch, 0, Qt::AlignBottom);
        }
    }

    // Filter, search, and the actions on the selected row.
    m_jenisFilter = new QComboBox(this);
    m_jenisFilter->setObjectName(QStringLiteral("jenisFilter"));
    m_jenisFilter->setAccessibleName(tr("Jenis"));
    m_jenisFilter->addItem(tr("Semua jenis"), QString());
    for (const QString& code : std::as_const(m_typeCodes)) {
        if (const RecordType* type = RecordTypes::byCode(code))
            m_jenisFilter->addItem(type->title, code);
    }
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Cari nama, nomor, atau catatan…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_viewButton = new QPushButton(tr("Lihat"), this);
    m_viewButton->setObjectName(QStringLiteral("viewButton"));
    m_editButton = new QPushButton(tr("Ubah"), this);
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_editButton->setToolTip(tr("Hanya riwayat berstatus Draf atau Perlu Perbaikan yang dapat diubah"));
    m_deleteButton = new QPushButton(tr("Hapus"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setProperty("danger", true);
    m_deleteButton->setToolTip(tr("Hanya riwayat berstatus Draf atau Perlu Perbaikan yang dapat dihapus"));
    connect(m_viewButton, &QPushButton::clicked, this, &RiwayatPage::viewSelected);
    connect(m_editButton, &QPushButton::clicked, this, &RiwayatPage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &RiwayatPage::removeSelected);
    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(m_jenisFilter);
    toolbar->addWidget(m_search, 1);
    toolbar->addSpacing(16);
    toolbar->addWidget(m_viewButton);
    toolbar->addWidget(m_editButton);
    toolbar->addWidget(m_deleteButton);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    // The table, or the empty state.
    m_model = new RecordListModel(this);
    QList<const RecordType*> listedTypes;
    for (const QString& code : std::as_const(m_typeCodes)) {
        if (const RecordType* type = RecordTypes::byCode(code))
            listedTypes << type;
    }
    m_model->setColumns(RecordTypes::listColumns(listedTypes)); // Penghargaan: Skala, Kelompok …
    const auto column = [this](RecordListModel::Column kind) { return m_model->columnOf(kind); };
    m_filter = new RecordFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recordTable"));
    m_table->setModel(m_filter);
    PageStyle::setUpListTable(m_table, 36);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(column(RecordListModel::TanggalColumn), Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(
        column(RecordListModel::NamaColumn), QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    const auto setWidth = [this, &column](RecordListModel::Column kind, int width) {
        if (const int at = column(kind); at >= 0)
            m_table->setColumnWidth(at, width);
    };
    setWidth(RecordListModel::JenisColumn, 96);
    setWidth(RecordListModel::NomorColumn, 120);
    setWidth(RecordListModel::TanggalColumn, 112);
    setWidth(RecordListModel::DurasiColumn, 100);
    setWidth(RecordListModel::StatusColumn, 128);
    setWidth(RecordListModel::CatatanColumn, 130);
    // Narrow windows: the number, then a type's own fields (the last first), then the kind make room
    // for the names (all of them show in Lihat).
    QList<int> optional;
    if (const int nomor = column(RecordListModel::NomorColumn); nomor >= 0)
        optional << nomor;
    for (int at = m_model->columnCount() - 1; at >= 0; --at) {
        if (m_model->kindOf(at) == RecordListModel::FieldColumn)
            optional << at;
    }
    if (const int jenis = column(RecordListModel::JenisColumn); jenis >= 0)
        optional << jenis;
    PageStyle::hideColumnsWhenNarrow(m_table, column(RecordListModel::NamaColumn), 160, optional);
    m_table->setItemDelegateForColumn(column(RecordListModel::StatusColumn), new StatusChipDelegate(m_table));
    m_table->setAccessibleName(tr("Daftar riwayat"));
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RiwayatPage::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] { viewSelected(); });
    connect(m_jenisFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTypeCode(m_jenisFilter->currentData().toString());
        updateEmptyState();
        updateActions();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        updateEmptyState();
        updateActions();
    });

    auto* empty = new QFrame(this);
    empty->setObjectName(QStringLiteral("emptyState"));
    empty->setProperty("card", true);
    auto* emptyIcon = new QLabel(empty);
    emptyIcon->setPixmap(
        style()->standardIcon(QStyle::SP_FileDialogDetailedView, nullptr, this).pixmap(40, 40));
    emptyIcon->setAlignment(Qt::AlignCenter);
    m_emptyText = makeLabel(QString(), "emptyText", empty, 1.1);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyAction = new QPushButton(empty);
    m_emptyAction->setObjectName(QStringLiteral("emptyAction"));
    m_emptyAction->setProperty("primary", true);
    connect(m_emptyAction, &QPushButton::clicked, this, [this] {
        if (!m_typeCodes.isEmpty())
            addRecord(m_typeCodes.constFirst());
    });
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(32, 40, 32, 40);
    emptyLayout->setSpacing(14);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyIcon);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("contentStack"));
    m_stack->addWidget(m_table);
    m_stack->addWidget(empty);

    m_countLabel = makeLabel(QString(), "hint", this, 0.92);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(14);
    layout->addLayout(header);
    m_jpCard = createJpCard();
    // JP are counted from Kursus only.
    m_jpCard->setVisible(countsJp());
    layout->addWidget(m_jpCard);
    layout->addWidget(m_banner);
    layout->addLayout(toolbar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_countLabel);

    updateEmptyState();
    updateActions();
    refresh();
}

RiwayatPage::~RiwayatPage() = default;

bool RiwayatPage::countsJp() const
{
    return std::any_of(m_typeCodes.cbegin(), m_typeCodes.cend(), [](const QString& code) {
        const RecordType* type = RecordTypes::byCode(code);
        return type && type->countsJp;
    });
}

QWidget* RiwayatPage::createJpCard()
{
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("jpCard"));
    card->setProperty("card", true);
    m_jpLabel = makeLabel(tr("JP tahun %1: memuat…").arg(m_jpYear), "cardTitle", card, 1.05, true);
    m_jpLabel->setObjectName(QStringLiteral("jpLabel"));
    m_jpProgress = new QProgressBar(card);
    m_jpProgress->setObjectName(QStringLiteral("jpProgress"));
    m_jpProgress->setTextVisible(false);
    m_jpProgress->setFixedHeight(10);
    m_jpProgress->setRange(0, 20);
    m_jpProgress->setValue(0);
    m_jpHint = makeLabel(QString(), "hint", card, 0.92);
    m_jpHint->setObjectName(QStringLiteral("jpHint"));
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(8);
    layout->addWidget(m_jpLabel);
    layout->addWidget(m_jpProgress);
    layout->addWidget(m_jpHint);
    card->setVisible(countsJp());
    return card;
}

void RiwayatPage::refresh()
{
    struct Loaded
    {
        Result<QList<RecordSummary>> records = Error {};
        Result<JpSummary> jp = Error {};
    };
    ++m_loading;
    const int generation = ++m_refreshGeneration;
    if (m_model->rowCount() == 0 && m_loading == 1) {
        m_emptyText->setText(tr("Memuat riwayat…"));
        m_emptyAction->hide();
    }
    const bool wantJp = countsJp();
    runDb(
        m_db, this,
        [db = m_db, session = m_session, codes = m_typeCodes, year = m_jpYear, wantJp] {
            RecordService service(db);
            Loaded out;
            out.records = service.listOwn(session, codes);
            if (wantJp)
                out.jp = service.jpForYear(session, year);
            return out;
        },
        [this, wantJp, generation](Loaded result) {
            --m_loading;
            if (generation != m_refreshGeneration)
                return; // a newer refresh is on its way
            const qint64 selected = selectedRecord() ? selectedRecord()->id : 0;
            const int scrolled = m_table->verticalScrollBar()->value();
            if (!result.records) {
                m_banner->showError(result.records.error().message);
            } else {
                if (m_banner->kind() == MessageBanner::Kind::Error)
                    m_banner->clear();
                m_model->setRecords(result.records.value());
                m_table->verticalScrollBar()->setValue(scrolled);
            }
            if (wantJp) {
                if (result.jp) {
                    const JpSummary& jp = result.jp.value();
                    m_jpLabel->setText(tr("JP tahun %1: %2 disetujui + %3 menunggu dari target %4 JP")
                                           .arg(jp.year)
                                           .arg(jp.approved)
                                           .arg(jp.pending)
                                           .arg(jp.target));
                    m_jpProgress->setRange(0, std::max(jp.target, 1));
                    m_jpProgress->setValue(std::min(jp.approved, std::max(jp.target, 1)));
                    const int missing = jp.target - jp.approved;
                    if (missing <= 0)
                        m_jpHint->setText(tr("Target JP tahun ini sudah tercapai. Terima kasih telah terus "
                                             "mengembangkan kompetensi."));
                    else if (jp.pending > 0)
                        m_jpHint->setText(
                            tr("Masih kurang %1 JP dari target; %2 JP sedang menunggu verifikasi. "
                               "1 JP = 45 menit.")
                                .arg(missing)
                                .arg(jp.pending));
                    else
                        m_jpHint->setText(tr("Kurang %1 JP lagi untuk mencapai target tahun ini. 1 JP = 45 "
                                             "menit.")
                                              .arg(missing));
                } else {
                    m_jpLabel->setText(tr("JP tahun %1 belum dapat dihitung").arg(m_jpYear));
                    m_jpHint->setText(result.jp.error().message);
                }
            }
            updateEmptyState();
            if (selected > 0)
                selectRecord(selected);
            updateActions();
            Q_EMIT loaded();
        });
}

void RiwayatPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Shown again (the sidebar came back to this page): what others changed meanwhile, a batch entry
    // that included this employee, a decision, is read afresh. The first show has its load running.
    if (m_shownOnce && !event->spontaneous())
        refresh();
    m_shownOnce = true;
}

const RecordSummary* RiwayatPage::selectedRecord() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->record(m_filter->mapToSource(rows.constFirst()).row());
}

bool RiwayatPage::selectRecord(qint64 recordId)
{
    const int sourceRow = m_model->rowOf(recordId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_search->clear();
        m_jenisFilter->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    if (!index.isValid())
        return false;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void RiwayatPage::updateActions()
{
    const RecordSummary* record = selectedRecord();
    m_viewButton->setEnabled(record != nullptr);
    const bool editable = record && ownerMayEdit(record->status);
    m_editButton->setEnabled(editable);
    m_deleteButton->setEnabled(editable);
    m_deleteButton->setText(
        record && record->status == SubmissionStatus::PerluPerbaikan ? tr("Tarik") : tr("Hapus"));
    m_deleteButton->setToolTip(record && record->status == SubmissionStatus::PerluPerbaikan
            ? tr("Tarik (hapus) riwayat yang dikembalikan untuk perbaikan")
            : tr("Hanya riwayat berstatus Draf atau Perlu Perbaikan yang dapat dihapus"));
}

void RiwayatPage::updateEmptyState()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (total > 0 && shown > 0) {
        m_stack->setCurrentIndex(0);
        m_countLabel->setText(total == shown
                ? tr("%1 riwayat").arg(total)
                : tr("%1 dari %n riwayat ditampilkan", nullptr, total).arg(shown));
        m_countLabel->show();
        return;
    }
    m_stack->setCurrentIndex(1);
    m_countLabel->hide();
    if (isLoading() && total == 0) {
        m_emptyText->setText(tr("Memuat riwayat…"));
        m_emptyAction->hide();
        return;
    }
    if (total > 0) {
        m_emptyText->setText(tr("Tidak ada riwayat yang cocok dengan pilihan jenis atau pencarian Anda."));
        m_emptyAction->hide();
        return;
    }
    const RecordType* first = m_typeCodes.isEmpty() ? nullptr : RecordTypes::byCode(m_typeCodes.constFirst());
    if (!first) {
        m_emptyText->setText(tr("Belum ada riwayat."));
        m_emptyAction->hide();
        return;
    }
    if (!first->firstEntryHint.isEmpty())
        m_emptyText->setText(first->firstEntryHint);
    else
        m_emptyText->setText(
            tr("Belum ada riwayat. Klik Tambah %1 untuk mencatat riwayat pertama Anda.").arg(first->title));
    m_emptyAction->setText(tr("Tambah %1").arg(first->title));
    m_emptyAction->show();
}

RecordWizard* RiwayatPage::openWizard(const QString& typeCode, qint64 recordId)
{
    return openWizardFor(typeCode, recordId, false);
}

RecordWizard* RiwayatPage::addBatch(const QString& typeCode)
{
    return openWizardFor(typeCode, 0, true);
}

RecordWizard* RiwayatPage::openWizardFor(const QString& typeCode, qint64 recordId, bool batch)
{
    const RecordType* type = RecordTypes::byCode(typeCode);
    if (!type)
        return nullptr;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    auto* wizard = new RecordWizard(
        m_db, m_session, *type, this, batch ? RecordWizard::Mode::Batch : RecordWizard::Mode::Single);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard = wizard;
    const auto saved = [this](qint64 id) {
        m_banner->clear();
        refresh();
        Q_EMIT changed();
        // Keep the saved row selected once the list is back.
        connect(
            this, &RiwayatPage::loaded, this, [this, id] { selectRecord(id); }, Qt::SingleShotConnection);
    };
    connect(wizard, &RecordWizard::draftSaved, this, saved);
    connect(wizard, &RecordWizard::submitted, this, [this, saved, wizard](qint64 id) {
        saved(id);
        m_banner->showSuccess(wizard->sentMessage()); // no modal OK after Kirim
    });
    connect(wizard, &RecordWizard::batchApplied, this, [this, wizard](int created) {
        m_banner->showSuccess(
            tr("Berhasil: %n riwayat %1 tersimpan dengan status Disetujui, satu dokumen untuk semuanya.",
                nullptr, created)
                .arg(wizard->recordType().title));
        Q_EMIT changed();
    });
    if (recordId > 0)
        wizard->loadRecord(recordId);
    wizard->open();
    return wizard;
}

RecordWizard* RiwayatPage::addRecord(const QString& typeCode)
{
    return openWizard(typeCode, 0);
}

RecordWizard* RiwayatPage::editSelected()
{
    const RecordSummary* record = selectedRecord();
    if (!record || !ownerMayEdit(record->status))
        return nullptr;
    return openWizard(record->typeCode, record->id);
}

QDialog* RiwayatPage::viewSelected()
{
    const RecordSummary* record = selectedRecord();
    if (!record)
        return nullptr;
    if (m_detail)
        m_detail->close();
    auto* dialog = new RecordDetailDialog(m_db, m_session, record->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Ubah in the dialog: the wizard on that record, as the list's Ubah.
    connect(
        dialog, &QDialog::finished, this, [this, typeCode = record->typeCode, id = record->id](int result) {
            if (result == RecordDetailDialog::EditRequested)
                openWizard(typeCode, id);
        });
    m_detail = dialog;
    dialog->open();
    return dialog;
}

void RiwayatPage::removeSelected()
{
    const RecordSummary* record = selectedRecord();
    if (!record || !ownerMayEdit(record->status))
        return;
    const qint64 id = record->id;
    const int version = record->version;
    const QString title = record->title.isEmpty() ? tr("(belum bernama)") : record->title;
    const bool withdraw = record->status == SubmissionStatus::PerluPerbaikan;
    const QString question = withdraw
        ? tr("Apakah anda yakin ingin menarik riwayat \"%1\"? Riwayat ini akan dihapus dan tidak "
             "diverifikasi.")
              .arg(title)
        : tr("Apakah anda yakin ingin menghapus draf \"%1\"? Draf yang dihapus tidak dapat dikembalikan.")
              .arg(title);
    if (!Confirm::ask(this, question, withdraw ? tr("Tarik") : tr("Hapus"), tr("Batal")))
        return;
    m_deleteButton->setEnabled(false);
    runDb(
        m_db, this,
        [db = m_db, session = m_session, id, version] {
            return RecordService(db).remove(session, id, version);
        },
        [this, title](Status status) {
            if (!status) {
                m_banner->showError(status.error().message);
                updateActions();
                Q_EMIT removeFinished(false);
                return;
            }
            m_banner->showSuccess(tr("Riwayat \"%1\" telah dihapus.").arg(title));
            refresh();
            Q_EMIT changed();
            Q_EMIT removeFinished(true);
        });
}

} // namespace karier
