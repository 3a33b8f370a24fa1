// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/LinkChecker.h"

#include "net/LinkUrl.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace karier {

namespace {

struct StatusName
{
    LinkStatus status;
    const char* code;
};

constexpr StatusName StatusNames[] = {
    {LinkStatus::NotChecked, "belum_diperiksa"},
    {LinkStatus::Public, "publik"},
    {LinkStatus::NotPublic, "tidak_publik"},
    {LinkStatus::NotFound, "tidak_ditemukan"},
    {LinkStatus::NoConnection, "tidak_ada_koneksi"},
    {LinkStatus::Timeout, "waktu_habis"},
    {LinkStatus::ServerError, "galat_server"},
    {LinkStatus::Invalid, "tidak_sah"},
};

/// The verdict on a final (non-redirect) HTTP answer.
LinkStatus statusForHttp(int http, const QUrl& finalUrl)
{
    if (LinkUrl::isSignInPage(finalUrl))
        return LinkStatus::NotPublic;
    if (http >= 200 && http < 300)
        return LinkStatus::Public;
    if (http == 401 || http == 403)
        return LinkStatus::NotPublic;
    if (http == 404 || http == 410)
        return LinkStatus::NotFound;
    return LinkStatus::ServerError;
}

/// The verdict on a transfer that ended without a usable HTTP answer.
LinkStatus statusForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
        return LinkStatus::Timeout;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return LinkStatus::ServerError;
    default:
        // Refused, unknown host, closed, TLS, proxy, no network …
        return LinkStatus::NoConnection;
    }
}

} // namespace

QString linkStatusCode(LinkStatus status)
{
    for (const StatusName& name : StatusNames) {
        if (name.status == status)
            return QString::fromLatin1(name.code);
    }
    return {};
}

std::optional<LinkStatus> linkStatusFromCode(const QString& code)
{
    for (const StatusName& name : StatusNames) {
        if (code == QLatin1String(name.code))
            return name.status;
    }
    return std::nullopt;
}

bool linkStatusNeedsWarning(LinkStatus status)
{
    return status != LinkStatus::Public;
}

bool linkStatusIsUnchecked(LinkStatus status)
{
    return status == LinkStatus::NoConnection || status == LinkStatus::Timeout;
}

QString linkStatusVerdict(LinkStatus status)
{
    switch (status) {
    case LinkStatus::NotChecked:
    case LinkStatus::Public:
        return {};
    case LinkStatus::NotPublic:
        return QCoreApplication::translate(
            "karier::LinkChecker", "URL Bukti Dukung tidak dapat dibuka tanpa masuk (login).");
    case LinkStatus::NotFound:
        return QCoreApplication::translate("karier::LinkChecker", "URL Bukti Dukung tidak ditemukan.");
    case LinkStatus::NoConnection:
    case LinkStatus::Timeout:
        return QCoreApplication::translate("karier::LinkChecker",
            "Tautan belum dapat diperiksa: tidak ada jaringan atau server tidak dapat dihubungi (bukan "
            "kesalahan ASN). Buka tautan untuk memeriksanya.");
    case LinkStatus::ServerError:
        return QCoreApplication::translate(
            "karier::LinkChecker", "Server URL Bukti Dukung menjawab dengan galat.");
    case LinkStatus::Invalid:
        return QCoreApplication::translate("karier::LinkChecker", "URL Bukti Dukung tidak sah.");
    }
    return {};
}

QString LinkCheckResult::message() const
{
    switch (status) {
    case LinkStatus::NotChecked:
        return QCoreApplication::translate("karier::LinkChecker", "Tautan belum diperiksa.");
    case LinkStatus::Public:
        return QCoreApplication::translate("karier::LinkChecker", "Tautan dapat dibuka.");
    case LinkStatus::NotPublic:
        return QCoreApplication::translate("karier::LinkChecker",
            "Tautan tidak publik — pemeriksa tidak dapat membukanya. Ubah akses berbagi "
            "menjadi \"Siapa saja yang memiliki link\".");
    case LinkStatus::NotFound:
        return QCoreApplication::translate("karier::LinkChecker", "Tautan tidak ditemukan (%1).")
            .arg(httpStatus > 0 ? httpStatus : 404);
    case LinkStatus::NoConnection:
        return QCoreApplication::translate("karier::LinkChecker",
            "Tautan belum dapat diperiksa: tidak ada jaringan atau server tidak dapat dihubungi. Ini bukan "
            "kesalahan tautan Anda.");
    case LinkStatus::Timeout:
        return QCoreApplication::translate("karier::LinkChecker",
            "Tautan belum dapat diperiksa: server tidak menjawab dalam batas waktu. Ini bukan kesalahan "
            "tautan Anda.");
    case LinkStatus::ServerError:
        return httpStatus > 0 ? QCoreApplication::translate("karier::LinkChecker",
                   "Tautan tidak dapat dibuka: server menjawab dengan galat (HTTP %1).")
                                    .arg(httpStatus)
                              : QCoreApplication::translate("karier::LinkChecker",
                                  "Tautan tidak dapat dibuka: server menjawab tidak wajar.");
    case LinkStatus::Invalid:
        return detail.isEmpty()
            ? QCoreApplication::translate("karier::LinkChecker", "URL Bukti Dukung tidak sah.")
            : detail;
    }
    return {};
}

