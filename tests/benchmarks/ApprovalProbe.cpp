// SPDX-License-Identifier: GPL-3.0-or-later
// karier-approval-probe DATABASE NIP [verifikasi|rekapdms|mainwindow]: opens the verifier console
// (VerifikasiPage, the default) or the Rekap Arsip DMS (DmsRecapPage) the way the main window does, or
// the whole main window (MainWindow) with every page of the sidebar visited once, for the employee with
// NIP and their account's role, on an existing database (a SQLite file or a postgresql:// URL),
// offscreen. The approval and dms scenarios of karier-bench run it.
//
// Prints {"open_ms": X, "rss_mb": Y, "rows": R, "total": T} on stdout and exits 0:
//   open_ms  from just before the page is made until its first page of rows is in the table and
//            painted (the model's first load, then one more pass of the event loop with a repaint);
//   rss_mb   the resident memory of the process (VmRSS) with the page open, after the side panel has
//            loaded the first submission and 300 ms of calm.
// mainwindow: open_ms is from just before the window is made until every page has been shown and
// 300 ms of calm followed each; rows is the number of pages visited, total the sidebar's; rss_mb
// as above, with all of them made.
// Any failure: a message on stderr and exit 1. KARIER_SCREENSHOT=FILE.png also saves a picture of the page.

#include "auth/Session.h"
#include "common/Theme.h"
#include "dms/DmsRecapPage.h"
#include "domain/Role.h"
#include "main/MainWindow.h"
#include "org/Organisation.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "verifikasi/ApprovalDetailPanel.h"
#include "verifikasi/ApprovalListModel.h"
#include "verifikasi/VerifikasiPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <cstdio>

using namespace karier;

