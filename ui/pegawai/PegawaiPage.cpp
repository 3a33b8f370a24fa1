// SPDX-License-Identifier: GPL-3.0-or-later
#include "pegawai/PegawaiPage.h"

#include "auth/AccessPolicy.h"
#include "common/Async.h"
#include "common/Interaction.h"
#include "common/PageStyle.h"
#include "io/EmployeeCsv.h"
#include "io/InputFile.h"
#include "pegawai/EmployeeDialog.h"
#include "pegawai/PegawaiDetailPanel.h"
#include "pegawai/PegawaiListModel.h"
#include "records/RecordDetailDialog.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QShowEvent>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace karier {

namespace {

constexpr int SearchDelayMs = 300;
constexpr int RowHeight = 36;

using PageStyle::makeLabel;

QFrame* makeCard(const QString& objectName, QWidget* parent)
{
    auto* card = new QFrame(parent);
    card->setObjectName(objectName);
    card->setProperty("card", true);
    return card;
}

} // namespace

PegawaiPage::PegawaiPage(std::shared_ptr<Database> db, Session session, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_session(std::move(session))
    , m_editable(AccessPolicy::can(m_session, Permission::ManageEmployees))
{
    setObjectName(QStringLiteral("pegawaiPage"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);

    auto* title = makeLabel(tr("Pegawai"), "pageTitle", this, 1.6, true);
    auto* subtitle = makeLabel(m_editable
            ? tr("Data pegawai seluruh Perangkat Daerah: cari, lihat, tambah, ubah, pindahkan, serta impor "
                 "dan ekspor CSV.")
            : tr("Pegawai %1. Anda dapat melihat datanya; perubahan dilakukan Admin BKPSDM.")
                  .arg(m_session.managedUnitName),
        "hint", this);
    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(title, 1);
    if (m_editable) {
        m_add = new QPushButton(tr("&Tambah Pegawai…"), this);
        m_add->setObjectName(QStringLiteral("addButton"));
        m_add->setProperty("primary", true);
        m_import = new QPushButton(tr("&Impor CSV…"), this);
        m_import->setObjectName(QStringLiteral("importButton"));
        m_export = new QPushButton(tr("&Ekspor CSV…"), this);
        m_export->setObjectName(QStringLiteral("exportButton"));
        header->addWidget(m_add);
        header->addWidget(m_import);
        header->addWidget(m_export);
        connect(m_add, &QPushButton::clicked, this, &PegawaiPage::addEmployee);
        connect(m_import, &QPushButton::clicked, this, &PegawaiPage::importCsv);
        connect(m_export, &QPushButton::clicked, this, &PegawaiPage::exportCsv);
    }

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    // The rows an import refused, by line, as karier-cli import-pegawai prints them.
    m_refusedBox = makeCard(QStringLiteral("refusedBox"), this);
    auto* refusedLayout = new QVBoxLayout(m_refusedBox);
    refusedLayout->setContentsMargins(14, 10, 14, 10);
    auto* refusedTitle = makeLabel(tr("Baris yang ditolak"), "cardTitle", m_refusedBox, 1.0, true);
    auto* closeRefused = new QPushButton(tr("Tutup daftar"), m_refusedBox);
    closeRefused->setObjectName(QStringLiteral("closeRefusedButton"));
    auto* refusedHeader = new QHBoxLayout;
    refusedHeader->addWidget(refusedTitle, 1);
    refusedHeader->addWidget(closeRefused);
    m_refused = new QListWidget(m_refusedBox);
    m_refused->setObjectName(QStringLiteral("refusedList"));
    m_refused->setWordWrap(true);
    m_refused->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_refused->setMaximumHeight(120);
    refusedLayout->addLayout(refusedHeader);
    refusedLayout->addWidget(m_refused);
    m_refusedBox->hide();
    connect(closeRefused, &QPushButton::clicked, m_refusedBox, &QWidget::hide);

    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("pegawaiSplit"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(createList(m_split));
    auto* detailCard = makeCard(QStringLiteral("detailCard"), m_split);
    auto* detailLayout = new QVBoxLayout(detailCard);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new PegawaiDetailPanel(m_editable, detailCard);
    detailLayout->addWidget(m_detail);
    detailCard->setMinimumWidth(280);
    m_split->addWidget(detailCard);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    connect(m_detail, &PegawaiDetailPanel::editRequested, this, &PegawaiPage::editCurrent);
    connect(m_detail, &PegawaiDetailPanel::moveRequested, this, &PegawaiPage::moveCurrent);
    connect(m_detail, &PegawaiDetailPanel::recordRequested, this, &PegawaiPage::openRecord);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(subtitle);
    layout->addWidget(m_banner);
    layout->addWidget(m_refusedBox);
    layout->addWidget(m_split, 1);

    loadUnits();
    m_model->setSearch(QString());
}

PegawaiPage::~PegawaiPage() = default;

QWidget* PegawaiPage::createList(QWidget* parent)
{
    auto* card = makeCard(QStringLiteral("listCard"), parent);
    m_search = new QLineEdit(card);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Cari NIP atau nama"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Cari NIP atau nama"));
    m_unit = new QComboBox(card);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_unit->setAccessibleName(tr("Unit kerja"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unit->setMinimumContentsLength(18);
    auto* filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_unit, 1);

    m_model = new PegawaiListModel(m_db, m_session, this);
    m_table = new QTableView(card);
    m_table->setObjectName(QStringLiteral("pegawaiTable"));
    m_table->setModel(m_model);
    PageStyle::setUpListTable(m_table, RowHeight);
    m_table->setAccessibleName(tr("Daftar pegawai"));
    QHeaderView* header = m_table->horizontalHeader();
    // Sorting by a column is the database's (over every match), not the shown page's.
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    header->setSectionResizeMode(PegawaiListModel::NamaColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(48);
    m_table->setColumnWidth(PegawaiListModel::NipColumn, 178);
    m_table->setColumnWidth(PegawaiListModel::JabatanColumn, 170);
    m_table->setColumnWidth(PegawaiListModel::UnitColumn, 170);
    m_table->setColumnWidth(PegawaiListModel::JenisColumn, 64);
    // Narrow: Jabatan, Unit Kerja, then Jenis make room for the names (all are in the detail).
    PageStyle::hideColumnsWhenNarrow(m_table, PegawaiListModel::NamaColumn, 200,
        {PegawaiListModel::JabatanColumn, PegawaiListModel::UnitColumn, PegawaiListModel::JenisColumn});

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

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_unit, &QComboBox::activated, this,
        [this] { m_model->setUnit(m_unit->currentData().toLongLong()); });
    connect(m_previous, &QPushButton::clicked, m_model, &PegawaiListModel::previousPage);
    connect(m_next, &QPushButton::clicked, m_model, &PegawaiListModel::nextPage);
    connect(m_model, &PegawaiListModel::loaded, this, [this] {
        updatePaging();
        const qint64 wanted = m_selectAfterLoad;
        m_selectAfterLoad = 0;
        // The detail stays with its employee even when the list no longer shows them (another page, a
        // search): it is read on its own and goes only when the employee does.
        const int row = wanted > 0 ? m_model->rowOf(wanted) : -1;
        if (row >= 0 && row != m_table->currentIndex().row())
            m_table->selectRow(row);
    });
    connect(m_model, &PegawaiListModel::loadFailed, this, [this](const QString& message) {
        m_banner->showError(message);
        updatePaging();
    });
    connect(m_model, &PegawaiListModel::loadingChanged, this, [this] { updatePaging(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (const Employee* e = m_model->employee(current.row()))
                loadDetail(e->id);
        });

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);
    updatePaging();
    return card;
}

void PegawaiPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_shownOnce && !event->spontaneous())
        reload();
    m_shownOnce = true;
}

