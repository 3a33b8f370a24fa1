// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Confirm.h"

#include <QCoreApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QList>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace karier {

namespace {

struct TestHook
{
    bool active = false;
    QList<bool> answers;
    std::optional<bool> defaultAnswer;
    QStringList questions;
    QStringList notices;
};

TestHook& hook()
{
    static TestHook instance;
    return instance;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("karier::Confirm", text);
}

/// One small dialog for questions and notices: icon, text, buttons right-aligned (Batal, Ya).
bool showDialog(QWidget* parent, QStyle::StandardPixmap iconKind, const QString& title, const QString& text,
    const QString& yesText, const QString& noText)
{
    QDialog box(parent);
    box.setObjectName(QStringLiteral("confirmDialog"));
    box.setWindowTitle(title);
    QStyle* style = box.style();
    auto* icon = new QLabel(&box);
    icon->setPixmap(style->standardIcon(iconKind, nullptr, &box).pixmap(32, 32));
    auto* label = new QLabel(text, &box);
    label->setObjectName(QStringLiteral("confirmText"));
    label->setWordWrap(true);
    label->setMinimumWidth(280);
    label->setMaximumWidth(460);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.05);
    label->setFont(font);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addStretch(1);
    if (!noText.isEmpty()) {
        auto* no = new QPushButton(noText, &box);
        no->setObjectName(QStringLiteral("confirmNoButton"));
        no->setAutoDefault(false);
        QObject::connect(no, &QPushButton::clicked, &box, &QDialog::reject);
        buttons->addWidget(no);
    }
    auto* yes = new QPushButton(yesText, &box);
    yes->setObjectName(QStringLiteral("confirmYesButton"));
    yes->setProperty("primary", true);
    yes->setDefault(true);
    QObject::connect(yes, &QPushButton::clicked, &box, &QDialog::accept);
    buttons->addWidget(yes);

    auto* top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(label, 1);
    auto* layout = new QVBoxLayout(&box);
    layout->setContentsMargins(22, 20, 22, 16);
    layout->setSpacing(20);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->addLayout(top);
    layout->addLayout(buttons);
    yes->setFocus();
    return box.exec() == QDialog::Accepted;
}

} // namespace

bool Confirm::ask(
    QWidget* parent, const QString& text, const QString& yesText, const QString& noText, const QString& title)
{
    TestHook& h = hook();
    if (h.active) {
        h.questions << text;
        if (!h.answers.isEmpty())
            return h.answers.takeFirst();
        if (h.defaultAnswer)
            return *h.defaultAnswer;
        qWarning("Confirm::ask: no answer queued for \"%s\"; answering Batal", qUtf8Printable(text));
        return false;
    }
    return showDialog(parent, QStyle::SP_MessageBoxQuestion, title.isEmpty() ? tr("Konfirmasi") : title, text,
        yesText.isEmpty() ? tr("Ya") : yesText, noText.isEmpty() ? tr("Batal") : noText);
}

void Confirm::inform(QWidget* parent, const QString& title, const QString& text)
{
    TestHook& h = hook();
    if (h.active) {
        h.notices << title + QStringLiteral(": ") + text;
        return;
    }
    showDialog(parent, QStyle::SP_MessageBoxInformation, title, text, tr("OK"), QString());
}

void Confirm::setNextAnswerForTests(bool yes)
{
    hook().active = true;
    hook().answers.append(yes);
}

void Confirm::setDefaultAnswerForTests(std::optional<bool> yes)
{
    hook().active = true;
    hook().defaultAnswer = yes;
}

void Confirm::resetForTests()
{
    hook() = TestHook();
    hook().active = true;
}

QStringList Confirm::questionsForTests()
{
    return hook().questions;
}

QStringList Confirm::noticesForTests()
{
    return hook().notices;
}

bool Confirm::isTestMode()
{
    return hook().active;
}

} // namespace karier
