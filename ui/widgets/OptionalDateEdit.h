// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

class QToolButton;

namespace karier {

/// A date that may be empty: a QDateEdit (dd-MM-yyyy, calendar pop-up from Monday, Indonesian) whose
/// minimum, emptyDate(), stands for "empty" and shows "–", so a required date must really be chosen.
/// Typing a digit, Up/Down or PageUp/PageDown into an empty date starts from today, and its calendar
/// opens on this month. Owns the calendar conveniences; the "Kosongkan" button is made on request.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    bool isEmpty() const;
    /// The date, or an invalid QDate while empty.
    QDate value() const;
    /// Shows \a date; an invalid one empties the editor.
    void setValue(const QDate& date);
    /// The day an empty date starts from (the database's today); invalid: the clock's.
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const;
    /// A "Kosongkan" button beside the editor that empties it, enabled while a date is set. It takes
    /// no keyboard focus (Tab skips it); Ctrl+Delete in the editor does the same.
    QToolButton* createClearButton(QWidget* parent);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QDate m_today;
};

} // namespace karier
