// SPDX-License-Identifier: GPL-3.0-or-later
#include "login/LoginDialog.h"

#include "common/Async.h"
#include "common/DialogStyle.h"
#include "domain/Nip.h"
#include "login/LoginParts.h"
#include "settings/LocalSettings.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"
#include "widgets/QrCodeWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace karier {

using DialogStyle::makeButton;
using DialogStyle::makeHeading;
using DialogStyle::makeLabel;
using LoginParts::buttonRow;
using LoginParts::groupedInFours;
using LoginParts::makeCodeEdit;
using LoginParts::setCurrentPage;
using LoginParts::withoutSpaces;

namespace {

constexpr int DialogWidth = 480;

} // namespace

LoginDialog::LoginDialog(std::shared_ptr<Database> db, LocalSettings* settings, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_settings(settings)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Masuk — Karier ASN"));

    QFrame* header = DialogStyle::makeHeader(tr("Karier ASN"), 1.7, tr("Pemerintah Kota Surakarta"), this);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("loginBanner"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("loginPages"));
    m_credentialsPage = createCredentialsPage();
    // The code pages are built when first needed: the login window must appear fast.
    m_pages->addWidget(m_credentialsPage);

    m_databaseLabel = makeLabel(QString(), "hint", this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    QFont small = m_databaseLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_databaseLabel->setFont(small);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The body has a fixed width; the dialog takes exactly the height the visible page needs.
    auto* bodyWidget = new QWidget(this);
    bodyWidget->setObjectName(QStringLiteral("loginBody"));
    bodyWidget->setFixedWidth(DialogWidth);
    auto* body = new QVBoxLayout(bodyWidget);
    body->setContentsMargins(28, 20, 28, 16);
    body->setSpacing(14);
    body->addWidget(m_banner);
    body->addWidget(m_pages);
    body->addSpacing(4);
    auto* foot = new QHBoxLayout;
    foot->setSpacing(8);
    foot->addWidget(m_databaseLabel, 1);
    if (m_settings) {
        // Before anyone can log in, the database of this workstation may need setting (Pengaturan).
        auto* settingsButton = new QPushButton(tr("Pengaturan…"), this);
        settingsButton->setObjectName(QStringLiteral("loginSettingsButton"));
        settingsButton->setFlat(true);
        settingsButton->setCursor(Qt::PointingHandCursor);
        settingsButton->setAutoDefault(false);
        settingsButton->setFont(small);
        settingsButton->setProperty("link", true);
        connect(settingsButton, &QPushButton::clicked, this, [this] {
            auto* dialog = new SettingsDialog(m_settings, m_db, std::nullopt, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog] {
                if (dialog->restartNeeded())
                    m_banner->showInfo(tr("Pengaturan disimpan. Mulai ulang Karier ASN untuk memakai "
                                          "database atau bahasa yang baru."));
            });
            dialog->open();
        });
        foot->addWidget(settingsButton, 0, Qt::AlignTop);
    }
    body->addLayout(foot);

    LoginParts::layOutDialog(this, header, bodyWidget);

    m_lockTimer = new QTimer(this);
    m_lockTimer->setInterval(1000);
    connect(m_lockTimer, &QTimer::timeout, this, &LoginDialog::tickLockCountdown);

    if (m_settings) {
        const QString lastNip = m_settings->lastNip();
        if (!lastNip.isEmpty())
            m_nipEdit->setText(Nip::groupedOrAsIs(lastNip));
    }
    showPage(Page::Credentials);
    if (m_db)
        setDatabase(m_db);
    else
        updateUi();
}

LoginDialog::~LoginDialog()
{
    if (m_busy)
        QApplication::restoreOverrideCursor();
}

