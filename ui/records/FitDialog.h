// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/PdfFitResult.h"
#include "documents/PdfFitRunner.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace karier {

class MessageBanner;

/// "Perkecil otomatis" for the Unggah Dokumen step: fits the chosen file in a child process
/// (PdfFitRunner) with a progress bar and Batal, then shows the original and the result side by
/// side — page 1, size, pages, sharpness — and lets the user choose. "Gunakan hasil" accepts the
/// dialog (result().output holds the new PDF); Batal or Tutup rejects it. The original file is only
/// read. When no setting fits without going blurry it says so plainly and suggests scanning at
/// 150–200 dpi in greyscale.
///
/// Object names for tests: fitProgress, fitProgressText, fitCancelButton, fitBanner, fitBeforeImage,
/// fitAfterImage, fitBeforeFacts, fitAfterFacts, fitUseButton, fitCloseButton.
class FitDialog : public QDialog
{
    Q_OBJECT

public:
    FitDialog(const QString& filePath, const PdfFitRunOptions& options, QWidget* parent = nullptr);
    ~FitDialog() override;

    /// Starts fitting (once); called by showEvent, callable earlier.
    void start();
    bool isRunning() const;
    /// Valid once finished() was emitted.
    const PdfFitResult& result() const { return m_result; }

Q_SIGNALS:
    /// The child has ended (fitted, could not fit, refused or cancelled).
    void fitFinished(const karier::PdfFitResult& result);

public Q_SLOTS:
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onFinished(const PdfFitResult& result);
    QWidget* createProgressPage();
    QWidget* createResultPage();

    QString m_filePath;
    PdfFitRunner* m_runner = nullptr;
    PdfFitResult m_result;
    bool m_started = false;

    QStackedWidget* m_pages = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QPushButton* m_cancelButton = nullptr;
    MessageBanner* m_banner = nullptr;
    QLabel* m_beforeImage = nullptr;
    QLabel* m_afterImage = nullptr;
    QLabel* m_beforeFacts = nullptr;
    QLabel* m_afterFacts = nullptr;
    QWidget* m_comparison = nullptr;
    QPushButton* m_useButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace karier