LinkChecker::LinkChecker(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_timer(new QTimer(this))
{
    qRegisterMetaType<karier::LinkCheckResult>();
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LinkChecker::onTimeout);
}

LinkChecker::~LinkChecker()
{
    cancel();
}

void LinkChecker::check(const QString& text)
{
    cancel();
    auto parsed = LinkUrl::parse(text);
    if (!parsed) {
        LinkCheckResult result;
        result.url = QUrl(text.trimmed());
        result.status = LinkStatus::Invalid;
        result.detail = parsed.error().message;
        m_url = result.url;
        // Queued, so that the caller always hears back after check() returned.
        QTimer::singleShot(0, this, [this, result, generation = ++m_generation]() mutable {
            if (generation == m_generation)
                finish(std::move(result));
        });
        return;
    }
    m_url = parsed.value();
    ++m_generation;

    QNetworkRequest request(m_url);
    request.setMaximumRedirectsAllowed(10);
    // Check as a stranger would: no cookies sent or kept, no cache.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(
        QNetworkRequest::UserAgentHeader, QStringLiteral("Mozilla/5.0 (KarierASN pemeriksa tautan)"));
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,application/pdf,*/*;q=0.8");

    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::redirected, this, &LinkChecker::onRedirected);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &LinkChecker::onMetaData);
    connect(m_reply, &QNetworkReply::finished, this, &LinkChecker::onFinished);
    m_timer->start(m_timeout);
}

void LinkChecker::cancel()
{
    ++m_generation;
    dropReply();
}

void LinkChecker::dropReply()
{
    m_timer->stop();
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void LinkChecker::onRedirected(const QUrl& target)
{
    if (!m_reply)
        return;
    const QUrl absolute = m_reply->url().resolved(target);
    if (LinkUrl::isSignInPage(absolute)) {
        LinkCheckResult result;
        result.status = LinkStatus::NotPublic;
        result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.finalUrl = absolute;
        finish(std::move(result));
    }
}

void LinkChecker::onMetaData()
{
    if (!m_reply)
        return;
    const QVariant http = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!http.isValid())
        return;
    const int code = http.toInt();
    if (code >= 300 && code < 400 && m_reply->hasRawHeader("Location"))
        return; // followed by Qt; redirected() looks at the target
    // The headers of the final answer are enough: do not download the document itself.
    LinkCheckResult result;
    result.httpStatus = code;
    result.finalUrl = m_reply->url();
    result.status = statusForHttp(code, result.finalUrl);
    finish(std::move(result));
}

void LinkChecker::onFinished()
{
    if (!m_reply)
        return;
    LinkCheckResult result;
    result.finalUrl = m_reply->url();
    const QVariant http = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (http.isValid() && http.toInt() > 0) {
        result.httpStatus = http.toInt();
        result.status = statusForHttp(result.httpStatus, result.finalUrl);
        if (result.httpStatus >= 300 && result.httpStatus < 400)
            result.status = LinkStatus::ServerError; // a redirect that could not be followed
    } else {
        result.status = statusForNetworkError(m_reply->error());
    }
    if (m_reply->error() != QNetworkReply::NoError)
        result.detail = m_reply->errorString();
    finish(std::move(result));
}

void LinkChecker::onTimeout()
{
    if (!m_reply)
        return;
    LinkCheckResult result;
    result.status = LinkStatus::Timeout;
    result.finalUrl = m_reply->url();
    result.detail = tr("Tidak ada jawaban dalam %1 ms.").arg(m_timeout.count());
    finish(std::move(result));
}

void LinkChecker::finish(LinkCheckResult result)
{
    dropReply();
    result.url = m_url;
    result.checkedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT finished(result);
}

} // namespace karier
