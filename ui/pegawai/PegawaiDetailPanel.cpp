// SPDX-License-Identifier: GPL-3.0-or-later
#include "pegawai/PegawaiDetailPanel.h"

#include "common/Language.h"
#include "common/PageStyle.h"
#include "records/RecordType.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace karier {

using PageStyle::makeLabel;

PegawaiDetailPanel::PegawaiDetailPanel(bool editable, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pegawaiDetail"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    QLabel* empty = makeLabel(
        tr("Pilih satu pegawai di tabel untuk melihat datanya, fakta NIP, Skor Arsip Digital, JP dan "
           "riwayatnya di sini."),
        "hint", this);
    empty->setObjectName(QStringLiteral("detailEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setContentsMargins(24, 24, 24, 24);
    m_stack->addWidget(empty);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    m_name = makeLabel(QString(), "heading", content, 1.2, true);
    m_name->setObjectName(QStringLiteral("detailName"));
    m_name->setTextFormat(Qt::PlainText);
    m_nip = makeLabel(QString(), "hint", content);
    m_nip->setObjectName(QStringLiteral("detailNip"));
    layout->addWidget(m_name);
    layout->addWidget(m_nip);
    if (editable) {
        m_edit = new QPushButton(tr("&Ubah…"), content);
        m_edit->setObjectName(QStringLiteral("editButton"));
        m_move = new QPushButton(tr("Pin&dahkan unit…"), content);
        m_move->setObjectName(QStringLiteral("moveButton"));
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_edit);
        buttons->addWidget(m_move);
        buttons->addStretch(1);
        layout->addLayout(buttons);
        connect(m_edit, &QPushButton::clicked, this, &PegawaiDetailPanel::editRequested);
        connect(m_move, &QPushButton::clicked, this, &PegawaiDetailPanel::moveRequested);
    }

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addValue(form, tr("Jabatan"), QStringLiteral("jabatan"));
    addValue(form, tr("Unit kerja"), QStringLiteral("unit"));
    addValue(form, tr("Perangkat Daerah"), QStringLiteral("induk"));
    addValue(form, tr("Jenis pegawai"), QStringLiteral("jenis"));
    addValue(form, tr("Tanggal lahir"), QStringLiteral("lahir"));
    addValue(form, tr("Jenis kelamin"), QStringLiteral("kelamin"));
    addValue(form, tr("TMT"), QStringLiteral("tmt"));
    addValue(form, tr("Skor Arsip Digital"), QStringLiteral("dms"));
    addValue(form, tr("JP tahun ini"), QStringLiteral("jp"));
    layout->addLayout(form);
    m_mismatch = makeLabel(QString(), "warningText", content);
    m_mismatch->setObjectName(QStringLiteral("mismatchLabel"));
    m_mismatch->setTextFormat(Qt::PlainText);
    layout->addWidget(m_mismatch);

    layout->addWidget(makeLabel(tr("Riwayat"), "cardTitle", content, 1.0, true));
    m_recordsNote = makeLabel(QString(), "hint", content);
    m_recordsNote->setObjectName(QStringLiteral("recordsNote"));
    layout->addWidget(m_recordsNote);
    m_records = new QListWidget(content);
    m_records->setObjectName(QStringLiteral("recordList"));
    m_records->setWordWrap(true);
    m_records->setSpacing(3); // one record from the next, when each wraps over two lines
    m_records->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_records->setMinimumHeight(140);
    m_records->setAccessibleName(tr("Riwayat pegawai"));
    m_records->setToolTip(tr("Klik dua kali atau tekan Enter untuk melihat rincian riwayat."));
    connect(m_records, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { Q_EMIT recordRequested(item->data(Qt::UserRole).toLongLong()); });
    layout->addWidget(m_records, 1);
    layout->addStretch(0);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);
}

QLabel* PegawaiDetailPanel::addValue(QFormLayout* form, const QString& caption, const QString& key)
{
    auto* value = makeLabel(QString(), "fieldValue", this);
    value->setObjectName(QStringLiteral("value_") + key);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(makeLabel(caption, "fieldLabel", this), value);
    m_values.insert(key, value);
    return value;
}

