// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsDialog.h"

#include "common/Async.h"
#include "common/DialogStyle.h"
#include "common/Interaction.h"
#include "documents/PdfInspector.h"
#include "settings/LocalSettings.h"
#include "storage/Database.h"
#include "storage/SqliteBackup.h"
#include "widgets/MessageBanner.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <functional>

namespace karier {

using DialogStyle::makeButton;
using DialogStyle::makeLabel;

namespace {

constexpr double BytesPerMb = 1024.0 * 1024.0;

/// The dialog's body: as tall as its content, but never so tall that the window leaves the screen
/// (the PostgreSQL fields with a connection message and the Admin's limits pass 768 px); then it
/// scrolls, while the header and Batal/Simpan stay in view.
class FittingScrollArea : public QScrollArea
{
public:
    /// \a reserved: the height of what the window holds besides this area (header, footer, frame).
    FittingScrollArea(QWidget* content, std::function<int()> reserved, QWidget* parent)
        : QScrollArea(parent), m_reserved(std::move(reserved))
    {
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setWidgetResizable(true);
        setWidget(content);
        content->installEventFilter(this);
    }

    QSize sizeHint() const override
    {
        QSize hint = widget()->sizeHint();
        if (widget()->hasHeightForWidth()) // wrapped hints are taller at the width they get than their hint
            hint.setHeight(std::max(hint.height(), widget()->heightForWidth(hint.width())));
        if (const QScreen* screen = window()->screen())
            hint.setHeight(
                std::min(hint.height(), std::max(160, screen->availableGeometry().height() - m_reserved())));
        return hint;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // The content grew or shrank (a message, the other database page): the window follows.
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            updateGeometry();
        return QScrollArea::eventFilter(watched, event);
    }

private:
    std::function<int()> m_reserved;
};

/// \a url without the person's login of a server session (a workstation stores none).
DatabaseUrl withoutLogin(DatabaseUrl url)
{
    url.user.clear();
    url.password.clear();
    return url;
}

} // namespace

SettingsDialog::SettingsDialog(
    LocalSettings* local, std::shared_ptr<Database> db, std::optional<Session> session, QWidget* parent)
    : QDialog(parent)
    , m_local(local)
    , m_db(std::move(db))
    , m_session(std::move(session))
    , m_settings(local, m_db)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Pengaturan — Karier ASN"));

    QFrame* header = DialogStyle::makeHeader(
        tr("Pengaturan"), 1.4, tr("Database, bahasa, dan batas unggahan Karier ASN"), this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("settingsBanner"));

    auto* bodyWidget = new QWidget;
    auto* body = new QVBoxLayout(bodyWidget);
    body->setContentsMargins(24, 16, 24, 8);
    body->setSpacing(10);
    body->addWidget(m_banner);
    body->addWidget(createDatabaseGroup());
    body->addWidget(createLanguageGroup());
    if (m_db && m_session && AppSettings::canChangeShared(*m_session))
        body->addWidget(createSharedGroup());
    // Backups of a SQLite file, for the Admin (a server is backed up with pg_dump on the server).
    if (m_db && m_db->url().isSqlite() && m_session && AppSettings::canChangeShared(*m_session))
        body->addWidget(createBackupGroup());

