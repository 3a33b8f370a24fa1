// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RecordDocumentPage.h"

#include "common/Async.h"
#include "common/PageStyle.h"
#include "documents/PdfCheckRunner.h"
#include "documents/PdfInspector.h"
#include "records/FitDialog.h"
#include "records/WizardStyle.h"
#include "settings/SharedSettings.h"
#include "widgets/DropZone.h"
#include "widgets/MessageBanner.h"
#include "widgets/PdfPreview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace karier {

namespace {

/// The texts keep the context of the record wizard, where this step was first written.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(karier::RecordWizard)
};

using PageStyle::makeLabel;

} // namespace

RecordDocumentPage::RecordDocumentPage(
    std::shared_ptr<Database> db, Session session, const RecordType& type, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session)), m_documentLabel(type.documentLabel)
{
    m_runner = new PdfCheckRunner(this);
    connect(m_runner, &PdfCheckRunner::finished, this, &RecordDocumentPage::checkFinished);

    // Left: the document slot; right: the manual's requirements.
    auto* documentTitle
        = makeLabel(WizardStyle::labelText(m_documentLabel, true), "formLabel", this, 1.05, true);
    documentTitle->setObjectName(QStringLiteral("documentLabel"));
    m_dropZone = new DropZone(this);
    m_dropZone->setObjectName(QStringLiteral("dropZone"));
    m_dropZone->setMinimumHeight(130);
    connect(m_dropZone, &DropZone::fileChosen, this, &RecordDocumentPage::startCheck);

    m_documentInfo = makeLabel(QString(), "hint", this);
    m_documentInfo->setObjectName(QStringLiteral("documentInfo"));
    m_documentInfo->hide();

    m_checkBusy = new QWidget(this);
    m_checkBusy->setObjectName(QStringLiteral("checkBusy"));
    auto* busyBar = new QProgressBar(m_checkBusy);
    busyBar->setRange(0, 0);
    busyBar->setTextVisible(false);
    busyBar->setFixedHeight(6);
    m_checkBusyText = makeLabel(Text::tr("Memeriksa dokumen…"), "hint", m_checkBusy);
    m_checkBusyText->setObjectName(QStringLiteral("checkBusyText"));
    auto* cancelCheck = new QPushButton(Text::tr("Batal"), m_checkBusy);
    cancelCheck->setObjectName(QStringLiteral("cancelCheckButton"));
    cancelCheck->setToolTip(Text::tr("Hentikan pemeriksaan dokumen"));
    connect(cancelCheck, &QPushButton::clicked, this, [this] {
        m_pendingPath.clear();
        if (m_runner->isRunning()) {
            m_runner->cancel();
        } else if (m_readingDocument > 0) {
            m_checkingPath.clear(); // the read's answer ends the busy state
        } else {
            m_checkBusy->hide();
            Q_EMIT checkingChanged();
        }
    });
    auto* busyText = new QVBoxLayout;
    busyText->setSpacing(6);
    busyText->addWidget(m_checkBusyText);
    busyText->addWidget(busyBar);
    auto* busyLayout = new QHBoxLayout(m_checkBusy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->setSpacing(12);
    busyLayout->addLayout(busyText, 1);
    busyLayout->addWidget(cancelCheck, 0, Qt::AlignVCenter);
    m_checkBusy->hide();

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("documentBanner"));
    m_fitButton = new QPushButton(Text::tr("Perkecil otomatis"), this);
    m_fitButton->setObjectName(QStringLiteral("fitButton"));
    m_fitButton->hide();
    connect(m_fitButton, &QPushButton::clicked, this, &RecordDocumentPage::startFit);

    // Left: the document slot and the manual's requirements; right: the preview.
    auto* leftColumn = new QWidget(this);
    leftColumn->setFixedWidth(300);
    auto* left = new QVBoxLayout(leftColumn);
    left->setContentsMargins(0, 0, 0, 0);
    left->setSpacing(8);
    left->addWidget(documentTitle);
    left->addWidget(m_dropZone);
    left->addWidget(m_documentInfo);
    left->addWidget(m_checkBusy);
    left->addWidget(m_banner);
    left->addWidget(m_fitButton, 0, Qt::AlignLeft);
    left->addSpacing(6);

    QFrame* requirements = WizardStyle::makeCard(leftColumn, QStringLiteral("requirementCard"));
    auto* reqLayout = new QVBoxLayout(requirements);
    reqLayout->setContentsMargins(16, 12, 16, 14);
    reqLayout->setSpacing(6);
    reqLayout->addWidget(makeLabel(Text::tr("Persyaratan dokumen"), "cardTitle", requirements, 1.0, true));
    const auto addRequirement = [&](const QString& text) {
        auto* row = new QHBoxLayout;
        row->setSpacing(8);
        auto* bullet = makeLabel(QStringLiteral("•"), "requirement", requirements);
        bullet->setWordWrap(false);
        auto* label = makeLabel(text, "requirement", requirements);
        row->addWidget(bullet, 0, Qt::AlignTop);
        row->addWidget(label, 1);
        reqLayout->addLayout(row);
        return label;
    };
    addRequirement(Text::tr("File dengan tanda * tidak boleh kosong"));
    addRequirement(Text::tr("Sajikan upload dalam format PDF untuk dokumen sertifikat"));
    m_requirementSize = addRequirement(Text::tr("Maksimum ukuran file adalah %1")
                                           .arg(PdfInspector::formatSize(PdfCheckLimits::DefaultMaxBytes)));
    m_requirementSize->setObjectName(QStringLiteral("requirementSize"));
    m_requirementPages
        = addRequirement(Text::tr("Paling banyak %1 halaman").arg(PdfCheckLimits::DefaultMaxPages));
    m_requirementPages->setObjectName(QStringLiteral("requirementPages"));
    addRequirement(Text::tr("File harus jelas dan tidak blur"));
    addRequirement(Text::tr("Anda dapat mendownload file jika tampilan pada preview kurang jelas"));
    left->addWidget(requirements);
    left->addStretch(1);

    // Every page of the chosen document.
    auto* previewTitle = makeLabel(Text::tr("Pratinjau dokumen"), "formLabel", this, 1.05, true);
    m_previewStack = new QStackedWidget(this);
    auto* placeholder
        = new QLabel(Text::tr("Pratinjau dokumen tampil di sini setelah file PDF dipilih."), this);
    placeholder->setObjectName(QStringLiteral("previewPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    m_preview = new PdfPreview(this);
    m_preview->setObjectName(QStringLiteral("pdfPreview"));
    connect(m_preview, &PdfPreview::loadFailed, this,
        [this](const QString& message) { m_banner->showError(message); });
    m_previewStack->addWidget(placeholder);
    m_previewStack->addWidget(m_preview);
    auto* right = new QVBoxLayout;
    right->setSpacing(8);
    right->addWidget(previewTitle);
    right->addWidget(m_previewStack, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(20);
    layout->addWidget(leftColumn);
    layout->addLayout(right, 1);

    loadSettings();
}

RecordDocumentPage::~RecordDocumentPage() = default;

void RecordDocumentPage::loadSettings()
{
    // The limits of the PDF check come from the database.
    runDb(
        m_db, this, [db = m_db] { return SharedSettings(db).load(); },
        [this](Result<SharedSettings::Values> result) {
            PdfCheckOptions options;
            if (result) {
                const SharedSettings::Values& v = result.value();
                options.limits.maxBytes = v.maxPdfBytes;
                options.limits.maxPages = v.maxPdfPages;
                if (v.sharpnessThreshold > 0)
                    options.limits.sharpnessThreshold = v.sharpnessThreshold;
            }
            m_runner->setOptions(options);
            m_requirementSize->setText(Text::tr("Maksimum ukuran file adalah %1")
                                           .arg(PdfInspector::formatSize(options.limits.maxBytes)));
            m_requirementPages->setText(Text::tr("Paling banyak %1 halaman").arg(options.limits.maxPages));
            m_settingsLoaded = true;
            if (!m_pendingPath.isEmpty()) {
                const QString path = m_pendingPath;
                m_pendingPath.clear();
                startCheck(path);
            }
        });
}

bool RecordDocumentPage::hasDocument() const
{
    return m_upload.has_value() || (m_stored && m_stored->info.id > 0);
}

bool RecordDocumentPage::isChecking() const
{
    return m_runner->isRunning() || m_readingDocument || !m_pendingPath.isEmpty();
}

QString RecordDocumentPage::documentName() const
{
    if (m_upload)
        return m_upload->originalName;
    if (m_stored)
        return m_stored->info.originalName;
    return {};
}

qint64 RecordDocumentPage::documentSize() const
{
    return m_upload ? qint64(m_upload->content.size()) : (m_stored ? m_stored->info.sizeBytes : 0);
}

int RecordDocumentPage::documentPages() const
{
    return m_upload ? m_upload->pages : (m_stored ? m_stored->info.pages : 0);
}

void RecordDocumentPage::setEditable(bool editable)
{
    m_editable = editable;
    m_dropZone->setEnabled(editable);
}

void RecordDocumentPage::showMissing()
{
    m_banner->showError(Text::tr("%1 wajib diunggah (PDF).").arg(m_documentLabel));
}

void RecordDocumentPage::abandonCheck()
{
    m_pendingPath.clear();
    m_checkingPath.clear(); // also a file still being read: it is not checked
    if (m_runner->isRunning())
        m_runner->cancel();
}

// ---- the check ---------------------------------------------------------------------------------

void RecordDocumentPage::startCheck(const QString& path)
{
    if (!m_editable || path.isEmpty())
        return;
    if (!beginCheck(path))
        return;
    // The file is read once, on a worker; exactly these bytes are checked and, if accepted, stored.
    struct Read
    {
        PdfCheckResult refusal;
        QByteArray content;
    };
    ++m_readingDocument;
    runCpu(
        this,
        [path, limits = m_runner->options().limits] {
            Read read;
            read.refusal = PdfCheckRunner::readFile(path, limits, read.content);
            return read;
        },
        [this, path](Read read) {
            --m_readingDocument;
            if (path != m_checkingPath) { // replaced or cancelled meanwhile
                if (!isChecking()) {
                    m_checkBusy->hide();
                    restoreDropZone();
                }
                Q_EMIT checkingChanged();
                return;
            }
            if (!read.refusal.code.isEmpty()) {
                m_checkingPath.clear();
                m_checkBusy->hide();
                refuseDocument(read.refusal.message);
                offerFit(path, read.refusal);
                return;
            }
            checkContent(path, read.content);
        });
    Q_EMIT checkingChanged();
}

bool RecordDocumentPage::beginCheck(const QString& path)
{
    m_banner->clear();
    m_fitButton->hide();
    m_checkBusyText->setText(Text::tr("Memeriksa dokumen…"));
    m_checkBusy->setToolTip(QDir::toNativeSeparators(path));
    m_checkBusy->show();
    if (m_runner->isRunning()) {
        m_checkingPath.clear(); // its "cancelled" answer is not for the new file
        m_runner->cancel();
    }
    if (!m_settingsLoaded) {
        m_pendingPath = path;
        m_checkingPath.clear();
        Q_EMIT checkingChanged();
        return false;
    }
    m_checkingPath = path;
    return true;
}

void RecordDocumentPage::checkContent(const QString& path, const QByteArray& content)
{
    m_checkingPath = path;
    if (!m_runner->start(content, path)) {
        m_checkingPath.clear();
        m_checkBusy->hide();
        refuseDocument(Text::tr("Pemeriksaan dokumen tidak dapat dimulai. Coba lagi."));
        return;
    }
    m_checkingContent = content;
    Q_EMIT checkingChanged();
}

void RecordDocumentPage::checkFinished(const PdfCheckResult& result)
{
    if (m_checkingPath.isEmpty() || result.file != m_checkingPath)
        return; // a check that was replaced or abandoned
    const QString path = m_checkingPath;
    m_checkingPath.clear();
    const QByteArray content = std::exchange(m_checkingContent, QByteArray());
    m_checkBusy->hide();
    if (result.code == QLatin1String("cancelled")) {
        restoreDropZone();
        Q_EMIT checkingChanged();
        return;
    }
    if (!result.ok) {
        refuseDocument(result.message);
        offerFit(path, result);
        return;
    }
    acceptDocument(path, result, content);
}

void RecordDocumentPage::acceptDocument(
    const QString& path, const PdfCheckResult& result, const QByteArray& content)
{
    DocumentUpload upload;
    upload.content = content;
    upload.originalName = QFileInfo(path).fileName();
    upload.pages = result.pages;
    upload.sharpness = result.sharpness.value_or(-1);
    upload.checkedSha256 = result.sha256; // storage refuses other bytes
    m_upload = upload;
    m_dropZone->setFileName(upload.originalName);
    showDocument(content, upload.originalName);
    m_banner->clear();
    if (result.hasWarning(QStringLiteral("blurry"))) {
        m_banner->showWarning(
            Text::tr("Dokumen tampak buram, sehingga tulisannya mungkin sulit dibaca verifikator. Sebaiknya "
                     "pindai ulang dengan lebih jelas (150–300 dpi). Anda tetap dapat melanjutkan."));
    } else if (result.hasWarning(QStringLiteral("blank"))) {
        m_banner->showWarning(Text::tr("Halaman pertama dokumen tampak kosong. Pastikan file yang dipilih "
                                       "sudah benar. Anda tetap dapat melanjutkan."));
    }
    Q_EMIT checkingChanged();
    Q_EMIT documentAccepted();
}

void RecordDocumentPage::refuseDocument(const QString& message)
{
    m_banner->showError(message);
    restoreDropZone();
    Q_EMIT checkingChanged();
    Q_EMIT documentRefused(message);
}

void RecordDocumentPage::offerFit(const QString& path, const PdfCheckResult& result)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool photo = result.code == QLatin1String("not_pdf")
        && (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")
            || suffix == QLatin1String("png"));
    if (!m_editable || (result.code != QLatin1String("too_large") && !photo))
        return;
    m_fitSource = path;
    const qint64 limit = m_runner->options().limits.maxBytes;
    if (result.code == QLatin1String("too_large") || result.bytes > limit) {
        m_fitButton->setText(Text::tr("Perkecil otomatis"));
        m_fitButton->setToolTip(
            Text::tr("Buat PDF baru di bawah %1 yang tetap tajam; file asli tidak diubah.")
                .arg(PdfInspector::formatSize(limit)));
    } else {
        m_fitButton->setText(Text::tr("Jadikan PDF"));
        m_fitButton->setToolTip(Text::tr("Jadikan foto ini PDF satu halaman A4; file asli tidak diubah."));
    }
    m_fitButton->show();
}

void RecordDocumentPage::startFit()
{
    if (m_fitSource.isEmpty())
        return;
    PdfFitRunOptions options;
    const PdfCheckLimits& limits = m_runner->options().limits;
    options.fit.maxBytes = limits.maxBytes;
    options.fit.maxPages = limits.maxPages;
    options.fit.sharpnessThreshold = limits.sharpnessThreshold;
    options.previews = true;
    auto* dialog = new FitDialog(m_fitSource, options, window());
    dialog->setObjectName(QStringLiteral("fitDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString source = m_fitSource;
    connect(dialog, &QDialog::accepted, this, [this, dialog, source] {
        const QByteArray pdf = dialog->result().output;
        m_fitButton->hide();
        // The result is checked like any chosen file before it is taken: its bytes, no file.
        const QString name = QFileInfo(source).completeBaseName() + QStringLiteral(".pdf");
        if (m_editable && beginCheck(name))
            checkContent(name, pdf);
    });
    dialog->open();
}

// ---- the document shown ------------------------------------------------------------------------

void RecordDocumentPage::restoreDropZone()
{
    const QString name = documentName();
    if (name.isEmpty())
        m_dropZone->clearFile();
    else
        m_dropZone->setFileName(name);
}

void RecordDocumentPage::showDocument(const QByteArray& content, const QString& name)
{
    m_previewContent = content;
    m_preview->setDocument(content, name);
    m_previewStack->setCurrentWidget(m_preview);
    m_documentInfo->setText(Text::tr("Ukuran %1 · %2 halaman")
                                .arg(PdfInspector::formatSize(documentSize()))
                                .arg(documentPages()));
    m_documentInfo->setVisible(!name.isEmpty());
}

void RecordDocumentPage::markStored(const DocumentInfo& info)
{
    StoredDocument stored;
    stored.info = info;
    stored.content = m_upload ? m_upload->content : (m_stored ? m_stored->content : QByteArray());
    m_stored = stored;
    m_upload.reset();
}

void RecordDocumentPage::showStored(const DocumentInfo& info)
{
    m_upload.reset();
    m_stored.reset();
    if (info.id <= 0) {
        m_dropZone->clearFile();
        m_documentInfo->hide();
        m_preview->clear();
        m_previewStack->setCurrentIndex(0);
        return;
    }
    StoredDocument stored;
    stored.info = info;
    m_stored = stored;
    m_dropZone->setFileName(info.originalName);
    m_documentInfo->setText(
        Text::tr("Ukuran %1 · %2 halaman").arg(PdfInspector::formatSize(info.sizeBytes)).arg(info.pages));
    m_documentInfo->show();
    const qint64 documentId = info.id;
    runDb(
        m_db, this,
        [db = m_db, session = m_session, documentId] {
            return RecordService(db).documentContent(session, documentId);
        },
        [this, documentId](Result<QByteArray> content) {
            if (!m_stored || m_stored->info.id != documentId || m_upload)
                return; // replaced meanwhile
            if (!content) {
                m_banner->showError(content.error().message);
                return;
            }
            m_stored->content = content.value();
            showDocument(content.value(), m_stored->info.originalName);
        });
}

} // namespace karier
