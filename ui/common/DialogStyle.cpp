// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DialogStyle.h"

#include "common/PageStyle.h"

#include <QFont>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>
#include <algorithm>

namespace karier::DialogStyle {

QLabel* makeLabel(const QString& text, const char* role, QWidget* parent)
{
    return PageStyle::makeLabel(text, role, parent);
}

QLabel* makeHeading(const QString& text, QWidget* parent)
{
    return PageStyle::makeLabel(text, "heading", parent, 1.3, true);
}

QPushButton* makeButton(const QString& text, const QString& objectName, bool primary, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(primary);
    if (primary) {
        button->setProperty("primary", true);
        button->setMinimumWidth(120);
    }
    return button;
}

QFrame* makeHeader(const QString& title, qreal titleScale, const QString& subtitle, QWidget* parent)
{
    auto* header = new QFrame(parent);
    header->setObjectName(QStringLiteral("dialogHeader"));
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(28, 18, 28, 16);
    layout->setSpacing(2);
    auto* titleLabel = new QLabel(title, header);
    titleLabel->setObjectName(QStringLiteral("dialogTitle"));
    QFont font = titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * titleScale);
    font.setBold(true);
    titleLabel->setFont(font);
    auto* subtitleLabel = new QLabel(subtitle, header);
    subtitleLabel->setObjectName(QStringLiteral("dialogSubtitle"));
    layout->addWidget(titleLabel);
    layout->addWidget(subtitleLabel);
    return header;
}

void resizeWithinScreen(QWidget* dialog, const QSize& preferred, const QWidget* parent)
{
    const QScreen* shownOn = parent ? parent->screen() : dialog->screen();
    const QSize room = shownOn ? shownOn->availableGeometry().size() - QSize(24, 56) : preferred;
    dialog->resize(preferred.boundedTo(room).expandedTo(dialog->minimumSize()));
}

void keepOnScreen(QWidget* window)
{
    const QScreen* screen = window->screen();
    if (!screen || !window->isVisible())
        return;
    const QRect room = screen->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (room.contains(frame))
        return;
    QPoint to = frame.topLeft();
    to.setX(std::clamp(to.x(), room.left(), std::max(room.left(), room.right() + 1 - frame.width())));
    to.setY(std::clamp(to.y(), room.top(), std::max(room.top(), room.bottom() + 1 - frame.height())));
    window->move(to);
}

} // namespace karier::DialogStyle
