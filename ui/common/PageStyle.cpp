// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/PageStyle.h"

#include <QLabel>
#include <QStyle>

namespace karier::PageStyle {

QString styleSheet()
{
    return QStringLiteral(
        "QWidget[page=\"true\"] { background-color: #f4f6f9; }"
        "QFrame[card=\"true\"] { background-color: #ffffff; border: 1px solid #dde3ea; border-radius: 8px; }"
        "QFrame[card=\"true\"] QLabel { background: transparent; border: none; }"
        "QLabel[role=\"pageTitle\"] { color: #1b2a3a; }"
        "QLabel[role=\"hint\"] { color: #5b6777; }"
        "QLabel[role=\"cardTitle\"] { color: #173f6d; }"
        "QLabel[role=\"fieldLabel\"] { color: #344054; font-weight: bold; }"
        "QLabel[role=\"fieldName\"] { color: #5b6777; }"
        "QLabel[role=\"fieldValue\"] { color: #1b2a3a; }"
        "QLabel[role=\"fieldError\"] { color: #b42318; }"
        "QLabel[role=\"warningText\"] { color: #93370d; }"
        "QLabel[role=\"okText\"] { color: #067647; }"
        "QLineEdit, QDateEdit, QComboBox { background-color: #ffffff; border: 1px solid #b8c3d1;"
        "  border-radius: 4px; padding: 4px 6px; min-height: 20px; }"
        "QLineEdit:focus, QDateEdit:focus, QComboBox:focus { border: 2px solid #1f5fa8; padding: 3px 5px; }"
        "QLineEdit:disabled, QDateEdit:disabled, QComboBox:disabled { background-color: #f2f4f7; color: "
        "#475467; }"
        "QTableView[list=\"true\"] { background-color: #ffffff; alternate-background-color: #f8fafc;"
        "  border: 1px solid #dde3ea; border-radius: 6px; gridline-color: #eef1f5;"
        "  selection-background-color: #dbe8f8; selection-color: #1b2a3a; }"
        "QTableView[list=\"true\"] QHeaderView::section { background-color: #f1f4f8; color: #344054;"
        "  border: none; border-bottom: 1px solid #dde3ea; padding: 6px 4px; font-weight: bold; }"
        "QPushButton { background-color: #ffffff; color: #1f2a37; border: 1px solid #b8c3d1;"
        "  border-radius: 4px; padding: 5px 14px; min-height: 22px; }"
        "QPushButton:hover { background-color: #eef3f9; }"
        "QPushButton:pressed { background-color: #dde6f1; }"
        "QPushButton:focus { border: 2px solid #1f5fa8; padding: 4px 13px; }"
        "QPushButton:disabled { color: #98a2b3; background-color: #f2f4f7; border-color: #d0d5dd; }"
        "QPushButton[primary=\"true\"] { background-color: #1f5fa8; color: #ffffff; border: 1px solid "
        "#1a5190;"
        "  font-weight: bold; }"
        "QPushButton[primary=\"true\"]:hover { background-color: #2569b8; }"
        "QPushButton[primary=\"true\"]:disabled { background-color: #9db6d6; border-color: #9db6d6; }"
        "QPushButton[danger=\"true\"] { color: #b42318; }"
        "QPushButton[danger=\"true\"]:disabled { color: #98a2b3; }");
}

QLabel* makeLabel(const QString& text, const char* role, QWidget* parent, qreal scale, bool bold)
{
    auto* label = new QLabel(text, parent);
    label->setProperty("role", QString::fromLatin1(role));
    label->setWordWrap(true);
    if (scale != 1.0 || bold) {
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * scale);
        font.setBold(bold);
        label->setFont(font);
    }
    return label;
}

void restyle(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace karier::PageStyle
