#include "oauth.h"

#include "curlglobal.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <curl/curl.h>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef NINETOUCH_GOOGLE_CLIENT_ID
#define NINETOUCH_GOOGLE_CLIENT_ID ""
#endif
#ifndef NINETOUCH_GOOGLE_CLIENT_SECRET
#define NINETOUCH_GOOGLE_CLIENT_SECRET ""
#endif
#ifndef NINETOUCH_MICROSOFT_CLIENT_ID
#define NINETOUCH_MICROSOFT_CLIENT_ID ""
#endif

namespace NineTouch {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OAuth)
};

// Random bytes as URL-safe text without padding: the verifier and the state.
QString randomText(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()),
                                          bytes / int(sizeof(quint32)));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("::1")
        || host == QLatin1String("localhost");
}

// An endpoint the tokens may travel to: over TLS, or to this machine.
bool safeEndpoint(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https")
            || (url.scheme() == QLatin1String("http") && isLoopback(url)));
}

QByteArray formOf(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

size_t collect(char *data, size_t size, size_t count, void *into)
{
    static_cast<QByteArray *>(into)->append(data, qsizetype(size * count));
    return size * count;
}

// A form POSTed to a provider's endpoint: the HTTP status and the body. Tokens travel in the
// form and the answer: nothing of either is logged.
struct Reply
{
    long status = 0;
    QByteArray body;
};

Result<Reply> post(const QUrl &url, const QByteArray &form)
{
    // Tokens travel only over TLS, or to this machine, whatever a provider was set up with.
    if (!safeEndpoint(url))
        return inputError(Field::MailOAuthProvider,
                          Text::tr("'%1' is not an address NineTouch sends tokens to: it must "
                                   "be https:// (or http:// on this computer).")
                              .arg(url.toString(QUrl::RemoveQuery)));
    std::unique_ptr<CURL, void (*)(CURL *)> curl(curlReady() ? curl_easy_init() : nullptr,
                                                 curl_easy_cleanup);
    if (!curl)
        return mailError(Text::tr("NineTouch could not start a connection."));
    CURL *c = curl.get();
    const QByteArray address = url.toEncoded();
    Reply reply;
    char error[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(c, CURLOPT_URL, address.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https,http");
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, form.constData());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, long(form.size()));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &reply.body);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 20L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    // A company's own certificate authority, as for the mail servers.
    const QByteArray caFile = qgetenv("NINETOUCH_MAIL_CA_FILE");
    if (!caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
    struct curl_slist *headers = curl_slist_append(nullptr, "Accept: application/json");
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
    const CURLcode done = curl_easy_perform(c);
    curl_slist_free_all(headers);
    if (done != CURLE_OK)
        return mailError(
            Text::tr("%1 does not answer: check that this computer is online.").arg(url.host()),
            QString::fromUtf8(error[0] ? error : curl_easy_strerror(done)));
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &reply.status);
    return reply;
}

// The provider's answer to a token request: the tokens, or what went wrong in a rep's words.
// The provider's own words go into the error's detail: never the body of an answer that may
// hold a token.
enum class Asked { Exchange, Refresh };
Result<OAuthTokens> tokensFrom(const OAuthProvider &provider, const Reply &reply, Asked asked)
{
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    if (reply.status == 200 && o.value(QLatin1String("access_token")).isString()) {
        OAuthTokens t;
        t.accessToken = o.value(QLatin1String("access_token")).toString();
        t.refreshToken = o.value(QLatin1String("refresh_token")).toString();
        t.scope = o.value(QLatin1String("scope")).toString();
        const qint64 seconds = o.value(QLatin1String("expires_in")).toVariant().toLongLong();
        if (seconds > 0)
            t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(seconds);
        return t;
    }
    const QString code = o.value(QLatin1String("error")).toString();
    // The provider's own words (never a token: an error answer holds none).
    const QString said = o.value(QLatin1String("error_description")).toString().isEmpty()
        ? code
        : code + QLatin1String(": ") + o.value(QLatin1String("error_description")).toString();
    if (code == QLatin1String("invalid_grant") && asked == Asked::Refresh) {
        Error e = refusal(Text::tr("%1 no longer accepts NineTouch's access to this mail "
                                   "account: it was withdrawn or has expired. Sign in to %1 "
                                   "again.")
                              .arg(provider.name));
        e.detail = said;
        return e;
    }
    if (code == QLatin1String("invalid_grant")) {
        Error e = refusal(Text::tr("%1 did not accept the sign-in's code: it ran out, or it "
                                   "came from another sign-in. Sign in to %1 again.")
                              .arg(provider.name));
        e.detail = said;
        return e;
    }
    if (code == QLatin1String("invalid_client") || code == QLatin1String("unauthorized_client"))
        return mailError(Text::tr("%1 does not know NineTouch's client id %2. Check it, or ask "
                                  "your administrator for the company's.")
                             .arg(provider.name, provider.clientId),
                         said);
    if (code == QLatin1String("invalid_scope"))
        return mailError(Text::tr("%1 refused the access NineTouch asks for (reading and "
                                  "sending mail).")
                             .arg(provider.name),
                         said);
    return mailError(
        Text::tr("%1 refused the sign-in (HTTP %2).").arg(provider.name).arg(reply.status), said);
}

} // namespace

