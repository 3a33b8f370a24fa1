// SPDX-License-Identifier: GPL-3.0-or-later
#include "unitkerja/UnitDialog.h"

#include "common/DialogStyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace karier {

UnitDialog::UnitDialog(
    Mode mode, const QList<UnitNode>& induk, const UnitNode& unit, qint64 parentId, QWidget* parent)
    : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("unitDialog"));
    setMinimumWidth(460);
    QString title;
    QString hint;
    switch (mode) {
    case Mode::AddInduk:
        title = tr("Tambah Induk Satker");
        hint = tr("Perangkat Daerah baru, tanpa Satker. Kode tidak dapat diubah setelah disimpan.");
        break;
    case Mode::AddSatker:
        title = tr("Tambah Satker");
        hint = tr("Satker baru di bawah sebuah Induk Satker. Kode tidak dapat diubah setelah disimpan.");
        break;
    case Mode::Rename:
        title = tr("Ubah Nama Unit");
        hint = tr("Kode %1 tetap; pegawai dan riwayatnya tidak berubah.").arg(unit.code);
        break;
    case Mode::Move:
        title = tr("Pindahkan Satker");
        hint = tr("%1 beserta %n pegawainya pindah ke Induk Satker yang dipilih.", nullptr, unit.ownEmployees)
                   .arg(unit.name);
        break;
    }
    setWindowTitle(title);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(DialogStyle::makeHeading(title, this));
    layout->addWidget(DialogStyle::makeLabel(hint, "hint", this));

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    if (mode == Mode::AddInduk || mode == Mode::AddSatker) {
        m_code = new QLineEdit(this);
        m_code->setObjectName(QStringLiteral("codeEdit"));
        m_code->setPlaceholderText(tr("mis. DINKES atau DINKES.PKM-01"));
        form->addRow(tr("&Kode"), m_code);
    }
    if (mode != Mode::Move) {
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("nameEdit"));
        m_name->setText(mode == Mode::Rename ? unit.name : QString());
        form->addRow(tr("&Nama"), m_name);
    }
    if (mode == Mode::AddSatker || mode == Mode::Move) {
        m_parent = new QComboBox(this);
        m_parent->setObjectName(QStringLiteral("parentCombo"));
        m_parent->addItem(tr("— Pilih Induk Satker —"));
        for (const UnitNode& candidate : induk) {
            if (mode == Mode::Move && candidate.id == unit.parentId)
                continue;
            m_parent->addItem(candidate.name, candidate.id);
        }
        const int chosen = m_parent->findData(parentId);
        m_parent->setCurrentIndex(chosen > 0 ? chosen : 0);
        form->addRow(tr("&Induk Satker"), m_parent);
    }
    layout->addLayout(form);

    m_error = DialogStyle::makeLabel(QString(), "fieldError", this);
    m_error->setObjectName(QStringLiteral("unitDialogError"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    QPushButton* cancel = DialogStyle::makeButton(tr("Batal"), QStringLiteral("cancelButton"), false, this);
    m_save = DialogStyle::makeButton(
        mode == Mode::Move ? tr("&Pindahkan") : tr("&Simpan"), QStringLiteral("saveButton"), true, this);
    buttons->addWidget(cancel);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &UnitDialog::accept);
    if (m_code)
        m_code->setFocus();
    else if (m_name)
        m_name->setFocus();
    else
        m_parent->setFocus();
}

QString UnitDialog::code() const
{
    return m_code ? m_code->text().trimmed() : QString();
}

QString UnitDialog::name() const
{
    return m_name ? m_name->text().trimmed() : QString();
}

qint64 UnitDialog::parentId() const
{
    return m_parent ? m_parent->currentData().toLongLong() : 0;
}

void UnitDialog::showProblem(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    m_save->setEnabled(true);
}

void UnitDialog::accept()
{
    QString problem;
    QWidget* focus = nullptr;
    if (m_code && !(problem = UnitAdmin::codeProblem(code())).isEmpty())
        focus = m_code;
    else if (m_name && !(problem = UnitAdmin::nameProblem(name())).isEmpty())
        focus = m_name;
    else if (m_parent && parentId() <= 0) {
        problem = tr("Pilih Induk Satker.");
        focus = m_parent;
    }
    if (!problem.isEmpty()) {
        showProblem(problem);
        focus->setFocus();
        return;
    }
    // Sent once; the page closes the dialog or shows the refusal (which enables Simpan again).
    m_error->hide();
    m_save->setEnabled(false);
    Q_EMIT submitted();
}

} // namespace karier
