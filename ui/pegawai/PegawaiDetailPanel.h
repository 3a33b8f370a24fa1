// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "org/EmployeeAdmin.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace karier {

/// The Pegawai page's side panel: one employee's data, the facts their NIP gives and where the stored
/// fields disagree with it, the Skor Arsip Digital, the JP of this year and their records. An Admin
/// gets Ubah… and Pindahkan unit…; a Pengelola reads only.
///
/// Object names for tests: detailEmpty, detailName, detailNip, value_<key> (jabatan, unit, induk, jenis,
/// lahir, kelamin, tmt, dms, jp), mismatchLabel, recordList, recordsNote, editButton, moveButton.
class PegawaiDetailPanel : public QWidget
{
    Q_OBJECT

public:
    PegawaiDetailPanel(bool editable, QWidget* parent = nullptr);

    void showDetail(const EmployeeDetail& detail);
    /// Nothing chosen (or the chosen employee went away): the hint instead of a detail.
    void clear();
    /// The employee shown; empty when none.
    const std::optional<EmployeeDetail>& detail() const { return m_detail; }

Q_SIGNALS:
    void editRequested();
    void moveRequested();
    /// A record of the list was opened (double click, Enter).
    void recordRequested(qint64 recordId);

private:
    QLabel* addValue(QFormLayout* form, const QString& caption, const QString& key);

    std::optional<EmployeeDetail> m_detail;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_nip = nullptr;
    QHash<QString, QLabel*> m_values;
    QLabel* m_mismatch = nullptr;
    QListWidget* m_records = nullptr;
    QLabel* m_recordsNote = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_move = nullptr;
};

} // namespace karier
