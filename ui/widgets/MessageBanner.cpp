// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/MessageBanner.h"

#include "common/Theme.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace karier {

namespace {

struct Colours
{
    QColor background;
    QColor border;
    QColor text;
};

Colours coloursFor(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Error:
        return {Theme::colour("bannerErrorBack"), Theme::colour("bannerErrorBorder"),
            Theme::colour("bannerErrorText")};
    case MessageBanner::Kind::Warning:
        return {Theme::colour("bannerWarningBack"), Theme::colour("bannerWarningBorder"),
            Theme::colour("bannerWarningText")};
    case MessageBanner::Kind::Info:
        return {Theme::colour("bannerInfoBack"), Theme::colour("bannerInfoBorder"),
            Theme::colour("bannerInfoText")};
    case MessageBanner::Kind::Success:
        return {Theme::colour("bannerSuccessBack"), Theme::colour("bannerSuccessBorder"),
            Theme::colour("bannerSuccessText")};
    }
    return {};
}

QStyle::StandardPixmap iconFor(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Error:
        return QStyle::SP_MessageBoxCritical;
    case MessageBanner::Kind::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageBanner::Kind::Info:
        return QStyle::SP_MessageBoxInformation;
    case MessageBanner::Kind::Success:
        return QStyle::SP_DialogApplyButton;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    m_icon->setObjectName(QStringLiteral("bannerIcon"));
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 9, 12, 9);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);

    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    applyKind();
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString& text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    m_text->setText(text);
    applyKind();
    show();
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void MessageBanner::clear()
{
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::applyKind()
{
    const Colours colours = coloursFor(m_kind);
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::WindowText, colours.text);
    palette.setColor(QPalette::Text, colours.text);
    m_text->setPalette(palette);
    const int extent = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconFor(m_kind), nullptr, this).pixmap(extent, extent));
    m_icon->setFixedWidth(extent + 2);
    switch (m_kind) {
    case Kind::Error:
        setAccessibleName(tr("Kesalahan"));
        break;
    case Kind::Warning:
        setAccessibleName(tr("Peringatan"));
        break;
    case Kind::Info:
        setAccessibleName(tr("Informasi"));
        break;
    case Kind::Success:
        setAccessibleName(tr("Berhasil"));
        break;
    }
    update();
}

void MessageBanner::paintEvent(QPaintEvent* /*event*/)
{
    const Colours colours = coloursFor(m_kind);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(colours.border, 1));
    painter.setBrush(colours.background);
    painter.drawRoundedRect(box, 6, 6);
    // A stronger stripe on the left, as in most inline notifications.
    QPainterPath clip;
    clip.addRoundedRect(box, 6, 6);
    painter.setClipPath(clip);
    painter.fillRect(QRectF(box.left(), box.top(), 4, box.height()), colours.border);
}

void MessageBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        applyKind();
}

} // namespace karier
