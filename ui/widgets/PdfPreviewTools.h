// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIcon>
#include <QString>
#include <QToolButton>

class QLabel;

namespace karier::detail {

/// The small line icons of the preview's tool bar, drawn here so that they look the same on every
/// desktop.
enum class ToolIcon { Previous, Next, OpenExternally };
QIcon toolIcon(ToolIcon kind);

/// A tool button with its icon after the text ("Berikutnya ›"); the style's right-to-left trick
/// would leave a gap between the two.
class TrailingIconToolButton : public QToolButton
{
public:
    using QToolButton::QToolButton;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    static constexpr int IconGap = 4;
    static constexpr int Padding = 6;
};

/// A centred, word-wrapped plain-text label in \a colour, \a scale × the normal size.
QLabel* makeStateLabel(const QString& text, const QColor& colour, qreal scale, bool bold, QWidget* parent);

/// "Belum ada dokumen": what the preview shows before a document is chosen.
QWidget* makeEmptyState(QWidget* parent);
/// "Pratinjau tidak dapat ditampilkan" with the reason in *\a message (a label the preview fills).
QWidget* makeErrorState(QWidget* parent, QLabel** message);

/// \a name as a safe file name in a folder of its own: no folders, no characters that Windows
/// refuses, ends in .pdf.
QString safeFileName(const QString& name);

/// Writes \a pdf as \a name into a new folder of this program's temporary folder, read-only; the
/// path, or an empty string when it cannot be written. On a worker thread (thread-safe).
QString writeTemporaryCopy(const QByteArray& pdf, const QString& name);

} // namespace karier::detail
