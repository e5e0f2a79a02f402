// Owns the SQLite connection: opening checks, pragmas, versioned migrations, transactions.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace NineTouch {

namespace Sql {
class Access;
}

class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Mode { CreateIfMissing, MustExist };
    // Full runs PRAGMA quick_check while opening; Deferred leaves it to quickCheck(), which
    // the desktop app runs on its own connection in a worker thread so the first frame is not
    // delayed (a 10,000-deal file takes about 0.1 s).
    enum class Check { Full, Deferred };

    // Opens path, checks it really is a sound NineTouch database, then migrates it.
    // A file that is not a database, corrupt, from a newer version, read-only, or
    // in a missing folder is refused with a message and never modified.
    static Result<std::shared_ptr<Database>> open(const QString &path, Mode mode,
                                                  Check check = Check::Full);
    // PRAGMA quick_check on a connection of the calling thread, opened read-only.
    static Status quickCheck(const QString &path);
    ~Database();

    static int schemaVersion();
    int fileSchemaVersion() const;
    const QString &path() const { return m_path; }

    // Runs work inside BEGIN IMMEDIATE ... COMMIT; rolls back when work fails.
    Status write(const std::function<Status()> &work);

    // A consistent copy while in use (VACUUM INTO); never overwrites a file.
    Status backupTo(const QString &path);

    // The default location, shared by the app and the CLI.
    static QString defaultPath();

private:
    friend class Sql::Access; // the store's repositories reach the connection through it
    explicit Database(QString path, QString connectionName);
    Status check(bool created, Check integrity);
    Status migrate();
    Status exec(const QString &sql);

    QString m_path;
    QString m_connectionName;
};

} // namespace NineTouch
