// SPDX-License-Identifier: GPL-3.0-or-later
#include "dms/DmsRecapPage.h"

#include "common/Async.h"
#include "common/Confirm.h"
#include "common/DateInput.h"
#include "common/Interaction.h"
#include "common/PageStyle.h"
#include "common/ReportPrinting.h"
#include "common/Theme.h"
#include "domain/Nip.h"
#include "io/Csv.h"
#include "reports/ReportService.h"
#include "widgets/MessageBanner.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShowEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace karier {

namespace {

QFrame* card(QWidget* parent, QVBoxLayout** body, const QString& title)
{
    auto* frame = new QFrame(parent);
    frame->setProperty("card", true);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(8);
    layout->addWidget(PageStyle::makeLabel(title, "cardTitle", frame, 1.1, true));
    *body = layout;
    return frame;
}

/// Between a category label's left end and the chart's edge, and the label and the bars.
constexpr qreal LabelRoom = 16;

/// The chart's colour of each band, best first (the theme's names).
const char* const BandColours[4] = {"chartSangat", "chartLengkap", "chartCukup", "chartKurang"};

} // namespace

DmsRecapPage::DmsRecapPage(std::shared_ptr<Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setProperty("page", true);
    setAttribute(Qt::WA_StyledBackground, true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 14);
    layout->setSpacing(10);
    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(PageStyle::makeLabel(tr("Rekap Arsip DMS"), "pageTitle", this, 1.45, true));
    titles->addWidget(PageStyle::makeLabel(
        m_session.role == Role::Admin ? tr(
            "Skor Arsip Digital per Perangkat Daerah: rata-rata, pegawai per predikat, dan yang belum 100.")
                                      : tr("Skor Arsip Digital pegawai Perangkat Daerah Anda."),
        "hint", this));
    header->addLayout(titles, 1);
    m_recalc = new QPushButton(tr("Hitung ulang semua skor"), this);
    m_recalc->setObjectName(QStringLiteral("recalcButton"));
    m_recalc->setVisible(m_session.role == Role::Admin);
    m_export = new QPushButton(tr("Ekspor CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_import = new QPushButton(tr("Impor CSV…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(
        tr("Baris riwayat DMS dari ekspor SIASN: kolom nip, jenis, referensi, dokumen (ada/tidak)"));
    m_import->setVisible(m_session.role == Role::Admin);
    // Cetak / Simpan PDF…: the DMS report at once (a Pengelola); for Admin BKPSDM a menu with it and the
    // Rekap JP of the last three years.
    m_print = new QPushButton(tr("Cetak / Simpan PDF…"), this);
    m_print->setObjectName(QStringLiteral("printButton"));
    if (m_session.role == Role::Admin) {
        auto* reports = new QMenu(m_print);
        reports->setObjectName(QStringLiteral("printMenu"));
        QAction* dms = reports->addAction(tr("Laporan Kekurangan Berkas DMS…"));
        dms->setObjectName(QStringLiteral("printDms"));
        dms->setToolTip(tr("Perangkat Daerah yang dipilih di tabel, atau semua bila tidak ada yang dipilih"));
        connect(dms, &QAction::triggered, this, &DmsRecapPage::printDmsReport);
        const int thisYear = QDate::currentDate().year();
        for (int year = thisYear; year > thisYear - 3; --year) {
            QAction* action = reports->addAction(tr("Rekap JP Tahun %1…").arg(year));
            action->setObjectName(QStringLiteral("printJp%1").arg(year));
            connect(action, &QAction::triggered, this, [this, year] { printJpReport(year); });
        }
        // Shown under the button on a click (no menu arrow: the button keeps the width of its words).
        connect(m_print, &QPushButton::clicked, this,
            [this, reports] { reports->popup(m_print->mapToGlobal(QPoint(0, m_print->height()))); });
    } else {
        m_print->setToolTip(tr("Laporan Kekurangan Berkas DMS Perangkat Daerah Anda"));
        connect(m_print, &QPushButton::clicked, this, &DmsRecapPage::printDmsReport);
    }
    // The actions on their own row under the title: four of them beside it squeezed the title and its
    // description into a narrow column in a 1000 px window.
    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addStretch(1);
    actions->addWidget(m_import);
    actions->addWidget(m_recalc);
    actions->addWidget(m_export);
    actions->addWidget(m_print);
    layout->addLayout(header);
    layout->addLayout(actions);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    layout->addWidget(m_banner);

    // The table and the chart share one place as two tabs, so that each has the page's whole width.
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    auto* top = new QTabWidget(split);
    top->setObjectName(QStringLiteral("recapTabs"));
    top->setDocumentMode(true);
    QVBoxLayout* tableBody = nullptr;
    QFrame* tableCard = card(top, &tableBody, tr("Per Perangkat Daerah"));
    m_table = new QTableWidget(0, 8, tableCard);
    m_table->setObjectName(QStringLiteral("recapTable"));
    m_table->setProperty("list", true);
    m_table->setHorizontalHeaderLabels({tr("Perangkat Daerah"), tr("Pegawai"), tr("Rata-rata"),
        tr("Sangat\nLengkap"), tr("Lengkap"), tr("Cukup\nLengkap"), tr("Kurang\nLengkap"), tr("Belum\n100")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The counts as wide as their headers (or numbers); the names take the rest.
    for (int c = 1; c < 8; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    tableBody->addWidget(m_table);
    // The chart is as tall as its bars need (set with the data); its tab scrolls down, never sideways.
    auto* chartScroll = new QScrollArea(top);
    chartScroll->setObjectName(QStringLiteral("recapChartScroll"));
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QVBoxLayout* chartBody = nullptr;
    QFrame* chartCard = card(chartScroll, &chartBody, tr("Pegawai per predikat"));
    m_chart = new QChartView(chartCard);
    m_chart->setObjectName(QStringLiteral("recapChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(360, 260);
    chartBody->addWidget(m_chart);
    chartScroll->setWidget(chartCard);
    top->addTab(tableCard, tr("Tabel"));
    top->addTab(chartScroll, tr("Grafik"));

    auto* bottom = new QSplitter(Qt::Horizontal, split);
    bottom->setChildrenCollapsible(false);
    QVBoxLayout* employeesBody = nullptr;
    QFrame* employeesCard = card(bottom, &employeesBody, tr("Pegawai"));
    m_employeesTitle = PageStyle::makeLabel(tr("Pilih Perangkat Daerah di tabel."), "hint", employeesCard);
    m_belowOnly = new QCheckBox(tr("Hanya yang belum 100"), employeesCard);
    m_belowOnly->setObjectName(QStringLiteral("belowOnlyCheck"));
    m_belowOnly->setChecked(true);
    m_employees = new QListWidget(employeesCard);
    m_employees->setProperty("list", true);
    m_employees->setObjectName(QStringLiteral("employeeList"));
    employeesBody->addWidget(m_employeesTitle);
    employeesBody->addWidget(m_belowOnly);
    employeesBody->addWidget(m_employees, 1);
    QVBoxLayout* missingBody = nullptr;
    QFrame* missingCard = card(bottom, &missingBody, tr("Dokumen yang belum ada"));
    m_missingTitle = PageStyle::makeLabel(
        tr("Pilih pegawai untuk melihat dokumen yang belum ada."), "hint", missingCard);
    m_missing = new QListWidget(missingCard);
    m_missing->setProperty("list", true);
    m_missing->setObjectName(QStringLiteral("missingList"));
    missingBody->addWidget(m_missingTitle);
    missingBody->addWidget(m_missing, 1);
    bottom->addWidget(employeesCard);
    bottom->addWidget(missingCard);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({400, 200});
    layout->addWidget(split, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DmsRecapPage::loadEmployees);
    connect(m_belowOnly, &QCheckBox::toggled, this, &DmsRecapPage::loadEmployees);
    connect(m_employees, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            loadMissing(item->data(Qt::UserRole).toString());
    });
    connect(m_recalc, &QPushButton::clicked, this, &DmsRecapPage::recalculate);
    connect(m_export, &QPushButton::clicked, this, &DmsRecapPage::exportCsv);
    connect(m_import, &QPushButton::clicked, this, &DmsRecapPage::importCsv);
}

void DmsRecapPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Loaded when first shown and read afresh every time the page is shown again (not when the
    // window only comes back from being minimised).
    if (!m_loadedOnce || !event->spontaneous()) {
        m_loadedOnce = true;
        reload();
    }
}

void DmsRecapPage::reload()
{
    runDb(
        m_db, this, [db = m_db, session = m_session] { return DmsService(db).recap(&session); },
        [this](Result<QList<DmsRecapRow>> recap) {
            if (!recap) {
                m_banner->showError(recap.error().message);
                return;
            }
            showRecap(recap.value());
            Q_EMIT loaded();
        });
}

void DmsRecapPage::showRecap(const QList<DmsRecapRow>& recap)
{
    m_recap = recap;
    const QLocale locale = indonesian();
    m_table->setRowCount(int(recap.size()));
    for (int row = 0; row < recap.size(); ++row) {
        const DmsRecapRow& r = recap.at(row);
        const QStringList cells = {r.name, locale.toString(r.employees), Dms::pointsText(r.average),
            locale.toString(r.bands[0]), locale.toString(r.bands[1]), locale.toString(r.bands[2]),
            locale.toString(r.bands[3]), locale.toString(r.below100)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, r.indukUnitId);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
    }
    if (recap.isEmpty())
        m_banner->showInfo(
            tr("Belum ada skor tersimpan. Skor dihitung saat dokumen diverifikasi atau diimpor; "
               "Admin BKPSDM dapat menghitung ulang semuanya."));

    // Employees per band, stacked, one bar per Perangkat Daerah (the ten with most below 100 first).
    QList<DmsRecapRow> shown = recap;
    std::sort(shown.begin(), shown.end(), [](const DmsRecapRow& a, const DmsRecapRow& b) {
        return a.below100 != b.below100 ? a.below100 > b.below100 : a.name < b.name;
    });
    shown = shown.mid(0, 10);
    std::reverse(shown.begin(), shown.end());
    auto* series = new QHorizontalStackedBarSeries;
    const DmsBand bands[4]
        = {DmsBand::SangatLengkap, DmsBand::Lengkap, DmsBand::CukupLengkap, DmsBand::KurangLengkap};
    for (int b = 0; b < 4; ++b) {
        auto* set = new QBarSet(Dms::bandText(bands[b]));
        set->setColor(Theme::colour(BandColours[b]));
        set->setBorderColor(Theme::colour(BandColours[b]));
        for (const DmsRecapRow& r : std::as_const(shown))
            set->append(r.bands[b]);
        series->append(set);
    }
    auto* chart = new QChart;
    chart->addSeries(series);
    QStringList names;
    for (const DmsRecapRow& r : std::as_const(shown))
        names << r.name;
    auto* axisY = new QBarCategoryAxis;
    axisY->append(names);
    // Whole names, never "…": the axis may take at most 40 % of the chart's width, so a name wider than
    // that gets a wider left margin instead (set once the plot area is known).
    axisY->setTruncateLabels(false);
    connect(chart, &QChart::plotAreaChanged, chart, [chart, axisY](const QRectF& plot) {
        const QFontMetricsF metrics(axisY->labelsFont());
        qreal widest = 0;
        for (const QString& name : axisY->categories())
            widest = std::max(widest, metrics.horizontalAdvance(name));
        const qreal deficit = widest + LabelRoom - plot.left();
        QMargins margins = chart->margins();
        if (deficit > 0.5 && margins.left() < plot.width()) {
            margins.setLeft(margins.left() + int(std::ceil(deficit)));
            chart->setMargins(margins);
        }
    });
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTitleText(tr("pegawai"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    // Room for every bar's whole name: the axis shortens names that do not fit ("…").
    m_chart->setMinimumHeight(int(shown.size()) * 30 + 120);
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void DmsRecapPage::loadEmployees()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 induk = selected.first()->data(Qt::UserRole).toLongLong();
    const bool belowOnly = m_belowOnly->isChecked();
    m_employeesTitle->setText(tr("Memuat…"));
    runDb(
        m_db, this,
        [db = m_db, session = m_session, induk, belowOnly] {
            return DmsService(db).employeesOf(&session, induk, belowOnly, 0, 500);
        },
        [this, name = m_table->item(selected.first()->row(), 0)->text()](
            Result<QList<DmsEmployeeScoreRow>> rows) {
            m_employees->clear();
            if (!rows) {
                m_banner->showError(rows.error().message);
                return;
            }
            for (const DmsEmployeeScoreRow& r : rows.value()) {
                auto* item = new QListWidgetItem(
                    QStringLiteral("%1  ·  %2  ·  %3 (%4)")
                        .arg(Dms::pointsText(r.total), r.nama, Nip::groupedOrAsIs(r.nip), r.unitName),
                    m_employees);
                item->setData(Qt::UserRole, r.nip);
                item->setToolTip(Dms::bandText(r.band));
            }
            m_employeesTitle->setText(rows->isEmpty()
                    ? tr("%1: semua pegawai sudah 100.").arg(name)
                    : tr("%1: %n pegawai, skor terendah dahulu (paling banyak 500).", nullptr,
                        int(rows->size()))
                          .arg(name));
            Q_EMIT employeesLoaded();
        });
}

void DmsRecapPage::loadMissing(const QString& nip)
{
    runDb(
        m_db, this,
        [db = m_db, session = m_session, nip] { return DmsService(db).forEmployee(&session, nip); },
        [this](Result<DmsEmployeeView> view) {
            m_missing->clear();
            if (!view) {
                m_banner->showError(view.error().message);
                return;
            }
            m_missingTitle->setText(
                tr("%1 — Skor %2 · %3")
                    .arg(view->nama, Dms::pointsText(view->score.total), Dms::bandText(view->score.band)));
            for (const DmsMissing& missing : view->score.missing)
                m_missing->addItem(missing.text());
            Q_EMIT missingLoaded();
        });
}

void DmsRecapPage::recalculate()
{
    if (!Confirm::ask(this,
            tr("Semua Skor Arsip Digital akan dihitung ulang dari data sekarang. Apakah anda yakin?"),
            tr("Hitung ulang"), tr("Batal")))
        return;
    m_recalc->setEnabled(false);
    m_banner->showInfo(tr("Menghitung ulang…"));
    runDb(
        m_db, this, [db = m_db, session = m_session] { return DmsService(db).recalculateAll(&session); },
        [this](Result<int> count) {
            m_recalc->setEnabled(true);
            if (!count) {
                m_banner->showError(count.error().message);
                return;
            }
            m_banner->showSuccess(tr("Skor %n pegawai dihitung ulang.", nullptr, count.value()));
            reload();
        });
}

void DmsRecapPage::exportCsv()
{
    const QString path = Interaction::current().saveFileName(this,
        {tr("Ekspor Rekap Arsip DMS"),
            QDir(documentsFolder())
                .filePath(
                    tr("rekap-dms-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")))),
            tr("Berkas CSV (*.csv)")});
    if (path.isEmpty())
        return;
    QByteArray csv = "\xEF\xBB\xBF";
    csv += Csv::formatRow({tr("Perangkat Daerah"), tr("Pegawai"), tr("Rata-rata"), tr("Sangat Lengkap"),
        tr("Lengkap"), tr("Cukup Lengkap"), tr("Kurang Lengkap"), tr("Belum 100")});
    for (const DmsRecapRow& r : std::as_const(m_recap))
        csv += Csv::formatRow({r.name, QString::number(r.employees), QString::number(r.average, 'f', 1),
            QString::number(r.bands[0]), QString::number(r.bands[1]), QString::number(r.bands[2]),
            QString::number(r.bands[3]), QString::number(r.below100)});
    const int rows = int(m_recap.size());
    runCpu(
        this,
        [path, csv]() -> Status {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
                return Error::invalid(
                    DmsRecapPage::tr("Berkas %1 tidak dapat ditulis: %2").arg(path, file.errorString()));
            return {};
        },
        [this, path, rows](Status written) {
            if (!written) {
                m_banner->showError(written.error().message);
                return;
            }
            m_banner->showSuccess(tr("Rekap diekspor ke %1.").arg(QDir::toNativeSeparators(path)));
            Q_EMIT exported(rows);
        });
}

void DmsRecapPage::printDmsReport()
{
    qint64 unitId = 0;
    const int row = m_table->currentRow();
    if (!m_table->selectedItems().isEmpty() && row >= 0 && row < m_recap.size())
        unitId = m_recap.at(row).indukUnitId;
    printReport(
        this, m_db, tr("Laporan Kekurangan Berkas DMS"),
        [db = m_db, session = m_session, unitId] { return ReportService(db).dmsShortfall(&session, unitId); },
        m_banner, [this](Result<int> pages) { Q_EMIT printed(pages ? pages.value() : 0); });
}

void DmsRecapPage::printJpReport(int year)
{
    printReport(
        this, m_db, tr("Rekap JP Tahun %1").arg(year),
        [db = m_db, session = m_session, year] { return ReportService(db).jpRecap(&session, 0, year); },
        m_banner, [this](Result<int> pages) { Q_EMIT printed(pages ? pages.value() : 0); });
}

void DmsRecapPage::importCsv()
{
    const QString path = Interaction::current().openFileName(
        this, {tr("Impor Baris Arsip DMS"), documentsFolder(), tr("Berkas CSV (*.csv)")});
    if (path.isEmpty())
        return;
    m_import->setEnabled(false);
    m_banner->showInfo(tr("Mengimpor…"));
    runDb(
        m_db, this,
        [db = m_db, session = m_session, path]() -> Result<DmsService::ImportReport> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error::invalid(
                    DmsRecapPage::tr("Berkas %1 tidak dapat dibuka: %2").arg(path, file.errorString()));
            if (file.size() > 64 * 1024 * 1024)
                return Error::invalid(
                    DmsRecapPage::tr("Berkas %1 terlalu besar (lebih dari 64 MB).").arg(path));
            return DmsService(db).importCsv(&session, file.readAll());
        },
        [this](Result<DmsService::ImportReport> report) {
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
            if (report->errors.isEmpty()) {
                m_banner->showSuccess(summary);
            } else {
                m_banner->showWarning(summary);
                Confirm::inform(this, tr("Baris yang ditolak"), report->errors.join(QLatin1Char('\n')));
            }
            Q_EMIT imported(
                report->inserted + report->updated + report->unchanged, int(report->errors.size()));
            reload();
        });
}

} // namespace karier
