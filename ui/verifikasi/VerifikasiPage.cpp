// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifikasi/VerifikasiPage.h"

#include "auth/AccessPolicy.h"
#include "common/Async.h"
#include "common/DateInput.h"
#include "common/Interaction.h"
#include "common/PageStyle.h"
#include "domain/Nip.h"
#include "export/SiasnExport.h"
#include "settings/LocalSettings.h"
#include "timkerja/TimKerja.h"
#include "verifikasi/ApprovalDetailPanel.h"
#include "verifikasi/ApprovalListModel.h"
#include "verifikasi/DecisionDialog.h"
#include "widgets/HistoryDialog.h"
#include "widgets/MessageBanner.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/PdfPreview.h"
#include "widgets/StatusChipDelegate.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShowEvent>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace karier {

namespace {

constexpr int SearchDelayMs = 250;

QFrame* makeCard(QWidget* parent)
{
    auto* card = new QFrame(parent);
    card->setProperty("card", true);
    return card;
}

QPushButton* makeButton(const QString& text, const QString& name, QWidget* parent, const char* kind = nullptr)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    if (kind)
        button->setProperty(kind, true);
    return button;
}

} // namespace

VerifikasiPage::VerifikasiPage(std::shared_ptr<Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setProperty("page", true);
    setAttribute(Qt::WA_StyledBackground, true);
    m_model = new ApprovalListModel(m_db, m_session, this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 14);
    layout->setSpacing(10);
    layout->addWidget(PageStyle::makeLabel(tr("Verifikasi Usulan"), "pageTitle", this, 1.45, true));
    const bool admin = AccessPolicy::can(m_session, Permission::VerifyRiwayat);
    layout->addWidget(PageStyle::makeLabel(admin
            ? tr("Periksa usulan Kursus, Sertifikasi, Penghargaan dan Tim Kerja seluruh Perangkat Daerah, "
                 "lalu setujui, kembalikan untuk perbaikan, atau tolak dengan alasan.")
            : tr("Periksa data Tim Kerja pegawai Perangkat Daerah Anda satu per satu, lalu setujui atau "
                 "batalkan dengan catatan."),
        "hint", this));

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    layout->addWidget(m_banner);
    layout->addWidget(createFilters());
    layout->addWidget(createActions());

    // Riwayat with documents: the list above the data on the left, the document on the right at full
    // height, fitted to its width (≥ 45 % of a 1366 px window). Tim Kerja only (a Pengelola): the list
    // beside the data with its link.
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("verifikasiSplit"));
    m_split->setChildrenCollapsible(false);
    m_detail = new ApprovalDetailPanel(m_db, m_session, this);
    QFrame* detailCard = makeCard(this);
    auto* detailLayout = new QVBoxLayout(detailCard);
    detailLayout->setContentsMargins(1, 1, 1, 1);
    detailLayout->setSpacing(0);
    detailLayout->addWidget(m_detail);
    const bool timKerjaOnly
        = ApprovalService::verifiableTypes(m_session) == QStringList {TimKerja::typeCode()};
    if (timKerjaOnly) {
        m_split->addWidget(createTable());
        m_split->addWidget(detailCard);
        m_detail->setMinimumWidth(300);
        m_split->setStretchFactor(0, 60);
        m_split->setStretchFactor(1, 40);
    } else {
        auto* left = new QSplitter(Qt::Vertical, m_split);
        left->setObjectName(QStringLiteral("verifikasiLeftSplit"));
        left->setChildrenCollapsible(false);
        left->addWidget(createTable());
        left->addWidget(detailCard);
        left->setStretchFactor(0, 45);
        left->setStretchFactor(1, 55);
        left->setSizes({450, 550});
        m_split->addWidget(left);
        QFrame* documentCard = makeCard(m_split);
        documentCard->setObjectName(QStringLiteral("documentCard"));
        auto* documentLayout = new QVBoxLayout(documentCard);
        documentLayout->setContentsMargins(1, 1, 1, 1);
        documentLayout->addWidget(m_detail->takeDocument());
        // Room for the document's toolbar once its buttons keep only their icons (PdfPreview, < 560 px).
        documentCard->setMinimumWidth(430);
        m_split->addWidget(documentCard);
        m_split->setStretchFactor(0, 40);
        m_split->setStretchFactor(1, 60);
    }
    // Where the user last left the divider (LocalSettings, kept as a share of the width), else the
    // shares above.
    m_splitKey = timKerjaOnly ? QStringLiteral("verifikasiTimKerja") : QStringLiteral("verifikasi");
    const int listPart = int(1000 * LocalSettings().splitShare(m_splitKey, timKerjaOnly ? 0.6 : 0.4));
    m_split->setSizes({listPart, 1000 - listPart});
    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_dividerMoved = true; });
    m_split->handle(1)->setToolTip(tr("Geser pembatas dengan Ctrl+Alt+← / Ctrl+Alt+→"));
    layout->addWidget(m_split, 1);
    layout->addLayout(createPaging());

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &VerifikasiPage::applyFilters);

    connect(m_model, &ApprovalListModel::loaded, this, [this] {
        updateRange();
        updateActions();
        // After a decision the row that took the decided one's place is shown: the next to check.
        if (m_model->rowCount() > 0 && (!m_table->currentIndex().isValid() || m_rowBeforeReload >= 0))
            m_table->setCurrentIndex(
                m_model->index(std::clamp(m_rowBeforeReload, 0, m_model->rowCount() - 1), 0));
        else if (m_model->rowCount() == 0)
            m_detail->showRecord(0);
        // Keep showing the row that was open if it is still on the page.
        if (m_table->currentIndex().isValid()) {
            const ApprovalRow* row = m_model->rowAt(m_table->currentIndex().row());
            if (row && row->id != m_detail->recordId())
                m_detail->showRecord(row->id);
        }
        m_rowBeforeReload = -1;
    });
    connect(m_model, &ApprovalListModel::loadFailed, this, [this](const QString& message) {
        m_banner->showError(message);
        updateRange();
    });
    connect(m_model, &ApprovalListModel::loadingChanged, this, [this](bool) { updateRange(); });
    connect(m_model, &ApprovalListModel::checksChanged, this, &VerifikasiPage::updateActions);

    setupKeyboard();
    updateActions();
}

