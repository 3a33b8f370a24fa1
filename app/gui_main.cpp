// SPDX-License-Identifier: GPL-3.0-or-later
// karier-asn: the desktop application. Thin: parse options, show the login window at once, open
// the database on a worker thread, then hand over to the dialogs and the main window.

#include "Version.h"
#include "auth/AuthService.h"
#include "common/AppIcon.h"
#include "common/Async.h"
#include "common/Language.h"
#include "common/Theme.h"
#include "documents/PdfCheckRunner.h"
#include "login/AfterLogin.h"
#include "login/FirstRunDialog.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "settings/AppSettings.h"
#include "settings/LocalSettings.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <memory>
#include <utility>

using namespace karier;

namespace {

/// Calls a function once, right after the first paint of the watched window (posted, so the
/// window is on screen before the function runs).
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget* window, std::function<void()> callback)
        : QObject(window), m_callback(std::move(callback))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_callback && event->type() == QEvent::Paint) {
            QTimer::singleShot(0, this, std::exchange(m_callback, {}));
            watched->removeEventFilter(this);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_callback;
};

struct OpenResult
{
    std::shared_ptr<Database> db;
    QString error;
    bool hasAccounts = true;
};

OpenResult openDatabase(const DatabaseUrl& url)
{
    OpenResult result;
    // Only the per-user default file is created on first start; a chosen file must exist.
    const bool isDefault = url.isSqlite() && url.path == DatabaseUrl::defaultSqlite().path;
    auto opened = Database::open(url, isDefault ? Database::OpenMode::Create : Database::OpenMode::Migrate);
    if (!opened) {
        result.error = opened.error().message;
        return result;
    }
    result.db = opened.value();
    auto any = AuthService(result.db).hasAccounts();
    if (!any) {
        result.error = any.error().message;
        result.db.reset();
        return result;
    }
    result.hasAccounts = any.value();
    return result;
}