void LoginDialog::keyPressEvent(QKeyEvent* event)
{
    // Escape on the code pages goes back to NIP and password instead of closing the program.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier
        && currentPage() != Page::Credentials) {
        backToCredentials();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

QWidget* LoginDialog::createCredentialsPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("credentialsPage"));

    auto* nipLabel = new QLabel(tr("NIP"), page);
    m_nipEdit = new QLineEdit(page);
    m_nipEdit->setObjectName(QStringLiteral("nipEdit"));
    m_nipEdit->setPlaceholderText(tr("18 digit, contoh 19860926 201505 1 001"));
    m_nipEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,24}")), m_nipEdit));
    m_nipEdit->setMaxLength(24);
    m_nipEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    m_nipEdit->setClearButtonEnabled(true);
    nipLabel->setBuddy(m_nipEdit);
    connect(m_nipEdit, &QLineEdit::editingFinished, this,
        [this] { m_nipEdit->setText(Nip::groupedOrAsIs(m_nipEdit->text())); });

    auto* passwordLabel = new QLabel(tr("Kata Sandi"), page);
    m_passwordEdit = new QLineEdit(page);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    passwordLabel->setBuddy(m_passwordEdit);

    m_showPassword = new QCheckBox(tr("Tampilkan kata sandi"), page);
    m_showPassword->setObjectName(QStringLiteral("showPasswordCheck"));
    connect(m_showPassword, &QCheckBox::toggled, this,
        [this](bool shown) { m_passwordEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });

    auto* help = makeLabel(tr("Lupa kata sandi atau ganti ponsel? Hubungi Admin BKPSDM."), "hint", page);
    help->setObjectName(QStringLiteral("loginHelp"));

    m_closeButton = makeButton(tr("Tutup"), QStringLiteral("closeButton"), false, page);
    m_loginButton = makeButton(tr("Masuk"), QStringLiteral("loginButton"), true, page);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::submitCredentials);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(makeHeading(tr("Masuk ke akun Anda"), page));
    layout->addWidget(makeLabel(
        tr("Gunakan NIP sebagai nama pengguna dan kata sandi akun Karier ASN Anda."), "hint", page));
    layout->addSpacing(10);
    layout->addWidget(nipLabel);
    layout->addWidget(m_nipEdit);
    layout->addSpacing(8);
    layout->addWidget(passwordLabel);
    layout->addWidget(m_passwordEdit);
    layout->addWidget(m_showPassword);
    layout->addSpacing(16);
    layout->addLayout(buttonRow(m_closeButton, m_loginButton));
    layout->addSpacing(10);
    layout->addWidget(help);
    return page;
}

QWidget* LoginDialog::pageWidget(Page page)
{
    switch (page) {
    case Page::Credentials:
        return m_credentialsPage;
    case Page::Otp:
        if (!m_otpPage) {
            m_otpPage = createOtpPage();
            m_pages->addWidget(m_otpPage);
        }
        return m_otpPage;
    case Page::Enrolment:
        if (!m_enrolmentPage) {
            m_enrolmentPage = createEnrolmentPage();
            m_pages->addWidget(m_enrolmentPage);
        }
        return m_enrolmentPage;
    }
    return m_credentialsPage;
}

QWidget* LoginDialog::createOtpPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("otpPage"));

    m_otpEdit = makeCodeEdit(QStringLiteral("otpEdit"), page);
    m_otpEdit->setAccessibleName(tr("Kode OTP"));
    m_otpBackButton = makeButton(tr("Kembali"), QStringLiteral("otpBackButton"), false, page);
    m_verifyButton = makeButton(tr("Verifikasi"), QStringLiteral("verifyButton"), true, page);
    connect(m_otpBackButton, &QPushButton::clicked, this, &LoginDialog::backToCredentials);
    connect(m_verifyButton, &QPushButton::clicked, this, &LoginDialog::submitOtp);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(makeHeading(tr("Kode OTP"), page));
    layout->addWidget(makeLabel(tr("Masukkan 6 digit kode dari aplikasi autentikator Anda."), "hint", page));
    layout->addSpacing(14);
    layout->addWidget(m_otpEdit, 0, Qt::AlignHCenter);
    auto* note = makeLabel(
        tr("Kode berganti setiap 30 detik. Pastikan jam di ponsel dan komputer sudah tepat."), "hint", page);
    note->setAlignment(Qt::AlignHCenter);
    layout->addSpacing(4);
    layout->addWidget(note);
    layout->addSpacing(16);
    layout->addLayout(buttonRow(m_otpBackButton, m_verifyButton));
    return page;
}

