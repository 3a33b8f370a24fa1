// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/OptionalDateEdit.h"

#include "common/DateInput.h"

#include <QCalendarWidget>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QToolButton>

namespace karier {

namespace {

/// The texts keep the context of the record wizard, where this editor was first written.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(karier::RecordWizard)
};

} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget* parent) : QDateEdit(parent)
{
    setLocale(indonesian());
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    setDateRange(emptyDate(), QDate(2999, 12, 31));
    setSpecialValueText(QStringLiteral("–"));
    setDate(emptyDate());
    setMinimumWidth(150);
    setMaximumWidth(170);
    QCalendarWidget* calendar = calendarWidget();
    calendar->setFirstDayOfWeek(Qt::Monday);
    calendar->setLocale(indonesian());
    calendar->installEventFilter(this);
    // Qt has no Indonesian translation: name the calendar's own buttons here.
    if (auto* previous = calendar->findChild<QToolButton*>(QStringLiteral("qt_calendar_prevmonth")))
        previous->setToolTip(Text::tr("Bulan sebelumnya"));
    if (auto* next = calendar->findChild<QToolButton*>(QStringLiteral("qt_calendar_nextmonth")))
        next->setToolTip(Text::tr("Bulan berikutnya"));
}

bool OptionalDateEdit::isEmpty() const
{
    return date() == emptyDate();
}

QDate OptionalDateEdit::value() const
{
    return isEmpty() ? QDate() : date();
}

void OptionalDateEdit::setValue(const QDate& date)
{
    setDate(date.isValid() ? date : emptyDate());
}

QDate OptionalDateEdit::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QToolButton* OptionalDateEdit::createClearButton(QWidget* parent)
{
    auto* clear = new QToolButton(parent);
    clear->setProperty("role", QStringLiteral("clearDate"));
    clear->setText(Text::tr("Kosongkan"));
    clear->setToolTip(Text::tr("Kosongkan tanggal (Ctrl+Delete di kolom tanggal)"));
    clear->setCursor(Qt::PointingHandCursor);
    // A helper, not a stop on the way: Tab goes from one field to the next; the keyboard empties
    // the date with Ctrl+Delete (keyPressEvent).
    clear->setFocusPolicy(Qt::NoFocus);
    clear->setEnabled(!isEmpty());
    connect(clear, &QToolButton::clicked, this, [this] { setDate(emptyDate()); });
    connect(this, &QDateEdit::dateChanged, clear, [this, clear] { clear->setEnabled(!isEmpty()); });
    return clear;
}

void OptionalDateEdit::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        && event->modifiers() == Qt::ControlModifier) {
        setDate(emptyDate());
        event->accept();
        return;
    }
    if (isEmpty()) {
        // Typing into an empty date starts from today instead of the hidden minimum.
        const bool digit = event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9;
        const bool step = event->key() == Qt::Key_Up || event->key() == Qt::Key_Down
            || event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown;
        if (digit || step) {
            setDate(today());
            setSelectedSection(QDateTimeEdit::DaySection);
            if (step) {
                event->accept();
                return;
            }
        }
    }
    QDateEdit::keyPressEvent(event);
}

bool OptionalDateEdit::eventFilter(QObject* watched, QEvent* event)
{
    // The calendar of an empty date opens on this month, not on its "empty" minimum.
    if (event->type() == QEvent::Show && watched == calendarWidget() && isEmpty())
        calendarWidget()->setCurrentPage(today().year(), today().month());
    return QDateEdit::eventFilter(watched, event);
}

} // namespace karier