VerifikasiPage::~VerifikasiPage()
{
    const QList<int> sizes = m_split->sizes();
    if (m_dividerMoved && sizes.size() == 2 && sizes.at(0) + sizes.at(1) > 0)
        LocalSettings().setSplitShare(m_splitKey, double(sizes.at(0)) / (sizes.at(0) + sizes.at(1)));
}

void VerifikasiPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The main window makes every page at login; the queries wait until the page is first opened.
    if (!m_started) {
        m_started = true;
        loadUnits();
        applyFilters();
    } else if (!event->spontaneous()) {
        // Shown again (the sidebar came back here): new submissions and others' decisions are read
        // afresh, with the same filters, page and open row.
        m_rowBeforeReload = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
        m_model->reload();
    }
}

QWidget* VerifikasiPage::createFilters()
{
    QFrame* card = makeCard(this);
    auto* grid = new QGridLayout(card);
    grid->setContentsMargins(14, 10, 14, 10);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);

    m_induk = new QComboBox(card);
    m_induk->setObjectName(QStringLiteral("indukCombo"));
    m_satker = new QComboBox(card);
    m_satker->setObjectName(QStringLiteral("satkerCombo"));
    for (QComboBox* combo : {m_induk, m_satker}) {
        combo->setMinimumContentsLength(10);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        // A long unit name is cut in a narrow window; its whole name is in the tooltip.
        connect(combo, &QComboBox::currentTextChanged, combo, [this, combo](const QString& text) {
            if (combo != m_induk || m_session.role != Role::Pengelola)
                combo->setToolTip(text);
        });
    }
    m_status = new QComboBox(card);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    const bool timKerjaOnly
        = ApprovalService::verifiableTypes(m_session) == QStringList {TimKerja::typeCode()};
    m_status->addItem(tr("Usulan"), int(ApprovalStatusFilter::Usulan));
    m_status->addItem(tr("Disetujui"), int(ApprovalStatusFilter::Disetujui));
    m_status->addItem(
        timKerjaOnly ? tr("Batal Disetujui") : tr("Dikembalikan"), int(ApprovalStatusFilter::Dikembalikan));
    m_status->addItem(tr("Ditolak"), int(ApprovalStatusFilter::Ditolak));
    m_status->addItem(tr("Semua"), int(ApprovalStatusFilter::Semua));
    m_jenis = new QComboBox(card);
    m_jenis->setObjectName(QStringLiteral("jenisCombo"));
    const QStringList types = ApprovalService::verifiableTypes(m_session);
    if (types.size() > 1)
        m_jenis->addItem(tr("Semua jenis"), QString());
    for (const QString& code : types)
        m_jenis->addItem(ApprovalService::typeTitle(code), code);
    m_jenis->setEnabled(types.size() > 1);
    for (QComboBox* combo : {m_status, m_jenis}) {
        combo->setMinimumContentsLength(8);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }

    m_search = new QLineEdit(card);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Cari NIP atau nama pegawai"));
    m_search->setToolTip(
        tr("Cari NIP atau nama pegawai (Alt+N atau Ctrl+F); Enter menampilkan, Esc kembali ke "
           "tabel"));
    m_search->setClearButtonEnabled(true);
    m_from = new OptionalDateEdit(card);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new OptionalDateEdit(card);
    m_to->setObjectName(QStringLiteral("toDate"));
    auto* dates = new QHBoxLayout;
    dates->setSpacing(6);
    dates->addWidget(m_from);
    QLabel* until = PageStyle::makeLabel(tr("s.d."), "hint", card);
    until->setWordWrap(false);
    dates->addWidget(until);
    dates->addWidget(m_to);
    dates->addStretch();
    m_show = makeButton(tr("T&ampilkan"), QStringLiteral("showButton"), card, "primary");
    m_show->setToolTip(tr("Tampilkan usulan yang cocok dengan filter (Alt+A)"));
    m_export = makeButton(tr("&Ekspor CSV…"), QStringLiteral("exportButton"), card);
    m_export->setToolTip(tr("Ekspor seluruh daftar yang cocok dengan filter ke berkas CSV (Alt+E)"));
    if (AccessPolicy::can(m_session, Permission::VerifyRiwayat)) {
        m_exportSiasn = makeButton(tr("Eksp&or SIASN…"), QStringLiteral("exportSiasnButton"), card);
        m_exportSiasn->setToolTip(
            tr("Ekspor Kursus, Sertifikasi dan Penghargaan yang disetujui dan belum pernah diekspor sebagai "
               "data siap unggah ke SIASN (JSON), dengan dokumen PDF-nya (Alt+O)"));
    }

    // Each filter is one Alt+letter away: the caption's mnemonic focuses it.
    const auto caption = [card](const QString& text, QWidget* buddy) {
        QLabel* label = PageStyle::makeLabel(text, "fieldLabel", card);
        label->setWordWrap(false);
        label->setBuddy(buddy);
        return label;
    };
    grid->addWidget(caption(tr("&Induk Satker"), m_induk), 0, 0);
    grid->addWidget(caption(tr("Satke&r"), m_satker), 0, 1);
    grid->addWidget(caption(tr("Stat&us"), m_status), 0, 2);
    grid->addWidget(caption(tr("&Jenis Riwayat"), m_jenis), 0, 3);
    grid->addWidget(m_induk, 1, 0);
    grid->addWidget(m_satker, 1, 1);
    grid->addWidget(m_status, 1, 2);
    grid->addWidget(m_jenis, 1, 3);
    grid->addWidget(m_show, 1, 4);
    grid->addWidget(caption(tr("&NIP / Nama"), m_search), 2, 0);
    grid->addWidget(caption(tr("Tan&ggal diajukan"), m_from), 2, 1, 1, 3);
    grid->addWidget(m_search, 3, 0);
    grid->addLayout(dates, 3, 1, 1, 3);
    grid->addWidget(m_export, 3, 4);
    if (m_exportSiasn)
        grid->addWidget(m_exportSiasn, 2, 4);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);
    grid->setColumnStretch(3, 2);

    connect(m_induk, &QComboBox::currentIndexChanged, this, [this] {
        fillSatker();
        applyFilters();
    });
    for (QComboBox* combo : {m_satker, m_status, m_jenis})
        connect(combo, &QComboBox::currentIndexChanged, this, &VerifikasiPage::applyFilters);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchTimer->start(); });
    for (OptionalDateEdit* edit : {m_from, m_to}) {
        edit->setToolTip(tr("Tanggal diajukan (Alt+G); Tab pindah ke isian berikutnya"));
        connect(edit, &QDateEdit::dateChanged, this, &VerifikasiPage::applyFilters);
    }
    connect(m_show, &QPushButton::clicked, this, [this] {
        applyFilters();
        focusTable();
    });
    connect(m_export, &QPushButton::clicked, this, &VerifikasiPage::exportCsv);
    if (m_exportSiasn)
        connect(m_exportSiasn, &QPushButton::clicked, this, &VerifikasiPage::exportSiasn);
    return card;
}

