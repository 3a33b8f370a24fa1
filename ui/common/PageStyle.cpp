// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/PageStyle.h"

#include <QLabel>

namespace karier::PageStyle {

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

} // namespace karier::PageStyle
