#include "mailtransport.h"

#include "curlglobal.h"

#include <curl/curl.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <poll.h>

#include <memory>

namespace NineTouch::MailTransport {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MailTransport)
};

constexpr long connectTimeoutSeconds = 20;
constexpr int replyTimeoutMs = 60000; // one IMAP reply
constexpr qsizetype maxLineBytes = 64 * 1024; // one IMAP response line, literals aside

void globalInit()
{
    (void)curlReady();
}

// One libcurl handle with the account's server, credentials and TLS policy, and the server's
// last words captured for the error message.
class Session
{
public:
    Session(const MailAccount &account, const QUrl &server, Stop stop)
        : m_curl(curl_easy_init(), curl_easy_cleanup)
        , m_server(server)
        , m_stop(stop)
    {
        globalInit();
        CURL *c = m_curl.get();
        m_url = server.toString(QUrl::RemoveUserInfo | QUrl::RemovePath).toUtf8() + '/';
        curl_easy_setopt(c, CURLOPT_URL, m_url.constData());
        m_user = account.user.toUtf8();
        m_password = account.password.toUtf8();
        if (!m_user.isEmpty()) {
            curl_easy_setopt(c, CURLOPT_USERNAME, m_user.constData());
            curl_easy_setopt(c, CURLOPT_PASSWORD, m_password.constData());
        }
        // STARTTLS is required, except towards this machine, where a server that offers none
        // (a local test server) is accepted in plain text.
        const bool implicitTls = server.scheme().endsWith(QLatin1Char('s'));
        if (!implicitTls)
            curl_easy_setopt(c, CURLOPT_USE_SSL,
                             isLoopbackHost(server.host()) ? long(CURLUSESSL_TRY)
                                                           : long(CURLUSESSL_ALL));
        // A company's own certificate authority (and the tests' one) may be given as a file.
        m_caFile = qgetenv("NINETOUCH_MAIL_CA_FILE");
        if (!m_caFile.isEmpty())
            curl_easy_setopt(c, CURLOPT_CAINFO, m_caFile.constData());
        curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, connectTimeoutSeconds);
        // A server that stops answering mid-transfer: given up after a minute of silence.
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, 60L);
        curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(c, CURLOPT_ERRORBUFFER, m_error);
        // The server's replies, for the message when something fails. Never what we send:
        // that holds the password.
        curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, &Session::debug);
        curl_easy_setopt(c, CURLOPT_DEBUGDATA, this);
        curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);
        if (stop) {
            curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, &Session::progress);
            curl_easy_setopt(c, CURLOPT_XFERINFODATA, this);
            curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
        }
    }

    CURL *handle() const { return m_curl.get(); }
    bool stopped() const { return m_stop && m_stop->load(); }

    // What went wrong, in a rep's words, with the server's last reply as the detail.
    Error error(CURLcode code, const QString &recipient = {}) const
    {
        const QString server =
            m_server.host() + QLatin1Char(':') + QString::number(m_server.port());
        const QString said = QString::fromUtf8(m_lastReply).trimmed();
        const QString detail = said.isEmpty() ? QString::fromUtf8(m_error) : said;
        if (stopped())
            return mailError(Text::tr("Stopped: NineTouch is closing."));
        switch (code) {
        case CURLE_LOGIN_DENIED:
            return mailError(Text::tr("The mail server %1 refused the user name or password. "
                                      "Check them in the settings (Mail).")
                                 .arg(server),
                             detail);
        case CURLE_COULDNT_RESOLVE_HOST:
            return mailError(Text::tr("The mail server %1 cannot be found: check its name in "
                                      "the settings, and that this computer is online.")
                                 .arg(m_server.host()),
                             detail);
        case CURLE_COULDNT_CONNECT:
        case CURLE_OPERATION_TIMEDOUT:
        case CURLE_RECV_ERROR:
        case CURLE_GOT_NOTHING:
            return mailError(Text::tr("The mail server %1 does not answer: check that this "
                                      "computer is online and the server's address and port.")
                                 .arg(server),
                             detail);
        case CURLE_USE_SSL_FAILED:
            return mailError(Text::tr("The mail server %1 offers no encryption (STARTTLS); "
                                      "NineTouch sends your password only encrypted. Use the "
                                      "server's TLS address (smtps:// or imaps://).")
                                 .arg(server),
                             detail);
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_SSL_CACERT_BADFILE:
            return mailError(Text::tr("The secure connection to %1 failed: its certificate "
                                      "could not be verified.")
                                 .arg(server),
                             QString::fromUtf8(m_error));
        default:
            break;
        }
        const QString curlText = QString::fromUtf8(m_error);
        if (curlText.startsWith(QLatin1String("RCPT failed")))
            return mailError(Text::tr("The mail server refused the recipient %1: check the "
                                      "address.")
                                 .arg(recipient),
                             detail);
        if (curlText.startsWith(QLatin1String("MAIL failed")))
            return mailError(Text::tr("The mail server refused your address as the sender: "
                                      "check your email address in the settings."),
                             detail);
        return mailError(
            Text::tr("The mail server %1 did not take the message: %2")
                .arg(server,
                     curlText.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : curlText),
            detail);
    }

