// SPDX-License-Identifier: GPL-3.0-or-later
#include "pengguna/AccountDialog.h"

#include "common/Async.h"
#include "common/DialogStyle.h"
#include "domain/Nip.h"
#include "org/Organisation.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace karier {

using DialogStyle::makeButton;
using DialogStyle::makeLabel;

AccountDialog::AccountDialog(
    Mode mode, std::shared_ptr<Database> db, Session admin, const AccountSummary& account, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_db(std::move(db)), m_admin(std::move(admin)), m_account(account)
{
    setObjectName(QStringLiteral("accountDialog"));
    QString title;
    QString subtitle;
    switch (mode) {
    case Mode::Create:
        title = tr("Tambah akun");
        subtitle = tr("Akun untuk pegawai yang sudah terdaftar");
        break;
    case Mode::ChangeRole:
        title = tr("Ubah peran");
        subtitle = tr("%1 — %2").arg(account.name, Nip::groupedOrAsIs(account.nip));
        break;
    case Mode::ResetPassword:
        title = tr("Atur ulang kata sandi");
        subtitle = tr("%1 — %2").arg(account.name, Nip::groupedOrAsIs(account.nip));
        break;
    }
    setWindowTitle(title + QStringLiteral(" — Karier ASN"));

    auto* form = new QFormLayout;
    form->setSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (mode == Mode::Create) {
        m_nip = new QLineEdit(this);
        m_nip->setObjectName(QStringLiteral("nipEdit"));
        m_nip->setPlaceholderText(tr("NIP (18 digit) atau nama pegawai"));
        m_nip->setAccessibleName(tr("NIP atau nama pegawai"));
        form->addRow(tr("&Pegawai"), m_nip);
        // The employees whose name or NIP holds the text, searched in SQL; choosing one puts in its NIP
        // (the completion role), while the list shows name, NIP and unit.
        m_suggestions = new QStandardItemModel(this);
        m_completer = new QCompleter(m_suggestions, this);
        m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        m_completer->setCompletionRole(Qt::UserRole);
        m_completer->setMaxVisibleItems(8);
        m_completer->popup()->setObjectName(QStringLiteral("employeeSuggestions"));
        m_nip->setCompleter(m_completer);
        // Whose NIP it is, looked up while typing: the Admin sees the name before saving.
        m_employee
            = makeLabel(tr("Ketik NIP (18 digit) atau sedikitnya tiga huruf nama pegawai."), "hint", this);
        m_employee->setObjectName(QStringLiteral("employeeLabel"));
        form->addRow(QString(), m_employee);
        auto* lookup = new QTimer(this);
        lookup->setSingleShot(true);
        lookup->setInterval(300);
        connect(m_nip, &QLineEdit::textChanged, lookup, qOverload<>(&QTimer::start));
        connect(lookup, &QTimer::timeout, this, &AccountDialog::lookUpEmployee);
    }
    if (mode != Mode::ResetPassword) {
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("roleCombo"));
        for (const Role role : {Role::Asn, Role::Pengelola, Role::Admin})
            m_role->addItem(roleDisplayName(role), int(role));
        if (mode == Mode::ChangeRole)
            m_role->setCurrentIndex(m_role->findData(int(account.role)));
        form->addRow(tr("Peran"), m_role);
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("unitCombo"));
        m_unit->setAccessibleName(tr("Perangkat Daerah yang dikelola"));
        m_unitLabel = new QLabel(tr("Perangkat Daerah"), this);
        form->addRow(m_unitLabel, m_unit);
        connect(m_role, &QComboBox::currentIndexChanged, this, &AccountDialog::updateUnit);
        runDb(
            m_db, this, [db = m_db] { return Organisation(db).indukUnits(); },
            [this](Result<QList<OrgUnit>> units) {
                if (!units) {
                    m_error->setText(units.error().message);
                    return;
                }
                for (const OrgUnit& unit : units.value())
                    m_unit->addItem(unit.name, unit.id);
                const int current = m_unit->findData(m_account.managedUnitId);
                if (current >= 0)
                    m_unit->setCurrentIndex(current);
                offerOwnUnit();
            });
        connect(m_unit, &QComboBox::activated, this, [this] { m_unitPicked = true; });
    }
    if (mode != Mode::ChangeRole) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("passwordEdit"));
        m_password->setAccessibleName(tr("Kata sandi sementara"));
        auto* generate = makeButton(tr("Buat otomatis"), QStringLiteral("generateButton"), false, this);
        connect(generate, &QPushButton::clicked, this, [this] { m_password->setText(generatePassword()); });
        auto* row = new QHBoxLayout;
        row->addWidget(m_password, 1);
        row->addWidget(generate);
        form->addRow(tr("Kata sandi sementara"), row);
        form->addRow(QString(),
            makeLabel(tr("Sampaikan kata sandi ini kepada pemilik akun. Ia wajib menggantinya saat masuk "
                         "berikutnya."),
                "hint", this));
    }
    m_error = makeLabel(QString(), "fieldError", this);
    m_error->setObjectName(QStringLiteral("errorLabel"));

    auto* cancel = makeButton(tr("Batal"), QStringLiteral("cancelButton"), false, this);
    m_save = makeButton(tr("Simpan"), QStringLiteral("saveButton"), true, this);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &AccountDialog::save);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_save);

    auto* body = new QVBoxLayout;
    body->setContentsMargins(24, 16, 24, 18);
    body->setSpacing(12);
    body->addLayout(form);
    body->addWidget(m_error);
    body->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(DialogStyle::makeHeader(title, 1.3, subtitle, this));
    layout->addLayout(body);
    setMinimumWidth(520);
    if (m_role)
        updateUnit();
}

