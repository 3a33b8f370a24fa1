// SPDX-License-Identifier: GPL-3.0-or-later
#include "login/ChangePasswordDialog.h"

#include "auth/AuthService.h"
#include "common/Async.h"
#include "common/DialogStyle.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace karier {

using DialogStyle::makeButton;
using DialogStyle::makeLabel;

ChangePasswordDialog::ChangePasswordDialog(
    Mode mode, std::shared_ptr<Database> db, Session session, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    const bool forced = mode == Mode::Forced;
    const QString title = forced ? tr("Ganti kata sandi sementara") : tr("Ganti kata sandi");
    setWindowTitle(title + QStringLiteral(" — Karier ASN"));

    const auto field = [this](const char* name, const QString& accessible) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setEchoMode(QLineEdit::Password);
        edit->setAccessibleName(accessible);
        return edit;
    };
    m_old = field("oldPasswordEdit", tr("Kata sandi lama"));
    m_new = field("newPasswordEdit", tr("Kata sandi baru"));
    m_repeat = field("repeatPasswordEdit", tr("Ulangi kata sandi baru"));
    auto* form = new QFormLayout;
    form->setSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(forced ? tr("Kata sandi sementara") : tr("Kata sandi lama"), m_old);
    form->addRow(tr("Kata sandi baru"), m_new);
    form->addRow(tr("Ulangi kata sandi baru"), m_repeat);

    auto* intro = makeLabel(forced
            ? tr("Anda masuk dengan kata sandi sementara dari Admin BKPSDM. Buat kata sandi Anda sendiri "
                 "sebelum melanjutkan.")
            : tr("Kata sandi baru berlaku untuk login berikutnya di semua komputer."),
        "hint", this);
    auto* policy = makeLabel(tr("Paling sedikit %1 karakter, tidak mudah ditebak, tidak memuat NIP atau nama "
                                "Anda, dan tidak mirip kata sandi lama.")
                                 .arg(AuthService::MinimumPasswordLength),
        "hint", this);
    m_error = makeLabel(QString(), "fieldError", this);
    m_error->setObjectName(QStringLiteral("errorLabel"));

    auto* cancel
        = makeButton(forced ? tr("Keluar") : tr("Batal"), QStringLiteral("cancelButton"), false, this);
    m_save = makeButton(tr("Simpan"), QStringLiteral("saveButton"), true, this);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ChangePasswordDialog::save);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_save);

    auto* body = new QVBoxLayout;
    body->setContentsMargins(24, 16, 24, 18);
    body->setSpacing(12);
    body->addWidget(intro);
    body->addLayout(form);
    body->addWidget(policy);
    body->addWidget(m_error);
    body->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(DialogStyle::makeHeader(title, 1.3, m_session.displayName, this));
    layout->addLayout(body);
    setMinimumWidth(520);
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setEnabled(!busy);
    m_save->setText(busy ? tr("Menyimpan…") : tr("Simpan"));
}

void ChangePasswordDialog::save()
{
    if (m_busy)
        return;
    m_error->clear();
    if (m_new->text() != m_repeat->text()) {
        m_error->setText(tr("Kata sandi baru dan ulangannya tidak sama."));
        m_repeat->setFocus();
        Q_EMIT saveFinished(false);
        return;
    }
    setBusy(true);
    runDb(
        m_db, this,
        [db = m_db, session = m_session, oldPassword = m_old->text(), newPassword = m_new->text()] {
            return AuthService(db).changePassword(session, oldPassword, newPassword);
        },
        [this](Status status) {
            setBusy(false);
            if (!status) {
                m_error->setText(status.error().message);
                Q_EMIT saveFinished(false);
                return;
            }
            Q_EMIT saveFinished(true);
            accept();
        });
}

} // namespace karier
