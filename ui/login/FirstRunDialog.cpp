// SPDX-License-Identifier: GPL-3.0-or-later
#include "login/FirstRunDialog.h"

#include "auth/AuthService.h"
#include "common/Async.h"
#include "common/DialogStyle.h"
#include "domain/Nip.h"
#include "domain/Role.h"
#include "io/DemoSeeder.h"
#include "login/LoginParts.h"
#include "storage/Database.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QResizeEvent>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace karier {

using DialogStyle::makeButton;
using DialogStyle::makeHeading;
using DialogStyle::makeLabel;

namespace {

QLabel* makeFieldError(const QString& objectName, QWidget* parent)
{
    QLabel* label = makeLabel(QString(), "fieldError", parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->hide();
    return label;
}

void setFieldError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

/// Marks a field as left by the user once it loses the focus after an edit.
constexpr const char* TouchedProperty = "karierTouched";

} // namespace

FirstRunDialog::FirstRunDialog(std::shared_ptr<Database> db, QWidget* parent)
    : QDialog(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Mulai — Karier ASN"));

    QFrame* header = DialogStyle::makeHeader(
        tr("Selamat datang di Karier ASN"), 1.5, tr("Pemerintah Kota Surakarta"), this);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("firstRunBanner"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("firstRunPages"));
    m_choicePage = createChoicePage();
    m_workingPage = createWorkingPage();
    m_demoPage = createDemoPage();
    m_adminPage = createAdminPage();
    for (QWidget* page : {m_choicePage, m_workingPage, m_demoPage, m_adminPage})
        m_pages->addWidget(page);

    auto* bodyWidget = new QWidget(this);
    bodyWidget->setObjectName(QStringLiteral("firstRunBody"));
    bodyWidget->setMinimumWidth(600);
    auto* body = new QVBoxLayout(bodyWidget);
    body->setContentsMargins(28, 20, 28, 20);
    body->setSpacing(14);
    body->addWidget(m_banner);
    body->addWidget(m_pages);

    LoginParts::layOutDialog(this, header, bodyWidget);

    showPage(Page::Choice);
}

QWidget* FirstRunDialog::createChoicePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("choicePage"));

    m_demoButton = new QCommandLinkButton(tr("Buat data contoh"),
        tr("Isi database dengan unit kerja Pemerintah Kota Surakarta, ratusan pegawai contoh, dan tiga akun "
           "demo (ASN, Pengelola Kepegawaian, Admin BKPSDM) untuk mencoba aplikasi."),
        page);
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    m_adminButton = new QCommandLinkButton(tr("Buat akun admin"),
        tr("Mulai dengan data sebenarnya: buat akun Admin BKPSDM pertama, lalu tambahkan pegawai dan "
           "pengguna."),
        page);
    m_adminButton->setObjectName(QStringLiteral("adminButton"));
    connect(m_demoButton, &QCommandLinkButton::clicked, this, &FirstRunDialog::startDemo);
    connect(m_adminButton, &QCommandLinkButton::clicked, this, [this] {
        m_banner->clear();
        showPage(Page::Admin);
    });

    QString where;
    if (m_db)
        where = tr("Database: %1").arg(m_db->url().displayName());
    auto* database = makeLabel(where, "hint", page);
    database->setObjectName(QStringLiteral("databaseLabel"));
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* close = makeButton(tr("Tutup"), QStringLiteral("closeButton"), false, page);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(database, 1);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(makeLabel(tr("Database masih kosong. Pilih cara memulai:"), "heading", page));
    layout->addSpacing(4);
    layout->addWidget(m_demoButton);
    layout->addWidget(m_adminButton);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    return page;
}

QWidget* FirstRunDialog::createWorkingPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("workingPage"));
    m_workingLabel = makeLabel(QString(), "hint", page);
    m_workingLabel->setObjectName(QStringLiteral("workingLabel"));
    auto* progress = new QProgressBar(page);
    progress->setObjectName(QStringLiteral("workingProgress"));
    progress->setRange(0, 0);
    progress->setTextVisible(false);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(makeHeading(tr("Mohon tunggu…"), page));
    layout->addWidget(m_workingLabel);
    layout->addWidget(progress);
    layout->addStretch(1);
    return page;
}

