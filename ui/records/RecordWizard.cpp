// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RecordWizard.h"

#include "common/Async.h"
#include "common/Confirm.h"
#include "common/DateInput.h"
#include "common/DialogStyle.h"
#include "common/PageStyle.h"
#include "domain/Nip.h"
#include "records/BatchController.h"
#include "records/BatchRecipientsPage.h"
#include "records/RecordDocumentPage.h"
#include "records/RecordForm.h"
#include "records/RecordSummaryPage.h"
#include "records/StepIndicator.h"
#include "widgets/MessageBanner.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace karier {

namespace {

constexpr int ValidationDelayMs = 300;

using PageStyle::makeLabel;

} // namespace

RecordWizard::RecordWizard(
    std::shared_ptr<Database> db, Session session, const RecordType& type, QWidget* parent, Mode mode)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session)), m_type(type), m_mode(mode)
{
    setObjectName(QStringLiteral("recordWizard"));
    setWindowTitle(m_mode == Mode::Batch ? tr("Entri Massal — %1").arg(m_type.title) : m_type.wizardTitle);
    m_order = m_mode == Mode::Batch ? QList<int> {DataStep, RecipientsStep, DocumentStep, SummaryStep}
                                    : QList<int> {DataStep, DocumentStep, SummaryStep};
    setSizeGripEnabled(true);
    setMinimumSize(820, 600);
    // 1024×720 where the screen has room; within it on 1024×768.
    DialogStyle::resizeWithinScreen(this, QSize(1024, 720), parent);

    m_validateTimer = new QTimer(this);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(ValidationDelayMs);
    connect(m_validateTimer, &QTimer::timeout, this, [this] {
        runValidation();
        if (m_contextStale)
            refreshContext();
    });

    m_noteBanner = new MessageBanner(this);
    m_noteBanner->setObjectName(QStringLiteral("noteBanner"));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    m_form = new RecordForm(m_type, this);
    connect(m_form, &RecordForm::edited, this, [this](const QString& key) {
        m_dirty = true;
        if (key == m_type.numberField || key == m_type.startField || key == m_type.endField)
            m_contextStale = true;
        m_validateTimer->start();
    });
    m_document = new RecordDocumentPage(m_db, m_session, m_type, this);
    connect(m_document, &RecordDocumentPage::checkingChanged, this, &RecordWizard::updateButtons);
    connect(m_document, &RecordDocumentPage::documentAccepted, this, [this] {
        m_dirty = true;
        Q_EMIT documentAccepted();
    });
    connect(m_document, &RecordDocumentPage::documentRefused, this, &RecordWizard::documentRefused);
    m_summary = new RecordSummaryPage(m_type, m_mode == Mode::Batch, this);
    connect(m_summary->declaration(), &QCheckBox::toggled, this, &RecordWizard::updateButtons);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("steps"));
    m_pages->addWidget(m_form);
    m_pages->addWidget(m_document);
    m_pages->addWidget(m_summary);
    if (m_mode == Mode::Batch) {
        m_batch = new BatchController(m_db, m_session, m_type, this);
        connect(m_batch, &BatchController::changed, this, [this] { m_dirty = true; });
        connect(m_batch, &BatchController::busy, this, &RecordWizard::pushBusy);
        connect(m_batch, &BatchController::idle, this, &RecordWizard::popBusy);
        connect(m_batch, &BatchController::refused, m_banner, &MessageBanner::showError);
        connect(m_batch, &BatchController::failed, this, [this](const QString& message) {
            m_banner->showError(message);
            Q_EMIT actionFailed(message);
        });
        connect(m_batch, &BatchController::prepared, this, [this] { setStep(DocumentStep); });
        connect(m_batch, &BatchController::applied, this, [this](int created) {
            m_dirty = false;
            // No notice to dismiss: the page that opened the wizard says it in its band.
            Q_EMIT batchApplied(created);
            QDialog::accept();
        });
        // Pilih Pegawai scrolls down on a low screen: its lists and tables keep a readable height.
        auto* recipients = new QScrollArea(this);
        recipients->setObjectName(QStringLiteral("recipientsScroll"));
        recipients->setWidgetResizable(true);
        recipients->setFrameShape(QFrame::NoFrame);
        recipients->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        recipients->setWidget(m_batch->page());
        m_pages->addWidget(recipients);
    }

    auto* body = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(24, 16, 24, 16);
    bodyLayout->setSpacing(12);
    bodyLayout->addWidget(m_noteBanner);
    bodyLayout->addWidget(m_pages, 1);
    // Below the step, so that a message never pushes the fields down under the pointer.
    bodyLayout->addWidget(m_banner);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    layout->addWidget(body, 1);
    layout->addWidget(createFooter());

    // The facts the rules need come from the database (the document step loads the PDF limits).
    refreshContext();
    setStep(DataStep);
}

