// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/FitDialog.h"

#include "common/DialogStyle.h"
#include "documents/PdfInspector.h"
#include "widgets/MessageBanner.h"

#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <cmath>

namespace karier {

namespace {

constexpr int PreviewWidth = 260;
constexpr int PreviewHeight = 340;

QLabel* previewLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignCenter);
    label->setFixedSize(PreviewWidth, PreviewHeight);
    label->setProperty("role", QStringLiteral("fitPreview"));
    return label;
}

void showPicture(QLabel* label, const QImage& image)
{
    if (image.isNull()) {
        label->setText(FitDialog::tr("Pratinjau tidak tersedia"));
        return;
    }
    const qreal ratio = label->devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(image.scaled(
        QSize(PreviewWidth - 8, PreviewHeight - 8) * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    label->setPixmap(pixmap);
}

} // namespace

FitDialog::FitDialog(const QString& filePath, const PdfFitRunOptions& options, QWidget* parent)
    : QDialog(parent), m_filePath(filePath), m_runner(new PdfFitRunner(this))
{
    setWindowTitle(tr("Perkecil otomatis"));
    setModal(true);
    m_runner->setOptions(options);
    connect(m_runner, &PdfFitRunner::progress, this,
        [this](double fraction) { m_progress->setValue(int(std::lround(fraction * 100.0))); });
    connect(m_runner, &PdfFitRunner::finished, this, &FitDialog::onFinished);

    auto* title = DialogStyle::makeHeading(tr("Perkecil otomatis"), this);
    auto* file = DialogStyle::makeLabel(
        tr("Dokumen: %1. File asli tidak diubah.").arg(QFileInfo(filePath).fileName()), "hint", this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createProgressPage());
    m_pages->addWidget(createResultPage());

    m_useButton = DialogStyle::makeButton(tr("Gunakan hasil"), QStringLiteral("fitUseButton"), true, this);
    m_useButton->hide();
    connect(m_useButton, &QPushButton::clicked, this, &QDialog::accept);
    m_closeButton = DialogStyle::makeButton(tr("Batal"), QStringLiteral("fitCloseButton"), false, this);
    m_closeButton->hide();
    connect(m_closeButton, &QPushButton::clicked, this, &FitDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    buttons->addWidget(m_useButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(file);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    setMinimumWidth(620);
}

FitDialog::~FitDialog() = default;

QWidget* FitDialog::createProgressPage()
{
    auto* page = new QWidget(this);
    m_progressText = DialogStyle::makeLabel(
        tr("Menggambar ulang tiap halaman dan mencari ukuran terkecil yang tetap tajam…"), "hint", page);
    m_progressText->setObjectName(QStringLiteral("fitProgressText"));
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("fitProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_cancelButton = new QPushButton(tr("Batal"), page);
    m_cancelButton->setObjectName(QStringLiteral("fitCancelButton"));
    m_cancelButton->setToolTip(tr("Hentikan perkecil otomatis"));
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_runner->isRunning())
            m_runner->cancel();
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 12, 0, 12);
    layout->addWidget(m_progressText);
    layout->addLayout(row);
    layout->addStretch(1);
    return page;
}

QWidget* FitDialog::createResultPage()
{
    auto* page = new QWidget(this);
    m_banner = new MessageBanner(page);
    m_banner->setObjectName(QStringLiteral("fitBanner"));

    const auto column = [page](const QString& heading, QLabel*& image, QLabel*& facts, const QString& name) {
        auto* box = new QWidget(page);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(6);
        auto* title = DialogStyle::makeLabel(heading, "formLabel", box);
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        image = previewLabel(box, QStringLiteral("fit%1Image").arg(name));
        facts = DialogStyle::makeLabel(QString(), "hint", box);
        facts->setObjectName(QStringLiteral("fit%1Facts").arg(name));
        facts->setTextFormat(Qt::PlainText);
        layout->addWidget(title);
        layout->addWidget(image);
        layout->addWidget(facts);
        layout->addStretch(1);
        return box;
    };
    m_comparison = new QWidget(page);
    auto* sideBySide = new QHBoxLayout(m_comparison);
    sideBySide->setContentsMargins(0, 0, 0, 0);
    sideBySide->setSpacing(20);
    sideBySide->addWidget(column(tr("Asli"), m_beforeImage, m_beforeFacts, QStringLiteral("Before")));
    sideBySide->addWidget(
        column(tr("Hasil perkecil otomatis"), m_afterImage, m_afterFacts, QStringLiteral("After")));
    sideBySide->addStretch(1);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_banner);
    layout->addWidget(m_comparison);
    layout->addStretch(1);
    return page;
}

void FitDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    start();
}