// -- providers ---------------------------------------------------------------------------------

OAuthProvider OAuthProvider::google()
{
    OAuthProvider p;
    p.id = QStringLiteral("google");
    p.name = QStringLiteral("Google");
    p.authorizeUrl = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    p.tokenUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
    p.revokeUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/revoke"));
    p.scopes = { QStringLiteral("https://mail.google.com/") }; // IMAP and SMTP
    // Without these Google gives no refresh token, and the rep would sign in every hour.
    p.extraParameters = { { QStringLiteral("access_type"), QStringLiteral("offline") },
                          { QStringLiteral("prompt"), QStringLiteral("consent") } };
    p.clientId = QStringLiteral(NINETOUCH_GOOGLE_CLIENT_ID);
    p.clientSecret = QStringLiteral(NINETOUCH_GOOGLE_CLIENT_SECRET);
    return p;
}

OAuthProvider OAuthProvider::microsoft()
{
    OAuthProvider p;
    p.id = QStringLiteral("microsoft");
    p.name = QStringLiteral("Microsoft");
    // "common": work and school accounts and personal ones alike.
    p.authorizeUrl =
        QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize"));
    p.tokenUrl = QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token"));
    p.scopes = { QStringLiteral("https://outlook.office.com/IMAP.AccessAsUser.All"),
                 QStringLiteral("https://outlook.office.com/SMTP.Send"),
                 QStringLiteral("offline_access") };
    p.clientId = QStringLiteral(NINETOUCH_MICROSOFT_CLIENT_ID);
    return p;
}

std::optional<OAuthProvider> OAuthProvider::preset(const QString &id)
{
    if (id == QLatin1String("google"))
        return google();
    if (id == QLatin1String("microsoft"))
        return microsoft();
    return std::nullopt;
}

Status OAuthProvider::check() const
{
    if (clientId.trimmed().isEmpty())
        return inputError(Field::MailOAuthClient,
                          tr("%1 needs the client id your company registered for NineTouch; "
                             "your administrator has it.")
                              .arg(name));
    for (const QUrl &url : { authorizeUrl, tokenUrl }) {
        if (!safeEndpoint(url))
            return inputError(Field::MailOAuthProvider,
                              tr("'%1' is not an address NineTouch signs in at: it must be "
                                 "https:// (or http:// on this computer).")
                                  .arg(url.toString()));
    }
    if (!revokeUrl.isEmpty() && !safeEndpoint(revokeUrl))
        return inputError(Field::MailOAuthProvider,
                          tr("'%1' is not an address NineTouch signs out at: it must be "
                             "https:// (or http:// on this computer).")
                              .arg(revokeUrl.toString()));
    if (scopes.isEmpty())
        return inputError(Field::MailOAuthProvider,
                          tr("%1: say which access NineTouch asks for (the scopes).").arg(name));
    return success();
}

bool OAuthTokens::expiredBy(const QDateTime &when) const
{
    return accessToken.isEmpty() || (expiresAt.isValid() && when.addSecs(60) >= expiresAt);
}

// -- one sign-in -------------------------------------------------------------------------------

OAuthRequest::OAuthRequest(OAuthProvider provider, QUrl redirectUri)
    : m_provider(std::move(provider))
    , m_redirect(std::move(redirectUri))
    , m_verifier(randomText(48)) // 64 characters (RFC 7636: 43 to 128)
    , m_state(randomText(24))
{
}

