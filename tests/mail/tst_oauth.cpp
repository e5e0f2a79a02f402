// Signing in with OAuth 2.0 against a real authorization server on loopback (oauth_server.py:
// python3-oauthlib's code flow with PKCE, refresh and revocation). The rep's browser is a test
// client that opens the sign-in page and follows the provider's redirect back to NineTouch's
// loopback port, as a browser does.
#include "oauth.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <thread>

using namespace NineTouch;

class TestOAuth : public QObject
{
    Q_OBJECT

private:
    QProcess m_server;
    quint16 m_port = 0;

    OAuthProvider provider() const
    {
        OAuthProvider p;
        p.id = QStringLiteral("custom");
        p.name = QStringLiteral("Test provider");
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
        p.authorizeUrl = QUrl(base + "/authorize");
        p.tokenUrl = QUrl(base + "/token");
        p.revokeUrl = QUrl(base + "/revoke");
        p.scopes = { QStringLiteral("mail") };
        p.clientId = QStringLiteral("ninetouch-test");
        return p;
    }

    // What the provider's side of a test changes (oauth_server.py's /admin).
    void admin(const QString &what, const QByteArray &form = {})
    {
        QProcess post;
        post.start("/usr/bin/python3",
                   { "-c",
                     "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], "
                     "data=sys.argv[2].encode()).read()",
                     QStringLiteral("http://127.0.0.1:%1/admin/%2").arg(m_port).arg(what),
                     QString::fromLatin1(form) });
        QVERIFY(post.waitForFinished(10000));
        QCOMPARE(post.exitCode(), 0);
    }

    // The rep's browser: opens url and follows the provider's redirects; what it shows last.
    static QString browse(const QUrl &url)
    {
        QProcess browser;
        browser.start("/usr/bin/python3",
                      { "-c",
                        "import sys, urllib.request, urllib.error\n"
                        "try:\n"
                        "    print(urllib.request.urlopen(sys.argv[1]).read().decode())\n"
                        "except urllib.error.HTTPError as e:\n"
                        "    print(e.code, e.read().decode())\n",
                        url.toString(QUrl::FullyEncoded) });
        if (!browser.waitForFinished(20000))
            return QStringLiteral("(the browser hung)");
        return QString::fromUtf8(browser.readAllStandardOutput());
    }

