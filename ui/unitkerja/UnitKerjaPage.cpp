// SPDX-License-Identifier: GPL-3.0-or-later
#include "unitkerja/UnitKerjaPage.h"

#include "common/Async.h"
#include "common/Confirm.h"
#include "common/PageStyle.h"
#include "domain/Nip.h"
#include "unitkerja/UnitDialog.h"
#include "unitkerja/UnitTreeModel.h"
#include "widgets/MessageBanner.h"

#include <QBoxLayout>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QTreeView>

namespace karier {

UnitKerjaPage::UnitKerjaPage(std::shared_ptr<Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setProperty("page", true);
    setAttribute(Qt::WA_StyledBackground, true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 14);
    layout->setSpacing(10);
    layout->addWidget(PageStyle::makeLabel(tr("Unit Kerja"), "pageTitle", this, 1.45, true));
    layout->addWidget(
        PageStyle::makeLabel(tr("Perangkat Daerah (Induk Satker) dan Satker di bawahnya, dengan "
                                "jumlah pegawai dan Pengelola Kepegawaiannya."),
            "hint", this));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    layout->addWidget(m_banner);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    const auto button = [&](const QString& text, const char* name, bool primary = false) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setProperty("primary", primary);
        buttons->addWidget(b);
        return b;
    };
    m_addInduk = button(tr("Tambah &Induk Satker…"), "addIndukButton", true);
    m_addSatker = button(tr("Tambah &Satker…"), "addSatkerButton");
    m_rename = button(tr("Ubah &Nama…"), "renameButton");
    m_move = button(tr("&Pindahkan…"), "moveButton");
    m_active = button(tr("Non&aktifkan"), "activeButton");
    buttons->addStretch();
    layout->addLayout(buttons);

    // The tree beside the chosen unit's card; one below the other in a narrow window.
    auto* body = new QBoxLayout(QBoxLayout::LeftToRight);
    body->setSpacing(12);
    m_model = new UnitTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("unitTree"));
    m_tree->setProperty("list", true);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(UnitTreeModel::Name, QHeaderView::Stretch);
    // The names take the room; long Satker codes elide (whole in the card and the tooltip).
    header->setSectionResizeMode(UnitTreeModel::Code, QHeaderView::Interactive);
    header->resizeSection(UnitTreeModel::Code, 150);
    for (int c = UnitTreeModel::Employees; c < UnitTreeModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    body->addWidget(m_tree, 3);

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("unitCard"));
    card->setProperty("card", true);
    card->setMinimumWidth(260);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 12, 16, 14);
    cardLayout->setSpacing(8);
    m_detailTitle = PageStyle::makeLabel(tr("Pilih unit di daftar."), "cardTitle", card, 1.1, true);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailFacts = PageStyle::makeLabel(QString(), "fieldValue", card);
    m_detailFacts->setObjectName(QStringLiteral("detailFacts"));
    m_detailFacts->setTextFormat(Qt::PlainText);
    m_pengelolaTitle = PageStyle::makeLabel(tr("Pengelola Kepegawaian"), "heading", card, 1.0, true);
    m_pengelola = PageStyle::makeLabel(QString(), "fieldValue", card);
    m_pengelola->setObjectName(QStringLiteral("pengelolaList"));
    m_pengelola->setTextFormat(Qt::PlainText);
    cardLayout->addWidget(m_detailTitle);
    cardLayout->addWidget(m_detailFacts);
    cardLayout->addWidget(m_pengelolaTitle);
    cardLayout->addWidget(m_pengelola);
    cardLayout->addStretch();
    body->addWidget(card, 1);
    layout->addLayout(body, 1);
    PageStyle::reflow(body, this, 1100);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &UnitKerjaPage::showSelected);
    connect(m_addInduk, &QPushButton::clicked, this, &UnitKerjaPage::addInduk);
    connect(m_addSatker, &QPushButton::clicked, this, &UnitKerjaPage::addSatker);
    connect(m_rename, &QPushButton::clicked, this, &UnitKerjaPage::renameSelected);
    connect(m_move, &QPushButton::clicked, this, &UnitKerjaPage::moveSelected);
    connect(m_active, &QPushButton::clicked, this, &UnitKerjaPage::toggleActive);
    showSelected();
}

UnitDialog* UnitKerjaPage::dialog() const
{
    return m_dialog;
}

void UnitKerjaPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Read afresh every time the page is shown again (not when the window comes back from minimised).
    if (!m_loadedOnce || !event->spontaneous()) {
        m_loadedOnce = true;
        reload();
    }
}