QWidget* LoginDialog::createEnrolmentPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("enrolmentPage"));

    auto* steps = makeLabel(
        tr("<ol style=\"margin-left:-20px\">"
           "<li>Pasang aplikasi autentikator di ponsel Anda, misalnya Google Authenticator, Microsoft "
           "Authenticator, atau FreeOTP.</li>"
           "<li>Di aplikasi itu pilih tambah akun (+), lalu pindai kode QR di bawah ini.</li>"
           "<li>Masukkan 6 digit kode yang muncul di aplikasi, lalu klik <b>Aktifkan dan Masuk</b>.</li>"
           "</ol>"),
        "hint", page);
    steps->setObjectName(QStringLiteral("enrolmentSteps"));
    steps->setTextFormat(Qt::RichText);

    m_qrCode = new QrCodeWidget(page);
    m_qrCode->setFixedSize(QrCodeWidget::MinimumExtent, QrCodeWidget::MinimumExtent);

    auto* manual = makeLabel(tr("Tidak bisa memindai? Pilih \"masukkan kunci penyiapan\" di aplikasi, jenis "
                                "berbasis waktu, lalu ketik kunci ini:"),
        "hint", page);
    m_secretLabel = new QLabel(page);
    m_secretLabel->setObjectName(QStringLiteral("enrolmentSecretLabel"));
    m_secretLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 1.1);
    mono.setBold(true);
    m_secretLabel->setFont(mono);
    m_copySecretButton = makeButton(tr("Salin Kunci"), QStringLiteral("copySecretButton"), false, page);
    connect(m_copySecretButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(withoutSpaces(m_secretLabel->text()));
        showMessage(MessageBanner::Kind::Info, tr("Kunci penyiapan disalin."));
    });

    auto* side = new QVBoxLayout;
    side->setSpacing(8);
    side->addWidget(manual);
    side->addWidget(m_secretLabel);
    side->addWidget(m_copySecretButton, 0, Qt::AlignLeft);
    side->addStretch(1);

    auto* codeRow = new QHBoxLayout;
    codeRow->setSpacing(16);
    codeRow->addWidget(m_qrCode, 0, Qt::AlignTop);
    codeRow->addLayout(side, 1);

    auto* codeLabel = new QLabel(tr("Kode dari aplikasi"), page);
    m_enrolmentCodeEdit = makeCodeEdit(QStringLiteral("enrolmentCodeEdit"), page);
    m_enrolmentCodeEdit->setAccessibleName(tr("Kode dari aplikasi autentikator"));
    codeLabel->setBuddy(m_enrolmentCodeEdit);

    m_enrolmentBackButton = makeButton(tr("Kembali"), QStringLiteral("enrolmentBackButton"), false, page);
    m_enrolButton = makeButton(tr("Aktifkan dan Masuk"), QStringLiteral("enrolButton"), true, page);
    connect(m_enrolmentBackButton, &QPushButton::clicked, this, &LoginDialog::backToCredentials);
    connect(m_enrolButton, &QPushButton::clicked, this, &LoginDialog::submitEnrolment);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(makeHeading(tr("Aktifkan kode OTP"), page));
    layout->addWidget(
        makeLabel(tr("Akun Anda wajib memakai kode OTP dari aplikasi autentikator. Penyiapan ini "
                     "cukup dilakukan sekali."),
            "hint", page));
    layout->addWidget(steps);
    layout->addLayout(codeRow);
    layout->addSpacing(10);
    layout->addWidget(codeLabel);
    layout->addWidget(m_enrolmentCodeEdit);
    layout->addSpacing(16);
    layout->addLayout(buttonRow(m_enrolmentBackButton, m_enrolButton));
    return page;
}