/// --help and --version need no display: answer them without starting the GUI.
bool onlyTextWanted(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> application = onlyTextWanted(argc, argv)
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral(KARIER_APP_NAME));
    QCoreApplication::setOrganizationName(QStringLiteral(KARIER_ORGANIZATION));
    QCoreApplication::setOrganizationDomain(QStringLiteral(KARIER_ORGANIZATION_DOMAIN));
    QCoreApplication::setApplicationVersion(QStringLiteral(KARIER_VERSION));

    // Bahasa Indonesia is the language of the texts in the code and the default whatever the
    // system's locale; English when the settings choose it (:/i18n from translations/). Qt's own words
    // (the text fields' context menu) get their Indonesian from :/i18n/qt_id.qm.
    LocalSettings settings;
    const bool english = settings.language() == QLatin1String("en");
    if (installTranslations(english ? QStringLiteral("en") : QStringLiteral("id"), application.get())) {
        if (english) // The PDF check runs in a karier-cli child: it answers in the same language.
            PdfCheckRunner::setHelperLanguage(QStringLiteral("en"));
    } else if (english) {
        qWarning("The English translation could not be loaded; the texts stay in Bahasa Indonesia.");
    } else {
        qWarning("Qt's Indonesian words could not be loaded; its context menus stay in English.");
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Karier ASN — pemutakhiran data karier ASN Pemerintah Kota Surakarta."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("main", "Tampilkan bantuan ini lalu keluar."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("main", "Tampilkan versi program lalu keluar."));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        QCoreApplication::translate("main",
            "Database yang dipakai: sqlite:BERKAS atau postgresql://pengguna@host:port/nama. Tanpa opsi ini "
            "dipakai KARIER_DATABASE, lalu pengaturan, lalu berkas SQLite bawaan."),
        QCoreApplication::translate("main", "URL"));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addOption(databaseOption);
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(parser.errorText()),
            qPrintable(
                QCoreApplication::translate("main", "Gunakan --help untuk melihat opsi yang tersedia.")));
        return 2;
    }
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();

    // Every statement runs on the database's own workers; a wait for one on this thread is a bug.
    Database::setGuardedThread(QThread::currentThread());
    QGuiApplication::setDesktopFileName(QStringLiteral(KARIER_APP_ID));
    QGuiApplication::setWindowIcon(appIcon());
    Theme::apply();
    // Windows are shown and hidden in turn (login, main window, login again): quit explicitly.
    QApplication::setQuitOnLastWindowClosed(false);

    // A workstation holds no database password (an older version sealed one here): forget it.
    if (settings.hasDatabasePassword()) {
        settings.forgetDatabasePassword();
        settings.sync();
    }
    const Result<DatabaseUrl> url = AppSettings(&settings).resolveDatabase(parser.value(databaseOption));

    // The login window comes first: everything slow happens after it is on screen.
    LoginDialog login(nullptr, &settings);
    QPointer<MainWindow> mainWindow;
    QObject::connect(&login, &QDialog::rejected, qApp, [&] {
        if (!mainWindow)
            QCoreApplication::quit();
    });
    const auto openMainWindow = [&](const Session& session) {
        auto* window = new MainWindow(login.database(), session);
        window->setAttribute(Qt::WA_DeleteOnClose);
        mainWindow = window;
        auto loggingOut = std::make_shared<bool>(false);
        QObject::connect(window, &MainWindow::logoutRequested, &login, [&login, window, loggingOut] {
            *loggingOut = true;
            window->close();
            login.reset();
            login.show();
            login.raise();
            login.activateWindow();
        });
        QObject::connect(window, &QObject::destroyed, qApp, [loggingOut] {
            if (!*loggingOut)
                QCoreApplication::quit();
        });
        // A roomy first size on large screens, within the screen on small ones, centred.
        window->placeOn(login.screen());
        window->show();
    };
    // A temporary password is changed before the main window opens.
    QObject::connect(&login, &QDialog::accepted, qApp, [&] { continueAfterLogin(login, openMainWindow); });

    // Open the database on a worker once the window is on screen (it may be a remote server).
    const auto openDatabaseLater = [&login, url] {
        if (!url) {
            login.setDatabaseError(url.error().message);
            return;
        }
        if (!url->isSqlite()) {
            // Shared mode: nothing to open yet. Each person connects with their own login at Masuk; the
            // server's owner makes the schema and the first accounts (karier-cli init, user add).
            login.setServer(url.value());
            return;
        }
        runCpu(
            &login, [u = url.value()] { return openDatabase(u); },
            [&login](OpenResult opened) {
                if (!opened.db) {
                    login.setDatabaseError(opened.error);
                    return;
                }
                login.setDatabase(opened.db);
                if (opened.hasAccounts)
                    return;
                // An empty database: offer demo data or the first admin before anyone can log in.
                auto* firstRun = new FirstRunDialog(opened.db, &login);
                firstRun->setAttribute(Qt::WA_DeleteOnClose);
                QObject::connect(firstRun, &QDialog::accepted, &login, [&login, firstRun] {
                    if (!firstRun->createdAdminNip().isEmpty()) {
                        login.setNip(firstRun->createdAdminNip());
                        login.showMessage(MessageBanner::Kind::Success,
                            QCoreApplication::translate(
                                "main", "Akun admin berhasil dibuat. Silakan masuk."));
                    } else if (firstRun->demoCreated()) {
                        login.showMessage(MessageBanner::Kind::Success,
                            QCoreApplication::translate(
                                "main", "Data contoh siap. Masuk dengan salah satu akun demo."));
                    }
                });
                QObject::connect(firstRun, &QDialog::rejected, qApp, &QCoreApplication::quit);
                firstRun->open();
            });
    };
    new AfterFirstPaint(&login, openDatabaseLater);
    if (qEnvironmentVariableIntValue("KARIER_EXIT_WHEN_SHOWN") == 1) {
        // Start-up benchmark: report once the login window has been painted, then leave.
        new AfterFirstPaint(&login, [] {
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    login.show();

    return QApplication::exec();
}
