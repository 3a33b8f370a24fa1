// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RecordWizard.h"

#include "common/Async.h"
#include "common/Confirm.h"
#include "common/DateInput.h"
#include "common/PageStyle.h"
#include "common/Theme.h"
#include "documents/PdfCheckRunner.h"
#include "documents/PdfInspector.h"
#include "domain/Nip.h"
#include "records/BatchRecipientsPage.h"
#include "records/FitDialog.h"
#include "records/ReferenceLists.h"
#include "settings/SharedSettings.h"
#include "widgets/DropZone.h"
#include "widgets/MessageBanner.h"
#include "widgets/PdfPreview.h"
#include "widgets/PdfThumbnail.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace karier {

namespace {

constexpr int ValidationDelayMs = 300;
/// Choice lists longer than this are editable and searchable.
constexpr int SearchableListSize = 12;

QFrame* makeCard(QWidget* parent, const QString& objectName)
{
    auto* card = new QFrame(parent);
    card->setObjectName(objectName);
    card->setProperty("card", true);
    return card;
}

using PageStyle::makeLabel;

/// The red star of a required field.
QString requiredMark()
{
    return QStringLiteral("<span style=\"color:%1;\">*</span>").arg(Theme::colour("required").name());
}

/// "Nama Kursus *" with a red star for required fields.
QString labelText(const QString& label, bool required)
{
    if (!required)
        return label.toHtmlEscaped();
    return label.toHtmlEscaped() + QStringLiteral("&nbsp;") + requiredMark();
}

} // namespace

/// "1 Masukan Data — 2 Unggah Dokumen — 3 Ringkasan": numbered circles, titles and lines; the current
/// step highlighted, finished steps ticked.
class StepIndicator : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(karier::StepIndicator)

public:
    StepIndicator(const QStringList& titles, QWidget* parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("stepIndicator"));
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(10);
        for (int i = 0; i < titles.size(); ++i) {
            if (i > 0) {
                auto* line = new QFrame(this);
                line->setProperty("role", QStringLiteral("stepLine"));
                line->setFixedHeight(2);
                line->setMinimumWidth(24);
                layout->addWidget(line, 1, Qt::AlignVCenter);
                m_lines << line;
            }
            auto* circle = new QLabel(QString::number(i + 1), this);
            circle->setObjectName(QStringLiteral("stepCircle_%1").arg(i));
            circle->setProperty("role", QStringLiteral("stepCircle"));
            circle->setAlignment(Qt::AlignCenter);
            circle->setFixedSize(28, 28);
            auto* title = new QLabel(titles.at(i), this);
            title->setObjectName(QStringLiteral("stepTitle_%1").arg(i));
            title->setProperty("role", QStringLiteral("stepTitle"));
            layout->addWidget(circle);
            layout->addWidget(title);
            m_circles << circle;
            m_titles << title;
        }
        setCurrent(0);
    }

    void setCurrent(int step)
    {
        m_current = step;
        for (int i = 0; i < m_circles.size(); ++i) {
            const QString state = i < step ? QStringLiteral("done")
                : i == step                ? QStringLiteral("current")
                                           : QStringLiteral("todo");
            m_circles.at(i)->setText(i < step ? QStringLiteral("\u2713") : QString::number(i + 1));
            m_circles.at(i)->setProperty("state", state);
            m_titles.at(i)->setProperty("state", state);
            Theme::restyle(m_circles.at(i));
            Theme::restyle(m_titles.at(i));
            m_circles.at(i)->setAccessibleName(m_titles.at(i)->text()
                + (i < step         ? tr(", selesai")
                        : i == step ? tr(", langkah sekarang")
                                    : QString()));
        }
        for (int i = 0; i < m_lines.size(); ++i) {
            m_lines.at(i)->setProperty("state", i < step ? QStringLiteral("done") : QStringLiteral("todo"));
            Theme::restyle(m_lines.at(i));
        }
    }
    int current() const { return m_current; }

private:
    QList<QLabel*> m_circles;
    QList<QLabel*> m_titles;
    QList<QFrame*> m_lines;
    int m_current = 0;
};

RecordWizard::RecordWizard(
    std::shared_ptr<Database> db, Session session, const RecordType& type, QWidget* parent, Mode mode)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session)), m_type(type), m_mode(mode)
{
    setObjectName(QStringLiteral("recordWizard"));
    setWindowTitle(m_mode == Mode::Batch ? tr("Entri Massal — %1").arg(m_type.title) : m_type.wizardTitle);
    m_order = m_mode == Mode::Batch ? QList<int> {DataStep, RecipientsStep, DocumentStep, SummaryStep}
                                    : QList<int> {DataStep, DocumentStep, SummaryStep};
    setSizeGripEnabled(true);
    setMinimumSize(820, 600);
    resize(1024, 720);

    m_validateTimer = new QTimer(this);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(ValidationDelayMs);
    connect(m_validateTimer, &QTimer::timeout, this, [this] {
        runValidation();
        if (m_contextStale)
            refreshContext();
    });

    m_runner = new PdfCheckRunner(this);
    connect(m_runner, &PdfCheckRunner::finished, this, &RecordWizard::checkFinished);

    m_noteBanner = new MessageBanner(this);
    m_noteBanner->setObjectName(QStringLiteral("noteBanner"));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("steps"));
    m_pages->addWidget(createDataPage());
    m_pages->addWidget(createDocumentPage());
    m_pages->addWidget(createSummaryPage());
    if (m_mode == Mode::Batch) {
        m_recipientsPage = new BatchRecipientsPage(m_db, this);
        m_recipientsPage->setObjectName(QStringLiteral("recipientsPage"));
        connect(m_recipientsPage, &BatchRecipientsPage::entriesChanged, this, [this] {
            m_plan.reset();
            m_dirty = true;
        });
        connect(m_recipientsPage, &BatchRecipientsPage::fileFailed, m_banner, &MessageBanner::showError);
        m_pages->addWidget(m_recipientsPage);
    }

    auto* body = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(24, 16, 24, 16);
    bodyLayout->setSpacing(12);
    bodyLayout->addWidget(m_noteBanner);
    bodyLayout->addWidget(m_banner);
    bodyLayout->addWidget(m_pages, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    layout->addWidget(body, 1);
    layout->addWidget(createFooter());

    // Limits for the PDF check, and the facts the rules need, come from the database.
    runDb(
        m_db, this, [db = m_db] { return SharedSettings(db).load(); },
        [this](Result<SharedSettings::Values> result) {
            PdfCheckOptions options;
            if (result) {
                const SharedSettings::Values& v = result.value();
                options.limits.maxBytes = v.maxPdfBytes;
                options.limits.maxPages = v.maxPdfPages;
                if (v.sharpnessThreshold > 0)
                    options.limits.sharpnessThreshold = v.sharpnessThreshold;
            }
            m_runner->setOptions(options);
            m_requirementSize->setText(
                tr("Maksimum ukuran file adalah %1").arg(PdfInspector::formatSize(options.limits.maxBytes)));
            m_requirementPages->setText(tr("Paling banyak %1 halaman").arg(options.limits.maxPages));
            m_settingsLoaded = true;
            if (!m_pendingPath.isEmpty()) {
                const QString path = m_pendingPath;
                m_pendingPath.clear();
                startCheck(path);
            }
        });
    refreshContext();
    setStep(DataStep);
}

RecordWizard::~RecordWizard() = default;

QWidget* RecordWizard::createHeader()
{
    auto* header = new QFrame(this);
    header->setObjectName(QStringLiteral("wizardHeader"));
    auto* title = makeLabel(windowTitle(), "title", header, 1.35, true);
    title->setObjectName(QStringLiteral("wizardTitle"));
    m_subtitle = makeLabel(m_mode == Mode::Batch
            ? tr("Satu SK atau satu kegiatan untuk banyak pegawai: isi datanya, pilih penerimanya, unggah "
                 "dokumennya sekali, lalu periksa ringkasannya. Riwayat langsung berstatus Disetujui.")
            : tr("Lengkapi data, unggah dokumen, lalu periksa ringkasannya sebelum dikirim "
                 "untuk diverifikasi Admin BKPSDM."),
        "hint", header);
    m_subtitle->setObjectName(QStringLiteral("wizardSubtitle"));
    m_steps = new StepIndicator(m_mode == Mode::Batch
            ? QStringList {tr("Masukan Data"), tr("Pilih Pegawai"), tr("Unggah Dokumen"), tr("Ringkasan")}
            : QStringList {tr("Masukan Data"), tr("Unggah Dokumen"), tr("Ringkasan")},
        header);

    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(24, 18, 24, 16);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(12);
    layout->addWidget(m_steps);
    return header;
}

