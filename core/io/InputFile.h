// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace karier {

/// The files karier-cli reads for the user (import-pegawai, import-dms, batch --nips): only regular files,
/// read in chunks up to a cap, so that /dev/zero, a FIFO, a directory or a file that grows while it is
/// read cannot block the program or fill its memory. size() is not trusted (it is 0 for devices and for
/// /proc files); a regular file whose stated size is already over the cap is refused without reading.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(karier::InputFile)

public:
    static constexpr qint64 DefaultCap = 64 * 1024 * 1024;

    /// The whole of the regular file \a path. ErrorCode::BadPath (CLI exit 2) when it does not exist,
    /// cannot be opened, or is a directory, FIFO, socket or device (checked on the opened descriptor,
    /// opened without blocking); ErrorCode::InvalidInput (exit 1) when it holds more than \a cap bytes.
    static Result<QByteArray> read(const QString& path, qint64 cap = DefaultCap);
    /// Everything \a device (already open, e.g. standard input) gives, up to \a cap bytes; \a name is
    /// the name used in messages.
    static Result<QByteArray> readAll(QIODevice& device, const QString& name, qint64 cap = DefaultCap);
};

} // namespace karier
