// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/MainWindow.h"

#include "approval/ApprovalService.h"
#include "auth/AccessPolicy.h"
#include "common/Async.h"
#include "common/Confirm.h"
#include "common/Interaction.h"
#include "common/Language.h"
#include "common/PageStyle.h"
#include "common/Theme.h"
#include "dms/DmsPage.h"
#include "dms/DmsRecapPage.h"
#include "domain/Nip.h"
#include "domain/Role.h"
#include "login/ChangePasswordDialog.h"
#include "org/Organisation.h"
#include "pegawai/PegawaiPage.h"
#include "pengguna/PenggunaPage.h"
#include "records/RecordService.h"
#include "records/RecordType.h"
#include "records/RiwayatPage.h"
#include "settings/AboutDialog.h"
#include "settings/LocalSettings.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"
#include "timkerja/TimKerjaPage.h"
#include "unitkerja/UnitKerjaPage.h"
#include "verifikasi/VerifikasiPage.h"
#include "widgets/MessageBanner.h"

#include <QCoreApplication>
#include <QDate>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace karier {

namespace {

using PageStyle::makeLabel;

QFrame* makeCard(const QString& objectName, const QString& title, QWidget* parent, QVBoxLayout** body)
{
    auto* card = new QFrame(parent);
    card->setObjectName(objectName);
    card->setProperty("card", true);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(22, 18, 22, 20);
    layout->setSpacing(10);
    layout->addWidget(makeLabel(title, "cardTitle", card, 1.15, true));
    *body = layout;
    return card;
}

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<Database> db, Session session, QWidget* parent)
    : QMainWindow(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Karier ASN — %1").arg(m_session.displayName));
    setMinimumSize(1000, 700);

    // Which pages this role may open: AccessPolicy decides, the window only follows.
    QList<PageInfo> pages = {
        {QStringLiteral("beranda"), tr("Beranda"), QStyle::SP_DirHomeIcon},
    };
    // The Riwayat pages come from the record type registry (RecordTypes::riwayatPages).
    const QList<RiwayatPageSpec> riwayatPages = RecordTypes::riwayatPages();
    for (const RiwayatPageSpec& riwayat : riwayatPages) {
        // The first Riwayat page (Sertifikasi) shows a list icon, the others an award-like one.
        const QStyle::StandardPixmap icon = riwayat.key == riwayatPages.constFirst().key
            ? QStyle::SP_FileDialogDetailedView
            : QStyle::SP_FileDialogInfoView;
        pages.append({riwayat.key, riwayat.title, int(icon)});
    }
    pages += QList<PageInfo> {
        {QStringLiteral("timkerja"), tr("Tim Kerja"), QStyle::SP_FileDialogListView},
        {QStringLiteral("dms"), tr("Arsip DMS"), QStyle::SP_DirIcon},
    };
    if (AccessPolicy::can(m_session, Permission::VerifyTimKerja)
        || AccessPolicy::can(m_session, Permission::VerifyRiwayat))
        pages.append({QStringLiteral("verifikasi"), tr("Verifikasi"), QStyle::SP_DialogApplyButton});
    if (AccessPolicy::can(m_session, Permission::ViewEmployees))
        pages.append({QStringLiteral("rekapdms"), tr("Rekap Arsip DMS"), QStyle::SP_FileDialogInfoView});
    // Pegawai: an Admin manages everyone, a Pengelola reads their Perangkat Daerah.
    if (AccessPolicy::can(m_session, Permission::ViewEmployees))
        pages.append({QStringLiteral("pegawai"), tr("Pegawai"), QStyle::SP_FileDialogContentsView});
    if (AccessPolicy::can(m_session, Permission::ManageOrganisation))
        pages.append({QStringLiteral("unitkerja"), tr("Unit Kerja"), QStyle::SP_DirOpenIcon});
    if (AccessPolicy::can(m_session, Permission::ManageAccounts))
        pages.append({QStringLiteral("pengguna"), tr("Pengguna"), QStyle::SP_DriveNetIcon});

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    for (const PageInfo& info : pages) {
        QWidget* page = nullptr;
        if (info.key == QLatin1String("beranda")) {
            page = createDashboard();
        } else if (const auto riwayatPage = std::find_if(riwayatPages.cbegin(), riwayatPages.cend(),
                       [&info](const RiwayatPageSpec& spec) { return spec.key == info.key; });
                   riwayatPage != riwayatPages.cend()) {
            auto* riwayat = new RiwayatPage(m_db, m_session, riwayatPage->typeCodes(), this);
            connect(riwayat, &RiwayatPage::changed, this, &MainWindow::loadDashboardData);
            page = riwayat;
        } else if (info.key == QLatin1String("timkerja")) {
            page = new TimKerjaPage(m_db, m_session, this);
        } else if (info.key == QLatin1String("dms")) {
            page = new DmsPage(m_db, m_session, this);
        } else if (info.key == QLatin1String("rekapdms")) {
            page = new DmsRecapPage(m_db, m_session, this);
        } else if (info.key == QLatin1String("verifikasi")) {
            page = new VerifikasiPage(m_db, m_session, this);
        } else if (info.key == QLatin1String("unitkerja")) {
            page = new UnitKerjaPage(m_db, m_session, this);
        } else if (info.key == QLatin1String("pegawai")) {
            page = new PegawaiPage(m_db, m_session, this);
        } else {
            Q_ASSERT(info.key == QLatin1String("pengguna"));
            page = new PenggunaPage(m_db, m_session, this);
        }
        page->setObjectName(QStringLiteral("page_") + info.key);
        m_pages->addWidget(page);
        m_pageByKey.insert(info.key, page);
    }

    auto* contentArea = new QWidget(this);
    contentArea->setObjectName(QStringLiteral("contentArea"));
    auto* contentLayout = new QVBoxLayout(contentArea);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    // What verifiers decided on this employee's submissions since the previous login.
    auto* changesArea = new QWidget(contentArea);
    auto* changesLayout = new QVBoxLayout(changesArea);
    changesLayout->setContentsMargins(24, 12, 24, 0);
    m_changesBanner = new MessageBanner(changesArea);
    m_changesBanner->setObjectName(QStringLiteral("changesBanner"));
    changesLayout->addWidget(m_changesBanner);
    changesArea->hide();
    contentLayout->addWidget(changesArea);
    contentLayout->addWidget(m_pages);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createSidebar(pages));
    layout->addWidget(contentArea, 1);
    setCentralWidget(central);

    createStatusBar();
    m_sidebar->setCurrentRow(0);
    loadDashboardData();
    runDb(
        m_db, this,
        [db = m_db, session = m_session] { return ApprovalService(db).takeChangesSinceLastVisit(session); },
        [this, changesArea](Result<VisitChanges> changes) {
            if (!changes || changes->isEmpty())
                return;
            const QString text
                = tr("Sejak kunjungan terakhir: %1. Buka Riwayat Sertifikasi, Riwayat Penghargaan "
                     "atau Tim Kerja untuk melihat catatannya.")
                      .arg(changes->text());
            if (changes->returned > 0 || changes->rejected > 0)
                m_changesBanner->showWarning(text);
            else
                m_changesBanner->showSuccess(text);
            changesArea->show();
        });
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::createSidebar(const QList<PageInfo>& pages)
{
    auto* panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("sidebarPanel"));
    panel->setFixedWidth(240);

    auto* brand = new QFrame(panel);
    brand->setObjectName(QStringLiteral("sidebarBrand"));
    auto* brandLayout = new QVBoxLayout(brand);
    brandLayout->setContentsMargins(18, 16, 18, 14);
    brandLayout->setSpacing(2);
    brandLayout->addWidget(makeLabel(tr("Karier ASN"), "brand", brand, 1.45, true));
    QLabel* subtitle = makeLabel(tr("Pemerintah Kota Surakarta"), "brand", brand, 0.95);
    subtitle->setObjectName(QStringLiteral("brandSubtitle"));
    brandLayout->addWidget(subtitle);

    m_sidebar = new QListWidget(panel);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Menu"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setIconSize(QSize(18, 18));
    m_sidebar->setSpacing(0);
    QFont itemFont = m_sidebar->font();
    itemFont.setPointSizeF(itemFont.pointSizeF() * 1.05);
    for (const PageInfo& info : pages) {
        auto* item = new QListWidgetItem(
            style()->standardIcon(QStyle::StandardPixmap(info.icon), nullptr, this), info.title, m_sidebar);
        item->setData(Qt::UserRole, info.key);
        item->setFont(itemFont);
        item->setSizeHint(QSize(0, 38));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // Beranda shown again: its cards read afresh (the pages reload themselves when shown).
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        if (m_pages->widget(index) != m_pageByKey.value(QStringLiteral("beranda")))
            return;
        loadDashboardData();
        if (auto* dmsScore = m_pages->widget(index)->findChild<DmsScoreCard*>())
            dmsScore->reload();
    });

    m_logoutButton = new QPushButton(
        style()->standardIcon(QStyle::SP_DialogCloseButton, nullptr, this), tr("Keluar"), panel);
    m_logoutButton->setObjectName(QStringLiteral("logoutButton"));
    m_logoutButton->setToolTip(tr("Keluar dari akun ini dan kembali ke halaman Masuk"));
    connect(m_logoutButton, &QPushButton::clicked, this, &MainWindow::requestLogout);
    m_settingsButton = new QPushButton(
        style()->standardIcon(QStyle::SP_ComputerIcon, nullptr, this), tr("Pengaturan"), panel);
    m_settingsButton->setObjectName(QStringLiteral("settingsButton"));
    connect(m_settingsButton, &QPushButton::clicked, this, &MainWindow::openSettings);
    m_aboutButton = new QPushButton(
        style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this), tr("Tentang"), panel);
    m_aboutButton->setObjectName(QStringLiteral("aboutButton"));
    connect(m_aboutButton, &QPushButton::clicked, this, &MainWindow::openAbout);

    m_passwordButton = new QPushButton(
        style()->standardIcon(QStyle::SP_DialogResetButton, nullptr, this), tr("Ganti kata sandi"), panel);
    m_passwordButton->setObjectName(QStringLiteral("changePasswordButton"));
    connect(m_passwordButton, &QPushButton::clicked, this, &MainWindow::openChangePassword);

    auto* section = new QLabel(tr("MENU"), panel);
    section->setObjectName(QStringLiteral("sidebarSection"));
    QFont sectionFont = section->font();
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 0.85);
    sectionFont.setBold(true);
    sectionFont.setLetterSpacing(QFont::PercentageSpacing, 110);
    section->setFont(sectionFont);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 14);
    layout->setSpacing(4);
    layout->addWidget(brand);
    layout->addWidget(section);
    layout->addWidget(m_sidebar, 1);
    auto* bottom = new QVBoxLayout;
    bottom->setContentsMargins(12, 0, 12, 0);
    bottom->setSpacing(6);
    auto* tools = new QHBoxLayout;
    tools->setSpacing(6);
    tools->addWidget(m_settingsButton);
    tools->addWidget(m_aboutButton);
    bottom->addLayout(tools);
    bottom->addWidget(m_passwordButton);
    bottom->addWidget(m_logoutButton);
    layout->addLayout(bottom);
    return panel;
}