QWidget* FirstRunDialog::createDemoPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("demoPage"));

    m_demoTable = new QTableWidget(0, 4, page);
    m_demoTable->setObjectName(QStringLiteral("demoAccountsTable"));
    m_demoTable->setHorizontalHeaderLabels({tr("Peran"), tr("NIP"), tr("Kata Sandi"), tr("Kunci OTP")});
    m_demoTable->verticalHeader()->hide();
    m_demoTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_demoTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_demoTable->setAlternatingRowColors(true);
    m_demoTable->setWordWrap(false);
    m_demoTable->verticalHeader()->setDefaultSectionSize(m_demoTable->fontMetrics().height() + 12);
    m_demoTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_demoTable->horizontalHeader()->setStretchLastSection(true);
    m_demoTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_demoTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* note = makeLabel(
        tr("Ini data contoh untuk mencoba aplikasi, bukan data pegawai sebenarnya. Akun dengan kunci OTP "
           "memerlukan aplikasi autentikator (Google Authenticator, Microsoft Authenticator, FreeOTP…): "
           "pilih "
           "\"masukkan kunci penyiapan\", jenis berbasis waktu, lalu ketik kuncinya. Catat data ini sebelum "
           "menutup jendela; daftar yang sama ada di README."),
        "hint", page);
    note->setObjectName(QStringLiteral("demoNote"));

    auto* copy = makeButton(tr("Salin ke Papan Klip"), QStringLiteral("copyDemoButton"), false, page);
    auto* next = makeButton(tr("Lanjut ke Halaman Masuk"), QStringLiteral("continueButton"), true, page);
    connect(copy, &QPushButton::clicked, this, &FirstRunDialog::copyDemoAccounts);
    connect(next, &QPushButton::clicked, this, &QDialog::accept);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(copy);
    buttons->addStretch(1);
    buttons->addWidget(next);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(makeHeading(tr("Akun demo"), page));
    layout->addWidget(m_demoTable);
    layout->addWidget(note);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    return page;
}

QWidget* FirstRunDialog::createAdminPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("adminPage"));

    m_nipEdit = new QLineEdit(page);
    m_nipEdit->setObjectName(QStringLiteral("adminNipEdit"));
    m_nipEdit->setPlaceholderText(tr("18 digit, contoh 19860926 201505 1 001"));
    m_nipEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,24}")), m_nipEdit));
    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setObjectName(QStringLiteral("adminNameEdit"));
    m_nameEdit->setPlaceholderText(tr("Nama lengkap dengan gelar"));
    m_passwordEdit = new QLineEdit(page);
    m_passwordEdit->setObjectName(QStringLiteral("adminPasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("Minimal %1 karakter").arg(AuthService::MinimumPasswordLength));
    m_repeatEdit = new QLineEdit(page);
    m_repeatEdit->setObjectName(QStringLiteral("adminPasswordRepeatEdit"));
    m_repeatEdit->setEchoMode(QLineEdit::Password);

    m_nipError = makeFieldError(QStringLiteral("adminNipError"), page);
    m_nameError = makeFieldError(QStringLiteral("adminNameError"), page);
    m_passwordError = makeFieldError(QStringLiteral("adminPasswordError"), page);
    m_repeatError = makeFieldError(QStringLiteral("adminRepeatError"), page);

    // Label | field, with the field's message right under it.
    auto* form = new QGridLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(10);
    form->setColumnStretch(1, 1);
    const auto addField = [&](const QString& label, QLineEdit* edit, QLabel* error) {
        const int row = form->rowCount();
        auto* name = new QLabel(label, page);
        name->setBuddy(edit);
        name->setMinimumHeight(edit->sizeHint().height());
        name->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        auto* field = new QVBoxLayout;
        field->setSpacing(3);
        field->addWidget(edit);
        field->addWidget(error);
        form->addWidget(name, row, 0, Qt::AlignTop);
        form->addLayout(field, row, 1);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (!edit->text().isEmpty())
                edit->setProperty(TouchedProperty, true);
            validateAdminForm(false);
        });
        connect(edit, &QLineEdit::textEdited, this, [this] { validateAdminForm(false); });
    };
    addField(tr("NIP"), m_nipEdit, m_nipError);
    addField(tr("Nama"), m_nameEdit, m_nameError);
    addField(tr("Kata Sandi"), m_passwordEdit, m_passwordError);
    addField(tr("Ulangi Kata Sandi"), m_repeatEdit, m_repeatError);

    m_adminBackButton = makeButton(tr("Kembali"), QStringLiteral("adminBackButton"), false, page);
    m_createAdminButton = makeButton(tr("Buat Akun Admin"), QStringLiteral("createAdminButton"), true, page);
    connect(m_adminBackButton, &QPushButton::clicked, this, [this] {
        m_banner->clear();
        showPage(Page::Choice);
    });
    connect(m_createAdminButton, &QPushButton::clicked, this, &FirstRunDialog::createAdmin);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_adminBackButton);
    buttons->addStretch(1);
    buttons->addWidget(m_createAdminButton);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(makeHeading(tr("Buat akun admin"), page));
    layout->addWidget(
        makeLabel(tr("Akun ini berperan sebagai Admin BKPSDM: mengelola pegawai, unit kerja, dan "
                     "pengguna, serta memverifikasi usulan. Saat masuk pertama kali Anda akan "
                     "diminta mengaktifkan kode OTP."),
            "hint", page));
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    return page;
}

void FirstRunDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    // The dialog grows for the table of demo accounts: keep it centred where it was.
    const QSize old = event->oldSize();
    if (isVisible() && old.isValid() && old.width() != event->size().width())
        move(x() - (event->size().width() - old.width()) / 2, y());
}

FirstRunDialog::Page FirstRunDialog::currentPage() const
{
    QWidget* current = m_pages->currentWidget();
    if (current == m_workingPage)
        return Page::Working;
    if (current == m_demoPage)
        return Page::DemoAccounts;
    if (current == m_adminPage)
        return Page::Admin;
    return Page::Choice;
}

void FirstRunDialog::showPage(Page page)
{
    QWidget* target = page == Page::Working ? m_workingPage
        : page == Page::DemoAccounts        ? m_demoPage
        : page == Page::Admin               ? m_adminPage
                                            : m_choicePage;
    LoginParts::setCurrentPage(m_pages, target);
    switch (page) {
    case Page::Choice:
        m_demoButton->setFocus();
        break;
    case Page::Admin:
        m_createAdminButton->setDefault(true);
        m_nipEdit->setFocus();
        break;
    case Page::DemoAccounts:
        if (auto* next = m_demoPage->findChild<QPushButton*>(QStringLiteral("continueButton"))) {
            next->setDefault(true);
            next->setFocus();
        }
        break;
    case Page::Working:
        break;
    }
}

void FirstRunDialog::startDemo()
{
    if (m_busy || !m_db)
        return;
    m_busy = true;
    m_banner->clear();
    m_workingLabel->setText(
        tr("Membuat data contoh: unit kerja Pemerintah Kota Surakarta, pegawai contoh, dan "
           "tiga akun demo. Ini memerlukan beberapa detik."));
    showPage(Page::Working);
    runDb(
        m_db, this,
        [db = m_db]() -> Result<DemoSeeder::Summary> {
            auto summary = DemoSeeder::seedDemo(db);
            if (!summary)
                return summary;
            if (auto submissions = DemoSeeder::seedDemoSubmissions(db); !submissions)
                return submissions.error();
            return summary;
        },
        [this](Result<DemoSeeder::Summary> result) {
            m_busy = false;
            if (!result) {
                m_banner->showError(result.error().message);
                showPage(Page::Choice);
                return;
            }
            m_demoCreated = true;
            m_banner->showSuccess(tr("Data contoh berhasil dibuat: %1 unit kerja, %2 pegawai, dan %3 akun.")
                                      .arg(result->units)
                                      .arg(result->employees)
                                      .arg(result->accounts));
            showDemoAccounts();
        });
}

void FirstRunDialog::showDemoAccounts()
{
    const QList<DemoSeeder::DemoAccount> accounts = DemoSeeder::demoAccounts();
    m_demoTable->setRowCount(int(accounts.size()));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int row = 0; row < int(accounts.size()); ++row) {
        const DemoSeeder::DemoAccount& account = accounts.at(row);
        const auto role = roleFromCode(account.role);
        const QStringList cells = {
            role ? roleDisplayName(*role) : account.role,
            Nip::groupedOrAsIs(account.nip),
            account.password,
            account.otpSecretBase32.isEmpty() ? tr("— (tanpa OTP)")
                                              : LoginParts::groupedInFours(account.otpSecretBase32),
        };
        for (int column = 0; column < int(cells.size()); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column > 0 && !(column == 3 && account.otpSecretBase32.isEmpty()))
                item->setFont(mono);
            m_demoTable->setItem(row, column, item);
        }
    }
    m_demoTable->resizeColumnsToContents();
    for (int column = 0; column < m_demoTable->columnCount(); ++column)
        m_demoTable->setColumnWidth(column, m_demoTable->columnWidth(column) + 16);
    int width = 2 * m_demoTable->frameWidth();
    for (int column = 0; column < m_demoTable->columnCount(); ++column)
        width += m_demoTable->columnWidth(column);
    int height = 2 * m_demoTable->frameWidth() + m_demoTable->horizontalHeader()->height();
    for (int row = 0; row < m_demoTable->rowCount(); ++row)
        height += m_demoTable->rowHeight(row);
    m_demoTable->setMinimumWidth(width + 4);
    m_demoTable->setFixedHeight(height + 2);
    showPage(Page::DemoAccounts);
}