RecordWizard::~RecordWizard() = default;

QWidget* RecordWizard::createHeader()
{
    auto* header = new QFrame(this);
    header->setObjectName(QStringLiteral("wizardHeader"));
    auto* title = makeLabel(windowTitle(), "title", header, 1.35, true);
    title->setObjectName(QStringLiteral("wizardTitle"));
    m_subtitle = makeLabel(m_mode == Mode::Batch
            ? tr("Satu SK atau satu kegiatan untuk banyak pegawai: isi datanya, pilih penerimanya, unggah "
                 "dokumennya sekali, lalu periksa ringkasannya. Riwayat langsung berstatus Disetujui.")
            : tr("Lengkapi data, unggah dokumen, lalu periksa ringkasannya sebelum dikirim "
                 "untuk diverifikasi Admin BKPSDM."),
        "hint", header);
    m_subtitle->setObjectName(QStringLiteral("wizardSubtitle"));
    m_steps = new StepIndicator(m_mode == Mode::Batch
            ? QStringList {tr("Masukan Data"), tr("Pilih Pegawai"), tr("Unggah Dokumen"), tr("Ringkasan")}
            : QStringList {tr("Masukan Data"), tr("Unggah Dokumen"), tr("Ringkasan")},
        header);

    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(24, 18, 24, 16);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(12);
    layout->addWidget(m_steps);
    return header;
}

QWidget* RecordWizard::createFooter()
{
    auto* footer = new QFrame(this);
    footer->setObjectName(QStringLiteral("wizardFooter"));

    m_cancelButton = new QPushButton(tr("Batal"), footer);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &RecordWizard::reject);

    m_draftButton = new QPushButton(tr("Simpan Draf"), footer);
    m_draftButton->setObjectName(QStringLiteral("draftButton"));
    m_draftButton->setAutoDefault(false);
    m_draftButton->setToolTip(tr("Simpan isian sementara; Anda dapat melanjutkannya nanti"));
    connect(m_draftButton, &QPushButton::clicked, this, &RecordWizard::saveDraft);

    m_busyBar = new QProgressBar(footer);
    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setFixedSize(70, 8);
    m_busyBar->hide();
    m_busyText = makeLabel(QString(), "hint", footer);
    m_busyText->setObjectName(QStringLiteral("busyText"));
    m_busyText->setWordWrap(false);

    m_backButton = new QPushButton(tr("‹ Kembali"), footer);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setAutoDefault(false);
    connect(m_backButton, &QPushButton::clicked, this, &RecordWizard::goBack);

    m_nextButton = new QPushButton(tr("Selanjutnya ›"), footer);
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_nextButton->setProperty("primary", true);
    m_nextButton->setAutoDefault(false);
    connect(m_nextButton, &QPushButton::clicked, this, &RecordWizard::goNext);

    m_submitButton = new QPushButton(tr("Kirim"), footer);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setProperty("primary", true);
    m_submitButton->setAutoDefault(false);
    m_submitButton->setToolTip(tr("Centang pernyataan di atas untuk dapat mengirim"));
    connect(m_submitButton, &QPushButton::clicked, this, &RecordWizard::submit);

    auto* layout = new QHBoxLayout(footer);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->setSpacing(8);
    layout->addWidget(m_cancelButton);
    layout->addWidget(m_draftButton);
    layout->addSpacing(12);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_busyText);
    layout->addStretch(1);
    layout->addWidget(m_backButton);
    layout->addWidget(m_nextButton);
    layout->addWidget(m_submitButton);
    return footer;
}