LoginDialog::Page LoginDialog::currentPage() const
{
    QWidget* current = m_pages->currentWidget();
    if (current && current == m_otpPage)
        return Page::Otp;
    if (current && current == m_enrolmentPage)
        return Page::Enrolment;
    return Page::Credentials;
}

void LoginDialog::showPage(Page page)
{
    setCurrentPage(m_pages, pageWidget(page));
    QPushButton* primary = page == Page::Otp ? m_verifyButton
        : page == Page::Enrolment            ? m_enrolButton
                                             : m_loginButton;
    primary->setDefault(true);
    switch (page) {
    case Page::Credentials:
        if (m_nipEdit->text().isEmpty())
            m_nipEdit->setFocus();
        else
            m_passwordEdit->setFocus();
        break;
    case Page::Otp:
        m_otpEdit->setFocus();
        break;
    case Page::Enrolment:
        m_enrolmentCodeEdit->setFocus();
        break;
    }
    updateUi();
}

void LoginDialog::updateUi()
{
    const bool ready = (m_db || m_server) && m_databaseError.isEmpty();
    const bool canSubmit = ready && !m_busy && m_lockRemaining == 0;

    QString primaryText;
    if (m_busy) {
        primaryText = tr("Memeriksa…");
    } else if (m_lockRemaining > 0) {
        primaryText = m_lockRemaining >= 60
            ? tr("Tunggu %1:%2").arg(m_lockRemaining / 60).arg(m_lockRemaining % 60, 2, 10, QLatin1Char('0'))
            : tr("Tunggu %1 detik").arg(m_lockRemaining);
    }
    m_loginButton->setText(primaryText.isEmpty() ? tr("Masuk") : primaryText);
    m_loginButton->setEnabled(canSubmit);
    m_nipEdit->setEnabled(!m_busy);
    m_passwordEdit->setEnabled(!m_busy);
    m_showPassword->setEnabled(!m_busy);
    if (m_otpPage) {
        m_verifyButton->setText(primaryText.isEmpty() ? tr("Verifikasi") : primaryText);
        m_verifyButton->setEnabled(canSubmit);
        m_otpEdit->setEnabled(!m_busy);
        m_otpBackButton->setEnabled(!m_busy);
    }
    if (m_enrolmentPage) {
        m_enrolButton->setText(primaryText.isEmpty() ? tr("Aktifkan dan Masuk") : primaryText);
        m_enrolButton->setEnabled(canSubmit);
        m_enrolmentCodeEdit->setEnabled(!m_busy);
        m_enrolmentBackButton->setEnabled(!m_busy);
    }

    if (!m_databaseError.isEmpty())
        m_databaseLabel->setText(tr("Database tidak dapat dibuka."));
    else if (m_server)
        m_databaseLabel->setText(tr("Server bersama: %1").arg(m_server->displayName()));
    else if (!m_db)
        m_databaseLabel->setText(tr("Menghubungkan ke database…"));
    else
        m_databaseLabel->setText(tr("Database: %1").arg(m_db->url().displayName()));
    m_loginButton->setToolTip(
        !ready && m_databaseError.isEmpty() ? tr("Menghubungkan ke database…") : QString());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
    updateUi();
}

void LoginDialog::setDatabase(std::shared_ptr<Database> db)
{
    m_db = std::move(db);
    m_databaseError.clear();
    updateUi();
}

void LoginDialog::setServer(const DatabaseUrl& server)
{
    m_server = server;
    m_server->user.clear(); // each person's own login, at Masuk
    m_server->password.clear();
    m_db.reset();
    m_databaseError.clear();
    updateUi();
}

