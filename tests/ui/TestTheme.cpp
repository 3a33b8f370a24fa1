// SPDX-License-Identifier: GPL-3.0-or-later
// The one theme (resources/theme/karier.qss): complete, applied once, and selections and keyboard focus
// that read in every list, table and combo box.
#include "GuiTestMain.h"
#include "common/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtTest>
#include <qtestspontaneevent.h>

using namespace karier;

namespace {

double luminance(const QColor& colour)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// The most frequent colour in \a area (the background) and the colour that differs most from it (ink).
std::pair<QColor, QColor> backgroundAndInk(const QImage& image, const QRect& area)
{
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    QColor ink = QColor::fromRgb(background);
    double best = 1.0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double c = contrast(QColor::fromRgb(it.key()), QColor::fromRgb(background));
        if (c > best) {
            best = c;
            ink = QColor::fromRgb(it.key());
        }
    }
    return {QColor::fromRgb(background), ink};
}

QStandardItemModel* rowsModel(QObject* parent)
{
    auto* model = new QStandardItemModel(3, 2, parent);
    for (int row = 0; row < 3; ++row)
        for (int column = 0; column < 2; ++column)
            model->setItem(row, column, new QStandardItem(QStringLiteral("Teks %1 %2").arg(row).arg(column)));
    return model;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void styleSheetIsComplete()
    {
        QVERIFY2(
            Theme::undefinedNames().isEmpty(), qPrintable(Theme::undefinedNames().join(QLatin1Char(','))));
        const QString sheet = Theme::styleSheet();
        QVERIFY(sheet.contains(QLatin1String("QPushButton[primary=\"true\"]")));
        QVERIFY2(!sheet.contains(QLatin1Char('@')), "a colour name was left in the style sheet");
        QCOMPARE(Theme::colour("primary"), QColor(QStringLiteral("#1f5fa8")));
    }

    void codeNamesOnlyDefinedColours()
    {
        // Theme::colour asserts on an unknown name only in debug builds; release builds would paint
        // magenta. So every name the sources ask for is checked against the theme here.
        const QString root = QDir::cleanPath(QStringLiteral(QT_TESTCASE_SOURCEDIR "/.."));
        const QStringList defined = Theme::colourNames();
        static const QRegularExpression call(QStringLiteral("Theme::colour\\(\"([^\"]*)\"\\)"));
        int calls = 0;
        for (const QString& folder : {QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("tests")}) {
            QDirIterator files(root + QLatin1Char('/') + folder,
                {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = files.next();
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                const QString text = QString::fromUtf8(file.readAll());
                for (auto match = call.globalMatch(text); match.hasNext();) {
                    const QString name = match.next().captured(1);
                    ++calls;
                    QVERIFY2(defined.contains(name),
                        qPrintable(
                            QStringLiteral("%1 asks for the undefined colour \"%2\"").arg(path, name)));
                }
            }
        }
        QVERIFY2(calls > 20,
            qPrintable(QStringLiteral("only %1 Theme::colour calls found under %2").arg(calls).arg(root)));
    }

    void appliedOnceToTheApplication()
    {
        // The GUI tests apply it at start, as karier-asn does (tests/support/UiTheme.cpp).
        QCOMPARE(qApp->styleSheet(), Theme::styleSheet());
        QCOMPARE(QApplication::palette().color(QPalette::Highlight), Theme::colour("selection"));
        QCOMPARE(QApplication::palette().color(QPalette::HighlightedText), Theme::colour("selectionText"));
        Theme::apply();
        QCOMPARE(qApp->styleSheet(), Theme::styleSheet());
    }

    void selectionReads_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("table of a page") << QStringLiteral("table");
        QTest::newRow("list of a page") << QStringLiteral("list");
        QTest::newRow("combo box's pop-up") << QStringLiteral("combo");
    }

    void selectionReads()
    {
        QFETCH(QString, kind);
        QWidget window;
        window.resize(420, 260);
        auto* layout = new QVBoxLayout(&window);
        QAbstractItemView* view = nullptr;
        QComboBox* combo = nullptr;
        if (kind == QLatin1String("table")) {
            auto* table = new QTableView(&window);
            table->setProperty("list", true);
            table->setModel(rowsModel(table));
            view = table;
        } else if (kind == QLatin1String("list")) {
            auto* list = new QListWidget(&window);
            list->setProperty("list", true);
            list->addItems({QStringLiteral("Unggah D2NP: +7,5"), QStringLiteral("Unggah SK PNS: +7,5")});
            view = list;
        } else {
            combo = new QComboBox(&window);
            combo->addItems(
                {QStringLiteral("Semua jenis"), QStringLiteral("Kursus"), QStringLiteral("Tim Kerja")});
            view = combo->view();
        }
        if (!combo)
            layout->addWidget(view);
        else
            layout->addWidget(combo);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (combo) {
            combo->showPopup();
            QTRY_VERIFY(view->isVisible());
        }
        if (combo) {
            // A pop-up highlights the item under the mouse, as a user moves it down the list.
            QTest::mouseMove(view->viewport(), view->visualRect(view->model()->index(1, 0)).center());
            QTRY_COMPARE(view->currentIndex().row(), 1);
        } else {
            view->setCurrentIndex(view->model()->index(1, 0));
        }
        QCoreApplication::processEvents();

        const QRect cell = view->visualRect(view->model()->index(1, 0))
                               .adjusted(2, 2, -2, -2)
                               .intersected(view->viewport()->rect());
        QVERIFY2(cell.width() > 20 && cell.height() > 8,
            qPrintable(QStringLiteral("%1x%2 in %3x%4")
                           .arg(cell.width())
                           .arg(cell.height())
                           .arg(view->viewport()->width())
                           .arg(view->viewport()->height())));
        const QImage image = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const auto [background, ink] = backgroundAndInk(image, cell);
        // The theme's selection colour (the style may shade it a little).
        const QColor selection = Theme::colour("selection");
        QVERIFY2(std::abs(background.red() - selection.red()) <= 8
                && std::abs(background.green() - selection.green()) <= 8
                && std::abs(background.blue() - selection.blue()) <= 8,
            qPrintable(QStringLiteral("%1 is not the selection colour %2")
                           .arg(background.name(), selection.name())));
        QVERIFY2(contrast(background, ink) >= 4.5,
            qPrintable(QStringLiteral("%1 on %2").arg(ink.name(), background.name())));
        if (combo)
            combo->hidePopup();
    }

    void sidebarShowsKeyboardFocus()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* other = new QListWidget(&window);
        other->setProperty("list", true);
        auto* sidebar = new QListWidget(&window);
        sidebar->setObjectName(QStringLiteral("sidebar"));
        sidebar->addItems({QStringLiteral("Beranda"), QStringLiteral("Riwayat Sertifikasi")});
        sidebar->setCurrentRow(0);
        layout->addWidget(other);
        layout->addWidget(sidebar);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        other->setFocus();
        QTRY_VERIFY(other->hasFocus());
        const QImage without = sidebar->grab().toImage();
        sidebar->setFocus();
        QTRY_VERIFY(sidebar->hasFocus());
        const QImage with = sidebar->grab().toImage();
        QVERIFY2(with != without, "the sidebar looks the same with and without the keyboard focus");
    }

    void wheelScrollsPastAnUnfocusedSpinBox()
    {
        QScrollArea area;
        area.resize(300, 200);
        auto* content = new QWidget;
        auto* layout = new QVBoxLayout(content);
        auto* first = new QLineEdit(content);
        auto* spin = new QSpinBox(content);
        spin->setRange(1, 24);
        spin->setValue(8);
        layout->addWidget(first);
        layout->addSpacing(150);
        layout->addWidget(spin);
        layout->addSpacing(600);
        area.setWidget(content);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        first->setFocus();
        QCOMPARE(spin->focusPolicy(), Qt::StrongFocus); // the wheel does not take the focus
        const auto wheel = [&](QWidget* target) {
            const QPointF at(target->width() / 2.0, target->height() / 2.0);
            QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                Qt::NoModifier, Qt::NoScrollPhase, false);
            // As from the window system: QApplication offers only those to the parents (sendEvent would
            // clear the mark).
            QSpontaneKeyEvent::setSpontaneous(&event);
            QCoreApplication::instance()->notify(target, &event);
        };
        // Unfocused: the value stays, the area scrolls.
        wheel(spin);
        QCOMPARE(spin->value(), 8);
        QVERIFY(area.verticalScrollBar()->value() > 0);
        // Clicked into: the wheel changes it.
        spin->setFocus();
        QVERIFY(spin->hasFocus());
        wheel(spin);
        QCOMPARE(spin->value(), 7);
    }
};

KARIER_GUI_TEST_MAIN(TestTheme)
#include "TestTheme.moc"
