// Where a test keeps a pipeline: a file in a temporary folder, or, when the suite runs on
// PostgreSQL (NINETOUCH_TEST_ENGINE=postgresql, the *_pg entries of CTest), a new database on
// a server the test process starts for itself on first use and stops at its end (PgServer).
// The same tests then run on both engines; a test of what only a file has (its permissions, a
// damaged page) asks onServer() and skips there.
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

namespace TestStore {

bool onServer();
// A location no pipeline is at yet: dir's file name, or the URL of a new, empty database.
QString newLocation(const QTemporaryDir &dir, const QString &fileName);
// Whether a location is a server's URL.
bool isServer(const QString &location);
// A connection of the test's own to a location, not yet opened: SQL the store does not run,
// to look at what it wrote.
QSqlDatabase addConnection(const QString &connectionName, const QString &location);
// Every row of every table of a server's database, as JSON text, in a fixed order; the tables
// in leaveOut are not read.
QMap<QString, QStringList> serverRows(const QString &location, const QStringList &leaveOut = {});
// What a location holds, as one hash: the file's bytes, or every row of every table on the
// server (the change log's included). Equal before and after: nothing was written.
QByteArray contentDigest(const QString &location);

} // namespace TestStore
