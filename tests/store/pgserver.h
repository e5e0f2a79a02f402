// A real PostgreSQL (Debian 12's 15) for the tests, started and stopped by the test: its own
// cluster made by initdb in a temporary folder, listening on a Unix socket in that folder only
// (no TCP port, so the servers of parallel tests never collide), trust authentication for its
// one role. PostgreSQL refuses to run as root, and CI runs as root: the server then runs as
// `nobody`. Stopped, and its folder removed, when the object goes. Installed by
// packaging/dev.sh (postgresql); Qt talks to it through the QPSQL driver (libqt6sql6-psql).
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class PgServer
{
public:
    static constexpr const char *role = "ninetouch"; // the cluster's superuser

    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // Empty when the server accepts connections; else what failed, with its log.
    QString start();
    // Stops it, as an administrator would (fast: sessions ended, everything committed kept).
    QString stop();
    // Ends the server as close to a crash as its own signals go: an immediate stop (SIGQUIT:
    // every backend ends at once, no checkpoint), then SIGKILL if the postmaster lingers.
    void kill();
    bool isRunning() const;

    // The folder of the socket: a client's host ("host=/tmp/nt-pg-…/socket").
    QString socketFolder() const { return m_dir.path() + QLatin1String("/socket"); }
    QString dataFolder() const { return m_dir.path() + QLatin1String("/data"); }
    // A libpq connection URL for a database of this server.
    // (The cluster's superuser, or a login added by addPasswordLogin.)
    QString url(const QString &database, const QString &user = QLatin1String(role)) const;
    // Makes a database (empty when done; else why not).
    QString createDatabase(const QString &name);
    // A login that must give its password over the socket (scram-sha-256), owning database.
    QString addPasswordLogin(const QString &user, const QString &password, const QString &database);
    // The postmaster's process id, 0 when it is not running.
    qint64 pid() const;
    // Runs statements as the superuser in the database "postgres" (empty when all ran), as the
    // server's administrator would.
    QString administer(const QStringList &statements);

private:
    QString makeCluster();
    QString runAsServer(const QString &program, const QStringList &args, int timeoutMs = 60000);

    QTemporaryDir m_dir;
    QString m_bin;
    bool m_asNobody = false;
};
