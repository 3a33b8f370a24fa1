// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "documents/PdfInspector.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <memory>

namespace karier {

/// Settings every workstation shares, stored in the database (app_settings). Reading is open to
/// everyone; changing needs Admin BKPSDM (or the system itself, actor null).
class SharedSettings
{
    Q_DECLARE_TR_FUNCTIONS(karier::SharedSettings)

public:
    struct Values
    {
        qint64 maxPdfBytes = 1024 * 1024; ///< the portals' "maksimum 1MB"
        int maxPdfPages = 50;
        int maxJpPerDay = 8; ///< the manual's standard
        int jpTargetPerYear = 20;
        double sharpnessThreshold = 0; ///< 0: the inspector's calibrated default

        /// The limits an uploaded PDF must meet under these settings.
        PdfCheckLimits pdfLimits() const
        {
            PdfCheckLimits limits;
            limits.maxBytes = maxPdfBytes;
            limits.maxPages = maxPdfPages;
            if (sharpnessThreshold > 0)
                limits.sharpnessThreshold = sharpnessThreshold;
            return limits;
        }
    };

    /// The accepted ranges (load() falls back to the default outside them).
    static constexpr qint64 MinPdfBytes = 64 * 1024;
    static constexpr qint64 MaxPdfBytes = qint64(50) * 1024 * 1024;
    static constexpr int MaxPdfPagesLimit = 1000;
    static constexpr int MaxJpPerDayLimit = 24;
    static constexpr int MaxJpTargetPerYear = 500;
    static constexpr double MaxSharpnessThreshold = 1.0e6;

    explicit SharedSettings(std::shared_ptr<Database> db);

    /// Every value inside its range; otherwise an Indonesian message naming the first wrong one.
    static Status validate(const Values& values);

    Result<Values> load();
    Status save(const Session* actor, const Values& values);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace karier
