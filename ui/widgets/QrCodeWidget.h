// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/QrCode.h"

#include <QWidget>
#include <optional>

namespace karier {

/// Paints a QR code: black square modules on white with a quiet zone of four modules, scaled to
/// the widget (whole pixels per module whenever possible, so scanners see crisp edges).
class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int QuietZone = 4;
    static constexpr int MinimumExtent = 200;

    explicit QrCodeWidget(QWidget* parent = nullptr);

    /// Encodes \a text; returns false (and shows nothing) when it cannot be encoded.
    bool setText(const QByteArray& text);
    void setCode(std::optional<QrCode> code);
    void clear() { setCode(std::nullopt); }

    bool hasCode() const { return m_code.has_value(); }
    const std::optional<QrCode>& code() const { return m_code; }
    /// The area of the painted code (quiet zone included) for the current size.
    QRect codeRect() const;
    /// The smallest size (at least MinimumExtent) at which every module is a whole number of pixels.
    int preferredExtent() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<QrCode> m_code;
};

} // namespace karier
