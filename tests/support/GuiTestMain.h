// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Theme.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

/// QTEST_MAIN for the GUI tests: the widgets look (and measure) as in karier-asn, which applies the
/// theme once at start, right after creating the application.
#define KARIER_GUI_TEST_MAIN(TestObject)                                                                     \
    int main(int argc, char* argv[])                                                                         \
    {                                                                                                        \
        QApplication app(argc, argv);                                                                        \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                             \
        karier::Theme::apply();                                                                              \
        /* Workstation settings (LocalSettings) of this run only: nothing left by an earlier run. */         \
        QTemporaryDir settingsDir;                                                                           \
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());               \
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());                  \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }
