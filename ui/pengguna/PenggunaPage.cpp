// SPDX-License-Identifier: GPL-3.0-or-later
#include "pengguna/PenggunaPage.h"

#include "auth/AccountAdmin.h"
#include "common/Async.h"
#include "common/Confirm.h"
#include "common/PageStyle.h"
#include "domain/Nip.h"
#include "pengguna/AccountDialog.h"
#include "pengguna/PenggunaListModel.h"
#include "widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace karier {

namespace {

constexpr int SearchDelayMs = 300;
constexpr int RowHeight = 38;
constexpr int MinimumRows = 6;

} // namespace

using PageStyle::makeLabel;

PenggunaPage::PenggunaPage(std::shared_ptr<Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("penggunaPage"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);

    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("penggunaContent"));
    auto* title = makeLabel(tr("Pengguna"), "pageTitle", content, 1.6, true);
    auto* subtitle
        = makeLabel(tr("Akun pegawai yang dapat masuk ke Karier ASN: peran, Perangkat Daerah yang "
                       "dikelola, kode OTP, dan kunci login. Setiap perubahan dicatat atas nama Anda."),
            "hint", content);
    m_banner = new MessageBanner(content);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 20, 20, 20);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_banner);
    layout->addWidget(createList());
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("penggunaScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_model->reload();
}

PenggunaPage::~PenggunaPage() = default;

void PenggunaPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Shown again: accounts changed meanwhile (another Admin, karier-cli) are read afresh.
    if (m_shownOnce && !event->spontaneous()) {
        if (const AccountSummary* account = selected())
            m_selectAfterLoad = account->nip;
        m_model->reload();
    }
    m_shownOnce = true;
}

QWidget* PenggunaPage::createList()
{
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("listCard"));
    card->setProperty("card", true);
    auto* heading = makeLabel(tr("Daftar akun"), "cardTitle", card, 1.15, true);

    m_search = new QLineEdit(card);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("NIP atau nama"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_search->setAccessibleName(tr("Cari akun"));
    auto* add = new QPushButton(tr("&Tambah akun…"), card);
    add->setObjectName(QStringLiteral("addButton"));
    add->setProperty("primary", true);
    connect(add, &QPushButton::clicked, this, &PenggunaPage::addAccount);
    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    toolbar->addWidget(new QLabel(tr("Cari:"), card));
    toolbar->addWidget(m_search, 1);
    toolbar->addSpacing(12);
    toolbar->addWidget(add);

    m_model = new PenggunaListModel(m_db, m_session, this);
    m_table = new QTableView(card);
    m_table->setObjectName(QStringLiteral("penggunaTable"));
    m_table->setModel(m_model);
    PageStyle::setUpListTable(m_table, RowHeight);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setAccessibleName(tr("Daftar akun"));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(PenggunaListModel::NamaColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(56);
    m_table->setColumnWidth(PenggunaListModel::NipColumn, 165);
    m_table->setColumnWidth(PenggunaListModel::PeranColumn, 165);
    m_table->setColumnWidth(PenggunaListModel::UnitColumn, 170);
    m_table->setColumnWidth(PenggunaListModel::StatusColumn, 80);
    m_table->setColumnWidth(PenggunaListModel::OtpColumn, 95);
    m_table->setColumnWidth(PenggunaListModel::KunciColumn, 125);
    // Narrow windows: the code, the lockout, the unit, then the status make room for the names (the chosen
    // account's line below the list says all of them).
    PageStyle::hideColumnsWhenNarrow(m_table, PenggunaListModel::NamaColumn, 200,
        {PenggunaListModel::OtpColumn, PenggunaListModel::KunciColumn, PenggunaListModel::UnitColumn,
            PenggunaListModel::StatusColumn});
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &PenggunaPage::updateActions);

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

    m_selectedLabel = makeLabel(QString(), "hint", card);
    m_selectedLabel->setObjectName(QStringLiteral("selectedLabel"));
    const auto button = [card](const QString& text, const char* name) {
        auto* b = new QPushButton(text, card);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_roleButton = button(tr("Ubah &peran…"), "roleButton");
    m_activeButton = button(tr("Non&aktifkan"), "activeButton");
    m_passwordButton = button(tr("Atur ulang kata &sandi…"), "passwordButton");
    m_otpButton = button(tr("Atur ulang &OTP"), "otpButton");
    m_unlockButton = button(tr("&Buka kunci"), "unlockButton");
    connect(m_roleButton, &QPushButton::clicked, this, &PenggunaPage::changeRole);
    connect(m_activeButton, &QPushButton::clicked, this, &PenggunaPage::toggleActive);
    connect(m_passwordButton, &QPushButton::clicked, this, &PenggunaPage::resetPassword);
    connect(m_otpButton, &QPushButton::clicked, this, &PenggunaPage::resetOtp);
    connect(m_unlockButton, &QPushButton::clicked, this, &PenggunaPage::clearLockout);
    auto* actionsTop = new QHBoxLayout;
    actionsTop->setSpacing(8);
    actionsTop->addWidget(m_roleButton);
    actionsTop->addWidget(m_activeButton);
    actionsTop->addWidget(m_passwordButton);
    actionsTop->addStretch(1);
    auto* actionsBottom = new QHBoxLayout;
    actionsBottom->setSpacing(8);
    actionsBottom->addWidget(m_otpButton);
    actionsBottom->addWidget(m_unlockButton);
    actionsBottom->addStretch(1);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_previous, &QPushButton::clicked, m_model, &PenggunaListModel::previousPage);
    connect(m_next, &QPushButton::clicked, m_model, &PenggunaListModel::nextPage);
    connect(m_model, &PenggunaListModel::loaded, this, [this] {
        updatePaging();
        if (!m_selectAfterLoad.isEmpty()) {
            const int row = m_model->rowOf(m_selectAfterLoad);
            if (row >= 0)
                m_table->selectRow(row);
            m_selectAfterLoad.clear();
        }
        updateActions();
    });
    connect(m_model, &PenggunaListModel::loadFailed, this, [this](const QString& message) {
        m_banner->showError(message);
        updatePaging();
    });
    connect(m_model, &PenggunaListModel::loadingChanged, this, [this] { updatePaging(); });

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addLayout(toolbar);
    layout->addWidget(m_table);
    layout->addLayout(footer);
    layout->addWidget(m_selectedLabel);
    layout->addLayout(actionsTop);
    layout->addLayout(actionsBottom);
    updatePaging();
    updateActions();
    return card;
}

