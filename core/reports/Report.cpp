// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/Report.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <cmath>

namespace karier {

namespace {

/// Sizes of the page in device pixels, from millimetres and points at the device's resolution.
struct Metrics
{
    explicit Metrics(const QPaintDevice& device) : mm(device.logicalDpiY() / 25.4) { }
    qreal mm;
};

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QString printedText(const QDateTime& at)
{
    return ReportPdf::tr("Dicetak %1").arg(at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")));
}

/// The letterhead, title and subtitle at the top of a page; returns their height.
qreal drawHeader(QPainter* painter, const Report& report, const QRectF& page, const Metrics& m, bool draw)
{
    qreal y = page.top();
    const auto line = [&](const QString& text, const QFont& f) {
        const QFontMetricsF fm(f, painter->device());
        const QRectF r(page.left(), y, page.width(), fm.height());
        if (draw) {
            painter->setFont(f);
            painter->drawText(r, Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine,
                fm.elidedText(text, Qt::ElideRight, page.width()));
        }
        y += fm.height();
    };
    line(ReportPdf::cityHeader(), font(11, true));
    line(ReportPdf::agencyHeader(), font(10, true));
    y += 1.5 * m.mm;
    if (draw) {
        painter->save();
        painter->setPen(QPen(Qt::black, 0.5 * m.mm));
        painter->drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
        painter->restore();
    }
    y += 3 * m.mm;
    line(report.title, font(12, true));
    if (!report.subtitle.isEmpty())
        line(report.subtitle, font(9));
    y += 4 * m.mm;
    return y - page.top();
}

/// The moment printed and "Halaman N dari M" at the foot of a page; returns its height.
qreal drawFooter(QPainter* painter, const Report& report, const QRectF& page, const Metrics& m, int pageNo,
    int pages, bool draw)
{
    const QFont f = font(8);
    const QFontMetricsF fm(f, painter->device());
    const qreal height = fm.height() + 2 * m.mm;
    if (draw) {
        const qreal top = page.bottom() - height;
        painter->save();
        painter->setPen(QPen(Qt::black, 0.25 * m.mm));
        painter->drawLine(QPointF(page.left(), top), QPointF(page.right(), top));
        painter->setFont(f);
        const QRectF r(page.left(), top + 2 * m.mm, page.width(), fm.height());
        painter->drawText(r, Qt::AlignLeft | Qt::AlignTop, printedText(report.printedAt));
        painter->drawText(
            r, Qt::AlignRight | Qt::AlignTop, ReportPdf::tr("Halaman %1 dari %2").arg(pageNo).arg(pages));
        painter->restore();
    }
    return height + 3 * m.mm;
}

void insertTable(QTextCursor& cursor, const ReportTable& table, const Metrics& m)
{
    const int columns = int(table.headers.size());
    if (columns == 0)
        return;
    QList<QStringList> rows = table.rows;
    if (rows.isEmpty()) {
        QStringList only(columns);
        only[0] = table.emptyText;
        rows.append(only);
    }
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setBorder(0.2 * m.mm);
    format.setBorderBrush(QBrush(Qt::black));
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(0.6 * m.mm);
    format.setBottomMargin(3 * m.mm);
    if (table.widths.size() == columns) {
        QList<QTextLength> widths;
        for (int w : table.widths)
            widths.append(QTextLength(QTextLength::PercentageLength, w));
        format.setColumnWidthConstraints(widths);
    }
    QTextTable* t = cursor.insertTable(int(rows.size()) + 1, columns, format);
    QTextCharFormat headerFormat;
    headerFormat.setFont(font(8, true));
    QTextCharFormat cellFormat;
    cellFormat.setFont(font(8));
    for (int c = 0; c < columns; ++c) {
        QTextTableCell cell = t->cellAt(0, c);
        QTextCharFormat background = cell.format();
        background.setBackground(QColor(225, 225, 225));
        cell.setFormat(background);
        QTextCursor at = cell.firstCursorPosition();
        at.insertText(table.headers.at(c), headerFormat);
    }
    if (table.rows.isEmpty())
        t->mergeCells(1, 0, 1, columns);
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList& row = rows.at(r);
        for (int c = 0; c < columns && c < row.size(); ++c) {
            QTextCursor at = t->cellAt(r + 1, c).firstCursorPosition();
            if (table.rightAligned.contains(c) && !table.rows.isEmpty()) {
                QTextBlockFormat block = at.blockFormat();
                block.setAlignment(Qt::AlignRight);
                at.setBlockFormat(block);
            }
            at.insertText(row.at(c), cellFormat);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

/// Marks a heading's block (keepHeadingsWithNext).
constexpr int HeadingProperty = QTextFormat::UserProperty + 1;

void fill(QTextDocument& doc, const Report& report, const Metrics& m)
{
    QTextCursor cursor(&doc);
    bool first = true;
    for (const ReportBlock& block : report.blocks) {
        QTextBlockFormat paragraph;
        QTextCharFormat chars;
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            paragraph.setTopMargin(first ? 0 : 3 * m.mm);
            paragraph.setBottomMargin(1.5 * m.mm);
            paragraph.setProperty(HeadingProperty, true);
            chars.setFont(font(10, true));
            break;
        case ReportBlock::Kind::Text:
            paragraph.setBottomMargin(1.5 * m.mm);
            chars.setFont(font(9));
            break;
        case ReportBlock::Kind::Table:
            break;
        }
        if (block.kind == ReportBlock::Kind::Table) {
            // The table comes after a plain block of its own (never a heading's format).
            QTextCharFormat small;
            small.setFont(font(2));
            if (!first)
                cursor.insertBlock(QTextBlockFormat(), small);
            first = false;
            insertTable(cursor, block.table, m);
            continue;
        }
        if (!first)
            cursor.insertBlock(paragraph, chars);
        first = false;
        cursor.setBlockFormat(paragraph);
        cursor.setBlockCharFormat(chars);
        cursor.insertText(block.text, chars);
    }
}

/// A heading never ends a page: one with less than \a room below it on its page starts the next page, with
/// what it introduces. In document order, each move laid out before the next heading is measured.
void keepHeadingsWithNext(QTextDocument& doc, qreal pageHeight, qreal room)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().boolProperty(HeadingProperty))
            continue;
        const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
        const qreal pageEnd = (std::floor(rect.top() / pageHeight) + 1) * pageHeight;
        if (pageEnd - rect.top() >= room || rect.top() < 1)
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }
}

} // namespace

