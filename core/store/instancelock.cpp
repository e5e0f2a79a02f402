#include "instancelock.h"

#include <QFileInfo>

namespace NineTouch {

Result<std::shared_ptr<QLockFile>> InstanceLock::acquire(const QString &databasePath)
{
    auto lock = std::make_shared<QLockFile>(databasePath + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // only a dead process's lock is stale
    if (lock->tryLock(100))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return storageError(
            tr("NineTouch is already open on %1 (process %2). Switch to that window, "
               "or close it first.")
                .arg(QFileInfo(databasePath).fileName())
                .arg(pid));
    }
    return storageError(
        tr("Cannot create the lock file next to %1: check that its folder is writable.")
            .arg(databasePath));
}

} // namespace NineTouch
