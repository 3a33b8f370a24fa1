// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PdfPreviewTools.h"

#include "common/Theme.h"
#include "widgets/PdfPreview.h"
#include "widgets/PdfThumbnail.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStandardPaths>
#include <QStyleOptionToolButton>
#include <QStylePainter>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <array>
#include <atomic>
#include <utility>

namespace karier::detail {

QString writeTemporaryCopy(const QByteArray& pdf, const QString& name)
{
    static QTemporaryDir folder(QStandardPaths::writableLocation(QStandardPaths::TempLocation)
        + QStringLiteral("/karier-asn-XXXXXX"));
    static std::atomic<int> opened {0};
    if (!folder.isValid())
        return {};
    // A folder per file, so that the original name can be kept and an earlier copy (maybe still
    // open in the other application) is never overwritten.
    const QString subfolder = folder.filePath(QString::number(++opened));
    const QString path = subfolder + QLatin1Char('/') + name;
    QFile file(path);
    const bool written = QDir().mkpath(subfolder) && file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        && file.write(pdf) == pdf.size();
    file.close();
    if (!written)
        return {};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadUser); // a copy: not to be edited
    return path;
}

QString safeFileName(const QString& name)
{
    QString result = QFileInfo(name).fileName().trimmed();
    for (QChar& c : result) {
        if (c.unicode() < 0x20 || QStringLiteral("\\/:*?\"<>|").contains(c))
            c = QLatin1Char('_');
    }
    while (result.startsWith(QLatin1Char('.')))
        result.remove(0, 1);
    if (result.isEmpty())
        result = PdfPreview::tr("dokumen");
    if (result.size() > 120)
        result = result.left(116);
    if (!result.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        result += QStringLiteral(".pdf");
    return result;
}

QIcon toolIcon(ToolIcon kind)
{
    QIcon icon;
    const std::array<std::pair<QIcon::Mode, QColor>, 2> modes {
        std::pair {QIcon::Normal, Theme::colour("toolIcon")},
        std::pair {QIcon::Disabled, Theme::colour("inkDisabled")}};
    for (const qreal dpr : {1.0, 2.0}) {
        for (const auto& [mode, colour] : modes) {
            QPixmap pixmap(QSize(16, 16) * dpr);
            pixmap.setDevicePixelRatio(dpr);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(colour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            switch (kind) {
            case ToolIcon::Previous:
                painter.drawPolyline(QPolygonF({QPointF(10, 3.5), QPointF(5.5, 8), QPointF(10, 12.5)}));
                break;
            case ToolIcon::Next:
                painter.drawPolyline(QPolygonF({QPointF(6, 3.5), QPointF(10.5, 8), QPointF(6, 12.5)}));
                break;
            case ToolIcon::OpenExternally:
                painter.drawPolyline(QPolygonF({QPointF(7.5, 3.5), QPointF(2.5, 3.5), QPointF(2.5, 13.5),
                    QPointF(12.5, 13.5), QPointF(12.5, 8.5)}));
                painter.drawLine(QPointF(7, 9), QPointF(13.5, 2.5));
                painter.drawPolyline(QPolygonF({QPointF(9.5, 2.5), QPointF(13.5, 2.5), QPointF(13.5, 6.5)}));
                break;
            }
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

QLabel* makeStateLabel(const QString& text, const QColor& colour, qreal scale, bool bold, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

QSize TrailingIconToolButton::sizeHint() const
{
    const QSize hint = QToolButton::sizeHint();
    if (toolButtonStyle() == Qt::ToolButtonIconOnly)
        return hint;
    return QSize(
        fontMetrics().horizontalAdvance(text()) + IconGap + iconSize().width() + 2 * Padding, hint.height());
}

void TrailingIconToolButton::paintEvent(QPaintEvent* event)
{
    if (toolButtonStyle() == Qt::ToolButtonIconOnly) {
        QToolButton::paintEvent(event);
        return;
    }
    QStylePainter painter(this);
    QStyleOptionToolButton option;
    initStyleOption(&option);
    const QIcon icon = option.icon;
    const QString label = option.text;
    option.icon = QIcon();
    option.text.clear();
    painter.drawComplexControl(QStyle::CC_ToolButton, option); // the panel only
    const int textWidth = fontMetrics().horizontalAdvance(label);
    const QSize extent = iconSize();
    const int left = (width() - (textWidth + IconGap + extent.width())) / 2;
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::ButtonText));
    painter.drawText(QRect(left, 0, textWidth, height()), Qt::AlignLeft | Qt::AlignVCenter, label);
    icon.paint(&painter, QRect(QPoint(left + textWidth + IconGap, (height() - extent.height()) / 2), extent),
        Qt::AlignCenter, isEnabled() ? QIcon::Normal : QIcon::Disabled);
}

QWidget* makeEmptyState(QWidget* parent)
{
    auto* state = new QWidget(parent);
    state->setObjectName(QStringLiteral("emptyState"));
    auto* icon = new QLabel(state);
    icon->setObjectName(QStringLiteral("emptyIcon"));
    icon->setAlignment(Qt::AlignCenter);
    icon->setPixmap(
        PdfThumbnail::documentIcon(64, parent->devicePixelRatioF(), Theme::colour("thumbPlaceholder")));
    auto* title
        = makeStateLabel(PdfPreview::tr("Belum ada dokumen"), Theme::colour("text"), 1.15, true, state);
    title->setObjectName(QStringLiteral("emptyTitle"));
    auto* hint = makeStateLabel(PdfPreview::tr("Pratinjau dokumen PDF akan tampil di sini."),
        Theme::colour("textMuted"), 1.0, false, state);
    auto* layout = new QVBoxLayout(state);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(6);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addSpacing(6);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addStretch(1);
    return state;
}

QWidget* makeErrorState(QWidget* parent, QLabel** message)
{
    auto* state = new QWidget(parent);
    state->setObjectName(QStringLiteral("errorState"));
    auto* column = new QWidget(state);
    column->setMaximumWidth(480);
    auto* icon = new QLabel(column);
    icon->setAlignment(Qt::AlignCenter);
    icon->setPixmap(
        PdfThumbnail::documentIcon(64, parent->devicePixelRatioF(), Theme::colour("thumbFailed")));
    auto* title = makeStateLabel(
        PdfPreview::tr("Pratinjau tidak dapat ditampilkan"), Theme::colour("text"), 1.15, true, column);
    QLabel* reason = makeStateLabel(QString(), Theme::colour("errorStrong"), 1.0, false, column);
    reason->setObjectName(QStringLiteral("errorMessage"));
    reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    *message = reason;
    auto* hint = makeStateLabel(
        PdfPreview::tr("Anda masih dapat mencoba membukanya dengan tombol “Buka di aplikasi lain” di atas."),
        Theme::colour("textMuted"), 1.0, false, column);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(6);
    columnLayout->addWidget(icon);
    columnLayout->addSpacing(6);
    columnLayout->addWidget(title);
    columnLayout->addWidget(reason);
    columnLayout->addSpacing(6);
    columnLayout->addWidget(hint);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(state);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    return state;
}

} // namespace karier::detail