QString ReportPdf::cityHeader()
{
    return QStringLiteral("PEMERINTAH KOTA SURAKARTA");
}

QString ReportPdf::agencyHeader()
{
    // The agency's name as in resources/demo/organisasi.json (BKPSDM).
    return QStringLiteral("BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA");
}

void ReportPdf::prepare(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
}

Result<int> ReportPdf::render(const Report& report, QPagedPaintDevice& device)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error::invalid(tr("Laporan PDF memerlukan aplikasi grafis (huruf)."));
    QPainter painter;
    if (!painter.begin(&device))
        return Error::invalid(tr("Laporan tidak dapat digambar: pencetak atau file tidak siap."));
    const Metrics m(device);
    const QRectF page(0, 0, device.width(), device.height());
    const qreal headerHeight = drawHeader(&painter, report, page, m, false);
    const qreal footerHeight = drawFooter(&painter, report, page, m, 1, 1, false);
    const QRectF body(
        page.left(), page.top() + headerHeight, page.width(), page.height() - headerHeight - footerHeight);
    if (body.height() < 20 * m.mm) {
        painter.end();
        return Error::invalid(tr("Halaman terlalu kecil untuk laporan ini."));
    }

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(font(9));
    doc.setPageSize(body.size());
    fill(doc, report, m);
    keepHeadingsWithNext(doc, body.height(), std::min(35 * m.mm, body.height() / 2));
    const int pages = std::max(1, doc.pageCount());
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return Error::invalid(tr("Halaman %1 laporan tidak dapat dibuat.").arg(i + 1));
        }
        drawHeader(&painter, report, page, m, true);
        drawFooter(&painter, report, page, m, i + 1, pages, true);
        painter.save();
        painter.setClipRect(body);
        painter.translate(body.left(), body.top() - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end())
        return Error::invalid(tr("Laporan tidak dapat diselesaikan."));
    return pages;
}

Result<int> ReportPdf::writeFile(const Report& report, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::invalid(tr("File %1 tidak dapat ditulis: %2")
                                  .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Karier ASN"));
        writer.setTitle(report.title);
        prepare(writer);
        auto drawn = render(report, writer);
        if (!drawn) {
            file.cancelWriting();
            return drawn.error();
        }
        pages = drawn.value();
    }
    if (!file.commit())
        return Error::invalid(tr("File %1 tidak dapat disimpan: %2")
                                  .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return pages;
}

} // namespace karier
