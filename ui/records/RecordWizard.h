// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "records/BatchService.h"
#include "records/RecordService.h"
#include "records/RecordType.h"

#include <QDialog>
#include <QHash>
#include <QSet>
#include <memory>
#include <optional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;

namespace karier {

class Database;
class BatchRecipientsPage;
class DropZone;
class MessageBanner;
class PdfCheckRunner;
class PdfPreview;
class PdfThumbnail;
class StepIndicator;
struct PdfCheckResult;

/// The three-step record wizard of the manual, for any RecordType:
///   1 Masukan Data (a form built from RecordType::fields, checked as the user types),
///   2 Unggah Dokumen (drop zone, requirement list, PDF check in a child process, preview),
///   3 Ringkasan (summary table, the document, the declaration, Kirim).
/// Every "Selanjutnya" and "Kirim" asks "Apakah anda yakin?". The rules are core's
/// (RecordType::validate, RecordService::check); the wizard shows their findings under the fields.
/// Database, file and PDF work never runs on the GUI thread.
///
/// Object names for tests: field_<key> (the input), issue_<key>, clear_<key> (dates), help_<key>,
/// stepIndicator, steps, nextButton, backButton, draftButton, submitButton, cancelButton,
/// dropZone, documentBanner, checkBusy, cancelCheckButton, pdfPreview, declarationCheck,
/// checkBusyText, fitButton (Perkecil otomatis, see FitDialog), summary_<key>, summaryDocument,
/// documentThumbnail, messageBanner, noteBanner, jenisValue, batchSummary.
///
/// In Mode::Batch (Admin BKPSDM, Kursus and Penghargaan) the same form describes one decree or one
/// training event, a fourth step "Pilih Pegawai" (BatchRecipientsPage) comes after Masukan Data, the
/// rules are checked per employee by BatchService, and Kirim writes one Disetujui record per employee
/// in one transaction after the admin confirmed the summary ("139 pegawai akan menerima …").
class RecordWizard : public QDialog
{
    Q_OBJECT

public:
    /// Page indexes; in batch mode the order is Data, Recipients, Document, Summary.
    enum Step { DataStep = 0, DocumentStep = 1, SummaryStep = 2, RecipientsStep = 3 };
    enum class Mode { Single, Batch };

    RecordWizard(std::shared_ptr<Database> db, Session session, const RecordType& type,
        QWidget* parent = nullptr, Mode mode = Mode::Single);
    ~RecordWizard() override;

    /// Resumes a Draf or fixes a record sent back (Perlu Perbaikan, the verifier's note shown in a
    /// banner). Loads on a worker; recordLoaded() or loadFailed() follows. A record in another status
    /// is shown read-only with the reason.
    void loadRecord(qint64 recordId);

    /// A new record for a given purpose (an Arsip DMS row): these fields are filled and locked.
    void presetValues(const QVariantMap& values);