void FitDialog::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_runner->start(m_filePath)) {
        PdfFitResult failed;
        failed.file = m_filePath;
        failed.code = QStringLiteral("helper_failed");
        failed.message = tr("Perkecil otomatis tidak dapat dimulai. Coba lagi.");
        onFinished(failed);
    }
}

bool FitDialog::isRunning() const
{
    return m_runner->isRunning();
}

void FitDialog::reject()
{
    if (m_runner->isRunning())
        m_runner->cancel(); // onFinished follows at once
    QDialog::reject();
}

void FitDialog::onFinished(const PdfFitResult& result)
{
    m_result = result;
    m_pages->setCurrentIndex(1);
    m_closeButton->show();
    if (result.ok && result.code == QLatin1String("fitted")) {
        m_comparison->show();
        showPicture(m_beforeImage, result.previewBefore);
        showPicture(m_afterImage, result.previewAfter);
        const int keptPercent
            = result.sharpnessKept ? int(std::lround(std::min(*result.sharpnessKept, 1.0) * 100.0)) : -1;
        // Sharpness in words, judged as the upload's blur check judges it (one measure, one threshold).
        const double threshold = m_runner->options().fit.sharpnessThreshold;
        m_beforeFacts->setText(tr("Ukuran: %1\nHalaman: %2\nKetajaman: %3")
                                   .arg(PdfInspector::formatSize(result.inputBytes))
                                   .arg(result.pages)
                                   .arg(PdfInspector::sharpnessWord(result.sharpnessBefore, threshold)));
        QString after = tr("Ukuran: %1\nHalaman: %2\nKetajaman: %3")
                            .arg(PdfInspector::formatSize(result.outputBytes))
                            .arg(result.pages)
                            .arg(PdfInspector::sharpnessWord(result.sharpnessAfter, threshold));
        if (keptPercent >= 0)
            after += tr(" (%1 % dari aslinya)").arg(keptPercent);
        m_afterFacts->setText(after);
        const bool blurry = result.sharpnessAfter
            && PdfInspector::sharpnessLevel(*result.sharpnessAfter, threshold) == SharpnessLevel::Buram;
        const QString size = PdfInspector::formatSize(result.outputBytes);
        const QString limit = PdfInspector::formatSize(m_runner->options().fit.maxBytes);
        const QString compare = tr("Bandingkan keduanya, lalu pilih \"Gunakan hasil\" atau \"Batal\".");
        if (blurry)
            m_banner->showWarning(
                tr("Hasilnya %1, di bawah batas %2, tetapi tampak buram seperti aslinya. %3")
                    .arg(size, limit, compare));
        else
            m_banner->showSuccess(tr("Hasilnya %1, di bawah batas %2, dan cukup tajam untuk diverifikasi. %3")
                                      .arg(size, limit, compare));
        m_useButton->show();
        m_useButton->setFocus();
        m_closeButton->setText(tr("Batal"));
    } else {
        m_comparison->hide();
        m_useButton->hide();
        m_closeButton->setText(tr("Tutup"));
        if (result.code == QLatin1String("cannot_fit"))
            m_banner->showError(tr("Dokumen ini tidak dapat diperkecil sampai %1 tanpa menjadi buram. Pindai "
                                   "ulang dokumennya dengan resolusi 150–200 dpi dalam mode hitam-putih "
                                   "(grayscale), lalu unggah hasil pindaian itu.")
                                    .arg(PdfInspector::formatSize(m_runner->options().fit.maxBytes)));
        else if (result.code == QLatin1String("cancelled"))
            m_banner->showInfo(tr("Perkecil otomatis dibatalkan. File asli tidak diubah."));
        else if (result.ok)
            m_banner->showInfo(result.message);
        else
            m_banner->showError(result.message);
    }
    Q_EMIT fitFinished(result);
}

} // namespace karier
