// Owns the connection to the rep's pipeline, an SQLite file or a database on a PostgreSQL
// server: opening checks, transactions, and the record of what each edit wrote, so that it can
// be undone row by row. The schema and its migrations are SchemaManager's. What differs between
// the engines is written down in docs/server.md.
#pragma once

#include "change.h"
#include "result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace NineTouch {

struct ServerLocation;

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

    enum class Engine { SQLite, PostgreSQL };

    // Opens path, checks it really is a sound NineTouch database, then migrates it.
    // A file that is not a database, corrupt, from a newer version, read-only, or
    // in a missing folder is refused with a message and never modified.
    // A postgresql:// URL opens a database on a server (ServerLocation): it must exist there,
    // empty or NineTouch's; an empty one becomes a pipeline unless mode is MustExist.
    static Result<std::shared_ptr<Database>> open(const QString &path, Mode mode,
                                                  Check check = Check::Full);
    // Whether a location (what --db names) is a database on a server rather than a file.
    static bool isServer(const QString &location);
    // PRAGMA quick_check on a connection of the calling thread, opened read-only.
    static Status quickCheck(const QString &path);
    ~Database();

    // The file's absolute path, or the server's URL as given.
    const QString &path() const { return m_path; }
    Engine engine() const { return m_engine; }
    // How messages name it: the file's name, or "sales on db.example.com".
    const QString &displayName() const { return m_displayName; }

    // The rep this connection works as (reps.id): on a server, the rep of the database login,
    // made on the first open; in a file, the file's own rep. Deals it creates are theirs.
    qint64 rep() const { return m_rep; }
    // The login (on a server) or '' (a file's own rep).
    const QString &login() const { return m_login; }

    // How long a write waits for another program's write to finish (default 5 s).
    void setBusyTimeout(int milliseconds);

    // Runs work inside BEGIN IMMEDIATE ... COMMIT and rolls back when work fails. Inside
    // another write or a recording, work runs in a savepoint of the outer transaction. On
    // PostgreSQL the write first takes the database's one writer lock, so writers take turns
    // there as they do on an SQLite file.
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
    // Whether another connection committed since the last call (PRAGMA data_version; on
    // PostgreSQL, the change log's newest entry).
    Result<bool> changedElsewhere();
    // Calls onChange, in receiver's thread and while receiver lives, when another connection
    // commits a write: PostgreSQL's NOTIFY, which the change log's trigger sends. False when
    // the engine has no such thing (SQLite: poll changedElsewhere()).
    bool notifyChanges(QObject *receiver, std::function<void()> onChange);
    // Whether the file opened is still at its path: not moved, deleted or replaced. Every write
    // checks it first. Always so for a server.
    Status stillThere() const;

    // A server's connection that went away (the server restarted, the network dropped): every
    // statement fails until reconnect() logs in again. Never so for a file.
    bool isLost() const { return m_lost; }
    // Logs in to the server again, as at opening (the password of this process or the
    // keyring's), and listens again when notifyChanges() asked to; outside any write, and only
    // when lost. Nothing to do for a file. A write while lost is refused at once; a write whose
    // BEGIN finds the connection newly gone runs once more on a new one.
    Status reconnect();
    // Whether the server at url accepts connections now (libpq's ping: no login, no password,
    // no keyring; safe on any thread, and may wait for connect_timeout).
    static bool serverIsUp(const QString &url);

    // A consistent copy while in use (VACUUM INTO); never overwrites a file. A server's
    // database is backed up on the server (refused here, with a message that says so).
    Status backupTo(const QString &path) const;

    // The default location, shared by the app and the CLI.
    // The rep's pipeline in the app's data folder; another file name there (the demo's).
    static QString defaultPath(const QString &fileName = QStringLiteral("ninetouch.sqlite"));

private:
    friend class Sql::Access; // the store's repositories reach the connection through it
    Database(QString path, QString connectionName, Engine engine);
    static Result<std::shared_ptr<Database>> openServer(const QString &url, Mode mode);
    Status check(bool created, Check integrity);
    // Logs in, with a password only when the server asks (see serverpassword.h).
    Status connectServer(const ServerLocation &location);
    Status logIn(const ServerLocation &location);
    Status checkServer(Mode mode);
    // LISTEN on the connection as it is now, for notifyChanges()'s receiver.
    bool listen();
    Status begin();
    Status beforeServerCommit();
    Status pinRepZone();
    Status identifyRep();
    Status exec(const QString &sql);
    Status apply(const Change &change, bool invert);
    Result<Change> recordRows(const std::function<Status()> &work);
    Status applyRows(const Change &change, bool invert);

    QString m_path;
    QString m_connectionName;
    Engine m_engine = Engine::SQLite;
    QString m_displayName;
    int m_busyTimeout = 5000; // ms; SQLite keeps its own
    qint64 m_rep = 0;
    QString m_login;
    // PostgreSQL: the change log's newest entry when this connection's write began, and when
    // it is about to commit; the write was the only one between them when the first is what
    // changedElsewhere() saw last.
    qint64 m_seqAtBegin = -1;
    qint64 m_seqAtCommit = -1;
    bool m_recordingTable = false; // PostgreSQL: this connection made its recorded_rows
    mutable bool m_lost = false; // PostgreSQL: a statement found the connection gone
    int m_session = 0; // PostgreSQL: how many times the connection was made anew
    bool m_listening = false; // PostgreSQL: notifyChanges() subscribed
    bool m_reconnecting = false;
    QPointer<QObject> m_notifyReceiver;
    std::function<void()> m_onChange;
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
