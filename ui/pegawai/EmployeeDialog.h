// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "org/EmployeeAdmin.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace karier {

class Database;

/// Tambah Pegawai, Ubah Data Pegawai and Pindahkan Unit (Admin BKPSDM): the form saves through
/// EmployeeAdmin on a worker and closes only when it was saved; a refusal (the CSV import's checks, a
/// change by another Admin meanwhile) is shown in the dialog with everything typed still there.
///
/// Object names for tests: employeeDialog, field_nip, field_nama, field_gelarDepan, field_gelarBelakang,
/// field_jabatan, field_unit, field_tmt, dialogError, saveButton, cancelButton.
class EmployeeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit, Move };

    /// \a employee is the row as read (Edit, Move); \a units the units to offer.
    EmployeeDialog(std::shared_ptr<Database> db, Session session, Mode mode, const Employee& employee,
        const QList<OrgUnit>& units, QWidget* parent = nullptr);

    /// Fills \a combo with \a units: each Induk Satker followed by its Satker, indented; the item data is
    /// the unit's id. \a firstText, when not empty, is a first item with id 0.
    static void fillUnits(QComboBox* combo, const QList<OrgUnit>& units, const QString& firstText = {});

    bool isSaving() const { return m_saving; }

public Q_SLOTS:
    void save();

Q_SIGNALS:
    /// Saved: the employee's id and what the page's banner says.
    void saved(qint64 id, const QString& message);
    /// Every save attempt that came back (false: refused, shown in the dialog).
    void saveFinished(bool ok);

private:
    void finish(const Status& status, qint64 id);

    std::shared_ptr<Database> m_db;
    Session m_session;
    Mode m_mode;
    Employee m_employee;
    bool m_saving = false;
    QLineEdit* m_nip = nullptr;
    QLineEdit* m_nama = nullptr;
    QLineEdit* m_gelarDepan = nullptr;
    QLineEdit* m_gelarBelakang = nullptr;
    QLineEdit* m_jabatan = nullptr;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_tmt = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace karier
