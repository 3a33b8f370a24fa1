// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QString>
#include <optional>

class QLabel;
class QMimeData;

namespace karier {

/// Where a user gives a file: a rounded area with a dashed border, an upload icon and "Tarik dan
/// lepaskan file di sini, atau klik untuk memilih", and a smaller line naming the chosen file.
///
/// A drop of exactly one local file, a click, or Enter/Space (it takes the keyboard focus) gives
/// fileChosen(path). The area is highlighted while a file is dragged over it. A click opens the
/// file dialog "Pilih dokumen" listing PDF documents first, but any file may be picked: the caller
/// checks it and explains a refusal. The zone never decides what is acceptable, and it does not
/// name the file itself: the caller does, with setFileName(), once it has taken the file.
/// Disabled, it is greyed and takes no file.
class DropZone : public QFrame
{
    Q_OBJECT

public:
    explicit DropZone(QWidget* parent = nullptr);

    /// Shows "File terpilih: \a name" under the main text; an empty name hides the line.
    void setFileName(const QString& name);
    void clearFile() { setFileName(QString()); }
    QString fileName() const { return m_fileName; }

    /// True while a file that would be taken is dragged over the zone.
    bool isDragActive() const { return m_dragActive; }

public Q_SLOTS:
    /// Opens the file dialog (or takes the test file) and emits fileChosen for a chosen file.
    void chooseFile();

Q_SIGNALS:
    void fileChosen(const QString& path);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// The one local file in \a mime data, or an empty string.
    static QString droppedFile(const QMimeData* mime);
    void updateLook();

    static QString s_lastFolder;

    QString m_fileName;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_file = nullptr;
    bool m_dragActive = false;
    bool m_hovered = false;
    bool m_pressed = false;
};

} // namespace karier
