// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "approval/ApprovalService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace karier {

/// Asks the verifier for the reason of a decision that is not an approval:
///  - Kembalikan untuk perbaikan ("Batal Disetujui" for Tim Kerja): a coded reason (BTS – …, required)
///    and an optional note;
///  - Tolak (Tidak Memenuhi Syarat): a reason in words (required).
/// It names whom the decision affects (\a subjects: name, NIP and item per line) and whether they are the
/// ticked rows or the one shown. Kirim (Ctrl+Enter) checks and says inline what is missing; the request
/// is built by request().
///
/// Object names for tests: decisionSubjects, reasonCombo, noteEdit, noteError, sendButton, cancelButton.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(Decision decision, bool timKerjaWording, int count, bool ticked, const QString& subjects,
        QWidget* parent = nullptr);

    Decision decision() const { return m_decision; }
    /// The decision with its reason and note (items are left to the caller).
    DecisionRequest request() const;

public Q_SLOTS:
    void accept() override;

private:
    Decision m_decision;
    QComboBox* m_reason = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace karier
