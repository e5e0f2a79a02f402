// Owns the SQLite connection: opening checks, pragmas, versioned migrations, transactions.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace NineTouch {

class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Mode { CreateIfMissing, MustExist };

    // Opens path, checks it really is a sound NineTouch database, then migrates it.
    // A file that is not a database, corrupt, from a newer version, read-only, or
    // in a missing folder is refused with a message and never modified.
    static Result<std::shared_ptr<Database>> open(const QString &path, Mode mode);
    ~Database();

    static int schemaVersion();
    int fileSchemaVersion() const;
    const QString &path() const { return m_path; }
    QSqlDatabase connection() const;

    // Runs work inside BEGIN IMMEDIATE ... COMMIT; rolls back when work fails.
    Status write(const std::function<Status()> &work);

    // A message for a failed query that names the file.
    Error failure(const QSqlQuery &query) const;

    // The default location, shared by the app and the CLI.
    static QString defaultPath();

private:
    explicit Database(QString path, QString connectionName);
    Status check(bool created);
    Status migrate();
    Status exec(const QString &sql);

    QString m_path;
    QString m_connectionName;
};

} // namespace NineTouch
