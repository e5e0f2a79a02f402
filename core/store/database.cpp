#include "database.h"

#include "opendatabases.h"
#include "reptext.h"
#include "schemamanager.h"
#include "serverlocation.h"
#include "serverlogin.h"
#include "serverpassword.h"
#include "sql/access.h"
#include "sql/rowreader.h"
#include "validation.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopedValueRollback>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

// The session extension (changesets), built into Debian's and Ubuntu's SQLite.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <libpq-fe.h>
#include <sqlite3.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

#include <sys/stat.h>

namespace NineTouch {

namespace {

QAtomicInt connectionCounter;

// The change log keeps this many entries; an app that falls further behind re-reads everything.
constexpr int keptChanges = 10000;

// The advisory lock every NineTouch writer on a PostgreSQL database holds for its transaction:
// one writer at a time, as on an SQLite file ("Nine" in ASCII). The change log's triggers take
// it too (pgschema.cpp, writer_lock()), for writers that are not NineTouch.
constexpr qint64 writerLock = 0x4e696e65;

// PostgreSQL's error classes (SQLSTATE) the messages tell apart.
// The server answers every error with an SQLSTATE; an error without one is libpq's own: the
// connection is gone ("server closed the connection unexpectedly").
// The channel of the change log's NOTIFY (pgschema.cpp).
constexpr const char *changesChannel = "ninetouch_changes";

// Where a QPSQL connection goes, as the URL said; the password is given at login.
void configureServer(QSqlDatabase &db, const ServerLocation &location)
{
    if (!location.host.isEmpty())
        db.setHostName(location.host);
    if (location.port > 0)
        db.setPort(location.port);
    if (!location.user.isEmpty())
        db.setUserName(location.user);
    db.setDatabaseName(location.database);
    db.setConnectOptions(location.connectOptions());
}

// Whether libpq holds the connection as broken (Qt's driver hands out its PGconn).
bool connectionBroken(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "PGconn*") != 0)
        return true;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    return !connection || PQstatus(connection) == CONNECTION_BAD;
}

// A server's SQLSTATE of class 08 (connection) or 57P (shut down), or an error of libpq's own
// (no SQLSTATE) on a connection libpq holds as broken: not Qt's own complaints.
bool isLostConnection(const QSqlError &e, const QSqlDatabase &db)
{
    const QString code = e.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
        return true;
    return (e.type() == QSqlError::ConnectionError || code.isEmpty()) && connectionBroken(db);
}

Status runQuickCheck(const QSqlDatabase &db, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return storageError(Database::tr("%1 could not be checked. Nothing was changed.").arg(path),
                            q.lastError().text());
    const QString verdict = q.value(0).toString();
    if (verdict != QLatin1String("ok"))
        return storageError(
            Database::tr("%1 is damaged. Nothing was changed: restore it from a backup.").arg(path),
            verdict);
    return success();
}

// SQLITE_CORRUPT and SQLITE_NOTADB, met while reading a page no check at open looked at.
bool isDamage(const QString &code, const QString &text)
{
    return code == QLatin1String("11") || code == QLatin1String("26")
        || text.contains(QLatin1String("malformed"))
        || text.contains(QLatin1String("not a database"));
}

Error damaged(const QString &path, const QString &detail)
{
    return storageError(
        Database::tr("%1 is damaged. Nothing was changed: restore it from a backup.").arg(path),
        detail);
}

bool isBusy(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6")
        || e.text().contains(QLatin1String("locked"));
}

} // namespace

Database::Database(QString path, QString connectionName, Engine engine)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_engine(engine)
{
    if (m_engine == Engine::SQLite) {
        m_displayName = QFileInfo(m_path).fileName();
        OpenDatabases::add(m_path);
    }
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_engine == Engine::SQLite)
        OpenDatabases::remove(m_path);
}

QString Database::defaultPath(const QString &fileName)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/')
        + fileName;
}

QSqlDatabase Sql::Access::connection(const Database &db)
{
    return QSqlDatabase::database(db.m_connectionName, false);
}