private:
    static int progress(void *self, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
    {
        return static_cast<Session *>(self)->stopped() ? 1 : 0;
    }

    static int debug(CURL *, curl_infotype type, char *data, size_t size, void *self)
    {
        if (type == CURLINFO_HEADER_IN && size > 0) {
            auto *s = static_cast<Session *>(self);
            s->m_lastReply = QByteArray(data, qsizetype(std::min<size_t>(size, 512)));
        }
        return 0;
    }

    std::unique_ptr<CURL, void (*)(CURL *)> m_curl;
    QUrl m_server;
    Stop m_stop = nullptr;
    QByteArray m_url, m_user, m_password, m_caFile;
    QByteArray m_lastReply;
    char m_error[CURL_ERROR_SIZE] = {};
};

// The message bytes, handed to libcurl as it asks.
struct Upload
{
    const QByteArray *data;
    qsizetype position = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *user)
{
    auto *u = static_cast<Upload *>(user);
    const qsizetype n = std::min<qsizetype>(qsizetype(size * count), u->data->size() - u->position);
    memcpy(buffer, u->data->constData() + u->position, size_t(n));
    u->position += n;
    return size_t(n);
}

QByteArray angle(const QString &address)
{
    return '<' + address.trimmed().toUtf8() + '>';
}

// The IMAP commands NineTouch sends itself, on libcurl's authenticated connection: each
// tagged, each reply read to its tagged status, literals ({n} then n bytes) taken whole.
class ImapConversation
{
public:
    explicit ImapConversation(Session &session)
        : m_session(session)
    {
    }

    struct Reply
    {
        QList<QByteArray> untagged; // "* …" lines, a literal's bytes replaced by its index
        QList<QByteArray> literals;
        QByteArray status; // the tagged line
    };