QString AccountDialog::nip() const
{
    if (!m_nip)
        return m_account.nip;
    QString digits = m_nip->text();
    digits.remove(QLatin1Char(' '));
    return digits;
}

void AccountDialog::offerEmployees(const QString& text)
{
    runDb(
        m_db, this, [db = m_db, text] { return Organisation(db).searchEmployees(text, 0, 8); },
        [this, text](Result<QList<Employee>> employees) {
            if (m_nip->text().simplified() != text)
                return; // typed on meanwhile
            if (!employees) {
                m_employee->setText(employees.error().message);
                return;
            }
            m_suggestions->clear();
            for (const Employee& e : employees.value()) {
                auto* item = new QStandardItem(
                    tr("%1 — %2 — %3").arg(e.displayName(), Nip::groupedOrAsIs(e.nip), e.unitName));
                item->setData(Nip::groupedOrAsIs(e.nip), Qt::UserRole);
                item->setEditable(false);
                m_suggestions->appendRow(item);
            }
            m_employee->setText(employees.value().isEmpty()
                    ? tr("Tidak ada pegawai yang cocok dengan \"%1\".").arg(text)
                    : tr("Pilih pegawai dari daftar, atau ketik NIP-nya."));
            if (!employees.value().isEmpty() && m_nip->hasFocus()) {
                // As wide as the longest line (name, NIP and unit), not only as the field.
                QAbstractItemView* popup = m_completer->popup();
                const int wanted = popup->sizeHintForColumn(0)
                    + popup->verticalScrollBar()->sizeHint().width() + 2 * popup->frameWidth() + 8;
                m_completer->complete(QRect(0, 0, std::max(m_nip->width(), wanted), m_nip->height()));
            }
        });
}

QString AccountDialog::generatePassword()
{
    // No look-alikes (0/O, 1/l/I): read aloud or typed from a note.
    static const QString letters = QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ");
    static const QString digits = QStringLiteral("23456789");
    static const QString signs = QStringLiteral("#%+=!?");
    for (;;) {
        QString password;
        auto* random = QRandomGenerator::system();
        for (int group = 0; group < 3; ++group) {
            for (int i = 0; i < 4; ++i)
                password += letters.at(random->bounded(int(letters.size())));
            password += group < 2 ? digits.at(random->bounded(int(digits.size())))
                                  : signs.at(random->bounded(int(signs.size())));
        }
        if (AuthService::checkPasswordStrength(password).isEmpty())
            return password;
    }
}