void LoginDialog::dropPersonConnection()
{
    if (!m_server || !m_db)
        return;
    // Queued on the connection's own worker, which keeps the Database alive until it has run.
    m_db->post([db = m_db] { (void)AuthService(db).endServerSession(); });
    m_db.reset();
}

void LoginDialog::setDatabaseError(const QString& message)
{
    m_databaseError = message.isEmpty() ? tr("Database tidak dapat dibuka.") : message;
    m_banner->showError(m_databaseError);
    updateUi();
}

void LoginDialog::setNip(const QString& nip)
{
    m_nipEdit->setText(Nip::groupedOrAsIs(nip));
    if (currentPage() == Page::Credentials)
        m_passwordEdit->setFocus();
}

void LoginDialog::showMessage(MessageBanner::Kind kind, const QString& text)
{
    m_banner->showMessage(kind, text);
}

void LoginDialog::reset()
{
    m_session.reset();
    m_pending.reset();
    dropPersonConnection();
    m_passwordEdit->clear();
    m_showPassword->setChecked(false);
    clearCodes();
    if (m_databaseError.isEmpty())
        m_banner->clear();
    setResult(0);
    showPage(Page::Credentials);
}

void LoginDialog::clearCodes()
{
    if (m_otpPage)
        m_otpEdit->clear();
    if (m_enrolmentPage) {
        m_enrolmentCodeEdit->clear();
        m_qrCode->clear();
        m_secretLabel->clear();
    }
}

void LoginDialog::submitCredentials()
{
    if (m_busy || (!m_db && !m_server) || !m_databaseError.isEmpty() || m_lockRemaining > 0)
        return;
    const QString nip = withoutSpaces(m_nipEdit->text());
    const QString password = m_passwordEdit->text();
    if (nip.isEmpty()) {
        showMessage(MessageBanner::Kind::Error, tr("Masukkan NIP Anda."));
        m_nipEdit->setFocus();
        return;
    }
    if (nip.size() != 18) {
        showMessage(MessageBanner::Kind::Error,
            tr("NIP terdiri dari 18 digit; yang Anda ketik %1 digit.").arg(nip.size()));
        m_nipEdit->setFocus();
        return;
    }
    if (password.isEmpty()) {
        showMessage(MessageBanner::Kind::Error, tr("Masukkan kata sandi Anda."));
        m_passwordEdit->setFocus();
        return;
    }
    m_banner->clear();
    setBusy(true);
    if (m_server) {
        // The server checks the password: connecting as the person is the check (network, off the GUI).
        dropPersonConnection();
        runCpu(
            this,
            [server = *m_server, nip, password] { return AuthService::loginToServer(server, nip, password); },
            [this](AuthService::Outcome outcome) {
                setBusy(false);
                if (outcome.database)
                    m_db = outcome.database;
                handleOutcome(outcome);
            });
        return;
    }
    runDb(
        m_db, this, [db = m_db, nip, password] { return AuthService(db).login(nip, password); },
        [this](AuthService::Outcome outcome) {
            setBusy(false);
            handleOutcome(outcome);
        });
}

void LoginDialog::submitOtp()
{
    if (m_busy || !m_db || !m_pending || m_lockRemaining > 0 || !m_otpPage)
        return;
    const QString code = withoutSpaces(m_otpEdit->text());
    if (code.size() != 6) {
        showMessage(MessageBanner::Kind::Error, tr("Kode OTP terdiri dari 6 digit."));
        m_otpEdit->setFocus();
        return;
    }
    m_banner->clear();
    setBusy(true);
    runDb(
        m_db, this,
        [db = m_db, pending = m_pending, code] { return AuthService(db).verifyOtp(*pending, code); },
        [this](AuthService::Outcome outcome) {
            setBusy(false);
            handleOutcome(outcome);
        });
}

