// Signing in to a mail provider with OAuth 2.0, as desktop mail programs do (RFC 8252): the
// rep's browser opens the provider's page, the provider sends the browser back to a port of
// this computer's loopback address with a code, and the code, with the PKCE verifier (RFC
// 7636), is exchanged for tokens (RFC 6749). The access token then stands in for the password
// at the mail server (SASL XOAUTH2 / OAUTHBEARER); the refresh token gets a new one when it
// runs out. A desktop app cannot keep a secret: the client is public, and PKCE is what ties
// the code to this sign-in.
//
// No Qt Network: the CLI signs in too, and links Qt Core alone. The HTTP is libcurl's, as the
// mail's is; the loopback listener is one socket.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <memory>

namespace NineTouch {

// A provider's endpoints and what NineTouch asks it for.
struct OAuthProvider
{
    Q_DECLARE_TR_FUNCTIONS(OAuthProvider)

public:
    QString id; // "google", "microsoft", or "custom"
    QString name; // as the rep reads it
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl revokeUrl; // empty: the provider has none (the grant ends where the rep withdraws it)
    QStringList scopes;
    // Parameters a provider wants on its page besides the standard ones (Google gives a
    // refresh token only with access_type=offline).
    QList<std::pair<QString, QString>> extraParameters;
    QString clientId;
    // Google's desktop clients come with a "secret" that is not one (RFC 8252 8.5), and Google
    // asks for it at the token endpoint even with PKCE; empty for the others. It belongs to
    // its client id: a company's own Google client id comes with its own secret.
    QString clientSecret;

    // The presets: endpoints and the scopes for IMAP and SMTP. The client id is the one this
    // build was given (NINETOUCH_GOOGLE_CLIENT_ID, NINETOUCH_MICROSOFT_CLIENT_ID at configure
    // time), else empty: a company enters its own (docs/method.md, "Mail with Google or
    // Microsoft").
    static OAuthProvider google();
    static OAuthProvider microsoft();
    // By id ("google", "microsoft"); none for another.
    static std::optional<OAuthProvider> preset(const QString &id);
    // Every field a sign-in needs is there and well formed (https, or http on loopback).
    Status check() const;
};

struct OAuthTokens
{
    QString accessToken;
    QString refreshToken; // may be empty after a refresh: the one held before stays valid
    QDateTime expiresAt; // UTC; invalid when the provider did not say
    QString scope;

    // Whether the access token is spent by then, with a margin: one that has under a minute
    // left is renewed before a mail server sees it.
    bool expiredBy(const QDateTime &when) const;
};

// What the rep's browser is asked to open, and what the provider's answer is checked against.
class OAuthRequest final
{
public:
    // A new sign-in: a random state and PKCE verifier, and the redirect to redirectUri.
    OAuthRequest(OAuthProvider provider, QUrl redirectUri);

    const OAuthProvider &provider() const { return m_provider; }
    const QUrl &redirectUri() const { return m_redirect; }
    const QString &verifier() const { return m_verifier; }
    const QString &state() const { return m_state; }
    // The provider's page, with the client, the scopes, the state and the S256 challenge.
    QUrl authorizationUrl(const QString &loginHint = {}) const;
    // The code from the redirect's query, once its state is this request's; an error said in
    // the rep's words otherwise (refused at the provider, a stray request, no code).
    Result<QString> codeFrom(const QUrl &redirect) const;

    // The S256 challenge of a verifier (RFC 7636 4.2).
    static QString challengeOf(const QString &verifier);

private:
    OAuthProvider m_provider;
    QUrl m_redirect;
    QString m_verifier;
    QString m_state;
};

// The browser's way back: a socket on 127.0.0.1, on a port the system chooses, that answers
// one redirect with a page telling the rep to return to NineTouch.
class LoopbackRedirect final
{
    Q_DECLARE_TR_FUNCTIONS(LoopbackRedirect)

public:
    LoopbackRedirect();
    ~LoopbackRedirect();
    LoopbackRedirect(const LoopbackRedirect &) = delete;
    LoopbackRedirect &operator=(const LoopbackRedirect &) = delete;

    Status listen();
    QUrl uri() const; // http://127.0.0.1:PORT/
    // Waits for the browser (up to timeoutMs, or until stop is set) and returns the URL it
    // asked for with this sign-in's state. Any other request (a favicon, another state: any
    // program on this computer may knock) is answered and waited past; a client that dawdles
    // is dropped after two seconds.
    Result<QUrl> waitForRedirect(const QString &state, int timeoutMs,
                                 const std::atomic<bool> *stop = nullptr);

private:
    int m_socket = -1;
    quint16 m_port = 0;
};

namespace OAuth {
// The code for tokens (the authorization code grant, with the PKCE verifier).
Result<OAuthTokens> exchange(const OAuthRequest &request, const QString &code);
// A new access token from the refresh token. A grant the rep or the provider withdrew is
// a refusal (ErrorKind::Refused) that says to sign in again.
Result<OAuthTokens> refresh(const OAuthProvider &provider, const QString &refreshToken);
// Ends the grant at the provider (signing out); nothing to do where it has no endpoint.
Status revoke(const OAuthProvider &provider, const QString &token);
} // namespace OAuth

} // namespace NineTouch
