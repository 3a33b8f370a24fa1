// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanProxy.h"

#include <QByteArray>
#include <QString>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <list>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <optional>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace karier::bench {

namespace {

using Clock = std::chrono::steady_clock;

Error failure(const QString& what)
{
    return Error {
        ErrorCode::Internal, what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno))};
}

sockaddr_in loopback(int port)
{
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

void setNonBlocking(int fd)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

struct Chunk
{
    Clock::time_point due;
    QByteArray bytes;
    qsizetype written = 0;
};

/// One direction of a connection: what was read from `from` and waits to be written to `to`.
struct Direction
{
    int from = -1;
    int to = -1;
    std::deque<Chunk> queue;
    bool ended = false; ///< `from` sent its end
    bool shut = false; ///< and it was passed on, after the last chunk

    /// Writes every chunk that is due; false when `to` is gone.
    bool flush(Clock::time_point now)
    {
        while (!queue.empty() && queue.front().due <= now) {
            Chunk& chunk = queue.front();
            const ssize_t n = ::send(to, chunk.bytes.constData() + chunk.written,
                size_t(chunk.bytes.size() - chunk.written), MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                    return true; // POLLOUT below
                return false;
            }
            chunk.written += n;
            if (chunk.written == chunk.bytes.size())
                queue.pop_front();
        }
        if (ended && queue.empty() && !shut) {
            ::shutdown(to, SHUT_WR);
            shut = true;
        }
        return true;
    }

    /// Reads what `from` has; false on an error.
    bool read(Clock::time_point due)
    {
        char buffer[65536];
        const ssize_t n = ::recv(from, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n > 0) {
            queue.push_back(Chunk {due, QByteArray(buffer, int(n)), 0});
            return true;
        }
        if (n == 0) {
            ended = true;
            return true;
        }
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
    }

    bool writeBlocked(Clock::time_point now) const { return !queue.empty() && queue.front().due <= now; }
};

struct Link
{
    int client = -1;
    int server = -1;
    Direction up; ///< client -> server
    Direction down; ///< server -> client
    bool dead = false;

    ~Link()
    {
        if (client >= 0)
            ::close(client);
        if (server >= 0)
            ::close(server);
    }
};

} // namespace

LanProxy::~LanProxy()
{
    if (m_thread.joinable()) {
        const char stop = 's';
        [[maybe_unused]] const ssize_t written = ::write(m_wake[1], &stop, 1);
        m_thread.join();
    }
    for (int fd : {m_listen, m_wake[0], m_wake[1]}) {
        if (fd >= 0)
            ::close(fd);
    }
}

Status LanProxy::start(int targetPort, std::chrono::microseconds delay)
{
    m_targetPort = targetPort;
    m_delay = delay;
    if (::pipe2(m_wake, O_CLOEXEC) != 0)
        return failure(QStringLiteral("pipe"));
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (m_listen < 0)
        return failure(QStringLiteral("socket"));
    sockaddr_in address = loopback(0);
    if (::bind(m_listen, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0
        || ::listen(m_listen, 64) != 0)
        return failure(QStringLiteral("bind/listen on 127.0.0.1"));
    socklen_t length = sizeof address;
    if (::getsockname(m_listen, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return failure(QStringLiteral("getsockname"));
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { run(); });
    return {};
}

void LanProxy::run()
{
    std::list<Link> links;
    std::vector<pollfd> fds;
    for (;;) {
        Clock::time_point now = Clock::now();
        std::optional<Clock::time_point> next; // the earliest chunk not yet due
        for (auto it = links.begin(); it != links.end();) {
            Link& link = *it;
            if (!link.dead && (!link.up.flush(now) || !link.down.flush(now)))
                link.dead = true;
            if (link.dead || (link.up.shut && link.down.shut)) {
                it = links.erase(it);
                continue;
            }
            for (const Direction* d : {&link.up, &link.down}) {
                if (!d->queue.empty() && d->queue.front().due > now
                    && (!next || d->queue.front().due < *next))
                    next = d->queue.front().due;
            }
            ++it;
        }

        fds.clear();
        fds.push_back({m_wake[0], POLLIN, 0});
        fds.push_back({m_listen, POLLIN, 0});
        for (const Link& link : links) {
            fds.push_back({link.client,
                short((link.up.ended ? 0 : POLLIN) | (link.down.writeBlocked(now) ? POLLOUT : 0)), 0});
            fds.push_back({link.server,
                short((link.down.ended ? 0 : POLLIN) | (link.up.writeBlocked(now) ? POLLOUT : 0)), 0});
        }
        timespec timeout {};
        if (next) {
            const auto wait = std::chrono::duration_cast<std::chrono::nanoseconds>(*next - now);
            timeout.tv_sec = time_t(wait.count() / 1000000000);
            timeout.tv_nsec = long(wait.count() % 1000000000);
        }
        if (::ppoll(fds.data(), nfds_t(fds.size()), next ? &timeout : nullptr, nullptr) < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        if (fds.at(0).revents != 0)
            return; // stop
        now = Clock::now();
        const Clock::time_point due = now + m_delay;
        std::size_t index = 2;
        for (Link& link : links) {
            const short client = fds.at(index++).revents;
            const short server = fds.at(index++).revents;
            if ((client & POLLIN) && !link.up.read(due))
                link.dead = true;
            if ((server & POLLIN) && !link.down.read(due))
                link.dead = true;
            // An error, or both directions of a socket closed: nothing more can pass.
            if (((client | server) & POLLERR)
                || (((client | server) & POLLHUP) && !((client | server) & POLLIN)))
                link.dead = true;
        }
        if (fds.at(1).revents & POLLIN) {
            for (;;) {
                const int client = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
                if (client < 0)
                    break;
                const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
                sockaddr_in target = loopback(m_targetPort);
                if (server < 0
                    || ::connect(server, reinterpret_cast<sockaddr*>(&target), sizeof target) != 0) {
                    ::close(client);
                    if (server >= 0)
                        ::close(server);
                    continue;
                }
                setNonBlocking(client);
                setNonBlocking(server);
                Link& link = links.emplace_back();
                link.client = client;
                link.server = server;
                link.up.from = client;
                link.up.to = server;
                link.down.from = server;
                link.down.to = client;
            }
        }
    }
}

} // namespace karier::bench
