// SPDX-License-Identifier: GPL-3.0-or-later
// The application's icon is embedded in karier_ui and loads: the window icon is not empty.
#include "GuiTestMain.h"
#include "common/AppIcon.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace karier;

class TestAppIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loads_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("16") << 16;
        QTest::newRow("48") << 48;
        QTest::newRow("256") << 256;
    }

    void loads()
    {
        QFETCH(int, size);
        const QIcon icon = appIcon();
        QVERIFY(!icon.isNull());
        const QPixmap pixmap = icon.pixmap(size, size);
        QVERIFY(!pixmap.isNull());
        QCOMPARE(pixmap.width(), size);
        // Something is drawn: not every pixel is transparent.
        const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        QVERIFY2(opaque > size * size / 4, qPrintable(QString::number(opaque)));
    }

    void isTheWindowIcon()
    {
        QApplication::setWindowIcon(appIcon());
        QVERIFY(!QApplication::windowIcon().isNull());
        QVERIFY(!QApplication::windowIcon().pixmap(32, 32).isNull());
    }
};

KARIER_GUI_TEST_MAIN(TestAppIcon)
#include "TestAppIcon.moc"
