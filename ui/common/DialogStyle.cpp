// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DialogStyle.h"

#include <QFont>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace karier::DialogStyle {

QString styleSheet()
{
    return QStringLiteral(
        "QFrame#dialogHeader { background-color: #173f6d; }"
        "QFrame#dialogHeader QLabel { color: #ffffff; background: transparent; }"
        "QLabel#dialogSubtitle { color: #c9d8ea; }"
        "QLabel[role=\"heading\"] { color: #1b2a3a; }"
        "QLabel[role=\"hint\"] { color: #5b6777; }"
        "QLabel[role=\"fieldError\"] { color: #b42318; }"
        "QPushButton { min-height: 22px; padding: 5px 16px; }"
        "QPushButton[primary=\"true\"] { background-color: #1f5fa8; color: #ffffff; border: 1px solid "
        "#1a5190;"
        "  border-radius: 4px; font-weight: bold; }"
        "QPushButton[primary=\"true\"]:hover { background-color: #2569b8; }"
        "QPushButton[primary=\"true\"]:pressed { background-color: #184d8a; }"
        "QPushButton[primary=\"true\"]:focus { border: 2px solid #0f3358; }"
        "QPushButton[primary=\"true\"]:disabled { background-color: #c5d2e3; border-color: #c5d2e3;"
        "  color: #4a5d75; }"
        "QCommandLinkButton { border: 1px solid #d3dbe5; border-radius: 6px; background-color: #f7f9fc;"
        "  padding: 10px; }"
        "QCommandLinkButton:hover { border-color: #1f5fa8; background-color: #eef4fb; }"
        "QCommandLinkButton:focus { border: 2px solid #1f5fa8; }"
        "QLineEdit { padding: 5px 6px; }");
}

QLabel* makeLabel(const QString& text, const char* role, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setProperty("role", QString::fromLatin1(role));
    label->setWordWrap(true);
    return label;
}

QLabel* makeHeading(const QString& text, QWidget* parent)
{
    QLabel* label = makeLabel(text, "heading", parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    label->setFont(font);
    return label;
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

} // namespace karier::DialogStyle
