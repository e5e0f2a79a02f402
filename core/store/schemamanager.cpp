#include "schemamanager.h"

#include "migrations.h"
#include "sql/access.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace NineTouch {

SchemaManager::SchemaManager(Database &db)
    : m_db(db)
{
}

int SchemaManager::currentVersion()
{
    return int(migrations().size());
}

int SchemaManager::fileVersion(const Database &db)
{
    QSqlQuery q(Sql::connection(db));
    if (db.engine() == Database::Engine::PostgreSQL) {
        // A plain read of the catalog, under the statement's own snapshot: to_regclass() asks
        // the session's catalog cache, which may still hold "no such table" from before the
        // writer lock was waited for, while another program made the schema (two first opens).
        if (!q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c "
                                   "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                   "WHERE c.relname = 'schema_version' "
                                   "AND n.nspname = current_schema())"))
            || !q.next())
            return -1;
        if (q.value(0).toBool())
            return 0;
        if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
            return q.value(0).toInt();
        return -1;
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status SchemaManager::check(bool created) const
{
    const int version = fileVersion(m_db);
    if (version > currentVersion())
        return storageError(tr("%1 was written by a newer NineTouch (schema %2; this one knows up "
                               "to %3). Nothing was changed: update NineTouch to open it.")
                                .arg(m_db.path())
                                .arg(version)
                                .arg(currentVersion()));
    if (version > 0 || !created) {
        // An existing file with tables of some other program is not ours to migrate.
        QSqlQuery q(Sql::connection(m_db));
        const QString tables = m_db.engine() == Database::Engine::PostgreSQL
            ? QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
            : QStringLiteral("SELECT count(*) FROM sqlite_master");
        if (version == 0 && q.exec(tables) && q.next() && q.value(0).toInt() > 0)
            return storageError(tr("%1 is a database of another program. Nothing was "
                                   "changed; check that this is the right file.")
                                    .arg(m_db.path()));
    }
    return success();
}

Status SchemaManager::upgrade()
{
    if (m_db.engine() == Database::Engine::PostgreSQL)
        return upgradeServer();
    const QList<Migration> &all = migrations();
    for (int version = fileVersion(m_db); version < int(all.size()); ++version) {
        const Migration &m = all.at(version);
        Status s = m_db.write([&]() -> Status {
            QSqlQuery q(Sql::connection(m_db));
            for (const char *statement : m.statements) {
                if (!q.exec(QString::fromUtf8(statement)))
                    return Sql::failure(m_db, q);
            }
            if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
                return Sql::failure(m_db, q);
            if (q.next())
                return storageError(
                    tr("a row refers to a %1 that does not exist.").arg(q.value(2).toString()));
            // PRAGMA takes no bound values; the number is ours.
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)))
                return Sql::failure(m_db, q);
            return success();
        });
        if (!s)
            return storageError(tr("Could not upgrade %1 to schema %2: %3 Nothing was changed.")
                                    .arg(m_db.path())
                                    .arg(version + 1)
                                    .arg(s.error().message),
                                s.error().detail);
    }
    return success();
}

// Each step in one transaction, as on SQLite. A new database gets the baseline whole; the
// version is read again inside the write, so two programs opening a new database at once
// migrate it once.
Status SchemaManager::upgradeServer()
{
    const QList<Migration> &all = migrations();
    for (;;) {
        int from = -1;
        Status s = m_db.write([&]() -> Status {
            // Another rep's tables, which this login may not read (asked first: a refused
            // statement ends the transaction).
            QSqlQuery may(Sql::connection(m_db));
            if (may.exec(QStringLiteral("SELECT session_user, NOT has_table_privilege("
                                        "to_regclass('schema_version'), 'SELECT')"))
                && may.next() && may.value(1).toBool())
                return storageError(
                    tr("the login %1 may not read this pipeline: its tables belong to "
                       "another login. A team's database belongs to a role that every "
                       "rep's login is a member of; ask the server's administrator (see "
                       "docs/server.md, \"A team on one server\").")
                        .arg(may.value(0).toString()));
            may.finish();
            from = fileVersion(m_db);
            if (from < 0)
                return storageError(tr("the version of the schema cannot be read."));
            if (from >= int(all.size()))
                return success();
            QList<const char *> statements;
            int to = from + 1;
            if (from == 0) {
                statements = postgresBaseline();
                to = postgresBaselineVersion();
            } else if (from < postgresBaselineVersion()) {
                return storageError(tr("the database is at schema %1, which NineTouch never "
                                       "wrote on a server.")
                                        .arg(from));
            } else {
                statements = all.at(from).postgres;
            }
            QSqlQuery q(Sql::connection(m_db));
            for (const char *statement : std::as_const(statements)) {
                if (!q.exec(QString::fromUtf8(statement)))
                    return Sql::failure(m_db, q);
            }
            const QString version = from == 0
                ? QStringLiteral("INSERT INTO schema_version (id, version) VALUES (1, %1)")
                : QStringLiteral("UPDATE schema_version SET version = %1");
            if (!q.exec(version.arg(to)))
                return Sql::failure(m_db, q);
            return success();
        });
        if (!s && from < 0)
            return storageError(tr("Could not open %1: %2 Nothing was changed.")
                                    .arg(m_db.displayName(), s.error().message),
                                s.error().detail);
        if (!s)
            return storageError(tr("Could not bring %1 to schema %2: %3 Nothing was changed.")
                                    .arg(m_db.displayName())
                                    .arg(from + 1)
                                    .arg(s.error().message),
                                s.error().detail);
        if (from >= int(all.size()))
            return success();
    }
}

} // namespace NineTouch