    const RecordType& recordType() const { return m_type; }
    Mode mode() const { return m_mode; }
    /// Batch mode: the recipients step, and what BatchService::prepare found (after that step).
    BatchRecipientsPage* recipientsPage() const { return m_recipientsPage; }
    const std::optional<BatchPlan>& batchPlan() const { return m_plan; }
    qint64 recordId() const { return m_recordId; }
    int recordVersion() const { return m_version; }
    int currentStep() const;
    /// The values as the widgets hold them (empty fields are left out).
    QVariantMap values() const;
    /// The findings last shown (all of them, also those of fields not yet touched).
    QList<RuleIssue> issues() const { return m_issues; }
    /// A checked document is ready (new, or the record's stored one).
    bool hasDocument() const;
    /// Checking the form before Selanjutnya, saving, sending or loading is running on a worker.
    bool isBusy() const { return m_busy > 0; }
    /// The chosen file is being checked (child process) or read.
    bool isCheckingDocument() const;
    /// Something was entered or chosen since the last load or save.
    bool isDirty() const { return m_dirty; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

public Q_SLOTS:
    /// Batal, Escape and the window's close button: asks first when something would be lost.
    void reject() override;

Q_SIGNALS:
    void recordLoaded(qint64 recordId);
    void loadFailed(const QString& message);
    /// After every validation pass (as-you-type or the check before Selanjutnya).
    void issuesShown();
    /// A PDF passed the check and its bytes are loaded.
    void documentAccepted();
    /// A chosen file was refused (or could not be read); the previous document stays.
    void documentRefused(const QString& message);
    void draftSaved(qint64 recordId);
    void submitted(qint64 recordId);
    /// Batch mode: the records were written (all of them, one transaction).
    void batchApplied(int created);
    /// A worker action failed; the message is also in the banner.
    void actionFailed(const QString& message);

private:
    struct FieldWidgets
    {
        const FieldSpec* spec = nullptr;
        QWidget* input = nullptr;
        QLabel* issue = nullptr;
        QWidget* row = nullptr; ///< what to scroll to
    };

    struct StoredDocument
    {
        DocumentInfo info;
        QByteArray content; ///< loaded for the preview; may be empty until then
    };

    QWidget* createHeader();
    QWidget* createDataPage();
    QWidget* createDocumentPage();
    QWidget* createSummaryPage();
    QWidget* createFooter();
    QWidget* createFieldEditor(const FieldSpec& spec, QWidget* parent);
    QWidget* createFieldBlock(const FieldSpec& spec, QWidget* parent, bool compactLabel);

    QVariant valueOf(const FieldWidgets& field) const;
    void setValueOf(const FieldWidgets& field, const QVariant& value);
    void fieldEdited(const QString& key);
    /// Applies the record type's implied values and narrowed choices after \a key changed.
    void applyDependencies(const QString& key);
    /// The help under a Choice field: the chosen item's explanation, else the field's own help.
    void updateChoiceHelp(const FieldWidgets& field);
    void refreshContext();
    void runValidation();
    void showIssues();
    void focusFirstError();

    void setStep(int step);
    int neighbourStep(int step, int direction) const;
    void prepareBatch();
    void submitBatch();
    void goNext();
    void goBack();
    void saveDraft();
    void submit();
    RecordService::SaveRequest saveRequest() const;

    void startCheck(const QString& path);
    /// Shows the busy state for checking \a path; false when the check must wait for the settings.
    bool beginCheck(const QString& path);
    /// Checks \a content (the bytes of \a path) in the child process.
    void checkContent(const QString& path, const QByteArray& content);
    void checkFinished(const PdfCheckResult& result);
    void acceptDocument(const QString& path, const PdfCheckResult& result, const QByteArray& content);
    void refuseDocument(const QString& message);
    /// Offers "Perkecil otomatis" for a refused file that is too large or a JPEG/PNG photo.
    void offerFit(const QString& path, const PdfCheckResult& result);
    /// Runs FitDialog on the offered file; an accepted result is checked like a chosen file.
    void startFit();
    void showDocument(const QByteArray& content, const QString& name);
    void fillSummary();

    void pushBusy(const QString& text);
    void popBusy();
    void updateButtons();
    void applyRecord(const RecordDetail& detail);
    QString documentName() const;
    void restoreDropZone();

    std::shared_ptr<Database> m_db;
    Session m_session;
    const RecordType& m_type;
    Mode m_mode = Mode::Single;
    QList<int> m_order; ///< the steps in the order they are shown
    BatchRecipientsPage* m_recipientsPage = nullptr;
    std::optional<BatchPlan> m_plan;
    QLabel* m_batchSummary = nullptr;

    qint64 m_recordId = 0;
    int m_version = 0;
    SubmissionStatus m_status = SubmissionStatus::Draf;
    bool m_editable = true;
    bool m_dirty = false;
    bool m_filling = false;
    bool m_showAllIssues = false;
    int m_busy = 0;

    QList<FieldWidgets> m_fields;
    QHash<QString, int> m_fieldIndex;
    QSet<QString> m_touched;
    QList<RuleIssue> m_issues;
    RuleContext m_context;
    bool m_contextStale = true;
    int m_contextGeneration = 0;
    QTimer* m_validateTimer = nullptr;

    std::optional<DocumentUpload> m_document; ///< checked, not stored yet
    std::optional<StoredDocument> m_stored; ///< the record's own document
    QByteArray m_previewContent;
    PdfCheckRunner* m_runner = nullptr;
    QString m_checkingPath;
    QString m_pendingPath; ///< chosen before the settings arrived
    int m_readingDocument = 0; ///< files being read for a check
    QByteArray m_checkingContent; ///< the bytes the running check is checking
    QSet<QString> m_autoFilled; ///< Year fields filled from the start date, not typed
    bool m_settingsLoaded = false;

    StepIndicator* m_steps = nullptr;
    QLabel* m_subtitle = nullptr;
    MessageBanner* m_noteBanner = nullptr;
    MessageBanner* m_banner = nullptr;
    QStackedWidget* m_pages = nullptr;
    QScrollArea* m_formScroll = nullptr;
    QLabel* m_formIssue = nullptr;

    DropZone* m_dropZone = nullptr;
    QLabel* m_requirementSize = nullptr;
    QLabel* m_requirementPages = nullptr;
    QWidget* m_checkBusy = nullptr;
    QLabel* m_checkBusyText = nullptr;
    MessageBanner* m_documentBanner = nullptr;
    QLabel* m_documentInfo = nullptr;
    QPushButton* m_fitButton = nullptr;
    QString m_fitSource; ///< the file offered for Perkecil otomatis
    QStackedWidget* m_previewStack = nullptr;
    PdfPreview* m_preview = nullptr;

    QGridLayout* m_summaryGrid = nullptr;
    QWidget* m_summaryTable = nullptr;
    PdfThumbnail* m_thumbnail = nullptr;
    QLabel* m_summaryDocument = nullptr;
    QCheckBox* m_declaration = nullptr;

    QLabel* m_busyText = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_draftButton = nullptr;
    QPushButton* m_backButton = nullptr;
    QPushButton* m_nextButton = nullptr;
    QPushButton* m_submitButton = nullptr;
};

} // namespace karier
