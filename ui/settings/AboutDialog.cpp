// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/AboutDialog.h"

#include "Version.h"
#include "common/Async.h"
#include "common/DialogStyle.h"
#include "common/Libraries.h"
#include "storage/Database.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace karier {

using DialogStyle::makeButton;
using DialogStyle::makeLabel;

AboutDialog::AboutDialog(std::shared_ptr<Database> db, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("Tentang Karier ASN"));

    QFrame* header = DialogStyle::makeHeader(tr("Karier ASN %1").arg(QStringLiteral(KARIER_VERSION)), 1.4,
        tr("Pemutakhiran data karier ASN Pemerintah Kota Surakarta"), this);

    auto* version = makeLabel(QStringLiteral(KARIER_VERSION), "value", this);
    version->setObjectName(QStringLiteral("versionValue"));
    auto* license = makeLabel(tr("GPL-3.0-or-later — perangkat lunak bebas: Anda boleh menggunakan, "
                                 "mempelajari, membagikan, dan mengubahnya dengan ketentuan GNU General "
                                 "Public License versi 3 atau yang lebih baru. Tanpa jaminan apa pun."),
        "value", this);
    license->setObjectName(QStringLiteral("licenseValue"));
    QString databaseText = tr("Tidak terhubung");
    if (db)
        databaseText = tr("%1 (skema %2)").arg(db->url().displayName()).arg(db->schemaVersion());
    auto* database = makeLabel(databaseText, "value", this);
    database->setObjectName(QStringLiteral("databaseValue"));
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->setHorizontalSpacing(18);
    form->setVerticalSpacing(8);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(makeLabel(tr("Versi"), "hint", this), version);
    form->addRow(makeLabel(tr("Lisensi"), "hint", this), license);
    form->addRow(makeLabel(tr("Database"), "hint", this), database);

    const QList<LibraryInfo> libraries = usedLibraries();
    m_libraries = new QTableWidget(int(libraries.size()), 4, this);
    m_libraries->setObjectName(QStringLiteral("librariesTable"));
    m_libraries->setHorizontalHeaderLabels({tr("Pustaka"), tr("Versi"), tr("Lisensi"), tr("Dipakai untuk")});
    m_libraries->verticalHeader()->hide();
    m_libraries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_libraries->setSelectionMode(QAbstractItemView::NoSelection);
    m_libraries->setFocusPolicy(Qt::NoFocus);
    m_libraries->setShowGrid(false);
    m_libraries->setAlternatingRowColors(true);
    for (int row = 0; row < libraries.size(); ++row) {
        const LibraryInfo& library = libraries.at(row);
        const QStringList cells
            = {library.name, library.version.isEmpty() ? QStringLiteral("—") : library.version,
                library.license, library.purpose};
        for (int column = 0; column < cells.size(); ++column)
            m_libraries->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    // Name, version and licence as wide as they are; what a library is for takes the rest of the width
    // (shortened with its whole text as tooltip when the dialog is narrow), never a scroll bar.
    m_libraries->resizeColumnsToContents();
    m_libraries->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_libraries->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_libraries->setTextElideMode(Qt::ElideRight);
    for (int row = 0; row < m_libraries->rowCount(); ++row)
        m_libraries->item(row, 3)->setToolTip(m_libraries->item(row, 3)->text());
    m_libraries->resizeRowsToContents();
    int height = m_libraries->horizontalHeader()->height() + 2;
    for (int row = 0; row < m_libraries->rowCount(); ++row)
        height += m_libraries->rowHeight(row);
    m_libraries->setFixedHeight(height);

    // SQLite's and libpq's versions need a connection and a loaded library: asked on a worker (the
    // column is already as wide as Poppler's "22.12.0", which is known at once).
    runCpu(
        this, [] { return loadedLibraryVersions(); },
        [this](const QHash<QString, QString>& versions) {
            for (int row = 0; row < m_libraries->rowCount(); ++row) {
                const QString found = versions.value(m_libraries->item(row, 0)->text());
                if (!found.isEmpty())
                    m_libraries->item(row, 1)->setText(found);
            }
            Q_EMIT versionsShown();
        });

    auto* close = makeButton(tr("Tutup"), QStringLiteral("closeButton"), true, this);
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(makeLabel(tr("Untuk BKPSDM Pemerintah Kota Surakarta."), "hint", this), 1);
    buttons->addWidget(close);

    auto* bodyWidget = new QWidget(this);
    auto* body = new QVBoxLayout(bodyWidget);
    body->setContentsMargins(24, 18, 24, 18);
    body->setSpacing(12);
    body->addLayout(form);
    body->addWidget(DialogStyle::makeHeading(tr("Pustaka yang digunakan"), this));
    body->addWidget(m_libraries);
    body->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(bodyWidget);
    setMinimumWidth(640);
}

void AboutDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        setMinimumHeight(needed);
}

} // namespace karier