QString OAuthRequest::challengeOf(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrl OAuthRequest::authorizationUrl(const QString &loginHint) const
{
    QUrl url = m_provider.authorizeUrl;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_provider.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirect.toString());
    query.addQueryItem(QStringLiteral("scope"), m_provider.scopes.join(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("state"), m_state);
    query.addQueryItem(QStringLiteral("code_challenge"), challengeOf(m_verifier));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!loginHint.isEmpty())
        query.addQueryItem(QStringLiteral("login_hint"), loginHint);
    for (const auto &[key, value] : m_provider.extraParameters)
        query.addQueryItem(key, value);
    // Every reserved character encoded: a '+' in a scope must not read as a space.
    QString encoded;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += QLatin1Char('&');
        encoded += QString::fromLatin1(QUrl::toPercentEncoding(key) + '='
                                       + QUrl::toPercentEncoding(value));
    }
    url.setQuery(encoded, QUrl::StrictMode);
    return url;
}

Result<QString> OAuthRequest::codeFrom(const QUrl &redirect) const
{
    const QUrlQuery query(redirect);
    if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state)
        return refusal(Text::tr("The answer that reached NineTouch is not from this sign-in. "
                                "Nothing was kept; sign in again."));
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (error == QLatin1String("access_denied"))
        return refusal(Text::tr("The sign-in at %1 was declined, so NineTouch has no access to "
                                "the mail account. Where your company's administrator must "
                                "approve apps, ask them to allow NineTouch.")
                           .arg(m_provider.name));
    if (!error.isEmpty())
        return refusal(
            Text::tr("%1 ended the sign-in: %2.")
                .arg(m_provider.name,
                     query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                             .isEmpty()
                         ? error
                         : query.queryItemValue(QStringLiteral("error_description"),
                                                QUrl::FullyDecoded)));
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty())
        return refusal(Text::tr("%1 sent the browser back without a code. Sign in again.")
                           .arg(m_provider.name));
    return code;
}

// -- the browser's way back --------------------------------------------------------------------

LoopbackRedirect::LoopbackRedirect() = default;

LoopbackRedirect::~LoopbackRedirect()
{
    if (m_socket >= 0)
        ::close(m_socket);
}

Status LoopbackRedirect::listen()
{
    m_socket = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_socket < 0)
        return mailError(tr("NineTouch could not open a port on this computer for the sign-in."),
                         QString::fromLocal8Bit(strerror(errno)));
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0; // the system's choice (RFC 8252 7.3)
    socklen_t length = sizeof address;
    if (::bind(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(m_socket, 4) != 0
        || ::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return mailError(tr("NineTouch could not open a port on this computer for the sign-in."),
                         QString::fromLocal8Bit(strerror(errno)));
    m_port = ntohs(address.sin_port);
    return success();
}

QUrl LoopbackRedirect::uri() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
}

namespace {

// Reads one request's head (up to 8 KiB), for two seconds at most: a browser sends it at once.
QByteArray readHead(int client, const std::atomic<bool> *stop)
{
    constexpr int perClientMs = 2000;
    QElapsedTimer clock;
    clock.start();
    QByteArray head;
    char buffer[2048];
    while (!head.contains("\r\n\r\n") && head.size() < 8192 && clock.elapsed() < perClientMs
           && !(stop && stop->load())) {
        pollfd p { client, POLLIN, 0 };
        const int ready = ::poll(&p, 1, 200);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0)
            break;
        if (ready == 0)
            continue;
        const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        head.append(buffer, n);
    }
    return head;
}

void answer(int client, int status, const QString &title, const QString &text)
{
    const QByteArray body = QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\">"
                                           "<title>%1</title></head><body style=\"font-family:"
                                           "sans-serif;margin:3em\"><h2>%1</h2><p>%2</p></body>"
                                           "</html>")
                                .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                                .toUtf8();
    const QByteArray head = "HTTP/1.1 " + QByteArray::number(status)
        + (status == 200 ? " OK" : " Not Found")
        + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
          "Connection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n";
    const QByteArray all = head + body;
    (void)::send(client, all.constData(), size_t(all.size()), MSG_NOSIGNAL);
}

} // namespace

