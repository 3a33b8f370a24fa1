// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLabel>
#include <QPixmap>
#include <QSize>
#include <QString>

namespace karier {

/// A small picture of the first page of a PDF, e.g. next to an uploaded document in a list.
///
/// setDocument() shows a placeholder at once and draws page 1 on a thread of the global pool
/// (PdfRenderer::renderFirstPage); the picture replaces the placeholder when it is ready. A file
/// that cannot be drawn keeps a "broken document" placeholder whose tooltip says why. The GUI
/// thread only turns the finished image into a pixmap.
class PdfThumbnail : public QLabel
{
    Q_OBJECT

public:
    static constexpr QSize DefaultThumbnailSize {96, 128};

    explicit PdfThumbnail(QWidget* parent = nullptr);

    /// Draws the first page of \a pdf (copied by reference count, not by bytes).
    void setDocument(const QByteArray& pdf);
    /// Shows the empty placeholder; a drawing still running is ignored when it ends.
    void clear();

    /// The box the picture is fitted into (logical pixels); the widget has this fixed size.
    void setThumbnailSize(QSize size);
    QSize thumbnailSize() const { return m_thumbnailSize; }

    /// True once the first page is shown.
    bool hasThumbnail() const { return m_state == State::Ready; }
    bool isLoading() const { return m_state == State::Loading; }
    /// Why the document could not be drawn (Indonesian); empty otherwise.
    QString errorMessage() const { return m_error; }

    /// A document outline (a page with a folded corner and lines of text) of \a extent logical
    /// pixels in \a colour, for placeholders and empty states.
    static QPixmap documentIcon(int extent, qreal devicePixelRatio, const QColor& colour);

Q_SIGNALS:
    void thumbnailReady();
    void failed(const QString& message);

private:
    enum class State { Empty, Loading, Ready, Failed };

    void showPlaceholder();
    void start();

    State m_state = State::Empty;
    QSize m_thumbnailSize = DefaultThumbnailSize;
    QByteArray m_pdf;
    QString m_error;
    quint64 m_serial = 0;
};

} // namespace karier