QWidget* VerifikasiPage::createActions()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(2, 0, 2, 0);
    row->setSpacing(8);
    m_selectAll = new QCheckBox(tr("Pilih se&mua"), bar);
    m_selectAll->setObjectName(QStringLiteral("selectAllCheck"));
    m_selectAll->setToolTip(tr("Centang semua usulan di halaman ini (Alt+M); Spasi mencentang satu baris"));
    m_selectAll->setTristate(false);
    m_checkedLabel = PageStyle::makeLabel(QString(), "hint", bar);
    m_checkedLabel->setObjectName(QStringLiteral("checkedLabel"));
    m_checkedLabel->setMinimumWidth(120);
    m_approve = makeButton(tr("&Setujui"), QStringLiteral("approveButton"), bar, "primary");
    m_approve->setToolTip(
        tr("Setujui usulan yang dicentang, atau yang sedang dibuka bila tidak ada yang dicentang (Alt+S atau "
           "Ctrl+Enter)"));
    m_return = makeButton(QString(), QStringLiteral("returnButton"), bar);
    m_reject = makeButton(tr("&Tolak…"), QStringLiteral("rejectButton"), bar, "danger");
    m_reject->setToolTip(tr("Tolak usulan yang dicentang, atau yang sedang dibuka: Tidak Memenuhi Syarat "
                            "(Alt+T)"));
    row->addWidget(m_selectAll);
    row->addWidget(m_checkedLabel, 1);
    row->addWidget(m_reject);
    row->addWidget(m_return);
    row->addWidget(m_approve);

    connect(m_selectAll, &QCheckBox::clicked, this,
        [this](bool checked) { m_model->setAllOnPageChecked(checked); });
    connect(m_approve, &QPushButton::clicked, this, &VerifikasiPage::approveChecked);
    connect(m_return, &QPushButton::clicked, this, &VerifikasiPage::returnChecked);
    connect(m_reject, &QPushButton::clicked, this, &VerifikasiPage::rejectChecked);
    return bar;
}