// ---- state -------------------------------------------------------------------------------------

QVariantMap RecordWizard::values() const
{
    return m_form->values();
}

int RecordWizard::currentStep() const
{
    return m_pages->currentIndex();
}

bool RecordWizard::hasDocument() const
{
    return m_document->hasDocument();
}

bool RecordWizard::isCheckingDocument() const
{
    return m_document->isChecking();
}

BatchRecipientsPage* RecordWizard::recipientsPage() const
{
    return m_batch ? m_batch->page() : nullptr;
}

const std::optional<BatchPlan>& RecordWizard::batchPlan() const
{
    static const std::optional<BatchPlan> none;
    return m_batch ? m_batch->plan() : none;
}

// ---- validation --------------------------------------------------------------------------------

void RecordWizard::refreshContext()
{
    if (!m_db)
        return;
    m_contextStale = false;
    const int generation = ++m_contextGeneration;
    runDb(
        m_db, this,
        [db = m_db, session = m_session, type = &m_type, current = values(), id = m_recordId,
            batch = m_mode == Mode::Batch] {
            return batch ? BatchService(db).decreeContext()
                         : RecordService(db).ruleContext(session, *type, current, id);
        },
        [this, generation](Result<RuleContext> result) {
            if (generation != m_contextGeneration)
                return;
            if (!result) {
                m_banner->showWarning(tr("Isian belum dapat dicocokkan dengan riwayat Anda yang lain: %1")
                                          .arg(result.error().message));
                return;
            }
            m_context = result.value();
            m_form->setToday(m_context.today);
            runValidation();
        });
}

void RecordWizard::runValidation()
{
    m_issues = m_type.validate(values(), m_context);
    showIssues();
    Q_EMIT issuesShown();
}

void RecordWizard::showIssues()
{
    m_form->showIssues(m_issues, m_showAllIssues);
}

// ---- steps ---------------------------------------------------------------------------------

void RecordWizard::setStep(int step)
{
    m_pages->setCurrentIndex(step);
    m_steps->setCurrent(int(m_order.indexOf(step)));
    m_banner->clear();
    if (step == SummaryStep) {
        m_summary->fill(values(), m_batch ? m_batch->summaryLine() : QString(), *m_document);
        m_summary->declaration()->setChecked(false);
        m_summary->declaration()->setFocus(Qt::OtherFocusReason);
    } else if (step == DataStep && m_editable) {
        m_form->focusFirstField();
    } else if (step == DocumentStep && m_editable && m_choosesFileOnArrival && !hasDocument()) {
        // The step's one task is choosing a file: its chooser opens by itself, once (Batal in it
        // leaves the drop zone, for a drag or a later click). Deferred so the step is painted first.
        m_choosesFileOnArrival = false;
        QTimer::singleShot(0, this, [this] {
            if (isVisible() && currentStep() == DocumentStep && !hasDocument() && !isCheckingDocument()
                && !isBusy())
                m_document->chooseFile();
        });
    }
    updateButtons();
}