    m_cancelButton = makeButton(tr("Batal"), QStringLiteral("cancelButton"), false, this);
    m_saveButton = makeButton(tr("Simpan"), QStringLiteral("saveButton"), true, this);
    m_saveButton->setDefault(true);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsDialog::save);
    auto* footer = new QWidget(this);
    auto* buttons = new QHBoxLayout(footer);
    buttons->setContentsMargins(24, 8, 24, 18);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_saveButton);

    // A fixed width; the height follows what is shown (the connection result, the PostgreSQL fields),
    // up to the screen's height.
    auto* scroll = new FittingScrollArea(
        bodyWidget,
        [header, footer] {
            // The window manager's title bar and borders are not known before the window is shown.
            constexpr int Frame = 48;
            return header->sizeHint().height() + footer->sizeHint().height() + Frame;
        },
        this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setFixedWidth(640);
    footer->setFixedWidth(640);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->addWidget(header);
    layout->addWidget(scroll);
    layout->addWidget(footer);

    // The fields show the database this session uses (--database and KARIER_DATABASE win over what
    // is stored); before a login, what is stored or the default file. Saved only when edited.
    const auto stored = m_settings.database();
    if (!stored)
        m_banner->showWarning(stored.error().message);
    const DatabaseUrl storedUrl
        = stored && stored->has_value() ? stored->value() : DatabaseUrl::defaultSqlite();
    showDatabase(m_db ? m_db->url() : storedUrl);
    if (m_db && withoutLogin(m_db->url()).toString() != withoutLogin(storedUrl).toString()) {
        auto* inUse = findChild<QLabel*>(QStringLiteral("databaseInUse"));
        inUse->setText(inUse->text() + QLatin1Char('\n')
            + tr("Tersimpan untuk komputer ini: %1 (dipakai bila Karier ASN dimulai tanpa --database "
                 "atau KARIER_DATABASE).")
                  .arg(storedUrl.displayName()));
    }
    m_databaseEdited = false;
    loadShared();
}

SettingsDialog::~SettingsDialog() = default;

QGroupBox* SettingsDialog::createDatabaseGroup()
{
    auto* group = new QGroupBox(tr("Database"), this);
    group->setObjectName(QStringLiteral("databaseGroup"));

    m_sqliteChoice = new QRadioButton(tr("SQLite — berkas di komputer ini"), group);
    m_sqliteChoice->setObjectName(QStringLiteral("sqliteChoice"));
    m_postgresChoice = new QRadioButton(tr("PostgreSQL — server bersama"), group);
    m_postgresChoice->setObjectName(QStringLiteral("postgresChoice"));
    auto* choices = new QButtonGroup(group);
    choices->addButton(m_sqliteChoice);
    choices->addButton(m_postgresChoice);

    // SQLite: a file.
    auto* sqlitePage = new QWidget(group);
    m_sqlitePath = new QLineEdit(sqlitePage);
    m_sqlitePath->setObjectName(QStringLiteral("sqlitePath"));
    m_sqlitePath->setPlaceholderText(tr("/jalur/ke/karier-asn.sqlite"));
    auto* browse = makeButton(tr("Pilih…"), QStringLiteral("browseButton"), false, sqlitePage);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseSqliteFile);
    auto* sqliteForm = new QFormLayout(sqlitePage);
    sqliteForm->setContentsMargins(0, 0, 0, 0);
    sqliteForm->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_sqlitePath, 1);
    pathRow->addWidget(browse);
    sqliteForm->addRow(tr("Berkas"), pathRow);

    // PostgreSQL: a server.
    auto* postgresPage = new QWidget(group);
    m_host = new QLineEdit(postgresPage);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("mis. 10.0.0.5 atau db.bkpsdm.local"));
    m_port = new QSpinBox(postgresPage);
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setMinimumWidth(90);
    m_name = new QLineEdit(postgresPage);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_caFile = new QLineEdit(postgresPage);
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setPlaceholderText(tr("kosong: terenkripsi, sertifikat server tidak diperiksa"));
    auto* caBrowse = makeButton(tr("Pilih…"), QStringLiteral("caBrowseButton"), false, postgresPage);
    connect(caBrowse, &QPushButton::clicked, this, &SettingsDialog::chooseCaFile);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(caBrowse);
    auto* hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port"), postgresPage));
    hostRow->addWidget(m_port);
    auto* postgresForm = new QFormLayout(postgresPage);
    postgresForm->setContentsMargins(0, 0, 0, 0);
    postgresForm->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    postgresForm->setFormAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    postgresForm->addRow(tr("Server"), hostRow);
    postgresForm->addRow(tr("Nama database"), m_name);
    postgresForm->addRow(tr("Sertifikat CA server"), caRow);
    auto* tlsHint = makeLabel(tr("Setiap pegawai masuk ke server dengan NIP dan kata sandinya sendiri; "
                                 "komputer ini tidak menyimpan kata sandi database. Koneksi ke server di "
                                 "komputer lain selalu dienkripsi (TLS). Dengan sertifikat CA (berkas PEM), "
                                 "sertifikat dan nama server juga diperiksa."),
        "hint", postgresPage);
    tlsHint->setWordWrap(true);
    postgresForm->addRow(QString(), tlsHint);

    m_databasePages = new QStackedWidget(group);
    m_databasePages->addWidget(sqlitePage);
    m_databasePages->addWidget(postgresPage);
    connect(m_postgresChoice, &QRadioButton::toggled, this, [this](bool postgres) {
        showDatabasePage(postgres);
        m_connectionResult->clear();
        m_databaseEdited = true;
    });
    for (QLineEdit* edit : {m_sqlitePath, m_host, m_name, m_caFile})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_databaseEdited = true;
            m_connectionResult->clear();
        });
    connect(m_port, &QSpinBox::valueChanged, this, [this] { m_databaseEdited = true; });

    m_testButton = makeButton(tr("Uji koneksi"), QStringLiteral("testConnectionButton"), false, group);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    m_connectionResult = new MessageBanner(group);
    m_connectionResult->setObjectName(QStringLiteral("connectionResult"));

    QString inUse = m_db ? tr("Sedang dipakai: %1").arg(m_db->url().displayName()) : QString();
    auto* current = makeLabel(inUse, "hint", group);
    current->setObjectName(QStringLiteral("databaseInUse"));
    current->setVisible(!inUse.isEmpty());
    current->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(
        makeLabel(tr("Perubahan database berlaku setelah Karier ASN dimulai ulang."), "hint", group), 1);

    auto* radios = new QHBoxLayout;
    radios->addWidget(m_sqliteChoice);
    radios->addSpacing(16);
    radios->addWidget(m_postgresChoice);
    radios->addStretch(1);
    auto* layout = new QVBoxLayout(group);
    layout->setSpacing(8);
    layout->addWidget(current);
    layout->addLayout(radios);
    layout->addWidget(m_databasePages);
    layout->addLayout(testRow);
    layout->addWidget(m_connectionResult);
    return group;
}