QWidget* VerifikasiPage::createTable()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("approvalTable"));
    m_table->setProperty("list", true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(32);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->horizontalHeader()->setSortIndicator(
        m_model->sectionOf(ApprovalColumn::Diajukan), Qt::DescendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table (↑/↓ move within it).
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);
    m_table->setAccessibleName(tr("Daftar usulan"));
    auto* chips = new StatusChipDelegate(m_table);
    const auto sizeColumns = [this, chips] {
        const bool timKerja = m_model->layout() == ApprovalListModel::Layout::TimKerja;
        // Widths of the columns; 0: the title takes what is left. Nama and the title come first; the
        // columns the side panel shows too give way when the list is narrow (fitColumns).
        const QList<int> widths = timKerja ? QList<int> {30, 96, 66, 150, 118, 0, 112, 78, 120, 112, 88}
                                           : QList<int> {30, 130, 0, 84, 88, 160, 150, 112, 88};
        QHeaderView* header = m_table->horizontalHeader();
        for (int c = 0; c < m_model->columnCount() && c < widths.size(); ++c) {
            header->setSectionResizeMode(
                c, widths.at(c) == 0 ? QHeaderView::Stretch : QHeaderView::Interactive);
            if (widths.at(c) > 0)
                m_table->setColumnWidth(c, widths.at(c));
            m_table->setItemDelegateForColumn(c, nullptr);
        }
        header->setSectionResizeMode(0, QHeaderView::Fixed);
        header->setMinimumSectionSize(30);
        m_table->setItemDelegateForColumn(m_model->sectionOf(ApprovalColumn::Status), chips);
        m_columnWidths = widths;
        fitColumns();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, sizeColumns);
    sizeColumns();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            const ApprovalRow* row = m_model->rowAt(current.row());
            if (row && row->id != m_detail->recordId())
                m_detail->showRecord(row->id);
            updateActions();
        });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        if (section == m_model->checkColumn())
            m_model->setAllOnPageChecked(m_model->pageCheckState() != Qt::Checked);
    });
    layout->addWidget(m_table, 1);
    return box;
}

