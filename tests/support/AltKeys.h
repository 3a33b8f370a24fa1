// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Alt keys of a page's buttons: every action button has one ("&Pindahkan…" → Alt+P), and no two
// share a letter, so a keyboard user reaches each action in one chord.

#include <QAbstractButton>
#include <QHash>
#include <QStringList>
#include <QWidget>

namespace karier::test {

/// The problems with the Alt keys of \a root's buttons (empty when all is well), skipping those whose
/// object name is in \a skip (e.g. paging buttons that repeat on every list).
inline QStringList altKeyProblems(const QWidget* root, const QStringList& skip = {})
{
    QStringList problems;
    QHash<QChar, QString> taken;
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (skip.contains(button->objectName()) || button->text().isEmpty())
            continue;
        QString text = button->text();
        text.replace(QStringLiteral("&&"), QString());
        const int at = text.indexOf(QLatin1Char('&'));
        if (at < 0 || at + 1 >= text.size()) {
            problems << QStringLiteral("no Alt key: %1").arg(button->text());
            continue;
        }
        const QChar key = text.at(at + 1).toLower();
        if (taken.contains(key))
            problems << QStringLiteral("Alt+%1 twice: %2, %3").arg(key, taken.value(key), button->text());
        taken.insert(key, button->text());
    }
    return problems;
}

} // namespace karier::test