void RecordWizard::goNext()
{
    if (isBusy())
        return;
    if (currentStep() == DataStep) {
        m_validateTimer->stop();
        pushBusy(tr("Memeriksa isian…"));
        runDb(
            m_db, this,
            [db = m_db, session = m_session, type = &m_type, current = values(), id = m_recordId,
                batch = m_mode == Mode::Batch] {
                return batch ? BatchService(db).checkDecree(*type, current)
                             : RecordService(db).check(session, *type, current, id);
            },
            [this](Result<QList<RuleIssue>> result) {
                popBusy();
                if (!result) {
                    m_banner->showError(result.error().message);
                    Q_EMIT actionFailed(result.error().message);
                    return;
                }
                m_issues = result.value();
                m_showAllIssues = true;
                showIssues();
                Q_EMIT issuesShown();
                if (RecordType::hasErrors(m_issues)) {
                    m_banner->showError(
                        tr("Masih ada isian yang perlu diperbaiki. Lihat pesan berwarna merah "
                           "di bawah kolomnya."));
                    m_form->focusFirstError(m_issues);
                    return;
                }
                m_banner->clear();
                setStep(neighbourStep(DataStep, 1));
            });
        return;
    }
    if (currentStep() == RecipientsStep) {
        m_batch->prepare(values());
        return;
    }
    if (currentStep() == DocumentStep) {
        if (isCheckingDocument()) {
            m_banner->showInfo(tr("Tunggu sampai pemeriksaan dokumen selesai."));
            return;
        }
        if (!hasDocument()) {
            m_document->showMissing();
            return;
        }
        setStep(SummaryStep);
    }
}

void RecordWizard::goBack()
{
    if (currentStep() != DataStep && !isBusy())
        setStep(neighbourStep(currentStep(), -1));
}

int RecordWizard::neighbourStep(int step, int direction) const
{
    const qsizetype at = m_order.indexOf(step) + direction;
    return at >= 0 && at < m_order.size() ? m_order.at(at) : step;
}

void RecordWizard::submitBatch()
{
    if (!m_batch->plan()) {
        setStep(RecipientsStep);
        return;
    }
    if (!m_document->upload()) {
        m_banner->showError(tr("%1 wajib diunggah (PDF).").arg(m_type.documentLabel));
        return;
    }
    m_batch->apply(*m_document->upload());
}

RecordService::SaveRequest RecordWizard::saveRequest() const
{
    RecordService::SaveRequest request;
    request.type = &m_type;
    request.recordId = m_recordId;
    request.version = m_version;
    request.values = values();
    request.document = m_document->upload();
    return request;
}

void RecordWizard::saveDraft()
{
    if (isBusy() || !m_editable)
        return;
    if (isCheckingDocument()) {
        m_banner->showInfo(tr("Tunggu sampai pemeriksaan dokumen selesai."));
        return;
    }
    struct Outcome
    {
        qint64 id = 0;
        std::optional<RecordDetail> detail;
        Error error;
    };
    pushBusy(tr("Menyimpan draf…"));
    runDb(
        m_db, this,
        [db = m_db, session = m_session, request = saveRequest()] {
            Outcome outcome;
            RecordService service(db);
            auto id = service.saveDraft(session, request);
            if (!id) {
                outcome.error = id.error();
                return outcome;
            }
            outcome.id = id.value();
            auto detail = service.get(session, id.value());
            if (detail)
                outcome.detail = detail.value();
            else
                outcome.error = detail.error();
            return outcome;
        },
        [this](Outcome outcome) {
            popBusy();
            if (outcome.id > 0)
                m_recordId = outcome.id;
            if (outcome.detail) {
                m_version = outcome.detail->summary.version;
                m_status = outcome.detail->summary.status;
                if (outcome.detail->summary.document.id > 0)
                    m_document->markStored(outcome.detail->summary.document);
            }
            if (outcome.error.code != ErrorCode::None) {
                m_banner->showError(outcome.error.message);
                Q_EMIT actionFailed(outcome.error.message);
                if (outcome.id == 0)
                    return;
            } else {
                m_dirty = false;
                // The page that lists this type (RecordTypes registry), never a fixed name.
                const std::optional<RiwayatPageSpec> page = RecordTypes::riwayatPageOf(m_type.code);
                const QString time = QTime::currentTime().toString(QStringLiteral("HH.mm"));
                m_banner->showSuccess(page
                        ? tr("Draf tersimpan pukul %1. Anda dapat melanjutkannya nanti dari "
                             "halaman %2.")
                              .arg(time, page->title)
                        : tr("Draf tersimpan pukul %1.").arg(time));
            }
            Q_EMIT draftSaved(m_recordId);
        });
}