void VerifikasiPage::fitColumns()
{
    QHeaderView* header = m_table->horizontalHeader();
    const bool timKerja = m_model->layout() == ApprovalListModel::Layout::TimKerja;
    // Sections in the model's order (ApprovalListModel::fields); those that give way, least needed first.
    const QList<int> optional = timKerja ? QList<int> {8, 6, 7, 3, 10, 2, 1} : QList<int> {6, 5, 4, 3, 8, 7};
    const int available = m_table->viewport()->width();
    int needed = 0;
    for (int c = 0; c < header->count() && c < m_columnWidths.size(); ++c) {
        if (!optional.contains(c))
            needed += m_columnWidths.at(c) > 0 ? m_columnWidths.at(c)
                                               : std::max(100, header->sectionSizeHint(c));
    }
    QList<std::pair<int, int>> widths;
    for (int c : optional) {
        if (c < m_columnWidths.size())
            widths.append({c, m_columnWidths.at(c)});
    }
    PageStyle::showColumnsThatFit(m_table, available - needed, widths);
}

QLayout* VerifikasiPage::createPaging()
{
    auto* paging = new QHBoxLayout;
    paging->setSpacing(8);
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    for (int size : ApprovalListModel::pageSizes())
        m_pageSize->addItem(tr("%1 per halaman").arg(size), size);
    m_pageSize->setCurrentIndex(int(ApprovalListModel::pageSizes().indexOf(50)));
    m_pageSize->setToolTip(tr("Banyaknya usulan per halaman daftar"));
    m_history = makeButton(tr("Riwayat &proses…"), QStringLiteral("historyButton"), this);
    m_history->setToolTip(
        tr("Semua langkah usulan yang sedang dibuka: diajukan, diputuskan, diajukan ulang (Alt+P)"));
    m_range = PageStyle::makeLabel(QString(), "hint", this);
    m_range->setObjectName(QStringLiteral("rangeLabel"));
    m_previous = makeButton(tr("Sebe&lumnya"), QStringLiteral("previousButton"), this);
    m_previous->setToolTip(tr("Halaman daftar sebelumnya (Alt+L)"));
    m_next = makeButton(tr("Berikutn&ya"), QStringLiteral("nextButton"), this);
    m_next->setToolTip(tr("Halaman daftar berikutnya (Alt+Y)"));
    m_range->setWordWrap(false);
    paging->addWidget(m_history);
    paging->addStretch();
    paging->addWidget(m_pageSize);
    paging->addSpacing(6);
    paging->addWidget(m_range);
    paging->addWidget(m_previous);
    paging->addWidget(m_next);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setPageSize(m_pageSize->currentData().toInt()); });
    connect(m_previous, &QPushButton::clicked, m_model, &ApprovalListModel::previousPage);
    connect(m_next, &QPushButton::clicked, m_model, &ApprovalListModel::nextPage);
    connect(m_history, &QPushButton::clicked, this, &VerifikasiPage::showHistory);
    return paging;
}

void VerifikasiPage::loadUnits()
{
    m_induk->blockSignals(true);
    m_induk->clear();
    if (m_session.role == Role::Pengelola) {
        m_induk->addItem(m_session.managedUnitName, m_session.managedUnitId);
        m_induk->setEnabled(false);
        m_induk->setToolTip(tr("Pengelola Kepegawaian memverifikasi pegawai Perangkat Daerahnya sendiri."));
    } else {
        // Short, as "Semua" of Status: the caption above says what (a 1000 px window has ~150 px here).
        m_induk->addItem(tr("Semua"), qint64(0));
    }
    m_induk->blockSignals(false);
    m_satker->blockSignals(true);
    m_satker->clear();
    m_satker->addItem(tr("Semua"), qint64(0));
    m_satker->blockSignals(false);
    runDb(
        m_db, this, [db = m_db] { return Organisation(db).units(); },
        [this](Result<QList<OrgUnit>> units) {
            if (!units) {
                m_banner->showError(units.error().message);
                return;
            }
            m_units = units.value();
            if (m_session.role == Role::Pengelola) {
                for (const OrgUnit& unit : std::as_const(m_units)) {
                    if (unit.id == m_session.managedUnitId)
                        m_induk->setItemText(0, unit.name);
                }
            } else {
                m_induk->blockSignals(true);
                for (const OrgUnit& unit : std::as_const(m_units)) {
                    if (unit.isInduk())
                        m_induk->addItem(unit.name, unit.id);
                }
                m_induk->blockSignals(false);
            }
            fillSatker();
        });
}

