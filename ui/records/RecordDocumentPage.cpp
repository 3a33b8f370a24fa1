// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RecordDocumentPage.h"

#include "common/Async.h"
#include "common/PageStyle.h"
#include "documents/PdfCheckRunner.h"
#include "documents/PdfFitRunner.h"
#include "documents/PdfInspector.h"
#include "records/WizardStyle.h"
#include "settings/SharedSettings.h"
#include "widgets/DropZone.h"
#include "widgets/MessageBanner.h"
#include "widgets/PdfPreview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
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
    connect(m_runner, &PdfCheckRunner::firstPageDrawn, this, &RecordDocumentPage::showCheckingPage);
    m_fitRunner = new PdfFitRunner(this);
    connect(m_fitRunner, &PdfFitRunner::finished, this, &RecordDocumentPage::fitFinished);

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
        if (m_fitRunner->isRunning()) {
            m_fitRunner->cancel(); // fitFinished follows with "cancelled"
        } else if (m_runner->isRunning()) {
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
    // One set of words whatever the file: a photo and an oversize PDF are both made to fit.
    m_fitButton = new QPushButton(Text::tr("Jadikan PDF yang sesuai"), this);
    m_fitButton->setObjectName(QStringLiteral("fitButton"));
    m_fitButton->hide();
    connect(m_fitButton, &QPushButton::clicked, this, [this] { startFit(m_fitSource); });
    m_undoFitButton = new QPushButton(Text::tr("Batalkan"), this);
    m_undoFitButton->setObjectName(QStringLiteral("undoFitButton"));
    m_undoFitButton->setToolTip(Text::tr("Jangan pakai PDF hasil penyesuaian; pilih file lain"));
    m_undoFitButton->hide();
    connect(m_undoFitButton, &QPushButton::clicked, this, &RecordDocumentPage::undoFit);

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
    auto* fitButtons = new QHBoxLayout;
    fitButtons->setSpacing(8);
    fitButtons->addWidget(m_fitButton);
    fitButtons->addWidget(m_undoFitButton);
    fitButtons->addStretch(1);
    left->addLayout(fitButtons);
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
    addRequirement(Text::tr("Silakan unggah dokumen sertifikat dalam format PDF; foto (JPG/PNG) atau PDF "
                            "yang terlalu besar dijadikan PDF yang sesuai secara otomatis"));
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
    // The slot and the requirements scroll when the window is too short for them (a returned record's
    // note above them at 1000×700 squeezed the requirements' lines into each other).
    leftColumn->setObjectName(QStringLiteral("documentSlotContent"));
    auto* leftScroll = new QScrollArea(this);
    leftScroll->setObjectName(QStringLiteral("documentSlotScroll"));
    leftScroll->setWidgetResizable(true);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setWidget(leftColumn);
    leftScroll->setFixedWidth(leftColumn->width() + leftScroll->verticalScrollBar()->sizeHint().width());
    layout->addWidget(leftScroll);
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
            prepareCheck();
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
    return m_runner->isRunning() || m_fitRunner->isRunning() || m_readingDocument || !m_pendingPath.isEmpty();
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
    prepareCheck();
}

void RecordDocumentPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Once laid out, so that the first page is asked for at the preview's real width.
    QTimer::singleShot(0, this, &RecordDocumentPage::prepareCheck);
}

void RecordDocumentPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_runner->unprepare(); // no idle child while the page is not shown
}

void RecordDocumentPage::prepareCheck()
{
    if (!m_editable || !m_settingsLoaded || !isVisible()) {
        if (!m_editable)
            m_runner->unprepare();
        return;
    }
    m_runner->setOptions(checkOptions());
    m_runner->prepare();
}

PdfCheckOptions RecordDocumentPage::checkOptions()
{
    sizePreview();
    PdfCheckOptions options = m_runner->options();
    const int width = m_preview->fitWidthPixels();
    options.firstPageWidth = width >= 16 ? std::min(width, PdfCheckOptions::MaxFirstPageWidth) : 0;
    return options;
}

void RecordDocumentPage::showCheckingPage(const QString& path, const QImage& page, QSizeF pageSizePt)
{
    if (path != m_checkingPath)
        return; // a check that was replaced or abandoned
    sizePreview();
    m_preview->showCheckingPage(page, pageSizePt);
    m_previewStack->setCurrentWidget(m_preview);
    m_documentInfo->hide();
    m_previewShowsChecking = true;
}