void PegawaiPage::reload()
{
    const qint64 shown = m_detail->detail() ? m_detail->detail()->employee.id : 0;
    m_selectAfterLoad = shown > 0 ? shown : selectedId();
    loadUnits();
    m_model->reload();
    if (shown > 0)
        loadDetail(shown);
}

qint64 PegawaiPage::selectedId() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return 0;
    const Employee* e = m_model->employee(selected.constFirst().row());
    return e ? e->id : 0;
}

void PegawaiPage::loadUnits()
{
    runDb(
        m_db, this, [db = m_db, session = m_session] { return EmployeeAdmin(db).units(session); },
        [this](Result<QList<OrgUnit>> units) {
            if (!units) {
                m_banner->showError(units.error().message);
                return;
            }
            m_units = std::move(units).value();
            const qint64 chosen = m_unit->currentData().toLongLong();
            EmployeeDialog::fillUnits(m_unit, m_units,
                m_editable ? tr("Semua unit kerja") : tr("Semua unit %1").arg(m_session.managedUnitName));
            m_unit->setCurrentIndex(std::max(0, m_unit->findData(chosen)));
            Q_EMIT unitsLoaded();
        });
}

void PegawaiPage::loadDetail(qint64 id)
{
    const int generation = ++m_detailGeneration;
    runDb(
        m_db, this, [db = m_db, session = m_session, id] { return EmployeeAdmin(db).detail(session, id); },
        [this, generation, id](Result<EmployeeDetail> detail) {
            if (generation != m_detailGeneration)
                return; // another employee was chosen meanwhile
            if (!detail) {
                m_detail->clear();
                m_banner->showError(detail.error().message);
                return;
            }
            m_detail->showDetail(detail.value());
            Q_EMIT detailLoaded(id);
        });
}