    Result<Reply> command(const QByteArray &text)
    {
        const QByteArray tag = "N" + QByteArray::number(++m_tag);
        if (Status s = sendAll(tag + ' ' + text + "\r\n"); !s)
            return s.error();
        Reply reply;
        for (;;) {
            auto line = readLine();
            if (!line)
                return line.error();
            if (line->startsWith(QByteArray(tag + ' '))) {
                reply.status = line->mid(tag.size() + 1);
                if (!reply.status.startsWith("OK"))
                    return mailError(Text::tr("The mail server refused to read the inbox."),
                                     QString::fromUtf8(reply.status.left(300)));
                return reply;
            }
            QByteArray whole = *line;
            // A literal ends the line: "{123}"; its bytes follow, then the line goes on.
            static const QRegularExpression literal(QStringLiteral("\\{(\\d{1,10})\\}$"));
            for (auto m = literal.match(QString::fromLatin1(*line)); m.hasMatch();) {
                const qint64 size = m.captured(1).toLongLong();
                if (size > maxMessageBytes + 1024)
                    return mailError(Text::tr("The mail server sent more than NineTouch reads "
                                              "at once."));
                auto bytes = readBytes(size);
                if (!bytes)
                    return bytes.error();
                reply.literals << *bytes;
                auto rest = readLine();
                if (!rest)
                    return rest.error();
                whole += ' ' + *rest;
                m = literal.match(QString::fromLatin1(*rest));
            }
            if (whole.startsWith("* "))
                reply.untagged << whole;
        }
    }

private:
    Status sendAll(const QByteArray &bytes)
    {
        qsizetype sent = 0;
        while (sent < bytes.size()) {
            size_t n = 0;
            const CURLcode r = curl_easy_send(m_session.handle(), bytes.constData() + sent,
                                              size_t(bytes.size() - sent), &n);
            if (r == CURLE_AGAIN) {
                if (!wait(POLLOUT))
                    return m_session.error(CURLE_OPERATION_TIMEDOUT);
                continue;
            }
            if (r != CURLE_OK)
                return m_session.error(r);
            sent += qsizetype(n);
        }
        return success();
    }

    bool wait(short events)
    {
        curl_socket_t socket = CURL_SOCKET_BAD;
        curl_easy_getinfo(m_session.handle(), CURLINFO_ACTIVESOCKET, &socket);
        if (socket == CURL_SOCKET_BAD)
            return false;
        // In short slices, so that a stop is seen at once.
        for (int waited = 0; waited < replyTimeoutMs; waited += 200) {
            if (m_session.stopped())
                return false;
            pollfd p { socket, events, 0 };
            const int ready = poll(&p, 1, 200);
            if (ready != 0)
                return ready > 0;
        }
        return false;
    }

    // Fills m_buffer with at least one more byte.
    Status receive()
    {
        char chunk[16384];
        for (;;) {
            size_t n = 0;
            const CURLcode r = curl_easy_recv(m_session.handle(), chunk, sizeof chunk, &n);
            if (r == CURLE_AGAIN) {
                if (!wait(POLLIN))
                    return m_session.error(CURLE_OPERATION_TIMEDOUT);
                continue;
            }
            if (r != CURLE_OK)
                return m_session.error(r);
            if (n == 0)
                return m_session.error(CURLE_GOT_NOTHING);
            m_buffer.append(chunk, qsizetype(n));
            return success();
        }
    }

    Result<QByteArray> readLine()
    {
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end >= 0) {
                QByteArray line = m_buffer.left(end);
                m_buffer.remove(0, end + 2);
                return line;
            }
            if (m_buffer.size() > maxLineBytes)
                return mailError(Text::tr("The mail server sent a line longer than NineTouch "
                                          "reads."));
            if (Status s = receive(); !s)
                return s.error();
        }
    }

    Result<QByteArray> readBytes(qint64 size)
    {
        while (m_buffer.size() < size) {
            if (Status s = receive(); !s)
                return s.error();
        }
        QByteArray bytes = m_buffer.left(qsizetype(size));
        m_buffer.remove(0, qsizetype(size));
        return bytes;
    }

    Session &m_session;
    int m_tag = 0;
    QByteArray m_buffer;
};

// Connects and authenticates, and stops there: libcurl's CONNECT_ONLY.
Status connectOnly(Session &session)
{
    curl_easy_setopt(session.handle(), CURLOPT_CONNECT_ONLY, 1L);
    const CURLcode r = curl_easy_perform(session.handle());
    return r == CURLE_OK ? success() : Status(session.error(r));
}

qint64 numberAfter(const QList<QByteArray> &lines, const QByteArray &key)
{
    for (const QByteArray &line : lines) {
        const qsizetype at = line.indexOf(key);
        if (at >= 0) {
            const QByteArray rest = line.mid(at + key.size()).trimmed();
            qsizetype end = 0;
            while (end < rest.size() && std::isdigit(static_cast<unsigned char>(rest.at(end))))
                ++end;
            return rest.left(end).toLongLong();
        }
    }
    return 0;
}

