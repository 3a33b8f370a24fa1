// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

class QPagedPaintDevice;

namespace karier {

/// A table of a printed report. Its first row (the headers) is repeated at the top of every page the
/// table continues on.
struct ReportTable
{
    QStringList headers;
    QList<QStringList> rows;
    QList<int> widths; ///< per column, in percent of the page's width (empty: shared equally)
    QList<int> rightAligned; ///< columns of numbers
    QString emptyText; ///< shown as the only row when there are no rows
};

/// One part of a report, in order: a heading, a line of text, or a table.
struct ReportBlock
{
    enum class Kind { Heading, Text, Table };
    Kind kind = Kind::Text;
    QString text;
    ReportTable table;
};

/// A report on paper (A4): every page carries the city's header, the title and the moment it was
/// printed at the top, and "Halaman N dari M" at the foot; the blocks flow over the pages in between.
struct Report
{
    QString title; ///< "Rekap JP Tahun 2026"
    QString subtitle; ///< "Perangkat Daerah: Dinas Kesehatan"
    QDateTime printedAt;
    QList<ReportBlock> blocks;

    void heading(const QString& text) { blocks.append({ReportBlock::Kind::Heading, text, {}}); }
    void text(const QString& text) { blocks.append({ReportBlock::Kind::Text, text, {}}); }
    void table(ReportTable table) { blocks.append({ReportBlock::Kind::Table, {}, std::move(table)}); }
};

/// Draws reports with Qt's own classes (QTextDocument laid out in pages, QPainter on a QPdfWriter or a
/// QPrinter). Needs a QGuiApplication (fonts); may run on any thread, one device per call.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(karier::ReportPdf)

public:
    /// "PEMERINTAH KOTA SURAKARTA" and the agency's name, the letterhead of every page.
    static QString cityHeader();
    static QString agencyHeader();

    /// A4 portrait, margins of 15 mm: what writeFile uses and what the print dialog is offered first.
    static void prepare(QPagedPaintDevice& device);
    /// Draws \a report on \a device as it is set up (page size, margins, resolution); returns the pages.
    static Result<int> render(const Report& report, QPagedPaintDevice& device);
    /// Writes \a report as a PDF file at \a path (A4): into a temporary file beside it, renamed when
    /// complete, so a failed run leaves no half-written file. Returns the pages.
    static Result<int> writeFile(const Report& report, const QString& path);
};

} // namespace karier
