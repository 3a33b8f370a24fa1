// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace karier {

/// Registers the Qt resources of the static karier_core library (reference lists, demo data).
/// Cheap and thread-safe; call before reading ":/karier/…".
void ensureCoreResources();

} // namespace karier