QWidget* RecordWizard::createFieldEditor(const FieldSpec& spec, QWidget* parent)
{
    QWidget* input = nullptr;
    switch (spec.type) {
    case FieldType::Text: {
        auto* edit = new QLineEdit(parent);
        edit->setPlaceholderText(spec.placeholder);
        connect(edit, &QLineEdit::textChanged, this, [this, key = spec.key] { fieldEdited(key); });
        input = edit;
        break;
    }
    case FieldType::Integer:
    case FieldType::Year: {
        // The lowest value stands for "empty" and shows "–": a required number must really be typed.
        auto* spin = new QSpinBox(parent);
        if (spec.type == FieldType::Year) {
            spin->setRange(1899, 2999);
        } else {
            spin->setRange(spec.minimum - 1, std::max(spec.maximum, 99999));
        }
        spin->setSpecialValueText(QStringLiteral("–"));
        spin->setValue(spin->minimum());
        spin->setGroupSeparatorShown(false);
        spin->setAccelerated(true);
        spin->setMinimumWidth(120);
        spin->setMaximumWidth(160);
        if (spec.type == FieldType::Year)
            spin->installEventFilter(this);
        connect(spin, &QSpinBox::valueChanged, this, [this, key = spec.key] {
            if (!m_filling)
                m_autoFilled.remove(key);
            fieldEdited(key);
        });
        input = spin;
        break;
    }
    case FieldType::Date: {
        // The minimum date stands for "empty" and shows "–": required dates must really be chosen.
        auto* edit = new QDateEdit(parent);
        edit->setLocale(indonesian());
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        edit->setDateRange(emptyDate(), QDate(2999, 12, 31));
        edit->setSpecialValueText(QStringLiteral("–"));
        edit->setDate(emptyDate());
        edit->setMinimumWidth(150);
        edit->setMaximumWidth(170);
        edit->calendarWidget()->setFirstDayOfWeek(Qt::Monday);
        edit->calendarWidget()->setLocale(indonesian());
        edit->calendarWidget()->setProperty("karierDateEdit", QVariant::fromValue<QObject*>(edit));
        edit->calendarWidget()->installEventFilter(this);
        // Qt has no Indonesian translation: name the calendar's own buttons here.
        if (auto* previous
            = edit->calendarWidget()->findChild<QToolButton*>(QStringLiteral("qt_calendar_prevmonth")))
            previous->setToolTip(tr("Bulan sebelumnya"));
        if (auto* next
            = edit->calendarWidget()->findChild<QToolButton*>(QStringLiteral("qt_calendar_nextmonth")))
            next->setToolTip(tr("Bulan berikutnya"));
        edit->installEventFilter(this);
        connect(edit, &QDateEdit::dateChanged, this, [this, key = spec.key] { fieldEdited(key); });
        input = edit;
        break;
    }
    case FieldType::Choice: {
        auto* combo = new QComboBox(parent);
        const QStringList items = ReferenceLists::items(spec.referenceList);
        combo->addItems(items);
        combo->setMaxVisibleItems(14);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
        if (spec.allowOther || items.size() > SearchableListSize) {
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            auto* completer = new QCompleter(items, combo);
            completer->setFilterMode(Qt::MatchContains);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setCompletionMode(QCompleter::PopupCompletion);
            completer->setMaxVisibleItems(12);
            combo->setCompleter(completer);
            combo->lineEdit()->setPlaceholderText(spec.placeholder.isEmpty()
                    ? (spec.allowOther ? tr("Ketik untuk mencari, atau tulis nama lain")
                                       : tr("Ketik untuk mencari dalam daftar"))
                    : spec.placeholder);
        } else {
            combo->setPlaceholderText(spec.placeholder.isEmpty() ? tr("— Pilih —") : spec.placeholder);
        }
        combo->setCurrentIndex(-1);
        if (combo->isEditable())
            combo->clearEditText();
        connect(combo, &QComboBox::currentTextChanged, this, [this, key = spec.key] { fieldEdited(key); });
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, [this, key = spec.key] { fieldEdited(key); });
        input = combo;
        break;
    }
    }
    input->setObjectName(QStringLiteral("field_") + spec.key);
    input->setAccessibleName(spec.label);
    if (!spec.help.isEmpty())
        input->setAccessibleDescription(spec.help);
    return input;
}

QWidget* RecordWizard::createFieldBlock(const FieldSpec& spec, QWidget* parent, bool compactLabel)
{
    auto* block = new QWidget(parent);
    auto* layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    if (compactLabel) {
        auto* label = makeLabel(labelText(spec.label, spec.required), "fieldLabel", block, 0.95);
        label->setObjectName(QStringLiteral("label_") + spec.key);
        layout->addWidget(label);
    }
    QWidget* input = createFieldEditor(spec, block);
    if (spec.type == FieldType::Date) {
        auto* row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(2);
        row->addWidget(input);
        auto* clear = new QToolButton(block);
        clear->setObjectName(QStringLiteral("clear_") + spec.key);
        clear->setProperty("role", QStringLiteral("clearDate"));
        clear->setText(tr("Kosongkan"));
        clear->setToolTip(tr("Kosongkan tanggal"));
        clear->setCursor(Qt::PointingHandCursor);
        clear->setEnabled(false);
        auto* edit = static_cast<QDateEdit*>(input);
        connect(clear, &QToolButton::clicked, this, [edit] { edit->setDate(emptyDate()); });
        connect(edit, &QDateEdit::dateChanged, clear,
            [clear](const QDate& date) { clear->setEnabled(date != emptyDate()); });
        row->addWidget(clear);
        row->addStretch(1);
        layout->addLayout(row);
    } else if (spec.type == FieldType::Integer || spec.type == FieldType::Year) {
        auto* row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(input);
        row->addStretch(1);
        layout->addLayout(row);
    } else {
        layout->addWidget(input);
    }
    const bool itemHelp = spec.type == FieldType::Choice
        && !ReferenceLists::items(spec.referenceList).isEmpty()
        && !ReferenceLists::help(spec.referenceList, ReferenceLists::items(spec.referenceList).constFirst())
                .isEmpty();
    if (!spec.help.isEmpty() || itemHelp) {
        auto* help = makeLabel(spec.help, "help", block, 0.9);
        help->setVisible(!spec.help.isEmpty());
        help->setObjectName(QStringLiteral("help_") + spec.key);
        layout->addWidget(help);
    }
    auto* issue = makeLabel(QString(), "issue", block, 0.92);
    issue->setObjectName(QStringLiteral("issue_") + spec.key);
    issue->setTextFormat(Qt::PlainText);
    issue->hide();
    layout->addWidget(issue);

    FieldWidgets widgets;
    widgets.spec = &spec;
    widgets.input = input;
    widgets.issue = issue;
    widgets.row = block;
    m_fieldIndex.insert(spec.key, int(m_fields.size()));
    m_fields.append(widgets);
    return block;
}

