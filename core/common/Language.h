// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QObject;

namespace karier {

/// The language the texts are shown in: "en" while the English translation is installed, else "id"
/// (the source texts). Asked of the installed translation itself, so the program, its tests and
/// karier-cli (which installs none) all get the answer that matches the words they show.
QString shownLanguage();

/// The locale of that language, for what the words around it must match: day and month names,
/// decimal separators ("+7,5" / "+7.5"), digit grouping. Bahasa Indonesia whatever the system's locale.
QLocale shownLocale();

/// Installs the translations of \a language (the settings' "id" or "en") on the application, owned by
/// \a owner: "en", Karier ASN's English (:/i18n/karier-asn_en.qm); else Bahasa Indonesia, the texts in
/// the code, and Qt's own words on standard widgets, the context menus of text fields and spin boxes
/// (:/i18n/qt_id.qm). Both are embedded by karier_translations. False when the file cannot be loaded.
bool installTranslations(const QString& language, QObject* owner);

} // namespace karier
