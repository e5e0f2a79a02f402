#include "mailservers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

#include <unistd.h>

namespace {

QString run(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return program + QLatin1String(": ") + QString::fromLocal8Bit(p.readAllStandardError());
    if (out)
        *out = p.readAllStandardOutput();
    return {};
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

MailServers::MailServers()
    : m_dir(QDir::tempPath() + QLatin1String("/nt-mail-XXXXXX"))
{
}

MailServers::~MailServers()
{
    for (QProcess *p : { &m_smtp, &m_smtpTls, &m_dovecot }) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
            p->waitForFinished(2000);
        }
    }
}

QString MailServers::start()
{
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    const QString d = m_dir.path();
    QDir().mkpath(d + QLatin1String("/run"));
    QDir().mkpath(d + QLatin1String("/captured"));
    QDir().mkpath(d + QLatin1String("/captured-tls"));
    for (const char *sub : { "cur", "new", "tmp" })
        QDir().mkpath(d + QLatin1String("/mail/Maildir/") + QLatin1String(sub));

    // Four free loopback ports, as the system hands them out.
    QByteArray ports;
    if (QString e = run(QStringLiteral("/usr/bin/python3"),
                        { QStringLiteral("-c"),
                          QStringLiteral("import socket\nss=[socket.socket() for _ in range(4)]\n"
                                         "[s.bind(('127.0.0.1',0)) for s in ss]\n"
                                         "print(' '.join(str(s.getsockname()[1]) for s in ss))") },
                        &ports);
        !e.isEmpty())
        return e;
    const QList<QByteArray> p = ports.trimmed().split(' ');
    m_imapPort = p.value(0).toInt();
    m_imapsPort = p.value(1).toInt();
    m_smtpPort = p.value(2).toInt();
    m_smtpTlsPort = p.value(3).toInt();

    if (QString e = run(QStringLiteral("openssl"),
                        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                          QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                          QStringLiteral("-keyout"), d + QLatin1String("/key.pem"),
                          QStringLiteral("-out"), d + QLatin1String("/cert.pem"),
                          QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                          QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                          QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1") });
        !e.isEmpty())
        return e;

    // Dovecot refuses to log in as root: as root, its own users do the work and own the mail.
    const bool root = geteuid() == 0;
    QByteArray me;
    if (!root && !run(QStringLiteral("id"), { QStringLiteral("-un") }, &me).isEmpty())
        return QStringLiteral("id -un failed");
    me = me.trimmed();
    const QByteArray loginUser = root ? QByteArray("dovenull") : me;
    const QByteArray internalUser = root ? QByteArray("dovecot") : me;
    QByteArray group;
    if (!run(QStringLiteral("id"), { QStringLiteral("-gn"), QString::fromUtf8(internalUser) },
             &group)
             .isEmpty())
        return QStringLiteral("id -gn failed");
    group = group.trimmed();
    const QByteArray dd = d.toUtf8();
    const QByteArray conf = "base_dir = " + dd
        + "/run\n"
          "state_dir = "
        + dd
        + "/run\n"
          "log_path = "
        + dd
        + "/dovecot.log\n"
          "protocols = imap\n"
          "listen = 127.0.0.1\n"
          "default_login_user = "
        + loginUser
        + "\n"
          "default_internal_user = "
        + internalUser
        + "\n"
          "default_internal_group = "
        + group
        + "\n"
          "first_valid_uid = 1\n"
          "ssl = yes\n"
          "ssl_cert = <"
        + dd
        + "/cert.pem\n"
          "ssl_key = <"
        + dd
        + "/key.pem\n"
          "disable_plaintext_auth = no\n"
          "auth_mechanisms = plain login\n"
          "passdb {\n  driver = passwd-file\n"
          "  args = scheme=PLAIN username_format=%u "
        + dd
        + "/passwd\n}\n"
          "userdb {\n  driver = static\n"
          "  args = uid="
        + internalUser + " gid=" + group + " home=" + dd
        + "/mail\n}\n"
          "mail_location = maildir:"
        + dd
        + "/mail/Maildir\n"
          "service imap-login {\n"
          "  chroot =\n"
          "  inet_listener imap {\n    port = "
        + QByteArray::number(m_imapPort)
        + "\n  }\n"
          "  inet_listener imaps {\n    port = "
        + QByteArray::number(m_imapsPort)
        + "\n    ssl = yes\n  }\n}\n"
          "service anvil {\n  chroot =\n}\n";
    if (!write(d + QLatin1String("/dovecot.conf"), conf)
        || !write(d + QLatin1String("/passwd"),
                  QByteArray(user) + ":{PLAIN}" + QByteArray(password) + "\n"))
        return QStringLiteral("cannot write Dovecot's configuration");
    if (root) {
        if (QString e = run(QStringLiteral("chown"),
                            { QStringLiteral("-R"), QString::fromUtf8(internalUser + ':' + group),
                              d + QLatin1String("/mail") });
            !e.isEmpty())
            return e;
        QFile::setPermissions(d, QFile::permissions(d) | QFile::ExeOther | QFile::ReadOther);
    }
    m_dovecot.start(
        QStringLiteral("/usr/sbin/dovecot"),
        { QStringLiteral("-F"), QStringLiteral("-c"), d + QLatin1String("/dovecot.conf") });
    if (!m_dovecot.waitForStarted(10000))
        return QStringLiteral("Dovecot does not start: ") + m_dovecot.errorString();

    if (QString e = startSmtp(m_smtp, m_smtpPort, d + QLatin1String("/captured"), false);
        !e.isEmpty())
        return e;
    if (QString e = startSmtp(m_smtpTls, m_smtpTlsPort, d + QLatin1String("/captured-tls"), true);
        !e.isEmpty())
        return e;

    // Dovecot listens once its log says so.
    for (int i = 0; i < 100; ++i) {
        QFile log(d + QLatin1String("/dovecot.log"));
        if (log.open(QIODevice::ReadOnly) && log.readAll().contains("starting up")) {
            QThread::msleep(300);
            return {};
        }
        if (m_dovecot.state() == QProcess::NotRunning)
            return QStringLiteral("Dovecot stopped: ")
                + QString::fromLocal8Bit(m_dovecot.readAllStandardError());
        QThread::msleep(100);
    }
    return QStringLiteral("Dovecot did not start in time");
}

QString MailServers::startSmtp(QProcess &process, int port, const QString &dir, bool tls)
{
    QStringList args { QStringLiteral(NINETOUCH_TESTS_MAIL "/smtp_capture.py"),
                       QStringLiteral("--port"),
                       QString::number(port),
                       QStringLiteral("--dir"),
                       dir,
                       QStringLiteral("--user"),
                       QString::fromLatin1(user),
                       QStringLiteral("--password"),
                       QString::fromLatin1(password) };
    if (tls)
        args << QStringLiteral("--cert") << m_dir.path() + QLatin1String("/cert.pem")
             << QStringLiteral("--key") << m_dir.path() + QLatin1String("/key.pem");
    process.start(QStringLiteral("/usr/bin/python3"), args);
    if (!process.waitForStarted(10000))
        return QStringLiteral("the SMTP server does not start: ") + process.errorString();
    if (!process.waitForReadyRead(20000) || !process.readAllStandardOutput().contains("ready"))
        return QStringLiteral("the SMTP server did not get ready: ")
            + QString::fromLocal8Bit(process.readAllStandardError());
    return {};
}

QString MailServers::smtpUrl() const
{
    return QStringLiteral("smtp://127.0.0.1:%1").arg(m_smtpPort);
}
QString MailServers::smtpTlsUrl() const
{
    return QStringLiteral("smtp://127.0.0.1:%1").arg(m_smtpTlsPort);
}
QString MailServers::imapUrl() const
{
    return QStringLiteral("imap://127.0.0.1:%1").arg(m_imapPort);
}
QString MailServers::imapsUrl() const
{
    return QStringLiteral("imaps://127.0.0.1:%1").arg(m_imapsPort);
}
QString MailServers::caFile() const
{
    return m_dir.path() + QLatin1String("/cert.pem");
}

void MailServers::deliver(const QByteArray &message)
{
    // Maildir delivery: write in tmp/, then move into new/.
    ++m_delivered;
    const QString name = QStringLiteral("%1.M%2P%3.test")
                             .arg(1800000000 + m_delivered)
                             .arg(m_delivered)
                             .arg(getpid());
    const QString base = m_dir.path() + QLatin1String("/mail/Maildir/");
    write(base + QLatin1String("tmp/") + name, message);
    QFile::rename(base + QLatin1String("tmp/") + name, base + QLatin1String("new/") + name);
    QFile::setPermissions(base + QLatin1String("new/") + name,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                              | QFile::ReadOther);
}

QList<QByteArray> MailServers::captured() const
{
    QList<QByteArray> all;
    for (const char *sub : { "/captured/", "/captured-tls/" }) {
        for (int i = 1;; ++i) {
            QFile f(m_dir.path() + QLatin1String(sub) + QString::number(i) + QLatin1String(".eml"));
            if (!f.open(QIODevice::ReadOnly))
                break;
            all << f.readAll();
        }
    }
    return all;
}

QJsonObject MailServers::envelope(int index) const
{
    int i = index + 1;
    for (const char *sub : { "/captured/", "/captured-tls/" }) {
        QFile f(m_dir.path() + QLatin1String(sub) + QString::number(i) + QLatin1String(".json"));
        if (f.open(QIODevice::ReadOnly))
            return QJsonDocument::fromJson(f.readAll()).object();
        i -= int(
            QDir(m_dir.path() + QLatin1String(sub)).entryList({ QStringLiteral("*.eml") }).size());
    }
    return {};
}

QStringList MailServers::inboxFiles() const
{
    QStringList files;
    for (const char *sub : { "new", "cur" })
        for (const QString &f :
             QDir(m_dir.path() + QLatin1String("/mail/Maildir/") + QLatin1String(sub))
                 .entryList(QDir::Files))
            files << QLatin1String(sub) + QLatin1Char('/') + f;
    return files;
}

void MailServers::stopSmtp()
{
    for (QProcess *p : { &m_smtp, &m_smtpTls }) {
        p->terminate();
        if (!p->waitForFinished(5000))
            p->kill();
        p->waitForFinished(2000);
    }
}
