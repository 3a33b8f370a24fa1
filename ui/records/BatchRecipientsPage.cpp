// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/BatchRecipientsPage.h"

#include "common/Async.h"
#include "common/DialogStyle.h"
#include "common/Interaction.h"
#include "domain/Nip.h"
#include "org/Organisation.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace karier {

namespace {

constexpr int SearchLimit = 200;
constexpr qint64 MaxListFileBytes = 16 * 1024 * 1024;

/// A read-only table; the column \a shared and the last share what the others (sized to their contents)
/// leave, so that a long unit name or reason never pushes a column out of sight (their cells elide and
/// show the whole text as tooltip).
QTableWidget* makeTable(const QStringList& headers, int shared, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(shared, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::Stretch);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(cells.at(column));
        table->setItem(row, column, item);
    }
}

} // namespace

BatchRecipientsPage::BatchRecipientsPage(std::shared_ptr<Database> db, QWidget* parent)
    : QWidget(parent), m_db(std::move(db))
{
    // Left: find employees and tick them.
    auto* pickTitle = DialogStyle::makeLabel(tr("Cari dan centang pegawai"), "heading", this);
    QFont bold = pickTitle->font();
    bold.setBold(true);
    pickTitle->setFont(bold);
    m_induk = new QComboBox(this);
    m_induk->setObjectName(QStringLiteral("indukFilter"));
    m_induk->addItem(tr("Semua Perangkat Daerah"), qint64(0));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("employeeSearch"));
    m_search->setPlaceholderText(tr("Nama atau NIP"));
    m_search->setClearButtonEnabled(true);
    m_employees = new QListWidget(this);
    m_employees->setObjectName(QStringLiteral("employeeList"));
    m_employees->setAlternatingRowColors(true);
    // Long names and unit names wrap within the column (no sideways scrolling at 1000 px).
    m_employees->setWordWrap(true);
    m_employees->setResizeMode(QListView::Adjust);
    m_employees->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_searchInfo = DialogStyle::makeLabel(QString(), "hint", this);
    m_searchInfo->setObjectName(QStringLiteral("searchInfo"));
    m_addChecked = DialogStyle::makeButton(
        tr("Tambahkan yang dicentang"), QStringLiteral("addCheckedButton"), false, this);
    auto* checkAll
        = DialogStyle::makeButton(tr("Centang semua"), QStringLiteral("checkAllButton"), false, this);

    // Right: the NIP list that is used, pasted or loaded.
    auto* listTitle = DialogStyle::makeLabel(tr("Daftar NIP penerima"), "heading", this);
    listTitle->setFont(bold);
    auto* listHint = DialogStyle::makeLabel(
        tr("Tempel NIP dari lembar kerja (satu per baris, atau dipisah koma), atau muat file CSV "
           "yang memiliki kolom NIP."),
        "hint", this);
    m_nipList = new QPlainTextEdit(this);
    m_nipList->setObjectName(QStringLiteral("nipList"));
    m_nipList->setPlaceholderText(tr("contoh:\n19850315 201001 2 002\n198007122005011003"));
    m_nipList->setTabChangesFocus(true);
    m_nipCount = DialogStyle::makeLabel(QString(), "hint", this);
    m_nipCount->setObjectName(QStringLiteral("nipCount"));
    auto* loadCsv = DialogStyle::makeButton(tr("Muat CSV…"), QStringLiteral("loadCsvButton"), false, this);
    auto* clearList
        = DialogStyle::makeButton(tr("Kosongkan"), QStringLiteral("clearListButton"), false, this);

    // Below: what prepare() found.
    m_planSummary = DialogStyle::makeLabel(
        tr("Klik Selanjutnya untuk memeriksa daftar: setiap NIP dicocokkan dengan data pegawai."), "hint",
        this);
    m_planSummary->setObjectName(QStringLiteral("planSummary"));
    m_planSummary->setTextFormat(Qt::PlainText);
    m_recipients = makeTable({tr("NIP"), tr("Nama"), tr("Unit Kerja"), tr("Peringatan")}, 2,
        QStringLiteral("recipientTable"), this);
    m_problems = makeTable({tr("Baris"), tr("Isian"), tr("Nama"), tr("Tidak menerima karena")}, 2,
        QStringLiteral("problemTable"), this);
    m_recipients->hide();
    m_problems->hide();

    auto* pickButtons = new QHBoxLayout;
    pickButtons->addWidget(checkAll);
    pickButtons->addStretch(1);
    pickButtons->addWidget(m_addChecked);
    auto* pick = new QVBoxLayout;
    pick->setSpacing(8);
    pick->addWidget(pickTitle);
    pick->addWidget(m_induk);
    pick->addWidget(m_search);
    pick->addWidget(m_employees, 1);
    pick->addWidget(m_searchInfo);
    pick->addLayout(pickButtons);

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_nipCount, 1);
    listButtons->addWidget(clearList);
    listButtons->addWidget(loadCsv);
    auto* list = new QVBoxLayout;
    list->setSpacing(8);
    list->addWidget(listTitle);
    list->addWidget(listHint);
    list->addWidget(m_nipList, 1);
    list->addLayout(listButtons);

    auto* top = new QHBoxLayout;
    top->setSpacing(20);
    top->addLayout(pick, 1);
    top->addLayout(list, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(top, 3);
    layout->addWidget(m_planSummary);
    layout->addWidget(m_recipients, 2);
    layout->addWidget(m_problems, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &BatchRecipientsPage::search);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_induk, &QComboBox::currentIndexChanged, this, &BatchRecipientsPage::search);
    connect(m_addChecked, &QPushButton::clicked, this, &BatchRecipientsPage::addChecked);
    connect(checkAll, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_employees->count(); ++i)
            m_employees->item(i)->setCheckState(Qt::Checked);
    });
    connect(clearList, &QPushButton::clicked, m_nipList, &QPlainTextEdit::clear);
    connect(loadCsv, &QPushButton::clicked, this, [this] {
        const QString path = Interaction::current().openFileName(
            this, {tr("Muat daftar NIP"), documentsFolder(), tr("Daftar NIP (*.csv *.txt);;Semua file (*)")});
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(m_nipList, &QPlainTextEdit::textChanged, this, [this] {
        const qsizetype n = entries().size();
        m_nipCount->setText(n == 0 ? tr("Belum ada NIP.") : tr("%1 isian dalam daftar").arg(n));
        clearPlan();
        Q_EMIT entriesChanged();
    });
    m_nipCount->setText(tr("Belum ada NIP."));

    runDb(
        m_db, this, [db = m_db] { return Organisation(db).indukUnits(); },
        [this](Result<QList<OrgUnit>> units) {
            if (!units)
                return;
            const QSignalBlocker blocker(m_induk);
            for (const OrgUnit& unit : units.value())
                m_induk->addItem(unit.name, unit.id);
        });
    search();
}

QList<NipEntry> BatchRecipientsPage::entries() const
{
    return BatchService::parseNipList(m_nipList->toPlainText());
}

void BatchRecipientsPage::addNips(const QStringList& nips)
{
    QSet<QString> present;
    for (const NipEntry& entry : entries()) {
        QString digits = entry.text;
        digits.remove(QLatin1Char(' '));
        present.insert(digits);
    }
    QStringList lines;
    for (const QString& nip : nips) {
        QString digits = nip;
        digits.remove(QLatin1Char(' '));
        if (present.contains(digits))
            continue;
        present.insert(digits);
        lines << nip;
    }
    if (lines.isEmpty())
        return;
    QString text = m_nipList->toPlainText();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    m_nipList->setPlainText(text + lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void BatchRecipientsPage::loadFile(const QString& path)
{
    struct Loaded
    {
        QStringList nips;
        QString error;
    };
    runCpu(
        this,
        [path] {
            Loaded loaded;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                loaded.error = tr("File %1 tidak dapat dibuka: %2")
                                   .arg(QFileInfo(path).fileName(), file.errorString());
                return loaded;
            }
            if (file.size() > MaxListFileBytes) {
                loaded.error
                    = tr("File %1 terlalu besar untuk sebuah daftar NIP.").arg(QFileInfo(path).fileName());
                return loaded;
            }
            const QString text = QString::fromUtf8(file.readAll());
            if (text.contains(QChar::ReplacementCharacter)) {
                loaded.error
                    = tr("File %1 bukan teks UTF-8. Simpan ulang sebagai CSV UTF-8 dari lembar kerja.")
                          .arg(QFileInfo(path).fileName());
                return loaded;
            }
            for (const NipEntry& entry : BatchService::parseNipList(text))
                loaded.nips << entry.text;
            return loaded;
        },
        [this](Loaded loaded) {
            if (!loaded.error.isEmpty()) {
                Q_EMIT fileFailed(loaded.error);
                return;
            }
            addNips(loaded.nips);
            Q_EMIT fileLoaded(int(loaded.nips.size()));
        });
}

void BatchRecipientsPage::search()
{
    m_searchTimer->stop();
    m_searching = true;
    const int generation = ++m_searchGeneration;
    runDb(
        m_db, this,
        [db = m_db, text = m_search->text(), induk = m_induk->currentData().toLongLong()] {
            return Organisation(db).searchEmployees(text, induk, SearchLimit + 1);
        },
        [this, generation](Result<QList<Employee>> found) {
            if (generation != m_searchGeneration)
                return;
            m_searching = false;
            m_employees->clear();
            if (!found) {
                m_searchInfo->setText(found.error().message);
                Q_EMIT searchFinished();
                return;
            }
            const qsizetype shown = std::min<qsizetype>(found->size(), SearchLimit);
            for (qsizetype i = 0; i < shown; ++i) {
                const Employee& e = found->at(i);
                auto* item = new QListWidgetItem(
                    QStringLiteral("%1 — %2\n%3").arg(e.displayName(), Nip::groupedOrAsIs(e.nip), e.unitName),
                    m_employees);
                item->setData(Qt::UserRole, e.nip);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            if (found->isEmpty())
                m_searchInfo->setText(tr("Tidak ada pegawai yang cocok."));
            else if (found->size() > SearchLimit)
                m_searchInfo->setText(
                    tr("Menampilkan %1 pegawai pertama; persempit pencarian.").arg(SearchLimit));
            else
                m_searchInfo->setText(tr("%n pegawai", nullptr, int(found->size())));
            Q_EMIT searchFinished();
        });
}

void BatchRecipientsPage::addChecked()
{
    QStringList nips;
    for (int i = 0; i < m_employees->count(); ++i) {
        QListWidgetItem* item = m_employees->item(i);
        if (item->checkState() == Qt::Checked) {
            nips << item->data(Qt::UserRole).toString();
            item->setCheckState(Qt::Unchecked);
        }
    }
    addNips(nips);
}

void BatchRecipientsPage::showPlan(const BatchPlan& plan)
{
    QString text = plan.summary();
    if (!plan.problems.isEmpty())
        text += QLatin1Char(' ')
            + tr("%n isian tidak akan menerima; lihat alasannya di tabel bawah.", nullptr,
                int(plan.problems.size()));
    m_planSummary->setText(text);

    m_recipients->setRowCount(int(plan.recipients.size()));
    for (int row = 0; row < plan.recipients.size(); ++row) {
        const BatchRecipient& r = plan.recipients.at(row);
        setRow(m_recipients, row,
            {Nip::groupedOrAsIs(r.nip), r.name, r.unitName, r.warnings.join(QLatin1Char(' '))});
    }
    m_recipients->setVisible(!plan.recipients.isEmpty());

    m_problems->setRowCount(int(plan.problems.size()));
    for (int row = 0; row < plan.problems.size(); ++row) {
        const BatchProblem& p = plan.problems.at(row);
        setRow(m_problems, row,
            {p.entry.line > 0 ? QString::number(p.entry.line) : QString(), p.entry.text, p.name, p.reason});
    }
    m_problems->setVisible(!plan.problems.isEmpty());
}

void BatchRecipientsPage::clearPlan()
{
    m_planSummary->setText(
        tr("Klik Selanjutnya untuk memeriksa daftar: setiap NIP dicocokkan dengan data pegawai."));
    m_recipients->setRowCount(0);
    m_problems->setRowCount(0);
    m_recipients->hide();
    m_problems->hide();
}

} // namespace karier
