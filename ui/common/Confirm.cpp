// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Confirm.h"

#include "common/Interaction.h"

#include <QCoreApplication>

namespace karier {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("karier::Confirm", text);
}

} // namespace

bool Confirm::ask(
    QWidget* parent, const QString& text, const QString& yesText, const QString& noText, const QString& title)
{
    return Interaction::current().ask(parent, title.isEmpty() ? tr("Konfirmasi") : title, text,
        yesText.isEmpty() ? tr("Ya") : yesText, noText.isEmpty() ? tr("Batal") : noText);
}

bool Confirm::askDefaultNo(
    QWidget* parent, const QString& text, const QString& yesText, const QString& noText, const QString& title)
{
    return Interaction::current().askDefaultNo(parent, title.isEmpty() ? tr("Konfirmasi") : title, text,
        yesText.isEmpty() ? tr("Ya") : yesText, noText.isEmpty() ? tr("Batal") : noText);
}

void Confirm::inform(QWidget* parent, const QString& title, const QString& text)
{
    Interaction::current().inform(parent, title, text, tr("OK"));
}

} // namespace karier
