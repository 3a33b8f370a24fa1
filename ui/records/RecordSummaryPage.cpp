// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RecordSummaryPage.h"

#include "common/PageStyle.h"
#include "documents/PdfInspector.h"
#include "records/RecordDocumentPage.h"
#include "records/WizardStyle.h"
#include "widgets/PdfThumbnail.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace karier {

using PageStyle::makeLabel;

RecordSummaryPage::RecordSummaryPage(const RecordType& type, bool batch, QWidget* parent)
    : QScrollArea(parent), m_type(type)
{
    setObjectName(QStringLiteral("summaryScroll"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("summaryContent"));
    setWidget(content);

    auto* intro
        = makeLabel(tr("Teliti kembali data dan dokumen berikut. Bila sudah benar, centang pernyataan "
                       "di bawah lalu klik Kirim."),
            "hint", content);

    auto* table = new QFrame(content);
    table->setObjectName(QStringLiteral("summaryTable"));
    m_table = table;
    m_grid = new QGridLayout(table);
    m_grid->setContentsMargins(1, 1, 1, 1);
    m_grid->setSpacing(0);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);

    QFrame* documentCard = WizardStyle::makeCard(content, QStringLiteral("summaryDocumentCard"));
    m_thumbnail = new PdfThumbnail(documentCard);
    m_thumbnail->setObjectName(QStringLiteral("documentThumbnail"));
    m_thumbnail->setThumbnailSize(QSize(110, 150));
    auto* documentTitle = makeLabel(m_type.documentLabel, "cardTitle", documentCard, 1.0, true);
    m_document = makeLabel(QString(), "formLabel", documentCard);
    m_document->setObjectName(QStringLiteral("summaryDocument"));
    m_document->setTextFormat(Qt::RichText);
    auto* documentText = new QVBoxLayout;
    documentText->setSpacing(6);
    documentText->addWidget(documentTitle);
    documentText->addWidget(m_document);
    documentText->addStretch(1);
    auto* documentLayout = new QHBoxLayout(documentCard);
    documentLayout->setContentsMargins(16, 14, 16, 14);
    documentLayout->setSpacing(16);
    documentLayout->addWidget(m_thumbnail, 0, Qt::AlignTop);
    documentLayout->addLayout(documentText, 1);

    if (batch) {
        m_batchSummary = makeLabel(QString(), "cardTitle", content, 1.05, true);
        m_batchSummary->setObjectName(QStringLiteral("batchSummary"));
        m_batchSummary->setTextFormat(Qt::PlainText);
    }
    m_declaration = new QCheckBox(batch ? tr("Saya menyatakan bahwa data SK dan daftar penerimanya benar")
                                        : tr("Saya menyatakan bahwa data yang saya input benar"),
        content);
    m_declaration->setObjectName(QStringLiteral("declarationCheck"));
    QFont bold = m_declaration->font();
    bold.setBold(true);
    m_declaration->setFont(bold);

    auto* note = makeLabel(batch
            ? tr("Catatan: riwayat yang dimasukkan massal oleh Admin BKPSDM langsung berstatus Disetujui. "
                 "Dokumen disimpan satu kali untuk semua penerima, dan setiap pegawai tercatat di log audit.")
            : m_type.countsJp
            ? tr("Catatan: data yang dikirim akan diverifikasi dan disetujui oleh Admin BKPSDM; "
                 "lama prosesnya dapat berbeda-beda. Standar maksimum pengembangan kompetensi "
                 "dalam satu hari adalah 8 jam pelajaran.")
            : tr("Catatan: data yang dikirim akan diverifikasi dan disetujui oleh Admin BKPSDM; "
                 "lama prosesnya dapat berbeda-beda."),
        "hint", content, 0.92);
    note->setObjectName(QStringLiteral("summaryNote"));

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(intro);
    if (m_batchSummary)
        layout->addWidget(m_batchSummary);
    layout->addWidget(table);
    layout->addWidget(documentCard);
    layout->addSpacing(4);
    layout->addWidget(m_declaration);
    layout->addWidget(note);
    layout->addStretch(1);
}

void RecordSummaryPage::fill(
    const QVariantMap& values, const QString& batchLine, const RecordDocumentPage& document)
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QList<QPair<QString, QPair<QString, QString>>> entries; // key, (label, value)
    if (m_type.isSertifikasiKind)
        entries.append({QStringLiteral("jenis"), {tr("Jenis Sertifikasi"), m_type.title}});
    for (const FieldSpec& spec : m_type.fields)
        entries.append({spec.key, {spec.label, m_type.displayValue(spec.key, values.value(spec.key))}});
    const int half = int((entries.size() + 1) / 2);
    for (int i = 0; i < entries.size(); ++i) {
        const int row = i % half;
        const int column = i < half ? 0 : 2;
        auto* label = makeLabel(entries.at(i).second.first, "summaryLabel", m_table);
        label->setTextFormat(Qt::PlainText);
        auto* value = makeLabel(entries.at(i).second.second, "summaryValue", m_table);
        value->setObjectName(QStringLiteral("summary_") + entries.at(i).first);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setMinimumWidth(165);
        m_grid->addWidget(label, row, column);
        m_grid->addWidget(value, row, column + 1);
    }
    // Fill the last cell of a shorter right column so that the table stays a rectangle.
    if (entries.size() % 2 == 1) {
        m_grid->addWidget(makeLabel(QString(), "summaryLabel", m_table), half - 1, 2);
        m_grid->addWidget(makeLabel(QString(), "summaryValue", m_table), half - 1, 3);
    }

    if (m_batchSummary) {
        m_batchSummary->setVisible(!batchLine.isEmpty());
        if (!batchLine.isEmpty())
            m_batchSummary->setText(batchLine);
    }

    const QString name = document.documentName();
    if (name.isEmpty()) {
        m_document->setText(tr("Belum ada dokumen."));
        m_thumbnail->clear();
        return;
    }
    m_document->setText(QStringLiteral("<b>%1</b><br>%2")
                            .arg(name.toHtmlEscaped(),
                                tr("Ukuran %1 · %n halaman", nullptr, document.documentPages())
                                    .arg(PdfInspector::formatSize(document.documentSize()))));
    m_thumbnail->setDocument(document.previewContent());
}

} // namespace karier
