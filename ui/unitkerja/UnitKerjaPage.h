// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "org/UnitAdmin.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTreeView;

namespace karier {

class Database;
class MessageBanner;
class UnitDialog;
class UnitTreeModel;

/// Unit Kerja (Admin BKPSDM): the tree Induk Satker → Satker with employee counts, the chosen unit's
/// facts and its Pengelola Kepegawaian; add an Induk Satker or a Satker, rename, move a Satker,
/// deactivate and reactivate. The rules are UnitAdmin's; everything runs on the database's workers.
///
/// Object names for tests: unitTree, addIndukButton, addSatkerButton, renameButton, moveButton,
/// activeButton, detailTitle, detailFacts, pengelolaList, messageBanner; the dialog is unitDialog.
class UnitKerjaPage : public QWidget
{
    Q_OBJECT

public:
    UnitKerjaPage(std::shared_ptr<Database> db, Session session, QWidget* parent = nullptr);

    UnitTreeModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    /// The open form, while one is open.
    UnitDialog* dialog() const;

public Q_SLOTS:
    void reload();
    void addInduk();
    void addSatker();
    void renameSelected();
    void moveSelected();
    /// Deactivates (after a question) or reactivates the chosen unit.
    void toggleActive();

Q_SIGNALS:
    /// The tree is shown (after a load).
    void loaded();
    /// The Pengelola of the chosen unit's Induk Satker are shown.
    void pengelolaLoaded();
    /// A change was saved (the tree is reloaded next).
    void changed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    const UnitNode* selected() const;
    void showSelected();
    void updateButtons();
    void openDialog(int mode, const UnitNode& unit, qint64 parentId);
    void submitDialog();
    /// Shows \a result's error in the banner, or \a success and reloads (selecting \a selectId).
    void finish(const Status& result, const QString& success, qint64 selectId);

    std::shared_ptr<Database> m_db;
    Session m_session;
    bool m_loadedOnce = false;
    qint64 m_selectId = 0;
    int m_pengelolaRequest = 0;

    MessageBanner* m_banner = nullptr;
    UnitTreeModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    QLabel* m_detailTitle = nullptr;
    QLabel* m_detailFacts = nullptr;
    QLabel* m_pengelolaTitle = nullptr;
    QLabel* m_pengelola = nullptr;
    QPushButton* m_addInduk = nullptr;
    QPushButton* m_addSatker = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_move = nullptr;
    QPushButton* m_active = nullptr;
    QPointer<UnitDialog> m_dialog;
    UnitNode m_dialogUnit; ///< the unit the open form changes, as it was read
};

} // namespace karier
