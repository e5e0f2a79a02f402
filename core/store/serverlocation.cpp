#include "serverlocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace NineTouch {

namespace {

Error badUrl(const QString &message)
{
    return inputError(Field::DatabaseFile, message);
}

// A value for libpq's key=value list: quoted, with its quotes and backslashes escaped.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

bool ServerLocation::isServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerLocation> ServerLocation::parse(const QString &text)
{
    // A password is refused before anything of the address is shown in a message.
    static const QRegularExpression userPassword(QStringLiteral("^[a-zA-Z]+://[^@/?]*:[^@/?]*@"));
    static const QRegularExpression passwordSetting(QStringLiteral("[?&]password="),
                                                    QRegularExpression::CaseInsensitiveOption);
    if (userPassword.match(text).hasMatch() || passwordSetting.match(text).hasMatch())
        return badUrl(tr("the address holds a password. Take it out: NineTouch asks for it, or "
                         "reads it from the keyring, PGPASSWORD or ~/.pgpass, never from the "
                         "address."));
    // libpq would take these from the environment over what the address says.
    for (const char *variable : { "PGHOSTADDR", "PGSERVICE" }) {
        if (qEnvironmentVariableIsSet(variable))
            return badUrl(tr("the environment sets %1, which would send NineTouch somewhere the "
                             "address does not say. Unset it.")
                              .arg(QLatin1String(variable)));
    }
    // libpq takes a socket folder percent-encoded in the host's place
    // (postgresql://rep@%2Frun%2Fpostgresql/sales), which is no host to QUrl: read it apart.
    static const QRegularExpression socketHost(
        QStringLiteral("^([a-zA-Z]+://(?:[^@/?]*@)?)(%2[fF][^/:?]*)(.*)$"));
    QString socket;
    QString rest = text;
    if (const QRegularExpressionMatch m = socketHost.match(text); m.hasMatch()) {
        socket = QUrl::fromPercentEncoding(m.captured(2).toUtf8());
        rest = m.captured(1) + m.captured(3);
    }
    const QUrl url(rest, QUrl::StrictMode);
    if (!isServer(text) || !url.isValid())
        return badUrl(tr("%1 is not a server address NineTouch can read. Write it as "
                         "postgresql://user@host/database.")
                          .arg(text));
    ServerLocation l;
    l.url = text;
    l.user = url.userName();
    l.host = socket.isEmpty() ? url.host() : socket;
    l.port = url.port(-1);
    l.database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            l.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            l.port = value.toInt(&ok);
            if (!ok || l.port <= 0 || l.port > 65535)
                return badUrl(tr("port=%1 is not a port number.").arg(value));
        } else if (key == QLatin1String("sslmode")) {
            l.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            l.sslRootCert = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            l.connectTimeout = value.toInt(&ok);
            if (!ok || l.connectTimeout <= 0)
                return badUrl(tr("connect_timeout=%1 is not a number of seconds.").arg(value));
        } else {
            return badUrl(tr("NineTouch does not know the setting %1 in the address. It knows "
                             "host, port, sslmode, sslrootcert and connect_timeout.")
                              .arg(key));
        }
    }
    // libpq reads a list of hosts and tries the next when one fails: NineTouch names one.
    if (l.host.contains(QLatin1Char(',')))
        return badUrl(tr("the address names several servers (%1). NineTouch connects to one: "
                         "name it alone.")
                          .arg(l.host));
    // The local socket: named, so that PGHOST cannot send the connection elsewhere.
    if (l.host.isEmpty())
        l.host = QLatin1String(defaultSocketFolder);
    if (l.database.isEmpty() || l.database.contains(QLatin1Char('/')))
        return badUrl(tr("the address names no database. Write it as "
                         "postgresql://user@host/database."));
    static const QStringList modes { QStringLiteral("disable"),   QStringLiteral("allow"),
                                     QStringLiteral("prefer"),    QStringLiteral("require"),
                                     QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    if (!l.sslMode.isEmpty() && !modes.contains(l.sslMode))
        return badUrl(
            tr("sslmode=%1 is not one of %2.").arg(l.sslMode, modes.join(QLatin1String(", "))));
    if (!l.isLocal()) {
        // The deals, the contacts and the notes cross the network: only to the server whose
        // certificate carries its name.
        if (!l.sslMode.isEmpty() && l.sslMode != QLatin1String("verify-full"))
            return badUrl(tr("sslmode=%1 would send the pipeline to %2 without checking that it "
                             "is that server. Off this machine NineTouch connects with "
                             "sslmode=verify-full only: leave sslmode out.")
                              .arg(l.sslMode, l.host));
        l.sslMode = QStringLiteral("verify-full");
    }
    return l;
}

bool ServerLocation::isLocal() const
{
    // A socket folder, the name localhost, or a loopback address written as digits: never a
    // name that only starts like one (127.example.com), which DNS could send anywhere.
    static const QRegularExpression loopbackV4(
        QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return host.startsWith(QLatin1Char('/'))
        || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || loopbackV4.match(host).hasMatch() || host == QLatin1String("::1")
        || host == QLatin1String("0:0:0:0:0:0:0:1");
}

QString ServerLocation::displayName() const
{
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        return tr("%1 on this machine").arg(database);
    return tr("%1 on %2").arg(database, host);
}

QString ServerLocation::connectOptions() const
{
    QStringList options { QStringLiteral("connect_timeout=%1").arg(connectTimeout),
                          QStringLiteral("application_name=NineTouch"),
                          // The server's notices ("already exists, skipping") are not the rep's.
                          QStringLiteral("options='-c client_min_messages=warning'") };
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + quoted(sslRootCert);
    return options.join(QLatin1Char(';'));
}

} // namespace NineTouch
