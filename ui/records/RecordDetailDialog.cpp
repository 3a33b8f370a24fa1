// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RecordDetailDialog.h"

#include "common/Async.h"
#include "common/DateInput.h"
#include "common/DialogStyle.h"
#include "common/PageStyle.h"
#include "common/ReportPrinting.h"
#include "domain/Nip.h"
#include "records/RecordListModel.h"
#include "records/RecordService.h"
#include "reports/ReportService.h"
#include "widgets/HistoryDialog.h"
#include "widgets/MessageBanner.h"
#include "widgets/PdfPreview.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace karier {

namespace {

using PageStyle::makeLabel;

QString groupedNip(const QString& nip)
{
    if (nip.isEmpty())
        return QStringLiteral("–");
    return Nip::groupedOrAsIs(nip);
}

QString dateTimeText(const QDateTime& when)
{
    if (!when.isValid())
        return QStringLiteral("–");
    return indonesian().toString(when.toLocalTime(), QStringLiteral("d MMMM yyyy, HH.mm"));
}

} // namespace

RecordDetailDialog::RecordDetailDialog(
    std::shared_ptr<Database> db, Session session, qint64 recordId, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("recordDetailDialog"));
    setWindowTitle(tr("Detail Riwayat"));
    // The width its layout needs (fields beside the document); a fixed number went below it.
    setMinimumHeight(560);
    // 1100×720 where the screen has room; within it on 1024×768.
    DialogStyle::resizeWithinScreen(this, QSize(1100, 720), parent);

    m_title = makeLabel(tr("Memuat…"), "pageTitle", this, 1.3, true);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_status = makeLabel(QString(), "chip", this);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_status->setWordWrap(false);
    m_status->hide();
    m_note = new MessageBanner(this);
    m_note->setObjectName(QStringLiteral("detailNote"));

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFixedWidth(350);
    auto* content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("detailContent"));
    scroll->setWidget(content);
    auto* card = new QFrame(content);
    card->setProperty("card", true);
    m_grid = new QGridLayout(card);
    m_grid->setContentsMargins(18, 16, 18, 16);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(10);
    m_grid->setColumnStretch(1, 1);
    auto* historyCard = new QFrame(content);
    historyCard->setProperty("card", true);
    auto* historyLayout = new QVBoxLayout(historyCard);
    historyLayout->setContentsMargins(18, 14, 18, 14);
    historyLayout->setSpacing(6);
    historyLayout->addWidget(makeLabel(tr("Riwayat Proses"), "cardTitle", historyCard, 1.0, true));
    m_history = makeLabel(tr("Memuat…"), "fieldValue", historyCard);
    m_history->setObjectName(QStringLiteral("detailHistory"));
    m_history->setTextFormat(Qt::PlainText);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    historyLayout->addWidget(m_history);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 6, 0);
    contentLayout->setSpacing(12);
    contentLayout->addWidget(card);
    contentLayout->addWidget(historyCard);
    contentLayout->addStretch(1);

    m_preview = new PdfPreview(this);
    m_preview->setObjectName(QStringLiteral("detailPreview"));
    m_noDocument = makeLabel(tr("Belum ada dokumen."), "hint", this);
    m_noDocument->setAlignment(Qt::AlignCenter);
    m_noDocument->hide();

    auto* close = new QPushButton(tr("Tutup"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setProperty("primary", true);
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    m_edit = new QPushButton(tr("Ubah"), this);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_edit->hide(); // until the record is known to be the owner's to edit
    connect(m_edit, &QPushButton::clicked, this, [this] { done(EditRequested); });
    // The record's Ringkasan with its decision history, on paper or as a PDF (ReportService::recordSummary).
    m_print = new QPushButton(tr("Cetak / Simpan PDF…"), this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_printBanner = new MessageBanner(this);
    m_printBanner->setObjectName(QStringLiteral("printBanner"));
    connect(m_print, &QPushButton::clicked, this, [this, recordId] {
        printReport(
            this, m_db, tr("Ringkasan Riwayat"),
            [db = m_db, session = m_session, recordId] {
                return ReportService(db).recordSummary(session, recordId);
            },
            m_printBanner, [this](Result<int> pages) { Q_EMIT printed(pages ? pages.value() : 0); });
    });

    auto* statusRow = new QHBoxLayout;
    statusRow->setSpacing(10);
    statusRow->addWidget(m_status);
    statusRow->addStretch(1);
    auto* right = new QVBoxLayout;
    right->setSpacing(6);
    right->addWidget(makeLabel(tr("Dokumen"), "cardTitle", this, 1.0, true));
    right->addWidget(m_preview, 1);
    right->addWidget(m_noDocument, 1);
    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(scroll);
    body->addLayout(right, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_print);
    buttons->addWidget(m_edit);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addLayout(statusRow);
    layout->addWidget(m_note);
    layout->addLayout(body, 1);
    layout->addWidget(m_printBanner);
    layout->addLayout(buttons);

    runDb(
        m_db, this,
        [db = m_db, session = m_session, recordId] { return RecordService(db).get(session, recordId); },
        [this](Result<RecordDetail> result) { display(result); });
    // Every step so far: submitted, decided (by whom, when, with which note), submitted again.
    const auto showHistory = [this](const QString& text) { m_history->setText(text); };
    HistoryDialog::load(
        m_db, m_session, recordId, this, tr("Belum ada catatan proses."), showHistory, showHistory);
}

void RecordDetailDialog::addRow(const QString& name, const QString& value, const QString& objectName)
{
    const int row = m_grid->rowCount();
    auto* label = makeLabel(name, "fieldName", this);
    label->setTextFormat(Qt::PlainText);
    auto* field = makeLabel(value, "fieldValue", this);
    field->setTextFormat(Qt::PlainText);
    field->setObjectName(objectName);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_grid->addWidget(label, row, 0, Qt::AlignTop);
    m_grid->addWidget(field, row, 1);
}

void RecordDetailDialog::display(const Result<RecordDetail>& result)
{
    if (!result) {
        m_title->setText(tr("Riwayat tidak dapat dibuka"));
        m_note->showError(result.error().message);
        return;
    }
    const RecordDetail& detail = result.value();
    const RecordSummary& s = detail.summary;
    const RecordType* type = RecordTypes::byCode(s.typeCode);
    m_title->setText(s.title.isEmpty() ? tr("(belum bernama)") : s.title);
    setWindowTitle(tr("Detail Riwayat — %1").arg(type ? type->title : s.typeCode));
    m_status->setText(statusDisplayName(s.status));
    RecordListModel::showStatusChip(m_status, s.status);
    m_status->show();

    // "Jenis Sertifikasi: Kursus" as the manual words it; other types (Penghargaan) name their own jenis.
    if (!type || type->isSertifikasiKind)
        addRow(tr("Jenis Sertifikasi"), type ? type->title : s.typeCode, QStringLiteral("detail_jenis"));
    if (type) {
        for (const FieldSpec& f : type->fields)
            addRow(f.label, type->displayValue(f.key, detail.values.value(f.key)),
                QStringLiteral("detail_") + f.key);
    }
    if (s.submittedAt.isValid())
        addRow(tr("Diajukan"), dateTimeText(s.submittedAt), QStringLiteral("detail_submittedAt"));
    if (s.decidedAt.isValid())
        addRow(tr("Diputuskan"),
            tr("%1 oleh verifikator NIP %2").arg(dateTimeText(s.decidedAt), groupedNip(s.decidedByNip)),
            QStringLiteral("detail_decided"));
    addRow(tr("Terakhir diubah"), dateTimeText(s.updatedAt), QStringLiteral("detail_updatedAt"));

    m_edit->setVisible(m_editOffered && ownerMayEdit(s.status) && s.employeeId == m_session.employeeId);

    const QString note = s.note.trimmed();
    switch (s.status) {
    case SubmissionStatus::PerluPerbaikan:
        m_note->showWarning(
            tr("Perlu perbaikan: %1").arg(note.isEmpty() ? tr("verifikator tidak memberi catatan.") : note));
        break;
    case SubmissionStatus::Ditolak:
        m_note->showError(
            tr("Ditolak: %1").arg(note.isEmpty() ? tr("verifikator tidak memberi alasan.") : note));
        break;
    case SubmissionStatus::Disetujui:
        m_note->showSuccess(note.isEmpty() ? tr("Riwayat ini sudah disetujui.")
                                           : tr("Disetujui dengan catatan: %1").arg(note));
        break;
    case SubmissionStatus::Diajukan:
        m_note->showInfo(tr("Menunggu verifikasi Admin BKPSDM."));
        break;
    case SubmissionStatus::Draf:
        m_note->showInfo(tr("Draf ini belum dikirim. Klik Ubah untuk melengkapinya."));
        break;
    }

    if (s.document.id <= 0) {
        m_preview->hide();
        m_noDocument->show();
        return;
    }
    const QString name = s.document.originalName;
    runDb(
        m_db, this,
        [db = m_db, session = m_session, id = s.document.id] {
            return RecordService(db).documentContent(session, id);
        },
        [this, name](Result<QByteArray> content) {
            if (!content) {
                m_preview->hide();
                m_noDocument->setText(content.error().message);
                m_noDocument->show();
                return;
            }
            m_preview->setDocument(content.value(), name);
        });
}

} // namespace karier
