// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/WizardStyle.h"

#include "common/Theme.h"

#include <QFrame>

namespace karier::WizardStyle {

QFrame* makeCard(QWidget* parent, const QString& objectName)
{
    auto* card = new QFrame(parent);
    card->setObjectName(objectName);
    card->setProperty("card", true);
    return card;
}

QString requiredMark()
{
    return QStringLiteral("<span style=\"color:%1;\">*</span>").arg(Theme::colour("required").name());
}

QString labelText(const QString& label, bool required)
{
    if (!required)
        return label.toHtmlEscaped();
    return label.toHtmlEscaped() + QStringLiteral("&nbsp;") + requiredMark();
}

} // namespace karier::WizardStyle