void VerifikasiPage::fillSatker()
{
    const qint64 induk = m_induk->currentData().toLongLong();
    m_satker->blockSignals(true);
    m_satker->clear();
    m_satker->addItem(tr("Semua"), qint64(0));
    if (induk > 0) {
        for (const OrgUnit& unit : std::as_const(m_units)) {
            if (unit.id == induk)
                m_satker->addItem(tr("%1 (kantor induk)").arg(unit.name), unit.id);
        }
        for (const OrgUnit& unit : std::as_const(m_units)) {
            if (unit.parentId == induk)
                m_satker->addItem(unit.name, unit.id);
        }
    }
    m_satker->setEnabled(induk > 0);
    m_satker->blockSignals(false);
}

void VerifikasiPage::applyFilters()
{
    m_searchTimer->stop();
    ApprovalQuery query;
    query.indukUnitId = m_induk->currentData().toLongLong();
    query.unitId = m_satker->currentData().toLongLong();
    query.status = static_cast<ApprovalStatusFilter>(m_status->currentData().toInt());
    const QString type = m_jenis->currentData().toString();
    if (!type.isEmpty())
        query.typeCodes = {type};
    query.search = m_search->text().simplified();
    query.submittedFrom = m_from->value();
    query.submittedTo = m_to->value();
    m_banner->clear();
    m_model->setQuery(query);
}

void VerifikasiPage::showOldestWaitingFirst()
{
    const int usulan = m_status->findData(int(ApprovalStatusFilter::Usulan));
    m_status->setCurrentIndex(usulan);
    // "Menunggu" descending is the oldest submission first (ApprovalListModel::sort); the header shows it
    // whatever it showed before, and the model sorts so (it loads only if that is new).
    const int waited = m_model->sectionOf(ApprovalColumn::Diajukan);
    m_table->horizontalHeader()->setSortIndicator(waited, Qt::DescendingOrder);
    m_model->sort(waited, Qt::DescendingOrder);
    if (m_started)
        applyFilters();
}

bool VerifikasiPage::timKerjaWording() const
{
    return ApprovalService::verifiableTypes(m_session) == QStringList {TimKerja::typeCode()}
    || (m_jenis && m_jenis->currentData().toString() == TimKerja::typeCode());
}

void VerifikasiPage::updateRange()
{
    if (m_model->isLoading() && m_model->total() == 0) {
        m_range->setText(tr("Memuat…"));
    } else if (m_model->total() == 0) {
        m_range->setText(tr("Tidak ada usulan yang cocok dengan filter."));
    } else {
        const QLocale locale = indonesian();
        m_range->setText(tr("%1–%2 dari %3 usulan")
                             .arg(locale.toString(m_model->offset() + 1),
                                 locale.toString(m_model->offset() + m_model->rowCount()),
                                 locale.toString(m_model->total())));
    }
    m_previous->setEnabled(m_model->hasPreviousPage());
    m_next->setEnabled(m_model->hasNextPage());
}

void VerifikasiPage::updateActions()
{
    const int checked = m_model->checkedCount();
    // Which rows a decision acts on, said where the buttons are.
    m_checkedLabel->setText(checked == 0
            ? tr("Tanpa centang: keputusan untuk usulan yang dibuka")
            : tr("%n usulan dicentang: keputusan untuk yang dicentang", nullptr, checked));
    const bool any = !targetRows().isEmpty() && !m_busy;
    m_approve->setEnabled(any);
    m_return->setEnabled(any);
    m_reject->setEnabled(any);
    if (timKerjaWording()) {
        m_return->setText(tr("&Batal Disetujui…"));
        m_return->setToolTip(tr("Kembalikan usulan yang dicentang, atau yang sedang dibuka, dengan catatan: "
                                "status Batal Disetujui (Alt+B atau Ctrl+R)"));
    } else {
        m_return->setText(tr("&Kembalikan untuk perbaikan…"));
        m_return->setToolTip(tr("Kembalikan usulan yang dicentang, atau yang sedang dibuka, kepada pegawai "
                                "dengan catatan (Alt+K atau Ctrl+R)"));
    }
    m_history->setEnabled(m_table && m_table->currentIndex().isValid());
    m_export->setEnabled(m_model->total() > 0 && !m_busy);
    if (m_exportSiasn)
        m_exportSiasn->setEnabled(!m_busy);
    const Qt::CheckState state = m_model->pageCheckState();
    m_selectAll->setCheckState(state == Qt::Checked ? Qt::Checked : Qt::Unchecked);
    m_selectAll->setEnabled(m_model->rowCount() > 0);
}

