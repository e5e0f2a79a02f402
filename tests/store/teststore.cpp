#include "teststore.h"

#include "pgserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
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

QMap<QString, QStringList> serverRows(const QString &location, const QStringList &leaveOut)
{
    static int counter = 0;
    const QString name = QStringLiteral("rows-%1").arg(++counter);
    // Every failure stops the test: rows of nothing would make "nothing changed" pass unseen.
    const auto fail = [](const char *what, const QString &detail) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(detail));
        std::abort();
    };
    QMap<QString, QStringList> rows;
    {
        QSqlDatabase db = addConnection(name, location);
        if (!db.open())
            fail("cannot open for its rows", db.lastError().text());
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                        "current_schema() ORDER BY tablename")))
            fail("cannot list the tables", tables.lastError().text());
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            if (leaveOut.contains(table))
                continue;
            QSqlQuery read(db);
            if (!read.exec(QStringLiteral("SELECT to_jsonb(t)::text AS r FROM %1 t ORDER BY r")
                               .arg(table)))
                fail("cannot read a table", read.lastError().text());
            QStringList &out = rows[table];
            while (read.next())
                out << read.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
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
    const QMap<QString, QStringList> rows = serverRows(location);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        hash.addData(it.key().toUtf8());
        for (const QString &row : it.value())
            hash.addData(row.toUtf8());
    }
    return hash.result();
}

} // namespace TestStore
