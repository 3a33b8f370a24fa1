// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "org/UnitAdmin.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace karier {

/// The Unit Kerja page's small form: add an Induk Satker or a Satker, rename a unit, move a Satker.
/// Simpan checks the fields (UnitAdmin's own checks) and emits submitted(); the page sends the change and
/// either closes the dialog or shows the refusal in it (a code already taken), so nothing typed is lost.
///
/// Object names for tests: codeEdit, nameEdit, parentCombo, unitDialogError, saveButton, cancelButton.
class UnitDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { AddInduk, AddSatker, Rename, Move };

    /// \a induk: the active Induk Satker a Satker may go under (AddSatker, Move); \a unit: the unit renamed
    /// or moved; \a parentId: the Induk Satker chosen first.
    UnitDialog(Mode mode, const QList<UnitNode>& induk, const UnitNode& unit, qint64 parentId,
        QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    QString code() const;
    QString name() const;
    qint64 parentId() const;

    /// The change was refused: shows why and lets the user correct it.
    void showProblem(const QString& text);

Q_SIGNALS:
    void submitted();

public Q_SLOTS:
    void accept() override;

private:
    Mode m_mode;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_parent = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace karier
