// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QString>
#include <QWidget>

namespace karier::detail {

/// The current page on a grey desk: a white sheet with a soft shadow, the rendered picture on it
/// (scaled while a sharper one is being drawn), or a message when the page cannot be drawn.
class PdfPageCanvas : public QWidget
{
public:
    static constexpr int Margin = 18;

    explicit PdfPageCanvas(QWidget* parent);

    void setPageSize(QSize logical);
    void setPixmap(const QPixmap& pixmap);
    void clearPixmap();
    void setMessage(const QString& message);

    const QPixmap& pixmap() const { return m_pixmap; }
    QRect pageRect() const { return QRect(QPoint(Margin, Margin), m_pageSize); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QSize m_pageSize {1, 1};
    QPixmap m_pixmap;
    QString m_message;
};

} // namespace karier::detail
