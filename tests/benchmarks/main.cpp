// SPDX-License-Identifier: GPL-3.0-or-later
// karier-bench [--list] [--quick] [SCENARIO...]: runs the scenarios (all without arguments) and prints
// one JSON object per figure and line on stdout. Exit 0 when every scenario measured, 1 when one failed
// (its error on stderr, no figure) or, under --quick, printed fewer figures than it names (see
// Scenario::metrics), 2 for an unknown scenario or option. --quick runs every scenario at a small
// size: it proves that each still measures, never that a bar holds (benchmarks.quick in CTest).

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
        "Usage: karier-bench [--list] [--quick] [SCENARIO...]\n"
        "Runs the scenarios (all of them without arguments) and prints one JSON object per line:\n"
        "  {\"scenario\":...,\"metric\":...,\"value\":...,\"unit\":...[,\"reference\":...,\"ratio\":...]\n"
        "   [,\"p95\":...,\"runs\":...],\"conditions\":...}\n"
        "--quick runs them at a small size and fails when a scenario leaves out a figure.\n"
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
        if (argument == QStringLiteral("--quick")) {
            setQuickRun(true);
            continue;
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
        const QString machine = machineConditions();
        QStringList printed;
        for (Figure figure : figures.value()) {
            const QString own = figure.conditions.isEmpty() ? scenario->conditions : figure.conditions;
            figure.conditions = own.isEmpty() ? machine : machine + QStringLiteral("; ") + own;
            printed.append(figure.metric);
            std::printf("%s\n", toJsonLine(figure).constData());
        }
        std::fflush(stdout);
        if (quickRun()) {
            QStringList missing;
            for (const QString& metric : scenario->metrics) {
                if (!printed.contains(metric))
                    missing.append(metric);
            }
            if (printed.isEmpty() || !missing.isEmpty()) {
                std::fprintf(stderr, "karier-bench: %s: missing figure(s): %s\n", qPrintable(scenario->name),
                    printed.isEmpty() ? "every one" : qPrintable(missing.join(QStringLiteral(", "))));
                exitCode = 1;
            }
        }
    }
    return exitCode;
}
