// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/DropZone.h"

#include "common/Interaction.h"
#include "common/Theme.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace karier {

QString DropZone::s_lastFolder;

namespace {

/// An arrow rising out of an open tray.
QPixmap uploadIcon(int extent, qreal dpr, const QColor& colour)
{
    QPixmap pixmap(QSize(extent, extent) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal unit = extent / 48.0;
    QPen pen(colour, std::max<qreal>(1.5, 3.0 * unit), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    QPainterPath tray;
    tray.moveTo(8 * unit, 28 * unit);
    tray.lineTo(8 * unit, 38 * unit);
    tray.quadTo(8 * unit, 41 * unit, 11 * unit, 41 * unit);
    tray.lineTo(37 * unit, 41 * unit);
    tray.quadTo(40 * unit, 41 * unit, 40 * unit, 38 * unit);
    tray.lineTo(40 * unit, 28 * unit);
    painter.drawPath(tray);
    painter.drawLine(QPointF(24 * unit, 31 * unit), QPointF(24 * unit, 8 * unit));
    QPainterPath head;
    head.moveTo(15 * unit, 17 * unit);
    head.lineTo(24 * unit, 8 * unit);
    head.lineTo(33 * unit, 17 * unit);
    painter.drawPath(head);
    return pixmap;
}

void setTextColour(QLabel* label, const QColor& colour)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

} // namespace

DropZone::DropZone(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_file(new QLabel(this))
{
    setObjectName(QStringLiteral("dropZone"));
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(132);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Pilih dokumen"));

    m_icon->setObjectName(QStringLiteral("dropZoneIcon"));
    m_icon->setAlignment(Qt::AlignCenter);
    m_text->setObjectName(QStringLiteral("dropZoneText"));
    m_text->setText(tr("Tarik dan lepaskan file di sini, atau klik untuk memilih"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    setAccessibleDescription(m_text->text());
    m_file->setObjectName(QStringLiteral("dropZoneFile"));
    m_file->setAlignment(Qt::AlignCenter);
    m_file->setWordWrap(true);
    m_file->setTextFormat(Qt::PlainText);
    QFont small = m_file->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_file->setFont(small);
    m_file->hide();
    for (QLabel* label : {m_icon, m_text, m_file})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->setSpacing(6);
    layout->addStretch(1);
    layout->addWidget(m_icon);
    layout->addSpacing(2);
    layout->addWidget(m_text);
    layout->addWidget(m_file);
    layout->addStretch(1);
    updateLook();
}

void DropZone::setFileName(const QString& name)
{
    m_fileName = name;
    m_file->setText(name.isEmpty() ? QString() : tr("File terpilih: %1").arg(name));
    m_file->setVisible(!name.isEmpty());
    setAccessibleDescription(
        name.isEmpty() ? m_text->text() : m_text->text() + QStringLiteral(". ") + m_file->text());
}

void DropZone::chooseFile()
{
    if (!isEnabled())
        return;
    // The last folder used, else Documents; the home folder when that does not exist (the dialog
    // would otherwise offer the folder's name as the file to open).
    QString folder = s_lastFolder.isEmpty() ? documentsFolder() : s_lastFolder;
    if (!QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString path = Interaction::current().openFileName(this,
        {tr("Pilih dokumen"), folder,
            tr("Dokumen PDF atau foto (*.pdf *.jpg *.jpeg *.png);;Semua file (*)")});
    if (path.isEmpty())
        return;
    s_lastFolder = QFileInfo(path).absolutePath();
    Q_EMIT fileChosen(path);
}

QString DropZone::droppedFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return QString();
    const QString path = urls.first().toLocalFile();
    return QFileInfo(path).isDir() ? QString() : path;
}

void DropZone::dragEnterEvent(QDragEnterEvent* event)
{
    if (isEnabled() && !droppedFile(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        m_dragActive = true;
        updateLook();
    } else {
        event->ignore();
    }
}

void DropZone::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_dragActive) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void DropZone::dragLeaveEvent(QDragLeaveEvent* event)
{
    m_dragActive = false;
    updateLook();
    QFrame::dragLeaveEvent(event);
}

void DropZone::dropEvent(QDropEvent* event)
{
    m_dragActive = false;
    updateLook();
    const QString path = isEnabled() ? droppedFile(event->mimeData()) : QString();
    if (path.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    s_lastFolder = QFileInfo(path).absolutePath();
    Q_EMIT fileChosen(path);
}

void DropZone::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        event->accept();
        return;
    }
    QFrame::mousePressEvent(event);
}

void DropZone::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_pressed) {
        m_pressed = false;
        event->accept();
        if (rect().contains(event->position().toPoint()))
            chooseFile();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void DropZone::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
    case Qt::Key_Select:
        if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
            event->accept();
            chooseFile();
            return;
        }
        break;
    default:
        break;
    }
    QFrame::keyPressEvent(event);
}

void DropZone::enterEvent(QEnterEvent* event)
{
    m_hovered = true;
    update();
    QFrame::enterEvent(event);
}

void DropZone::leaveEvent(QEvent* event)
{
    m_hovered = false;
    m_pressed = false;
    update();
    QFrame::leaveEvent(event);
}

void DropZone::focusInEvent(QFocusEvent* event)
{
    update();
    QFrame::focusInEvent(event);
}

void DropZone::focusOutEvent(QFocusEvent* event)
{
    update();
    QFrame::focusOutEvent(event);
}

void DropZone::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::EnabledChange || event->type() == QEvent::StyleChange) {
        if (!isEnabled())
            m_dragActive = false;
        updateLook();
    }
}

void DropZone::updateLook()
{
    const bool enabled = isEnabled();
    m_icon->setPixmap(uploadIcon(
        40, devicePixelRatioF(), enabled ? Theme::colour("primary") : Theme::colour("inkDisabled")));
    setTextColour(m_text, enabled ? Theme::colour("text") : Theme::colour("inkDisabled"));
    setTextColour(m_file, enabled ? Theme::colour("textMuted") : Theme::colour("inkDisabled"));
    setCursor(enabled ? Qt::PointingHandCursor : Qt::ArrowCursor);
    update();
}

void DropZone::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool enabled = isEnabled();
    const bool active = enabled && m_dragActive;
    const bool focused = enabled && hasFocus();

    QColor background = Theme::colour("dropBack");
    QColor border = Theme::colour("dropBorder");
    if (!enabled) {
        background = Theme::colour("dropBackDisabled");
        border = Theme::colour("borderPanel");
    } else if (active) {
        background = Theme::colour("dropBackActive");
        border = Theme::colour("primary");
    } else if (m_hovered) {
        background = Theme::colour("dropBackHover");
        border = Theme::colour("primary");
    } else if (focused) {
        border = Theme::colour("primary"); // the keyboard focus: the border only, the area stays calm
    }
    const qreal width = active || focused ? 2.0 : 1.5;
    const QRectF box
        = QRectF(rect()).adjusted(width / 2 + 0.5, width / 2 + 0.5, -width / 2 - 0.5, -width / 2 - 0.5);
    QPen pen(border, width, Qt::CustomDashLine, Qt::RoundCap);
    pen.setDashPattern({4.0, 3.0});
    painter.setPen(pen);
    painter.setBrush(background);
    painter.drawRoundedRect(box, 10, 10);
}

} // namespace karier
