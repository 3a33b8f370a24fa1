// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/InputFile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace karier {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

Error badPath(const QString& message)
{
    return {ErrorCode::BadPath, message};
}

} // namespace

Result<QByteArray> InputFile::readAll(QIODevice& device, const QString& name, qint64 cap)
{
    QByteArray data;
    constexpr qint64 Chunk = 1024 * 1024;
    for (;;) {
        // One byte past the cap tells "exactly the cap" from "more than the cap".
        const qint64 wanted = qMin(Chunk, cap + 1 - data.size());
        const qint64 before = data.size();
        if (data.capacity() < before + wanted)
            data.reserve(qMax(before + wanted, qMin(2 * before, cap + 1)));
        data.resize(before + wanted);
        const qint64 got = device.read(data.data() + before, wanted);
        if (got < 0)
            return Error::invalid(tr("%1 tidak dapat dibaca: %2").arg(name, device.errorString()));
        data.resize(before + got);
        if (data.size() > cap)
            return Error::invalid(tr("%1 terlalu besar (lebih dari %2 MB).").arg(name, megabytes(cap)));
        if (got == 0 && (!device.isSequential() || device.atEnd() || !device.waitForReadyRead(-1)))
            break;
    }
    return data;
}

Result<QByteArray> InputFile::read(const QString& path, qint64 cap)
{
    const QString name = tr("File %1").arg(path);
    if (path.isEmpty())
        return badPath(tr("Nama file kosong."));
    QFile file;
#ifdef Q_OS_UNIX
    // Opened without blocking (a FIFO without a writer would wait forever) and checked on the descriptor,
    // so that the file cannot be swapped between the check and the reading.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            return badPath(tr("File %1 tidak ditemukan.").arg(path));
        return badPath(
            tr("File %1 tidak dapat dibuka: %2").arg(path, QString::fromLocal8Bit(strerror(error))));
    }
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        const bool directory = S_ISDIR(info.st_mode);
        ::close(fd);
        if (directory)
            return badPath(tr("%1 adalah folder, bukan file.").arg(path));
        return badPath(
            tr("%1 bukan file biasa (pipa, perangkat atau soket); berikan sebuah file.").arg(path));
    }
    if (info.st_size > cap) {
        ::close(fd);
        return Error::invalid(tr("%1 terlalu besar (lebih dari %2 MB).").arg(name, megabytes(cap)));
    }
    // A regular file never blocks; reading it normally from here.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return badPath(tr("File %1 tidak dapat dibuka: %2").arg(path, file.errorString()));
    }
#else
    const QFileInfo info(path);
    if (!info.exists())
        return badPath(tr("File %1 tidak ditemukan.").arg(path));
    if (info.isDir())
        return badPath(tr("%1 adalah folder, bukan file.").arg(path));
    if (!info.isFile())
        return badPath(
            tr("%1 bukan file biasa (pipa, perangkat atau soket); berikan sebuah file.").arg(path));
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return badPath(tr("File %1 tidak dapat dibuka: %2").arg(path, file.errorString()));
#endif
    return readAll(file, name, cap);
}

} // namespace karier
