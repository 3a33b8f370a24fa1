// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <atomic>
#include <chrono>
#include <thread>

namespace karier::bench {

/// An office LAN between a workstation and its server, on this machine: a TCP proxy on 127.0.0.1 that
/// forwards every connection to a local port and holds each chunk it reads for a fixed delay before
/// writing it on, in order, in both directions (0.5 ms each way: a 1 ms round trip, as on a switched office
/// network). One thread with ppoll(); loopback only; it stops with the object.
class LanProxy
{
public:
    LanProxy() = default;
    ~LanProxy();
    LanProxy(const LanProxy&) = delete;
    LanProxy& operator=(const LanProxy&) = delete;

    /// Listens on 127.0.0.1 (a free port) and forwards to 127.0.0.1:\a targetPort with \a delay each way.
    Status start(int targetPort, std::chrono::microseconds delay);
    /// The port to connect to instead of the target's.
    int port() const { return m_port; }

private:
    void run();

    int m_listen = -1;
    int m_wake[2] = {-1, -1}; ///< a pipe that tells the thread to stop
    int m_port = 0;
    int m_targetPort = 0;
    std::chrono::microseconds m_delay {0};
    std::thread m_thread;
};

} // namespace karier::bench