QWidget* MainWindow::createDashboard()
{
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("contentScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    page->setObjectName(QStringLiteral("dashboardContent"));
    scroll->setWidget(page);

    auto* greeting
        = makeLabel(tr("Selamat datang, %1").arg(m_session.displayName), "pageTitle", page, 1.6, true);
    greeting->setObjectName(QStringLiteral("greetingLabel"));
    auto* today = makeLabel(
        shownLocale().toString(QDate::currentDate(), QStringLiteral("dddd, d MMMM yyyy")), "hint", page);
    today->setObjectName(QStringLiteral("dateLabel"));

    // The employee's own data.
    QVBoxLayout* body = nullptr;
    QFrame* dataCard = makeCard(QStringLiteral("employeeCard"), tr("Data Pegawai"), page, &body);
    auto* form = new QFormLayout;
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(9);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](const QString& name, const QString& value, const QString& objectName) {
        QLabel* field = makeLabel(value, "fieldValue", dataCard);
        field->setObjectName(objectName);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(makeLabel(name, "fieldName", dataCard), field);
        return field;
    };
    addRow(tr("Nama"), m_session.displayName, QStringLiteral("nameValue"));
    addRow(tr("NIP"), Nip::groupedOrAsIs(m_session.nip), QStringLiteral("nipValue"));
    m_jabatanValue = addRow(tr("Jabatan"), tr("Memuat…"), QStringLiteral("jabatanValue"));
    m_unitValue = addRow(tr("Unit Kerja"), orDash(m_session.unitName), QStringLiteral("unitValue"));
    m_indukValue = addRow(tr("Perangkat Daerah"), tr("Memuat…"), QStringLiteral("indukValue"));
    addRow(tr("Peran"), roleDisplayName(m_session.role), QStringLiteral("roleValue"));
    if (m_session.role == Role::Pengelola)
        addRow(tr("Perangkat Daerah yang dikelola"), orDash(m_session.managedUnitName),
            QStringLiteral("managedUnitValue"));
    addRow(
        tr("Kode OTP"), m_session.otpEnabled ? tr("Aktif") : tr("Tidak aktif"), QStringLiteral("otpValue"));
    body->addLayout(form);
    body->addStretch(1);

    auto* grid = new QGridLayout;
    grid->setSpacing(18);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->addWidget(dataCard, 0, 0, 2, 1);

    // How many employees this verifier looks after.
    int nextRow = 0;
    if (AccessPolicy::can(m_session, Permission::ViewEmployees)) {
        QFrame* countCard = makeCard(QStringLiteral("scopeCard"), tr("Pegawai dalam cakupan"), page, &body);
        m_countValue = makeLabel(tr("…"), "bigNumber", countCard, 2.6, true);
        m_countValue->setObjectName(QStringLiteral("employeeCountValue"));
        m_countCaption = makeLabel(m_session.role == Role::Admin
                ? tr("pegawai di seluruh Perangkat Daerah Pemerintah Kota Surakarta")
                : tr("pegawai di %1").arg(orDash(m_session.managedUnitName)),
            "hint", countCard);
        m_countCaption->setObjectName(QStringLiteral("employeeCountCaption"));
        body->addWidget(m_countValue);
        body->addWidget(m_countCaption);
        body->addStretch(1);
        grid->addWidget(countCard, nextRow++, 1);
    }

    // A verifier: how many submissions have waited longer than a week, and since when the oldest.
    if (ApprovalService::mayVerify(m_session)) {
        QFrame* overdueCard = makeCard(QStringLiteral("overdueCard"),
            tr("Menunggu lebih dari %n hari", nullptr, ApprovalService::overdueDays), page, &body);
        m_overdueValue = makeLabel(tr("…"), "bigNumber", overdueCard, 2.6, true);
        m_overdueValue->setObjectName(QStringLiteral("overdueValue"));
        m_overdueCaption = makeLabel(tr("Memuat…"), "hint", overdueCard);
        m_overdueCaption->setObjectName(QStringLiteral("overdueCaption"));
        auto* openButton = new QPushButton(tr("Buka Verifikasi, terlama dahulu"), overdueCard);
        openButton->setObjectName(QStringLiteral("overdueOpenButton"));
        openButton->setProperty("link", true);
        openButton->setCursor(Qt::PointingHandCursor);
        connect(openButton, &QPushButton::clicked, this, &MainWindow::openOldestWaiting);
        body->addWidget(m_overdueValue);
        body->addWidget(m_overdueCaption);
        body->addWidget(openButton, 0, Qt::AlignLeft);
        body->addStretch(1);
        grid->addWidget(overdueCard, nextRow++, 1);
    }

    // The yearly target of competence development (20 JP) against what is approved and pending.
    QFrame* jpCard = makeCard(QStringLiteral("jpCard"),
        tr("Pengembangan kompetensi %1").arg(QDate::currentDate().year()), page, &body);
    m_jpValue = makeLabel(tr("…"), "bigNumber", jpCard, 2.6, true);
    m_jpValue->setObjectName(QStringLiteral("jpValue"));
    m_jpBar = new QProgressBar(jpCard);
    m_jpBar->setObjectName(QStringLiteral("jpBar"));
    m_jpBar->setTextVisible(false);
    m_jpBar->setMaximumHeight(8);
    m_jpCaption = makeLabel(tr("Memuat…"), "hint", jpCard);
    m_jpCaption->setObjectName(QStringLiteral("jpCaption"));
    body->addWidget(m_jpValue);
    body->addWidget(m_jpBar);
    body->addWidget(m_jpCaption);
    body->addStretch(1);
    grid->addWidget(jpCard, nextRow++, 1);

    // Skor Arsip Digital, as MyASN shows it; a click opens Arsip DMS.
    QFrame* dmsCard = makeCard(QStringLiteral("dmsCard"), tr("Skor Arsip Digital"), page, &body);
    auto* dmsScore = new DmsScoreCard(m_db, m_session, dmsCard);
    connect(dmsScore, &DmsScoreCard::clicked, this, [this] { showPage(QStringLiteral("dms")); });
    body->addWidget(dmsScore);
    body->addStretch(1);
    grid->addWidget(dmsCard, nextRow, 1);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(36, 30, 36, 30);
    layout->setSpacing(6);
    layout->addWidget(greeting);
    layout->addWidget(today);
    layout->addSpacing(18);
    layout->addLayout(grid);
    layout->addStretch(1);
    return scroll;
}