    // A whole sign-in: the page opened, the redirect caught, the code taken from it.
    struct SignIn
    {
        std::unique_ptr<OAuthRequest> request;
        Result<QUrl> redirect = QUrl();
        QString page; // what the browser showed at the end
    };
    SignIn signIn(const OAuthProvider &p)
    {
        SignIn s;
        LoopbackRedirect back;
        if (Status listening = back.listen(); !listening) {
            s.redirect = listening.error();
            return s;
        }
        s.request = std::make_unique<OAuthRequest>(p, back.uri());
        std::thread browser([&s] { s.page = browse(s.request->authorizationUrl()); });
        s.redirect = back.waitForRedirect(s.request->state(), 15000);
        browser.join();
        return s;
    }

private slots:
    void initTestCase()
    {
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start("/usr/bin/python3",
                       { QStringLiteral(NINETOUCH_TESTS_MAIL "/oauth_server.py"), "--client-id",
                         "ninetouch-test", "--user", "rep@example.com", "--scope", "mail" });
        QVERIFY2(m_server.waitForReadyRead(15000),
                 "the test's OAuth server did not start (python3-oauthlib: packaging/dev.sh)");
        const QByteArray line = m_server.readLine().trimmed();
        QVERIFY2(line.startsWith("port "), line.constData());
        m_port = quint16(line.mid(5).toUInt());
    }
    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished();
    }

    // The page NineTouch sends the browser to: the client, the loopback redirect, the scopes,
    // the state and the S256 challenge of the verifier kept here (RFC 7636's example).
    void theSignInPageCarriesTheChallenge()
    {
        QCOMPARE(OAuthRequest::challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        OAuthProvider p = OAuthProvider::google();
        p.clientId = QStringLiteral("123.apps.example");
        const OAuthRequest request(p, QUrl("http://127.0.0.1:4711/"));
        const QUrlQuery q(request.authorizationUrl("rep@example.com"));
        QCOMPARE(q.queryItemValue("response_type"), "code");
        QCOMPARE(q.queryItemValue("client_id"), "123.apps.example");
        QCOMPARE(q.queryItemValue("redirect_uri", QUrl::FullyDecoded), "http://127.0.0.1:4711/");
        QCOMPARE(q.queryItemValue("scope", QUrl::FullyDecoded), "https://mail.google.com/");
        QCOMPARE(q.queryItemValue("code_challenge_method"), "S256");
        QCOMPARE(q.queryItemValue("code_challenge"), OAuthRequest::challengeOf(request.verifier()));
        QCOMPARE(q.queryItemValue("state"), request.state());
        QCOMPARE(q.queryItemValue("access_type"), "offline");
        QCOMPARE(q.queryItemValue("login_hint", QUrl::FullyDecoded), "rep@example.com");
        QVERIFY(request.verifier().size() >= 43 && request.verifier().size() <= 128);
        // Each sign-in its own secrets.
        const OAuthRequest another(p, QUrl("http://127.0.0.1:4711/"));
        QVERIFY(another.verifier() != request.verifier());
        QVERIFY(another.state() != request.state());
    }

    void aProviderIsCheckedBeforeAnySignIn_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("said");
        QTest::newRow("no client id") << "client"
                                      << "client id your company registered";
        QTest::newRow("plain http off this computer") << "http"
                                                      << "must be https://";
        QTest::newRow("no scopes") << "scopes"
                                   << "the scopes";
    }
    void aProviderIsCheckedBeforeAnySignIn()
    {
        QFETCH(QString, change);
        QFETCH(QString, said);
        OAuthProvider p = provider();
        QVERIFY(p.check().ok());
        if (change == "client")
            p.clientId.clear();
        if (change == "http")
            p.tokenUrl = QUrl("http://login.example.com/token");
        if (change == "scopes")
            p.scopes.clear();
        const Status s = p.check();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(said), qPrintable(s.error().message));
        // However it was set up, a token never travels in the clear off this computer.
        if (change == "http") {
            const auto refused = OAuth::refresh(p, QStringLiteral("a-refresh-token"));
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().field, Field::MailOAuthProvider);
            QVERIFY(!refused.error().message.contains("a-refresh-token"));
        }
        // The presets are well formed but for the client id a build or a company gives.
        OAuthProvider google = OAuthProvider::google();
        google.clientId = "x";
        QVERIFY(google.check().ok());
        OAuthProvider microsoft = OAuthProvider::microsoft();
        microsoft.clientId = "x";
        QVERIFY(microsoft.check().ok());
        QVERIFY(microsoft.scopes.contains("offline_access"));
    }

    // The rep signs in through the browser; the provider's redirect reaches NineTouch's
    // loopback port; the code and the verifier give an access token and a refresh token.
    void aRepSignsInThroughTheBrowser()
    {
        SignIn s = signIn(provider());
        QVERIFY2(s.redirect.ok(), s.redirect.ok() ? "" : qPrintable(s.redirect.error().message));
        QVERIFY2(s.page.contains("You can close this page"), qPrintable(s.page));
        const auto code = s.request->codeFrom(*s.redirect);
        QVERIFY2(code.ok(), code.ok() ? "" : qPrintable(code.error().message));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto tokens = OAuth::exchange(*s.request, *code);
        QVERIFY2(tokens.ok(), tokens.ok() ? "" : qPrintable(tokens.error().message));
        QVERIFY(!tokens->accessToken.isEmpty());
        QVERIFY(!tokens->refreshToken.isEmpty());
        QCOMPARE(tokens->scope, "mail");
        QVERIFY(qAbs(before.secsTo(tokens->expiresAt) - 3600) < 30);
        QVERIFY(!tokens->expiredBy(before));
        QVERIFY(tokens->expiredBy(tokens->expiresAt.addSecs(-30))); // renewed a minute early
        // The code is spent: a second exchange is refused.
        QVERIFY(!OAuth::exchange(*s.request, *code).ok());

        // A new access token from the refresh token, which stays.
        const auto renewed = OAuth::refresh(provider(), tokens->refreshToken);
        QVERIFY2(renewed.ok(), renewed.ok() ? "" : qPrintable(renewed.error().message));
        QVERIFY(renewed->accessToken != tokens->accessToken);
        // Signing out ends the grant: the refresh token no longer works.
        QVERIFY(OAuth::revoke(provider(), tokens->refreshToken).ok());
        const auto after = OAuth::refresh(provider(), tokens->refreshToken);
        QVERIFY(!after.ok());
        QCOMPARE(after.error().kind, ErrorKind::Refused);
    }

    // The code is bound to this sign-in's verifier (PKCE): another verifier gets nothing.
    void aCodeWithoutItsVerifierGetsNothing()
    {
        SignIn s = signIn(provider());
        QVERIFY(s.redirect.ok());
        const auto code = s.request->codeFrom(*s.redirect);
        QVERIFY(code.ok());
        const OAuthRequest other(provider(), s.request->redirectUri());
        const auto tokens = OAuth::exchange(other, *code);
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error().kind, ErrorKind::Refused);
        QVERIFY2(tokens.error().message.contains("did not accept the sign-in's code"),
                 qPrintable(tokens.error().message));
    }

    // The rep or the company withdrew NineTouch's access at the provider: the refresh says so
    // in words that tell the rep what to do.
    void aWithdrawnGrantSaysToSignInAgain()
    {
        SignIn s = signIn(provider());
        QVERIFY(s.redirect.ok());
        const auto tokens = OAuth::exchange(*s.request, *s.request->codeFrom(*s.redirect));
        QVERIFY(tokens.ok());
        admin("revoke");
        const auto refreshed = OAuth::refresh(provider(), tokens->refreshToken);
        QVERIFY(!refreshed.ok());
        QCOMPARE(refreshed.error().kind, ErrorKind::Refused);
        QVERIFY2(refreshed.error().message.contains("Sign in to Test provider again"),
                 qPrintable(refreshed.error().message));
    }

    // The rep clicked "Cancel" at the provider (or the company's policy refused the app).
    void aDeclinedSignInIsSaid()
    {
        admin("deny");
        SignIn s = signIn(provider());
        QVERIFY(s.redirect.ok());
        QVERIFY2(s.page.contains("did not complete"), qPrintable(s.page));
        const auto code = s.request->codeFrom(*s.redirect);
        QVERIFY(!code.ok());
        QVERIFY2(code.error().message.contains("administrator"), qPrintable(code.error().message));
    }

    // An answer that is not this sign-in's (another state) is never taken.
    void aStrayAnswerIsNotTaken()
    {
        const OAuthRequest request(provider(), QUrl("http://127.0.0.1:4711/"));
        const auto code = request.codeFrom(QUrl("http://127.0.0.1:4711/?code=abc&state=other"));
        QVERIFY(!code.ok());
        QVERIFY(code.error().message.contains("not from this sign-in"));
        QVERIFY(request.codeFrom(QUrl("http://127.0.0.1:4711/?code=abc&state=" + request.state()))
                    .ok());
    }

    // A client id the provider does not know is named.
    void anUnknownClientIsNamed()
    {
        OAuthProvider wrong = provider();
        wrong.clientId = QStringLiteral("someone-else");
        const auto tokens = OAuth::refresh(wrong, QStringLiteral("whatever"));
        QVERIFY(!tokens.ok());
        QVERIFY2(tokens.error().message.contains("someone-else"),
                 qPrintable(tokens.error().message));
    }

    // Nothing answers at the provider's address.
    void anUnreachableProviderIsSaid()
    {
        OAuthProvider p = provider();
        p.tokenUrl = QUrl("http://127.0.0.1:1/token");
        const auto tokens = OAuth::refresh(p, QStringLiteral("x"));
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error().kind, ErrorKind::Mail);
        QVERIFY(tokens.error().message.contains("does not answer"));
    }

    // The port waits for the redirect, answers other requests (a favicon) and waits on, and
    // gives up after its time.
    void theLoopbackPortWaitsForTheRedirectOnly()
    {
        LoopbackRedirect back;
        QVERIFY(back.listen().ok());
        QCOMPARE(back.uri().host(), "127.0.0.1");
        QVERIFY(back.uri().port() > 0);
        // Other programs knock first: one that connects and says nothing, a favicon, another
        // state. The sign-in's own redirect still gets through.
        QStringList pages;
        std::thread browser([url = back.uri(), &pages] {
            QProcess idle;
            idle.start("/usr/bin/python3",
                       { "-c",
                         "import socket, sys, time; s = socket.create_connection(('127.0.0.1', "
                         "int(sys.argv[1]))); time.sleep(4)",
                         QString::number(url.port()) });
            idle.waitForStarted();
            QThread::msleep(300);
            pages << browse(url.resolved(QUrl("/favicon.ico")));
            pages << browse(url.resolved(QUrl("/?state=someone-else&code=stolen")));
            pages << browse(url.resolved(QUrl("/?state=s&code=c")));
            idle.waitForFinished();
        });
        const auto redirect = back.waitForRedirect("s", 15000);
        browser.join();
        QVERIFY(redirect.ok());
        QCOMPARE(QUrlQuery(*redirect).queryItemValue("code"), "c");
        QCOMPARE(pages.size(), 3);
        QVERIFY2(pages.at(1).startsWith("404"), qPrintable(pages.at(1)));
        QVERIFY2(pages.at(2).contains("You can close this page"), qPrintable(pages.at(2)));
        QElapsedTimer clock;
        clock.start();
        const auto nothing = back.waitForRedirect("s", 300);
        QVERIFY(!nothing.ok());
        QVERIFY(clock.elapsed() < 3000);
        std::atomic<bool> stop { true };
        QVERIFY(back.waitForRedirect("s", 10000, &stop).error().message.contains("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