QGroupBox* SettingsDialog::createLanguageGroup()
{
    auto* group = new QGroupBox(tr("Bahasa"), this);
    group->setObjectName(QStringLiteral("languageGroup"));
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    const auto languages = AppSettings::languages();
    for (const auto& language : languages)
        m_language->addItem(language.name, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    auto* layout = new QHBoxLayout(group);
    layout->addWidget(m_language);
    layout->addWidget(
        makeLabel(tr("Bahasa yang dipilih dipakai setelah Karier ASN dimulai ulang."), "hint", group), 1);
    return group;
}

QGroupBox* SettingsDialog::createSharedGroup()
{
    m_sharedGroup = new QGroupBox(tr("Batas bersama untuk semua komputer (Admin BKPSDM)"), this);
    m_sharedGroup->setObjectName(QStringLiteral("sharedGroup"));
    m_maxPdfMb = new QDoubleSpinBox(m_sharedGroup);
    m_maxPdfMb->setObjectName(QStringLiteral("maxPdfEdit"));
    m_maxPdfMb->setDecimals(1);
    m_maxPdfMb->setRange(0.1, double(SharedSettings::MaxPdfBytes) / BytesPerMb);
    m_maxPdfMb->setSingleStep(0.5);
    m_maxPdfMb->setSuffix(tr(" MB"));
    m_maxJpPerDay = new QSpinBox(m_sharedGroup);
    m_maxJpPerDay->setObjectName(QStringLiteral("maxJpPerDayEdit"));
    m_maxJpPerDay->setRange(1, SharedSettings::MaxJpPerDayLimit);
    m_maxJpPerDay->setSuffix(tr(" JP"));
    m_sharpness = new QDoubleSpinBox(m_sharedGroup);
    m_sharpness->setObjectName(QStringLiteral("sharpnessEdit"));
    m_sharpness->setDecimals(0);
    m_sharpness->setRange(0, SharedSettings::MaxSharpnessThreshold);
    m_sharpness->setSingleStep(100);
    m_sharpness->setSpecialValueText(
        tr("Bawaan (%1)").arg(QString::number(PdfCheckLimits::DefaultSharpnessThreshold, 'f', 0)));
    for (QWidget* field : {static_cast<QWidget*>(m_maxPdfMb), static_cast<QWidget*>(m_maxJpPerDay),
             static_cast<QWidget*>(m_sharpness)})
        field->setMinimumWidth(150);

    auto* form = new QFormLayout;
    form->addRow(tr("Ukuran PDF maksimum"), m_maxPdfMb);
    form->addRow(tr("Batas JP per hari"), m_maxJpPerDay);
    form->addRow(tr("Ambang ketajaman pindaian"), m_sharpness);
    auto* layout = new QVBoxLayout(m_sharedGroup);
    layout->addLayout(form);
    layout->addWidget(makeLabel(tr("Disimpan di database dan berlaku segera di semua komputer. Pindaian yang "
                                   "ketajamannya di bawah ambang diberi peringatan buram."),
        "hint", m_sharedGroup));
    m_sharedGroup->setEnabled(false); // until loaded
    return m_sharedGroup;
}

void SettingsDialog::showDatabasePage(bool postgres)
{
    // Only the page shown counts for the height, and at the width it gets (its hint wraps): the other
    // page is ignored by the stack's layout instead of fixing the stack at one measured height.
    for (int i = 0; i < m_databasePages->count(); ++i) {
        const bool shown = i == (postgres ? 1 : 0);
        m_databasePages->widget(i)->setSizePolicy(shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_databasePages->setCurrentIndex(postgres ? 1 : 0);
    m_databasePages->updateGeometry();
}

void SettingsDialog::showDatabase(const DatabaseUrl& url)
{
    const bool postgres = !url.isSqlite();
    m_sqliteChoice->setChecked(!postgres);
    m_postgresChoice->setChecked(postgres);
    showDatabasePage(postgres);
    if (postgres) {
        m_host->setText(url.host);
        m_port->setValue(url.port);
        m_name->setText(url.name);
        m_caFile->setText(QDir::toNativeSeparators(url.caFile));
        m_pgOptions = url.options;
    } else {
        m_sqlitePath->setText(QDir::toNativeSeparators(url.path));
    }
}

DatabaseUrl SettingsDialog::databaseFromFields() const
{
    DatabaseUrl url;
    if (m_sqliteChoice->isChecked()) {
        url.dialect = DatabaseUrl::Dialect::Sqlite;
        const QString path = m_sqlitePath->text().trimmed();
        url.path = path.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(path));
        return url;
    }
    url.dialect = DatabaseUrl::Dialect::PostgreSql;
    url.host = m_host->text().trimmed();
    url.port = m_port->value();
    url.name = m_name->text().trimmed();
    const QString caFile = m_caFile->text().trimmed();
    url.caFile = caFile.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(caFile));
    url.options = m_pgOptions;
    return url;
}

void SettingsDialog::chooseSqliteFile()
{
    const QString start
        = m_sqlitePath->text().isEmpty() ? DatabaseUrl::defaultSqlite().path : m_sqlitePath->text();
    const QString chosen = Interaction::current().saveFileName(this,
        {tr("Pilih berkas database"), start, tr("Database SQLite (*.sqlite *.db);;Semua berkas (*)"), false});
    if (chosen.isEmpty())
        return;
    m_sqlitePath->setText(QDir::toNativeSeparators(chosen));
    m_databaseEdited = true;
    m_connectionResult->clear();
}

void SettingsDialog::chooseCaFile()
{
    const QString chosen = Interaction::current().openFileName(this,
        {tr("Pilih sertifikat CA server"), m_caFile->text(),
            tr("Sertifikat PEM (*.pem *.crt *.cer);;Semua berkas (*)")});
    if (chosen.isEmpty())
        return;
    m_caFile->setText(QDir::toNativeSeparators(chosen));
    m_databaseEdited = true;
    m_connectionResult->clear();
}

void SettingsDialog::testConnection()
{
    const DatabaseUrl url = databaseFromFields();
    if (auto valid = AppSettings::validateDatabase(url); !valid) {
        m_connectionResult->showError(valid.error().message);
        Q_EMIT connectionTested(false, valid.error().message);
        return;
    }
    m_testButton->setEnabled(false);
    m_connectionResult->showInfo(tr("Menguji koneksi…"));
    runCpu(
        this, [url] { return AppSettings::testConnection(url); },
        [this](Result<QString> result) {
            m_testButton->setEnabled(true);
            if (result) {
                m_connectionResult->showSuccess(result.value());
                Q_EMIT connectionTested(true, result.value());
            } else {
                m_connectionResult->showError(result.error().message);
                Q_EMIT connectionTested(false, result.error().message);
            }
        });
}

QGroupBox* SettingsDialog::createBackupGroup()
{
    auto* group = new QGroupBox(tr("Cadangan database (Admin BKPSDM)"), this);
    group->setObjectName(QStringLiteral("backupGroup"));
    QLabel* hint
        = makeLabel(tr("Salinan utuh database SQLite ini, juga saat sedang dipakai, diperiksa "
                       "keutuhannya. Memulihkan mengganti seluruh data dengan isi cadangan; database "
                       "yang sekarang disimpan di sampingnya, dan Karier ASN harus dibuka ulang."),
            "hint", group);
    hint->setWordWrap(true);
    m_backupButton = makeButton(tr("Cadangkan…"), QStringLiteral("backupButton"), false, group);
    m_restoreButton = makeButton(tr("Pulihkan…"), QStringLiteral("restoreButton"), false, group);
    m_backupResult = new MessageBanner(group);
    m_backupResult->setObjectName(QStringLiteral("backupResult"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backupButton);
    buttons->addWidget(m_restoreButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_backupResult);
    connect(m_backupButton, &QPushButton::clicked, this, &SettingsDialog::backupDatabase);
    connect(m_restoreButton, &QPushButton::clicked, this, &SettingsDialog::restoreDatabase);
    return group;
}

void SettingsDialog::backupDatabase()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Interaction::current().saveFileName(this,
        {tr("Cadangkan Database"),
            QDir(folder).filePath(tr("karier-asn-cadangan-%1.sqlite")
                                      .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")))),
            tr("Database SQLite (*.sqlite *.db)")});
    if (path.isEmpty())
        return;
    m_backupButton->setEnabled(false);
    m_restoreButton->setEnabled(false);
    m_backupResult->showInfo(tr("Mencadangkan…"));
    runCpu(
        this,
        [session = *m_session, database = m_db->url().path, path] {
            return SqliteBackup::backup(&session, database, path);
        },
        [this, path](Result<SqliteBackup::Facts> facts) {
            m_backupButton->setEnabled(true);
            m_restoreButton->setEnabled(true);
            if (!facts) {
                m_backupResult->showError(facts.error().message);
                Q_EMIT backupFinished(false, facts.error().message);
                return;
            }
            const QString text = tr("Cadangan tersimpan dan lolos pemeriksaan keutuhan: %1 (%n pegawai).",
                nullptr, int(facts->employees))
                                     .arg(QDir::toNativeSeparators(path));
            m_backupResult->showSuccess(text);
            Q_EMIT backupFinished(true, text);
        });
}

void SettingsDialog::restoreDatabase()
{
    const QString path = Interaction::current().openFileName(
        this, {tr("Pulihkan Database dari Cadangan"), QString(), tr("Database SQLite (*.sqlite *.db)")});
    if (path.isEmpty())
        return;
    if (!Interaction::current().askDefaultNo(this, tr("Pulihkan database?"),
            tr("Seluruh data di %1 akan diganti dengan isi cadangan %2. Database yang sekarang disimpan di "
               "sampingnya. Sesudahnya Karier ASN harus ditutup dan dibuka kembali.")
                .arg(QDir::toNativeSeparators(m_db->url().path), QDir::toNativeSeparators(path)),
            tr("Pulihkan"), tr("Batal")))
        return;
    m_backupButton->setEnabled(false);
    m_restoreButton->setEnabled(false);
    m_backupResult->showInfo(tr("Memulihkan…"));
    runCpu(
        this,
        [session = *m_session, database = m_db->url().path, path] {
            return SqliteBackup::restore(&session, path, database);
        },
        [this](Result<QString> kept) {
            if (!kept) {
                m_backupButton->setEnabled(true);
                m_restoreButton->setEnabled(true);
                m_backupResult->showError(kept.error().message);
                Q_EMIT backupFinished(false, kept.error().message);
                return;
            }
            // What this window and the main window show is the old data: nothing more may be done here.
            m_restartNeeded = true;
            QString text
                = tr("Database dipulihkan. Tutup Karier ASN sekarang dan buka kembali: yang tampil masih "
                     "data sebelum pemulihan.");
            if (!kept->isEmpty())
                text += QLatin1Char(' ')
                    + tr("Database sebelumnya disimpan sebagai %1.")
                          .arg(QDir::toNativeSeparators(kept.value()));
            m_backupResult->showWarning(text);
            m_saveButton->setEnabled(false);
            Q_EMIT backupFinished(true, text);
            Q_EMIT databaseRestored();
        });
}

void SettingsDialog::loadShared()
{
    if (!m_sharedGroup)
        return;
    runDb(
        m_db, this, [db = m_db] { return SharedSettings(db).load(); },
        [this](Result<SharedSettings::Values> result) {
            if (!result) {
                m_banner->showError(result.error().message);
                return;
            }
            m_sharedLoaded = result.value();
            m_maxPdfMb->setValue(double(result->maxPdfBytes) / BytesPerMb);
            m_maxJpPerDay->setValue(result->maxJpPerDay);
            m_sharpness->setValue(result->sharpnessThreshold);
            m_sharedGroup->setEnabled(true);
        });
}

void SettingsDialog::setBusy(bool busy)
{
    m_saveButton->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
}

void SettingsDialog::save()
{
    m_banner->clear();
    const DatabaseUrl url = databaseFromFields();
    if (m_databaseEdited) {
        if (auto valid = AppSettings::validateDatabase(url); !valid) {
            m_banner->showError(valid.error().message);
            return;
        }
    }
    std::optional<SharedSettings::Values> shared;
    if (m_sharedGroup && m_sharedLoaded) {
        SharedSettings::Values values = *m_sharedLoaded;
        values.maxPdfBytes = qint64(std::llround(m_maxPdfMb->value() * BytesPerMb));
        values.maxJpPerDay = m_maxJpPerDay->value();
        values.sharpnessThreshold = m_sharpness->value();
        if (auto valid = SharedSettings::validate(values); !valid) {
            m_banner->showError(valid.error().message);
            return;
        }
        if (values.maxPdfBytes != m_sharedLoaded->maxPdfBytes
            || values.maxJpPerDay != m_sharedLoaded->maxJpPerDay
            || values.sharpnessThreshold != m_sharedLoaded->sharpnessThreshold)
            shared = values;
    }

    // This workstation: a small settings file (the server without any login).
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != m_settings.language();
    if (m_databaseEdited) {
        if (auto stored = m_settings.setDatabase(url); !stored) {
            m_banner->showError(stored.error().message);
            return;
        }
    }
    if (languageChanged) {
        if (auto stored = m_settings.setLanguage(language); !stored) {
            m_banner->showError(stored.error().message);
            return;
        }
    }
    m_restartNeeded = m_databaseEdited || languageChanged;
    m_databaseEdited = false;
    if (!shared) {
        accept();
        return;
    }
    // Every workstation: the database, off the GUI thread; refused by core for anyone but Admin.
    setBusy(true);
    runDb(
        m_db, this,
        [db = m_db, session = *m_session, values = *shared] {
            return AppSettings::setShared(db, session, values);
        },
        [this](Status status) {
            setBusy(false);
            if (!status) {
                m_banner->showError(status.error().message);
                return;
            }
            accept();
        });
}

} // namespace karier
