// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "records/BatchService.h"
#include "records/RecordService.h"
#include "records/RecordType.h"

#include <QDialog>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace karier {

class BatchController;
class BatchRecipientsPage;
class Database;
class MessageBanner;
class RecordDocumentPage;
class RecordForm;
class RecordSummaryPage;
class StepIndicator;

/// The three-step record wizard of the manual, for any RecordType:
///   1 Masukan Data (a form built from RecordType::fields, checked as the user types),
///   2 Unggah Dokumen (drop zone, requirement list, PDF check in a child process, preview),
///   3 Ringkasan (summary table, the document, the declaration, Kirim).
/// Every "Selanjutnya" and "Kirim" asks "Apakah anda yakin?". The rules are core's
/// (RecordType::validate, RecordService::check); the wizard shows their findings under the fields.
/// Database, file and PDF work never runs on the GUI thread.
///
/// The dialog wires its parts: StepIndicator, RecordForm (Masukan Data), RecordDocumentPage (Unggah
/// Dokumen), RecordSummaryPage (Ringkasan) and, in batch mode, BatchController (Pilih Pegawai).
///
/// Object names for tests: field_<key> (the input), issue_<key>, clear_<key> (dates), help_<key>,
/// stepIndicator, steps, nextButton, backButton, draftButton, submitButton, cancelButton,
/// dropZone, documentBanner, checkBusy, cancelCheckButton, pdfPreview, declarationCheck,
/// checkBusyText, fitButton and undoFitButton (a fitting PDF made in the step, see RecordDocumentPage),
/// summary_<key>, summaryDocument, documentThumbnail, messageBanner, noteBanner, jenisValue, batchSummary.
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
    BatchRecipientsPage* recipientsPage() const;
    const std::optional<BatchPlan>& batchPlan() const;
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
    /// After submitted: what was sent and where its status can be followed (for the opener's band).
    const QString& sentMessage() const { return m_sentMessage; }

public Q_SLOTS:
    /// Batal, Escape and the window's close button: asks first when something would be lost
    /// (Tidak is the default answer).
    void reject() override;

protected:
    /// Escape closes an open pop-up (a completer's list) first; only then does it leave the wizard.
    void keyPressEvent(QKeyEvent* event) override;

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
    QWidget* createHeader();
    QWidget* createFooter();

    void fieldEdited();
    void refreshContext();
    void runValidation();
    void showIssues();

    void setStep(int step);
    int neighbourStep(int step, int direction) const;
    void submitBatch();
    void goNext();
    void goBack();
    void saveDraft();
    void submit();
    RecordService::SaveRequest saveRequest() const;

    void pushBusy(const QString& text);
    void popBusy();
    void updateButtons();
    void applyRecord(const RecordDetail& detail);
    /// The banners and subtitle of a loaded record: who sent it back, when, and why.
    void showRecordNote(const RecordSummary& summary);

    std::shared_ptr<Database> m_db;
    Session m_session;
    const RecordType& m_type;
    Mode m_mode = Mode::Single;
    QList<int> m_order; ///< the steps in the order they are shown
    BatchController* m_batch = nullptr;

    qint64 m_recordId = 0;
    int m_version = 0;
    SubmissionStatus m_status = SubmissionStatus::Draf;
    bool m_editable = true;
    bool m_dirty = false;
    /// Unggah Dokumen opens the file chooser by itself the first time it is reached without a document.
    bool m_choosesFileOnArrival = true;
    QString m_sentMessage;
    bool m_showAllIssues = false;
    int m_busy = 0;

    QList<RuleIssue> m_issues;
    RuleContext m_context;
    bool m_contextStale = true;
    int m_contextGeneration = 0;
    QTimer* m_validateTimer = nullptr;

    StepIndicator* m_steps = nullptr;
    QLabel* m_subtitle = nullptr;
    MessageBanner* m_noteBanner = nullptr;
    MessageBanner* m_banner = nullptr;
    QStackedWidget* m_pages = nullptr;
    RecordForm* m_form = nullptr;
    RecordDocumentPage* m_document = nullptr;
    RecordSummaryPage* m_summary = nullptr;

    QLabel* m_busyText = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_draftButton = nullptr;
    QPushButton* m_backButton = nullptr;
    QPushButton* m_nextButton = nullptr;
    QPushButton* m_submitButton = nullptr;
};

} // namespace karier
