// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QString>
#include <functional>
#include <memory>

namespace karier {

/// One opened PDF of the engine. Not thread-safe: use one document from one thread at a time.
class PdfEngineDocument
{
public:
    virtual ~PdfEngineDocument() = default;
    /// A password is needed to open it (an owner password alone does not lock a document).
    virtual bool isLocked() const = 0;
    virtual int pageCount() const = 0;
    /// The page's size in points; an empty size when the page cannot be read.
    virtual QSizeF pageSizePt(int index) const = 0;
    /// Draws page \a index at \a dpi with antialiasing. \a shouldAbort is polled while drawing; a
    /// null image means the page could not be drawn or drawing was aborted.
    virtual QImage render(int index, double dpi, const std::function<bool()>& shouldAbort) const = 0;
    /// The page has a text layer (born-digital text rather than only a picture of it, as in a scan).
    virtual bool hasText(int index) const = 0;
};

/// The PDF engine: Poppler, in a plugin (karier_pdfengine) loaded on first use, the way Okular
/// loads its Poppler generator. Programs and windows that show no PDF — the login window above
/// all — do not pay for loading Poppler and the fourteen libraries it brings.
class PdfEngine
{
public:
    virtual ~PdfEngine() = default;
    /// Opens \a data; null when it is not a PDF Poppler can read.
    virtual std::unique_ptr<PdfEngineDocument> load(const QByteArray& data) const = 0;

    /// The engine, loaded once per process (thread-safe); null with an Indonesian \a error when the
    /// plugin is missing or broken.
    static const PdfEngine* instance(QString* error = nullptr);
    /// Where instance() looks, in order: $KARIER_PDFENGINE, next to the program, the installed
    /// library folder, the build tree.
    static QStringList searchPaths();
};

} // namespace karier

/// The plugin's one exported symbol.
extern "C" using KarierPdfEngineFactory = const karier::PdfEngine * (*)();