int Sql::Access::session(const Database &db)
{
    return db.m_session;
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, Mode mode, Check integrity)
{
    if (ServerLocation::isServer(path))
        return openServer(path, mode);
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (path.isEmpty())
        return storageError(Field::DatabaseFile, tr("no database file was given."));
    if (!info.absoluteDir().exists())
        return storageError(Field::DatabaseFile,
                            tr("the folder of %1 does not exist: %2. Create it or choose another "
                               "file.")
                                .arg(name, info.absolutePath()));
    if (info.exists() && info.isDir())
        return storageError(Field::DatabaseFile,
                            tr("%1 is a folder, not a database file: choose a file.").arg(path));
    if (info.exists() && !info.isFile())
        return storageError(
            Field::DatabaseFile,
            tr("%1 is not a regular file (a device, a pipe or a socket), not a database.")
                .arg(path));

    bool created = false;
    if (info.isSymLink() && !info.exists())
        return storageError(
            Field::DatabaseFile,
            tr("%1 is a link to %2, which does not exist.").arg(path, info.symLinkTarget()));
    if (!info.exists()) {
        if (mode == Mode::MustExist)
            return storageError(Field::DatabaseFile,
                                tr("the database %1 does not exist.").arg(path));
        // Created by us first, private to the rep from its first byte (SQLite gives its -wal
        // and -shm files the same mode).
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return storageError(Field::DatabaseFile,
                                tr("cannot create %1: %2.").arg(path, file.errorString()));
        file.close();
        created = true;
    } else if (info.size() == 0 && mode != Mode::CreateIfMissing) {
        // An empty file is not a database yet; only creating one may turn it into one.
        return storageError(Field::DatabaseFile,
                            tr("%1 is an empty file, not a NineTouch database.").arg(path));
    } else if (!info.isReadable()) {
        return storageError(Field::DatabaseFile,
                            tr("%1 cannot be read: check its permissions.").arg(path));
    } else if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner)) {
        // The mode bits too: root may write anything, but a rep who made the file
        // read-only meant it.
        return storageError(Field::DatabaseFile,
                            tr("%1 is read-only: make it writable (chmod u+w) or copy it "
                               "somewhere writable.")
                                .arg(path));
    } else if (!QFileInfo(info.absolutePath()).isWritable()) {
        return storageError(
            Field::DatabaseFile,
            tr("the folder of %1 is read-only; the database needs to write its journal "
               "next to the file.")
                .arg(path));
    }

    const QString connectionName =
        QStringLiteral("ninetouch-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    std::shared_ptr<Database> database(
        new Database(info.absoluteFilePath(), connectionName, Engine::SQLite));
    {
        struct stat opened
        {
        };
        if (::stat(QFile::encodeName(database->m_path).constData(), &opened) == 0)
            database->m_identity = { true, opened.st_dev, opened.st_ino };
    }
    if (!Sql::connection(*database).open()) {
        Error e = storageError(Field::DatabaseFile, tr("cannot open %1.").arg(path));
        e.detail = Sql::connection(*database).lastError().text();
        return e;
    }
    if (Status s = database->check(created, integrity); !s) {
        database.reset();
        if (created)
            QFile::remove(path);
        Error e = s.error();
        if (e.field == Field::None)
            e.field = Field::DatabaseFile;
        return e;
    }
    return database;
}

Result<std::shared_ptr<Database>> Database::openServer(const QString &url, Mode mode)
{
    auto location = ServerLocation::parse(url);
    if (!location)
        return location.error();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return storageError(Field::DatabaseFile,
                            tr("this NineTouch cannot reach PostgreSQL servers: Qt's PostgreSQL "
                               "driver is not installed. On Debian it comes with the packages "
                               "NineTouch recommends."));
    const QString connectionName =
        QStringLiteral("ninetouch-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        configureServer(db, *location);
    }
    std::shared_ptr<Database> database(new Database(url, connectionName, Engine::PostgreSQL));
    database->m_displayName = location->displayName();
    if (Status s = database->connectServer(*location); !s)
        return s.error();
    if (Status s = database->checkServer(mode); !s) {
        Error e = s.error();
        if (e.field == Field::None)
            e.field = Field::DatabaseFile;
        return e;
    }
    return database;
}