void MainWindow::createStatusBar()
{
    auto* user
        = new QLabel(tr("%1 · NIP %2").arg(m_session.displayName, Nip::groupedOrAsIs(m_session.nip)), this);
    user->setObjectName(QStringLiteral("statusUser"));
    auto* role = new QLabel(roleDisplayName(m_session.role), this);
    role->setObjectName(QStringLiteral("statusRole"));
    auto* database
        = new QLabel(m_db ? tr("Database: %1").arg(m_db->url().displayName()) : tr("Tanpa database"), this);
    database->setObjectName(QStringLiteral("statusDatabase"));
    database->setToolTip(m_db ? m_db->url().toString() : QString());
    statusBar()->addPermanentWidget(user);
    statusBar()->addPermanentWidget(role);
    statusBar()->addPermanentWidget(database, 1);
    statusBar()->setSizeGripEnabled(true);
}

void MainWindow::loadDashboardData()
{
    if (!m_db) {
        showEmployee(std::nullopt, tr("Tanpa database"));
        return;
    }
    runDb(
        m_db, this,
        [db = m_db, session = m_session] {
            return RecordService(db).jpForYear(session, QDate::currentDate().year());
        },
        [this](Result<JpSummary> result) {
            if (!result) {
                m_jpValue->setText(QStringLiteral("—"));
                m_jpCaption->setText(result.error().message);
                return;
            }
            const JpSummary& jp = result.value();
            m_jpValue->setText(tr("%1 / %2 JP").arg(jp.approved).arg(jp.target));
            m_jpBar->setRange(0, jp.target);
            m_jpBar->setValue(std::min(jp.approved, jp.target));
            QString caption = jp.approved >= jp.target
                ? tr("Target %1 JP tahun ini sudah tercapai.").arg(jp.target)
                : tr("Kurang %1 JP lagi untuk mencapai target tahunan.").arg(jp.target - jp.approved);
            if (jp.pending > 0)
                caption += QLatin1Char(' ') + tr("%1 JP lagi masih menunggu verifikasi.").arg(jp.pending);
            m_jpCaption->setText(caption);
        });
    runDb(
        m_db, this, [db = m_db, nip = m_session.nip] { return Organisation(db).employeeByNip(nip); },
        [this](Result<std::optional<Employee>> result) {
            if (!result)
                showEmployee(std::nullopt, result.error().message);
            else
                showEmployee(result.value(), QString());
        });

    if (m_overdueValue) {
        runDb(
            m_db, this,
            [db = m_db, session = m_session] { return ApprovalService(db).waitingSummary(session); },
            [this](Result<WaitingSummary> result) {
                if (!result) {
                    m_overdueValue->setText(QStringLiteral("—"));
                    m_overdueCaption->setText(result.error().message);
                    return;
                }
                const WaitingSummary& summary = result.value();
                m_overdueValue->setText(shownLocale().toString(summary.overdue));
                m_overdueValue->setProperty("overdue", summary.overdue > 0);
                Theme::restyle(m_overdueValue);
                if (summary.waiting == 0)
                    m_overdueCaption->setText(tr("Tidak ada usulan yang menunggu verifikasi."));
                else if (summary.overdue == 0)
                    m_overdueCaption->setText(
                        tr("dari %n usulan yang menunggu; yang terlama %1.", nullptr, summary.waiting)
                            .arg(tr("%n hari", nullptr, summary.oldestDays)));
                else
                    m_overdueCaption->setText(tr("dari %n usulan yang menunggu; yang terlama menunggu %1 "
                                                 "(diajukan %2).",
                        nullptr, summary.waiting)
                                                  .arg(tr("%n hari", nullptr, summary.oldestDays),
                                                      momentText(summary.oldestSubmittedAt)));
            });
    }

    if (!m_countValue)
        return;
    const bool admin = m_session.role == Role::Admin;
    const qint64 managed = m_session.managedUnitId;
    runDb(
        m_db, this,
        [db = m_db, admin, managed]() -> Result<int> {
            return Organisation(db).employeeCount(admin ? 0 : managed);
        },
        [this](Result<int> result) {
            if (!result) {
                m_countValue->setText(QStringLiteral("—"));
                m_countCaption->setText(result.error().message);
                return;
            }
            m_countValue->setText(shownLocale().toString(result.value()));
        });
}