Result<QUrl> LoopbackRedirect::waitForRedirect(const QString &state, int timeoutMs,
                                               const std::atomic<bool> *stop)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (stop && stop->load())
            return refusal(tr("The sign-in was cancelled."));
        pollfd p { m_socket, POLLIN, 0 };
        const int ready = ::poll(&p, 1, 200);
        if (ready < 0 && errno != EINTR)
            return mailError(tr("The sign-in's port on this computer failed."),
                             QString::fromLocal8Bit(strerror(errno)));
        if (ready <= 0)
            continue;
        const int client = ::accept4(m_socket, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        const QByteArray head = readHead(client, stop);
        // "GET /?code=…&state=… HTTP/1.1"
        const QList<QByteArray> words = head.left(head.indexOf("\r\n")).split(' ');
        const QUrl asked = words.size() == 3 && words.at(0) == "GET"
            ? uri().resolved(QUrl::fromEncoded(words.at(1)))
            : QUrl();
        const QUrlQuery query(asked);
        if (state.isEmpty()
            || query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != state) {
            answer(client, 404, tr("Not here"), tr("This page belongs to a NineTouch sign-in."));
            ::close(client);
            continue;
        }
        if (query.hasQueryItem(QStringLiteral("code")))
            answer(client, 200, tr("Signed in"),
                   tr("NineTouch has the answer. You can close this page and return to "
                      "NineTouch."));
        else
            answer(client, 200, tr("Not signed in"),
                   tr("The sign-in did not complete. Return to NineTouch to see why."));
        ::close(client);
        return asked;
    }
    return refusal(tr("No answer came from the browser within %1 minutes. Sign in again.")
                       .arg(timeoutMs / 60000));
}

// -- tokens ------------------------------------------------------------------------------------

namespace OAuth {

Result<OAuthTokens> exchange(const OAuthRequest &request, const QString &code)
{
    const OAuthProvider &p = request.provider();
    QList<std::pair<QString, QString>> form {
        { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
        { QStringLiteral("code"), code },
        { QStringLiteral("redirect_uri"), request.redirectUri().toString() },
        { QStringLiteral("client_id"), p.clientId },
        { QStringLiteral("code_verifier"), request.verifier() },
    };
    if (!p.clientSecret.isEmpty())
        form.append({ QStringLiteral("client_secret"), p.clientSecret });
    auto reply = post(p.tokenUrl, formOf(form));
    if (!reply)
        return reply.error();
    auto tokens = tokensFrom(p, *reply, Asked::Exchange);
    if (tokens && tokens->refreshToken.isEmpty())
        return mailError(Text::tr("%1 gave no lasting access (no refresh token): NineTouch "
                                  "would have to ask you to sign in every hour.")
                             .arg(p.name));
    return tokens;
}

Result<OAuthTokens> refresh(const OAuthProvider &p, const QString &refreshToken)
{
    QList<std::pair<QString, QString>> form {
        { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
        { QStringLiteral("refresh_token"), refreshToken },
        { QStringLiteral("client_id"), p.clientId },
        // Microsoft asks for the scopes again; the others take them as the same grant's.
        { QStringLiteral("scope"), p.scopes.join(QLatin1Char(' ')) },
    };
    if (!p.clientSecret.isEmpty())
        form.append({ QStringLiteral("client_secret"), p.clientSecret });
    auto reply = post(p.tokenUrl, formOf(form));
    if (!reply)
        return reply.error();
    return tokensFrom(p, *reply, Asked::Refresh);
}

Status revoke(const OAuthProvider &p, const QString &token)
{
    if (p.revokeUrl.isEmpty())
        return success();
    auto reply = post(p.revokeUrl,
                      formOf({ { QStringLiteral("token"), token },
                               { QStringLiteral("client_id"), p.clientId } }));
    if (!reply)
        return reply.error();
    // RFC 7009: 200 also for a token the server no longer knows. Google answers 400
    // invalid_token for one: the grant is gone either way.
    const QString code =
        QJsonDocument::fromJson(reply->body).object().value(QLatin1String("error")).toString();
    if (reply->status != 200 && code != QLatin1String("invalid_token"))
        return mailError(Text::tr("%1 did not confirm the sign-out (HTTP %2). NineTouch "
                                  "forgot the account's access all the same.")
                             .arg(p.name)
                             .arg(reply->status),
                         code);
    return success();
}

} // namespace OAuth

} // namespace NineTouch
