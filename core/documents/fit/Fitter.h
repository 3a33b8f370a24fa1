// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// The work of one PdfFitter call: the input's pages drawn or decoded into masters
/// (PageDrawing.cpp), then the step search for the ladder step of every page that fits the
/// limit and stays sharp, and the result built and read back (StepSearch.cpp).

#include "documents/PdfEngine.h"
#include "documents/PdfFitter.h"
#include "documents/fit/FitPage.h"

#include <QImage>
#include <QLatin1String>
#include <QLocale>
#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace karier::detail::fit {

inline QLocale indonesian()
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

inline PdfFitResult refusal(PdfFitResult result, const char* code, const QString& message)
{
    result.ok = false;
    result.code = QLatin1String(code);
    result.message = message;
    return result;
}

/// One fitting: the pages of the input, the step search over them and the result.
class Fitter
{
public:
    Fitter(const PdfFitOptions& options, const PdfFitter::Progress& progress,
        const PdfFitter::Cancelled& cancelled)
        : m_options(options), m_progress(progress), m_cancelled(cancelled)
    { }

    PdfFitResult fitPdf(const QByteArray& data, PdfFitResult result);
    PdfFitResult fitImage(const QByteArray& data, PdfFitResult result);
    /// Every page of \a data drawn (or decoded) into m_pages; ok, or a refusal.
    PdfFitResult drawPages(const QByteArray& data, PdfFitResult result);

private:
    bool cancelled() const { return m_cancelled && m_cancelled(); }
    void report(double value)
    {
        if (m_progress)
            m_progress(std::clamp(value, 0.0, 1.0));
    }
    /// The step of every page, the PDF assembled and delivered (see deliver()); or a refusal.
    PdfFitResult search(PdfFitResult result);
    /// Whether page 1 of \a pdf must step up: the blur check's own code (PdfInspector::inspectData)
    /// calls it blurry although its original was sharp. Page 1's figure becomes the check's.
    bool heldByCheck(const QByteArray& pdf);
    /// \a pdf, within the limit, read back and described in \a result (settings, sharpness,
    /// preview, message); or a refusal when it cannot be read back or shown.
    PdfFitResult deliver(const QByteArray& pdf, PdfFitResult result);
    /// The smallest step k at which the pages of \a group, each at min(k, its cap), bring the total
    /// within \a budget; nothing when even the lowest steps are too large.
    std::optional<int> firstFitting(const std::vector<int>& group, qint64 budget);
    /// The expected total at step k (see total()), from the steps encoded so far; encodes nothing.
    qint64 estimate(const std::vector<int>& group, int k) const;
    qint64 total(const std::vector<int>& group, int k);
    void evaluate(const std::vector<int>& group, int k);

    PdfFitOptions m_options;
    PdfFitter::Progress m_progress;
    PdfFitter::Cancelled m_cancelled;
    std::vector<Page> m_pages;
    std::unique_ptr<PdfEngineDocument> m_document;
    QImage m_previewBefore;
    double m_done = 0.5;
};

} // namespace karier::detail::fit