void RecordDocumentPage::restorePreview()
{
    m_previewShowsChecking = false;
    if (m_upload) {
        showDocument(m_upload->content, m_upload->originalName);
    } else if (m_stored && !m_stored->content.isEmpty()) {
        showDocument(m_stored->content, m_stored->info.originalName);
    } else {
        m_previewContent.clear();
        m_preview->clear();
        m_previewStack->setCurrentIndex(0);
        if (!m_stored)
            m_documentInfo->hide();
    }
    if (m_stored && !m_upload)
        m_documentInfo->setVisible(true);
}

void RecordDocumentPage::chooseFile()
{
    if (m_editable)
        m_dropZone->chooseFile();
}

void RecordDocumentPage::showMissing()
{
    m_banner->showError(Text::tr("%1 wajib diunggah (PDF).").arg(m_documentLabel));
}

void RecordDocumentPage::abandonCheck()
{
    m_pendingPath.clear();
    m_checkingPath.clear(); // also a file still being read: it is not checked
    m_fitSource.clear();
    if (m_runner->isRunning())
        m_runner->cancel();
    if (m_fitRunner->isRunning())
        m_fitRunner->cancel();
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
        bool photo = false; ///< a JPEG/PNG by its content, whatever its name
    };
    ++m_readingDocument;
    runCpu(
        this,
        [path, limits = m_runner->options().limits] {
            Read read;
            read.refusal = PdfCheckRunner::readFile(path, limits, read.content);
            if (!read.refusal.code.isEmpty()) {
                QFile file(path);
                read.photo = file.open(QIODevice::ReadOnly) && PdfFitter::isImage(file.read(16));
            }
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
                if (m_editable && fittable(read.refusal, read.photo)) {
                    startFit(path); // no refusal to read: the fitting PDF is made at once
                    return;
                }
                m_checkBusy->hide();
                refuseDocument(read.refusal.message);
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
    m_undoFitButton->hide();
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
    if (m_previewShowsChecking)
        restorePreview(); // the page of the check replaced by this one
    return true;
}

void RecordDocumentPage::checkContent(const QString& path, const QByteArray& content)
{
    m_checkingPath = path;
    // The child hands back the first page at the preview's width as soon as it has drawn it: it is
    // painted while the rest is checked (showCheckingPage), and never drawn twice.
    m_runner->setOptions(checkOptions());
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
    if (m_previewShowsChecking && !result.ok)
        restorePreview(); // the page shown while checking was of a file now refused
    if (result.code == QLatin1String("cancelled")) {
        restoreDropZone();
        Q_EMIT checkingChanged();
        return;
    }
    if (!result.ok) {
        m_fitNote.clear();
        refuseDocument(result.message);
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
    showDocument(content, upload.originalName, result.firstPage, result.firstPageSizePt);
    m_banner->clear();
    // What the fitting did (a fitted result only), then what the check found.
    const QString fitted = std::exchange(m_fitNote, QString());
    const QString prefix = fitted.isEmpty() ? QString() : fitted + QLatin1Char(' ');
    if (result.hasWarning(QStringLiteral("blurry"))) {
        m_banner->showWarning(prefix
            + Text::tr(
                "Dokumen tampak buram, sehingga tulisannya mungkin sulit dibaca verifikator. Sebaiknya "
                "pindai ulang dengan lebih jelas (150–300 dpi). Anda tetap dapat melanjutkan."));
    } else if (result.hasWarning(QStringLiteral("blank"))) {
        m_banner->showWarning(prefix
            + Text::tr("Halaman pertama dokumen tampak kosong. Pastikan file yang dipilih "
                       "sudah benar. Anda tetap dapat melanjutkan."));
    } else if (!fitted.isEmpty()) {
        m_banner->showSuccess(fitted);
    }
    m_undoFitButton->setVisible(!fitted.isEmpty());
    Q_EMIT checkingChanged();
    Q_EMIT documentAccepted();
}

void RecordDocumentPage::refuseDocument(const QString& message)
{
    // A refused file does not leave the earlier new one chosen: Selanjutnya waits for a good file.
    forgetUpload();
    m_banner->showError(message);
    restoreDropZone();
    Q_EMIT checkingChanged();
    Q_EMIT documentRefused(message);
}

void RecordDocumentPage::forgetUpload()
{
    if (m_upload) {
        m_upload.reset();
        if (m_stored && !m_stored->content.isEmpty()) {
            showDocument(m_stored->content, m_stored->info.originalName);
        } else {
            m_previewContent.clear();
            m_preview->clear();
            m_previewStack->setCurrentIndex(0);
            m_documentInfo->hide();
        }
    }
    m_undoFitButton->hide();
}

bool RecordDocumentPage::fittable(const PdfCheckResult& result, bool photo)
{
    return result.code == QLatin1String("too_large") || (photo && result.code == QLatin1String("not_pdf"));
}

void RecordDocumentPage::startFit(const QString& path)
{
    if (!m_editable || path.isEmpty())
        return;
    m_fitSource = path;
    m_fitNote.clear();
    m_banner->clear();
    m_fitButton->hide();
    m_undoFitButton->hide();
    PdfFitRunOptions options;
    const PdfCheckLimits& limits = m_runner->options().limits;
    options.fit.maxBytes = limits.maxBytes;
    options.fit.maxPages = limits.maxPages;
    options.fit.sharpnessThreshold = limits.sharpnessThreshold;
    m_fitRunner->setOptions(options);
    m_checkBusyText->setText(Text::tr("Menjadikan PDF yang sesuai (paling besar %1)…")
                                 .arg(PdfInspector::formatSize(limits.maxBytes)));
    m_checkBusy->setToolTip(QDir::toNativeSeparators(path));
    m_checkBusy->show();
    if (!m_fitRunner->start(path)) {
        m_checkBusy->hide();
        refuseDocument(Text::tr("Dokumen tidak dapat dijadikan PDF yang sesuai. Coba lagi."));
        m_fitButton->show();
        return;
    }
    Q_EMIT checkingChanged();
}

void RecordDocumentPage::fitFinished(const PdfFitResult& result)
{
    if (m_fitSource.isEmpty() || result.file != m_fitSource)
        return; // abandoned
    m_checkBusy->hide();
    if (result.ok && !result.output.isEmpty()) {
        // The result is checked like any chosen file before it is taken: its bytes, no file.
        m_fitNote = result.message;
        const QString name = QFileInfo(m_fitSource).completeBaseName() + QStringLiteral(".pdf");
        if (beginCheck(name))
            checkContent(name, result.output);
        return;
    }
    if (result.code == QLatin1String("cancelled")) {
        refuseDocument(Text::tr("Dibatalkan; file asli tidak diubah. Pilih file lain, atau klik \"Jadikan "
                                "PDF yang sesuai\"."));
        m_fitButton->show();
        return;
    }
    refuseDocument(result.message);
}

void RecordDocumentPage::undoFit()
{
    forgetUpload();
    restoreDropZone();
    m_banner->showInfo(
        Text::tr("PDF hasil penyesuaian tidak dipakai. Pilih file lain, atau klik \"Jadikan PDF "
                 "yang sesuai\" untuk membuatnya lagi."));
    m_fitButton->setVisible(!m_fitSource.isEmpty());
    Q_EMIT checkingChanged();
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

void RecordDocumentPage::sizePreview()
{
    // The stack lays out only the page it shows: the preview, still hidden behind the placeholder,
    // is given the size it will have, so that the page is fitted to its real width.
    if (m_previewStack->currentWidget() != m_preview)
        m_preview->resize(m_previewStack->size());
}

void RecordDocumentPage::showDocument(
    const QByteArray& content, const QString& name, const QImage& firstPage, QSizeF firstPageSizePt)
{
    m_previewContent = content;
    m_previewShowsChecking = false;
    sizePreview();
    if (firstPage.isNull())
        m_preview->setDocument(content, name);
    else
        m_preview->setDocument(content, name, firstPage, firstPageSizePt);
    m_previewStack->setCurrentWidget(m_preview);
    m_documentInfo->setText(Text::tr("Ukuran %1 · %n halaman", nullptr, documentPages())
                                .arg(PdfInspector::formatSize(documentSize())));
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
    m_documentInfo->setText(Text::tr("Ukuran %1 · %n halaman", nullptr, info.pages)
                                .arg(PdfInspector::formatSize(info.sizeBytes)));
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
