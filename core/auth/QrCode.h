// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <optional>
#include <vector>

namespace karier {

/// A QR code as a square grid of modules (libqrencode, 8-bit mode, error correction level M),
/// e.g. for a TOTP provisioning URI. The UI paints it; no quiet zone is included.
class QrCode
{
public:
    /// std::nullopt for empty input or input too long for a QR code.
    static std::optional<QrCode> encode(const QByteArray& text);

    /// Modules per side: 21 + 4 × (version − 1).
    int size() const { return m_size; }
    /// True for a dark module; false outside the grid.
    bool module(int x, int y) const;

private:
    QrCode(int size, std::vector<bool> modules);

    int m_size = 0;
    std::vector<bool> m_modules; ///< row-major, m_size × m_size
};

} // namespace karier
