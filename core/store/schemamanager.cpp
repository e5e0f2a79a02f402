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
        if (version == 0 && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next()
            && q.value(0).toInt() > 0)
            return storageError(tr("%1 is a database of another program. Nothing was "
                                   "changed; check that this is the right file.")
                                    .arg(m_db.path()));
    }
    return success();
}

Status SchemaManager::upgrade()
{
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

} // namespace NineTouch