QByteArray imapDate(const QDate &d)
{
    static const char *months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    return QByteArray::number(d.day()) + '-' + months[d.month() - 1] + '-'
        + QByteArray::number(d.year());
}

} // namespace

Status send(const MailAccount &account, const QStringList &to, const QByteArray &message, Stop stop)
{
    Session session(account, account.smtp, stop);
    CURL *c = session.handle();
    const QByteArray from = angle(account.fromEmail);
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    QList<QByteArray> recipients;
    curl_slist *list = nullptr;
    for (const QString &r : to) {
        recipients << angle(r);
        list = curl_slist_append(list, recipients.constLast().constData());
    }
    std::unique_ptr<curl_slist, void (*)(curl_slist *)> guard(list, curl_slist_free_all);
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, list);
    Upload upload { &message };
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    const CURLcode r = curl_easy_perform(c);
    if (r != CURLE_OK)
        return session.error(r, to.join(QStringLiteral(", ")));
    return success();
}

Status checkSmtp(const MailAccount &account, Stop stop)
{
    Session session(account, account.smtp, stop);
    return connectOnly(session);
}

Status checkImap(const MailAccount &account, Stop stop)
{
    Session session(account, account.imap, stop);
    if (Status s = connectOnly(session); !s)
        return s;
    ImapConversation imap(session);
    auto examined = imap.command("EXAMINE INBOX");
    return examined ? success() : Status(examined.error());
}

Result<InboxBatch> fetchNew(const MailAccount &account, const MailSeen &seen, const QDate &today,
                            int maxMessages, Stop stop)
{
    Session session(account, account.imap, stop);
    if (Status s = connectOnly(session); !s)
        return s.error();
    ImapConversation imap(session);
    // EXAMINE: the inbox opened read-only; nothing read here changes a flag.
    auto examined = imap.command("EXAMINE INBOX");
    if (!examined)
        return examined.error();
    InboxBatch batch;
    batch.seen.uidValidity = numberAfter(examined->untagged, "[UIDVALIDITY ");
    const bool sameMailbox = seen.uidValidity != 0 && seen.uidValidity == batch.seen.uidValidity;
    batch.seen.lastUid = sameMailbox ? seen.lastUid : 0;

    const QByteArray search = sameMailbox
        ? QByteArray("UID SEARCH UID " + QByteArray::number(seen.lastUid + 1) + ":*")
        : QByteArray("UID SEARCH SINCE " + imapDate(today.addDays(-firstLookBackDays)));
    auto found = imap.command(search);
    if (!found)
        return found.error();
    QList<qint64> uids;
    for (const QByteArray &line : found->untagged) {
        if (!line.startsWith("* SEARCH"))
            continue;
        for (const QByteArray &word : line.mid(8).split(' ')) {
            const qint64 uid = word.toLongLong();
            // "n:*" names the last message even when it is older than n.
            if (uid > batch.seen.lastUid)
                uids << uid;
        }
    }
    std::sort(uids.begin(), uids.end());
    if (uids.size() > maxMessages) {
        uids.resize(maxMessages);
        batch.more = true;
    }
    for (qint64 uid : uids) {
        // BODY.PEEK: read without marking read; at most maxMessageBytes of it.
        auto fetched = imap.command("UID FETCH " + QByteArray::number(uid) + " (BODY.PEEK[]<0."
                                    + QByteArray::number(maxMessageBytes) + ">)");
        if (!fetched)
            return fetched.error();
        if (!fetched->literals.isEmpty())
            batch.messages << Fetched { uid, fetched->literals.constFirst() };
        batch.seen.lastUid = uid;
    }
    // Nothing newer than what was read: the next look starts after the inbox's last message.
    const qint64 uidNext = numberAfter(examined->untagged, "[UIDNEXT ");
    if (!batch.more && uidNext > batch.seen.lastUid + 1)
        batch.seen.lastUid = uidNext - 1;
    auto bye = imap.command("LOGOUT");
    Q_UNUSED(bye);
    return batch;
}

} // namespace NineTouch::MailTransport
