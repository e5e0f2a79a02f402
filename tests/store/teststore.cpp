#include "teststore.h"

#include "pgserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace TestStore {

namespace {

PgServer &server()
{
    // Stopped, and its folder removed, when the test process ends.
    static const std::unique_ptr<PgServer> running = [] {
        auto s = std::make_unique<PgServer>();
        if (const QString error = s->start(); !error.isEmpty()) {
            std::fprintf(stderr, "cannot start the test's PostgreSQL: %s\n", qPrintable(error));
            std::abort();
        }
        return s;
    }();
    return *running;
}

} // namespace

bool onServer()
{
    return qEnvironmentVariable("NINETOUCH_TEST_ENGINE") == QLatin1String("postgresql");
}

QString newLocation(const QTemporaryDir &dir, const QString &fileName)
{
    if (!onServer())
        return dir.filePath(fileName);
    static int databases = 0;
    const QString name = QStringLiteral("pipeline%1").arg(++databases);
    if (const QString error = server().createDatabase(name); !error.isEmpty()) {
        std::fprintf(stderr, "cannot create the test database %s: %s\n", qPrintable(name),
                     qPrintable(error));
        std::abort();
    }
    return server().url(name);
}

bool isServer(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"));
}

QSqlDatabase addConnection(const QString &connectionName, const QString &location)
{
    if (!isServer(location)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(location);
        return db;
    }
    const QUrl url(location);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    return db;
}

QByteArray contentDigest(const QString &location)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!isServer(location)) {
        QFile f(location);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        hash.addData(f.readAll());
        return hash.result();
    }
    static int counter = 0;
    const QString name = QStringLiteral("digest-%1").arg(++counter);
    {
        QSqlDatabase db = addConnection(name, location);
        // A digest of nothing would make "nothing was written" pass unseen.
        if (!db.open()) {
            std::fprintf(stderr, "cannot open %s for a digest\n", qPrintable(location));
            std::abort();
        }
        {
            QSqlQuery tables(db);
            if (!tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                            "current_schema() ORDER BY tablename"))) {
                std::fprintf(stderr, "cannot list the tables of %s\n", qPrintable(location));
                std::abort();
            }
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString &table : std::as_const(names)) {
                QSqlQuery rows(db);
                if (!rows.exec(QStringLiteral("SELECT to_jsonb(t)::text AS r FROM %1 t ORDER BY r")
                                   .arg(table))) {
                    std::fprintf(stderr, "cannot read %s\n", qPrintable(table));
                    std::abort();
                }
                hash.addData(table.toUtf8());
                while (rows.next())
                    hash.addData(rows.value(0).toString().toUtf8());
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result();
}

} // namespace TestStore
