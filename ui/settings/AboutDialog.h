// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <memory>

class QTableWidget;

namespace karier {

class Database;

/// Tentang Karier ASN: version, licence (GPL-3.0-or-later), the libraries with their licences,
/// and the database in use.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(std::shared_ptr<Database> db, QWidget* parent = nullptr);

Q_SIGNALS:
    /// SQLite's and libpq's versions, asked on a worker, are in the table.
    void versionsShown();

protected:
    /// As tall as the wrapped texts need at this width (a layout's minimum does not know them).
    void resizeEvent(QResizeEvent* event) override;

private:
    QTableWidget* m_libraries = nullptr;
};

} // namespace karier