QWidget* RecordWizard::createDataPage()
{
    m_formScroll = new QScrollArea(this);
    m_formScroll->setObjectName(QStringLiteral("formScroll"));
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(m_formScroll);
    content->setObjectName(QStringLiteral("formContent"));
    m_formScroll->setWidget(content);

    QFrame* card = makeCard(content, QStringLiteral("formCard"));
    auto* grid = new QGridLayout(card);
    grid->setContentsMargins(24, 20, 24, 22);
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(12);
    grid->setColumnMinimumWidth(0, 180);
    grid->setColumnStretch(1, 1);

    int row = 0;
    auto* intro = makeLabel(
        tr("Isi sesuai sertifikat. Kolom bertanda %1 wajib diisi.").arg(requiredMark()), "hint", card);
    grid->addWidget(intro, row++, 0, 1, 2);
    m_formIssue = makeLabel(QString(), "issue", card);
    m_formIssue->setObjectName(QStringLiteral("issue_form"));
    m_formIssue->setProperty("severity", QStringLiteral("error"));
    m_formIssue->hide();
    grid->addWidget(m_formIssue, row++, 0, 1, 2);

    // Field labels line up with the middle of a one-line input.
    const int inputHeight = QLineEdit().sizeHint().height();

    // The kind of record, fixed for this wizard (the manual's first field, "Jenis Sertifikasi").
    if (m_type.isSertifikasiKind) {
        auto* jenisLabel = makeLabel(tr("Jenis Sertifikasi"), "fieldLabel", card);
        jenisLabel->setMinimumHeight(inputHeight);
        auto* jenisValue = makeLabel(m_type.title, "fieldLabel", card, 1.0, true);
        jenisValue->setObjectName(QStringLiteral("jenisValue"));
        jenisValue->setMinimumHeight(inputHeight);
        grid->addWidget(jenisLabel, row, 0, Qt::AlignTop);
        grid->addWidget(jenisValue, row++, 1, Qt::AlignTop);
    }
    const QList<FieldSpec>& specs = m_type.fields;
    for (qsizetype i = 0; i < specs.size();) {
        const FieldSpec& spec = specs.at(i);
        if (!spec.group.isEmpty()) {
            // A run of fields of one group side by side under the group's name ("Letak Gelar").
            auto* label = makeLabel(spec.group.toHtmlEscaped(), "fieldLabel", card);
            label->setMinimumHeight(inputHeight);
            auto* holder = new QWidget(card);
            auto* line = new QHBoxLayout(holder);
            line->setContentsMargins(0, 0, 0, 0);
            line->setSpacing(16);
            qsizetype j = i;
            while (j < specs.size() && specs.at(j).group == spec.group) {
                line->addWidget(createFieldBlock(specs.at(j), holder, true), 1, Qt::AlignTop);
                ++j;
            }
            grid->addWidget(label, row, 0, Qt::AlignTop);
            grid->addWidget(holder, row++, 1);
            i = j;
            continue;
        }
        auto* label = makeLabel(labelText(spec.label, spec.required), "fieldLabel", card);
        label->setObjectName(QStringLiteral("label_") + spec.key);
        label->setMinimumHeight(inputHeight);
        QWidget* block = createFieldBlock(spec, card, false);
        label->setBuddy(m_fields.last().input);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(block, row++, 1);
        ++i;
    }

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(card);
    layout->addStretch(1);
    return m_formScroll;
}

