// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifikasi/ApprovalDetailPanel.h"

#include "common/Async.h"
#include "common/Interaction.h"
#include "common/PageStyle.h"
#include "common/Theme.h"
#include "domain/Nip.h"
#include "net/LinkChecker.h"
#include "records/RecordService.h"
#include "records/RecordType.h"
#include "timkerja/TimKerja.h"
#include "timkerja/TimKerjaService.h"
#include "widgets/PdfPreview.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace karier {

namespace {

QLabel* label(const QString& text, const char* role, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setProperty("role", QString::fromLatin1(role));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    QLabel* l = label(text, "cardTitle", parent);
    QFont font = l->font();
    font.setBold(true);
    l->setFont(font);
    return l;
}

QString valueText(const QVariant& value)
{
    if (value.typeId() == QMetaType::QDate)
        return indonesianDate(value.toDate());
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? QStringLiteral("–") : text;
}

QString moment(const QDateTime& at)
{
    return at.isValid() ? momentText(at) : QStringLiteral("–");
}

} // namespace

ApprovalDetailPanel::ApprovalDetailPanel(std::shared_ptr<Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("approvalDetail"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    QLabel* empty = label(
        tr("Pilih satu usulan di tabel untuk melihat data, fakta NIP dan dokumennya di sini."), "hint", this);
    empty->setObjectName(QStringLiteral("detailEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setContentsMargins(24, 24, 24, 24);
    m_stack->addWidget(empty);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    auto* scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setObjectName(QStringLiteral("approvalDetailScroll"));
    auto* info = new QWidget(scroll);
    info->setObjectName(QStringLiteral("detailInfo"));
    auto* layout = new QVBoxLayout(info);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);
    m_name = label(QString(), "detailTitle", info);
    m_name->setObjectName(QStringLiteral("detailName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_name->setFont(big);
    m_sub = label(QString(), "hint", info);
    layout->addWidget(m_name);
    layout->addWidget(m_sub);

    // A resubmission: what changed against the submission that was returned, first.
    m_changesBox = new QWidget(info);
    auto* changesLayout = new QVBoxLayout(m_changesBox);
    changesLayout->setContentsMargins(0, 4, 0, 0);
    changesLayout->setSpacing(3);
    changesLayout->addWidget(sectionTitle(tr("Perubahan sejak pengajuan sebelumnya"), m_changesBox));
    m_changesWhen = label(QString(), "hint", m_changesBox);
    m_changesWhen->setObjectName(QStringLiteral("detailChangesWhen"));
    m_changes = label(QString(), "fieldValue", m_changesBox);
    m_changes->setObjectName(QStringLiteral("detailChanges"));
    m_changes->setTextFormat(Qt::PlainText);
    changesLayout->addWidget(m_changesWhen);
    changesLayout->addWidget(m_changes);
    m_changesBox->hide();
    layout->addWidget(m_changesBox);

    layout->addSpacing(4);
    layout->addWidget(sectionTitle(tr("Data usulan"), info));
    m_data = new QFormLayout;
    m_data->setHorizontalSpacing(12);
    m_data->setVerticalSpacing(3);
    layout->addLayout(m_data);

    layout->addSpacing(4);
    layout->addWidget(sectionTitle(tr("Menurut NIP"), info));
    auto* factsBox = new QWidget(info);
    factsBox->setObjectName(QStringLiteral("detailFacts"));
    m_facts = new QFormLayout(factsBox);
    m_facts->setContentsMargins(0, 0, 0, 0);
    m_facts->setHorizontalSpacing(12);
    m_facts->setVerticalSpacing(3);
    layout->addWidget(factsBox);
    m_mismatch = label(QString(), "warningText", info);
    layout->addWidget(m_mismatch);

    layout->addSpacing(4);
    layout->addWidget(sectionTitle(tr("Pemeriksaan aturan"), info));
    m_warnings = label(QString(), "fieldValue", info);
    m_warnings->setObjectName(QStringLiteral("detailWarnings"));
    layout->addWidget(m_warnings);

    m_decision = label(QString(), "fieldValue", info);
    m_decision->setObjectName(QStringLiteral("detailDecision"));
    layout->addWidget(m_decision);

    m_linkBox = new QWidget(info);
    auto* linkLayout = new QVBoxLayout(m_linkBox);
    linkLayout->setContentsMargins(0, 4, 0, 0);
    linkLayout->setSpacing(4);
    linkLayout->addWidget(sectionTitle(tr("URL Bukti Dukung"), m_linkBox));
    m_link = label(QString(), "fieldValue", m_linkBox);
    m_link->setObjectName(QStringLiteral("detailLink"));
    // Through the Interaction seam: without a browser, the link is shown to copy.
    connect(m_link, &QLabel::linkActivated, this,
        [this](const QString& link) { openLinkOrExplain(this, QUrl(link)); });
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_linkStatus = label(QString(), "hint", m_linkBox);
    m_linkStatus->setObjectName(QStringLiteral("detailLinkStatus"));
    m_recheck = new QPushButton(tr("Periksa ulang tautan"), m_linkBox);
    m_recheck->setObjectName(QStringLiteral("recheckLinkButton"));
    linkLayout->addWidget(m_link);
    linkLayout->addWidget(m_linkStatus);
    linkLayout->addWidget(m_recheck, 0, Qt::AlignLeft);
    layout->addWidget(m_linkBox);
    layout->addStretch();
    scroll->setWidget(info);

    // The document below the data, as wide as the panel and fitted to its width; Alt+D focuses it.
    m_documentBox = new QWidget(split);
    auto* documentLayout = new QVBoxLayout(m_documentBox);
    documentLayout->setContentsMargins(0, 0, 0, 0);
    documentLayout->setSpacing(2);
    m_preview = new PdfPreview(m_documentBox);
    m_preview->setObjectName(QStringLiteral("detailPreview"));
    m_preview->setAccessibleName(tr("Dokumen bukti"));
    QLabel* documentTitle = label(tr("&Dokumen bukti"), "hint", m_documentBox);
    documentTitle->setObjectName(QStringLiteral("detailDocumentLabel"));
    documentTitle->setWordWrap(false);
    documentTitle->setContentsMargins(14, 4, 14, 0);
    documentTitle->setTextInteractionFlags(Qt::NoTextInteraction);
    documentTitle->setBuddy(m_preview);
    documentTitle->setToolTip(
        tr("Ke dokumen (Alt+D): PgUp/PgDn berganti halaman, Ctrl+plus/Ctrl+minus memperbesar/memperkecil"));
    documentLayout->addWidget(documentTitle);
    documentLayout->addWidget(m_preview, 1);
    split->addWidget(scroll);
    split->addWidget(m_documentBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({280, 520});
    m_stack->addWidget(split);

    m_checker = new LinkChecker(this);
    connect(m_checker, &LinkChecker::finished, this, [this](const LinkCheckResult& result) {
        m_recheck->setEnabled(true);
        m_linkStatus->setText(tr("%1 (diperiksa %2)").arg(result.message(), moment(result.checkedAt)));
        m_linkStatus->setProperty("role",
            linkStatusNeedsWarning(result.status) ? QStringLiteral("warningText") : QStringLiteral("okText"));
        Theme::restyle(m_linkStatus);
        const qint64 id = m_id;
        runDb(
            m_db, this,
            [db = m_db, session = m_session, id, result] {
                return TimKerjaService(db).recordLinkCheck(session, id, result);
            },
            [this, id](Status) { Q_EMIT linkChecked(id); });
    });
    connect(m_recheck, &QPushButton::clicked, this, [this] { checkLink(m_detail.row.linkUrl); });
}

QWidget* ApprovalDetailPanel::takeDocument()
{
    m_documentTaken = true;
    m_documentBox->setParent(nullptr);
    m_documentBox->show();
    return m_documentBox;
}

void ApprovalDetailPanel::showRecord(qint64 id)
{
    const int generation = ++m_generation;
    m_id = id;
    m_checker->cancel();
    if (id <= 0) {
        m_detail = {};
        m_preview->clear();
        m_stack->setCurrentIndex(0);
        return;
    }
    runDb(
        m_db, this, [db = m_db, session = m_session, id] { return ApprovalService(db).detail(session, id); },
        [this, generation, id](Result<ApprovalDetail> detail) {
            if (generation != m_generation)
                return;
            if (!detail) {
                m_detail = {};
                clearSections();
                m_name->setText(tr("Usulan tidak dapat dibuka"));
                m_sub->setText(detail.error().message);
                m_preview->clear();
                m_linkBox->hide();
                m_stack->setCurrentIndex(1);
                Q_EMIT detailLoaded(id);
                return;
            }
            showDetail(detail.value());
        });
}

void ApprovalDetailPanel::clearSections()
{
    for (QFormLayout* form : {m_data, m_facts}) {
        while (form->rowCount() > 0)
            form->removeRow(0);
    }
    m_mismatch->clear();
    m_mismatch->hide();
    m_warnings->clear();
    m_decision->clear();
    m_decision->hide();
    m_changes->clear();
    m_changesWhen->clear();
    m_changesBox->hide();
}

void ApprovalDetailPanel::showChanges(const Resubmission& resubmission)
{
    QStringList lines;
    for (const FieldChange& change : resubmission.changes.fields)
        lines << tr("%1: %2 → %3").arg(change.label, change.oldText, change.newText);
    if (lines.isEmpty())
        lines << tr("Tidak ada data yang berubah.");
    if (m_detail.row.typeCode != TimKerja::typeCode())
        lines << (resubmission.changes.documentChanged() ? tr("Dokumen: diganti (SHA-256 berbeda)")
                                                         : tr("Dokumen: sama dengan pengajuan sebelumnya"));
    m_changes->setText(lines.join(QLatin1Char('\n')));
    m_changesWhen->setText(
        tr("Pengajuan ke-%1 pada %2; sebelumnya diajukan %3.")
            .arg(resubmission.submissions)
            .arg(moment(resubmission.submittedAt), moment(resubmission.previousSubmittedAt)));
    m_changesBox->show();
}

void ApprovalDetailPanel::addRow(
    QFormLayout* form, const QString& name, const QString& value, const char* role)
{
    form->addRow(label(name, "fieldName", this), label(value, role, this));
}

void ApprovalDetailPanel::showDetail(const ApprovalDetail& detail)
{
    m_detail = detail;
    const ApprovalRow& row = detail.row;
    clearSections();
    m_name->setText(row.nama);
    m_sub->setText(
        tr("NIP %1 · %2")
            .arg(Nip::groupedOrAsIs(row.nip),
                row.unitName == row.indukUnitName ? row.unitName
                                                  : tr("%1, %2").arg(row.unitName, row.indukUnitName)));

    if (detail.resubmission)
        showChanges(*detail.resubmission);

    // The record's fields as the form named them.
    addRow(m_data, tr("Jenis"), ApprovalService::typeTitle(row.typeCode));
    if (const RecordType* type = RecordTypes::byCode(row.typeCode)) {
        for (const FieldSpec& field : type->fields) {
            if (field.key == TimKerja::Key::urlBuktiDukung())
                continue;
            const QVariant value = row.values.value(field.key);
            if (value.isNull() || value.toString().isEmpty())
                continue;
            addRow(m_data, field.label, valueText(value));
        }
    }
    addRow(m_data, tr("Status"), row.statusText());
    addRow(m_data, tr("Diajukan"), moment(row.submittedAt));

    const EmployeeFacts& facts = detail.facts;
    addRow(
        m_facts, tr("Tanggal lahir"), facts.birthDate.isValid() ? indonesianDate(facts.birthDate) : tr("–"));
    addRow(m_facts, tr("Jenis kelamin"), facts.sexText.isEmpty() ? tr("–") : facts.sexText);
    addRow(m_facts, facts.pppk ? tr("Tahun pengangkatan") : tr("TMT CPNS"),
        facts.tmt.isValid() ? (facts.pppk ? QString::number(facts.tmt.year())
                                          : indonesianDate(facts.tmt).section(QLatin1Char(' '), 1))
                            : tr("–"));
    if (!facts.jabatan.isEmpty())
        addRow(m_facts, tr("Jabatan"), facts.jabatan);
    if (!facts.mismatches.isEmpty()) {
        m_mismatch->setText(QStringLiteral("⚠ ") + facts.mismatches.join(QStringLiteral("\n⚠ ")));
        m_mismatch->show();
    }

    QStringList warnings;
    for (const RuleIssue& issue : detail.warnings)
        warnings << (issue.severity == Severity::Error ? QStringLiteral("✖ ") : QStringLiteral("⚠ "))
                + issue.message;
    m_warnings->setText(
        warnings.isEmpty() ? tr("✓ Tidak ada peringatan aturan.") : warnings.join(QLatin1Char('\n')));
    m_warnings->setProperty(
        "role", warnings.isEmpty() ? QStringLiteral("okText") : QStringLiteral("warningText"));
    Theme::restyle(m_warnings);

    if (row.decidedAt.isValid()) {
        const QString who
            = row.decidedByName.isEmpty() ? Nip::groupedOrAsIs(row.decidedByNip) : row.decidedByName;
        QString text = tr("%1 oleh %2 pada %3.").arg(row.statusText(), who, moment(row.decidedAt));
        if (!row.note.isEmpty())
            text += QLatin1Char('\n') + tr("Catatan: %1").arg(row.note);
        m_decision->setText(text);
        m_decision->show();
    }

    const bool timKerja = row.typeCode == TimKerja::typeCode();
    m_linkBox->setVisible(timKerja);
    m_documentBox->setVisible(!timKerja || m_documentTaken);
    m_stack->setCurrentIndex(1);
    if (timKerja) {
        m_preview->clear();
        m_link->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                            .arg(row.linkUrl.toHtmlEscaped(), row.linkUrl.toHtmlEscaped()));
        checkLink(row.linkUrl);
    } else if (row.documentId > 0) {
        const qint64 documentId = row.documentId;
        const int generation = m_generation;
        runDb(
            m_db, this,
            [db = m_db, session = m_session, documentId] {
                return RecordService(db).documentContent(session, documentId);
            },
            [this, generation](Result<QByteArray> pdf) {
                if (generation != m_generation)
                    return;
                if (!pdf) {
                    m_preview->clear();
                    m_warnings->setText(m_warnings->text() + QLatin1Char('\n') + pdf.error().message);
                    return;
                }
                m_preview->setDocument(pdf.value(), tr("usulan-%1.pdf").arg(m_id));
            });
    } else {
        m_preview->clear();
    }
    Q_EMIT detailLoaded(row.id);
}

void ApprovalDetailPanel::checkLink(const QString& url)
{
    m_recheck->setEnabled(false);
    m_linkStatus->setText(tr("Memeriksa apakah tautan dapat dibuka tanpa masuk (login)…"));
    m_linkStatus->setProperty("role", QStringLiteral("hint"));
    Theme::restyle(m_linkStatus);
    m_checker->check(url);
}

} // namespace karier
