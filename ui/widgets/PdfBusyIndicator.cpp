// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PdfBusyIndicator.h"

#include "common/Theme.h"
#include "widgets/PdfPreview.h"

#include <QPainter>
#include <algorithm>

namespace karier::detail {

PdfBusyIndicator::PdfBusyIndicator(QWidget* parent)
    : QWidget(parent), m_text(PdfPreview::tr("Memuat pratinjau…"))
{
    setObjectName(QStringLiteral("busyIndicator"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAccessibleName(m_text);
    m_timer.setInterval(40);
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 12) % 360;
        update();
    });
    const QFontMetrics metrics(font());
    setFixedSize(
        metrics.horizontalAdvance(m_text) + 2 * 14 + 18 + 10, std::max(metrics.height(), 18) + 2 * 9);
    hide();
}

void PdfBusyIndicator::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_timer.start();
}

void PdfBusyIndicator::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void PdfBusyIndicator::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(Theme::colour("borderPanel"));
    QColor back = Theme::colour("surface");
    back.setAlpha(245);
    painter.setBrush(back);
    painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
    const QRectF spinner(14, (height() - 16) / 2.0, 16, 16);
    painter.setPen(QPen(Theme::colour("borderPanel"), 2.2));
    painter.drawEllipse(spinner);
    painter.setPen(QPen(Theme::colour("primary"), 2.2, Qt::SolidLine, Qt::RoundCap));
    painter.drawArc(spinner, -m_angle * 16, 100 * 16);
    painter.setPen(Theme::colour("text"));
    painter.drawText(QRectF(spinner.right() + 10, 0, width() - spinner.right() - 10, height()),
        Qt::AlignLeft | Qt::AlignVCenter, m_text);
}

} // namespace karier::detail