void PegawaiPage::updatePaging()
{
    const int total = m_model->total();
    const int shown = m_model->rowCount();
    if (m_model->isLoading() && shown == 0)
        m_range->setText(tr("Memuat…"));
    else if (total == 0)
        m_range->setText(m_model->search().isEmpty()
                ? tr("Tidak ada pegawai di unit ini.")
                : tr("Tidak ada pegawai yang cocok dengan \"%1\".").arg(m_model->search()));
    else
        m_range->setText(tr("Menampilkan %1 sampai %2 dari %n pegawai", nullptr, total)
                             .arg(m_model->offset() + 1)
                             .arg(m_model->offset() + shown));
    m_previous->setEnabled(m_model->hasPreviousPage());
    m_next->setEnabled(m_model->hasNextPage());
}

void PegawaiPage::addEmployee()
{
    openDialog(int(EmployeeDialog::Mode::Add));
}

void PegawaiPage::editCurrent()
{
    openDialog(int(EmployeeDialog::Mode::Edit));
}

void PegawaiPage::moveCurrent()
{
    openDialog(int(EmployeeDialog::Mode::Move));
}

void PegawaiPage::openRecord(qint64 recordId)
{
    if (recordId <= 0)
        return;
    if (m_recordDialog)
        m_recordDialog->close();
    // RecordService::get checks that this viewer may read the record (a Pengelola: Tim Kerja only).
    auto* dialog = new RecordDetailDialog(m_db, m_session, recordId, this);
    dialog->setEditOffered(false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_recordDialog = dialog;
    dialog->open();
}

void PegawaiPage::openDialog(int mode)
{
    const auto dialogMode = static_cast<EmployeeDialog::Mode>(mode);
    if (!m_editable || m_dialog)
        return;
    Employee employee;
    if (dialogMode != EmployeeDialog::Mode::Add) {
        if (!m_detail->detail())
            return;
        employee = m_detail->detail()->employee;
    }
    m_dialog = new EmployeeDialog(m_db, m_session, dialogMode, employee, m_units, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &EmployeeDialog::saved, this, [this](qint64 id, const QString& message) {
        m_banner->showSuccess(message);
        m_selectAfterLoad = id;
        m_model->reload();
        loadDetail(id);
    });
    connect(m_dialog, &QDialog::finished, this, [this] { m_dialog = nullptr; });
    m_dialog->open();
}

void PegawaiPage::importCsv()
{
    if (!m_editable)
        return;
    const QString path = Interaction::current().openFileName(this,
        {tr("Impor Pegawai"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Berkas CSV (*.csv)")});
    if (path.isEmpty())
        return;
    m_import->setEnabled(false);
    m_refusedBox->hide();
    m_banner->showInfo(tr("Mengimpor…"));
    runDb(
        m_db, this,
        [db = m_db, session = m_session, path]() -> Result<EmployeeCsv::Report> {
            auto bytes = InputFile::read(path);
            if (!bytes)
                return bytes.error();
            return EmployeeCsv::import(db, &session, bytes.value());
        },
        [this](Result<EmployeeCsv::Report> report) {
            m_import->setEnabled(true);
            if (!report) {
                m_banner->showError(report.error().message);
                return;
            }
            const QString summary = tr("Impor selesai: %1 baru, %2 diperbarui, %3 tidak berubah, %4 ditolak.")
                                        .arg(report->inserted)
                                        .arg(report->updated)
                                        .arg(report->unchanged)
                                        .arg(report->errors.size());
            m_refused->clear();
            m_refused->addItems(report->errors);
            m_refusedBox->setVisible(!report->errors.isEmpty());
            if (report->errors.isEmpty())
                m_banner->showSuccess(summary);
            else
                m_banner->showWarning(
                    summary + QLatin1Char(' ') + tr("Baris yang ditolak tercantum di bawah."));
            Q_EMIT imported(
                report->inserted + report->updated + report->unchanged, int(report->errors.size()));
            reload();
        });
}

void PegawaiPage::exportCsv()
{
    if (!m_editable)
        return;
    const QString path = Interaction::current().saveFileName(this,
        {tr("Ekspor Pegawai"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(
                    tr("pegawai-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")))),
            tr("Berkas CSV (*.csv)")});
    if (path.isEmpty())
        return;
    m_export->setEnabled(false);
    runDb(
        m_db, this,
        [db = m_db, session = m_session, path]() -> Result<int> {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return Error::invalid(
                    PegawaiPage::tr("Berkas %1 tidak dapat ditulis: %2").arg(path, file.errorString()));
            auto count = EmployeeCsv::exportTo(db, &session, file);
            if (!count)
                return count.error();
            if (!file.commit())
                return Error::invalid(
                    PegawaiPage::tr("Berkas %1 tidak dapat disimpan: %2").arg(path, file.errorString()));
            return count;
        },
        [this, path](Result<int> count) {
            m_export->setEnabled(true);
            if (!count) {
                m_banner->showError(count.error().message);
                return;
            }
            m_banner->showSuccess(
                tr("%n pegawai diekspor ke %1.", nullptr, count.value()).arg(QDir::toNativeSeparators(path)));
            Q_EMIT exported(count.value());
        });
}

} // namespace karier
