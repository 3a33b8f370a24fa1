// SPDX-License-Identifier: GPL-3.0-or-later
// karier_pdfengine: the only code of Karier ASN that talks to Poppler. Built as a plugin and loaded
// by PdfEngine::instance() when a PDF is first inspected or shown.

#include "documents/PdfEngine.h"

#include <QVariant>
#include <poppler-qt6.h>

namespace karier {

namespace {

void discardPopplerMessage(const QString&, const QVariant&)
{ }

bool shouldAbort(const QVariant& payload)
{
    const auto* callback = reinterpret_cast<const std::function<bool()>*>(payload.value<quintptr>());
    return callback && *callback && (*callback)();
}

class PopplerDocument final : public PdfEngineDocument
{
public:
    explicit PopplerDocument(std::unique_ptr<Poppler::Document> document) : m_document(std::move(document))
    {
        m_document->setRenderHint(Poppler::Document::Antialiasing, true);
        m_document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    }

    bool isLocked() const override { return m_document->isLocked(); }
    int pageCount() const override { return std::max(m_document->numPages(), 0); }

    QSizeF pageSizePt(int index) const override
    {
        if (index < 0 || index >= pageCount())
            return {};
        const std::unique_ptr<Poppler::Page> page = m_document->page(index);
        return page ? page->pageSizeF() : QSizeF();
    }

    QImage render(int index, double dpi, const std::function<bool()>& abort) const override
    {
        if (index < 0 || index >= pageCount())
            return {};
        const std::unique_ptr<Poppler::Page> page = m_document->page(index);
        if (!page)
            return {};
        return page->renderToImage(dpi, dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr, nullptr,
            &shouldAbort, QVariant::fromValue(reinterpret_cast<quintptr>(&abort)));
    }

    bool hasText(int index) const override
    {
        if (index < 0 || index >= pageCount())
            return false;
        const std::unique_ptr<Poppler::Page> page = m_document->page(index);
        if (!page)
            return false;
        // More than a few stray characters (a scanner's invisible page number is not a text page).
        return page->text(QRectF()).simplified().size() >= 20;
    }

private:
    std::unique_ptr<Poppler::Document> m_document;
};

class PopplerEngine final : public PdfEngine
{
public:
    PopplerEngine() { Poppler::setDebugErrorFunction(&discardPopplerMessage, QVariant()); }

    std::unique_ptr<PdfEngineDocument> load(const QByteArray& data) const override
    {
        std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(data);
        if (!document)
            return nullptr;
        return std::make_unique<PopplerDocument>(std::move(document));
    }
};

} // namespace

} // namespace karier

extern "C" Q_DECL_EXPORT const karier::PdfEngine* karier_pdf_engine()
{
    static const karier::PopplerEngine engine;
    return &engine;
}