void RecordWizard::submit()
{
    if (isBusy() || !m_editable || !m_summary->declaration()->isChecked())
        return;
    if (m_mode == Mode::Batch) {
        submitBatch();
        return;
    }
    // The manual's last question before sending (Ya is the default: the declaration was ticked on
    // purpose); no notice to dismiss afterwards (sentMessage() goes to the opener's band).
    if (!Confirm::ask(this,
            tr("Apakah anda yakin? Riwayat ini akan dikirim untuk diverifikasi dan tidak dapat diubah "
               "selama diverifikasi.")))
        return;
    pushBusy(tr("Mengirim…"));
    runDb(
        m_db, this,
        [db = m_db, session = m_session, request = saveRequest()] {
            return RecordService(db).submit(session, request);
        },
        [this](Result<qint64> result) {
            popBusy();
            if (!result) {
                m_banner->showError(result.error().message);
                Q_EMIT actionFailed(result.error().message);
                return;
            }
            m_recordId = result.value();
            m_dirty = false;
            // No notice to dismiss: the page that opened the wizard shows sentMessage() in its band.
            const QString title = values().value(m_type.titleField).toString().trimmed();
            const std::optional<RiwayatPageSpec> page = RecordTypes::riwayatPageOf(m_type.code);
            m_sentMessage = page
                ? tr("%1 \"%2\" berhasil dikirim dan menunggu verifikasi Admin BKPSDM. Statusnya dapat "
                     "Anda pantau di halaman %3.")
                      .arg(m_type.title, title, page->title)
                : tr("%1 \"%2\" berhasil dikirim dan menunggu verifikasi Admin BKPSDM.")
                      .arg(m_type.title, title);
            Q_EMIT submitted(m_recordId);
            QDialog::accept();
        });
}

void RecordWizard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        QCompleter* completer = nullptr;
        if (auto* combo = qobject_cast<QComboBox*>(focusWidget()))
            completer = combo->completer();
        else if (auto* edit = qobject_cast<QLineEdit*>(focusWidget()))
            completer = edit->completer();
        QWidget* popup = completer && completer->popup() && completer->popup()->isVisible()
            ? completer->popup()
            : QApplication::activePopupWidget();
        if (popup) {
            popup->hide();
            event->accept();
            return;
        }
    }
    QDialog::keyPressEvent(event);
}

void RecordWizard::reject()
{
    if (isBusy()) {
        QString doing = m_busyText->text();
        if (!doing.isEmpty())
            doing[0] = doing.at(0).toLower();
        m_banner->showInfo(tr("Tunggu sebentar, masih %1").arg(doing));
        return;
    }
    if (m_dirty && m_editable
        && !Confirm::askDefaultNo(
            this, tr("Apakah anda yakin? Data yang belum disimpan akan hilang."), tr("Ya"), tr("Tidak")))
        return;
    m_document->abandonCheck();
    QDialog::reject();
}

// ---- loading ----------------------------------------------------------------------------------

void RecordWizard::presetValues(const QVariantMap& values)
{
    m_form->preset(values);
    runValidation();
}

void RecordWizard::loadRecord(qint64 recordId)
{
    pushBusy(tr("Memuat riwayat…"));
    runDb(
        m_db, this,
        [db = m_db, session = m_session, recordId] { return RecordService(db).get(session, recordId); },
        [this](Result<RecordDetail> result) {
            popBusy();
            if (!result) {
                m_banner->showError(result.error().message);
                Q_EMIT loadFailed(result.error().message);
                return;
            }
            applyRecord(result.value());
        });
}

void RecordWizard::applyRecord(const RecordDetail& detail)
{
    const RecordSummary& summary = detail.summary;
    if (summary.typeCode != m_type.code) {
        const QString message = tr("Riwayat ini bukan %1.").arg(m_type.title);
        m_banner->showError(message);
        Q_EMIT loadFailed(message);
        return;
    }
    m_recordId = summary.id;
    m_version = summary.version;
    m_status = summary.status;
    m_editable = ownerMayEdit(summary.status);

    m_form->load(detail.values);
    m_showAllIssues = true;

    showRecordNote(summary);
    m_form->setEditable(m_editable);
    m_document->setEditable(m_editable);
    m_document->showStored(summary.document);

    m_dirty = false;
    m_contextStale = true;
    runValidation();
    refreshContext();
    setStep(DataStep);
    Q_EMIT recordLoaded(m_recordId);
}

