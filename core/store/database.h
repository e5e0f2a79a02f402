// Owns the SQLite connection: opening checks, pragmas, transactions, and the record of what each
// edit wrote, so that it can be undone row by row. The schema and its migrations are
// SchemaManager's.
#pragma once

#include "change.h"
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
    // CreateIfMissing: a missing file, or an empty one, becomes a new database (what init and
    // the app's first run on its default path do). CreateNewOnly: a missing file becomes one,
    // an existing empty file is refused. MustExist: the database must be there.
    enum class Mode { CreateIfMissing, CreateNewOnly, MustExist };
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

    const QString &path() const { return m_path; }

    // How long a write waits for another program's write to finish (default 5 s).
    void setBusyTimeout(int milliseconds);

    // Runs work inside BEGIN IMMEDIATE ... COMMIT and rolls back when work fails. Inside
    // another write or a recording, work runs in a savepoint of the outer transaction.
    Status write(const std::function<Status()> &work);
    // Work every outermost write does last, inside its transaction (the pipeline brings the
    // cadence summaries current): its failure rolls the whole write back.
    void setBeforeCommit(std::function<Status()> hook) { m_beforeCommit = std::move(hook); }
    bool inTransaction() const { return m_depth > 0; }

    // Runs work as one write and returns what it wrote to the pipeline's tables, row by row.
    Result<Change> record(const std::function<Status()> &work);
    // Takes back exactly the rows a change wrote, or writes them again. Refused, with nothing
    // written, when a row it would touch was changed meanwhile (by the CLI, a script, another
    // edit): the error names the table and, for a deal, the fields.
    Status revert(const Change &change);
    Status reapply(const Change &change);

    // The changes since seq, from the log that every writer of the file fills.
    Result<ChangeBatch> changesSince(qint64 seq) const;
    // Whether another connection committed since the last call (PRAGMA data_version).
    Result<bool> changedElsewhere();
    // Whether the file opened is still at its path: not moved, deleted or replaced. Every write
    // checks it first.
    Status stillThere() const;

    // A consistent copy while in use (VACUUM INTO); never overwrites a file.
    Status backupTo(const QString &path) const;

    // The default location, shared by the app and the CLI.
    // The rep's pipeline in the app's data folder; another file name there (the demo's).
    static QString defaultPath(const QString &fileName = QStringLiteral("ninetouch.sqlite"));

private:
    friend class Sql::Access; // the store's repositories reach the connection through it
    explicit Database(QString path, QString connectionName);
    Status check(bool created, Check integrity);
    Status pinRepZone();
    Status exec(const QString &sql);
    Status apply(const Change &change, bool invert);

    QString m_path;
    QString m_connectionName;
    int m_depth = 0; // open write() and record() calls
    bool m_logging = false; // the schema has the change log
    std::function<Status()> m_beforeCommit;
    qint64 m_dataVersion = -1;
    struct Identity
    {
        bool valid = false;
        quint64 device = 0;
        quint64 inode = 0;
    } m_identity; // the file as opened
};

} // namespace NineTouch
