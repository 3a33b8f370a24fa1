// SPDX-License-Identifier: GPL-3.0-or-later
#include "dms/DmsPage.h"

#include "common/Async.h"
#include "common/PageStyle.h"
#include "common/Theme.h"
#include "records/RecordWizard.h"
#include "widgets/MessageBanner.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QVBoxLayout>

namespace karier {

namespace {

constexpr int CategoryRole = Qt::UserRole + 1;
constexpr int RowIdRole = Qt::UserRole + 2;

/// The theme's name of a band (QLabel[band="..."]).
QString bandKey(DmsBand band)
{
    switch (band) {
    case DmsBand::SangatLengkap:
        return QStringLiteral("sangat");
    case DmsBand::Lengkap:
        return QStringLiteral("lengkap");
    case DmsBand::CukupLengkap:
        return QStringLiteral("cukup");
    case DmsBand::KurangLengkap:
        break;
    }
    return QStringLiteral("kurang");
}

void showBand(QLabel* label, DmsBand band)
{
    label->setProperty("band", bandKey(band));
    Theme::restyle(label);
}

QFrame* card(QWidget* parent, QVBoxLayout** body, const QString& title)
{
    auto* frame = new QFrame(parent);
    frame->setProperty("card", true);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(18, 14, 18, 16);
    layout->setSpacing(10);
    if (!title.isEmpty())
        layout->addWidget(PageStyle::makeLabel(title, "cardTitle", frame, 1.1, true));
    *body = layout;
    return frame;
}

QString rowState(const DmsRowInfo& row)
{
    if (row.done)
        return row.fromPenghargaan ? DmsPage::tr("✓ Penghargaan disetujui")
                                   : DmsPage::tr("✓ Lengkap dan terverifikasi");
    if (row.recordStatus == SubmissionStatus::Diajukan)
        return DmsPage::tr("Menunggu verifikasi Admin BKPSDM");
    if (row.recordStatus == SubmissionStatus::PerluPerbaikan)
        return DmsPage::tr("Dikembalikan untuk perbaikan");
    return DmsPage::tr("Belum ada dokumen");
}

} // namespace

DmsPage::DmsPage(std::shared_ptr<Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setProperty("page", true);
    setAttribute(Qt::WA_StyledBackground, true);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dmsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("dmsContent"));
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(12);
    layout->addWidget(PageStyle::makeLabel(tr("Arsip DMS"), "pageTitle", content, 1.45, true));
    layout->addWidget(PageStyle::makeLabel(
        tr("Dokumen kepegawaian Anda di Arsip Digital dan Skor Arsip Digital yang dihitung darinya. Target: "
           "skor 100, Sangat Lengkap."),
        "hint", content));
    m_banner = new MessageBanner(content);
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    layout->addWidget(m_banner);