const AccountSummary* PenggunaPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->account(rows.constFirst().row());
}

void PenggunaPage::updatePaging()
{
    const int total = m_model->total();
    const int shown = m_model->rowCount();
    if (m_model->isLoading() && shown == 0)
        m_range->setText(tr("Memuat…"));
    else if (total == 0)
        m_range->setText(m_model->search().isEmpty()
                ? tr("Belum ada akun.")
                : tr("Tidak ada akun yang cocok dengan \"%1\".").arg(m_model->search()));
    else
        m_range->setText(tr("Menampilkan %1 sampai %2 dari %n akun", nullptr, total)
                             .arg(m_model->offset() + 1)
                             .arg(m_model->offset() + shown));
    m_previous->setEnabled(m_model->hasPreviousPage());
    m_next->setEnabled(m_model->hasNextPage());
    const int rows = std::max(shown, MinimumRows);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * RowHeight + 4);
}

void PenggunaPage::updateActions()
{
    const AccountSummary* account = selected();
    const bool own = account && account->nip == m_session.nip;
    const bool usable = account && !own && !m_busy;
    if (!account)
        m_selectedLabel->setText(tr("Pilih sebuah akun di daftar untuk mengubahnya."));
    else if (own)
        m_selectedLabel->setText(tr("%1 adalah akun Anda sendiri: peran dan statusnya tidak diubah di sini. "
                                    "Ganti kata sandi Anda lewat Ganti kata sandi di bawah menu.")
                                     .arg(account->name));
    else {
        QStringList facts {roleDisplayName(account->role)};
        if (account->role == Role::Pengelola)
            facts << tr("mengelola %1").arg(account->managedUnitName);
        facts << (account->active ? tr("aktif") : tr("nonaktif"))
              << (account->otpEnabled ? tr("kode OTP terdaftar") : tr("kode OTP belum didaftarkan"));
        if (account->mustChangePassword)
            facts << tr("kata sandi sementara");
        if (account->lockedUntil.isValid())
            facts << tr("login terkunci sampai %1")
                         .arg(QLocale().toString(
                             account->lockedUntil.toLocalTime(), QStringLiteral("dd-MM-yyyy HH:mm")));
        m_selectedLabel->setText(
            tr("Dipilih: %1 (%2): %3.")
                .arg(account->name, Nip::groupedOrAsIs(account->nip), facts.join(QStringLiteral(", "))));
    }
    m_roleButton->setEnabled(usable);
    m_activeButton->setEnabled(usable);
    m_activeButton->setText(account && !account->active ? tr("&Aktifkan") : tr("Non&aktifkan"));
    const bool danger = !(account && !account->active);
    if (m_activeButton->property("danger").toBool() != danger) {
        // A dynamic property the style sheet reads: polished again, or Aktifkan stays red.
        m_activeButton->setProperty("danger", danger);
        m_activeButton->style()->unpolish(m_activeButton);
        m_activeButton->style()->polish(m_activeButton);
    }
    m_passwordButton->setEnabled(usable);
    m_otpButton->setEnabled(usable);
    m_unlockButton->setEnabled(usable && account->lockedUntil.isValid());
}