void VerifikasiPage::showHistory()
{
    const ApprovalRow* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row)
        return;
    HistoryDialog::open(this, m_db, m_session, row->id,
        tr("Riwayat proses: %1 — %2").arg(row->title, row->nama),
        tr("Belum ada catatan proses untuk usulan ini."), m_banner);
}

void VerifikasiPage::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Interaction::current().saveFileName(this,
        {tr("Ekspor Daftar Usulan"),
            QDir(folder).filePath(
                tr("verifikasi-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")))),
            tr("Berkas CSV (*.csv)")});
    if (path.isEmpty())
        return;
    ApprovalQuery query = m_model->query();
    m_busy = true;
    updateActions();
    m_banner->showInfo(tr("Mengekspor…"));
    runDb(
        m_db, this,
        [db = m_db, session = m_session, query, path]() -> Result<int> {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return Error::database(
                    ApprovalService::tr("Berkas CSV tidak dapat ditulis: %1").arg(file.errorString()));
            auto written = ApprovalService(db).exportCsv(session, query, file);
            if (!written) {
                file.cancelWriting();
                return written;
            }
            if (!file.commit())
                return Error::database(
                    ApprovalService::tr("Berkas CSV tidak dapat ditulis: %1").arg(file.errorString()));
            return written;
        },
        [this, path](Result<int> written) {
            m_busy = false;
            updateActions();
            if (!written) {
                m_banner->showError(written.error().message);
                return;
            }
            m_banner->showSuccess(
                tr("%n usulan diekspor ke %1", nullptr, written.value()).arg(QDir::toNativeSeparators(path)));
            Q_EMIT exported(written.value());
        });
}

void VerifikasiPage::exportSiasn()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Interaction::current().saveFileName(this,
        {tr("Ekspor SIASN"),
            QDir(folder).filePath(
                tr("siasn-%1.json").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")))),
            tr("Berkas JSON (*.json)")});
    if (path.isEmpty())
        return;
    // The PDFs go beside the file, in a folder named after it: "siasn-2026-12-07-dokumen".
    const QFileInfo info(path);
    SiasnExportOptions options;
    options.documentsDir = info.dir().filePath(info.completeBaseName() + QLatin1String("-dokumen"));
    m_busy = true;
    updateActions();
    m_banner->showInfo(tr("Mengekspor untuk SIASN…"));
    runDb(
        m_db, this,
        [db = m_db, session = m_session, options, path]() -> Result<SiasnExportSummary> {
            return SiasnExport(db).exportTo(&session, options, path);
        },
        [this, path, dir = options.documentsDir](Result<SiasnExportSummary> summary) {
            m_busy = false;
            updateActions();
            if (!summary) {
                m_banner->showError(summary.error().message);
                return;
            }
            if (summary->exported == 0) {
                m_banner->showInfo(tr("Tidak ada riwayat baru yang disetujui sejak ekspor SIASN terakhir."));
            } else {
                QString text = tr(
                    "%n riwayat diekspor untuk SIASN ke %1; dokumennya di %2.", nullptr, summary->exported)
                                   .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(dir));
                if (summary->unmapped > 0) {
                    text += QLatin1Char(' ')
                        + tr("%n nilai belum dapat dipetakan ke kode SIASN dan dibiarkan kosong: lihat "
                             "\"unmapped\" di berkasnya.",
                            nullptr, summary->unmapped);
                    m_banner->showWarning(text);
                } else {
                    m_banner->showSuccess(text);
                }
            }
            Q_EMIT siasnExported(summary->exported);
        });
}

} // namespace karier
