// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalHttpServer.h"

#include <QTcpSocket>

namespace karier::test {

LocalHttpServer::LocalHttpServer()
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

QString LocalHttpServer::url(const QString& path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
}

void LocalHttpServer::onReadable(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray head = buffer.left(end);
    buffer.remove(0, end + 4);
    requests << head;
    const QList<QByteArray> requestLine = head.split('\n').first().trimmed().split(' ');
    const QString target = QString::fromLatin1(requestLine.value(1));
    const QString path = target.section(QLatin1Char('?'), 0, 0);
    paths << path;

    if (path == QLatin1String("/ok") || path == QLatin1String("/ServiceLogin")
        || path == QLatin1String("/v3/signin/identifier") || path.startsWith(QLatin1String("/sk")))
        reply(socket, "200 OK", "<html><body>SK Tim Kerja</body></html>");
    else if (path == QLatin1String("/pindah"))
        reply(socket, "301 Moved Permanently", {}, "Location: /ok\r\n");
    else if (path == QLatin1String("/drive"))
        reply(socket, "302 Found", {},
            "Location: "
            "/ServiceLogin?continue=https%3A%2F%2Fdrive.google.com%2Ffile%2Fd%2F1&service=wise\r\n");
    else if (path == QLatin1String("/putar"))
        reply(socket, "302 Found", {}, "Location: /putar\r\n");
    else if (path == QLatin1String("/privat401"))
        reply(socket, "401 Unauthorized", "masuk dahulu", "WWW-Authenticate: Basic realm=\"drive\"\r\n");
    else if (path == QLatin1String("/privat403"))
        reply(socket, "403 Forbidden", "akses ditolak");
    else if (path == QLatin1String("/hilang"))
        reply(socket, "404 Not Found", "tidak ada");
    else if (path == QLatin1String("/rusak"))
        reply(socket, "500 Internal Server Error", "galat");
    else if (path == QLatin1String("/besar")) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: "
                      "209715200\r\n\r\n%PDF-1.7\n");
        socket->flush();
    }
    // "/lambat": silence.
}

void LocalHttpServer::reply(
    QTcpSocket* socket, const char* status, const QByteArray& body, const QByteArray& headers)
{
    const QByteArray response = QByteArray("HTTP/1.1 ") + status + "\r\n" + headers
        + "Content-Type: text/html\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(response);
    socket->flush();
}

} // namespace karier::test
