// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "dms/DmsService.h"

#include <QWidget>
#include <memory>
#include <optional>

class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace karier {

class Database;
class MessageBanner;
class RecordWizard;

/// Arsip DMS for the logged-in employee, as MyASN shows it and more: "Skor Arsip Digital 81,3 ·
/// Lengkap" with the time of the last recalculation; the two groups Arsip Utama (9 Kategori) and
/// Arsip Kondisional (6 Kategori), each category a tile with its percentage and a done mark once its
/// documents are present and verified; the rows of the chosen category with their state; and what
/// MyASN does not give: the checklist of missing documents with the points each would add, most first
/// (one waiting for verification says so, without points); clicking one selects its row.
/// Loaded on a worker (DmsService::forEmployee).
///
/// A row without a verified document can get one here: "Unggah Dokumen" opens the record wizard for it
/// (type "dms"), the document is checked like every upload and verified by Admin BKPSDM in Verifikasi.
///
/// Object names for tests: dmsScore, dmsBand, dmsSync, dmsTiles, tile_<code>, dmsRows, uploadButton,
/// dmsMissing, dmsEmpty, messageBanner.
class DmsPage : public QWidget
{
    Q_OBJECT

public:
    DmsPage(std::shared_ptr<Database> db, Session session, QWidget* parent = nullptr);

    const DmsEmployeeView& view() const { return m_view; }
    /// Shows the rows of \a category under the tiles.
    void showCategory(DmsCategory category);
    /// Shows the rows of \a category with the row \a rowId selected and scrolled to (a checklist item).
    void showRow(DmsCategory category, qint64 rowId);
    QListWidget* rowsList() const { return m_rows; }
    /// Opens the record wizard for the document of the selected row (kategori and referensi filled and
    /// locked); the wizard while it is open, else nullptr.
    void uploadSelected();
    RecordWizard* wizard() const { return m_wizard; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void display(const DmsEmployeeView& view);
    QWidget* makeTile(const DmsCategoryScore& score, QWidget* parent);

    std::shared_ptr<Database> m_db;
    Session m_session;
    DmsEmployeeView m_view;
    bool m_loadedOnce = false;
    int m_generation = 0;
    std::optional<DmsCategory> m_shownCategory;

    MessageBanner* m_banner = nullptr;
    QLabel* m_score = nullptr;
    QLabel* m_band = nullptr;
    QLabel* m_sync = nullptr;
    QGridLayout* m_utama = nullptr;
    QGridLayout* m_kondisional = nullptr;
    QLabel* m_rowsTitle = nullptr;
    QListWidget* m_rows = nullptr;
    QPushButton* m_upload = nullptr;
    RecordWizard* m_wizard = nullptr;
    QList<DmsRowInfo> m_shownRows;
    QListWidget* m_missing = nullptr;
    QLabel* m_missingEmpty = nullptr;
};

/// The dashboard's card: the score, its label and the last recalculation; clicking it opens Arsip DMS.
class DmsScoreCard : public QWidget
{
    Q_OBJECT

public:
    DmsScoreCard(std::shared_ptr<Database> db, Session session, QWidget* parent = nullptr);
    void reload();
    QString scoreText() const;

Q_SIGNALS:
    void clicked();
    void loaded();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    std::shared_ptr<Database> m_db;
    Session m_session;
    QLabel* m_score = nullptr;
    QLabel* m_caption = nullptr;
};

} // namespace karier
