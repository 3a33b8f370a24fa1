// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "records/RecordService.h"
#include "records/RecordType.h"

#include <QImage>
#include <QSizeF>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace karier {

class Database;
class DropZone;
class MessageBanner;
class PdfCheckRunner;
class PdfFitRunner;
class PdfPreview;
struct PdfCheckOptions;
struct PdfCheckResult;
struct PdfFitResult;

/// The "Unggah Dokumen" step of the record wizard: owns the drop zone, the manual's requirements (limits
/// from the shared settings), the PDF check in a child process (PdfCheckRunner; the file read once on a
/// worker), the preview, and the document itself: the checked upload, or the record's stored one.
///
/// A photo (JPEG/PNG, recognised by its content whatever its name) or a PDF over the size limit is
/// turned into a fitting PDF here, at once (PdfFitRunner in a child process, then the normal check
/// of its bytes): no extra step. The result is shown with what was done, and "Batalkan" goes back to
/// no document; "Jadikan PDF yang sesuai" makes it again.
///
/// Object names for tests: dropZone, documentLabel, documentInfo, checkBusy, checkBusyText,
/// cancelCheckButton, documentBanner, fitButton, undoFitButton, requirementSize, requirementPages,
/// previewPlaceholder, pdfPreview.
class RecordDocumentPage : public QWidget
{
    Q_OBJECT

public:
    RecordDocumentPage(
        std::shared_ptr<Database> db, Session session, const RecordType& type, QWidget* parent);
    ~RecordDocumentPage() override;

    /// A checked document is ready (new, or the record's stored one).
    bool hasDocument() const;
    /// The chosen file is being checked (child process) or read.
    bool isChecking() const;
    /// The checked document not stored yet.
    const std::optional<DocumentUpload>& upload() const { return m_upload; }
    /// The name, size and pages of the document (new, else stored); an empty name without one.
    QString documentName() const;
    qint64 documentSize() const;
    int documentPages() const;
    /// The bytes shown in the preview.
    const QByteArray& previewContent() const { return m_previewContent; }

    void setEditable(bool editable);
    /// Shows the record's stored document (none when \a info.id is 0); its bytes are read on a worker.
    void showStored(const DocumentInfo& info);
    /// A saved draft stored the document as \a info: the upload becomes the stored one.
    void markStored(const DocumentInfo& info);
    /// "… wajib diunggah (PDF)." under the drop zone.
    void showMissing();
    /// Opens the file chooser of the drop zone, as a click on it does (nothing when read-only).
    void chooseFile();
    /// Forgets a file waiting for the settings and stops a running check (the wizard closes).
    void abandonCheck();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

Q_SIGNALS:
    /// A PDF passed the check and its bytes are loaded.
    void documentAccepted();
    /// A chosen file was refused (or could not be read); the previous new document is dropped too.
    void documentRefused(const QString& message);
    /// A check started, ended or was cancelled.
    void checkingChanged();

private:
    void startCheck(const QString& path);
    /// Shows the busy state for checking \a path; false when the check must wait for the settings.
    bool beginCheck(const QString& path);
    /// Checks \a content (the bytes of \a path) in the child process.
    void checkContent(const QString& path, const QByteArray& content);
    /// The check's options for the preview's present width (its first page at that width).
    PdfCheckOptions checkOptions();
    /// While the page can take a file: the checking child started ahead (PdfCheckRunner::prepare).
    void prepareCheck();
    /// The child drew the first page of the file being checked: shown while the check goes on.
    void showCheckingPage(const QString& path, const QImage& page, QSizeF pageSizePt);
    /// The preview as it was before showCheckingPage: the new document, the stored one, or none.
    void restorePreview();
    void checkFinished(const PdfCheckResult& result);
    void acceptDocument(const QString& path, const PdfCheckResult& result, const QByteArray& content);
    void refuseDocument(const QString& message);
    /// Drops the new document (the stored one, if any, is shown again).
    void forgetUpload();
    /// Whether a file refused with \a result (a photo by content: \a photo) can be made to fit.
    static bool fittable(const PdfCheckResult& result, bool photo);
    /// Makes a fitting PDF of \a path in the child process; its result is checked like a chosen file.
    void startFit(const QString& path);
    void fitFinished(const PdfFitResult& result);
    /// "Batalkan": the fitted document is dropped; the page is back to no new document.
    void undoFit();
    /// Shows \a content in the preview; \a firstPage (the page the check drew, of \a firstPageSizePt
    /// points), when given, is painted at once.
    void showDocument(const QByteArray& content, const QString& name, const QImage& firstPage = {},
        QSizeF firstPageSizePt = {});
    /// The preview at the size the stack gives it, also while the placeholder is shown.
    void sizePreview();
    void restoreDropZone();
    void loadSettings();

    struct StoredDocument
    {
        DocumentInfo info;
        QByteArray content; ///< loaded for the preview; may be empty until then
    };

    std::shared_ptr<Database> m_db;
    Session m_session;
    bool m_editable = true;
    bool m_previewShowsChecking = false; ///< showCheckingPage's page is in the preview

    std::optional<DocumentUpload> m_upload; ///< checked, not stored yet
    std::optional<StoredDocument> m_stored; ///< the record's own document
    QByteArray m_previewContent;
    PdfCheckRunner* m_runner = nullptr;
    QString m_checkingPath;
    QString m_pendingPath; ///< chosen before the settings arrived
    int m_readingDocument = 0; ///< files being read for a check
    QByteArray m_checkingContent; ///< the bytes the running check is checking
    bool m_settingsLoaded = false;
    PdfFitRunner* m_fitRunner = nullptr;
    QString m_fitSource; ///< the file being (or last) fitted
    QString m_fitNote; ///< what the fitting did, shown when its result is accepted

    DropZone* m_dropZone = nullptr;
    QLabel* m_requirementSize = nullptr;
    QLabel* m_requirementPages = nullptr;
    QWidget* m_checkBusy = nullptr;
    QLabel* m_checkBusyText = nullptr;
    MessageBanner* m_banner = nullptr;
    QLabel* m_documentInfo = nullptr;
    QPushButton* m_fitButton = nullptr;
    QPushButton* m_undoFitButton = nullptr;
    QStackedWidget* m_previewStack = nullptr;
    PdfPreview* m_preview = nullptr;
    const QString m_documentLabel;
};

} // namespace karier
