#include "pgserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// The server's programs, of the newest version installed (Debian 12: 15; Ubuntu 24.04: 16).
QString serverBin()
{
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    const QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    int newest = 0;
    for (const QString &v : found)
        newest = std::max(newest, v.toInt());
    return versions.filePath(QString::number(newest) + QLatin1String("/bin"));
}

QString logOf(const QString &path)
{
    QFile log(path);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = log.readAll();
    return QStringLiteral("\n--- server log ---\n") + QString::fromLocal8Bit(text.right(4000));
}

} // namespace

PgServer::PgServer()
    // In /tmp, whatever TMPDIR says: the socket's path must stay under the 107 bytes a Unix
    // socket's name may have, and every folder above it must let `nobody` through.
    : m_dir(QStringLiteral("/tmp/nt-pg-XXXXXX"))
    , m_bin(serverBin())
    , m_asNobody(::geteuid() == 0)
{
}

PgServer::~PgServer()
{
    if (isRunning() && !stop().isEmpty())
        kill();
}

QString PgServer::runAsServer(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asNobody) {
        // setpriv (util-linux): the user and group ids of nobody, no supplementary groups.
        p.start(QStringLiteral("setpriv"),
                QStringList { QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                              QStringLiteral("--clear-groups"), m_bin + QLatin1Char('/') + program }
                    + args);
    } else {
        p.start(m_bin + QLatin1Char('/') + program, args);
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return program + QStringLiteral(" did not finish: ") + QString::fromLocal8Bit(p.readAll());
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(p.readAll());
    return {};
}

QString PgServer::makeCluster()
{
    // The folder is the server's: its data (0700, as PostgreSQL demands) and its socket.
    const QString top = m_dir.path();
    if (!QDir().mkpath(dataFolder()) || !QDir().mkpath(socketFolder()))
        return QStringLiteral("cannot make the server's folders in ") + top;
    ::chmod(QFile::encodeName(dataFolder()).constData(), 0700);
    if (m_asNobody) {
        const passwd *nobody = ::getpwnam("nobody");
        const group *nogroup = ::getgrnam("nogroup");
        if (!nobody || !nogroup)
            return QStringLiteral("no user nobody or group nogroup to run PostgreSQL as");
        ::chmod(QFile::encodeName(top).constData(), 0755);
        for (const QString &dir : { dataFolder(), socketFolder() }) {
            if (::chown(QFile::encodeName(dir).constData(), nobody->pw_uid, nogroup->gr_gid) != 0)
                return QStringLiteral("cannot give %1 to nobody").arg(dir);
        }
    }
    return runAsServer(QStringLiteral("initdb"),
                       { QStringLiteral("--pgdata=") + dataFolder(),
                         QStringLiteral("--username=") + QLatin1String(role),
                         QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                         QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync") });
}

QString PgServer::start()
{
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    if (!QFileInfo(m_bin + QLatin1String("/initdb")).isExecutable())
        return QStringLiteral("PostgreSQL is not installed (%1/initdb): packaging/dev.sh test "
                              "installs it (postgresql)")
            .arg(m_bin);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's PostgreSQL driver is missing: packaging/dev.sh test installs "
                              "it (libqt6sql6-psql)");
    // A cluster is made once; a start after stop() or kill() finds it, and recovers it.
    if (!QFileInfo::exists(dataFolder() + QLatin1String("/PG_VERSION"))) {
        if (QString e = makeCluster(); !e.isEmpty())
            return e;
    }
    // The socket only; fsync stays on (the crash tests count on what a commit promises).
    const QString options = QStringLiteral("-k %1 -c listen_addresses= -c max_connections=40 "
                                           "-c shared_buffers=16MB")
                                .arg(socketFolder());
    const QString log = socketFolder() + QLatin1String("/server.log");
    if (QString e =
            runAsServer(QStringLiteral("pg_ctl"),
                        { QStringLiteral("start"), QStringLiteral("--wait"),
                          QStringLiteral("--timeout=60"), QStringLiteral("--pgdata"), dataFolder(),
                          QStringLiteral("--log"), log, QStringLiteral("--options"), options },
                        90000);
        !e.isEmpty())
        return e + logOf(log);
    return {};
}

QString PgServer::stop()
{
    if (!isRunning())
        return {};
    return runAsServer(QStringLiteral("pg_ctl"),
                       { QStringLiteral("stop"), QStringLiteral("--wait"),
                         QStringLiteral("--pgdata"), dataFolder(), QStringLiteral("--mode=fast") });
}

qint64 PgServer::pid() const
{
    // The postmaster writes its id on the first line of postmaster.pid while it runs.
    QFile file(dataFolder() + QLatin1String("/postmaster.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const qint64 id = file.readLine().trimmed().toLongLong();
    if (id <= 0)
        return 0;
    // Alive, not a zombie left for a parent that does not reap (pg_ctl's child is adopted).
    QFile stat(QStringLiteral("/proc/%1/stat").arg(id));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.size() > close + 2 && line.at(close + 2) != 'Z' ? id : 0;
}

bool PgServer::isRunning() const
{
    return pid() != 0;
}

void PgServer::kill()
{
    const qint64 id = pid();
    if (id == 0)
        return;
    // SIGKILL to the postmaster leaves its backends; SIGQUIT asks them all to end at once,
    // without a checkpoint, as close to a crash as a server's own signals go. Then the kill.
    ::kill(pid_t(id), SIGQUIT);
    for (int i = 0; i < 100 && pid() == id; ++i)
        ::usleep(50000);
    if (pid() == id)
        ::kill(pid_t(id), SIGKILL);
}

namespace {

// A name as an identifier: quoted, its own quotes doubled.
QString identifier(QString name)
{
    name.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

} // namespace

QString PgServer::url(const QString &database, const QString &user) const
{
    return QStringLiteral("postgresql://%1@/%2?host=%3").arg(user, database, socketFolder());
}

QString PgServer::administer(const QStringList &statements)
{
    const QString connection = QStringLiteral("pgserver-") + QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(socketFolder());
        db.setUserName(QLatin1String(role));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            for (const QString &statement : statements) {
                if (!q.exec(statement)) {
                    error = statement + QStringLiteral(": ") + q.lastError().text();
                    break;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

QString PgServer::createDatabase(const QString &name)
{
    return administer({ QStringLiteral("CREATE DATABASE ") + identifier(name) });
}

QString PgServer::addPasswordLogin(const QString &user, const QString &password,
                                   const QString &database)
{
    // Before trust's lines: the first line that matches decides.
    QFile hba(dataFolder() + QLatin1String("/pg_hba.conf"));
    if (!hba.open(QIODevice::ReadOnly))
        return hba.errorString();
    const QByteArray rest = hba.readAll();
    hba.close();
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return hba.errorString();
    hba.write(QStringLiteral("local all %1 scram-sha-256\n").arg(user).toUtf8() + rest);
    hba.close();
    QString quotedPassword = password;
    quotedPassword.replace(QLatin1Char('\''), QLatin1String("''"));
    return administer({ QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                            .arg(identifier(user), quotedPassword),
                        QStringLiteral("ALTER DATABASE %1 OWNER TO %2")
                            .arg(identifier(database), identifier(user)),
                        QStringLiteral("SELECT pg_reload_conf()") });
}
