// SPDX-License-Identifier: GPL-3.0-or-later
// karier-bench [--list] [SCENARIO...]: runs the scenarios (all without arguments) and prints one
// JSON object per figure and line on stdout. Exit 0 when every scenario measured, 1 when one failed
// (its error on stderr, no figure), 2 for an unknown scenario or option.

#include "Benchmark.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>

using namespace karier;
using namespace karier::bench;

namespace {

void printUsage(std::FILE* out)
{
    std::fputs(
        "Usage: karier-bench [--list] [SCENARIO...]\n"
        "Runs the scenarios (all of them without arguments) and prints one JSON object per line:\n"
        "  {\"scenario\":...,\"metric\":...,\"value\":...,\"unit\":...[,\"reference\":...,\"ratio\":...]}\n"
        "Scenarios:\n",
        out);
    for (const Scenario& scenario : scenarios())
        std::fprintf(out, "  %-12s %s\n", qPrintable(scenario.name), qPrintable(scenario.description));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("karier-bench"));

    QList<const Scenario*> selected;
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    for (const QString& argument : arguments) {
        if (argument == QStringLiteral("--list")) {
            for (const Scenario& scenario : scenarios())
                std::printf("%s\n", qPrintable(scenario.name));
            return 0;
        }
        if (argument == QStringLiteral("--help") || argument == QStringLiteral("-h")) {
            printUsage(stdout);
            return 0;
        }
        if (argument.startsWith(QLatin1Char('-'))) {
            std::fprintf(stderr, "karier-bench: unknown option %s\n", qPrintable(argument));
            printUsage(stderr);
            return 2;
        }
        const Scenario* scenario = findScenario(argument);
        if (!scenario) {
            QStringList names;
            for (const Scenario& known : scenarios())
                names.append(known.name);
            std::fprintf(stderr, "karier-bench: unknown scenario \"%s\" (known: %s)\n", qPrintable(argument),
                qPrintable(names.join(QStringLiteral(", "))));
            return 2;
        }
        selected.append(scenario);
    }
    if (selected.isEmpty()) {
        for (const Scenario& scenario : scenarios())
            selected.append(&scenario);
    }

    // A failed scenario prints its error and no figure; the others still run.
    int exitCode = 0;
    for (const Scenario* scenario : selected) {
        const Result<QList<Figure>> figures = scenario->run();
        if (!figures) {
            std::fprintf(stderr, "karier-bench: %s: %s\n", qPrintable(scenario->name),
                qPrintable(figures.error().message));
            exitCode = 1;
            continue;
        }
        for (const Figure& figure : figures.value())
            std::printf("%s\n", toJsonLine(figure).constData());
        std::fflush(stdout);
    }
    return exitCode;
}
