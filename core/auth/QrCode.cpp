// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/QrCode.h"

#include <memory>
#include <qrencode.h>
#include <utility>

namespace karier {

QrCode::QrCode(int size, std::vector<bool> modules) : m_size(size), m_modules(std::move(modules))
{ }

std::optional<QrCode> QrCode::encode(const QByteArray& text)
{
    if (text.isEmpty())
        return std::nullopt;
    // Version 0: the smallest version that holds the data.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
        QRcode_encodeData(static_cast<int>(text.size()),
            reinterpret_cast<const unsigned char*>(text.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!qr || qr->width <= 0)
        return std::nullopt;

    const int size = qr->width;
    std::vector<bool> modules(static_cast<size_t>(size) * static_cast<size_t>(size));
    for (size_t i = 0; i < modules.size(); ++i)
        modules[i] = (qr->data[i] & 0x01) != 0; // bit 0: dark module
    return QrCode(size, std::move(modules));
}

bool QrCode::module(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules[static_cast<size_t>(y) * static_cast<size_t>(m_size) + static_cast<size_t>(x)];
}

} // namespace karier