void LoginDialog::submitEnrolment()
{
    if (m_busy || !m_db || !m_pending || m_lockRemaining > 0 || !m_enrolmentPage)
        return;
    const QString code = withoutSpaces(m_enrolmentCodeEdit->text());
    if (code.size() != 6) {
        showMessage(
            MessageBanner::Kind::Error, tr("Masukkan 6 digit kode yang tampil di aplikasi autentikator."));
        m_enrolmentCodeEdit->setFocus();
        return;
    }
    m_banner->clear();
    setBusy(true);
    runDb(
        m_db, this,
        [db = m_db, pending = m_pending, code] { return AuthService(db).confirmEnrolment(*pending, code); },
        [this](AuthService::Outcome outcome) {
            setBusy(false);
            handleOutcome(outcome);
        });
}

void LoginDialog::backToCredentials()
{
    if (m_busy)
        return;
    m_pending.reset();
    dropPersonConnection();
    m_passwordEdit->clear();
    clearCodes();
    m_banner->clear();
    showPage(Page::Credentials);
}

void LoginDialog::handleOutcome(const AuthService::Outcome& outcome)
{
    using Kind = AuthService::Outcome::Kind;
    switch (outcome.kind) {
    case Kind::LoggedIn:
        m_session = outcome.session;
        m_pending.reset();
        if (m_settings && m_session) {
            m_settings->setLastNip(m_session->nip);
            m_settings->sync();
        }
        m_passwordEdit->clear();
        accept();
        return;
    case Kind::NeedOtp:
        m_pending = outcome.pending;
        pageWidget(Page::Otp);
        m_otpEdit->clear();
        m_banner->clear();
        showPage(Page::Otp);
        return;
    case Kind::NeedEnrolment: {
        m_pending = outcome.pending;
        pageWidget(Page::Enrolment);
        m_enrolmentCodeEdit->clear();
        const bool encoded = m_qrCode->setText(outcome.provisioningUri.toUtf8());
        m_qrCode->setFixedSize(m_qrCode->sizeHint());
        if (!encoded)
            showMessage(MessageBanner::Kind::Warning,
                tr("Kode QR tidak dapat dibuat. Ketik kunci penyiapan secara manual."));
        else
            m_banner->clear();
        m_secretLabel->setText(groupedInFours(outcome.enrolmentSecret, 4));
        showPage(Page::Enrolment);
        return;
    }
    case Kind::Locked:
        showMessage(MessageBanner::Kind::Error, outcome.message);
        startLockCountdown(outcome.waitSeconds);
        break;
    case Kind::Failed:
    case Kind::Error:
        showMessage(
            MessageBanner::Kind::Error, outcome.message.isEmpty() ? tr("Gagal masuk.") : outcome.message);
        break;
    }

    // Still on the same page: let the user try again.
    const Page page = currentPage();
    if (page != Page::Credentials && m_pending && m_pending->expiresAt() < QDateTime::currentDateTimeUtc()) {
        // The code was asked for too long ago: start over with NIP and password.
        m_pending.reset();
        dropPersonConnection();
        m_passwordEdit->clear();
        showPage(Page::Credentials);
        return;
    }
    switch (page) {
    case Page::Credentials:
        m_passwordEdit->clear();
        m_passwordEdit->setFocus();
        break;
    case Page::Otp:
        m_otpEdit->clear();
        m_otpEdit->setFocus();
        break;
    case Page::Enrolment:
        m_enrolmentCodeEdit->clear();
        m_enrolmentCodeEdit->setFocus();
        break;
    }
}

void LoginDialog::startLockCountdown(int seconds)
{
    m_lockRemaining = std::max(1, seconds);
    m_lockTimer->start();
    updateUi();
}

void LoginDialog::tickLockCountdown()
{
    if (--m_lockRemaining <= 0) {
        m_lockRemaining = 0;
        m_lockTimer->stop();
        showMessage(MessageBanner::Kind::Info, tr("Silakan coba lagi."));
    }
    updateUi();
}

} // namespace karier