void RecordWizard::showRecordNote(const RecordSummary& summary)
{
    QString decided;
    if (summary.decidedAt.isValid()) {
        const auto nip = Nip::parse(summary.decidedByNip);
        const QString who = summary.decidedByNip.isEmpty()
            ? tr("verifikator")
            : tr("verifikator (NIP %1)").arg(nip ? nip->grouped() : summary.decidedByNip);
        decided = tr(" pada %1 pukul %2 oleh %3")
                      .arg(indonesianDate(summary.decidedAt.toLocalTime().date()),
                          summary.decidedAt.toLocalTime().toString(QStringLiteral("HH.mm")), who);
    }
    const QString note = summary.note.trimmed().isEmpty() ? tr("(tanpa catatan)") : summary.note.trimmed();
    if (summary.status == SubmissionStatus::PerluPerbaikan) {
        m_subtitle->setText(
            tr("Perbaiki isian atau dokumen sesuai catatan verifikator, lalu kirim kembali."));
        m_noteBanner->showWarning(tr("Dikembalikan untuk perbaikan%1.\nCatatan: %2").arg(decided, note));
    } else if (summary.status == SubmissionStatus::Draf) {
        m_subtitle->setText(tr("Melanjutkan draf yang tersimpan. Lengkapi data dan dokumen, lalu kirim."));
        if (!summary.note.trimmed().isEmpty())
            m_noteBanner->showWarning(tr("Catatan verifikator sebelumnya%1:\n%2").arg(decided, note));
    } else {
        if (summary.status == SubmissionStatus::Ditolak)
            m_noteBanner->showError(tr("Ditolak%1.\nAlasan: %2").arg(decided, note));
        m_banner->showInfo(tr("Riwayat ini berstatus %1 dan tidak dapat diubah lagi.")
                               .arg(statusDisplayName(summary.status)));
    }
}

// ---- busy state and buttons -------------------------------------------------------------------

void RecordWizard::pushBusy(const QString& text)
{
    ++m_busy;
    m_busyText->setText(text);
    m_busyBar->show();
    updateButtons();
}

void RecordWizard::popBusy()
{
    m_busy = std::max(0, m_busy - 1);
    if (m_busy == 0) {
        m_busyText->clear();
        m_busyBar->hide();
    }
    updateButtons();
}

void RecordWizard::updateButtons()
{
    const int step = currentStep();
    const bool idle = !isBusy();
    m_backButton->setVisible(step != DataStep);
    m_backButton->setEnabled(idle);
    m_nextButton->setVisible(step != SummaryStep);
    // Unggah Dokumen goes on only with a good document (a refused file leaves none).
    const bool waitingForDocument = step == DocumentStep && (isCheckingDocument() || !hasDocument());
    m_nextButton->setEnabled(idle && m_editable && !waitingForDocument);
    m_nextButton->setToolTip(waitingForDocument && m_editable
            ? tr("Pilih dokumen yang memenuhi persyaratan untuk melanjutkan")
            : QString());
    m_submitButton->setVisible(step == SummaryStep);
    m_submitButton->setEnabled(idle && m_editable && m_summary->declaration()->isChecked());
    m_submitButton->setToolTip(m_summary->declaration()->isChecked()
            ? QString()
            : tr("Centang pernyataan \"Saya menyatakan bahwa data yang saya input benar\" untuk dapat "
                 "mengirim"));
    m_draftButton->setEnabled(idle && m_editable);
    m_draftButton->setVisible(m_mode == Mode::Single && m_type.allowsDraft);
    m_summary->declaration()->setEnabled(m_editable);
    m_cancelButton->setText(m_editable ? tr("Batal") : tr("Tutup"));
}

} // namespace karier
