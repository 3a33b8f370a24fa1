// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTimer>
#include <QWidget>

namespace karier::detail {

/// "Memuat pratinjau…" with a turning arc, in a small rounded box floating over the view.
class PdfBusyIndicator : public QWidget
{
public:
    explicit PdfBusyIndicator(QWidget* parent);

    QString text() const { return m_text; }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    QTimer m_timer;
    int m_angle = 0;
};

} // namespace karier::detail
