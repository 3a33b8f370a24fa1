// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

namespace karier::test {

/// A tiny HTTP/1.1 server on 127.0.0.1 for the link checker tests (no test reaches the internet).
/// It answers by path:
///   /ok 200 · /pindah 301 → /ok · /privat401 401 · /privat403 403 · /hilang 404 · /rusak 500
///   /drive 302 → /ServiceLogin?continue=… (a Google-style sign-in page on this server, which answers 200)
///   /v3/signin/identifier 200 (a sign-in page reached directly) · /putar 302 → /putar (a loop)
///   /besar 200 with a 200 MB Content-Length of which only a few bytes ever come
///   /lambat: reads the request and never answers
///   anything else starting with /sk: 200 (documents)
class LocalHttpServer : public QTcpServer
{
public:
    LocalHttpServer();

    /// Listens on a free port of 127.0.0.1.
    bool start() { return listen(QHostAddress::LocalHost); }
    /// "http://127.0.0.1:PORT" + \a path.
    QString url(const QString& path) const;

    QStringList paths; ///< every request's path, in order
    QList<QByteArray> requests; ///< the raw request heads

private:
    void onReadable(QTcpSocket* socket);
    static void reply(
        QTcpSocket* socket, const char* status, const QByteArray& body, const QByteArray& headers = {});

    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace karier::test
