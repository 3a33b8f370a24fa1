// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Language.h"

#include <QCoreApplication>
#include <QTranslator>

namespace karier {

QString shownLanguage()
{
    // The English translation translates this one word to "en"; without a translation it stays "id".
    const QString code = QCoreApplication::translate(
        "karier::Language", "id", "The ISO 639-1 code of the language of this translation");
    return code == QLatin1String("en") ? code : QStringLiteral("id");
}

QLocale shownLocale()
{
    return shownLanguage() == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                  : QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

bool installTranslations(const QString& language, QObject* owner)
{
    auto* translator = new QTranslator(owner);
    const QString file = language == QLatin1String("en") ? QStringLiteral(":/i18n/karier-asn_en.qm")
                                                         : QStringLiteral(":/i18n/qt_id.qm");
    if (!translator->load(file)) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace karier