void FirstRunDialog::copyDemoAccounts()
{
    QStringList lines;
    lines << QStringList {tr("Peran"), tr("NIP"), tr("Kata Sandi"), tr("Kunci OTP")}.join(QLatin1Char('\t'));
    for (int row = 0; row < m_demoTable->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_demoTable->columnCount(); ++column)
            cells << m_demoTable->item(row, column)->text();
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    m_banner->showInfo(tr("Daftar akun demo disalin ke papan klip."));
}

bool FirstRunDialog::validateAdminForm(bool all)
{
    const auto shown = [all](QLineEdit* edit) { return all || edit->property(TouchedProperty).toBool(); };

    QString nipError;
    const QString nipText = m_nipEdit->text().trimmed();
    if (nipText.isEmpty()) {
        nipError = tr("NIP wajib diisi.");
    } else if (auto nip = Nip::parse(nipText); !nip) {
        nipError = nip.error().message;
    }
    QString nameError;
    if (m_nameEdit->text().trimmed().isEmpty())
        nameError = tr("Nama wajib diisi.");
    else if (m_nameEdit->text().trimmed().size() < 3)
        nameError = tr("Nama terlalu pendek.");
    QString passwordError;
    if (m_passwordEdit->text().isEmpty())
        passwordError = tr("Kata sandi wajib diisi.");
    else
        passwordError = AuthService::checkPasswordStrength(
            m_passwordEdit->text(), {m_nipEdit->text(), m_nameEdit->text().trimmed()});
    QString repeatError;
    if (m_repeatEdit->text().isEmpty())
        repeatError = tr("Ketik kata sandi sekali lagi.");
    else if (m_repeatEdit->text() != m_passwordEdit->text())
        repeatError = tr("Kata sandi tidak sama.");

    setFieldError(m_nipError, shown(m_nipEdit) ? nipError : QString());
    setFieldError(m_nameError, shown(m_nameEdit) ? nameError : QString());
    setFieldError(m_passwordError, shown(m_passwordEdit) ? passwordError : QString());
    // A mismatch shows as soon as the second field has as many characters as the first.
    const bool repeatShown = shown(m_repeatEdit)
        || (!m_repeatEdit->text().isEmpty() && m_repeatEdit->text().size() >= m_passwordEdit->text().size());
    setFieldError(m_repeatError, repeatShown ? repeatError : QString());
    return nipError.isEmpty() && nameError.isEmpty() && passwordError.isEmpty() && repeatError.isEmpty();
}

void FirstRunDialog::createAdmin()
{
    if (m_busy || !m_db)
        return;
    m_adminSubmitted = true;
    for (QLineEdit* edit : {m_nipEdit, m_nameEdit, m_passwordEdit, m_repeatEdit})
        edit->setProperty(TouchedProperty, true);
    if (!validateAdminForm(true)) {
        const std::pair<QLineEdit*, QLabel*> fields[] = {{m_nipEdit, m_nipError}, {m_nameEdit, m_nameError},
            {m_passwordEdit, m_passwordError}, {m_repeatEdit, m_repeatError}};
        for (const auto& [edit, error] : fields) {
            if (!error->text().isEmpty()) {
                edit->setFocus();
                break;
            }
        }
        return;
    }
    const QString nip = Nip::parse(m_nipEdit->text())->digits();
    const QString name = m_nameEdit->text().trimmed();
    const QString password = m_passwordEdit->text();
    m_busy = true;
    m_banner->clear();
    m_createAdminButton->setText(tr("Membuat akun…"));
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_nipEdit, m_nameEdit, m_passwordEdit, m_repeatEdit, m_createAdminButton, m_adminBackButton})
        w->setEnabled(false);
    runDb(
        m_db, this,
        [db = m_db, nip, name, password] { return DemoSeeder::createFirstAdmin(db, nip, name, password); },
        [this, nip](Result<DemoSeeder::Summary> result) {
            m_busy = false;
            m_createAdminButton->setText(tr("Buat Akun Admin"));
            for (QWidget* w : std::initializer_list<QWidget*> {m_nipEdit, m_nameEdit, m_passwordEdit,
                     m_repeatEdit, m_createAdminButton, m_adminBackButton})
                w->setEnabled(true);
            if (!result) {
                m_banner->showError(result.error().message);
                return;
            }
            m_createdNip = nip;
            accept();
        });
}

} // namespace karier
