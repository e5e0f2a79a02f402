// The store's own way to the connection behind a Database: only repositories include this, so
// Qt Sql stays out of every public header.
#pragma once

#include "database.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace NineTouch::Sql {

class Access final
{
public:
    static QSqlDatabase connection(const Database &db);
    // Which login of the connection: one more each time a server's connection is made anew.
    static int session(const Database &db);
    // A message for a failed query that names the file.
    static Error failure(const Database &db, const QSqlQuery &query);
    // The same for a read on SQLite's own handle (sqlitestatement.h).
    static Error readFailure(const Database &db, const QString &sqliteMessage);
};

inline QSqlDatabase connection(const Database &db)
{
    return Access::connection(db);
}

inline Error failure(const Database &db, const QSqlQuery &query)
{
    return Access::failure(db, query);
}

inline Error readFailure(const Database &db, const QString &sqliteMessage)
{
    return Access::readFailure(db, sqliteMessage);
}

} // namespace NineTouch::Sql
