// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Theme.h"

#include <QApplication>
#include <QtTest>

/// QTEST_MAIN for the GUI tests: the widgets look (and measure) as in karier-asn, which applies the
/// theme once at start, right after creating the application.
#define KARIER_GUI_TEST_MAIN(TestObject)                                                                     \
    int main(int argc, char* argv[])                                                                         \
    {                                                                                                        \
        QApplication app(argc, argv);                                                                        \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                             \
        karier::Theme::apply();                                                                              \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }
