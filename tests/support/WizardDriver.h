// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drives the record wizard's widgets the way a user does, for the GUI tests (header only: the UI test
// executables link karier_ui, the support library does not).

#include "SyntheticScan.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QWidget>

namespace karier::test {

/// Saves a picture of \a widget as NAME.png when KARIER_SCREENSHOT_DIR is set (to review the layout).
inline void screenshot(QWidget* widget, const QString& name, bool settle = true)
{
    const QString dir = qEnvironmentVariable("KARIER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Let previews and thumbnails finish drawing.
    if (settle)
        QTest::qWait(400);
    else
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

/// The wizard's input for field \a key (object name field_<key>).
template<class T> T* wizardField(QWidget* wizard, const QString& key)
{
    return wizard->findChild<T*>(QStringLiteral("field_") + key);
}

/// Types \a text into the field \a key as a user would (line edit, editable combo box, spin box).
inline void typeInto(QWidget* wizard, const QString& key, const QString& text)
{
    QWidget* input = wizardField<QWidget>(wizard, key);
    QVERIFY2(input, qPrintable(key));
    if (auto* edit = qobject_cast<QLineEdit*>(input)) {
        edit->clear();
        QTest::keyClicks(edit, text);
    } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
        if (!combo->isEditable()) {
            combo->setCurrentText(text);
            QCOMPARE(combo->currentText(), text);
            return;
        }
        combo->lineEdit()->clear();
        QTest::keyClicks(combo->lineEdit(), text);
        if (combo->completer() && combo->completer()->popup())
            combo->completer()->popup()->hide();
    } else if (auto* spin = qobject_cast<QSpinBox*>(input)) {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, text);
    } else {
        QFAIL(qPrintable(QStringLiteral("cannot type into ") + key));
    }
}

inline void setDateField(QWidget* wizard, const QString& key, const QDate& date)
{
    auto* edit = wizardField<QDateEdit>(wizard, key);
    QVERIFY2(edit, qPrintable(key));
    edit->setDate(date);
}

inline QPushButton* buttonNamed(QWidget* parent, const char* name)
{
    return parent->findChild<QPushButton*>(QString::fromLatin1(name));
}

} // namespace karier::test