    // The score, as MyASN shows it.
    QVBoxLayout* scoreBody = nullptr;
    QFrame* scoreCard = card(content, &scoreBody, QString());
    auto* scoreRow = new QHBoxLayout;
    scoreRow->setSpacing(14);
    auto* caption = PageStyle::makeLabel(tr("Skor Arsip Digital"), "hint", scoreCard, 1.1);
    caption->setWordWrap(false);
    m_score = PageStyle::makeLabel(tr("…"), "pageTitle", scoreCard, 2.6, true);
    m_score->setObjectName(QStringLiteral("dmsScore"));
    m_score->setWordWrap(false);
    m_band = PageStyle::makeLabel(QString(), "fieldValue", scoreCard, 1.3, true);
    m_band->setObjectName(QStringLiteral("dmsBand"));
    m_band->setWordWrap(false);
    scoreRow->addWidget(caption, 0, Qt::AlignVCenter);
    scoreRow->addWidget(m_score, 0, Qt::AlignVCenter);
    scoreRow->addWidget(
        PageStyle::makeLabel(QStringLiteral("·"), "hint", scoreCard, 1.6), 0, Qt::AlignVCenter);
    scoreRow->addWidget(m_band, 0, Qt::AlignVCenter);
    scoreRow->addStretch(1);
    scoreBody->addLayout(scoreRow);
    m_sync = PageStyle::makeLabel(QString(), "hint", scoreCard);
    m_sync->setObjectName(QStringLiteral("dmsSync"));
    scoreBody->addWidget(m_sync);
    layout->addWidget(scoreCard);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(12);
    auto* left = new QVBoxLayout;
    left->setSpacing(12);
    QVBoxLayout* utamaBody = nullptr;
    QFrame* utamaCard = card(content, &utamaBody, tr("Arsip Utama (9 Kategori)"));
    m_utama = new QGridLayout;
    m_utama->setSpacing(8);
    utamaBody->addLayout(m_utama);
    left->addWidget(utamaCard);
    QVBoxLayout* kondisionalBody = nullptr;
    QFrame* kondisionalCard = card(content, &kondisionalBody, tr("Arsip Kondisional (6 Kategori)"));
    m_kondisional = new QGridLayout;
    m_kondisional->setSpacing(8);
    kondisionalBody->addLayout(m_kondisional);
    left->addWidget(kondisionalCard);
    QVBoxLayout* rowsBody = nullptr;
    QFrame* rowsCard = card(content, &rowsBody, QString());
    m_rowsTitle = PageStyle::makeLabel(
        tr("Pilih kategori untuk melihat dokumennya."), "cardTitle", rowsCard, 1.1, true);
    rowsBody->addWidget(m_rowsTitle);
    m_rows = new QListWidget(rowsCard);
    m_rows->setProperty("list", true);
    m_rows->setObjectName(QStringLiteral("dmsRows"));
    m_rows->setMinimumHeight(120);
    rowsBody->addWidget(m_rows);
    m_upload = new QPushButton(tr("Unggah Dokumen…"), rowsCard);
    m_upload->setObjectName(QStringLiteral("uploadButton"));
    m_upload->setProperty("primary", true);
    m_upload->setEnabled(false);
    m_upload->setToolTip(tr("Unggah PDF untuk riwayat yang dipilih; Admin BKPSDM memverifikasinya"));
    rowsBody->addWidget(m_upload, 0, Qt::AlignLeft);
    left->addWidget(rowsCard);
    connect(m_rows, &QListWidget::currentRowChanged, this, [this](int row) {
        const bool uploadable = row >= 0 && row < m_shownRows.size() && !m_shownRows.at(row).done
            && !m_shownRows.at(row).fromPenghargaan
            && m_shownRows.at(row).recordStatus != SubmissionStatus::Diajukan;
        m_upload->setEnabled(uploadable && !m_wizard);
    });
    connect(m_upload, &QPushButton::clicked, this, &DmsPage::uploadSelected);
    columns->addLayout(left, 3);

    QVBoxLayout* missingBody = nullptr;
    QFrame* missingCard = card(content, &missingBody, tr("Dokumen yang belum ada"));
    missingBody->addWidget(PageStyle::makeLabel(tr("Urut dari yang paling banyak menambah skor. Klik "
                                                   "dokumennya untuk membuka barisnya, lalu unggah PDF-nya "
                                                   "di sini dengan Unggah Dokumen."),
        "hint", missingCard));
    m_missing = new QListWidget(missingCard);
    m_missing->setProperty("list", true);
    m_missing->setObjectName(QStringLiteral("dmsMissing"));
    m_missing->setMinimumWidth(300);
    missingBody->addWidget(m_missing, 1);
    // Each item jumps to its row: the category's rows, that row selected and scrolled to.
    connect(m_missing, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        showRow(
            static_cast<DmsCategory>(item->data(CategoryRole).toInt()), item->data(RowIdRole).toLongLong());
    });
    connect(m_missing, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        showRow(
            static_cast<DmsCategory>(item->data(CategoryRole).toInt()), item->data(RowIdRole).toLongLong());
    });
    m_missingEmpty = PageStyle::makeLabel(
        tr("✓ Tidak ada dokumen yang kurang. Skor Anda sudah 100."), "okText", missingCard);
    m_missingEmpty->setObjectName(QStringLiteral("dmsEmpty"));
    m_missingEmpty->hide();
    missingBody->addWidget(m_missingEmpty);
    columns->addWidget(missingCard, 2);
    layout->addLayout(columns, 1);
    // Side by side where both fit (their minimum is about 900 px); the missing documents below otherwise.
    PageStyle::reflow(columns, scroll->viewport(), 940);
}

