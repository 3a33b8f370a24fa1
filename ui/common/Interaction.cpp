// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Interaction.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace karier {

namespace {

std::unique_ptr<Interaction>& installed()
{
    static std::unique_ptr<Interaction> interaction;
    return interaction;
}

/// The file dialog's words (Qt has no Indonesian translation of its own).
class FileDialogTexts
{
    Q_DECLARE_TR_FUNCTIONS(karier::Interaction)
};

/// One small dialog for questions and notices: icon, text, buttons right-aligned (Batal, Ya).
/// The default button (Enter) is Ya, or Batal with \a defaultNo.
bool showDialog(QWidget* parent, QStyle::StandardPixmap iconKind, const QString& title, const QString& text,
    const QString& yesText, const QString& noText, bool defaultNo = false)
{
    QDialog box(parent);
    box.setObjectName(QStringLiteral("confirmDialog"));
    box.setWindowTitle(title);
    QStyle* style = box.style();
    auto* icon = new QLabel(&box);
    icon->setPixmap(style->standardIcon(iconKind, nullptr, &box).pixmap(32, 32));
    auto* label = new QLabel(text, &box);
    label->setObjectName(QStringLiteral("confirmText"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // a link to copy, a message to quote
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.05);
    label->setFont(font);
    // As wide as its longest line (within 280..460 px): a history or a list keeps one entry a line where
    // it can, instead of the narrow column a wrapped label picks by itself; the title too, which the
    // window manager shortens in a narrower window.
    int widest = label->fontMetrics().horizontalAdvance(title);
    for (const QString& line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, label->fontMetrics().horizontalAdvance(line));
    label->setMinimumWidth(std::clamp(widest + 2, 280, 460));
    label->setMaximumWidth(460);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addStretch(1);
    QPushButton* no = nullptr;
    if (!noText.isEmpty()) {
        no = new QPushButton(noText, &box);
        no->setObjectName(QStringLiteral("confirmNoButton"));
        no->setAutoDefault(false);
        QObject::connect(no, &QPushButton::clicked, &box, &QDialog::reject);
        buttons->addWidget(no);
    }
    auto* yes = new QPushButton(yesText, &box);
    yes->setObjectName(QStringLiteral("confirmYesButton"));
    yes->setProperty("primary", !(defaultNo && no));
    yes->setAutoDefault(false);
    yes->setDefault(!(defaultNo && no));
    if (defaultNo && no)
        no->setDefault(true);
    QObject::connect(yes, &QPushButton::clicked, &box, &QDialog::accept);
    buttons->addWidget(yes);

    auto* top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(label, 1);
    auto* layout = new QVBoxLayout(&box);
    layout->setContentsMargins(22, 20, 22, 16);
    layout->setSpacing(20);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->addLayout(top);
    layout->addLayout(buttons);
    (defaultNo && no ? no : yes)->setFocus();
    return box.exec() == QDialog::Accepted;
}

/// Qt's file dialog with its labels in the program's language (Qt has no Indonesian translation); a
/// platform's own dialog, where there is one, speaks the desktop's language.
QString runFileDialog(QWidget* parent, const Interaction::FileRequest& request, QFileDialog::AcceptMode mode)
{
    QFileDialog dialog(parent, request.caption, request.start, request.filter);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    if (!request.confirmOverwrite)
        dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.setLabelText(QFileDialog::LookIn, FileDialogTexts::tr("Lihat di:"));
    dialog.setLabelText(QFileDialog::FileName, FileDialogTexts::tr("Nama berkas:"));
    dialog.setLabelText(QFileDialog::FileType, FileDialogTexts::tr("Jenis berkas:"));
    dialog.setLabelText(QFileDialog::Accept,
        mode == QFileDialog::AcceptOpen ? FileDialogTexts::tr("Buka") : FileDialogTexts::tr("Simpan"));
    dialog.setLabelText(QFileDialog::Reject, FileDialogTexts::tr("Batal"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace

Interaction& Interaction::current()
{
    std::unique_ptr<Interaction>& interaction = installed();
    if (!interaction)
        interaction = std::make_unique<DialogInteraction>();
    return *interaction;
}

void Interaction::install(std::unique_ptr<Interaction> interaction)
{
    installed() = std::move(interaction);
}

bool DialogInteraction::ask(
    QWidget* parent, const QString& title, const QString& text, const QString& yesText, const QString& noText)
{
    return showDialog(parent, QStyle::SP_MessageBoxQuestion, title, text, yesText, noText);
}

bool DialogInteraction::askDefaultNo(
    QWidget* parent, const QString& title, const QString& text, const QString& yesText, const QString& noText)
{
    return showDialog(parent, QStyle::SP_MessageBoxQuestion, title, text, yesText, noText, true);
}

void DialogInteraction::inform(
    QWidget* parent, const QString& title, const QString& text, const QString& okText)
{
    showDialog(parent, QStyle::SP_MessageBoxInformation, title, text, okText, QString());
}

QString DialogInteraction::openFileName(QWidget* parent, const FileRequest& request)
{
    return runFileDialog(parent, request, QFileDialog::AcceptOpen);
}

QString DialogInteraction::saveFileName(QWidget* parent, const FileRequest& request)
{
    return runFileDialog(parent, request, QFileDialog::AcceptSave);
}

bool DialogInteraction::openUrl(const QUrl& url)
{
    return QDesktopServices::openUrl(url);
}

bool DialogInteraction::choosePrinter(QWidget* parent, QPrinter& printer, const QString& caption)
{
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(caption);
    dialog.setOption(QAbstractPrintDialog::PrintToFile, true);
    return dialog.exec() == QDialog::Accepted;
}

bool openLinkOrExplain(QWidget* parent, const QUrl& url)
{
    if (Interaction::current().openUrl(url))
        return true;
    Interaction::current().inform(parent, FileDialogTexts::tr("Tautan tidak dapat dibuka"),
        FileDialogTexts::tr("Tidak ada peramban (browser) yang dapat dibuka di komputer ini. Salin tautan "
                            "berikut lalu buka di peramban:\n\n%1")
            .arg(url.toString()),
        FileDialogTexts::tr("Tutup"));
    return false;
}

} // namespace karier