QWidget* RecordWizard::createDocumentPage()
{
    auto* page = new QWidget(this);

    // Left: the document slot; right: the manual's requirements.
    auto* documentTitle = makeLabel(labelText(m_type.documentLabel, true), "fieldLabel", page, 1.05, true);
    documentTitle->setObjectName(QStringLiteral("documentLabel"));
    m_dropZone = new DropZone(page);
    m_dropZone->setObjectName(QStringLiteral("dropZone"));
    m_dropZone->setMinimumHeight(130);
    connect(m_dropZone, &DropZone::fileChosen, this, &RecordWizard::startCheck);

    m_documentInfo = makeLabel(QString(), "hint", page);
    m_documentInfo->setObjectName(QStringLiteral("documentInfo"));
    m_documentInfo->hide();

    m_checkBusy = new QWidget(page);
    m_checkBusy->setObjectName(QStringLiteral("checkBusy"));
    auto* busyBar = new QProgressBar(m_checkBusy);
    busyBar->setRange(0, 0);
    busyBar->setTextVisible(false);
    busyBar->setFixedHeight(6);
    m_checkBusyText = makeLabel(tr("Memeriksa dokumen…"), "hint", m_checkBusy);
    m_checkBusyText->setObjectName(QStringLiteral("checkBusyText"));
    auto* cancelCheck = new QPushButton(tr("Batal"), m_checkBusy);
    cancelCheck->setObjectName(QStringLiteral("cancelCheckButton"));
    cancelCheck->setToolTip(tr("Hentikan pemeriksaan dokumen"));
    connect(cancelCheck, &QPushButton::clicked, this, [this] {
        m_pendingPath.clear();
        if (m_runner->isRunning()) {
            m_runner->cancel();
        } else if (m_readingDocument > 0) {
            m_checkingPath.clear(); // the read's answer ends the busy state
        } else {
            m_checkBusy->hide();
            updateButtons();
        }
    });
    auto* busyText = new QVBoxLayout;
    busyText->setSpacing(6);
    busyText->addWidget(m_checkBusyText);
    busyText->addWidget(busyBar);
    auto* busyLayout = new QHBoxLayout(m_checkBusy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->setSpacing(12);
    busyLayout->addLayout(busyText, 1);
    busyLayout->addWidget(cancelCheck, 0, Qt::AlignVCenter);
    m_checkBusy->hide();

    m_documentBanner = new MessageBanner(page);
    m_documentBanner->setObjectName(QStringLiteral("documentBanner"));
    m_fitButton = new QPushButton(tr("Perkecil otomatis"), page);
    m_fitButton->setObjectName(QStringLiteral("fitButton"));
    m_fitButton->hide();
    connect(m_fitButton, &QPushButton::clicked, this, &RecordWizard::startFit);

    // Left: the document slot and the manual's requirements; right: the preview.
    auto* leftColumn = new QWidget(page);
    leftColumn->setFixedWidth(300);
    auto* left = new QVBoxLayout(leftColumn);
    left->setContentsMargins(0, 0, 0, 0);
    left->setSpacing(8);
    left->addWidget(documentTitle);
    left->addWidget(m_dropZone);
    left->addWidget(m_documentInfo);
    left->addWidget(m_checkBusy);
    left->addWidget(m_documentBanner);
    left->addWidget(m_fitButton, 0, Qt::AlignLeft);
    left->addSpacing(6);

    QFrame* requirements = makeCard(leftColumn, QStringLiteral("requirementCard"));
    auto* reqLayout = new QVBoxLayout(requirements);
    reqLayout->setContentsMargins(16, 12, 16, 14);
    reqLayout->setSpacing(6);
    reqLayout->addWidget(makeLabel(tr("Persyaratan dokumen"), "cardTitle", requirements, 1.0, true));
    const auto addRequirement = [&](const QString& text) {
        auto* row = new QHBoxLayout;
        row->setSpacing(8);
        auto* bullet = makeLabel(QStringLiteral("•"), "requirement", requirements);
        bullet->setWordWrap(false);
        auto* label = makeLabel(text, "requirement", requirements);
        row->addWidget(bullet, 0, Qt::AlignTop);
        row->addWidget(label, 1);
        reqLayout->addLayout(row);
        return label;
    };
    addRequirement(tr("File dengan tanda * tidak boleh kosong"));
    addRequirement(tr("Sajikan upload dalam format PDF untuk dokumen sertifikat"));
    m_requirementSize = addRequirement(
        tr("Maksimum ukuran file adalah %1").arg(PdfInspector::formatSize(PdfCheckLimits::DefaultMaxBytes)));
    m_requirementSize->setObjectName(QStringLiteral("requirementSize"));
    m_requirementPages = addRequirement(tr("Paling banyak %1 halaman").arg(PdfCheckLimits::DefaultMaxPages));
    m_requirementPages->setObjectName(QStringLiteral("requirementPages"));
    addRequirement(tr("File harus jelas dan tidak blur"));
    addRequirement(tr("Anda dapat mendownload file jika tampilan pada preview kurang jelas"));
    left->addWidget(requirements);
    left->addStretch(1);

    // Every page of the chosen document.
    auto* previewTitle = makeLabel(tr("Pratinjau dokumen"), "fieldLabel", page, 1.05, true);
    m_previewStack = new QStackedWidget(page);
    auto* placeholder = new QLabel(tr("Pratinjau dokumen tampil di sini setelah file PDF dipilih."), page);
    placeholder->setObjectName(QStringLiteral("previewPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    m_preview = new PdfPreview(page);
    m_preview->setObjectName(QStringLiteral("pdfPreview"));
    connect(m_preview, &PdfPreview::loadFailed, this,
        [this](const QString& message) { m_documentBanner->showError(message); });
    m_previewStack->addWidget(placeholder);
    m_previewStack->addWidget(m_preview);
    auto* right = new QVBoxLayout;
    right->setSpacing(8);
    right->addWidget(previewTitle);
    right->addWidget(m_previewStack, 1);

    auto* layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(20);
    layout->addWidget(leftColumn);
    layout->addLayout(right, 1);
    return page;
}

QWidget* RecordWizard::createSummaryPage()
{
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("summaryScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("summaryContent"));
    scroll->setWidget(content);

    auto* intro
        = makeLabel(tr("Teliti kembali data dan dokumen berikut. Bila sudah benar, centang pernyataan "
                       "di bawah lalu klik Kirim."),
            "hint", content);

    auto* table = new QFrame(content);
    table->setObjectName(QStringLiteral("summaryTable"));
    m_summaryTable = table;
    m_summaryGrid = new QGridLayout(table);
    m_summaryGrid->setContentsMargins(1, 1, 1, 1);
    m_summaryGrid->setSpacing(0);
    m_summaryGrid->setColumnStretch(1, 1);
    m_summaryGrid->setColumnStretch(3, 1);

    QFrame* documentCard = makeCard(content, QStringLiteral("summaryDocumentCard"));
    m_thumbnail = new PdfThumbnail(documentCard);
    m_thumbnail->setObjectName(QStringLiteral("documentThumbnail"));
    m_thumbnail->setThumbnailSize(QSize(110, 150));
    auto* documentTitle = makeLabel(m_type.documentLabel, "cardTitle", documentCard, 1.0, true);
    m_summaryDocument = makeLabel(QString(), "fieldLabel", documentCard);
    m_summaryDocument->setObjectName(QStringLiteral("summaryDocument"));
    m_summaryDocument->setTextFormat(Qt::RichText);
    auto* documentText = new QVBoxLayout;
    documentText->setSpacing(6);
    documentText->addWidget(documentTitle);
    documentText->addWidget(m_summaryDocument);
    documentText->addStretch(1);
    auto* documentLayout = new QHBoxLayout(documentCard);
    documentLayout->setContentsMargins(16, 14, 16, 14);
    documentLayout->setSpacing(16);
    documentLayout->addWidget(m_thumbnail, 0, Qt::AlignTop);
    documentLayout->addLayout(documentText, 1);

    if (m_mode == Mode::Batch) {
        m_batchSummary = makeLabel(QString(), "cardTitle", content, 1.05, true);
        m_batchSummary->setObjectName(QStringLiteral("batchSummary"));
        m_batchSummary->setTextFormat(Qt::PlainText);
    }
    m_declaration = new QCheckBox(m_mode == Mode::Batch
            ? tr("Saya menyatakan bahwa data SK dan daftar penerimanya benar")
            : tr("Saya menyatakan bahwa data yang saya input benar"),
        content);
    m_declaration->setObjectName(QStringLiteral("declarationCheck"));
    QFont bold = m_declaration->font();
    bold.setBold(true);
    m_declaration->setFont(bold);
    connect(m_declaration, &QCheckBox::toggled, this, &RecordWizard::updateButtons);

    auto* note = makeLabel(m_mode == Mode::Batch
            ? tr("Catatan: riwayat yang dimasukkan massal oleh Admin BKPSDM langsung berstatus Disetujui. "
                 "Dokumen disimpan satu kali untuk semua penerima, dan setiap pegawai tercatat di log audit.")
            : tr("Catatan: data yang dikirim akan diverifikasi dan disetujui oleh Admin BKPSDM; "
                 "lama prosesnya dapat berbeda-beda. Standar maksimum pengembangan kompetensi "
                 "dalam satu hari adalah 8 jam pelajaran."),
        "hint", content, 0.92);
    note->setObjectName(QStringLiteral("summaryNote"));

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(intro);
    if (m_batchSummary)
        layout->addWidget(m_batchSummary);
    layout->addWidget(table);
    layout->addWidget(documentCard);
    layout->addSpacing(4);
    layout->addWidget(m_declaration);
    layout->addWidget(note);
    layout->addStretch(1);
    return scroll;
}

QWidget* RecordWizard::createFooter()
{
    auto* footer = new QFrame(this);
    footer->setObjectName(QStringLiteral("wizardFooter"));

    m_cancelButton = new QPushButton(tr("Batal"), footer);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &RecordWizard::reject);

    m_draftButton = new QPushButton(tr("Simpan Draf"), footer);
    m_draftButton->setObjectName(QStringLiteral("draftButton"));
    m_draftButton->setAutoDefault(false);
    m_draftButton->setToolTip(tr("Simpan isian sementara; Anda dapat melanjutkannya nanti"));
    connect(m_draftButton, &QPushButton::clicked, this, &RecordWizard::saveDraft);

    m_busyBar = new QProgressBar(footer);
    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setFixedSize(70, 8);
    m_busyBar->hide();
    m_busyText = makeLabel(QString(), "hint", footer);
    m_busyText->setObjectName(QStringLiteral("busyText"));
    m_busyText->setWordWrap(false);

    m_backButton = new QPushButton(tr("‹ Kembali"), footer);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setAutoDefault(false);
    connect(m_backButton, &QPushButton::clicked, this, &RecordWizard::goBack);

    m_nextButton = new QPushButton(tr("Selanjutnya ›"), footer);
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_nextButton->setProperty("primary", true);
    m_nextButton->setAutoDefault(false);
    connect(m_nextButton, &QPushButton::clicked, this, &RecordWizard::goNext);

    m_submitButton = new QPushButton(tr("Kirim"), footer);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setProperty("primary", true);
    m_submitButton->setAutoDefault(false);
    m_submitButton->setToolTip(tr("Centang pernyataan di atas untuk dapat mengirim"));
    connect(m_submitButton, &QPushButton::clicked, this, &RecordWizard::submit);

    auto* layout = new QHBoxLayout(footer);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->setSpacing(8);
    layout->addWidget(m_cancelButton);
    layout->addWidget(m_draftButton);
    layout->addSpacing(12);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_busyText);
    layout->addStretch(1);
    layout->addWidget(m_backButton);
    layout->addWidget(m_nextButton);
    layout->addWidget(m_submitButton);
    return footer;
}

// ---- values and validation -------------------------------------------------------------------

QVariant RecordWizard::valueOf(const FieldWidgets& field) const
{
    switch (field.spec->type) {
    case FieldType::Text: {
        const QString text = static_cast<QLineEdit*>(field.input)->text();
        return text.trimmed().isEmpty() ? QVariant() : QVariant(text);
    }
    case FieldType::Integer:
    case FieldType::Year: {
        const auto* spin = static_cast<QSpinBox*>(field.input);
        return spin->value() == spin->minimum() ? QVariant() : QVariant(spin->value());
    }
    case FieldType::Date: {
        const QDate date = static_cast<QDateEdit*>(field.input)->date();
        return date == emptyDate() ? QVariant() : QVariant(date);
    }
    case FieldType::Choice: {
        const auto* combo = static_cast<QComboBox*>(field.input);
        if (!combo->isEditable() && combo->currentIndex() < 0)
            return {};
        const QString text = combo->currentText();
        return text.trimmed().isEmpty() ? QVariant() : QVariant(text);
    }
    }
    return {};
}

void RecordWizard::setValueOf(const FieldWidgets& field, const QVariant& value)
{
    const bool empty = !value.isValid() || value.isNull();
    switch (field.spec->type) {
    case FieldType::Text:
        static_cast<QLineEdit*>(field.input)->setText(empty ? QString() : value.toString());
        break;
    case FieldType::Integer:
    case FieldType::Year: {
        auto* spin = static_cast<QSpinBox*>(field.input);
        spin->setValue(empty ? spin->minimum() : value.toInt());
        break;
    }
    case FieldType::Date: {
        const QDate date = empty                 ? QDate()
            : value.typeId() == QMetaType::QDate ? value.toDate()
                                                 : QDate::fromString(value.toString(), Qt::ISODate);
        static_cast<QDateEdit*>(field.input)->setDate(date.isValid() ? date : emptyDate());
        break;
    }
    case FieldType::Choice: {
        auto* combo = static_cast<QComboBox*>(field.input);
        const QString text = empty ? QString() : value.toString();
        if (text.isEmpty()) {
            combo->setCurrentIndex(-1);
            if (combo->isEditable())
                combo->clearEditText();
            break;
        }
        int index = combo->findText(text);
        if (index < 0 && !combo->isEditable()) {
            // A stored value no longer in the list: show it; the rules will say so.
            combo->addItem(text);
            index = combo->count() - 1;
        }
        if (index >= 0)
            combo->setCurrentIndex(index);
        else
            combo->setEditText(text);
        break;
    }
    }
}

QVariantMap RecordWizard::values() const
{
    QVariantMap map;
    for (const FieldWidgets& field : m_fields) {
        const QVariant value = valueOf(field);
        if (value.isValid())
            map.insert(field.spec->key, value);
    }
    return map;
}

int RecordWizard::currentStep() const
{
    return m_pages->currentIndex();
}

bool RecordWizard::hasDocument() const
{
    return m_document.has_value() || (m_stored && m_stored->info.id > 0);
}

bool RecordWizard::isCheckingDocument() const
{
    return m_runner->isRunning() || m_readingDocument || !m_pendingPath.isEmpty();
}

void RecordWizard::applyDependencies(const QString& key)
{
    if (m_type.implied) {
        const QVariantMap changes = m_type.implied(values(), key);
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            const int index = m_fieldIndex.value(it.key(), -1);
            if (index < 0)
                continue;
            m_filling = true;
            setValueOf(m_fields.at(index), it.value());
            m_filling = false;
            m_touched.insert(it.key());
        }
    }
    if (m_type.choices) {
        const QVariantMap current = values();
        for (const FieldWidgets& field : std::as_const(m_fields)) {
            if (field.spec->type != FieldType::Choice)
                continue;
            auto* combo = static_cast<QComboBox*>(field.input);
            const QStringList offered = m_type.choicesFor(field.spec->key, current);
            QStringList shown;
            for (int i = 0; i < combo->count(); ++i)
                shown << combo->itemText(i);
            if (shown == offered)
                continue;
            const QString chosen = current.value(field.spec->key).toString();
            m_filling = true;
            combo->clear();
            combo->addItems(offered);
            setValueOf(field, offered.contains(chosen) ? QVariant(chosen) : QVariant());
            m_filling = false;
        }
    }
    for (const FieldWidgets& field : std::as_const(m_fields)) {
        if (field.spec->type == FieldType::Choice)
            updateChoiceHelp(field);
    }
}

void RecordWizard::updateChoiceHelp(const FieldWidgets& field)
{
    auto* help = field.row->findChild<QLabel*>(QStringLiteral("help_") + field.spec->key);
    if (!help)
        return;
    const QString item = ReferenceLists::help(field.spec->referenceList, valueOf(field).toString());
    const QString text = item.isEmpty() ? field.spec->help : item;
    help->setText(text);
    help->setVisible(!text.isEmpty());
}

void RecordWizard::fieldEdited(const QString& key)
{
    if (m_filling)
        return;
    m_dirty = true;
    m_touched.insert(key);
    applyDependencies(key);
    if (key == m_type.numberField || key == m_type.startField || key == m_type.endField)
        m_contextStale = true;

    // A convenience, not a rule: an empty (or earlier filled-in) year follows the first day.
    if (key == m_type.startField) {
        const QDate start = values().value(key).toDate();
        if (start.isValid()) {
            for (const FieldWidgets& field : std::as_const(m_fields)) {
                if (field.spec->type != FieldType::Year)
                    continue;
                if (valueOf(field).isValid() && !m_autoFilled.contains(field.spec->key))
                    continue;
                m_filling = true;
                setValueOf(field, start.year());
                m_filling = false;
                m_autoFilled.insert(field.spec->key);
                m_touched.insert(field.spec->key);
            }
        }
    }
    m_validateTimer->start();
}

void RecordWizard::refreshContext()
{
    if (!m_db)
        return;
    m_contextStale = false;
    const int generation = ++m_contextGeneration;
    runDb(
        m_db, this,
        [db = m_db, session = m_session, type = &m_type, current = values(), id = m_recordId,
            batch = m_mode == Mode::Batch] {
            return batch ? BatchService(db).decreeContext()
                         : RecordService(db).ruleContext(session, *type, current, id);
        },
        [this, generation](Result<RuleContext> result) {
            if (generation != m_contextGeneration)
                return;
            if (!result) {
                m_banner->showWarning(tr("Isian belum dapat dicocokkan dengan riwayat Anda yang lain: %1")
                                          .arg(result.error().message));
                return;
            }
            m_context = result.value();
            runValidation();
        });
}

void RecordWizard::runValidation()
{
    m_issues = m_type.validate(values(), m_context);
    showIssues();
    Q_EMIT issuesShown();
}

void RecordWizard::showIssues()
{
    QStringList formLevel;
    for (const RuleIssue& issue : std::as_const(m_issues)) {
        if (!m_fieldIndex.contains(issue.field) && m_showAllIssues)
            formLevel << issue.message;
    }
    for (const FieldWidgets& field : std::as_const(m_fields)) {
        const QString& key = field.spec->key;
        QStringList errors;
        QStringList warnings;
        for (const RuleIssue& issue : std::as_const(m_issues)) {
            if (issue.field != key)
                continue;
            (issue.severity == Severity::Error ? errors : warnings) << issue.message;
        }
        const bool visible = (m_showAllIssues || m_touched.contains(key)) && !(errors + warnings).isEmpty();
        const QString severity = !visible ? QString()
            : errors.isEmpty()            ? QStringLiteral("warning")
                                          : QStringLiteral("error");
        field.issue->setText(visible ? (errors + warnings).join(QLatin1Char('\n')) : QString());
        if (field.issue->property("severity").toString() != severity) {
            field.issue->setProperty("severity", severity);
            Theme::restyle(field.issue);
        }
        field.issue->setVisible(visible);
        field.input->setToolTip(visible ? field.issue->text() : QString());
    }
    m_formIssue->setText(formLevel.join(QLatin1Char('\n')));
    m_formIssue->setVisible(!formLevel.isEmpty());
}

void RecordWizard::focusFirstError()
{
    for (const FieldWidgets& field : std::as_const(m_fields)) {
        const bool wrong = std::any_of(m_issues.cbegin(), m_issues.cend(), [&](const RuleIssue& issue) {
            return issue.field == field.spec->key && issue.severity == Severity::Error;
        });
        if (wrong) {
            m_formScroll->ensureWidgetVisible(field.row, 20, 40);
            field.input->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

// ---- steps ---------------------------------------------------------------------------------

void RecordWizard::setStep(int step)
{
    m_pages->setCurrentIndex(step);
    m_steps->setCurrent(int(m_order.indexOf(step)));
    m_banner->clear();
    if (step == SummaryStep) {
        fillSummary();
        m_declaration->setChecked(false);
        m_declaration->setFocus(Qt::OtherFocusReason);
    } else if (step == DataStep && !m_fields.isEmpty() && m_editable) {
        m_fields.first().input->setFocus(Qt::OtherFocusReason);
    }
    updateButtons();
}

void RecordWizard::goNext()
{
    if (isBusy())
        return;
    if (currentStep() == DataStep) {
        m_validateTimer->stop();
        pushBusy(tr("Memeriksa isian…"));
        runDb(
            m_db, this,
            [db = m_db, session = m_session, type = &m_type, current = values(), id = m_recordId,
                batch = m_mode == Mode::Batch] {
                return batch ? BatchService(db).checkDecree(*type, current)
                             : RecordService(db).check(session, *type, current, id);
            },
            [this](Result<QList<RuleIssue>> result) {
                popBusy();
                if (!result) {
                    m_banner->showError(result.error().message);
                    Q_EMIT actionFailed(result.error().message);
                    return;
                }
                m_issues = result.value();
                m_showAllIssues = true;
                showIssues();
                Q_EMIT issuesShown();
                if (RecordType::hasErrors(m_issues)) {
                    m_banner->showError(
                        tr("Masih ada isian yang perlu diperbaiki. Lihat pesan berwarna merah "
                           "di bawah kolomnya."));
                    focusFirstError();
                    return;
                }
                m_banner->clear();
                if (!Confirm::ask(this, tr("Apakah anda yakin?")))
                    return;
                setStep(neighbourStep(DataStep, 1));
            });
        return;
    }
    if (currentStep() == RecipientsStep) {
        prepareBatch();
        return;
    }
    if (currentStep() == DocumentStep) {
        if (isCheckingDocument()) {
            m_banner->showInfo(tr("Tunggu sampai pemeriksaan dokumen selesai."));
            return;
        }
        if (!hasDocument()) {
            m_documentBanner->showError(tr("%1 wajib diunggah (PDF).").arg(m_type.documentLabel));
            return;
        }
        if (!Confirm::ask(this, tr("Apakah anda yakin?")))
            return;
        setStep(SummaryStep);
    }
}

void RecordWizard::goBack()
{
    if (currentStep() != DataStep && !isBusy())
        setStep(neighbourStep(currentStep(), -1));
}

int RecordWizard::neighbourStep(int step, int direction) const
{
    const qsizetype at = m_order.indexOf(step) + direction;
    return at >= 0 && at < m_order.size() ? m_order.at(at) : step;
}

void RecordWizard::prepareBatch()
{
    const QList<NipEntry> nips = m_recipientsPage->entries();
    if (nips.isEmpty()) {
        m_banner->showError(tr("Tambahkan paling sedikit satu pegawai: centang dari daftar, tempel NIP, atau "
                               "muat file CSV."));
        return;
    }
    pushBusy(tr("Mencocokkan %n NIP dengan data pegawai…", nullptr, int(nips.size())));
    runDb(
        m_db, this,
        [db = m_db, session = m_session, type = &m_type, current = values(), nips] {
            return BatchService(db).prepare(&session, *type, current, nips);
        },
        [this](Result<BatchPlan> plan) {
            popBusy();
            if (!plan) {
                m_banner->showError(plan.error().message);
                Q_EMIT actionFailed(plan.error().message);
                return;
            }
            m_plan = plan.value();
            m_recipientsPage->showPlan(plan.value());
            if (plan->recipients.isEmpty()) {
                m_banner->showError(
                    tr("Tidak ada NIP dalam daftar yang dapat menerima %1. Lihat alasannya di "
                       "tabel bawah.")
                        .arg(m_type.title));
                return;
            }
            const QString question = plan->problems.isEmpty()
                ? tr("%1\n\nApakah anda yakin?").arg(plan->summary())
                : tr("%1\n%n isian tidak akan menerima (alasannya ada di tabel).\n\nApakah anda yakin?",
                    nullptr, int(plan->problems.size()))
                      .arg(plan->summary());
            if (!Confirm::ask(this, question))
                return;
            setStep(DocumentStep);
        });
}

void RecordWizard::submitBatch()
{
    if (!m_plan) {
        setStep(RecipientsStep);
        return;
    }
    if (!m_document) {
        m_banner->showError(tr("%1 wajib diunggah (PDF).").arg(m_type.documentLabel));
        return;
    }
    if (!Confirm::ask(this,
            tr("%1 Riwayat ini langsung berstatus Disetujui.\n\nApakah anda yakin?").arg(m_plan->summary())))
        return;
    pushBusy(tr("Menyimpan %n riwayat…", nullptr, int(m_plan->recipients.size())));
    runDb(
        m_db, this,
        [db = m_db, session = m_session, plan = *m_plan, document = *m_document] {
            return BatchService(db).apply(&session, plan, document);
        },
        [this](Result<BatchOutcome> outcome) {
            popBusy();
            if (!outcome) {
                m_banner->showError(outcome.error().message);
                Q_EMIT actionFailed(outcome.error().message);
                return;
            }
            m_dirty = false;
            Q_EMIT batchApplied(outcome->created);
            Confirm::inform(this, tr("Berhasil"),
                tr("%n riwayat %1 tersimpan dengan status Disetujui, satu dokumen untuk semuanya.", nullptr,
                    outcome->created)
                    .arg(m_type.title));
            QDialog::accept();
        });
}

RecordService::SaveRequest RecordWizard::saveRequest() const
{
    RecordService::SaveRequest request;
    request.type = &m_type;
    request.recordId = m_recordId;
    request.version = m_version;
    request.values = values();
    request.document = m_document;
    return request;
}

void RecordWizard::saveDraft()
{
    if (isBusy() || !m_editable)
        return;
    if (isCheckingDocument()) {
        m_banner->showInfo(tr("Tunggu sampai pemeriksaan dokumen selesai."));
        return;
    }
    struct Outcome
    {
        qint64 id = 0;
        std::optional<RecordDetail> detail;
        Error error;
    };
    pushBusy(tr("Menyimpan draf…"));
    runDb(
        m_db, this,
        [db = m_db, session = m_session, request = saveRequest()] {
            Outcome outcome;
            RecordService service(db);
            auto id = service.saveDraft(session, request);
            if (!id) {
                outcome.error = id.error();
                return outcome;
            }
            outcome.id = id.value();
            auto detail = service.get(session, id.value());
            if (detail)
                outcome.detail = detail.value();
            else
                outcome.error = detail.error();
            return outcome;
        },
        [this](Outcome outcome) {
            popBusy();
            if (outcome.id > 0)
                m_recordId = outcome.id;
            if (outcome.detail) {
                m_version = outcome.detail->summary.version;
                m_status = outcome.detail->summary.status;
                if (outcome.detail->summary.document.id > 0) {
                    StoredDocument stored;
                    stored.info = outcome.detail->summary.document;
                    stored.content
                        = m_document ? m_document->content : (m_stored ? m_stored->content : QByteArray());
                    m_stored = stored;
                    m_document.reset();
                }
            }
            if (outcome.error.code != ErrorCode::None) {
                m_banner->showError(outcome.error.message);
                Q_EMIT actionFailed(outcome.error.message);
                if (outcome.id == 0)
                    return;
            } else {
                m_dirty = false;
                m_banner->showSuccess(tr("Draf tersimpan pukul %1. Anda dapat melanjutkannya nanti dari "
                                         "halaman Riwayat Sertifikasi.")
                                          .arg(QTime::currentTime().toString(QStringLiteral("HH.mm"))));
            }
            Q_EMIT draftSaved(m_recordId);
        });
}

void RecordWizard::submit()
{
    if (isBusy() || !m_editable || !m_declaration->isChecked())
        return;
    if (m_mode == Mode::Batch) {
        submitBatch();
        return;
    }
    if (!Confirm::ask(this, tr("Apakah anda yakin?")))
        return;
    pushBusy(tr("Mengirim…"));
    runDb(
        m_db, this,
        [db = m_db, session = m_session, request = saveRequest()] {
            return RecordService(db).submit(session, request);
        },
        [this](Result<qint64> result) {
            popBusy();
            if (!result) {
                m_banner->showError(result.error().message);
                Q_EMIT actionFailed(result.error().message);
                return;
            }
            m_recordId = result.value();
            m_dirty = false;
            Q_EMIT submitted(m_recordId);
            const QString title = values().value(m_type.titleField).toString().trimmed();
            Confirm::inform(this, tr("Berhasil"),
                tr("%1 \"%2\" berhasil dikirim dan menunggu verifikasi Admin BKPSDM. Statusnya dapat Anda "
                   "pantau di halaman Riwayat Sertifikasi.")
                    .arg(m_type.title, title));
            QDialog::accept();
        });
}

void RecordWizard::reject()
{
    if (isBusy()) {
        QString doing = m_busyText->text();
        if (!doing.isEmpty())
            doing[0] = doing.at(0).toLower();
        m_banner->showInfo(tr("Tunggu sebentar, masih %1").arg(doing));
        return;
    }
    if (m_dirty && m_editable
        && !Confirm::ask(this, tr("Apakah anda yakin? Data yang belum disimpan akan hilang.")))
        return;
    m_pendingPath.clear();
    m_checkingPath.clear(); // also a file still being read: it is not checked
    if (m_runner->isRunning())
        m_runner->cancel();
    QDialog::reject();
}

// ---- document --------------------------------------------------------------------------------

void RecordWizard::startCheck(const QString& path)
{
    if (!m_editable || path.isEmpty())
        return;
    if (!beginCheck(path))
        return;
    // The file is read once, on a worker; exactly these bytes are checked and, if accepted, stored.
    struct Read
    {
        PdfCheckResult refusal;
        QByteArray content;
    };
    ++m_readingDocument;
    runCpu(
        this,
        [path, limits = m_runner->options().limits] {
            Read read;
            read.refusal = PdfCheckRunner::readFile(path, limits, read.content);
            return read;
        },
        [this, path](Read read) {
            --m_readingDocument;
            if (path != m_checkingPath) { // replaced or cancelled meanwhile
                if (!isCheckingDocument()) {
                    m_checkBusy->hide();
                    restoreDropZone();
                }
                updateButtons();
                return;
            }
            if (!read.refusal.code.isEmpty()) {
                m_checkingPath.clear();
                m_checkBusy->hide();
                refuseDocument(read.refusal.message);
                offerFit(path, read.refusal);
                return;
            }
            checkContent(path, read.content);
        });
    updateButtons();
}

bool RecordWizard::beginCheck(const QString& path)
{
    m_documentBanner->clear();
    m_fitButton->hide();
    m_checkBusyText->setText(tr("Memeriksa dokumen…"));
    m_checkBusy->setToolTip(QDir::toNativeSeparators(path));
    m_checkBusy->show();
    if (m_runner->isRunning()) {
        m_checkingPath.clear(); // its "cancelled" answer is not for the new file
        m_runner->cancel();
    }
    if (!m_settingsLoaded) {
        m_pendingPath = path;
        m_checkingPath.clear();
        updateButtons();
        return false;
    }
    m_checkingPath = path;
    return true;
}

void RecordWizard::checkContent(const QString& path, const QByteArray& content)
{
    m_checkingPath = path;
    if (!m_runner->start(content, path)) {
        m_checkingPath.clear();
        m_checkBusy->hide();
        refuseDocument(tr("Pemeriksaan dokumen tidak dapat dimulai. Coba lagi."));
        return;
    }
    m_checkingContent = content;
    updateButtons();
}

void RecordWizard::checkFinished(const PdfCheckResult& result)
{
    if (m_checkingPath.isEmpty() || result.file != m_checkingPath)
        return; // a check that was replaced or abandoned
    const QString path = m_checkingPath;
    m_checkingPath.clear();
    const QByteArray content = std::exchange(m_checkingContent, QByteArray());
    m_checkBusy->hide();
    if (result.code == QLatin1String("cancelled")) {
        restoreDropZone();
        updateButtons();
        return;
    }
    if (!result.ok) {
        refuseDocument(result.message);
        offerFit(path, result);
        return;
    }
    acceptDocument(path, result, content);
}

void RecordWizard::acceptDocument(
    const QString& path, const PdfCheckResult& result, const QByteArray& content)
{
    DocumentUpload upload;
    upload.content = content;
    upload.originalName = QFileInfo(path).fileName();
    upload.pages = result.pages;
    upload.sharpness = result.sharpness.value_or(-1);
    upload.checkedSha256 = result.sha256; // storage refuses other bytes
    m_document = upload;
    m_dirty = true;
    m_dropZone->setFileName(upload.originalName);
    showDocument(content, upload.originalName);
    m_documentBanner->clear();
    if (result.hasWarning(QStringLiteral("blurry"))) {
        m_documentBanner->showWarning(
            tr("Dokumen tampak buram, sehingga tulisannya mungkin sulit dibaca verifikator. Sebaiknya pindai "
               "ulang dengan lebih jelas (150–300 dpi). Anda tetap dapat melanjutkan."));
    } else if (result.hasWarning(QStringLiteral("blank"))) {
        m_documentBanner->showWarning(tr("Halaman pertama dokumen tampak kosong. Pastikan file yang dipilih "
                                         "sudah benar. Anda tetap dapat melanjutkan."));
    }
    updateButtons();
    Q_EMIT documentAccepted();
}

void RecordWizard::refuseDocument(const QString& message)
{
    m_documentBanner->showError(message);
    restoreDropZone();
    updateButtons();
    Q_EMIT documentRefused(message);
}

void RecordWizard::offerFit(const QString& path, const PdfCheckResult& result)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool photo = result.code == QLatin1String("not_pdf")
        && (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")
            || suffix == QLatin1String("png"));
    if (!m_editable || (result.code != QLatin1String("too_large") && !photo))
        return;
    m_fitSource = path;
    const qint64 limit = m_runner->options().limits.maxBytes;
    if (result.code == QLatin1String("too_large") || result.bytes > limit) {
        m_fitButton->setText(tr("Perkecil otomatis"));
        m_fitButton->setToolTip(tr("Buat PDF baru di bawah %1 yang tetap tajam; file asli tidak diubah.")
                                    .arg(PdfInspector::formatSize(limit)));
    } else {
        m_fitButton->setText(tr("Jadikan PDF"));
        m_fitButton->setToolTip(tr("Jadikan foto ini PDF satu halaman A4; file asli tidak diubah."));
    }
    m_fitButton->show();
}

void RecordWizard::startFit()
{
    if (m_fitSource.isEmpty())
        return;
    PdfFitRunOptions options;
    const PdfCheckLimits& limits = m_runner->options().limits;
    options.fit.maxBytes = limits.maxBytes;
    options.fit.maxPages = limits.maxPages;
    options.fit.sharpnessThreshold = limits.sharpnessThreshold;
    options.previews = true;
    auto* dialog = new FitDialog(m_fitSource, options, this);
    dialog->setObjectName(QStringLiteral("fitDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString source = m_fitSource;
    connect(dialog, &QDialog::accepted, this, [this, dialog, source] {
        const QByteArray pdf = dialog->result().output;
        m_fitButton->hide();
        // The result is checked like any chosen file before it is taken: its bytes, no file.
        const QString name = QFileInfo(source).completeBaseName() + QStringLiteral(".pdf");
        if (m_editable && beginCheck(name))
            checkContent(name, pdf);
    });
    dialog->open();
}

void RecordWizard::restoreDropZone()
{
    const QString name = documentName();
    if (name.isEmpty())
        m_dropZone->clearFile();
    else
        m_dropZone->setFileName(name);
}

QString RecordWizard::documentName() const
{
    if (m_document)
        return m_document->originalName;
    if (m_stored)
        return m_stored->info.originalName;
    return {};
}

void RecordWizard::showDocument(const QByteArray& content, const QString& name)
{
    m_previewContent = content;
    m_preview->setDocument(content, name);
    m_previewStack->setCurrentWidget(m_preview);

    const qint64 size
        = m_document ? qint64(m_document->content.size()) : (m_stored ? m_stored->info.sizeBytes : 0);
    const int pages = m_document ? m_document->pages : (m_stored ? m_stored->info.pages : 0);
    m_documentInfo->setText(tr("Ukuran %1 · %2 halaman").arg(PdfInspector::formatSize(size)).arg(pages));
    m_documentInfo->setVisible(!name.isEmpty());
}

// ---- summary -----------------------------------------------------------------------------------

void RecordWizard::fillSummary()
{
    while (QLayoutItem* item = m_summaryGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QList<QPair<QString, QPair<QString, QString>>> entries; // key, (label, value)
    if (m_type.isSertifikasiKind)
        entries.append({QStringLiteral("jenis"), {tr("Jenis Sertifikasi"), m_type.title}});
    const QVariantMap current = values();
    for (const FieldWidgets& field : std::as_const(m_fields)) {
        const FieldSpec& spec = *field.spec;
        entries.append({spec.key, {spec.label, m_type.displayValue(spec.key, current.value(spec.key))}});
    }
    const int half = int((entries.size() + 1) / 2);
    for (int i = 0; i < entries.size(); ++i) {
        const int row = i % half;
        const int column = i < half ? 0 : 2;
        auto* label = makeLabel(entries.at(i).second.first, "summaryLabel", m_summaryTable);
        label->setTextFormat(Qt::PlainText);
        auto* value = makeLabel(entries.at(i).second.second, "summaryValue", m_summaryTable);
        value->setObjectName(QStringLiteral("summary_") + entries.at(i).first);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setMinimumWidth(165);
        m_summaryGrid->addWidget(label, row, column);
        m_summaryGrid->addWidget(value, row, column + 1);
    }
    // Fill the last cell of a shorter right column so that the table stays a rectangle.
    if (entries.size() % 2 == 1) {
        m_summaryGrid->addWidget(makeLabel(QString(), "summaryLabel", m_summaryTable), half - 1, 2);
        m_summaryGrid->addWidget(makeLabel(QString(), "summaryValue", m_summaryTable), half - 1, 3);
    }

    if (m_batchSummary) {
        m_batchSummary->setVisible(m_plan.has_value());
        if (m_plan)
            m_batchSummary->setText(m_plan->problems.isEmpty()
                    ? m_plan->summary()
                    : tr(
                        "%1 %n isian dari daftar tidak akan menerima.", nullptr, int(m_plan->problems.size()))
                          .arg(m_plan->summary()));
    }

    const QString name = documentName();
    if (name.isEmpty()) {
        m_summaryDocument->setText(tr("Belum ada dokumen."));
        m_thumbnail->clear();
        return;
    }
    const qint64 size = m_document ? qint64(m_document->content.size()) : m_stored->info.sizeBytes;
    const int pages = m_document ? m_document->pages : m_stored->info.pages;
    m_summaryDocument->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(name.toHtmlEscaped(),
                tr("Ukuran %1 · %2 halaman").arg(PdfInspector::formatSize(size)).arg(pages)));
    m_thumbnail->setDocument(m_previewContent);
}

// ---- loading ----------------------------------------------------------------------------------

void RecordWizard::presetValues(const QVariantMap& values)
{
    m_filling = true;
    for (const FieldWidgets& field : std::as_const(m_fields)) {
        if (!values.contains(field.spec->key))
            continue;
        setValueOf(field, values.value(field.spec->key));
        field.input->setEnabled(false);
        m_touched.insert(field.spec->key);
    }
    m_filling = false;
    runValidation();
}

void RecordWizard::loadRecord(qint64 recordId)
{
    pushBusy(tr("Memuat riwayat…"));
    runDb(
        m_db, this,
        [db = m_db, session = m_session, recordId] { return RecordService(db).get(session, recordId); },
        [this](Result<RecordDetail> result) {
            popBusy();
            if (!result) {
                m_banner->showError(result.error().message);
                Q_EMIT loadFailed(result.error().message);
                return;
            }
            applyRecord(result.value());
        });
}

void RecordWizard::applyRecord(const RecordDetail& detail)
{
    const RecordSummary& summary = detail.summary;
    if (summary.typeCode != m_type.code) {
        const QString message = tr("Riwayat ini bukan %1.").arg(m_type.title);
        m_banner->showError(message);
        Q_EMIT loadFailed(message);
        return;
    }
    m_recordId = summary.id;
    m_version = summary.version;
    m_status = summary.status;
    m_editable = ownerMayEdit(summary.status);

    m_filling = true;
    for (const FieldWidgets& field : std::as_const(m_fields))
        setValueOf(field, detail.values.value(field.spec->key));
    m_filling = false;
    m_autoFilled.clear();
    for (const FieldWidgets& field : std::as_const(m_fields))
        m_touched.insert(field.spec->key);
    m_showAllIssues = true;

    // Who sent it back, when, and why.
    QString decided;
    if (summary.decidedAt.isValid()) {
        const auto nip = Nip::parse(summary.decidedByNip);
        const QString who = summary.decidedByNip.isEmpty()
            ? tr("verifikator")
            : tr("verifikator (NIP %1)").arg(nip ? nip->grouped() : summary.decidedByNip);
        decided = tr(" pada %1 pukul %2 oleh %3")
                      .arg(indonesianDate(summary.decidedAt.toLocalTime().date()),
                          summary.decidedAt.toLocalTime().toString(QStringLiteral("HH.mm")), who);
    }
    const QString note = summary.note.trimmed().isEmpty() ? tr("(tanpa catatan)") : summary.note.trimmed();
    if (summary.status == SubmissionStatus::PerluPerbaikan) {
        m_subtitle->setText(
            tr("Perbaiki isian atau dokumen sesuai catatan verifikator, lalu kirim kembali."));
        m_noteBanner->showWarning(tr("Dikembalikan untuk perbaikan%1.\nCatatan: %2").arg(decided, note));
    } else if (summary.status == SubmissionStatus::Draf) {
        m_subtitle->setText(tr("Melanjutkan draf yang tersimpan. Lengkapi data dan dokumen, lalu kirim."));
        if (!summary.note.trimmed().isEmpty())
            m_noteBanner->showWarning(tr("Catatan verifikator sebelumnya%1:\n%2").arg(decided, note));
    } else {
        if (summary.status == SubmissionStatus::Ditolak)
            m_noteBanner->showError(tr("Ditolak%1.\nAlasan: %2").arg(decided, note));
        m_banner->showInfo(tr("Riwayat ini berstatus %1 dan tidak dapat diubah lagi.")
                               .arg(statusDisplayName(summary.status)));
    }
    for (const FieldWidgets& field : std::as_const(m_fields))
        field.row->setEnabled(m_editable);
    m_dropZone->setEnabled(m_editable);

    m_document.reset();
    m_stored.reset();
    if (summary.document.id > 0) {
        StoredDocument stored;
        stored.info = summary.document;
        m_stored = stored;
        m_dropZone->setFileName(stored.info.originalName);
        m_documentInfo->setText(tr("Ukuran %1 · %2 halaman")
                                    .arg(PdfInspector::formatSize(stored.info.sizeBytes))
                                    .arg(stored.info.pages));
        m_documentInfo->show();
        const qint64 documentId = summary.document.id;
        runDb(
            m_db, this,
            [db = m_db, session = m_session, documentId] {
                return RecordService(db).documentContent(session, documentId);
            },
            [this, documentId](Result<QByteArray> content) {
                if (!m_stored || m_stored->info.id != documentId || m_document)
                    return; // replaced meanwhile
                if (!content) {
                    m_documentBanner->showError(content.error().message);
                    return;
                }
                m_stored->content = content.value();
                showDocument(content.value(), m_stored->info.originalName);
            });
    } else {
        m_dropZone->clearFile();
        m_documentInfo->hide();
        m_preview->clear();
        m_previewStack->setCurrentIndex(0);
    }

    m_dirty = false;
    m_contextStale = true;
    runValidation();
    refreshContext();
    setStep(DataStep);
    Q_EMIT recordLoaded(m_recordId);
}

// ---- busy state and buttons -------------------------------------------------------------------

void RecordWizard::pushBusy(const QString& text)
{
    ++m_busy;
    m_busyText->setText(text);
    m_busyBar->show();
    updateButtons();
}

void RecordWizard::popBusy()
{
    m_busy = std::max(0, m_busy - 1);
    if (m_busy == 0) {
        m_busyText->clear();
        m_busyBar->hide();
    }
    updateButtons();
}

void RecordWizard::updateButtons()
{
    const int step = currentStep();
    const bool idle = !isBusy();
    m_backButton->setVisible(step != DataStep);
    m_backButton->setEnabled(idle);
    m_nextButton->setVisible(step != SummaryStep);
    m_nextButton->setEnabled(idle && m_editable);
    m_submitButton->setVisible(step == SummaryStep);
    m_submitButton->setEnabled(idle && m_editable && m_declaration->isChecked());
    m_submitButton->setToolTip(m_declaration->isChecked()
            ? QString()
            : tr("Centang pernyataan \"Saya menyatakan bahwa data yang saya input benar\" untuk dapat "
                 "mengirim"));
    m_draftButton->setEnabled(idle && m_editable);
    m_draftButton->setVisible(m_mode == Mode::Single && m_type.allowsDraft);
    m_declaration->setEnabled(m_editable);
    m_cancelButton->setText(m_editable ? tr("Batal") : tr("Tutup"));
}

// ---- keyboard and calendar conveniences for the empty dates and years --------------------------

bool RecordWizard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show) {
        // The calendar of an empty date opens on this month, not on its "empty" minimum.
        if (auto* calendar = qobject_cast<QCalendarWidget*>(watched)) {
            auto* edit = qobject_cast<QDateEdit*>(calendar->property("karierDateEdit").value<QObject*>());
            if (edit && edit->date() == emptyDate()) {
                const QDate today = m_context.today.isValid() ? m_context.today : QDate::currentDate();
                calendar->setCurrentPage(today.year(), today.month());
            }
        }
    } else if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool digit = key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9;
        const bool step = key->key() == Qt::Key_Up || key->key() == Qt::Key_Down
            || key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown;
        if (auto* edit = qobject_cast<QDateEdit*>(watched); edit && edit->date() == emptyDate()) {
            // Typing into an empty date starts from today instead of the hidden minimum.
            if (digit || step) {
                const QDate today = m_context.today.isValid() ? m_context.today : QDate::currentDate();
                edit->setDate(today);
                edit->setSelectedSection(QDateTimeEdit::DaySection);
                return step;
            }
        } else if (auto* spin = qobject_cast<QSpinBox*>(watched);
                   spin && step && spin->value() == spin->minimum()) {
            // Up in an empty year starts from this year.
            const QDate today = m_context.today.isValid() ? m_context.today : QDate::currentDate();
            spin->setValue(today.year());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace karier
