// SPDX-License-Identifier: GPL-3.0-or-later
#include "pegawai/EmployeeDialog.h"

#include "common/Async.h"
#include "common/DialogStyle.h"
#include "domain/Nip.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace karier {

namespace {

QLineEdit* makeEdit(const QString& key, const QString& text, QWidget* parent)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(QStringLiteral("field_") + key);
    edit->setMinimumWidth(320);
    return edit;
}

} // namespace

EmployeeDialog::EmployeeDialog(std::shared_ptr<Database> db, Session session, Mode mode,
    const Employee& employee, const QList<OrgUnit>& units, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session)), m_mode(mode), m_employee(employee)
{
    setObjectName(QStringLiteral("employeeDialog"));
    const QString title = mode == Mode::Add ? tr("Tambah Pegawai")
        : mode == Mode::Edit                ? tr("Ubah Data Pegawai")
                                            : tr("Pindahkan Unit Kerja");
    setWindowTitle(title);
    setMinimumWidth(520);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(DialogStyle::makeHeading(title, this));
    if (mode == Mode::Add)
        layout->addWidget(DialogStyle::makeLabel(
            tr("Tanggal lahir, TMT, jenis kelamin dan PNS/PPPK dibaca dari NIP. Pemeriksaannya sama dengan "
               "impor CSV."),
            "hint", this));
    else
        layout->addWidget(DialogStyle::makeLabel(
            tr("%1 · NIP %2").arg(employee.displayName(), Nip::groupedOrAsIs(employee.nip)), "fieldValue",
            this));

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    if (mode != Mode::Move) {
        m_nip = makeEdit(
            QStringLiteral("nip"), mode == Mode::Add ? QString() : Nip::groupedOrAsIs(employee.nip), this);
        m_nip->setPlaceholderText(tr("18 digit"));
        if (mode == Mode::Edit) {
            m_nip->setReadOnly(true);
            m_nip->setToolTip(tr("NIP tidak dapat diubah."));
        }
        m_nama = makeEdit(QStringLiteral("nama"), employee.nama, this);
        m_gelarDepan = makeEdit(QStringLiteral("gelarDepan"), employee.gelarDepan, this);
        m_gelarDepan->setPlaceholderText(tr("mis. dr., Drs."));
        m_gelarBelakang = makeEdit(QStringLiteral("gelarBelakang"), employee.gelarBelakang, this);
        m_gelarBelakang->setPlaceholderText(tr("mis. S.Kom., M.Kes."));
        m_jabatan = makeEdit(QStringLiteral("jabatan"), employee.jabatan, this);
        m_tmt = makeEdit(QStringLiteral("tmt"),
            mode == Mode::Edit && employee.tmt.isValid() ? employee.tmt.toString(QStringLiteral("dd-MM-yyyy"))
                                                         : QString(),
            this);
        m_tmt->setPlaceholderText(tr("dd-MM-yyyy (tidak wajib; bulan dan tahun sesuai NIP)"));
        form->addRow(tr("&NIP"), m_nip);
        form->addRow(tr("N&ama"), m_nama);
        form->addRow(tr("Gelar &depan"), m_gelarDepan);
        form->addRow(tr("Gelar &belakang"), m_gelarBelakang);
        form->addRow(tr("&Jabatan"), m_jabatan);
    }
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("field_unit"));
    // Long unit names would widen the dialog beyond a small screen; the open list shows them whole.
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unit->setMinimumContentsLength(28);
    fillUnits(m_unit, units, mode == Mode::Add ? tr("— Pilih unit kerja —") : QString());
    if (mode != Mode::Add)
        m_unit->setCurrentIndex(std::max(0, m_unit->findData(employee.unitId)));
    form->addRow(mode == Mode::Move ? tr("&Unit kerja baru") : tr("&Unit kerja"), m_unit);
    if (m_tmt)
        form->addRow(tr("&TMT"), m_tmt);
    layout->addLayout(form);

    m_error = DialogStyle::makeLabel(QString(), "fieldError", this);
    m_error->setObjectName(QStringLiteral("dialogError"));
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
    connect(m_save, &QPushButton::clicked, this, &EmployeeDialog::save);
    if (mode == Mode::Add)
        m_nip->setFocus();
    else if (mode == Mode::Edit)
        m_nama->setFocus();
    else
        m_unit->setFocus();
}

void EmployeeDialog::fillUnits(QComboBox* combo, const QList<OrgUnit>& units, const QString& firstText)
{
    combo->clear();
    if (!firstText.isEmpty())
        combo->addItem(firstText, qint64(0));
    // units() gives each Induk Satker followed by its Satker.
    for (const OrgUnit& unit : units)
        combo->addItem(unit.isInduk() ? unit.name : QStringLiteral("    ") + unit.name, unit.id);
}

void EmployeeDialog::save()
{
    if (m_saving)
        return;
    m_saving = true;
    m_save->setEnabled(false);
    m_error->hide();
    const qint64 unitId = m_unit->currentData().toLongLong();
    if (m_mode == Mode::Move) {
        runDb(
            m_db, this,
            [db = m_db, session = m_session, id = m_employee.id, version = m_employee.version, unitId] {
                return EmployeeAdmin(db).move(session, id, version, unitId);
            },
            [this](Status moved) { finish(moved, m_employee.id); });
        return;
    }
    EmployeeInput input;
    input.id = m_mode == Mode::Edit ? m_employee.id : 0;
    input.version = m_employee.version;
    input.nip = m_nip->text();
    input.nama = m_nama->text();
    input.gelarDepan = m_gelarDepan->text();
    input.gelarBelakang = m_gelarBelakang->text();
    input.jabatan = m_jabatan->text();
    input.unitId = unitId;
    input.tmt = m_tmt->text();
    runDb(
        m_db, this,
        [db = m_db, session = m_session, input] { return EmployeeAdmin(db).save(session, input); },
        [this](Result<qint64> id) { finish(id ? Status() : Status(id.error()), id ? id.value() : 0); });
}

void EmployeeDialog::finish(const Status& status, qint64 id)
{
    m_saving = false;
    m_save->setEnabled(true);
    if (!status) {
        m_error->setText(status.error().message);
        m_error->show();
        Q_EMIT saveFinished(false);
        return;
    }
    const QString name = m_mode == Mode::Add ? Employee::displayName(m_nama->text().trimmed(),
                             m_gelarDepan->text().trimmed(), m_gelarBelakang->text().trimmed())
                                             : m_employee.displayName();
    QString message;
    switch (m_mode) {
    case Mode::Add:
        message = tr("Pegawai %1 ditambahkan.").arg(name);
        break;
    case Mode::Edit:
        message = tr("Data pegawai %1 disimpan.").arg(name);
        break;
    case Mode::Move:
        message = tr("%1 dipindahkan ke %2.").arg(name, m_unit->currentText().trimmed());
        break;
    }
    Q_EMIT saveFinished(true);
    Q_EMIT saved(id, message);
    accept();
}

} // namespace karier