Status Database::connectServer(const ServerLocation &location)
{
    if (Status s = logIn(location); !s)
        return s;
    // A team's database belongs to a role its reps' logins are members of (docs/server.md):
    // the pipeline's tables are made and written as that role, so that every rep reaches what
    // the first one made. The role is the tables' owner once they exist (a pipeline a login
    // made for itself stays its own), else the database's. The rep is still known by the
    // login (session_user).
    QSqlQuery q(Sql::connection(*this));
    if (!q.exec(QStringLiteral(
            "SELECT r.rolname FROM pg_roles r WHERE r.oid = coalesce("
            "(SELECT c.relowner FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relname = 'schema_version' AND n.nspname = current_schema()), "
            "(SELECT datdba FROM pg_database WHERE datname = current_database())) "
            "AND r.rolname <> session_user AND pg_has_role(session_user, r.oid, 'MEMBER')")))
        return Sql::failure(*this, q);
    if (!q.next())
        return success();
    const QString owner = q.value(0).toString();
    q.finish();
    QString quoted = owner;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    if (!q.exec(QStringLiteral("SET ROLE \"%1\"").arg(quoted)))
        return Sql::failure(*this, q);
    return success();
}

Status Database::logIn(const ServerLocation &location)
{
    QSqlDatabase db = Sql::connection(*this);
    const QString name = m_displayName;
    const QString login = ServerPassword::loginOf(location);
    auto tryOpen = [&db](const std::optional<QString> &password) -> QString {
        db.close();
        db.setPassword(password.value_or(QString()));
        return db.open() ? QString() : db.lastError().text();
    };
    // Why a login failed, from libpq's flags: the server's words come in its own language.
    auto diagnose = [&location](const std::optional<ServerPassword::Found> &password) {
        return ServerLogin::diagnose(location,
                                     password ? std::optional(password->password) : std::nullopt);
    };

    // As libpq does by itself first (no password needed, PGPASSWORD, ~/.pgpass), unless the
    // rep typed one in this process; the keyring only when the server asks for one.
    std::optional<ServerPassword::Found> password;
    if (auto typed = ServerPassword::remembered(location))
        password = ServerPassword::Found { *typed, ServerPassword::Source::Remembered };
    QString why = tryOpen(password ? std::optional(password->password) : std::nullopt);
    if (why.isEmpty())
        return success();
    ServerLogin::Failure failure = diagnose(password);
    if (failure == ServerLogin::Failure::NeedsPassword && !password) {
        auto kept = ServerPassword::lookUp(location);
        if (!kept)
            return kept.error();
        if (*kept) {
            password = **kept;
            why = tryOpen(password->password);
            if (why.isEmpty())
                return success();
            failure = diagnose(password);
        }
    }
    // A password the server refused is not tried again, whatever else failed.
    if (password && password->source == ServerPassword::Source::Remembered)
        ServerPassword::forgetRemembered(location);
    if (failure == ServerLogin::Failure::NeedsPassword)
        return storageError(Field::DatabasePassword,
                            tr("the server asks for the password of %1 for %2, and NineTouch "
                               "has none: not in PGPASSWORD or ~/.pgpass, nor in a keyring "
                               "that answers. Open the pipeline once in the app to keep it in "
                               "the keyring, or put it in ~/.pgpass.")
                                .arg(login, name),
                            why);
    // A database that does not exist is said after the password was taken (in English only:
    // elsewhere it reads as a refused password, the server's words beside it).
    if (failure == ServerLogin::Failure::PasswordRefused
        && !why.contains(QLatin1String("does not exist"))) {
        if (!password)
            return storageError(Field::DatabasePassword,
                                tr("the server refused the password of %1 for %2 from "
                                   "PGPASSWORD or ~/.pgpass.")
                                    .arg(login, name),
                                why);
        if (password->source == ServerPassword::Source::Remembered)
            return storageError(
                Field::DatabasePassword,
                tr("the server refused the password typed for %1 on %2.").arg(login, name), why);
        return storageError(Field::DatabasePassword,
                            tr("the server refused the password of %1 for %2 kept in the "
                               "keyring: it may have been changed. Enter the new one.")
                                .arg(login, name),
                            why);
    }
    if (why.contains(QLatin1String("does not exist")))
        return storageError(Field::DatabaseFile,
                            tr("%1 does not exist, or the login does not. Ask the server's "
                               "administrator to create it (createdb).")
                                .arg(name),
                            why);
    return storageError(
        Field::DatabaseFile,
        tr("cannot connect to %1. Check the address and that the server is running.").arg(name),
        why);
}

