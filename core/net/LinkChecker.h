// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace karier {

/// What a check of an evidence link found.
enum class LinkStatus {
    NotChecked, ///< never checked (or the check was cancelled)
    Public, ///< a 2xx answer without a sign-in page on the way
    NotPublic, ///< 401/403, or a redirect to a sign-in page (Google, Microsoft …)
    NotFound, ///< 404 or 410
    NoConnection, ///< no network, unknown host, refused connection, TLS failure
    Timeout, ///< no complete answer within the time limit
    ServerError, ///< any other answer (5xx, 400 …)
    Invalid, ///< not an http(s) URL; nothing was sent
};

/// Stored in records.link_status: belum_diperiksa, publik, tidak_publik, tidak_ditemukan,
/// tidak_ada_koneksi, waktu_habis, galat_server, tidak_sah.
QString linkStatusCode(LinkStatus status);
std::optional<LinkStatus> linkStatusFromCode(const QString& code);
/// Is saving with this result a reason to warn the employee?
bool linkStatusNeedsWarning(LinkStatus status);
/// The check could not be made (no network, server unreachable, no answer in time): nothing is known
/// of the link and nothing is the employee's fault; saving is allowed, the verifier checks again.
bool linkStatusIsUnchecked(LinkStatus status);
/// The verifier's sentence on the last stored check: "URL Bukti Dukung tidak dapat dibuka tanpa masuk
/// (login)." for NotPublic, "Tautan belum dapat diperiksa …" for no network; empty for Public and
/// NotChecked.
QString linkStatusVerdict(LinkStatus status);

struct LinkCheckResult
{
    QUrl url; ///< what was asked
    LinkStatus status = LinkStatus::NotChecked;
    int httpStatus = 0; ///< the last HTTP status seen; 0 when none
    QUrl finalUrl; ///< where the redirects ended
    QDateTime checkedAt; ///< UTC
    QString detail; ///< the network error text, for the tooltip and the log

    /// The sentence shown under the field: "Tautan dapat dibuka", "Tautan tidak publik — …" …
    QString message() const;
};

/// Checks that a link opens for someone who is not signed in: an asynchronous GET (no cookies, no
/// credentials) that follows redirects (never from https to http), stops reading as soon as the
/// headers of the final answer arrive, and gives up after timeout() (10 s by default). Lives on the
/// thread that created it (the GUI thread: the network work itself never blocks it).
///
/// One check at a time: check() cancels the one still running; every check ends with exactly one
/// finished() unless cancel() was called.
class LinkChecker : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout {10000};

    explicit LinkChecker(QObject* parent = nullptr);
    ~LinkChecker() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    /// Starts checking \a text (parsed by LinkUrl::parse; an invalid link finishes at once, queued,
    /// with LinkStatus::Invalid).
    void check(const QString& text);
    /// Drops the running check without finished().
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }
    /// The link being checked (or last checked).
    QUrl url() const { return m_url; }

Q_SIGNALS:
    void finished(const karier::LinkCheckResult& result);

private:
    void onRedirected(const QUrl& target);
    void onMetaData();
    void onFinished();
    void onTimeout();
    void finish(LinkCheckResult result);
    /// Stops the timer and aborts the request under way, whose signals no longer reach this checker.
    void dropReply();

    QNetworkAccessManager* m_network = nullptr;
    QNetworkReply* m_reply = nullptr;
    QTimer* m_timer = nullptr;
    QUrl m_url;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    quint64 m_generation = 0;
};

} // namespace karier

Q_DECLARE_METATYPE(karier::LinkCheckResult)
