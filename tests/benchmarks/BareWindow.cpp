// SPDX-License-Identifier: GPL-3.0-or-later
// karier-bare-window: the reference for the start-up benchmark. A bare Qt Widgets program with one
// dialog about the size of the login window; it prints "shown" and leaves once the dialog has been
// painted, exactly as karier-asn does with KARIER_EXIT_WHEN_SHOWN=1.

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QTimer>
#include <cstdio>

namespace karier {

namespace {

class ExitWhenShown : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_done && event->type() == QEvent::Paint) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                std::fputs("shown\n", stdout);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

} // namespace karier

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QDialog dialog;
    dialog.setWindowTitle(QStringLiteral("Karier ASN bare window"));
    dialog.setFixedWidth(480);
    dialog.resize(480, 420);
    dialog.installEventFilter(new karier::ExitWhenShown(&dialog));
    dialog.show();
    return QApplication::exec();
}