namespace {

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

Result<Session> sessionOf(const std::shared_ptr<Database>& db, const QString& nip)
{
    Session session;
    const Status status = db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c,
            QStringLiteral("SELECT a.id, a.role, COALESCE(a.managed_unit_id, 0), COALESCE(m.name, '') FROM "
                           "accounts a JOIN employees e ON e.id = a.employee_id LEFT JOIN org_units m ON "
                           "m.id = a.managed_unit_id WHERE e.nip = ?"));
        q.bind(nip);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return Error::notFound(QStringLiteral("no account for NIP %1").arg(nip));
        session.accountId = q.value(0).toLongLong();
        session.role = roleFromCode(q.value(1).toString()).value_or(Role::Asn);
        session.managedUnitId = q.value(2).toLongLong();
        session.managedUnitName = q.value(3).toString();
        return {};
    });
    if (!status)
        return status.error();
    auto employee = Organisation(db).employeeByNip(nip);
    if (!employee)
        return employee.error();
    if (!employee.value())
        return Error::notFound(QStringLiteral("no employee with NIP %1").arg(nip));
    const Employee& e = *employee.value();
    session.employeeId = e.id;
    session.nip = e.nip;
    session.displayName = e.displayName();
    session.unitId = e.unitId;
    session.unitName = e.unitName;
    session.indukUnitId = e.indukUnitId;
    return session;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    karier::Theme::apply(); // as karier-asn does at start
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() < 2 || arguments.size() > 3
        || (arguments.size() == 3 && arguments.at(2) != QLatin1String("verifikasi")
            && arguments.at(2) != QLatin1String("rekapdms")
            && arguments.at(2) != QLatin1String("mainwindow"))) {
        std::fputs("Usage: karier-approval-probe DATABASE NIP [verifikasi|rekapdms|mainwindow]\n", stderr);
        return 2;
    }
    const bool whole = arguments.size() == 3 && arguments.at(2) == QLatin1String("mainwindow");
    const bool recap = arguments.size() == 3 && arguments.at(2) == QLatin1String("rekapdms");
    auto url = DatabaseUrl::parse(arguments.at(0));
    if (!url) {
        std::fprintf(stderr, "karier-approval-probe: %s\n", qPrintable(url.error().message));
        return 1;
    }
    auto db = Database::open(url.value(), Database::OpenMode::RequireExisting);
    if (!db) {
        std::fprintf(stderr, "karier-approval-probe: %s\n", qPrintable(db.error().message));
        return 1;
    }
    // A person's login on PostgreSQL: the one-time-code session the benchmark obtained for it.
    if (const QString token = qEnvironmentVariable("KARIER_PROBE_SESSION_TOKEN"); !token.isEmpty())
        db.value()->setSessionToken(token);
    auto session = sessionOf(db.value(), arguments.at(1));
    if (!session) {
        std::fprintf(stderr, "karier-approval-probe: %s\n", qPrintable(session.error().message));
        return 1;
    }

    QElapsedTimer clock;
    clock.start();
    if (whole) {
        // The whole main window as this person has it after logging in, every page made once.
        MainWindow window(db.value(), session.value());
        window.resize(1366, 860);
        window.show();
        const QStringList keys = window.pageKeys();
        int visited = 0;
        for (const QString& key : keys) {
            if (!window.showPage(key) || window.currentPageKey() != key) {
                std::fprintf(stderr, "karier-approval-probe: the page %s did not open\n", qPrintable(key));
                return 1;
            }
            ++visited;
            QTest::qWait(300); // its first load (a worker thread) and paint
        }
        window.repaint();
        const double openMs = double(clock.nsecsElapsed()) / 1.0e6;
        QTest::qWait(300);
        if (const QString shot = qEnvironmentVariable("KARIER_SCREENSHOT"); !shot.isEmpty())
            window.grab().save(shot);
        std::printf("{\"open_ms\": %.2f, \"rss_mb\": %.1f, \"rows\": %d, \"total\": %d}\n", openMs,
            residentMb(), visited, int(keys.size()));
        return 0;
    }
    if (recap) {
        DmsRecapPage page(db.value(), session.value());
        page.resize(1280, 860);
        bool shown = false;
        QObject::connect(&page, &DmsRecapPage::loaded, &page, [&] { shown = true; });
        page.show();
        if (!QTest::qWaitFor([&] { return shown; }, 30000)) {
            std::fputs("karier-approval-probe: the recap did not load within 30 s\n", stderr);
            return 1;
        }
        page.repaint();
        const double openMs = double(clock.nsecsElapsed()) / 1.0e6;
        QTest::qWait(300);
        if (const QString shot = qEnvironmentVariable("KARIER_SCREENSHOT"); !shot.isEmpty())
            page.grab().save(shot);
        std::printf("{\"open_ms\": %.2f, \"rss_mb\": %.1f, \"rows\": %d, \"total\": %d}\n", openMs,
            residentMb(), int(page.recap().size()), int(page.recap().size()));
        return 0;
    }
    VerifikasiPage page(db.value(), session.value());
    page.resize(1500, 860);
    page.show();
    bool loaded = false;
    QObject::connect(page.model(), &ApprovalListModel::loaded, &page, [&] { loaded = true; });
    if (!QTest::qWaitFor([&] { return loaded; }, 30000)) {
        std::fputs("karier-approval-probe: the first page did not load within 30 s\n", stderr);
        return 1;
    }
    page.repaint();
    const double openMs = double(clock.nsecsElapsed()) / 1.0e6;

    // The page as a verifier sees it: the side panel shows the first submission.
    if (page.model()->rowCount() > 0
        && !QTest::qWaitFor([&] { return page.detailPanel()->detail().row.id > 0; }, 10000)) {
        std::fputs("karier-approval-probe: the side panel did not load within 10 s\n", stderr);
        return 1;
    }
    QTest::qWait(300);
    // KARIER_SCREENSHOT=FILE.png: a picture of the page as measured, to look at.
    if (const QString shot = qEnvironmentVariable("KARIER_SCREENSHOT"); !shot.isEmpty())
        page.grab().save(shot);
    std::printf("{\"open_ms\": %.2f, \"rss_mb\": %.1f, \"rows\": %d, \"total\": %d}\n", openMs, residentMb(),
        page.model()->rowCount(), page.model()->total());
    return 0;
}
