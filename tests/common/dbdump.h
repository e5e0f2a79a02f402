// Every row of the fixture's database, exactly as the engine holds it (SQLite's quote() of each
// value; PostgreSQL's to_jsonb() of each row), read on a connection of the test's own: what
// "byte for byte" is compared against.
#pragma once

#include "historyscript.h"
#include "teststore.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace TestSupport {

using Dump = QMap<QString, QStringList>; // table -> rows

inline Dump dumpDatabase(const QString &path)
{
    static int counter = 0;
    const QString name = QStringLiteral("dump-%1").arg(++counter);
    Dump dump;
    if (TestStore::isServer(path)) // the same bookkeeping left out, and its schema's version
        return TestStore::serverRows(path,
                                     { QStringLiteral("change_log"), QStringLiteral("summary_mark"),
                                       QStringLiteral("schema_version") });
    {
        QSqlDatabase db = TestStore::addConnection(name, path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        require(db.open(), "cannot open for a dump:", db.lastError().text());
        QSqlQuery tables(db);
        // Bookkeeping of writes, not content: the change log and how far the cadence summaries
        // reach in it (the summaries themselves are content, compared like the rest).
        require(tables.exec(QStringLiteral(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                    "('change_log', 'sqlite_sequence', 'summary_mark') ORDER BY name")),
                "cannot list tables:", tables.lastError().text());
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : std::as_const(names)) {
            QSqlQuery info(db);
            require(info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)), "no table info");
            QStringList columns;
            while (info.next())
                columns << QStringLiteral("quote(%1)").arg(info.value(1).toString());
            QSqlQuery rows(db);
            require(rows.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                                  .arg(columns.join(QStringLiteral(" || '|' || ")), table)),
                    "cannot dump", table);
            QStringList &out = dump[table];
            while (rows.next())
                out << rows.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return dump;
}

// The tables whose rows differ, for a failure message.
inline QStringList differingTables(const Dump &a, const Dump &b)
{
    QStringList names;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (b.value(it.key()) != it.value())
            names << it.key();
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            names << it.key();
    }
    return names;
}

} // namespace TestSupport
