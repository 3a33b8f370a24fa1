// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfEngine.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>
#include <mutex>

namespace karier {

QStringList PdfEngine::searchPaths()
{
    QStringList paths;
    const QString env = qEnvironmentVariable("KARIER_PDFENGINE");
    if (!env.isEmpty())
        paths << env;
    const QString appDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
#ifdef Q_OS_WIN
    const QString file = QStringLiteral("karier_pdfengine.dll");
#else
    const QString file = QStringLiteral("karier_pdfengine.so");
#endif
    if (!appDir.isEmpty()) {
        // Beside the program (the build folder, Windows), then the installed layout
        // (/usr/bin/../lib/karier-asn, whatever the prefix the package was made with).
        paths << appDir + QLatin1Char('/') + file;
        paths << appDir + QStringLiteral("/../lib/karier-asn/") + file;
    }
    paths << QStringLiteral(KARIER_PDFENGINE_INSTALLED_PATH) << QStringLiteral(KARIER_PDFENGINE_BUILD_PATH);
    return paths;
}

const PdfEngine* PdfEngine::instance(QString* error)
{
    static std::once_flag once;
    static const PdfEngine* engine = nullptr;
    static QString loadError;
    std::call_once(once, [] {
        QStringList tried;
        for (const QString& path : searchPaths()) {
            if (!QFileInfo::exists(path))
                continue;
            // Deliberately never unloaded: documents and images may outlive any owner.
            auto* library = new QLibrary(path);
            const auto factory
                = reinterpret_cast<KarierPdfEngineFactory>(library->resolve("karier_pdf_engine"));
            if (factory) {
                engine = factory();
                if (engine)
                    return;
            }
            tried << QStringLiteral("%1 (%2)").arg(path, library->errorString());
            delete library;
        }
        loadError = QCoreApplication::translate("karier::PdfEngine",
            "Komponen penampil PDF (karier_pdfengine) tidak ditemukan atau rusak; pasang "
            "ulang Karier ASN.");
        if (!tried.isEmpty())
            loadError += QCoreApplication::translate("karier::PdfEngine", " Dicoba: ")
                + tried.join(QStringLiteral("; "));
    });
    if (!engine && error)
        *error = loadError;
    return engine;
}

} // namespace karier
