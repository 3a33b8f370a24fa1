// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/RecordType.h"

#include <QCoreApplication>
#include <QScrollArea>

class QCheckBox;
class QGridLayout;
class QLabel;

namespace karier {

class PdfThumbnail;
class RecordDocumentPage;

/// The "Ringkasan" step of the record wizard: owns the summary table of every field (two columns), the
/// batch line, the document card with its thumbnail, and the declaration that Kirim waits for.
///
/// Object names for tests: summary_<key>, summary_jenis, summaryDocument, documentThumbnail,
/// declarationCheck, batchSummary, summaryNote.
class RecordSummaryPage : public QScrollArea
{
    Q_DECLARE_TR_FUNCTIONS(karier::RecordWizard)

public:
    RecordSummaryPage(const RecordType& type, bool batch, QWidget* parent);

    QCheckBox* declaration() const { return m_declaration; }
    /// Shows \a values and \a document's name, size and first page; \a batchLine ("139 pegawai akan
    /// menerima …") in batch mode, hidden when empty.
    void fill(const QVariantMap& values, const QString& batchLine, const RecordDocumentPage& document);

private:
    const RecordType& m_type;
    QGridLayout* m_grid = nullptr;
    QWidget* m_table = nullptr;
    PdfThumbnail* m_thumbnail = nullptr;
    QLabel* m_document = nullptr;
    QLabel* m_batchSummary = nullptr;
    QCheckBox* m_declaration = nullptr;
};

} // namespace karier
