#include "database.h"

#include "migrations.h"
#include "sql/access.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace NineTouch {

namespace {

QAtomicInt connectionCounter;

Status runQuickCheck(const QSqlDatabase &db, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return storageError(Database::tr("%1 could not be checked (%2). Nothing was changed.")
                                .arg(path, q.lastError().text()));
    const QString verdict = q.value(0).toString();
    if (verdict != QLatin1String("ok"))
        return storageError(
            Database::tr("%1 is damaged (%2). Nothing was changed: restore it from a backup.")
                .arg(path, verdict));
    return success();
}

bool isBusy(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6")
        || e.text().contains(QLatin1String("locked"));
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::schemaVersion()
{
    return int(migrations().size());
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/ninetouch.sqlite");
}

QSqlDatabase Sql::Access::connection(const Database &db)
{
    return QSqlDatabase::database(db.m_connectionName, false);
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, Mode mode, Check integrity)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (path.isEmpty())
        return storageError(tr("No database file was given: pass --db FILE."));
    if (!info.absoluteDir().exists())
        return storageError(tr("The folder of %1 does not exist: %2. Create it or choose "
                               "another --db path.")
                                .arg(name, info.absolutePath()));
    if (info.exists() && info.isDir())
        return storageError(
            tr("%1 is a folder, not a database file: choose a file path.").arg(path));

    bool created = false;
    if (!info.exists()) {
        if (mode == Mode::MustExist)
            return storageError(tr("The database %1 does not exist: create it with "
                                   "'ninetouch-cli --db %1 init' or check the path.")
                                    .arg(path));
        // Created by us first, so that it is private to the rep from the start.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return storageError(tr("Cannot create %1: %2.").arg(path, file.errorString()));
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        created = true;
    } else if (!info.isReadable()) {
        return storageError(tr("%1 cannot be read: check its permissions.").arg(path));
    } else if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner)) {
        // The mode bits too: root may write anything, but a rep who made the file
        // read-only meant it.
        return storageError(tr("%1 is read-only: make it writable (chmod u+w) or copy it "
                               "somewhere writable.")
                                .arg(path));
    } else if (!QFileInfo(info.absolutePath()).isWritable()) {
        return storageError(tr("The folder of %1 is read-only; SQLite needs to write its journal "
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
    std::shared_ptr<Database> database(new Database(info.absoluteFilePath(), connectionName));
    if (!Sql::connection(*database).open()) {
        const QString why = Sql::connection(*database).lastError().text();
        return storageError(tr("Cannot open %1: %2.").arg(path, why));
    }
    if (Status s = database->check(created, integrity); !s) {
        database.reset();
        if (created)
            QFile::remove(path);
        return s.error();
    }
    return database;
}

Status Database::quickCheck(const QString &path)
{
    const QString name =
        QStringLiteral("ninetouch-check-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    Status result = success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        result = db.open()
            ? runQuickCheck(db, path)
            : storageError(tr("Cannot open %1 to check it: %2.").arg(path, db.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status Database::backupTo(const QString &target)
{
    const QFileInfo info(target);
    if (info.exists())
        return inputError(
            tr("%1 exists already: choose a new file name for the backup.").arg(target));
    if (!info.absoluteDir().exists())
        return inputError(tr("The folder %1 does not exist.").arg(info.absolutePath()));
    QSqlQuery q(Sql::connection(*this));
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(info.absoluteFilePath());
    if (!q.exec())
        return storageError(tr("The backup to %1 failed: %2.").arg(target, q.lastError().text()));
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
    const QString name = QFileInfo(db.path()).fileName();
    if (isBusy(e))
        return storageError(
            Database::tr("%1 is locked by another program: try again in a moment.").arg(name));
    if (e.text().contains(QLatin1String("readonly"), Qt::CaseInsensitive))
        return storageError(Database::tr("%1 is read-only: make it writable.").arg(name));
    return storageError(
        Database::tr("%1: the database refused a change (%2).").arg(name, e.text()));
}

int Database::fileSchemaVersion() const
{
    QSqlQuery q(Sql::connection(*this));
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::check(bool created, Check integrity)
{
    const QString name = QFileInfo(m_path).fileName();
    // Reads only, before anything could write: Qt "opens" any file, the first read tells.
    {
        QSqlQuery q(Sql::connection(*this));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
            const QString why = q.lastError().text();
            if (isBusy(q.lastError()))
                return storageError(
                    tr("%1 is locked by another program: try again in a moment.").arg(name));
            return storageError(tr("%1 is not a NineTouch database (%2). Nothing was changed; "
                                   "check the --db path.")
                                    .arg(m_path, why));
        }
    }
    if (!created && integrity == Check::Full) {
        if (Status s = runQuickCheck(Sql::connection(*this), m_path); !s)
            return s;
    }
    const int version = fileSchemaVersion();
    if (version > schemaVersion())
        return storageError(tr("%1 was written by a newer NineTouch (schema %2; this one knows up "
                               "to %3). Nothing was changed: update NineTouch to open it.")
                                .arg(m_path)
                                .arg(version)
                                .arg(schemaVersion()));
    if (version > 0 || !created) {
        // An existing file with tables of some other program is not ours to migrate.
        QSqlQuery q(Sql::connection(*this));
        if (version == 0 && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next()
            && q.value(0).toInt() > 0)
            return storageError(tr("%1 is an SQLite database of another program. Nothing was "
                                   "changed; check the --db path.")
                                    .arg(m_path));
    }

    // mmap: the board reads the whole file; mapped pages spare a copy per page per read.
    for (const char *pragma : { "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                                "PRAGMA synchronous = FULL", "PRAGMA mmap_size = 268435456" }) {
        if (Status s = exec(QLatin1String(pragma)); !s)
            return s;
    }
    return migrate();
}

Status Database::migrate()
{
    const QList<Migration> &all = migrations();
    for (int version = fileSchemaVersion(); version < int(all.size()); ++version) {
        const Migration &m = all.at(version);
        Status s = write([&]() -> Status {
            for (const char *statement : m.statements) {
                if (Status e = exec(QString::fromUtf8(statement)); !e)
                    return e;
            }
            // PRAGMA takes no bound values; the number is ours.
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        });
        if (!s)
            return storageError(tr("Could not upgrade %1 to schema %2: %3")
                                    .arg(m_path)
                                    .arg(version + 1)
                                    .arg(s.error().message));
    }
    return success();
}

Status Database::write(const std::function<Status()> &work)
{
    if (Status s = exec(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    Status result = work();
    if (result) {
        if (Status c = exec(QStringLiteral("COMMIT")); !c) {
            (void)exec(QStringLiteral("ROLLBACK"));
            return c;
        }
        return result;
    }
    (void)exec(QStringLiteral("ROLLBACK"));
    return result;
}

} // namespace NineTouch