void UnitKerjaPage::reload()
{
    if (const UnitNode* unit = selected(); unit && m_selectId == 0)
        m_selectId = unit->id;
    runDb(
        m_db, this, [db = m_db, session = m_session] { return UnitAdmin(db).tree(session); },
        [this](Result<QList<UnitNode>> units) {
            if (!units) {
                m_banner->showError(units.error().message);
                return;
            }
            m_model->setUnits(*units);
            m_tree->expandAll();
            // The unit chosen before (or just changed), else the first one.
            QModelIndex chosen = m_model->indexOf(m_selectId);
            if (!chosen.isValid())
                chosen = m_model->index(0, 0);
            m_selectId = 0;
            if (chosen.isValid()) {
                m_tree->setCurrentIndex(chosen);
                m_tree->scrollTo(chosen);
            }
            showSelected();
            Q_EMIT loaded();
        });
}

const UnitNode* UnitKerjaPage::selected() const
{
    return m_model->unitAt(m_tree->currentIndex());
}

void UnitKerjaPage::showSelected()
{
    updateButtons();
    const UnitNode* unit = selected();
    ++m_pengelolaRequest;
    if (!unit) {
        m_detailTitle->setText(tr("Pilih unit di daftar."));
        m_detailFacts->clear();
        m_pengelolaTitle->hide();
        m_pengelola->clear();
        m_pengelola->hide();
        return;
    }
    const UnitNode* induk = unit->isInduk() ? unit : m_model->unitById(unit->parentId);
    QStringList facts;
    facts << tr("Kode: %1").arg(unit->code);
    facts << (unit->isInduk()
            ? tr("Induk Satker (Perangkat Daerah), %n Satker aktif", nullptr, unit->activeSatker)
            : tr("Satker di bawah %1").arg(induk ? induk->name : QString()));
    facts << tr("Status: %1")
                 .arg(unit->active ? tr("Aktif") : tr("Tidak aktif (tidak ditawarkan di pilihan unit)"));
    facts << tr("Pegawai: %n", nullptr, unit->ownEmployees);
    if (unit->isInduk())
        facts << tr("Pegawai termasuk Satker: %n", nullptr, unit->totalEmployees);
    m_detailTitle->setText(unit->name);
    m_detailFacts->setText(facts.join(QLatin1Char('\n')));
    m_pengelolaTitle->setText(unit->isInduk()
            ? tr("Pengelola Kepegawaian")
            : tr("Pengelola Kepegawaian (%1)").arg(induk ? induk->name : QString()));
    m_pengelolaTitle->show();
    m_pengelola->setText(tr("Memuat…"));
    m_pengelola->show();
    const int request = m_pengelolaRequest;
    runDb(
        m_db, this,
        [db = m_db, session = m_session, indukId = unit->isInduk() ? unit->id : unit->parentId] {
            return UnitAdmin(db).pengelola(session, indukId);
        },
        [this, request](Result<QList<UnitPengelola>> people) {
            if (request != m_pengelolaRequest)
                return; // another unit was chosen meanwhile
            if (!people) {
                m_pengelola->setText(people.error().message);
            } else if (people->isEmpty()) {
                m_pengelola->setText(tr("Belum ada. Buat akun Pengelola Kepegawaian di halaman Pengguna."));
            } else {
                QStringList lines;
                for (const UnitPengelola& person : *people) {
                    QString line = person.name + QStringLiteral(" · ") + Nip::groupedOrAsIs(person.nip);
                    if (!person.active)
                        line += tr(" (akun tidak aktif)");
                    lines << line;
                }
                m_pengelola->setText(lines.join(QLatin1Char('\n')));
            }
            Q_EMIT pengelolaLoaded();
        });
}

void UnitKerjaPage::updateButtons()
{
    const UnitNode* unit = selected();
    const bool open = !m_dialog;
    m_addInduk->setEnabled(open);
    m_addSatker->setEnabled(open && !m_model->units().isEmpty());
    m_rename->setEnabled(open && unit);
    m_move->setEnabled(open && unit && !unit->isInduk());
    m_active->setEnabled(open && unit);
    m_active->setText(unit && !unit->active ? tr("&Aktifkan") : tr("Non&aktifkan"));
}

void UnitKerjaPage::addInduk()
{
    openDialog(int(UnitDialog::Mode::AddInduk), {}, 0);
}

void UnitKerjaPage::addSatker()
{
    const UnitNode* unit = selected();
    openDialog(
        int(UnitDialog::Mode::AddSatker), {}, unit ? (unit->isInduk() ? unit->id : unit->parentId) : 0);
}

void UnitKerjaPage::renameSelected()
{
    if (const UnitNode* unit = selected())
        openDialog(int(UnitDialog::Mode::Rename), *unit, unit->parentId);
}

