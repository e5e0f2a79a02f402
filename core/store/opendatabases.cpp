#include "opendatabases.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QMutex>
#include <QMutexLocker>

#include <sys/stat.h>

namespace NineTouch::OpenDatabases {

namespace {

// A process-wide fact, so process-wide state: the locks at stake are the process's.
QMutex mutex;
QList<QString> &paths()
{
    static QList<QString> open; // one entry per open connection, the same file may repeat
    return open;
}

constexpr const char *companions[] = { "", "-wal", "-shm", "-journal", ".lock" };

bool sameFile(const struct stat &a, const QString &path)
{
    struct stat b
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &b) == 0 && a.st_dev == b.st_dev
        && a.st_ino == b.st_ino;
}

// The folder spelled as the file system knows it (links resolved), when it exists.
QString canonicalFolder(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absolutePath() : folder;
}

} // namespace

void add(const QString &databasePath)
{
    const QMutexLocker lock(&mutex);
    paths().append(QFileInfo(databasePath).absoluteFilePath());
}

void remove(const QString &databasePath)
{
    const QMutexLocker lock(&mutex);
    paths().removeOne(QFileInfo(databasePath).absoluteFilePath());
}

bool contains(const QString &path)
{
    if (path.isEmpty())
        return false;
    struct stat target
    {
    };
    const bool exists = ::stat(QFile::encodeName(path).constData(), &target) == 0;
    const QString folder = canonicalFolder(path);
    const QString name = QFileInfo(path).fileName();
    const QMutexLocker lock(&mutex);
    for (const QString &database : paths()) {
        const QString databaseName = QFileInfo(database).fileName();
        const bool sameFolder = canonicalFolder(database) == folder;
        for (const char *suffix : companions) {
            const QString companion = database + QLatin1String(suffix);
            if (sameFolder && name == databaseName + QLatin1String(suffix))
                return true;
            if (exists && sameFile(target, companion))
                return true;
        }
    }
    return false;
}

} // namespace NineTouch::OpenDatabases
