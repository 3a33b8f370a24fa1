// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/AppIcon.h"

#include <mutex>

// Q_INIT_RESOURCE declares qInitResources_ui() in the enclosing namespace: outside namespace karier.
static void initKarierUiResources()
{
    Q_INIT_RESOURCE(ui);
}

namespace karier {

void ensureUiResources()
{
    static std::once_flag once;
    std::call_once(once, initKarierUiResources);
}

QIcon appIcon()
{
    ensureUiResources();
    return QIcon(QStringLiteral(":/karier/icons/karier-asn.svg"));
}

} // namespace karier