void UnitKerjaPage::moveSelected()
{
    const UnitNode* unit = selected();
    if (!unit || unit->isInduk()) {
        m_banner->showInfo(tr("Pilih Satker yang akan dipindahkan."));
        return;
    }
    openDialog(int(UnitDialog::Mode::Move), *unit, 0);
}

void UnitKerjaPage::openDialog(int mode, const UnitNode& unit, qint64 parentId)
{
    if (m_dialog)
        return;
    QList<UnitNode> induk;
    for (const UnitNode& candidate : m_model->units()) {
        if (candidate.isInduk() && candidate.active)
            induk.append(candidate);
    }
    m_dialogUnit = unit;
    m_dialog = new UnitDialog(static_cast<UnitDialog::Mode>(mode), induk, unit, parentId, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &UnitDialog::submitted, this, &UnitKerjaPage::submitDialog);
    connect(m_dialog, &QDialog::finished, this, [this] {
        m_dialog = nullptr;
        updateButtons();
        m_tree->setFocus(Qt::OtherFocusReason);
    });
    updateButtons();
    m_dialog->open();
}

void UnitKerjaPage::submitDialog()
{
    if (!m_dialog)
        return;
    const UnitDialog::Mode mode = m_dialog->mode();
    const QString code = m_dialog->code();
    const QString name = m_dialog->name();
    const qint64 parentId = m_dialog->parentId();
    const UnitNode unit = m_dialogUnit;
    QString parentName;
    if (const UnitNode* parent = m_model->unitById(parentId))
        parentName = parent->name;
    runDb(
        m_db, this,
        [db = m_db, session = m_session, mode, code, name, parentId, unit]() -> Result<qint64> {
            UnitAdmin admin(db);
            switch (mode) {
            case UnitDialog::Mode::AddInduk:
                return admin.add(session, code, name, 0);
            case UnitDialog::Mode::AddSatker:
                return admin.add(session, code, name, parentId);
            case UnitDialog::Mode::Rename:
                if (Status s = admin.rename(session, unit.id, unit.version, name); !s)
                    return s.error();
                return unit.id;
            case UnitDialog::Mode::Move:
                if (Status s = admin.move(session, unit.id, unit.version, parentId); !s)
                    return s.error();
                return unit.id;
            }
            return unit.id;
        },
        [this, mode, code, name, unit, parentName](Result<qint64> id) {
            if (!id) {
                if (m_dialog)
                    m_dialog->showProblem(id.error().message);
                else
                    m_banner->showError(id.error().message);
                return;
            }
            if (m_dialog)
                m_dialog->done(QDialog::Accepted);
            QString success;
            switch (mode) {
            case UnitDialog::Mode::AddInduk:
                success = tr("Induk Satker %1 (%2) ditambahkan.").arg(name, code);
                break;
            case UnitDialog::Mode::AddSatker:
                success = tr("Satker %1 (%2) ditambahkan di bawah %3.").arg(name, code, parentName);
                break;
            case UnitDialog::Mode::Rename:
                success = tr("%1 sekarang bernama %2.").arg(unit.name, name);
                break;
            case UnitDialog::Mode::Move:
                success = tr("%1 dipindahkan ke %2.").arg(unit.name, parentName);
                break;
            }
            finish({}, success, *id);
        });
}

void UnitKerjaPage::toggleActive()
{
    const UnitNode* chosen = selected();
    if (!chosen)
        return;
    const UnitNode unit = *chosen;
    if (unit.active
        && !Confirm::ask(this,
            tr("%1 (%2) akan dinonaktifkan: tidak ditawarkan lagi saat memilih unit, tetapi tetap tercatat "
               "dalam riwayat. Apakah anda yakin?")
                .arg(unit.name, unit.code),
            tr("Nonaktifkan"), tr("Batal"), tr("Nonaktifkan Unit")))
        return;
    m_active->setEnabled(false);
    runDb(
        m_db, this,
        [db = m_db, session = m_session, unit] {
            return UnitAdmin(db).setActive(session, unit.id, unit.version, !unit.active);
        },
        [this, unit](Status result) {
            finish(result,
                unit.active ? tr("%1 dinonaktifkan.").arg(unit.name)
                            : tr("%1 diaktifkan kembali.").arg(unit.name),
                unit.id);
        });
}

void UnitKerjaPage::finish(const Status& result, const QString& success, qint64 selectId)
{
    if (!result) {
        m_banner->showError(result.error().message);
        updateButtons();
        return;
    }
    m_banner->showSuccess(success);
    m_selectId = selectId;
    Q_EMIT changed();
    reload();
}

} // namespace karier