bool MainWindow::openOldestWaiting()
{
    auto* page = qobject_cast<VerifikasiPage*>(m_pageByKey.value(QStringLiteral("verifikasi")));
    if (!page || !showPage(QStringLiteral("verifikasi")))
        return false;
    page->showOldestWaitingFirst();
    return true;
}

void MainWindow::showEmployee(const std::optional<Employee>& employee, const QString& error)
{
    if (!employee) {
        m_jabatanValue->setText(QStringLiteral("—"));
        m_indukValue->setText(QStringLiteral("—"));
        if (!error.isEmpty())
            m_jabatanValue->setToolTip(error);
        return;
    }
    m_jabatanValue->setText(orDash(employee->jabatan));
    m_unitValue->setText(orDash(employee->unitName));
    m_indukValue->setText(orDash(employee->indukUnitName));
}

QStringList MainWindow::pageKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_sidebar->count(); ++row)
        keys << m_sidebar->item(row)->data(Qt::UserRole).toString();
    return keys;
}

QString MainWindow::currentPageKey() const
{
    const QListWidgetItem* item = m_sidebar->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool MainWindow::showPage(const QString& key)
{
    const int row = int(pageKeys().indexOf(key));
    if (row < 0)
        return false;
    m_sidebar->setCurrentRow(row);
    return true;
}

void MainWindow::placeOn(const QScreen* screen)
{
    if (!screen)
        return;
    constexpr int Margin = 12;
    const QRect available = screen->availableGeometry();
    const QSize roomy(available.width() * 85 / 100, available.height() * 85 / 100);
    const QSize within = available.size() - QSize(2 * Margin, 2 * Margin);
    // The frame (title bar, borders) comes on top of the size; estimate it while the window is not shown.
    const QSize frame = isVisible() ? frameGeometry().size() - size() : QSize(0, 32);
    const QSize size = roomy.boundedTo(within - frame).expandedTo(minimumSize());
    resize(size);
    move(available.center()
        - QPoint((size.width() + frame.width()) / 2, (size.height() + frame.height()) / 2));
}

void MainWindow::openChangePassword()
{
    auto* dialog = new ChangePasswordDialog(ChangePasswordDialog::Mode::Voluntary, m_db, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this] { statusBar()->showMessage(tr("Kata sandi Anda diganti."), 10000); });
    dialog->open();
}