void PegawaiDetailPanel::clear()
{
    m_detail.reset();
    m_stack->setCurrentIndex(0);
}

void PegawaiDetailPanel::showDetail(const EmployeeDetail& detail)
{
    m_detail = detail;
    const Employee& e = detail.employee;
    const QString dash = QStringLiteral("–");
    m_name->setText(e.displayName());
    m_nip->setText(tr("NIP %1").arg(Nip::groupedOrAsIs(e.nip)));
    m_values.value(QStringLiteral("jabatan"))->setText(e.jabatan.isEmpty() ? dash : e.jabatan);
    m_values.value(QStringLiteral("unit"))->setText(e.unitName);
    m_values.value(QStringLiteral("induk"))->setText(e.indukUnitName);
    m_values.value(QStringLiteral("jenis"))->setText(e.pppk ? QStringLiteral("PPPK") : QStringLiteral("PNS"));
    m_values.value(QStringLiteral("lahir"))
        ->setText(e.tanggalLahir.isValid() ? indonesianDate(e.tanggalLahir) : dash);
    m_values.value(QStringLiteral("kelamin"))
        ->setText(e.jenisKelamin == 2 ? tr("Perempuan") : tr("Laki-laki"));
    m_values.value(QStringLiteral("tmt"))->setText(e.tmt.isValid() ? indonesianDate(e.tmt) : dash);
    m_values.value(QStringLiteral("dms"))
        ->setText(tr("%1 dari 100 (%2)")
                      .arg(shownLocale().toString(detail.dmsScore.total, 'f', 1),
                          Dms::bandText(detail.dmsScore.band)));
    QString jp = tr("hanya untuk Admin BKPSDM");
    if (detail.jp) {
        jp = tr("%1 / %2 JP").arg(detail.jp->approved).arg(detail.jp->target);
        if (detail.jp->pending > 0)
            jp += QLatin1Char(' ') + tr("(%1 JP menunggu verifikasi)").arg(detail.jp->pending);
    }
    m_values.value(QStringLiteral("jp"))->setText(jp);

    QStringList problems;
    if (!detail.nipProblem.isEmpty())
        problems << tr("NIP tidak sah: %1").arg(detail.nipProblem);
    problems += detail.mismatches;
    m_mismatch->setText(problems.isEmpty()
            ? tr("Data sesuai dengan NIP.")
            : tr("Tidak sesuai NIP:\n%1").arg(problems.join(QLatin1Char('\n'))));
    m_mismatch->setProperty(
        "role", problems.isEmpty() ? QStringLiteral("okText") : QStringLiteral("warningText"));
    m_mismatch->style()->unpolish(m_mismatch);
    m_mismatch->style()->polish(m_mismatch);

    m_records->clear();
    for (const EmployeeRecordRow& row : detail.records) {
        const RecordType* type = RecordTypes::byCode(row.typeCode);
        const QString typeTitle = type ? type->title : row.typeCode;
        const StatusWording wording
            = row.typeCode == QLatin1String("timkerja") ? StatusWording::TimKerja : StatusWording::Riwayat;
        auto* item = new QListWidgetItem(tr("%1 · %2 · %3")
                                             .arg(typeTitle, row.title.isEmpty() ? dash : row.title,
                                                 statusDisplayName(row.status, wording)),
            m_records);
        item->setData(Qt::UserRole, row.id);
        item->setToolTip(
            (row.startDate.isValid() ? indonesianDate(row.startDate) + QStringLiteral(" · ") : QString())
            + tr("klik dua kali untuk rinciannya"));
    }
    QString note;
    if (detail.records.isEmpty())
        note = tr("Belum ada riwayat yang diajukan.");
    if (detail.recordsLimited)
        note += (note.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("Anda hanya melihat Tim Kerja pegawai ini; riwayat lain diverifikasi Admin BKPSDM.");
    m_recordsNote->setText(note);
    m_recordsNote->setVisible(!note.isEmpty());
    m_records->setVisible(!detail.records.isEmpty());
    m_stack->setCurrentIndex(1);
}

} // namespace karier