void AccountDialog::lookUpEmployee()
{
    const QString nip = this->nip();
    const QString text = m_nip->text().simplified();
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9 ]*$"));
    const bool typedDigits = digitsOnly.match(text).hasMatch();
    if (nip.size() != 18 && ((typedDigits && nip.size() >= 6) || (!typedDigits && text.size() >= 3))) {
        offerEmployees(text);
        return;
    }
    if (nip.size() != 18) {
        m_employee->setText(tr("Ketik NIP (18 digit) atau sedikitnya tiga huruf nama pegawai."));
        return;
    }
    runDb(
        m_db, this, [db = m_db, nip] { return Organisation(db).employeeByNip(nip); },
        [this, nip](Result<std::optional<Employee>> employee) {
            if (nip != this->nip())
                return; // typed on meanwhile
            if (!employee)
                m_employee->setText(employee.error().message);
            else if (!employee.value())
                m_employee->setText(tr("Pegawai dengan NIP ini belum terdaftar."));
            else {
                m_employee->setText(
                    tr("%1 — %2").arg(employee.value()->displayName(), employee.value()->unitName));
                m_ownInduk = employee.value()->indukUnitId;
                offerOwnUnit();
            }
        });
}

void AccountDialog::offerOwnUnit()
{
    if (!m_unit || m_unitPicked || m_ownInduk == 0 || m_account.managedUnitId != 0)
        return;
    const int own = m_unit->findData(m_ownInduk);
    if (own >= 0)
        m_unit->setCurrentIndex(own);
}

void AccountDialog::updateUnit()
{
    const bool pengelola = Role(m_role->currentData().toInt()) == Role::Pengelola;
    m_unit->setVisible(pengelola);
    m_unitLabel->setVisible(pengelola);
}

void AccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setEnabled(!busy);
    m_save->setText(busy ? tr("Menyimpan…") : tr("Simpan"));
}

void AccountDialog::save()
{
    if (m_busy)
        return;
    m_error->clear();
    const QString nip = this->nip();
    const Role role = m_role ? Role(m_role->currentData().toInt()) : m_account.role;
    const qint64 unit = m_unit && role == Role::Pengelola ? m_unit->currentData().toLongLong() : 0;
    const QString password = m_password ? m_password->text() : QString();
    const Mode mode = m_mode;
    setBusy(true);
    runDb(
        m_db, this,
        [db = m_db, admin = m_admin, mode, nip, role, unit, password]() -> Status {
            AccountAdmin accounts(db);
            switch (mode) {
            case Mode::Create: {
                const auto created = accounts.create(&admin, nip, role, unit, password);
                return created ? Status() : Status(created.error());
            }
            case Mode::ChangeRole:
                return accounts.setRole(&admin, nip, role, unit);
            case Mode::ResetPassword:
                return accounts.resetPassword(&admin, nip, password);
            }
            return {};
        },
        [this, nip, role](Status status) {
            setBusy(false);
            if (!status) {
                m_error->setText(status.error().message);
                Q_EMIT saveFinished(false);
                return;
            }
            const QString who = m_mode == Mode::Create ? Nip::groupedOrAsIs(nip) : m_account.name;
            switch (m_mode) {
            case Mode::Create:
                m_message
                    = tr("Akun %1 untuk %2 dibuat. Kata sandi sementara wajib diganti saat masuk pertama.")
                          .arg(roleDisplayName(role), who);
                break;
            case Mode::ChangeRole:
                m_message = tr("Peran %1 kini %2.").arg(who, roleDisplayName(role));
                break;
            case Mode::ResetPassword:
                m_message = tr("Kata sandi %1 diatur ulang. Kata sandi sementara wajib diganti saat masuk "
                               "berikutnya.")
                                .arg(who);
                break;
            }
            Q_EMIT saveFinished(true);
            accept();
        });
}

} // namespace karier
