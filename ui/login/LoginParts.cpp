// SPDX-License-Identifier: GPL-3.0-or-later
#include "login/LoginParts.h"

#include "common/DialogStyle.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace karier::LoginParts {

void setCurrentPage(QStackedWidget* stack, QWidget* page)
{
    while (stack->count() > 0 && stack->widget(0) != page) {
        QWidget* other = stack->widget(0);
        stack->removeWidget(other);
        other->hide();
    }
    while (stack->count() > 1) {
        QWidget* other = stack->widget(1);
        stack->removeWidget(other);
        other->hide();
    }
    if (stack->count() == 0)
        stack->addWidget(page);
    stack->setCurrentWidget(page);
    // The dialog takes the page's size at once (a fixed-size layout); a taller step stays on screen.
    QWidget* dialog = stack->window();
    if (dialog->isVisible() && dialog->layout()) {
        dialog->layout()->activate();
        DialogStyle::keepOnScreen(dialog);
    }
}

void layOutDialog(QWidget* dialog, QWidget* header, QWidget* body)
{
    auto* layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->addWidget(header);
    layout->addWidget(body);
}

QHBoxLayout* buttonRow(QPushButton* secondary, QPushButton* primary)
{
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    if (secondary)
        row->addWidget(secondary);
    row->addStretch(1);
    row->addWidget(primary);
    return row;
}

QLineEdit* makeCodeEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,7}")), edit));
    edit->setMaxLength(7);
    edit->setAlignment(Qt::AlignCenter);
    edit->setPlaceholderText(QStringLiteral("000000"));
    edit->setInputMethodHints(Qt::ImhDigitsOnly);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(edit->font().pointSizeF() * 1.9);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    edit->setFont(font);
    edit->setMinimumHeight(edit->sizeHint().height() + 10);
    edit->setMaximumWidth(260);
    return edit;
}

QString withoutSpaces(const QString& text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            digits.append(c);
    }
    return digits;
}

QString groupedInFours(const QString& text, int groupsPerLine)
{
    QString grouped;
    const qsizetype lineLength = 4 * qsizetype(groupsPerLine);
    for (qsizetype i = 0; i < text.size(); i += 4) {
        if (!grouped.isEmpty())
            grouped.append(lineLength > 0 && i % lineLength == 0 ? QLatin1Char('\n') : QLatin1Char(' '));
        grouped.append(text.mid(i, 4));
    }
    return grouped;
}

} // namespace karier::LoginParts
