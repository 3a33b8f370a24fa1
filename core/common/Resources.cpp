// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Resources.h"

#include <QtGlobal>
#include <mutex>

// Q_INIT_RESOURCE declares qInitResources_core() in the enclosing namespace, so it must be used
// outside namespace karier.
static void initKarierCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace karier {

void ensureCoreResources()
{
    static std::once_flag once;
    std::call_once(once, initKarierCoreResources);
}

} // namespace karier