bool DmsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease && watched->property("tile").toBool()) {
        showCategory(static_cast<DmsCategory>(watched->property("category").toInt()));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DmsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Loaded when first shown and read afresh every time the page is shown again (not when the
    // window only comes back from being minimised).
    if (!m_loadedOnce || !event->spontaneous()) {
        m_loadedOnce = true;
        reload();
    }
}

void DmsPage::reload()
{
    const int generation = ++m_generation;
    runDb(
        m_db, this,
        [db = m_db, session = m_session] { return DmsService(db).forEmployee(&session, session.nip); },
        [this, generation](Result<DmsEmployeeView> view) {
            if (generation != m_generation)
                return;
            if (!view) {
                m_banner->showError(view.error().message);
                return;
            }
            display(view.value());
            Q_EMIT loaded();
        });
}

QWidget* DmsPage::makeTile(const DmsCategoryScore& score, QWidget* parent)
{
    auto* tile = new QFrame(parent);
    tile->setObjectName(QStringLiteral("tile_") + Dms::categoryCode(score.category));
    tile->setProperty("tile", true);
    const bool done = score.points >= score.maxPoints - 1e-9;
    tile->setProperty("done", done);
    tile->setCursor(Qt::PointingHandCursor);
    tile->setMinimumWidth(150);
    auto* layout = new QVBoxLayout(tile);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    auto* top = new QHBoxLayout;
    top->addWidget(PageStyle::makeLabel(Dms::categoryTitle(score.category), "fieldLabel", tile));
    top->addStretch(1);
    // A done mark once every document of the category is present and verified; otherwise the upload sign.
    auto* mark = PageStyle::makeLabel(
        done ? QStringLiteral("✓") : QStringLiteral("⬆"), done ? "okText" : "warningText", tile, 1.2, true);
    mark->setToolTip(done ? tr("Lengkap dan terverifikasi") : tr("Unggah Dokumen"));
    mark->setWordWrap(false);
    top->addWidget(mark);
    layout->addLayout(top);
    QString detail = QStringLiteral("%1%").arg(qRound(score.percent));
    if (score.rows > 0)
        detail += QStringLiteral(" · ") + tr("%1 dari %n dokumen", nullptr, score.rows).arg(score.done);
    layout->addWidget(PageStyle::makeLabel(detail, "hint", tile));
    tile->installEventFilter(this);
    tile->setProperty("category", int(score.category));
    tile->setToolTip(tr("%1 dari %2 poin. Klik untuk melihat dokumennya.")
                         .arg(Dms::pointsText(score.points), Dms::pointsText(score.maxPoints)));
    return tile;
}

void DmsPage::display(const DmsEmployeeView& view)
{
    m_view = view;
    m_banner->clear();
    m_score->setText(Dms::pointsText(view.score.total));
    m_band->setText(Dms::bandText(view.score.band));
    showBand(m_band, view.score.band);
    m_sync->setText(view.computedAt.isValid()
            ? tr("Sinkronisasi terakhir: %1").arg(momentText(view.computedAt))
            : tr("Skor ini dihitung dari data sekarang; belum pernah disimpan."));

    for (QGridLayout* grid : {m_utama, m_kondisional}) {
        while (QLayoutItem* item = grid->takeAt(0)) {
            delete item->widget();
            delete item;
        }
    }
    int utama = 0;
    int kondisional = 0;
    for (const DmsCategoryScore& score : view.score.categories) {
        const bool isUtama = Dms::groupOf(score.category) == DmsGroup::Utama;
        QGridLayout* grid = isUtama ? m_utama : m_kondisional;
        int& index = isUtama ? utama : kondisional;
        QWidget* tile = makeTile(score, grid->parentWidget());
        grid->addWidget(tile, index / 3, index % 3);
        ++index;
    }

    m_missing->clear();
    for (const DmsMissing& missing : view.score.missing) {
        auto* item = new QListWidgetItem(missing.text(), m_missing);
        item->setData(CategoryRole, int(missing.category));
        item->setData(RowIdRole, missing.rowId);
        if (missing.waiting)
            item->setToolTip(tr("Dokumen sudah diunggah; poinnya bertambah setelah diverifikasi."));
        else if (missing.rowId == 0) // a required document of which no row was entered or imported
            item->setToolTip(
                tr("Belum ada barisnya di Arsip DMS: minta Pengelola Kepegawaian menambahkannya, "
                   "lalu unggah dokumennya di sini."));
        else
            item->setToolTip(tr("Klik untuk membuka barisnya dan mengunggah dokumennya."));
    }
    m_missing->setVisible(!view.score.missing.isEmpty());
    m_missingEmpty->setVisible(view.score.missing.isEmpty());
    if (m_shownCategory) {
        // Read afresh: the rows shown keep their category and their selection.
        const int selected = m_rows->currentRow();
        const qint64 rowId = selected >= 0 && selected < m_shownRows.size() ? m_shownRows.at(selected).id : 0;
        showRow(*m_shownCategory, rowId);
    } else if (!view.score.categories.isEmpty()) {
        m_rowsTitle->setText(tr("Pilih kategori untuk melihat dokumennya."));
    }
}

void DmsPage::showRow(DmsCategory category, qint64 rowId)
{
    showCategory(category);
    for (int index = 0; index < m_shownRows.size(); ++index) {
        if (rowId != 0 && m_shownRows.at(index).id == rowId) {
            m_rows->setCurrentRow(index);
            m_rows->scrollToItem(m_rows->item(index));
            break;
        }
    }
    // The rows card may be below the fold of the page's scroll area.
    if (auto* scroll = findChild<QScrollArea*>())
        scroll->ensureWidgetVisible(m_rows);
}

void DmsPage::uploadSelected()
{
    const int index = m_rows->currentRow();
    if (m_wizard || index < 0 || index >= m_shownRows.size())
        return;
    const DmsRowInfo row = m_shownRows.at(index);
    m_wizard = new RecordWizard(m_db, m_session, RecordTypes::dms(), this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->presetValues({{QStringLiteral("kategori"), Dms::categoryTitle(row.category)},
        {QStringLiteral("referensi"), row.reference}});
    // A document sent back (or a draft) is fixed in its own record: a resubmission, which the verifier
    // compares with the one returned, not a second record beside it.
    if (row.recordId > 0
        && (row.recordStatus == SubmissionStatus::PerluPerbaikan
            || row.recordStatus == SubmissionStatus::Draf))
        m_wizard->loadRecord(row.recordId);
    connect(m_wizard, &RecordWizard::submitted, this, [this, reference = row.reference](qint64) {
        m_banner->showSuccess(
            tr("Dokumen untuk \"%1\" terkirim dan menunggu verifikasi Admin BKPSDM.").arg(reference));
        reload();
    });
    connect(m_wizard, &QObject::destroyed, this, [this] {
        m_wizard = nullptr;
        m_upload->setEnabled(false);
    });
    m_wizard->open();
}

void DmsPage::showCategory(DmsCategory category)
{
    m_shownCategory = category;
    m_rows->clear();
    m_shownRows.clear();
    m_upload->setEnabled(false);
    m_rowsTitle->setText(tr("Dokumen %1").arg(Dms::categoryTitle(category)));
    for (const DmsRowInfo& row : std::as_const(m_view.rows)) {
        const bool sharedSlot = (category == DmsCategory::SkCpns || category == DmsCategory::Spmt)
            && (row.category == DmsCategory::SkCpns || row.category == DmsCategory::Spmt);
        if (row.category != category && !sharedSlot)
            continue;
        m_rows->addItem(QStringLiteral("%1 — %2").arg(row.reference, rowState(row)));
        m_shownRows.append(row);
    }
    if (m_rows->count() == 0) {
        m_rows->addItem(category == DmsCategory::Drh ? tr("DRH dibuat oleh sistem; poinnya selalu diberikan.")
                                                     : tr("Belum ada riwayat %1. Kategori tanpa riwayat "
                                                          "tidak mengurangi skor, kecuali dokumen wajib "
                                                          "(D2NP, SK CPNS/SPMT, SK PNS).")
                                                           .arg(Dms::categoryTitle(category)));
    }
}

DmsScoreCard::DmsScoreCard(std::shared_ptr<Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("dmsScoreCard"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Buka Arsip DMS"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_score = PageStyle::makeLabel(tr("…"), "pageTitle", this, 1.9, true);
    m_score->setObjectName(QStringLiteral("dmsCardScore"));
    m_caption = PageStyle::makeLabel(QString(), "hint", this);
    m_caption->setObjectName(QStringLiteral("dmsCardCaption"));
    layout->addWidget(m_score);
    layout->addWidget(m_caption);
    reload();
}

void DmsScoreCard::reload()
{
    runDb(
        m_db, this,
        [db = m_db, session = m_session] { return DmsService(db).forEmployee(&session, session.nip); },
        [this](Result<DmsEmployeeView> view) {
            if (!view) {
                m_score->setText(QStringLiteral("–"));
                m_caption->setText(view.error().message);
                return;
            }
            m_score->setText(
                tr("%1 · %2").arg(Dms::pointsText(view->score.total), Dms::bandText(view->score.band)));
            showBand(m_score, view->score.band);
            m_caption->setText(view->computedAt.isValid()
                    ? tr("Sinkronisasi terakhir: %1. %n dokumen belum ada.", nullptr,
                        view->score.toUploadCount())
                          .arg(momentText(view->computedAt))
                    : tr("%n dokumen belum ada.", nullptr, view->score.toUploadCount()));
            Q_EMIT loaded();
        });
}

QString DmsScoreCard::scoreText() const
{
    return m_score->text();
}

void DmsScoreCard::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QWidget::mouseReleaseEvent(event);
}

} // namespace karier