Status Database::checkServer(Mode mode)
{
    QSqlQuery q(Sql::connection(*this));
    if (!q.exec(QStringLiteral("SHOW server_version_num")) || !q.next())
        return Sql::failure(*this, q);
    if (q.value(0).toInt() < 150000)
        return storageError(tr("%1 is on PostgreSQL %2; NineTouch needs version 15 or newer.")
                                .arg(m_displayName, q.value(0).toString()));
    q.finish();
    if (Status s = SchemaManager(*this).check(false); !s)
        return s;
    if (mode == Mode::MustExist && SchemaManager::fileVersion(*this) == 0)
        return storageError(tr("%1 holds no NineTouch pipeline yet.").arg(m_displayName));
    if (Status s = SchemaManager(*this).upgrade(); !s)
        return s;
    if (Status s = pinRepZone(); !s)
        return s;
    if (Status s = identifyRep(); !s)
        return s;
    m_logging = true;
    return success();
}

bool Database::isServer(const QString &location)
{
    return ServerLocation::isServer(location);
}

Status Database::quickCheck(const QString &path)
{
    if (ServerLocation::isServer(path))
        return success(); // the server keeps its own pages sound
    const QString name =
        QStringLiteral("ninetouch-check-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    Status result = success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        result = db.open()
            ? runQuickCheck(db, path)
            : storageError(tr("Cannot open %1 to check it.").arg(path), db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void Database::setBusyTimeout(int milliseconds)
{
    m_busyTimeout = qMax(0, milliseconds);
    if (m_engine == Engine::SQLite)
        (void)exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(qMax(0, milliseconds)));
}

Status Database::backupTo(const QString &target) const
{
    const QFileInfo info(target);
    if (m_engine == Engine::PostgreSQL)
        return inputError(tr("%1 is on a server: it is backed up there, with pg_dump. Ask the "
                             "server's administrator.")
                              .arg(m_displayName));
    if (OpenDatabases::contains(target))
        return inputError(tr("%1 is the database itself or one of its journal files: choose a "
                             "new file name for the backup.")
                              .arg(target));
    if (info.exists())
        return inputError(
            tr("%1 exists already: choose a new file name for the backup.").arg(target));
    if (!info.absoluteDir().exists())
        return inputError(tr("The folder %1 does not exist.").arg(info.absolutePath()));
    // Created empty and private first (VACUUM INTO fills an empty file), so that the copy of
    // the rep's pipeline is never readable by others, not even for a moment.
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return inputError(
            tr("Cannot create %1: %2.").arg(target, QString::fromLocal8Bit(std::strerror(errno))));
    ::close(fd);
    QSqlQuery q(Sql::connection(*this));
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(info.absoluteFilePath());
    if (!q.exec()) {
        const QString why = q.lastError().text();
        QFile::remove(info.absoluteFilePath()); // nothing half-written is left behind
        return storageError(tr("The backup to %1 failed; nothing was left there.").arg(target),
                            why);
    }
    return success();
}

Status Database::exec(const QString &sql)
{
    QSqlQuery q(Sql::connection(*this));
    if (!q.exec(sql))
        return Sql::failure(*this, q);
    return success();
}

Error Sql::Access::failure(const Database &db, const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    const QString &name = db.displayName();
    if (db.engine() == Database::Engine::PostgreSQL) {
        const QString code = e.nativeErrorCode();
        if (isLostConnection(e, Sql::Access::connection(db))) {
            db.m_lost = true;
            return storageError(Database::tr("The connection to %1 was lost: nothing was saved "
                                             "or read since. NineTouch connects again by itself "
                                             "when the server is back.")
                                    .arg(name),
                                e.text());
        }
        if (code == QLatin1String("55P03"))
            return storageError(
                Database::tr("%1 is busy with another writer: try again in a moment.").arg(name),
                e.text());
        if (code == QLatin1String("42501") || code == QLatin1String("25006"))
            return storageError(Database::tr("%1 does not let this login change it: ask the "
                                             "server's administrator.")
                                    .arg(name),
                                e.text());
        return storageError(Database::tr("%1: the database refused the change.").arg(name),
                            e.text());
    }
    if (isBusy(e))
        return storageError(
            Database::tr("%1 is locked by another program: try again in a moment.").arg(name),
            e.text());
    if (e.text().contains(QLatin1String("readonly"), Qt::CaseInsensitive))
        return storageError(Database::tr("%1 is read-only: make it writable.").arg(name), e.text());
    if (isDamage(e.nativeErrorCode(), e.text()))
        return damaged(db.path(), e.text());
    return storageError(Database::tr("%1: the database refused the change.").arg(name), e.text());
}

Error Sql::Access::readFailure(const Database &db, const QString &sqliteMessage)
{
    const QString &name = db.displayName();
    if (sqliteMessage.contains(QLatin1String("locked")))
        return storageError(
            Database::tr("%1 is locked by another program: try again in a moment.").arg(name),
            sqliteMessage);
    if (isDamage({}, sqliteMessage))
        return damaged(db.path(), sqliteMessage);
    return storageError(Database::tr("%1 could not be read.").arg(name), sqliteMessage);
}

Status Database::check(bool created, Check integrity)
{
    const QString name = QFileInfo(m_path).fileName();
    // Reads only, before anything could write: Qt "opens" any file, the first read tells.
    {
        QSqlQuery q(Sql::connection(*this));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
            if (isBusy(q.lastError()))
                return storageError(
                    tr("%1 is locked by another program: try again in a moment.").arg(name),
                    q.lastError().text());
            // SQLITE_CORRUPT: an SQLite file whose own table of contents is damaged.
            if (q.lastError().nativeErrorCode() == QLatin1String("11"))
                return storageError(
                    tr("%1 is damaged. Nothing was changed: restore it from a backup.").arg(m_path),
                    q.lastError().text());
            return storageError(tr("%1 is not a NineTouch database. Nothing was changed; check "
                                   "that this is the right file.")
                                    .arg(m_path),
                                q.lastError().text());
        }
    }
    // Deferred leaves the check to the caller, unless this open is about to write: nothing
    // is migrated inside a file not checked whole.
    const bool migrating = SchemaManager::fileVersion(*this) < SchemaManager::currentVersion();
    if (!created && (integrity == Check::Full || migrating)) {
        if (Status s = runQuickCheck(Sql::connection(*this), m_path); !s)
            return s;
    }
    if (Status s = SchemaManager(*this).check(created); !s)
        return s;

    // No mmap: measured at 10,000 deals it made the board no faster and added the whole
    // file (some 25 MiB) to the app's resident memory.
    // Temporary b-trees (a GROUP BY, a sort) in memory: the honest report's grouping of
    // 100,000 deals went to a temporary file and back, 766 writes, for nothing kept.
    for (const char *pragma : { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                "PRAGMA temp_store = MEMORY" }) {
        if (Status s = exec(QLatin1String(pragma)); !s)
            return s;
    }
    // Migrations rebuild tables, which SQLite allows only with foreign keys off; each one
    // checks them before it commits.
    if (Status s = SchemaManager(*this).upgrade(); !s)
        return s;
    if (Status s = pinRepZone(); !s)
        return s;
    if (Status s = identifyRep(); !s)
        return s;
    m_logging = true;
    return exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

// The rep's zone is written into the file the first time it is opened, so that what the
// prospect reads never depends on the zone of the machine the rep happens to sit at.
Status Database::pinRepZone()
{
    QSqlQuery q(Sql::connection(*this));
    if (!q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'rep.tz'")))
        return Sql::failure(*this, q);
    if (q.next() && !q.value(0).toString().isEmpty())
        return success();
    q.finish();
    QByteArray zone = QTimeZone::systemTimeZoneId();
    if (!checkTimeZone(Field::RepTimeZone, QString::fromUtf8(zone)))
        zone = QByteArrayLiteral("UTC");
    return write([&]() -> Status {
        QSqlQuery insert(Sql::connection(*this));
        insert.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('rep.tz', :zone) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        insert.bindValue(QStringLiteral(":zone"), QString::fromUtf8(zone));
        if (!insert.exec())
            return Sql::failure(*this, insert);
        return success();
    });
}

// Who this connection works as: the login's rep on a server (a login new to the database
// becomes a rep of it here), the file's own rep ('') in a file.
Status Database::identifyRep()
{
    const QString me =
        m_engine == Engine::PostgreSQL ? QStringLiteral("session_user") : QStringLiteral("''");
    const QString find = QStringLiteral("SELECT id, %1 FROM reps WHERE login = %1").arg(me);
    QSqlQuery q(Sql::connection(*this));
    if (!q.exec(find))
        return Sql::failure(*this, q);
    if (!q.next()) {
        q.finish();
        const QString now = m_engine == Engine::PostgreSQL
            ? QStringLiteral("extract(epoch FROM now())::bigint")
            : QStringLiteral("unixepoch()");
        Status made = write([&]() -> Status {
            QSqlQuery insert(Sql::connection(*this));
            if (!insert.exec(QStringLiteral("INSERT INTO reps (login, created_at) VALUES (%1, %2) "
                                            "ON CONFLICT (login) DO NOTHING")
                                 .arg(me, now)))
                return Sql::failure(*this, insert);
            return success();
        });
        if (!made)
            return made;
        if (!q.exec(find))
            return Sql::failure(*this, q);
        if (!q.next())
            return storageError(
                tr("%1: this login is not among the database's reps.").arg(m_displayName));
    }
    m_rep = q.value(0).toLongLong();
    m_login = q.value(1).toString();
    return success();
}

Status Database::write(const std::function<Status()> &work)
{
    if (m_depth == 0) {
        if (Status s = stillThere(); !s)
            return s; // nothing goes into a file that was moved, deleted or replaced
    }
    if (m_depth > 0) {
        // Inside another write: a savepoint, so that this part alone can be rolled back.
        const QString name = QStringLiteral("nested%1").arg(m_depth);
        if (Status s = exec(QStringLiteral("SAVEPOINT ") + name); !s)
            return s;
        ++m_depth;
        Status result = success();
        try {
            result = work();
        } catch (...) { // this part undone, then the enclosing write decides
            --m_depth;
            (void)exec(QStringLiteral("ROLLBACK TO ") + name);
            (void)exec(QStringLiteral("RELEASE ") + name);
            throw;
        }
        --m_depth;
        if (!result)
            (void)exec(QStringLiteral("ROLLBACK TO ") + name);
        (void)exec(QStringLiteral("RELEASE ") + name);
        return result;
    }
    if (m_lost) {
        // Not on the rep's click: a server off the network keeps a login waiting for
        // connect_timeout. The watch's look connects again once the server answers.
        return storageError(tr("The connection to %1 is lost: this change was not saved. "
                               "NineTouch connects again by itself when the server is back.")
                                .arg(m_displayName));
    }
    if (Status s = begin(); !s) {
        // The connection went since the last statement (a restarted server): nothing of this
        // write was sent, so it starts once more on a new one.
        if (!m_lost)
            return s;
        if (!reconnect())
            return s;
        if (Status again = begin(); !again)
            return again;
    }
    ++m_depth;
    Status result = success();
    try {
        result = work();
        // Still inside the write: what the hook writes commits with it, or rolls back with it.
        if (result && m_logging && m_beforeCommit)
            result = m_beforeCommit();
    } catch (...) {
        // Out of memory, or a bug: nothing of the write stays, and the file is left with no
        // transaction open, so the next write starts clean.
        --m_depth;
        (void)exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    --m_depth;
    if (result && m_logging) {
        result = exec(QStringLiteral("DELETE FROM change_log WHERE seq <= "
                                     "(SELECT max(seq) FROM change_log) - %1")
                          .arg(keptChanges));
    }
    if (result && m_engine == Engine::PostgreSQL)
        result = beforeServerCommit();
    if (result) {
        QSqlQuery commit(Sql::connection(*this));
        if (!commit.exec(QStringLiteral("COMMIT"))) {
            Error e = Sql::failure(*this, commit);
            if (m_engine == Engine::PostgreSQL
                && isLostConnection(commit.lastError(), Sql::connection(*this)))
                // The server may have committed before the connection went.
                e.message = tr("The connection to %1 was lost while saving: the change may or "
                               "may not be saved. NineTouch connects again by itself when the "
                               "server is back: look before doing it again.")
                                .arg(m_displayName);
            (void)exec(QStringLiteral("ROLLBACK"));
            return e;
        }
        // Only this write since changedElsewhere() last looked: still nothing from others.
        if (m_engine == Engine::PostgreSQL && m_dataVersion >= 0 && m_seqAtBegin == m_dataVersion)
            m_dataVersion = m_seqAtCommit;
        return result;
    }
    (void)exec(QStringLiteral("ROLLBACK"));
    return result;
}

Status Database::begin()
{
    if (m_engine == Engine::SQLite)
        return exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (Status s = exec(QStringLiteral("BEGIN")); !s)
        return s;
    auto locked = [this]() -> Status {
        // Waits for the writer before it, as SQLite's busy timeout does.
        if (Status s =
                exec(QStringLiteral("SET LOCAL lock_timeout = %1").arg(qMax(1, m_busyTimeout)));
            !s)
            return s;
        if (Status s = exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(writerLock)); !s)
            return s;
        m_seqAtBegin = -1;
        if (m_logging) {
            QSqlQuery q(Sql::connection(*this));
            if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"))
                || !q.next())
                return Sql::failure(*this, q);
            m_seqAtBegin = q.value(0).toLongLong();
        }
        return success();
    };
    Status s = locked();
    if (!s)
        (void)exec(QStringLiteral("ROLLBACK"));
    return s;
}

// A statement that failed inside the write leaves PostgreSQL's transaction aborted, and COMMIT
// then rolls back without an error: work that went on after a failure would be reported saved.
// This read fails in an aborted transaction, so such a write is reported as not saved.
Status Database::beforeServerCommit()
{
    QSqlQuery q(Sql::connection(*this));
    const QString sql = m_logging ? QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")
                                  : QStringLiteral("SELECT 0");
    if (!q.exec(sql) || !q.next())
        return Sql::failure(*this, q);
    m_seqAtCommit = q.value(0).toLongLong();
    return success();
}

Result<ChangeBatch> Database::changesSince(qint64 seq) const
{
    ChangeBatch batch;
    batch.lastSeq = seq;
    QSqlQuery first(Sql::connection(*this));
    if (!first.exec(QStringLiteral("SELECT min(seq), max(seq) FROM change_log")) || !first.next())
        return Sql::failure(*this, first);
    if (first.value(1).isNull()) {
        batch.lastSeq = qMax<qint64>(seq, 0); // nothing was ever logged
        return batch;
    }
    const qint64 oldest = first.value(0).toLongLong();
    const qint64 newest = first.value(1).toLongLong();
    if (seq < 0) {
        batch.lastSeq = newest; // where a new reader starts
        return batch;
    }
    if (newest <= seq)
        return batch;
    batch.incomplete = seq + 1 < oldest;
    QSqlQuery q(Sql::connection(*this));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT seq, deal_id, what FROM change_log WHERE seq > ? ORDER BY seq"));
    q.addBindValue(seq);
    if (!q.exec())
        return Sql::failure(*this, q);
    QSet<qint64> seen;
    while (q.next()) {
        batch.lastSeq = q.value(0).toLongLong();
        const std::optional<ChangeKind> kind = changeKindOf(q.value(2).toString());
        if (!kind)
            continue; // the schema allows no other word
        switch (*kind) {
        case ChangeKind::Deal:
            if (const qint64 id = q.value(1).toLongLong(); !seen.contains(id)) {
                seen.insert(id);
                batch.deals << id;
            }
            break;
        case ChangeKind::Stages:
            batch.stages = true;
            break;
        case ChangeKind::Settings:
            batch.settings = true;
            break;
        case ChangeKind::Templates:
            batch.templates = true;
            break;
        }
    }
    return batch;
}

std::optional<ChangeKind> changeKindOf(QStringView word)
{
    static const std::pair<const char *, ChangeKind> words[] = {
        { "deal", ChangeKind::Deal },
        { "stages", ChangeKind::Stages },
        { "settings", ChangeKind::Settings },
        { "templates", ChangeKind::Templates },
    };
    for (const auto &[name, kind] : words) {
        if (word == QLatin1String(name))
            return kind;
    }
    return std::nullopt;
}

Status Database::stillThere() const
{
    if (m_engine == Engine::PostgreSQL)
        return success();
    struct stat now
    {
    };
    const QByteArray path = QFile::encodeName(m_path);
    if (::stat(path.constData(), &now) != 0)
        return storageError(tr("%1 was moved or deleted while NineTouch had it open: nothing more "
                               "is saved there. Close NineTouch and open the file where it is now.")
                                .arg(m_path));
    if (m_identity.valid && (now.st_dev != m_identity.device || now.st_ino != m_identity.inode))
        return storageError(tr("%1 was replaced by another file while NineTouch had it open: "
                               "nothing more is saved. Close NineTouch and open it again.")
                                .arg(m_path));
    return success();
}

bool Database::notifyChanges(QObject *receiver, std::function<void()> onChange)
{
    if (m_engine != Engine::PostgreSQL)
        return false;
    m_notifyReceiver = receiver;
    m_onChange = std::move(onChange);
    m_listening = listen();
    return m_listening;
}

bool Database::listen()
{
    QSqlDriver *driver = Sql::connection(*this).driver();
    const QString channel = QLatin1String(changesChannel);
    if (!m_notifyReceiver || !driver->subscribeToNotification(channel))
        return false;
    QObject::connect(driver,
                     qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                         &QSqlDriver::notification),
                     m_notifyReceiver,
                     [channel, onChange = m_onChange](const QString &name,
                                                      QSqlDriver::NotificationSource source,
                                                      const QVariant &) {
                         // This connection's own commits are not news to it.
                         if (name == channel && source != QSqlDriver::SelfSource)
                             onChange();
                     });
    return true;
}

Status Database::reconnect()
{
    // Once at a time: the keyring, asked while logging in, runs an event loop, in which the
    // watch's next look could come here again.
    if (m_engine != Engine::PostgreSQL || m_depth > 0 || !m_lost || m_reconnecting)
        return success();
    const QScopedValueRollback<bool> once(m_reconnecting, true);
    const auto location = ServerLocation::parse(m_path);
    if (!location)
        return location.error();
    // A connection of its own (a new driver): what the repositories prepared on the old one
    // then goes with it, without a word to the new session (QPSQL would DEALLOCATE there).
    const QString fresh =
        QStringLiteral("ninetouch-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), fresh);
        configureServer(db, *location);
    }
    const QString old = std::exchange(m_connectionName, fresh);
    if (Status s = connectServer(*location); !s) {
        m_connectionName = old;
        QSqlDatabase::removeDatabase(fresh);
        return s;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(old, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(old);
    m_lost = false;
    ++m_session; // the repositories prepare their statements again
    m_recordingTable = false; // a temporary table goes with its session
    if (m_listening)
        m_listening = listen(); // else the one-second look remains
    return success();
}

bool Database::serverIsUp(const QString &url)
{
    const auto location = ServerLocation::parse(url);
    return location && ServerLogin::isUp(*location);
}

Result<bool> Database::changedElsewhere()
{
    QSqlQuery q(Sql::connection(*this));
    const QString sql = m_engine == Engine::PostgreSQL
        ? QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")
        : QStringLiteral("PRAGMA data_version");
    if (!q.exec(sql) || !q.next())
        return Sql::failure(*this, q);
    const qint64 version = q.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

} // namespace NineTouch