void PenggunaPage::afterDialog(int result, const QString& message, const QString& nip)
{
    if (result != QDialog::Accepted) {
        Q_EMIT actionFinished(false);
        return;
    }
    m_banner->showSuccess(message);
    m_selectAfterLoad = nip;
    m_model->reload();
    Q_EMIT actionFinished(true);
}

void PenggunaPage::addAccount()
{
    auto* dialog = new AccountDialog(AccountDialog::Mode::Create, m_db, m_session, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
        [this, dialog](int result) { afterDialog(result, dialog->message(), dialog->nip()); });
    dialog->open();
}

void PenggunaPage::changeRole()
{
    const AccountSummary* account = selected();
    if (!account)
        return;
    auto* dialog = new AccountDialog(AccountDialog::Mode::ChangeRole, m_db, m_session, *account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
        [this, dialog](int result) { afterDialog(result, dialog->message(), dialog->nip()); });
    dialog->open();
}

void PenggunaPage::resetPassword()
{
    const AccountSummary* account = selected();
    if (!account)
        return;
    auto* dialog = new AccountDialog(AccountDialog::Mode::ResetPassword, m_db, m_session, *account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
        [this, dialog](int result) { afterDialog(result, dialog->message(), dialog->nip()); });
    dialog->open();
}

void PenggunaPage::act(
    const QString& question, const QString& yes, std::function<Status()> work, const QString& done)
{
    const AccountSummary* account = selected();
    if (!account || m_busy)
        return;
    if (!Confirm::ask(this, question, yes)) {
        Q_EMIT actionFinished(false);
        return;
    }
    m_busy = true;
    m_selectAfterLoad = account->nip;
    updateActions();
    runDb(m_db, this, std::move(work), [this, done](Status status) {
        m_busy = false;
        if (status)
            m_banner->showSuccess(done);
        else
            m_banner->showError(status.error().message);
        m_model->reload();
        Q_EMIT actionFinished(status.ok());
    });
}

void PenggunaPage::toggleActive()
{
    const AccountSummary* account = selected();
    if (!account)
        return;
    const bool activate = !account->active;
    const QString nip = account->nip;
    act(
        activate
            ? tr("Aktifkan kembali akun %1? Ia dapat masuk lagi dengan kata sandinya.").arg(account->name)
            : tr("Nonaktifkan akun %1? Ia tidak dapat masuk lagi; riwayat dan datanya tetap tersimpan.")
                  .arg(account->name),
        activate ? tr("Aktifkan") : tr("Nonaktifkan"),
        [db = m_db, admin = m_session, nip, activate] {
            return AccountAdmin(db).setActive(&admin, nip, activate);
        },
        activate ? tr("Akun %1 aktif kembali.").arg(account->name)
                 : tr("Akun %1 dinonaktifkan; riwayatnya tetap tersimpan.").arg(account->name));
}

void PenggunaPage::resetOtp()
{
    const AccountSummary* account = selected();
    if (!account)
        return;
    const QString nip = account->nip;
    act(
        tr("Atur ulang kode OTP %1? Aplikasi autentikator lamanya tidak berlaku lagi; saat masuk berikutnya "
           "ia "
           "memindai kode QR baru.")
            .arg(account->name),
        tr("Atur ulang"),
        [db = m_db, admin = m_session, nip] { return AccountAdmin(db).resetOtp(&admin, nip); },
        tr("Kode OTP %1 diatur ulang. Saat masuk berikutnya ia mendaftarkan aplikasi autentikator dengan "
           "kode QR.")
            .arg(account->name));
}

void PenggunaPage::clearLockout()
{
    const AccountSummary* account = selected();
    if (!account)
        return;
    const QString nip = account->nip;
    act(
        tr("Buka kunci login %1? Percobaan gagalnya dilupakan.").arg(account->name), tr("&Buka kunci"),
        [db = m_db, admin = m_session, nip] {
            const auto cleared = AccountAdmin(db).clearLockout(&admin, nip);
            return cleared ? Status() : Status(cleared.error());
        },
        tr("Kunci login %1 dibuka; ia dapat mencoba masuk lagi sekarang.").arg(account->name));
}

} // namespace karier