void MainWindow::openSettings()
{
    // The same settings file as the program's (QSettings of the application); kept alive by the
    // connection below until the dialog is gone.
    auto local = std::make_shared<LocalSettings>();
    auto* dialog = new SettingsDialog(local.get(), m_db, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, local] {
        statusBar()->showMessage(dialog->restartNeeded()
                ? tr("Pengaturan disimpan. Bahasa dan database yang baru dipakai setelah Karier ASN dimulai "
                     "ulang.")
                : tr("Pengaturan disimpan."),
            10000);
    });
    // After a restore every page shows the replaced data and the session may not exist any more: the
    // program ends, said first.
    connect(dialog, &SettingsDialog::databaseRestored, this, [this] {
        Interaction::current().inform(this, tr("Database dipulihkan"),
            tr("Database telah dipulihkan dari cadangan. Karier ASN ditutup sekarang; buka kembali untuk "
               "memakai data hasil pemulihan."),
            tr("Tutup Karier ASN"));
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    });
    dialog->open();
}

void MainWindow::openAbout()
{
    auto* dialog = new AboutDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::requestLogout()
{
    if (Confirm::ask(this, tr("Apakah anda yakin ingin keluar?"), {}, {}, tr("Keluar")))
        Q_EMIT logoutRequested();
}

} // namespace karier
