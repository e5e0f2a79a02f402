// The PostgreSQL 15 server the store's tests run against (issue 23's first step): started by the
// test itself in a temporary folder, reachable through Qt's QPSQL driver on its own socket and
// nowhere else, a committed write kept across a killed server, two servers side by side, and
// nothing left running or on disk once the test is done.
#include "pgserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace {

// A Qt connection to a database of the server, closed and removed when it goes.
class Connection
{
public:
    Connection(const PgServer &server, const QString &database)
        : m_name(QStringLiteral("tst-") + QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(server.socketFolder());
        db.setUserName(QLatin1String(PgServer::role));
        db.setDatabaseName(database);
        db.open();
    }
    ~Connection() { QSqlDatabase::removeDatabase(m_name); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // The first column of the first row, or the error's text.
    QString value(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            return QStringLiteral("error: ") + q.lastError().text();
        return q.next() ? q.value(0).toString() : QStringLiteral("no row");
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql);
    }

private:
    QString m_name;
};

} // namespace

class TestPgServer : public QObject
{
    Q_OBJECT

private slots:
    void aServerStartsOnItsOwnSocketOnly()
    {
        PgServer server;
        QCOMPARE(server.start(), QString());
        QVERIFY(server.isRunning());
        QCOMPARE(server.createDatabase("pipeline"), QString());
        Connection c(server, "pipeline");
        QVERIFY2(c.db().isOpen(), qPrintable(c.db().lastError().text()));
        // Debian 12's 15 (Ubuntu 24.04's 16 where the project is built there).
        QVERIFY2(c.value("SHOW server_version_num").toInt() >= 150000,
                 qPrintable(c.value("SELECT version()")));
        QCOMPARE(c.value("SHOW listen_addresses"), QString()); // no TCP port at all
        QCOMPARE(c.value("SHOW unix_socket_directories"), server.socketFolder());
        QCOMPARE(c.value("SHOW server_encoding"), "UTF8");
        QCOMPARE(c.value("SHOW fsync"), "on");
        QCOMPARE(server.url("pipeline"),
                 "postgresql://ninetouch@/pipeline?host=" + server.socketFolder());
        // A name with a quote is one database, not SQL.
        QCOMPARE(server.createDatabase("rep's \"pipeline\""), QString());
        QCOMPARE(c.value("SELECT count(*) FROM pg_database WHERE datname = 'rep''s \"pipeline\"'"),
                 "1");
    }

    void aCommittedWriteOutlivesAKilledServer()
    {
        PgServer server;
        QCOMPARE(server.start(), QString());
        QCOMPARE(server.createDatabase("pipeline"), QString());
        const qint64 before = server.pid();
        {
            Connection c(server, "pipeline");
            QVERIFY(c.exec("CREATE TABLE deals (id integer PRIMARY KEY, title text NOT NULL)"));
            QVERIFY(c.exec("INSERT INTO deals VALUES (1, 'Pilot')")); // committed
            QVERIFY(c.db().transaction());
            QVERIFY(c.exec("INSERT INTO deals VALUES (2, 'Rollout')")); // never committed
            server.kill();
            QVERIFY(!server.isRunning());
        }
        QCOMPARE(server.start(), QString()); // recovery from the write-ahead log
        QVERIFY(server.pid() != before);
        Connection c(server, "pipeline");
        QCOMPARE(c.value("SELECT string_agg(title, ',' ORDER BY id) FROM deals"), "Pilot");
    }

    void twoServersRunSideBySide()
    {
        PgServer first, second;
        QCOMPARE(first.start(), QString());
        QCOMPARE(second.start(), QString());
        QVERIFY(first.socketFolder() != second.socketFolder());
        QCOMPARE(first.createDatabase("pipeline"), QString());
        QCOMPARE(second.createDatabase("pipeline"), QString());
        Connection a(first, "pipeline");
        Connection b(second, "pipeline");
        QVERIFY(a.exec("CREATE TABLE t (v text)"));
        QVERIFY(a.exec("INSERT INTO t VALUES ('first')"));
        QVERIFY(b.value("SELECT count(*) FROM t").startsWith("error:")); // not the same server
    }

    void nothingIsLeftOnceTheServerGoes()
    {
        QString folder;
        qint64 pid = 0;
        {
            PgServer server;
            QCOMPARE(server.start(), QString());
            folder = QFileInfo(server.dataFolder()).absolutePath();
            pid = server.pid();
            QVERIFY(pid > 0);
            QVERIFY(QDir(folder).exists());
        }
        QVERIFY(!QDir(folder).exists());
        // The postmaster is gone (its id, if already reused, is not a postgres).
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QVERIFY(!cmdline.open(QIODevice::ReadOnly) || !cmdline.readAll().contains("postgres"));
    }
};

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
