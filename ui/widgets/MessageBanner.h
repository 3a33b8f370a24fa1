// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace karier {

/// An inline message above a form: a tinted, rounded box with an icon and word-wrapped text.
/// Hidden while it has no text. Errors from core are shown as they are.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Info, Success };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void showError(const QString& text) { showMessage(Kind::Error, text); }
    void showWarning(const QString& text) { showMessage(Kind::Warning, text); }
    void showInfo(const QString& text) { showMessage(Kind::Info, text); }
    void showSuccess(const QString& text) { showMessage(Kind::Success, text); }
    /// Empties and hides the banner.
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;
    bool isEmpty() const { return text().isEmpty(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyKind();

    Kind m_kind = Kind::Info;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace karier
