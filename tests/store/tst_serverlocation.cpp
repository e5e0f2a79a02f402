// The address of a pipeline on a server (--db postgresql://…): what NineTouch connects to, and
// what it refuses before connecting. TLS is required off this machine, and a password never
// travels in the address.
#include "serverlocation.h"

#include <QTest>

using namespace NineTouch;

class TestServerLocation : public QObject
{
    Q_OBJECT

private slots:
    void whatIsAServer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("server");
        QTest::newRow("a file") << "/home/rep/ninetouch.sqlite" << false;
        QTest::newRow("a relative file") << "pipeline.sqlite" << false;
        QTest::newRow("postgresql://") << "postgresql://rep@db/sales" << true;
        QTest::newRow("postgres://") << "postgres://rep@db/sales" << true;
        QTest::newRow("in capitals") << "PostgreSQL://rep@db/sales" << true;
        QTest::newRow("a file named like a scheme") << "postgresql:/sales" << false;
    }
    void whatIsAServer()
    {
        QFETCH(QString, text);
        QFETCH(bool, server);
        QCOMPARE(ServerLocation::isServer(text), server);
    }

    void accepted_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("shown");
        // clang-format off
        QTest::newRow("a server off this machine: verify-full")
            << "postgresql://alex@db.example.com/sales" << "alex" << "db.example.com" << -1 << "sales" << "verify-full" << "sales on db.example.com";
        QTest::newRow("verify-full asked for")
            << "postgresql://alex@db.example.com:6543/sales?sslmode=verify-full" << "alex" << "db.example.com" << 6543 << "sales" << "verify-full" << "sales on db.example.com";
        QTest::newRow("loopback: libpq's default")
            << "postgresql://alex@localhost/sales" << "alex" << "localhost" << -1 << "sales" << "" << "sales on localhost";
        QTest::newRow("loopback may go without TLS")
            << "postgresql://alex@127.0.0.1/sales?sslmode=disable" << "alex" << "127.0.0.1" << -1 << "sales" << "disable" << "sales on 127.0.0.1";
        QTest::newRow("IPv6 loopback")
            << "postgresql://alex@[::1]:5433/sales?sslmode=prefer" << "alex" << "::1" << 5433 << "sales" << "prefer" << "sales on ::1";
        QTest::newRow("a socket folder")
            << "postgresql://alex@/sales?host=/run/postgresql" << "alex" << "/run/postgresql" << -1 << "sales" << "" << "sales on this machine";
        QTest::newRow("a socket folder, percent-encoded")
            << "postgresql://alex@%2Frun%2Fpostgresql/sales" << "alex" << "/run/postgresql" << -1 << "sales" << "" << "sales on this machine";
        QTest::newRow("the login's own name")
            << "postgresql:///sales" << "" << "/var/run/postgresql" << -1 << "sales" << "" << "sales on this machine";
        QTest::newRow("a port in the query")
            << "postgresql://alex@db.example.com/sales?port=6000" << "alex" << "db.example.com" << 6000 << "sales" << "verify-full" << "sales on db.example.com";
        // clang-format on
    }
    void accepted()
    {
        QFETCH(QString, url);
        const auto l = ServerLocation::parse(url);
        QVERIFY2(l.ok(), l.ok() ? "" : qPrintable(l.error().message));
        QTEST(l->user, "user");
        QTEST(l->host, "host");
        QTEST(l->port, "port");
        QTEST(l->database, "database");
        QTEST(l->sslMode, "sslMode");
        QTEST(l->displayName(), "shown");
        QCOMPARE(l->url, url);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        // clang-format off
        QTest::newRow("a password in the address") << "postgresql://alex:secret@db.example.com/sales" << "holds a password";
        QTest::newRow("no database") << "postgresql://alex@db.example.com" << "names no database";
        QTest::newRow("no database, a slash") << "postgresql://alex@db.example.com/" << "names no database";
        QTest::newRow("a path for a database") << "postgresql://alex@db.example.com/a/b" << "names no database";
        QTest::newRow("TLS off, off this machine") << "postgresql://alex@db.example.com/sales?sslmode=disable" << "sslmode=disable would send the pipeline to db.example.com";
        QTest::newRow("TLS unchecked, off this machine") << "postgresql://alex@db.example.com/sales?sslmode=require" << "sslmode=require would send";
        QTest::newRow("only the authority checked") << "postgresql://alex@db.example.com/sales?sslmode=verify-ca" << "sslmode=verify-ca would send";
        QTest::newRow("a 192.168 address is not this machine") << "postgresql://alex@192.168.1.5/sales?sslmode=prefer" << "would send the pipeline to 192.168.1.5";
        QTest::newRow("a host that only starts like localhost") << "postgresql://alex@localhost.example.com/sales?sslmode=disable" << "would send";
        QTest::newRow("a name that only starts like a loopback address") << "postgresql://alex@127.attacker.example/sales?sslmode=disable" << "would send the pipeline to 127.attacker.example";
        QTest::newRow("a list of hosts, a socket first") << "postgresql://alex@/sales?host=/run/postgresql,db.example.com&sslmode=disable" << "names several servers";
        QTest::newRow("a list of hosts, loopback first") << "postgresql://alex@/sales?host=127.0.0.1,db.example.com" << "names several servers";
        QTest::newRow("a list of hosts, an encoded socket first") << "postgresql://alex@%2Frun%2Fpostgresql,db.example.com/sales" << "names several servers";
        QTest::newRow("a password as a setting") << "postgresql://alex@localhost/sales?password=secret" << "holds a password";
        QTest::newRow("a password in an address that is no URL") << "postgresql://alex:se cret@local host/sales" << "holds a password";
        QTest::newRow("an unknown mode") << "postgresql://alex@localhost/sales?sslmode=sometimes" << "sslmode=sometimes is not one of";
        QTest::newRow("an unknown setting") << "postgresql://alex@localhost/sales?colour=red" << "does not know the setting colour";
        QTest::newRow("a bad port") << "postgresql://alex@localhost/sales?port=http" << "port=http is not a port number";
        QTest::newRow("a port out of range") << "postgresql://alex@localhost/sales?port=70000" << "port=70000";
        QTest::newRow("a bad timeout") << "postgresql://alex@localhost/sales?connect_timeout=-1" << "connect_timeout=-1";
        QTest::newRow("not a URL") << "postgresql://alex@local host/sales" << "is not a server address";
        // clang-format on
    }
    void refused()
    {
        QFETCH(QString, url);
        QFETCH(QString, message);
        const auto l = ServerLocation::parse(url);
        QVERIFY(!l.ok());
        QVERIFY2(l.error().message.contains(message), qPrintable(l.error().message));
        QVERIFY2(!l.error().message.contains("secret"), qPrintable(l.error().message));
        // Bad usage, named as the database's field: exit 1, "--db: …" on the command line.
        QCOMPARE(int(l.error().kind), int(ErrorKind::Input));
        QCOMPARE(int(l.error().field), int(Field::DatabaseFile));
    }

    // libpq reads PGHOSTADDR and PGSERVICE over what the address says: refused while set.
    void theEnvironmentCannotRedirect()
    {
        for (const char *variable : { "PGHOSTADDR", "PGSERVICE" }) {
            qputenv(variable, "10.0.0.66");
            const auto l = ServerLocation::parse("postgresql://alex@localhost/sales");
            qunsetenv(variable);
            QVERIFY(!l.ok());
            QVERIFY2(l.error().message.contains(variable), qPrintable(l.error().message));
        }
        QVERIFY(ServerLocation::parse("postgresql://alex@localhost/sales").ok());
    }

    // What libpq is given beyond host, port, user and database.
    void connectOptions()
    {
        const auto l = ServerLocation::parse(
            "postgresql://alex@db.example.com/sales?sslrootcert=/etc/ssl/company%27s%20ca.pem"
            "&connect_timeout=3");
        QVERIFY(l.ok());
        const QString options = l->connectOptions();
        QVERIFY2(options.contains("sslmode=verify-full"), qPrintable(options));
        QVERIFY2(options.contains("sslrootcert='/etc/ssl/company\\'s ca.pem'"),
                 qPrintable(options));
        QVERIFY2(options.contains("connect_timeout=3"), qPrintable(options));
        QVERIFY2(!options.contains("password"), qPrintable(options));
    }
};

QTEST_GUILESS_MAIN(TestServerLocation)
#include "tst_serverlocation.moc"
